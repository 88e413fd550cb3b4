"""Draw the UNGDC figure from a finished ``analyze_corpus`` run (any UNGDC selection).

    python -m toolkit scale ../shared/corpora/ungdc --out RUN --disable ner
    python scripts/ungdc_figure.py RUN [--category booster] [--countries USA CHN RUS ...]

``python -m toolkit figures`` draws the same figure from the bundled sample (the five
permanent members, 2005-2024); this script draws it from a run of your own, e.g. over the
whole corpus. Left: the rate of every marker category per 1,000 words in each year's General
Debate, pooled over all speeches, with the bootstrap 95 % interval over that year's speeches.
Right: one category for a few countries (each in its own colour, line style and point shape),
pooled over five-year periods, against the all-country rate of the same periods. The drawing
is :func:`toolkit.commands.figures.draw_ungdc_rates`; the files
``figures/ungdc_rates_by_year.{pdf,svg,png}`` are written with
:func:`toolkit.plots.save_figure` (byte-identical across runs); prints the yearly table.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

from toolkit.commands.figures import (  # noqa: E402
    COUNTRY_STYLES,
    draw_ungdc_rates,
    statistics_api,
)
from toolkit.lexicon import CATEGORIES  # noqa: E402
from toolkit.plots import publication_style, save_figure  # noqa: E402
from toolkit.scale import read_results  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path, help="output folder of analyze_corpus over UNGDC")
    parser.add_argument("--category", default="booster", choices=CATEGORIES,
                        help="the category of the right panel (default: booster)")
    parser.add_argument("--countries", nargs="+", default=["USA", "CHN", "RUS", "GBR"],
                        help="ISO 3166-1 alpha-3 codes for the right panel (at most 5)")
    parser.add_argument("--out", type=Path, default=Path("figures"), help="figure folder")
    parser.add_argument("--resamples", type=int, default=9999,
                        help="bootstrap resamples per year (default 9,999)")
    args = parser.parse_args(argv)
    if len(args.countries) > len(COUNTRY_STYLES):
        parser.error(f"--countries: at most {len(COUNTRY_STYLES)}")

    results = read_results(args.run, tables=("documents", "markers"))
    missing = sorted(set(args.countries) - set(results.documents["iso3"]))
    if missing:
        parser.error(f"--countries: {', '.join(missing)} not in the run")
    stats = statistics_api()
    with publication_style():
        fig = draw_ungdc_rates(results, stats, countries=args.countries,
                               category=args.category, n_resamples=args.resamples)
        save_figure(fig, "ungdc_rates_by_year", folder=args.out)
    documents = results.documents.assign(year=lambda d: d["year"].astype(int))
    by_year = stats.rates(results._replace(documents=documents), by="year",
                          n_resamples=args.resamples)
    table = by_year.pivot(index="year", columns="category", values="rate")[list(CATEGORIES)]
    print(table.round(2).to_string())
    print(f"wrote {args.out}/ungdc_rates_by_year.{{pdf,svg,png}}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
