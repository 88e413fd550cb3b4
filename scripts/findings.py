"""Print the two comparisons of issue 4 on ../shared/corpora/statements.

1. The White House articles of 2025-2026 (the rebuttal genre) against the White House
   statements of 2021-2024, by the ``genre`` column.
2. The five 2020 UN General Debate speeches, each against the other four pooled.

For each: the groups, category rates with 95 % intervals, the markers that differ after the
Benjamini-Hochberg correction (every level), the strongest lemma differences, and where the
markers fall in the texts. Numbers only; what they mean is for the analyst.

    .venv/bin/python scripts/findings.py [--corpus ../shared/corpora/statements]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

import toolkit
from toolkit.compare import compare, subset
from toolkit.stats import position_shares

ROOT = Path(__file__).resolve().parents[1]
KEY_COLUMNS = ["level", "item", "category", "group_a", "group_b", "count_a", "count_b",
               "docs_with_a", "docs_with_b", "rate_a", "rate_b", "log_ratio", "log_ratio_low",
               "log_ratio_high", "test", "p", "p_adj", "g2", "token_p_adj"]
SPREAD_COLUMNS = ["category", "n", "mean_position", "first_half_share", "first_half_p", "dp",
                  "dp_norm"]


def show(title: str, table: pd.DataFrame) -> None:
    print(f"\n## {title}\n")
    if table.empty:
        print("(none)")
    else:
        print(table.to_string(index=False, float_format=lambda x: f"{x:.4g}"))


def report(comparison, *, name: str) -> None:
    print(f"\n# {name}\n")
    print(comparison.groups.to_string(index=False))
    show("Category rates per 1,000 words [95 % CI]", comparison.rate_grid().reset_index())
    if comparison.stance_rates is not None:
        show("Attribution relations per 1,000 words by stance [95 % CI]",
             comparison.rate_grid("stance").reset_index())
    show("Markers that differ over documents after Benjamini-Hochberg (adjusted p < 0.05)",
         comparison.significant[KEY_COLUMNS])
    show("Significant only with words pooled (G2 / Fisher), not over documents",
         comparison.token_only[KEY_COLUMNS])
    lemmas = comparison.keyness[comparison.keyness["level"] == "lemma"]
    show("Ten smallest adjusted p-values among lemmas",
         lemmas.sort_values(["p_adj", "token_p"], na_position="last").head(10)[KEY_COLUMNS])
    spread = comparison.dispersion
    show("Where the markers fall (groups; DP over documents, or ten parts of one text)",
         spread[spread["n"] > 0][[*comparison.by, *SPREAD_COLUMNS]])
    for note in comparison.notes:
        print(f"\nNote: {note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path,
                        default=ROOT.parent / "shared" / "corpora" / "statements")
    parser.add_argument("--resamples", type=int, default=9999,
                        help="bootstrap resamples for group intervals (default 9999)")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"findings: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    analysis = toolkit.analyze(args.corpus)
    print(f"{analysis!r}")
    white_house = compare(analysis, by="genre", a="White House article",
                          b="White House statement", n_resamples=args.resamples)
    report(white_house, name="White House articles 2025-2026 vs White House statements "
                             "2021-2024 (by genre)")
    speeches = subset(analysis, analysis.documents["doc_id"].str.startswith("ungd_2020_"))
    each = compare(speeches, by="doc_id", n_resamples=args.resamples)
    report(each, name="The five 2020 UN General Debate speeches, each against the other four")
    halves = position_shares(speeches, by="doc_id", parts=2)
    first = halves[(halves["part"] == 0) & (halves["n"] >= 5)]
    show("UN speeches: share of each category in the first half of the speech (n >= 5)",
         first[["doc_id", "category", "count", "n", "share"]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
