"""Draw the UNGDC figure from a finished ``analyze_corpus`` run over the whole corpus.

    python -m toolkit scale ../shared/corpora/ungdc --out RUN --disable ner
    python scripts/ungdc_figure.py RUN [--category booster] [--countries USA CHN RUS ...]

Left: the rate of every marker category per 1,000 words in each year's General Debate
(2005-2024), pooled over all speeches, with the bootstrap 95 % interval over that year's
speeches (``toolkit.stats.rates(by="year")``). Right: one category, year by year, for a few
countries (each point one speech; Garwood exact 95 % interval as a band), against the
all-country rate. Writes ``figures/ungdc_rates_by_year.{pdf,svg,png}`` with
:func:`toolkit.plots.save_figure` (byte-identical across runs) and prints the yearly table.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from toolkit.lexicon import CATEGORIES  # noqa: E402
from toolkit.plots import category_color, figure_size, publication_style, save_figure  # noqa: E402
from toolkit.scale import read_results  # noqa: E402
from toolkit.stats import rates  # noqa: E402

COUNTRY_STYLES = ["-", "--", ":", "-.", (0, (5, 1, 1, 1, 1, 1))]
COUNTRY_MARKERS = ["o", "s", "^", "D", "v"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path, help="output folder of analyze_corpus over UNGDC")
    parser.add_argument("--category", default="booster", choices=CATEGORIES,
                        help="the category of the right panel (default: booster)")
    parser.add_argument("--countries", nargs="+", default=["USA", "CHN", "RUS", "GBR", "IND"],
                        help="ISO 3166-1 alpha-3 codes for the right panel (at most 5)")
    parser.add_argument("--out", type=Path, default=Path("figures"), help="figure folder")
    parser.add_argument("--resamples", type=int, default=9999,
                        help="bootstrap resamples per year (default 9,999)")
    args = parser.parse_args(argv)
    if len(args.countries) > len(COUNTRY_STYLES):
        parser.error(f"--countries: at most {len(COUNTRY_STYLES)}")

    results = read_results(args.run, tables=("documents", "markers"))
    documents = results.documents.assign(year=lambda d: d["year"].astype(int))
    results = results._replace(documents=documents)
    missing = sorted(set(args.countries) - set(documents["iso3"]))
    if missing:
        parser.error(f"--countries: {', '.join(missing)} not in the run")
    by_year = rates(results, by="year", n_resamples=args.resamples)
    per_speech = rates(results, by="doc_id")
    per_speech = per_speech.merge(documents[["doc_id", "iso3", "year"]], on="doc_id")

    with publication_style():
        fig, (left, right) = plt.subplots(1, 2, figsize=figure_size("double", aspect=0.42),
                                          sharex=True, constrained_layout=True)
        for category in CATEGORIES:
            rows = by_year[by_year["category"] == category].sort_values("year")
            color = category_color(category)
            left.fill_between(rows["year"], rows["ci_low"], rows["ci_high"], color=color,
                              alpha=0.2, linewidth=0)
            left.plot(rows["year"], rows["rate"], color=color, label=category)
        left.set_ylabel("markers per 1,000 words")
        left.set_title(f"All speeches ({len(documents):,}), pooled by year", loc="left")
        left.legend(ncols=2, frameon=False)

        pooled = by_year[by_year["category"] == args.category].sort_values("year")
        right.fill_between(pooled["year"], pooled["ci_low"], pooled["ci_high"],
                           color="0.8", linewidth=0)
        right.plot(pooled["year"], pooled["rate"], color="0.45", label="all countries")
        color = category_color(args.category)
        for iso3, style, marker in zip(args.countries, COUNTRY_STYLES, COUNTRY_MARKERS,
                                       strict=False):
            rows = per_speech[(per_speech["iso3"] == iso3)
                              & (per_speech["category"] == args.category)].sort_values("year")
            right.plot(rows["year"], rows["rate"], linestyle=style, marker=marker,
                       markersize=3, color=color, label=iso3)
        right.set_ylabel(f"{args.category}s per 1,000 words")
        right.set_title(f"{args.category.capitalize()}s, one speech a year", loc="left")
        right.legend(ncols=3, frameon=False)
        for ax in (left, right):
            ax.set_xlabel("General Debate (year)")
            ax.set_xticks([*range(2005, 2025, 5), 2024])
            ax.set_xlim(2004.5, 2024.5)
        save_figure(fig, "ungdc_rates_by_year", folder=args.out)
    table = by_year.pivot(index="year", columns="category", values="rate")[list(CATEGORIES)]
    print(table.round(2).to_string())
    print(f"wrote {args.out}/ungdc_rates_by_year.{{pdf,svg,png}}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
