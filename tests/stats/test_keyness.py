"""Keyness: G2, Fisher, log ratio and Benjamini-Hochberg against independent computations."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy import stats
from scipy.stats.contingency import expected_freq

from tests.stats.builders import make_analysis, repeat
from toolkit.stats import ComparisonError, keyness, keyness_counts, log_ratio
from toolkit.stats.documents import NO_INFERENCE

CASES = [  # count_a, count_b, words_a, words_b
    (10, 40, 100, 9900), (25, 3, 5000, 7000), (0, 12, 3000, 3000), (7, 0, 1200, 800),
    (120, 130, 20000, 21000), (1, 1, 1000, 50000), (300, 10, 10000, 10000)]


def _scipy_g2(a, b, wa, wb):
    """G2 by SciPy's power divergence over the full 2 x 2 table (Dunning 1993)."""
    table = np.array([[a, b], [wa - a, wb - b]], dtype=float)
    return stats.power_divergence(table.ravel(), expected_freq(table).ravel(), ddof=2,
                                  lambda_="log-likelihood")


def _hypergeometric_fisher(a, b, wa, wb):
    """Two-sided Fisher p from the hypergeometric distribution: the probability of every
    table with the same margins no more likely than the observed one."""
    total, item = wa + wb, a + b
    support = np.arange(max(0, item - wb), min(item, wa) + 1)
    pmf = stats.hypergeom.pmf(support, total, item, wa)
    observed = stats.hypergeom.pmf(a, total, item, wa)
    return min(1.0, pmf[pmf <= observed * (1 + 1e-7)].sum())


def _benjamini_hochberg(p):
    """BH adjusted p-values written out: p * m / rank, made monotone from the largest."""
    p = np.asarray(p, dtype=float)
    m = len(p)
    order = np.argsort(p)
    adjusted = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(adjusted[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1.0)
    return out


@pytest.mark.parametrize(("a", "b", "wa", "wb"), CASES)
def test_g2_and_p_match_scipy_power_divergence(a, b, wa, wb):
    row = keyness_counts([a], [b], wa, wb).iloc[0]
    ref = _scipy_g2(a, b, wa, wb)
    assert row["g2"] == pytest.approx(ref.statistic, rel=1e-9, abs=1e-9)
    assert row["g2_p"] == pytest.approx(ref.pvalue, rel=1e-7, abs=1e-12)


@pytest.mark.parametrize(("a", "b", "wa", "wb"), CASES)
def test_fisher_where_expected_counts_are_small(a, b, wa, wb):
    row = keyness_counts([a], [b], wa, wb).iloc[0]
    expected = (a + b) * np.array([wa, wb]) / (wa + wb)
    small = expected.min() < 5
    assert row["token_test"] == ("Fisher" if small else "G2")
    if small:
        assert row["fisher_p"] == pytest.approx(_hypergeometric_fisher(a, b, wa, wb),
                                                rel=1e-6)
        assert row["token_p"] == row["fisher_p"]
    else:
        assert np.isnan(row["fisher_p"])
        assert row["token_p"] == row["g2_p"]


@pytest.mark.parametrize(("a", "b", "wa", "wb", "expected"), [
    (10, 10, 1000, 1000, 0.0),
    (20, 10, 1000, 1000, 1.0),
    (10, 40, 2000, 1000, -3.0),
    (0, 8, 1000, 1000, np.log2(0.5 / 8)),      # Hardie's 0.5 for a zero count
    (6, 0, 1000, 3000, np.log2((6 / 1000) / (0.5 / 3000)))])
def test_log_ratio_is_hardies(a, b, wa, wb, expected):
    assert float(log_ratio(a, wa, b, wb)) == pytest.approx(expected)


def test_log_ratio_without_smoothing_is_infinite_for_an_absent_item():
    assert float(log_ratio(0, 1000, 8, 1000, zero=None)) == -np.inf
    assert float(log_ratio(6, 1000, 0, 3000, zero=None)) == np.inf
    assert float(log_ratio(20, 1000, 10, 1000, zero=None)) == pytest.approx(1.0)


def _two_groups():
    documents = [{"doc_id": "a1", "words": 1000, "genre": "article"},
                 {"doc_id": "a2", "words": 1000, "genre": "article"},
                 {"doc_id": "s1", "words": 2000, "genre": "statement"},
                 {"doc_id": "s2", "words": 2000, "genre": "statement"},
                 {"doc_id": "u1", "words": 1500, "genre": "speech"}]
    markers = (repeat(30, doc_id="a1", category="evaluation", lemma="lie")
               + repeat(25, doc_id="a2", category="evaluation", lemma="lie")
               + repeat(2, doc_id="s1", category="evaluation", lemma="lie")
               + repeat(10, doc_id="a1", category="denial", lemma="not")
               + repeat(20, doc_id="s1", category="denial", lemma="not")
               + repeat(3, doc_id="s2", category="hedge", lemma="may")
               + repeat(5, doc_id="u1", category="hedge", lemma="may"))
    return make_analysis(documents, markers)


def test_keyness_between_two_groups():
    table = keyness(_two_groups(), by="genre", a="article", b="statement")
    assert set(table["item"]) == {"lie", "not", "may"}  # items absent from both: not tested
    lie = table.set_index("item").loc["lie"]
    assert (lie["count_a"], lie["count_b"], lie["words_a"], lie["words_b"]) == (55, 2, 2000,
                                                                               4000)
    assert lie["rate_a"] == pytest.approx(27.5)
    assert lie["g2"] == pytest.approx(_scipy_g2(55, 2, 2000, 4000).statistic)
    # two documents a side: token-level keyness only, no document-level inference
    assert lie["token_significant"]
    assert not lie["significant"]
    assert lie["small_group"]
    assert lie["test"] == NO_INFERENCE
    assert np.isnan(lie["p"]) and np.isnan(lie["p_adj"])
    assert lie["higher_in"] == "article"
    assert (lie["docs_with_a"], lie["docs_with_b"]) == (2, 1)
    not_row = table.set_index("item").loc["not"]
    assert not not_row["token_significant"]  # 10 in 2,000 against 20 in 4,000: same rate
    assert not_row["log_ratio"] == pytest.approx(0.0)
    assert table["token_p_adj"].tolist() == pytest.approx(
        _benjamini_hochberg(table["token_p"]))
    assert (table["group_a"] == "article").all() and (table["group_b"] == "statement").all()


def test_against_the_rest_and_each_against_the_rest():
    analysis = _two_groups()
    one = keyness(analysis, by="genre", a="speech")
    assert set(one["group_b"]) == {"rest"}
    may = one.set_index("item").loc["may"]
    assert (may["count_a"], may["count_b"], may["words_b"]) == (5, 3, 6000)
    each = keyness(analysis, by="genre")
    assert set(each["group_a"]) == {"article", "statement", "speech"}
    # BH over the whole table (every item of every comparison)
    assert each["token_p_adj"].tolist() == pytest.approx(
        _benjamini_hochberg(each["token_p"]))
    per = keyness(analysis, by="genre", family="comparison")
    for _, block in per.groupby("group_a"):
        assert block["token_p_adj"].tolist() == pytest.approx(
            _benjamini_hochberg(block["token_p"]))


def test_pooled_groups_and_levels():
    analysis = _two_groups()
    pooled = keyness(analysis, by="genre", a=["article", "speech"], b="statement",
                     level="category")
    assert set(pooled["group_a"]) == {"article + speech"}
    hedge = pooled.set_index("item").loc["hedge"]
    assert (hedge["count_a"], hedge["words_a"]) == (5, 3500)
    by_doc = keyness(analysis, by="doc_id", a="a1", b="s1", level="category")
    assert set(by_doc["item"]) == {"evaluation", "denial"}


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"a": "poem"}, "a='poem'"),
    ({"a": "article", "b": "article"}, "share documents"),
    ({"b": "article"}, "b= given without a="),
    ({"a": ["article", "statement", "speech"]}, "no rest"),
    ({"a": "article", "family": "everything"}, "family="),
])
def test_bad_groups_raise(kwargs, message):
    with pytest.raises(ComparisonError, match=message):
        keyness(_two_groups(), by="genre", **kwargs)


def test_keyness_columns_are_the_contract():
    table = keyness(_two_groups(), by="genre", a="article", b="statement")
    for column in ["item", "category", "group_a", "group_b", "count_a", "count_b", "words_a",
                   "words_b", "rate_a", "rate_b", "g2", "p", "p_adj", "log_ratio",
                   "log_ratio_low", "log_ratio_high", "absent_in", "log_ratio_bound",
                   "fisher_p", "test", "significant", "small_group", "token_test",
                   "token_p", "token_p_adj", "token_significant", "docs_with_a",
                   "docs_with_b"]:
        assert column in table.columns
    assert table["significant"].dtype == bool
    assert table["token_significant"].dtype == bool


@given(st.integers(0, 400), st.integers(0, 400), st.integers(1000, 50_000),
       st.integers(1000, 50_000))
@settings(max_examples=60, deadline=None)
def test_keyness_is_symmetric_and_agrees_with_scipy(a, b, wa, wb):
    assume(a + b > 0)
    forward = keyness_counts([a], [b], wa, wb).iloc[0]
    backward = keyness_counts([b], [a], wb, wa).iloc[0]
    assert forward["g2"] == pytest.approx(backward["g2"], rel=1e-9, abs=1e-9)
    assert forward["hardie_log_ratio"] == pytest.approx(-backward["hardie_log_ratio"])
    assert forward["token_test"] == backward["token_test"]
    assert forward["g2"] == pytest.approx(_scipy_g2(a, b, wa, wb).statistic, rel=1e-8,
                                          abs=1e-8)


def test_keyness_of_attribution_stances():
    documents = [{"doc_id": "a", "words": 1000, "genre": "article"},
                 {"doc_id": "s", "words": 1000, "genre": "statement"}]
    attributions = ([{"doc_id": "a", "attribution_id": i, "cue_start": i, "cue_end": i + 1,
                      "cue": "claimed", "stance": "distancing"} for i in range(9)]
                    + [{"doc_id": "s", "attribution_id": 0, "cue_start": 0, "cue_end": 4,
                        "cue": "said", "stance": "neutral"}])
    table = keyness(make_analysis(documents, [], attributions), by="genre", a="article",
                    b="statement", level="stance").set_index("item")
    assert set(table.index) == {"distancing", "neutral"}
    assert (table.loc["distancing", "count_a"], table.loc["distancing", "count_b"]) == (9, 0)
    assert table.loc["distancing", "category"] == "attribution"
