"""``python -m toolkit run CORPUS... --out DIR``: analyse corpora and write the tables."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    import pandas as pd

    from ..analysis import analyze
    from ..corpus import load_corpus

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


def add_parser(sub) -> None:
    parser = sub.add_parser("run", help="analyse corpora and write the tables")
    parser.add_argument("corpus", nargs="+", type=Path, help="corpus folders or files")
    parser.add_argument("--out", type=Path, default=Path("out"), help="output folder")
    parser.add_argument("--no-cache", action="store_true",
                        help="neither read nor write caches")
    parser.add_argument("--pipeline", default=None, help="spaCy pipeline name")
    parser.set_defaults(func=run)
