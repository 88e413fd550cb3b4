"""Figures draw the right elements, in the right colours, from hand-built tables."""

from __future__ import annotations

import subprocess
import sys

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.collections import LineCollection, PathCollection  # noqa: E402
from matplotlib.colors import to_hex, to_rgba  # noqa: E402
from matplotlib.image import AxesImage  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402
from matplotlib.text import Annotation  # noqa: E402

from toolkit import CATEGORIES  # noqa: E402
from toolkit.attribution import ATTRIBUTION_COLUMNS  # noqa: E402
from toolkit.plots import (  # noqa: E402
    CATEGORY_COLORS,
    STANCE_COLORS,
    chain_graph,
    figure_size,
    heatmap_matrix,
    plot_attribution_chain,
    plot_attribution_sources,
    plot_dispersion,
    plot_heatmap,
    plot_highlighted_text,
    plot_keyness,
    plot_keyness_panels,
    plot_profile,
    publication_style,
)
from toolkit.plots.style import OKABE_ITO  # noqa: E402
from toolkit.plots.text import text_pieces  # noqa: E402

from .conftest import ROOT  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def by_gid(ax, kind, prefix: str) -> list:
    """The artists of ``kind`` on ``ax`` whose gid starts with ``prefix``."""
    found = [a for a in ax.get_children() if isinstance(a, kind)]
    found += [p for p in ax.patches if isinstance(p, kind) and p not in found]
    found += [c for c in ax.collections if isinstance(c, kind) and c not in found]
    return [a for a in found if (a.get_gid() or "").startswith(prefix)]


def hexes(colors) -> list[str]:
    return [to_hex(c, keep_alpha=False).upper() for c in colors]


# --- the palette and the style ------------------------------------------------------------

def test_every_category_and_stance_has_its_own_okabe_ito_colour():
    assert tuple(CATEGORY_COLORS) == CATEGORIES
    assert len(set(CATEGORY_COLORS.values())) == len(CATEGORIES)
    assert set(CATEGORY_COLORS.values()) <= set(OKABE_ITO.values())
    assert OKABE_ITO["yellow"] not in CATEGORY_COLORS.values()
    assert len(set(STANCE_COLORS.values())) == len(STANCE_COLORS) == 5


def test_importing_the_package_changes_no_rcparams():
    code = ("import matplotlib as mpl; before = dict(mpl.rcParams); import toolkit.plots; "
            "import toolkit.commands.figures; "
            "changed = [k for k in before if before[k] != mpl.rcParams[k]]; "
            "print(changed)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_publication_style_applies_inside_the_block_only():
    before = matplotlib.rcParams["font.size"], matplotlib.rcParams["pdf.fonttype"]
    with publication_style():
        assert matplotlib.rcParams["font.size"] == 8
        assert matplotlib.rcParams["pdf.fonttype"] == 42
        assert matplotlib.rcParams["svg.hashsalt"] == "stance-toolkit"
        assert matplotlib.rcParams["axes.spines.top"] is False
    with publication_style(font__size=10):
        assert matplotlib.rcParams["font.size"] == 10
    assert (matplotlib.rcParams["font.size"], matplotlib.rcParams["pdf.fonttype"]) == before


@pytest.mark.parametrize(("width", "inches"), [("single", 3.5), ("double", 7.2), (5.0, 5.0)])
def test_figure_sizes_are_journal_column_widths(width, inches):
    assert figure_size(width, aspect=0.5) == (inches, inches * 0.5)


def test_figure_size_rejects_an_unknown_width():
    with pytest.raises(ValueError, match="'triple'"):
        figure_size("triple")


# --- profile -------------------------------------------------------------------------------

def rates_table(groups=("a", "b"), categories=("intensifier", "hedge", "denial"),
                small=False) -> pd.DataFrame:
    rows = []
    for g, group in enumerate(groups):
        for c, category in enumerate(categories):
            rate = 2.0 + g + 3 * c
            rows.append({"genre": group, "category": category, "count": 3, "words": 1000,
                         "rate": rate, "ci_low": rate - 1, "ci_high": rate + 1.5,
                         "n_docs": 3 if small else 8, "small_group": small})
    return pd.DataFrame(rows)


def test_profile_draws_one_point_and_one_whisker_per_group_and_category():
    table = rates_table()
    ax = plot_profile(table, by="genre")
    points = by_gid(ax, PathCollection, "points:")
    whiskers = by_gid(ax, LineCollection, "whiskers:")
    assert [p.get_gid() for p in points] == ["points:a", "points:b"]
    assert [len(p.get_offsets()) for p in points] == [3, 3]
    assert [len(w.get_segments()) for w in whiskers] == [3, 3]
    # rate on x, categories down the side in MARKERS.md order; colour = category
    expected = [CATEGORY_COLORS[c] for c in ("intensifier", "hedge", "denial")]
    for point, whisker, group in zip(points, whiskers, ("a", "b"), strict=True):
        rows = table[table["genre"] == group]
        assert np.allclose(point.get_offsets()[:, 0], rows["rate"])
        assert hexes(point.get_facecolors()) == expected
        assert hexes(whisker.get_colors()) == expected
        ends = np.array([[s[0][0], s[1][0]] for s in whisker.get_segments()])
        assert np.allclose(ends, rows[["ci_low", "ci_high"]].to_numpy())
    assert [t.get_text() for t in ax.get_yticklabels()] == ["intensifier", "hedge", "denial"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["a", "b"]


def test_profile_vertical_puts_rates_on_y():
    ax = plot_profile(rates_table(groups=("a",)), by="genre", orient="v")
    (points,) = by_gid(ax, PathCollection, "points:")
    assert np.allclose(points.get_offsets()[:, 1], [2.0, 5.0, 8.0])
    assert ax.get_legend() is None  # one group, nothing to tell apart


def test_profile_draws_small_groups_open_and_says_why():
    ax = plot_profile(rates_table(small=True), by="genre")
    points = by_gid(ax, PathCollection, "points:")
    assert all(hexes(p.get_facecolors()) == ["#FFFFFF"] * 3 for p in points)
    assert "fewer than 5 documents" in [t.get_text() for t in ax.get_legend().get_texts()][-1]


def test_profile_bars_are_category_coloured_and_hatched_per_group():
    ax = plot_profile(rates_table(), by="genre", kind="bar", group_labels={"a": "Articles"})
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert len(bars) == 6
    assert hexes(b.get_facecolor() for b in bars) == [
        CATEGORY_COLORS[c] for c in ("intensifier", "hedge", "denial")] * 2
    assert {b.get_hatch() or "" for b in bars[:3]} == {""}
    assert {b.get_hatch() for b in bars[3:]} == {"////"}
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Articles", "b"]


def test_profile_labels_are_overridable():
    ax = plot_profile(rates_table(), by="genre", title="T", rate_label="per 1k",
                      item_labels=str.upper)
    assert ax.get_title() == "T"
    assert ax.get_xlabel() == "per 1k"
    assert ax.get_yticklabels()[0].get_text() == "INTENSIFIER"


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"by": "speaker"}, "lacks the column"),
    ({"by": "genre", "kind": "pie"}, "kind='pie'"),
    ({"by": "genre", "orient": "x"}, "orient='x'"),
])
def test_profile_rejects_bad_arguments_by_name(kwargs, message):
    with pytest.raises(ValueError, match=message):
        plot_profile(rates_table(), **kwargs)


def test_profile_draws_on_a_given_axes():
    fig, (left, right) = plt.subplots(1, 2)
    assert plot_profile(rates_table(), by="genre", ax=right) is right
    assert not left.collections


# --- keyness -------------------------------------------------------------------------------

def keyness_table(comparison=("A", "B")) -> pd.DataFrame:
    rows = [("groundless", "evaluation", 2.5, True), ("never", "booster", 1.2, True),
            ("may", "hedge", -1.8, True), ("very", "intensifier", 0.4, False),
            ("not", "denial", -0.2, False)]
    return pd.DataFrame([{"item": i, "category": c, "group_a": comparison[0],
                          "group_b": comparison[1], "count_a": 5, "count_b": 2,
                          "rate_a": 1.0, "rate_b": 0.5, "g2": 7.0, "p": 0.01, "p_adj": 0.03,
                          "log_ratio": lr, "fisher_p": np.nan, "test": "G2",
                          "significant": s} for i, c, lr, s in rows])


def test_keyness_draws_one_bar_per_significant_item_sorted_by_log_ratio():
    ax = plot_keyness(keyness_table())
    bars = ax.containers[0]
    assert [b.get_width() for b in bars] == [-1.8, 1.2, 2.5]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["may", "never", "groundless"]
    assert hexes(b.get_facecolor() for b in bars) == [
        CATEGORY_COLORS["hedge"], CATEGORY_COLORS["booster"], CATEGORY_COLORS["evaluation"]]
    texts = [t.get_text() for t in ax.texts]
    assert "more in A \u2192" in texts and "\u2190 more in B" in texts


def test_keyness_can_show_every_item_with_the_non_significant_faded():
    ax = plot_keyness(keyness_table(), significant_only=False)
    bars = ax.containers[0]
    assert len(bars) == 5
    alphas = [round(to_rgba(b.get_facecolor())[3], 2) for b in bars]
    assert alphas == [1.0, 0.35, 0.35, 1.0, 1.0]  # may, not, very, never, groundless
    assert len([t for t in ax.texts if t.get_gid() == "significant-mark"]) == 3


def test_keyness_without_significant_items_says_so():
    table = keyness_table().assign(significant=False)
    ax = plot_keyness(table)
    assert len(ax.containers[0]) == 0
    assert any("no marker differs significantly" in t.get_text() for t in ax.texts)


def test_keyness_top_keeps_the_largest_effects():
    ax = plot_keyness(keyness_table(), top=2)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["may", "groundless"]


def test_keyness_refuses_several_comparisons_and_panels_draw_them():
    table = pd.concat([keyness_table(("A", "rest")), keyness_table(("B", "rest")),
                       keyness_table(("C", "rest"))], ignore_index=True)
    with pytest.raises(ValueError, match="3 comparisons"):
        plot_keyness(table)
    fig = plot_keyness_panels(table, ncols=2)
    panels = [ax for ax in fig.axes if ax.get_visible() and ax.containers]
    assert [ax.get_title() for ax in panels] == ["A", "B", "C"]
    assert [len(ax.containers[0]) for ax in panels] == [3, 3, 3]
    assert len({ax.get_xlim() for ax in panels}) == 1  # one shared scale
    assert fig.axes[3].get_legend() is not None  # the spare panel holds the legend


# --- heatmap -------------------------------------------------------------------------------

def subtype_rates() -> tuple[pd.DataFrame, pd.DataFrame]:
    values = {"d1": {"amplifier": 4.0, "modal": 0.0, "negative": 9.0},
              "d2": {"amplifier": 0.0, "modal": 6.0, "negative": 1.0},
              "d3": {"amplifier": 5.0, "modal": 0.0, "negative": 8.0},
              "d4": {"amplifier": 0.0, "modal": 7.0, "negative": 0.0}}
    rows = [{"doc_id": d, "subtype": s, "category": {"amplifier": "intensifier",
                                                     "modal": "hedge",
                                                     "negative": "evaluation"}[s],
             "rate": r} for d, subs in values.items() for s, r in subs.items()]
    documents = pd.DataFrame({"doc_id": ["d1", "d2", "d3", "d4"],
                              "genre": ["y", "x", "y", "x"]})
    return pd.DataFrame(rows), documents


def test_heatmap_image_holds_the_rates_in_row_and_column_order():
    rates, documents = subtype_rates()
    ax = plot_heatmap(rates, documents=documents)
    (image,) = [a for a in ax.get_children() if isinstance(a, AxesImage)]
    assert np.array(image.get_array()).tolist() == [[4, 0, 9], [0, 6, 1], [5, 0, 8],
                                                    [0, 7, 0]]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["amplifier", "modal", "negative"]
    bands = [line for line in ax.lines if (line.get_gid() or "").startswith("band:")]
    assert [b.get_gid() for b in bands] == ["band:intensifier", "band:hedge", "band:evaluation"]
    assert hexes(b.get_color() for b in bands) == [
        CATEGORY_COLORS["intensifier"], CATEGORY_COLORS["hedge"], CATEGORY_COLORS["evaluation"]]
    assert len(ax.texts) >= 12  # 12 annotated cells (+ category names)


def test_heatmap_orders_by_a_metadata_column_with_lines_between_groups():
    rates, documents = subtype_rates()
    ax = plot_heatmap(rates, documents=documents, order="genre")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["d2", "d4", "d1", "d3"]
    assert len([line for line in ax.lines if line.get_gid() == "group-line"]) == 1


def test_heatmap_clustering_puts_similar_statements_together():
    rates, documents = subtype_rates()
    rows = list(heatmap_matrix(rates, order="cluster", documents=documents).index)
    assert abs(rows.index("d1") - rows.index("d3")) == 1
    assert abs(rows.index("d2") - rows.index("d4")) == 1


def test_heatmap_rejects_an_unknown_order():
    rates, documents = subtype_rates()
    with pytest.raises(ValueError, match="order='speaker'"):
        plot_heatmap(rates, documents=documents, order="speaker")


def test_heatmap_title_labels_are_short_unique_and_inside_the_figure():
    """Issue 19 item 14: the rows are named by short titles, never by cut doc_ids."""
    titles = {
        "d1": "Statement by Press Secretary Jen Psaki on Russian Announcement on Eastern "
              "Ukraine",
        "d2": "Statement by Press Secretary Jen Psaki on the Democratic People's Republic "
              "of Korea",
        "d3": "2020 Country Reports on Human Rights Practices: china (paragraphs 114-115)",
        "d4": "2020 Country Reports on Human Rights Practices: russia (paragraphs 24-25)",
    }
    rates, documents = subtype_rates()
    documents = documents.assign(title=documents["doc_id"].map(titles))
    ax = plot_heatmap(rates, documents=documents, row_labels="title")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(set(labels)) == 4
    assert all(len(label) <= 40 for label in labels)
    # what tells the rows apart survives the shortening
    for label, word in zip(labels, ["Russian", "Democratic", "china", "russia"], strict=True):
        assert word.lower() in label.lower()
    ax.figure.canvas.draw()
    figure_box = ax.figure.bbox
    for tick in ax.get_yticklabels():
        box = tick.get_window_extent()
        assert box.x0 >= figure_box.x0 - 0.5


def test_short_titles_fall_back_to_the_doc_id_and_stay_unique():
    from toolkit.plots import short_titles

    labels = short_titles({"a": "Same title", "b": "Same title", "c": None, "d": ""})
    assert labels["c"] == "c" and labels["d"] == "d"
    assert len(set(labels.values())) == 4


# --- dispersion ----------------------------------------------------------------------------

def test_dispersion_draws_one_tick_per_marker_in_its_row_and_lane():
    markers = pd.DataFrame({"doc_id": ["d1", "d1", "d2", "d2", "d2"],
                            "category": ["hedge", "denial", "hedge", "booster", "denial"],
                            "position": [0.1, 0.5, 0.2, 0.7, 0.7]})
    documents = pd.DataFrame({"doc_id": ["d1", "d2", "d3"], "title": ["One", "Two", "Three"]})
    ax = plot_dispersion(markers, documents=documents, row_labels="title")
    ticks = {c.get_gid(): c for c in by_gid(ax, LineCollection, "ticks:")}
    assert sorted(ticks) == ["ticks:booster", "ticks:denial", "ticks:hedge"]
    assert [len(ticks[f"ticks:{c}"].get_segments()) for c in ("booster", "hedge", "denial")] \
        == [1, 2, 2]
    for category, collection in ticks.items():
        assert hexes(collection.get_colors()) == [CATEGORY_COLORS[category.split(":")[1]]]
    # the two markers at 0.7 in d2 (booster and denial) sit in different lanes of row 1
    booster = ticks["ticks:booster"].get_segments()[0]
    denial = ticks["ticks:denial"].get_segments()[1]
    assert booster[0][0] == denial[0][0] == 0.7
    assert 0.6 <= booster[0][1] < denial[0][1] <= 1.4
    assert [t.get_text() for t in ax.get_yticklabels()] == ["One", "Two", "Three"]


def test_dispersion_of_one_statement_names_its_lanes():
    markers = pd.DataFrame({"doc_id": ["d1", "d1"], "category": ["hedge", "denial"],
                            "position": [0.1, 0.5]})
    ax = plot_dispersion(markers, row_labels=lambda _: "the seed")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["hedge", "denial"]
    assert ax.get_ylabel() == "the seed"
    assert ax.get_legend() is None


# --- attribution ---------------------------------------------------------------------------

SEED_TEXT = ("The report contains allegations made by unidentified sources, a government "
             "spokesman said in a statement cited by Xinhua news agency. The spokesman "
             "added that the report is biased.")


def span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def attributions_table() -> pd.DataFrame:
    t = SEED_TEXT
    rels = [  # cue, source, content, source_type, stance, speaker, parent
        ("allegations", "unidentified sources", None, "anonymous", "distancing", 0, 1),
        ("said", "a government spokesman",
         "The report contains allegations made by unidentified sources", "official_role",
         "neutral", 1, 2),
        ("cited", "Xinhua news agency", "a statement", "media", "neutral", 2, None),
        ("added", "The spokesman", "the report is biased", "official_role", "neutral", 1,
         None),
    ]
    rows = []
    for i, (cue, source, content, source_type, stance, speaker, parent) in enumerate(rels):
        row = {"doc_id": "d", "attribution_id": i, "kind": "indirect",
               "source_type": source_type, "stance": stance, "speaker_id": speaker,
               "parent_id": parent, "rule": "test", "source_head": None}
        for part, value in (("cue", cue), ("source", source), ("content", content)):
            s, e = span(t, value) if value else (None, None)
            row.update({f"{part}_start": s, f"{part}_end": e, part: value})
        rows.append(row)
    return pd.DataFrame(rows, columns=ATTRIBUTION_COLUMNS).astype(
        {c: "Int64" for c in ("cue_start", "cue_end", "source_start", "source_end",
                              "content_start", "content_end", "attribution_id", "speaker_id",
                              "parent_id")})


def test_attribution_sources_stack_stances_per_source_type():
    ax = plot_attribution_sources(attributions_table())
    assert [t.get_text() for t in ax.get_yticklabels()] == ["official role", "anonymous",
                                                             "media"]
    assert sorted({r.get_gid() for r in by_gid(ax, Rectangle, "stance:")}) == [
        "stance:distancing", "stance:neutral"]
    neutral = [r for r in by_gid(ax, Rectangle, "stance:neutral")]
    distancing = [r for r in by_gid(ax, Rectangle, "stance:distancing")]
    assert [r.get_width() for r in neutral] == [2, 0, 1]
    assert [r.get_width() for r in distancing] == [0, 1, 0]
    assert hexes([neutral[0].get_facecolor()]) == [STANCE_COLORS["neutral"]]
    assert hexes([distancing[0].get_facecolor()]) == [STANCE_COLORS["distancing"]]


def test_attribution_sources_keeps_a_given_order_with_zero_bars():
    ax = plot_attribution_sources(attributions_table(), order=["media", "document",
                                                               "official_role"])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["media", "document",
                                                             "official role"]
    assert [r.get_width() for r in by_gid(ax, Rectangle, "stance:neutral")] == [1, 0, 2]


def test_chain_graph_is_source_medium_relay():
    nodes, edges = chain_graph(attributions_table(), "d")
    labels = {n.key: n.label for n in nodes}
    path = [(labels[e.child], e.cue, labels[e.parent]) for e in edges]
    assert path == [("unidentified sources", "allegations", "a government spokesman"),
                    ("a government spokesman", "said", "a statement"),
                    ("a statement", "cited", "Xinhua news agency")]
    assert {n.label: n.role for n in nodes}["a statement"] == "medium"


def test_attribution_chain_draws_a_box_per_node_and_an_arrow_per_edge():
    ax = plot_attribution_chain(attributions_table(), "d")
    boxes = [t for t in ax.texts if (t.get_gid() or "").startswith("node:")]
    arrows = [a for a in ax.get_children()
              if isinstance(a, Annotation) and (a.get_gid() or "").startswith("edge:")]
    assert sorted(t.get_text().replace("\n", " ") for t in boxes) == sorted(
        ["unidentified sources", "a government spokesman", "a statement",
         "Xinhua news agency"])
    assert len(arrows) == 3
    # left to right: spokesman before statement before Xinhua
    x = {t.get_text().replace("\n", " "): t.get_position()[0] for t in boxes}
    assert x["unidentified sources"] < x["a government spokesman"] < x["a statement"] \
        < x["Xinhua news agency"]


def test_attribution_chain_of_one_relation_and_of_none():
    nodes, edges = chain_graph(attributions_table(), "d", attribution_id=3)
    assert (nodes, edges) == ([], [])
    ax = plot_attribution_chain(attributions_table().iloc[0:0], "d")
    assert any("no attribution chain" in t.get_text() for t in ax.texts)


# --- highlighted text ----------------------------------------------------------------------

TEXT = "It has proved that it is grossly unfair.\nIt was never true."


def text_markers() -> pd.DataFrame:
    rows = [(*span(TEXT, "has proved"), "booster"), (*span(TEXT, "grossly"), "intensifier"),
            (*span(TEXT, "unfair"), "evaluation"), (*span(TEXT, "never"), "booster"),
            (*span(TEXT, "never"), "denial")]
    return pd.DataFrame(rows, columns=["start", "end", "category"])


def test_text_pieces_cut_at_marker_edges_and_spaces():
    pieces = text_pieces(TEXT, text_markers(), 0, 40)
    assert "".join(p.text for p in pieces) == TEXT[:40]
    marked = [(p.text, p.categories) for p in pieces if p.categories]
    assert marked == [("has", ("booster",)), (" ", ("booster",)), ("proved", ("booster",)),
                      ("grossly", ("intensifier",)), ("unfair", ("evaluation",))]


def test_highlighted_text_bands_markers_in_their_category_colours():
    ax = plot_highlighted_text(TEXT, text_markers())
    bands = by_gid(ax, Rectangle, "mark:")
    counts = pd.Series([b.get_gid() for b in bands]).value_counts().to_dict()
    # "has proved" is one band; "never" is booster and denial: two half bands
    assert counts == {"mark:booster": 2, "mark:intensifier": 1, "mark:evaluation": 1,
                      "mark:denial": 1}
    for band in bands:
        category = band.get_gid().split(":")[1]
        assert hexes([band.get_facecolor()]) == [CATEGORY_COLORS[category]]
    never = sorted((b for b in bands if b.get_gid() in ("mark:booster", "mark:denial")
                    and b.get_height() < 5), key=lambda b: b.get_y())
    assert [b.get_gid() for b in never] == ["mark:booster", "mark:denial"]
    words = "".join(t.get_text() for t in ax.texts if t.get_text() not in ("1", "2"))
    assert words.replace(" ", "") == TEXT.replace(" ", "").replace("\n", "")
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "intensifier", "booster", "evaluation", "denial"]


def test_highlighted_text_wraps_long_sentences_within_the_width():
    long = " ".join(["word"] * 400)
    ax = plot_highlighted_text(long, pd.DataFrame(columns=["start", "end", "category"]),
                               width="single")
    right = max(t.get_position()[0] for t in ax.texts)
    assert right < ax.get_xlim()[1]
    assert len({t.get_position()[1] for t in ax.texts}) > 10  # many lines
