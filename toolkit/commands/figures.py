"""``python -m toolkit figures --out figures [STATEMENTS]``: the figures of a paper.

Draws the seed statement and, from the bundled statements (or the folder given), the
comparisons: White House articles 2025-2026 against White House statements 2021-2024
(by ``genre``), the five UN General Debate speeches of 2020 (``ungd_2020_*``) against each
other, and all statements by subtype; and, from the UN General Debate speeches of the five
permanent members 2005-2024 (the bundled ``ungdc_sample``, or ``--ungdc PATH``), the rates
by year and by country (``ungdc_rates_by_year``; ``--no-ungdc`` leaves it out). Every
figure is written as PDF, SVG and 300-dpi PNG with :func:`toolkit.plots.save_figure`,
byte-identical across runs; ``figures/README.md`` lists them with their captions.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

SEED_ID = "seed-hksar-2020-06-26"
WH_ARTICLE, WH_STATEMENT = "White House article", "White House statement"
GENRE_LABELS = {WH_ARTICLE: "WH articles 2025\u201326", WH_STATEMENT: "WH statements 2021\u201324",
                "UN General Debate speech": "UN General Debate 2020",
                "human rights country report excerpt": "Human rights reports"}


@dataclass(frozen=True)
class Written:
    name: str
    caption: str


def statistics_api() -> SimpleNamespace:
    """``rates``, ``keyness`` and ``subset`` from :mod:`toolkit.compare` (the public home of
    the statistics), else from :mod:`toolkit.stats` where they are implemented."""
    try:
        from .. import compare as module  # type: ignore[attr-defined]

        names = {n: getattr(module, n) for n in ("rates", "keyness", "subset")}
    except (ImportError, AttributeError):
        from .. import stats as module

        names = {n: getattr(module, n) for n in ("rates", "keyness", "subset")}
    return SimpleNamespace(**names)


def sentence_spans(analysis, doc_id: str) -> list[tuple[int, int]]:
    """Character offsets of the parsed sentences of one document."""
    doc = analysis.doc(doc_id)
    return [(s.start_char, s.end_char) for s in doc.sents]


def seed_figures(analysis, out: Path, stats) -> list[Written]:
    """The seed statement: profile, highlighted text, dispersion, attribution."""
    from .. import plots

    written = []
    doc = analysis.documents.iloc[0]
    doc_id = str(doc["doc_id"])
    markers = analysis.markers[analysis.markers["doc_id"] == doc_id]
    with plots.publication_style():
        rates = stats.rates(analysis, by="doc_id", level="category")
        ax = plots.plot_profile(rates, by="doc_id",
                                title=f"Markers in the seed statement ({int(doc['words'])} "
                                      "words)")
        written.append(_save(ax.figure, "seed_profile", out,
                             "Seed statement: markers per 1,000 words by category, with "
                             "Garwood's exact 95 % intervals."))

        ax = plots.plot_highlighted_text(analysis.texts[doc_id], markers,
                                         sentences=sentence_spans(analysis, doc_id),
                                         title=str(doc.get("title", doc_id)))
        written.append(_save(ax.figure, "seed_text", out,
                             "Seed statement, sentence by sentence, markers coloured by "
                             "category (two bands: a token that is two markers)."))

        ax = plots.plot_dispersion(markers, documents=analysis.documents,
                                   row_labels=lambda _: "seed statement",
                                   title="Where the markers fall in the seed statement")
        written.append(_save(ax.figure, "seed_dispersion", out,
                             "Seed statement: position of each marker along the text, one "
                             "lane per category."))

        ax = plots.plot_attribution_sources(
            analysis.attributions[analysis.attributions["doc_id"] == doc_id],
            title="Who is cited in the seed statement")
        written.append(_save(ax.figure, "seed_attribution_sources", out,
                             "Seed statement: attributions by source type, stacked by the "
                             "stance of the cue."))

        ax = plots.plot_attribution_chain(analysis.attributions, doc_id,
                                          title="Attribution chain of the seed statement")
        written.append(_save(ax.figure, "seed_attribution_chain", out,
                             "Seed statement: who relays whom (arrows from the speaker to "
                             "the one who reports it, labelled with the cue)."))

        ax = plots.plot_stance_network(analysis.stances, doc_id,
                                       title="Who judges what in the seed statement")
        written.append(_save(ax.figure, "seed_stance_network", out,
                             "Seed statement: who judges what. Holders (left: the writer, or "
                             "the source whose reported words hold the judgement) and the "
                             "targets of their evaluation (right), edges coloured by polarity "
                             "and as thick as the count."))
    return written


def statements_figures(analysis, out: Path, stats) -> list[Written]:
    """The comparisons on the shared statements."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    from .. import plots

    written = []
    documents = analysis.documents
    with plots.publication_style():
        # White House articles 2025-2026 against statements 2021-2024
        genres = set(documents["genre"]) if "genre" in documents.columns else set()
        if {WH_ARTICLE, WH_STATEMENT} <= genres:
            from ..stance import target_rates

            pair = stats.subset(analysis, documents["genre"].isin([WH_ARTICLE, WH_STATEMENT]))
            judged = target_rates(pair, by="genre", polarity_of="negative", top=8)
            ax = plots.plot_target_rates(judged, by="genre",
                                         title="What the White House judges negatively")
            written.append(_save(ax.figure, "wh_negative_targets", out,
                                 "White House articles (2025-2026) and statements (2021-2024): "
                                 "the eight targets most often judged negatively, per 1,000 "
                                 "words with bootstrap 95 % intervals over documents."))
            wh = stats.subset(analysis, documents["genre"].isin([WH_ARTICLE, WH_STATEMENT]))
            rates = stats.rates(wh, by="genre", level="category")
            ax = plots.plot_profile(rates, by="genre", groups=[WH_ARTICLE, WH_STATEMENT],
                                    group_labels=GENRE_LABELS,
                                    title="White House articles against statements")
            written.append(_save(ax.figure, "wh_genre_profile", out,
                                 "Markers per 1,000 words in White House articles (2025-2026) "
                                 "and statements (2021-2024), pooled by genre, with bootstrap "
                                 "95 % intervals over documents."))

            key = stats.keyness(wh, by="genre", a=WH_ARTICLE, b=WH_STATEMENT, level="subtype")
            ax = plots.plot_keyness(key, label_a="articles", label_b="statements",
                                    significant_only=False, item_labels=_spaced,
                                    title="WH articles against statements")
            written.append(_save(ax.figure, "wh_genre_keyness", out,
                                 "Log ratio of each marker subtype between White House articles "
                                 "and statements, with 95 % bootstrap intervals over documents "
                                 "and counts; hatched: absent from one side, drawn beyond its "
                                 "bound; solid and starred: differs over documents (permutation "
                                 "test, BH-adjusted p < 0.05), faded: not."))

            wh_docs = wh.documents.sort_values(["date", "doc_id"], kind="mergesort")
            ax = plots.plot_dispersion(wh.markers, documents=wh_docs, row_labels=_short_id,
                                       group="genre", group_labels=GENRE_LABELS)
            written.append(_save(ax.figure, "wh_dispersion", out,
                                 "Position of each marker along each White House text "
                                 "(statements 2021-2024, then articles 2025-2026)."))

            fig, axes = plt.subplots(1, 2, figsize=plots.figure_size("double", aspect=0.42),
                                     sharex=True)
            order = _source_type_order(wh.attributions)
            for ax, genre in zip(axes, [WH_STATEMENT, WH_ARTICLE], strict=True):
                docs = wh.documents[wh.documents["genre"] == genre]
                plots.plot_attribution_sources(
                    wh.attributions[wh.attributions["doc_id"].isin(set(docs["doc_id"]))],
                    order=order, ax=ax, legend=False,
                    title=f"{GENRE_LABELS[genre]} ({len(docs)} texts, "
                          f"{int(docs['words'].sum()):,} words)")
            stances = [s for s in plots.STANCE_COLORS if s in set(wh.attributions["stance"])]
            fig.legend(handles=[Patch(color=plots.stance_color(s), label=s) for s in stances],
                       title="stance of the cue", loc="outside lower center", ncols=len(stances))
            written.append(_save(fig, "wh_attribution_sources", out,
                                 "Who the White House texts cite, by source type, stacked by "
                                 "the stance of the cue."))

        # the five UN General Debate speeches of 2020, each against the other four
        ungd_ids = sorted(d for d in documents["doc_id"] if d.startswith("ungd_2020_"))
        if len(ungd_ids) > 1 and "country" in documents.columns:
            ungd = stats.subset(analysis, ungd_ids)
            country = dict(zip(ungd.documents["doc_id"], ungd.documents["country"],
                               strict=True))
            rates = stats.rates(ungd, by="doc_id", level="category")
            ax = plots.plot_profile(rates, by="doc_id", groups=ungd_ids, group_labels=country,
                                    title="UN General Debate 2020: five speeches")
            written.append(_save(ax.figure, "ungd_profile", out,
                                 "Markers per 1,000 words in five UN General Debate "
                                 "speeches of 2020, with Garwood's exact 95 % intervals."))

            key = stats.keyness(ungd, by="doc_id", level="subtype")
            fig = plots.plot_keyness_panels(key, panel="group_a", panel_labels=country,
                                            label_b="the other four", ncols=3,
                                            significant_only=False, item_labels=_spaced)
            written.append(_save(fig, "ungd_keyness", out,
                                 "Each UN speech against the other four pooled: log ratio "
                                 "of each marker subtype. One speech is one document: no "
                                 "document-level inference (fewer than 5 documents a side), "
                                 "so the bars are effect sizes only."))

        # every statement by subtype, ordered by genre
        rates = stats.rates(analysis, by="doc_id", level="subtype")
        ax = plots.plot_heatmap(rates, by="doc_id", level="subtype",
                                order="genre" if genres else None,
                                documents=documents.assign(
                                    genre=documents["genre"].map(
                                        lambda g: GENRE_LABELS.get(g, g)))
                                if genres else documents,
                                row_labels="title" if "title" in documents.columns
                                else _short_id,
                                title="Marker subtypes per 1,000 words, statement by "
                                      "statement")
        written.append(_save(ax.figure, "statements_heatmap", out,
                             "All shared statements by marker subtype (rate per 1,000 "
                             "words), grouped by genre."))
    return written


#: the five permanent members of the Security Council, the countries of the UNGDC sample
P5 = ("USA", "CHN", "RUS", "GBR", "FRA")
UNGDC_YEARS = (2005, 2024)
COUNTRY_STYLES = ["-", "--", ":", "-.", (0, (5, 1, 1, 1, 1, 1))]
COUNTRY_MARKERS = ["o", "s", "^", "D", "v"]


def ungdc_source() -> Path:
    """Where the UNGDC figure reads its speeches by default: the bundled sample of the five
    permanent members, 2005-2024 (``toolkit.datasets.dataset_path("ungdc_sample")``)."""
    from ..datasets import dataset_path

    return dataset_path("ungdc_sample")


def ungdc_documents(path: Path):
    """The documents table of the UNGDC speeches under ``path`` (``manifest.csv`` with
    ``iso3`` and ``year``), restricted to the five permanent members (:data:`P5`) and the
    General Debates 2005-2024: the bundled sample as it is, the whole corpus cut to it."""
    from ..corpus import load_corpus

    documents = load_corpus(path)
    for column in ("iso3", "year"):
        if column not in documents.columns:
            raise ValueError(f"{path}: the UNGDC figure needs a '{column}' column in "
                             "manifest.csv (the corpus's own layout)")
    year = documents["year"].astype(int)
    keep = documents["iso3"].isin(P5) & year.between(*UNGDC_YEARS)
    return documents[keep].assign(year=year[keep]).reset_index(drop=True)


def _replace_tables(analysis, **tables):
    """``analysis`` with some tables replaced (an :class:`~toolkit.Analysis` or the named
    tuple of :func:`toolkit.scale.read_results`)."""
    if hasattr(analysis, "_replace"):
        return analysis._replace(**tables)
    from dataclasses import replace

    return replace(analysis, **tables)


def draw_ungdc_rates(analysis, stats, *, countries: list[str] | None = None,
                     category: str = "booster", n_resamples: int = 9999):
    """The UNGDC figure: left, every marker category per 1,000 words in each year's General
    Debate, pooled over the speeches, with the bootstrap 95 % interval over that year's
    speeches; right, ``category`` for each of ``countries`` (default: those of
    :data:`P5` present) over five-year periods, each country in its own colour
    (:data:`toolkit.plots.GROUP_COLORS`), line style and point shape, against all the
    corpus's speeches pooled (grey band). Returns the Figure."""
    import matplotlib.pyplot as plt

    from .. import plots
    from ..lexicon import CATEGORIES

    documents = analysis.documents.assign(year=lambda d: d["year"].astype(int))
    documents["period"] = documents["year"] - (documents["year"] - UNGDC_YEARS[0]) % 5
    analysis = _replace_tables(analysis, documents=documents)
    present = set(documents["iso3"])
    countries = [c for c in (countries or P5) if c in present]
    if not countries:
        raise ValueError(f"draw_ungdc_rates: none of the countries {countries or P5} is in "
                         "the documents' iso3 column")
    if len(countries) > len(COUNTRY_STYLES):
        raise ValueError(f"draw_ungdc_rates: at most {len(COUNTRY_STYLES)} countries")
    by_year = stats.rates(analysis, by="year", n_resamples=n_resamples)
    chosen_docs = documents[documents["iso3"].isin(countries)]
    chosen = _replace_tables(analysis, documents=chosen_docs,
                             markers=analysis.markers[analysis.markers["doc_id"].isin(
                                 chosen_docs["doc_id"])])
    by_country = stats.rates(chosen, by=["iso3", "period"], n_resamples=n_resamples)
    by_period = stats.rates(analysis, by="period", n_resamples=n_resamples)

    fig, (left, right) = plt.subplots(1, 2, figsize=plots.figure_size("double", aspect=0.42),
                                      constrained_layout=True)
    for name in CATEGORIES:
        rows = by_year[by_year["category"] == name].sort_values("year")
        color = plots.category_color(name)
        left.fill_between(rows["year"], rows["ci_low"], rows["ci_high"], color=color,
                          alpha=0.2, linewidth=0)
        left.plot(rows["year"], rows["rate"], color=color, label=name)
    years = sorted(set(documents["year"]))
    left.set_ylabel("markers per 1,000 words")
    left.set_title(f"All speeches ({len(documents):,}), pooled by year", loc="left")
    left.set_ylim(0, top=by_year["ci_high"].max() * 1.3)
    left.legend(ncols=3, frameon=False, loc="upper center")
    left.set_xlabel("General Debate (year)")
    ticks = sorted({*range(years[0] - (years[0] - UNGDC_YEARS[0]) % 5, years[-1] + 1, 5),
                    years[-1]} & set(range(years[0], years[-1] + 1)))
    left.set_xticks(ticks)
    left.set_xlim(years[0] - 0.5, years[-1] + 0.5)

    centre = 2  # a period's points sit at its middle year, countries side by side
    pooled = by_period[by_period["category"] == category].sort_values("period")
    right.fill_between(pooled["period"] + centre, pooled["ci_low"], pooled["ci_high"],
                       color="0.88", linewidth=0)
    right.plot(pooled["period"] + centre, pooled["rate"], color="0.55", linewidth=1.0,
               label="all countries")
    shift = 0.3
    for k, (iso3, style, marker) in enumerate(zip(countries, COUNTRY_STYLES, COUNTRY_MARKERS,
                                                  strict=False)):
        rows = by_country[(by_country["iso3"] == iso3)
                          & (by_country["category"] == category)].sort_values("period")
        x = rows["period"] + centre + (k - (len(countries) - 1) / 2) * shift
        right.errorbar(x, rows["rate"], yerr=[rows["rate"] - rows["ci_low"],
                                              rows["ci_high"] - rows["rate"]],
                       linestyle=style, marker=marker, markersize=3.5,
                       color=plots.group_color(k), elinewidth=0.8, capsize=0, label=iso3)
    right.set_ylabel(f"{category}s per 1,000 words")
    right.set_title(f"{category.capitalize()}s by country, five-year periods", loc="left")
    right.legend(ncols=3, frameon=False, loc="upper left")
    right.set_ylim(0, top=max(by_country.loc[by_country["category"] == category,
                                             "ci_high"].max(),
                              pooled["ci_high"].max()) * 1.35)
    right.set_xticks(sorted(pooled["period"] + centre),
                     [f"{p}-{str(p + 4)[2:]}" for p in sorted(pooled["period"])])
    right.set_xlabel("General Debates (years)")
    return fig


def ungdc_figures(analysis, out: Path, stats, *, n_resamples: int = 9999) -> list[Written]:
    """``ungdc_rates_by_year`` from an analysis of UNGDC speeches (see
    :func:`draw_ungdc_rates`)."""
    from .. import plots

    countries = [c for c in P5 if c in set(analysis.documents["iso3"])]
    with plots.publication_style():
        fig = draw_ungdc_rates(analysis, stats, countries=countries, n_resamples=n_resamples)
        years = analysis.documents["year"].astype(int)
        return [_save(fig, "ungdc_rates_by_year", out,
                      f"UN General Debate speeches of {', '.join(countries)}, "
                      f"{years.min()}-{years.max()} ({len(analysis.documents)} speeches): "
                      "left, each marker category per 1,000 words by year, pooled, with "
                      "bootstrap 95 % intervals over the year's speeches; right, boosters by "
                      "country over five-year periods (one colour, line style and point "
                      "shape per country) against all those speeches pooled (grey).")]


def _spaced(item: str) -> str:
    return str(item).replace("_", " ")


def _short_id(doc_id: str, limit: int = 34) -> str:
    return doc_id if len(doc_id) <= limit else doc_id[: limit - 1] + "\u2026"


def _source_type_order(attributions) -> list[str]:
    from ..plots.attribution import SOURCE_TYPE_LABELS

    seen = attributions["source_type"].fillna("none").astype(str).value_counts()
    return sorted(seen.index, key=lambda s: (-seen[s], list(SOURCE_TYPE_LABELS).index(s)
                                             if s in SOURCE_TYPE_LABELS else 99, s))


def _save(fig, name: str, out: Path, caption: str) -> Written:
    import matplotlib.pyplot as plt

    from ..plots import save_figure

    save_figure(fig, name, folder=out)
    plt.close(fig)
    return Written(name, caption)


def write_index(written: list[Written], out: Path) -> None:
    """``README.md`` in the figures folder: every figure with its caption."""
    lines = ["# Figures", "",
             "Written by `make figures` (`python -m toolkit figures --out figures ...`); each "
             "as PDF, SVG and 300-dpi PNG, byte-identical across runs. Do not edit by hand.",
             ""]
    for w in written:
        lines.append(f"- `{w.name}` ([pdf]({w.name}.pdf), [svg]({w.name}.svg), "
                     f"[png]({w.name}.png)): {w.caption}")
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(args: argparse.Namespace) -> int:
    import matplotlib

    matplotlib.use("Agg")
    from ..analysis import analyze

    stats = statistics_api()
    # analyse everything first: a bad corpus stops the run before any file is written
    from ..datasets import dataset_path

    seed = analyze(args.seed or dataset_path("seed"), cache=not args.no_cache,
                   pipeline=args.pipeline)
    analyses = [analyze(corpus, cache=not args.no_cache, pipeline=args.pipeline)
                for corpus in (args.corpus or [dataset_path("statements")])]
    ungdc = None
    if not args.no_ungdc:
        ungdc = analyze(ungdc_documents(args.ungdc or ungdc_source()),
                        cache=not args.no_cache, pipeline=args.pipeline, keep_docs=False)
    args.out.mkdir(parents=True, exist_ok=True)
    written = seed_figures(seed, args.out, stats)
    for analysis in analyses:
        written += statements_figures(analysis, args.out, stats)
    if ungdc is not None:
        written += ungdc_figures(ungdc, args.out, stats)
    write_index(written, args.out)
    print(f"{len(written)} figures ({3 * len(written)} files) -> {args.out}", file=sys.stderr)
    return 0


def add_parser(sub) -> None:
    parser = sub.add_parser("figures", help="draw the figures (PDF, SVG, PNG) for the seed "
                                            "statement and, given the shared statements, the "
                                            "comparisons")
    parser.add_argument("corpus", nargs="*", type=Path,
                        help="the statements folder (default: the bundled statements, "
                             "toolkit.datasets)")
    parser.add_argument("--out", type=Path, default=Path("figures"), help="output folder")
    parser.add_argument("--seed", type=Path, default=None,
                        help="the seed corpus (default: the bundled seed statement)")
    parser.add_argument("--ungdc", type=Path, default=None,
                        help="UNGDC speeches for ungdc_rates_by_year (a folder with "
                             "manifest.csv, cut to the five permanent members 2005-2024; "
                             "default: the bundled ungdc_sample)")
    parser.add_argument("--no-ungdc", action="store_true",
                        help="leave out the UNGDC figure")
    parser.add_argument("--no-cache", action="store_true",
                        help="neither read nor write caches")
    parser.add_argument("--pipeline", default=None, help="spaCy pipeline name")
    parser.set_defaults(func=run)
