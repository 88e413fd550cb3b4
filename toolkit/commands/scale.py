"""``python -m toolkit scale CORPUS --out DIR``: stream a corpus of any size to Parquet."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    from ..cli import EXIT_NOTHING, EXIT_OK, EXIT_SKIPPED
    from ..scale import analyze_corpus, read_results

    started = time.perf_counter()
    out = analyze_corpus(args.corpus, out=args.out, scheduler=args.scheduler,
                         address=args.address, n_process=args.n_process,
                         batch_size=args.batch_size, lexical_only=args.lexical_only,
                         resume=not args.restart, progress=not args.no_progress,
                         pipeline=args.pipeline, cache=not args.no_cache,
                         disable=tuple(args.disable or ()), max_batches=args.max_batches)
    seconds = time.perf_counter() - started
    results = read_results(out, tables=("documents",))
    words = int(results.documents["words"].sum()) if len(results.documents) else 0
    problems = results.info["problems"]
    skipped = [p for p in problems if p.get("severity", "error") == "error"]
    for problem in problems:
        action = "skipped" if problem.get("severity", "error") == "error" else "warning"
        who = f" [{problem['doc_id']}]" if problem.get("doc_id") else ""
        print(f"{action}: {problem['where']}{who}: {problem['reason']}", file=sys.stderr)
    print(f"{len(results.documents)} documents, {words:,} words in {results.info['batches']} "
          f"batches -> {out} ({seconds:.1f} s this run; {len(skipped)} skipped, "
          f"{len(problems) - len(skipped)} warnings)", file=sys.stderr)
    if not len(results.documents):
        return EXIT_NOTHING
    return EXIT_SKIPPED if skipped else EXIT_OK


def add_parser(sub) -> None:
    parser = sub.add_parser(
        "scale", help="analyse a corpus of any size in batches to a Parquet dataset "
                      "(resumable; processes or a Dask cluster)")
    parser.add_argument("corpus", type=Path, help="corpus folder, .jsonl or .csv file")
    parser.add_argument("--out", type=Path, required=True,
                        help="output folder (documents/, markers/, attributions/, "
                             "manifest.jsonl, problems.jsonl, run.json)")
    parser.add_argument("--scheduler", choices=("processes", "dask", "serial"),
                        default="processes", help="where batches run (default: processes)")
    parser.add_argument("--address", default=None,
                        help="Dask scheduler address, e.g. tcp://127.0.0.1:8786 (default: a "
                             "LocalCluster for the run)")
    parser.add_argument("--n-process", type=int, default=None,
                        help="worker processes (default: every core)")
    parser.add_argument("--batch-size", type=int, default=32, help="documents per batch")
    parser.add_argument("--lexical-only", action="store_true",
                        help="tokenizer and lexicon matcher only (no parser, no attributions)")
    parser.add_argument("--disable", action="append", metavar="COMPONENT",
                        help="switch off a pipeline component (repeatable), e.g. --disable ner")
    parser.add_argument("--restart", action="store_true",
                        help="clear OUT and start again instead of resuming")
    parser.add_argument("--max-batches", type=int, default=None,
                        help="stop after this many new batches (resume later)")
    parser.add_argument("--no-cache", action="store_true", help="do not use the parse cache")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("--pipeline", default=None, help="spaCy pipeline name")
    parser.set_defaults(func=run)
