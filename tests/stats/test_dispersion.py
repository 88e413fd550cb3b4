"""Dispersion: Gries's DP and positions, against values worked out by hand."""

from __future__ import annotations

import numpy as np
import pytest

from tests.stats.builders import make_analysis
from toolkit.lexicon import CATEGORIES
from toolkit.stats import ComparisonError, dispersion, gries_dp, position_shares


@pytest.mark.parametrize(("observed", "sizes", "dp", "dp_norm"), [
    # five parts of 9, 10, 10, 10, 11 words with 1..5 occurrences: expected shares
    # .18 .2 .2 .2 .22, observed 1/15 .. 5/15; half the summed differences is 0.18
    ([1, 2, 3, 4, 5], [9, 10, 10, 10, 11], 0.18, 0.18 / 0.82),
    ([3, 3, 3], [1, 1, 1], 0.0, 0.0),                   # even spread
    ([6, 0, 0, 0], [1, 1, 1, 1], 0.75, 1.0),            # all in one of four equal parts
    ([0, 5], [1, 4], 0.2, 0.25),                         # all in the larger part
    ([4, 0], [1, 1], 0.5, 1.0)])
def test_gries_dp_by_hand(observed, sizes, dp, dp_norm):
    got, got_norm = gries_dp(observed, sizes)
    assert got == pytest.approx(dp)
    assert got_norm == pytest.approx(dp_norm)


@pytest.mark.parametrize("observed", [[0, 0, 0], [5]])
def test_gries_dp_is_undefined_without_markers_or_parts(observed):
    assert np.isnan(gries_dp(observed, np.ones(len(observed)))[0])


def _positioned():
    documents = [{"doc_id": "front", "words": 1000, "genre": "g"},
                 {"doc_id": "even", "words": 1000, "genre": "g"},
                 {"doc_id": "other", "words": 3000, "genre": "h"}]
    markers = ([{"doc_id": "front", "category": "denial", "position": p}
                for p in (0.01, 0.02, 0.05, 0.08)]
               + [{"doc_id": "even", "category": "denial", "position": p}
                  for p in np.arange(10) / 10 + 0.05]
               + [{"doc_id": "even", "category": "hedge", "position": 0.95}])
    return make_analysis(documents, markers)


def test_document_dispersion_over_ten_parts_of_the_text():
    table = dispersion(_positioned())
    assert len(table) == 3 * len(CATEGORIES)  # every category for every document
    row = table.set_index(["doc_id", "category"])
    front = row.loc[("front", "denial")]
    assert front["n"] == 4
    assert front["mean_position"] == pytest.approx(0.04)
    assert front["first_half_share"] == 1.0
    assert front["dp"] == pytest.approx(0.9)  # all in the first tenth
    assert front["dp_norm"] == pytest.approx(1.0)
    assert front["first_half_p"] == pytest.approx(2 * 0.5 ** 4)
    even = row.loc[("even", "denial")]
    assert even["dp"] == pytest.approx(0.0)
    assert even["mean_position"] == pytest.approx(0.5)
    assert row.loc[("other", "denial"), "n"] == 0
    assert np.isnan(row.loc[("other", "denial"), "dp"])


def test_group_dispersion_over_documents_sized_by_words():
    row = dispersion(_positioned(), by="genre").set_index(["genre", "category"])
    # group g: 4 + 10 denials over two documents of 1,000 words each
    assert row.loc[("g", "denial"), "dp"] == pytest.approx(0.5 * (abs(4 / 14 - 0.5)
                                                                  + abs(10 / 14 - 0.5)))
    assert row.loc[("g", "denial"), "n_docs"] == 2
    assert row.loc[("g", "denial"), "dp_parts"] == "documents sized by words"
    assert np.isnan(row.loc[("h", "denial"), "dp"])  # one document, nothing to spread over


def test_position_shares_halves_and_deciles():
    halves = position_shares(_positioned(), parts=2)
    front = halves[(halves["doc_id"] == "front") & (halves["category"] == "denial")]
    assert front["share"].tolist() == [1.0, 0.0]
    assert front["count"].tolist() == [4, 0]
    deciles = position_shares(_positioned(), parts=10)
    even = deciles[(deciles["doc_id"] == "even") & (deciles["category"] == "denial")]
    assert even["count"].tolist() == [1] * 10
    hedge = deciles[(deciles["doc_id"] == "even") & (deciles["category"] == "hedge")]
    assert hedge["count"].tolist() == [0] * 9 + [1]  # a hedged ending
    with pytest.raises(ComparisonError, match="parts=0"):
        position_shares(_positioned(), parts=0)


@pytest.mark.parametrize(("first", "n"), [(0, 1), (1, 1), (4, 4), (3, 10), (5, 10), (17, 20),
                                          (40, 100), (0, 7)])
def test_first_half_p_equals_scipys_binomial_test(first, n):
    from scipy import stats

    from toolkit.stats.dispersion import first_half_p

    expected = stats.binomtest(first, n, 0.5).pvalue
    assert float(first_half_p(np.array([first]), np.array([n]))[0]) == pytest.approx(expected)


def test_lemma_level_lists_only_lemmas_present():
    analysis = _positioned()
    table = dispersion(analysis, level="lemma")
    assert list(table.columns[:3]) == ["doc_id", "category", "lemma"]
    assert set(zip(table["doc_id"], table["category"], strict=True)) == {
        ("front", "denial"), ("even", "denial"), ("even", "hedge")}
    assert (table["n"] > 0).all()


def test_attribution_positions_come_from_the_cue_and_the_text():
    documents = [{"doc_id": "d1", "words": 20}]
    text = "a" * 100
    attributions = [{"doc_id": "d1", "attribution_id": i, "cue_start": start,
                     "cue_end": start + 3, "cue": "said", "stance": "neutral"}
                    for i, start in enumerate((0, 10, 95))]
    analysis = make_analysis(documents, [], attributions, {"d1": text})
    row = dispersion(analysis, level="stance").set_index("stance").loc["neutral"]
    assert row["n"] == 3
    assert row["mean_position"] == pytest.approx((0 + 0.10 + 0.95) / 3)
    assert row["first_half_share"] == pytest.approx(2 / 3)
