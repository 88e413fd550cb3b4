"""Draw the UNGDC figure from a finished ``analyze_corpus`` run over the whole corpus.

    python -m toolkit scale ../shared/corpora/ungdc --out RUN --disable ner
    python scripts/ungdc_figure.py RUN [--category booster] [--countries USA CHN RUS ...]

Left: the rate of every marker category per 1,000 words in each year's General Debate
(2005-2024), pooled over all speeches, with the bootstrap 95 % interval over that year's
speeches (``toolkit.stats.rates(by="year")``). Right: one category for a few countries,
pooled over five-year periods (five speeches each; one speech alone varies too much to
show a trend), with the bootstrap 95 % interval over the period's speeches, against the
all-country rate of the same periods. Writes ``figures/ungdc_rates_by_year.{pdf,svg,png}`` with
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
    parser.add_argument("--countries", nargs="+", default=["USA", "CHN", "RUS", "GBR"],
                        help="ISO 3166-1 alpha-3 codes for the right panel (at most 5)")
    parser.add_argument("--out", type=Path, default=Path("figures"), help="figure folder")
    parser.add_argument("--resamples", type=int, default=9999,
                        help="bootstrap resamples per year (default 9,999)")
    args = parser.parse_args(argv)
    if len(args.countries) > len(COUNTRY_STYLES):
        parser.error(f"--countries: at most {len(COUNTRY_STYLES)}")

    results = read_results(args.run, tables=("documents", "markers"))
    documents = results.documents.assign(year=lambda d: d["year"].astype(int))
    documents["period"] = documents["year"] - (documents["year"] - 2005) % 5
    results = results._replace(documents=documents)
    missing = sorted(set(args.countries) - set(documents["iso3"]))
    if missing:
        parser.error(f"--countries: {', '.join(missing)} not in the run")
    by_year = rates(results, by="year", n_resamples=args.resamples)
    subset = documents[documents["iso3"].isin(args.countries)]
    chosen = results._replace(documents=subset,
                              markers=results.markers[results.markers["doc_id"].isin(
                                  subset["doc_id"])])
    by_country = rates(chosen, by=["iso3", "period"], n_resamples=args.resamples)
    by_period = rates(results, by="period", n_resamples=args.resamples)

    with publication_style():
        fig, (left, right) = plt.subplots(1, 2, figsize=figure_size("double", aspect=0.42),
                                          constrained_layout=True)
        for category in CATEGORIES:
            rows = by_year[by_year["category"] == category].sort_values("year")
            color = category_color(category)
            left.fill_between(rows["year"], rows["ci_low"], rows["ci_high"], color=color,
                              alpha=0.2, linewidth=0)
            left.plot(rows["year"], rows["rate"], color=color, label=category)
        left.set_ylabel("markers per 1,000 words")
        left.set_title(f"All speeches ({len(documents):,}), pooled by year", loc="left")
        left.set_ylim(0, top=by_year["ci_high"].max() * 1.3)
        left.legend(ncols=3, frameon=False, loc="upper center")
        left.set_xlabel("General Debate (year)")
        left.set_xticks([*range(2005, 2025, 5), 2024])
        left.set_xlim(2004.5, 2024.5)

        centre = 2  # a period's points sit at its middle year, countries side by side
        pooled = by_period[by_period["category"] == args.category].sort_values("period")
        right.fill_between(pooled["period"] + centre, pooled["ci_low"], pooled["ci_high"],
                           color="0.85", linewidth=0)
        right.plot(pooled["period"] + centre, pooled["rate"], color="0.45",
                   label="all countries")
        color = category_color(args.category)
        shift = 0.3
        for k, (iso3, style, marker) in enumerate(zip(args.countries, COUNTRY_STYLES,
                                                      COUNTRY_MARKERS, strict=False)):
            rows = by_country[(by_country["iso3"] == iso3)
                              & (by_country["category"] == args.category)
                              ].sort_values("period")
            x = rows["period"] + centre + (k - (len(args.countries) - 1) / 2) * shift
            right.errorbar(x, rows["rate"], yerr=[rows["rate"] - rows["ci_low"],
                                                  rows["ci_high"] - rows["rate"]],
                           linestyle=style, marker=marker, markersize=3.5, color=color,
                           elinewidth=0.8, capsize=0, label=iso3)
        right.set_ylabel(f"{args.category}s per 1,000 words")
        right.set_title(f"{args.category.capitalize()}s by country, five-year periods",
                        loc="left")
        right.legend(ncols=3, frameon=False, loc="upper left")
        right.set_xticks(sorted(pooled["period"] + centre),
                         [f"{p}-{str(p + 4)[2:]}" for p in sorted(pooled["period"])])
        right.set_xlabel("General Debates (years)")
        save_figure(fig, "ungdc_rates_by_year", folder=args.out)
    table = by_year.pivot(index="year", columns="category", values="rate")[list(CATEGORIES)]
    print(table.round(2).to_string())
    print(f"wrote {args.out}/ungdc_rates_by_year.{{pdf,svg,png}}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
