"""The keyness figure draws what the document-level table says: intervals, counts, a bound
(not one invented value) for items absent from one side, and no inference for small groups."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from tests.stats.builders import make_analysis, repeat  # noqa: E402
from toolkit.plots import plot_keyness  # noqa: E402
from toolkit.stats import keyness  # noqa: E402
from toolkit.stats.documents import absent_bound  # noqa: E402


def _analysis(n_docs: int = 6):
    documents = ([{"doc_id": f"a{i}", "words": 1000 + 100 * i, "genre": "article"}
                  for i in range(n_docs)]
                 + [{"doc_id": f"s{i}", "words": 1200 + 50 * i, "genre": "statement"}
                    for i in range(n_docs)])
    markers = []
    for i in range(n_docs):
        markers += repeat(8 + i, doc_id=f"a{i}", category="evaluation", lemma="lie")
        markers += repeat(2 + i % 2, doc_id=f"s{i}", category="evaluation", lemma="lie")
        markers += repeat(3 * (i % 2), doc_id=f"a{i}", category="denial", lemma="never")
        markers += repeat(i % 3, doc_id=f"a{i}", category="hedge", lemma="may")
        markers += repeat(1 + i % 2, doc_id=f"s{i}", category="hedge", lemma="perhaps")
    return make_analysis(documents, markers)


def _bars(ax):
    return {label.get_text(): bar for label, bar in
            zip(ax.get_yticklabels(), ax.containers[0], strict=True)}


def test_absent_items_end_at_their_own_bound_and_say_absent():
    table = keyness(_analysis(), by="genre", a="article", b="statement", level="lemma")
    ax = plot_keyness(table, significant_only=False)
    rows = table.set_index("item")
    bars = _bars(ax)
    # never (9 in a, 0 in b) and may (5 in a, 0 in b): two bounds, not one invented value
    for item in ("never", "may"):
        row = rows.loc[item]
        expected = absent_bound(row["count_a"], row["words_a"], 0, row["words_b"])
        assert bars[item].get_x() == pytest.approx(float(expected))
        assert bars[item].get_hatch() == "////"
    assert bars["never"].get_x() != pytest.approx(bars["may"].get_x())
    # perhaps: absent in a, its open region on the left
    assert bars["perhaps"].get_x() == pytest.approx(ax.get_xlim()[0])
    counts = [t.get_text() for t in ax.child_axes[0].get_yticklabels()] if ax.child_axes \
        else []
    assert any(t.startswith("9 : 0") and "absent in statement" in t for t in counts)
    assert any(t.startswith("0 : ") and "absent in article" in t for t in counts)
    # lie is on both sides: a bar from 0 and its bootstrap interval
    assert bars["lie"].get_x() == 0 and bars["lie"].get_width() == pytest.approx(
        rows.loc["lie", "log_ratio"])
    intervals = [c for c in ax.collections if c.get_gid() == "keyness-intervals"]
    assert len(intervals) == 1
    segments = intervals[0].get_segments()
    lie_y = list(_bars(ax)).index("lie")
    lie_segment = [s for s in segments if s[0][1] == lie_y][0]
    assert lie_segment[0][0] == pytest.approx(rows.loc["lie", "log_ratio_low"])
    assert lie_segment[1][0] == pytest.approx(rows.loc["lie", "log_ratio_high"])


def test_small_groups_are_drawn_with_no_document_level_inference():
    table = keyness(_analysis(3), by="genre", a="article", b="statement", level="lemma")
    assert table["small_group"].all()
    empty = plot_keyness(table)
    assert any("no document-level inference" in t.get_text() for t in empty.texts)
    every = plot_keyness(table, significant_only=False, title="three a side")
    assert "no doc-level test" in every.get_title()
    assert len(every.containers[0]) == len(table)
    assert not np.isnan([b.get_width() for b in every.containers[0]]).any()
