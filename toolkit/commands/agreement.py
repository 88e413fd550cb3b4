"""``python -m toolkit agreement CODING [CODING_B] [--unit sentence]``: kappa and alpha.

Two codings (JSONL in the gold schema, or hand coding in the YAML form of
``shared/gold/*.yaml``): agreement between them. One coding: agreement between it and the
toolkit run on the same texts, followed by the toolkit's scores against that coding.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    import pandas as pd

    from ..evaluate import agreement, evaluate, load_records
    from .eval import _num

    coder_a = load_records(args.coding, name=str(args.coding))
    if args.other is not None:
        coder_b = load_records(args.other, name=str(args.other))
        labels = (args.coding.name, args.other.name)
    else:
        from ..analysis import analyze
        from ..predict import to_gold_schema

        documents = pd.DataFrame({"doc_id": list(coder_a),
                                  "text": [r.get("text") for r in coder_a.values()]})
        analysis = analyze(documents, cache=not args.no_cache, pipeline=args.pipeline)
        coder_b = {r["id"]: r for r in to_gold_schema(analysis)}
        labels = (args.coding.name, "toolkit")
    table = agreement(list(coder_a.values()), list(coder_b.values()), unit=args.unit)
    table = table.rename(columns={"marked_a": f"marked ({labels[0]})",
                                  "marked_b": f"marked ({labels[1]})"})
    with pd.option_context("display.width", 120, "display.max_columns", 20):
        print(f"agreement, {args.unit} level: {labels[0]} vs {labels[1]} "
              "(Cohen's kappa, Krippendorff's alpha, truncated to 3 decimals; "
              "'–': one label only)")
        print(table.to_string(index=False, float_format=_num))
        if args.other is None:
            result = evaluate(list(coder_b.values()), list(coder_a.values()))
            rows = result.markers.query("level != 'subtype'")
            print(f"\ntoolkit scored against {labels[0]} (as shared/gold/score.py scores it)")
            print(rows[["category", "precision", "recall", "f1", "tp", "predicted", "gold",
                        "subtype_accuracy"]].to_string(index=False))
            print(result.attributions.to_string(index=False))
    return 0


def add_parser(sub) -> None:
    parser = sub.add_parser("agreement", help="Cohen's kappa and Krippendorff's alpha between "
                                              "two codings, or a coding and the toolkit")
    parser.add_argument("coding", type=Path, help="a coding: JSONL (gold schema) or YAML")
    parser.add_argument("other", type=Path, nargs="?", default=None,
                        help="a second coding of the same texts (default: the toolkit)")
    parser.add_argument("--unit", choices=("token", "sentence"), default="token",
                        help="unit of agreement (default: token)")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write caches")
    parser.add_argument("--pipeline", default=None, help="spaCy pipeline name")
    parser.set_defaults(func=run)
