"""``python -m toolkit figures --out figures [STATEMENTS]``: the figures of a paper.

Draws the seed statement and, from the bundled statements (or the folder given), the
comparisons: White House articles 2025-2026 against White House statements 2021-2024
(by ``genre``), the five UN General Debate speeches of 2020 (``ungd_2020_*``) against each
other, and all statements by subtype. Every figure is written as PDF, SVG and 300-dpi PNG
with :func:`toolkit.plots.save_figure`, byte-identical across runs; ``figures/README.md``
lists them with their captions.
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
                                 "and statements; solid and starred: significant (G2 or Fisher, "
                                 "BH-adjusted p < 0.05), faded: not."))

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
                                 "of each marker subtype; solid and starred: significant "
                                 "(BH-adjusted p < 0.05 over all tests), faded: not."))

        # every statement by subtype, ordered by genre
        rates = stats.rates(analysis, by="doc_id", level="subtype")
        ax = plots.plot_heatmap(rates, by="doc_id", level="subtype",
                                order="genre" if genres else None,
                                documents=documents.assign(
                                    genre=documents["genre"].map(
                                        lambda g: GENRE_LABELS.get(g, g)))
                                if genres else documents,
                                row_labels=_short_id,
                                title="Marker subtypes per 1,000 words, statement by "
                                      "statement")
        written.append(_save(ax.figure, "statements_heatmap", out,
                             "All shared statements by marker subtype (rate per 1,000 "
                             "words), grouped by genre."))
    return written


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
    args.out.mkdir(parents=True, exist_ok=True)
    written = seed_figures(seed, args.out, stats)
    for analysis in analyses:
        written += statements_figures(analysis, args.out, stats)
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
    parser.add_argument("--no-cache", action="store_true",
                        help="neither read nor write caches")
    parser.add_argument("--pipeline", default=None, help="spaCy pipeline name")
    parser.set_defaults(func=run)
