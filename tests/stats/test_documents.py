"""Tests over documents: the permutation test against scipy.stats.permutation_test and a
written-out enumeration, Lijffijt's bootstrap test and the log ratio's interval against
their formulas and scipy.stats.bootstrap, the bound for absent items, the small-group rule."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest
from scipy import stats

from toolkit.stats.documents import (
    NO_INFERENCE,
    absent_bound,
    bootstrap_test,
    document_tests,
    permutation_test,
)
from toolkit.stats.rates import garwood_interval


def _groups(n_a: int, n_b: int, items: int = 3, seed: int = 7):
    rng = np.random.default_rng(seed)
    words_a = rng.integers(200, 2000, n_a).astype(float)
    words_b = rng.integers(200, 2000, n_b).astype(float)
    counts_a = rng.poisson(words_a[:, None] * np.array([0.01, 0.004, 0.002])[:items])
    counts_b = rng.poisson(words_b[:, None] * np.array([0.004, 0.004, 0.0])[:items])
    return counts_a, words_a, counts_b, words_b


def _rate_difference(counts, words):
    def statistic(x, y, axis=-1):
        x, y = np.asarray(x, dtype=int), np.asarray(y, dtype=int)
        return (counts[x].sum(axis) / words[x].sum(axis)
                - counts[y].sum(axis) / words[y].sum(axis)) * 1000
    return statistic


@pytest.mark.parametrize(("n_a", "n_b"), [(5, 5), (6, 5), (5, 8), (7, 7)])
def test_exact_permutation_p_equals_scipy_permutation_test(n_a, n_b):
    ca, wa, cb, wb = _groups(n_a, n_b)
    ours = permutation_test(ca, wa, cb, wb)
    assert ours["exact"].all()
    counts, words = np.vstack([ca, cb]), np.concatenate([wa, wb])
    for j in range(ca.shape[1]):
        reference = stats.permutation_test(
            (np.arange(n_a), np.arange(n_a, n_a + n_b)), _rate_difference(counts[:, j], words),
            permutation_type="independent", vectorized=True, n_resamples=np.inf)
        assert ours["difference"].iloc[j] == pytest.approx(reference.statistic, rel=1e-12)
        assert ours["p"].iloc[j] == pytest.approx(reference.pvalue, rel=1e-12)


def test_exact_permutation_p_by_enumerating_every_split():
    ca, wa, cb, wb = _groups(5, 5, items=1)
    counts, words = np.concatenate([ca[:, 0], cb[:, 0]]).astype(float), np.concatenate([wa, wb])
    observed = (ca.sum() / wa.sum() - cb.sum() / wb.sum()) * 1000
    differences = []
    for chosen in combinations(range(10), 5):
        a = np.zeros(10, bool)
        a[list(chosen)] = True
        differences.append((counts[a].sum() / words[a].sum()
                            - counts[~a].sum() / words[~a].sum()) * 1000)
    differences = np.array(differences)
    tol = abs(observed) * 1e-12
    expected = min(1.0, 2 * min(np.mean(differences >= observed - tol),
                                np.mean(differences <= observed + tol)))
    row = permutation_test(ca, wa, cb, wb).iloc[0]
    assert row["n_splits"] == 252
    assert row["p"] == pytest.approx(expected, rel=1e-12)


def test_random_permutations_agree_with_scipy_and_never_give_zero():
    ca, wa, cb, wb = _groups(12, 15)  # 17 million splits: random ones
    ours = permutation_test(ca, wa, cb, wb, n_permutations=9999, seed=1)
    assert not ours["exact"].any() and (ours["n_splits"] == 9999).all()
    assert (ours["p"] >= 2 / 10000).all()
    counts, words = np.vstack([ca, cb]), np.concatenate([wa, wb])
    for j in range(ca.shape[1]):
        reference = stats.permutation_test(
            (np.arange(12), np.arange(12, 27)), _rate_difference(counts[:, j], words),
            permutation_type="independent", vectorized=True, n_resamples=9999,
            rng=np.random.default_rng(3))
        # two Monte Carlo estimates of one p-value: within 4 standard errors
        se = np.sqrt(max(reference.pvalue, 1e-3) * (1 - reference.pvalue) / 9999) * 2
        assert ours["p"].iloc[j] == pytest.approx(reference.pvalue, abs=4 * se + 4e-4)


def test_bootstrap_test_is_lijffijts_formula_and_interval_matches_scipy():
    ca, wa, cb, wb = _groups(15, 18, items=2)
    n = 4999
    ours = bootstrap_test(ca, wa, cb, wb, n_resamples=n, seed=5)
    # the same resamples drawn again by hand: p1 and Lijffijt's p
    rng = np.random.default_rng(5)
    ia = rng.integers(0, 15, size=(n, 15))
    ib = rng.integers(0, 18, size=(n, 18))
    rate_a = ca[ia].sum(axis=1) / wa[ia].sum(axis=1)[:, None]
    rate_b = cb[ib].sum(axis=1) / wb[ib].sum(axis=1)[:, None]
    p1 = ((rate_a > rate_b) + 0.5 * (rate_a == rate_b)).mean(axis=0)
    expected = (1 + 2 * n * np.minimum(p1, 1 - p1)) / (1 + n)
    assert ours["p"].to_numpy() == pytest.approx(expected)
    for j in range(2):
        reference = stats.bootstrap(
            (np.arange(15), np.arange(18)),
            lambda x, y, axis=-1, j=j: np.log2(
                (ca[x.astype(int), j].sum(axis) / wa[x.astype(int)].sum(axis))
                / (cb[y.astype(int), j].sum(axis) / wb[y.astype(int)].sum(axis))),
            vectorized=True, paired=False, method="percentile", n_resamples=n,
            rng=np.random.default_rng(11))
        assert ours["log_ratio_low"].iloc[j] == pytest.approx(
            reference.confidence_interval.low, abs=0.08)
        assert ours["log_ratio_high"].iloc[j] == pytest.approx(
            reference.confidence_interval.high, abs=0.08)
        observed = np.log2((ca[:, j].sum() / wa.sum()) / (cb[:, j].sum() / wb.sum()))
        assert ours["log_ratio"].iloc[j] == pytest.approx(observed)


def test_an_item_absent_from_one_side_gets_a_bound_not_an_invented_value():
    _, high = garwood_interval(0)
    bound = absent_bound([14, 0, 3, 0], 9000.0, [0, 5, 2, 0], 12000.0)
    assert bound[0] == pytest.approx(np.log2((14 / 9000) / (float(high) / 12000)))
    assert bound[1] == pytest.approx(np.log2((float(high) / 9000) / (5 / 12000)))
    assert np.isnan(bound[2]) and np.isnan(bound[3])
    # two items absent from b with different counts get different bounds (Hardie's 0.5
    # would give the second one 0.5 too, and both would share the shape of that value)
    two = absent_bound([14, 3], 9000.0, [0, 0], 12000.0)
    assert two[0] > two[1]
    ca, wa, cb, wb = _groups(6, 6)
    table = document_tests(ca, wa, cb, wb)
    assert table.loc[2, "absent_in"] == "b" and table.loc[2, "log_ratio"] == np.inf
    assert np.isnan(table.loc[2, "log_ratio_low"])
    assert table.loc[0, "absent_in"] == ""


@pytest.mark.parametrize(("n_a", "n_b", "tested"), [(4, 10, False), (10, 4, False),
                                                     (1, 1, False), (5, 5, True)])
def test_below_five_documents_a_side_no_document_level_test(n_a, n_b, tested):
    ca, wa, cb, wb = _groups(n_a, n_b)
    table = document_tests(ca, wa, cb, wb)
    assert table["doc_p"].notna().all() == tested
    assert (table["doc_test"] == NO_INFERENCE).all() != tested
    assert table.loc[:1, "log_ratio_low"].notna().all() == tested  # no interval either


def test_documents_without_words_are_left_out_and_bad_shapes_raise():
    ca, wa, cb, wb = _groups(6, 6)
    with_empty = document_tests(np.vstack([ca, np.zeros((1, 3))]), np.append(wa, 0.0), cb,
                                wb)
    without = document_tests(ca, wa, cb, wb)
    assert with_empty["doc_p"].to_numpy() == pytest.approx(without["doc_p"].to_numpy())
    with pytest.raises(ValueError, match="documents x items"):
        permutation_test(ca, wa[:-1], cb, wb)
    with pytest.raises(ValueError, match="test="):
        document_tests(ca, wa, cb, wb, test="t-test")
