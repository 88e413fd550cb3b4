"""Tests whose unit is the document: is a marker more frequent in one group of texts?

Markers cluster in documents: a speaker's habit, a page layout, a topic put many tokens of
one item into a few texts. G2 and Fisher's test on word counts pooled over each group treat
every word as an independent draw, and so call far too much significant when documents
differ among themselves (Lijffijt et al. 2016, *Digital Scholarship in the Humanities*
31(2), who show it for word frequencies and recommend tests whose unit is the text). The
tests here resample or relabel whole documents.

The statistic of both tests is a group's pooled rate, ``sum(counts) / sum(words)`` (the
ratio estimator of :mod:`.rates`), and the effect size the binary log of the ratio of the
two pooled rates (Hardie's 2014 log ratio, without his 0.5 for a zero count: an item absent
from one group has an infinite log ratio and gets a bound instead, see
:func:`absent_bound`).

:func:`permutation_test`
    Relabels documents: every split of the ``n_a + n_b`` documents into groups of ``n_a``
    and ``n_b`` is equally likely when the groups do not differ (exchangeable documents),
    so the share of splits whose difference in rates is at least as extreme as the observed
    one is an exact p-value. Every split is enumerated when there are at most
    ``exact_up_to`` (5 + 5 documents: 252 splits; 7 + 7: 3,432); otherwise
    ``n_permutations`` random splits with a fixed seed and the ``(k + 1) / (n + 1)``
    correction. Two-sided p = twice the smaller tail, capped at 1, as
    ``scipy.stats.permutation_test`` computes it (the tests check the two agree).
:func:`bootstrap_test`
    Lijffijt et al.'s (2016) bootstrap test: each group's documents are resampled with
    replacement ``n_resamples`` times; ``p1`` is the share of resamples where group a's rate
    is above b's (ties count one half) and ``p = (1 + 2 n min(p1, 1 - p1)) / (1 + n)``. The
    same resamples give the percentile interval of the log ratio (Efron & Tibshirani 1993).

Below :data:`~.tables.SMALL_GROUP` (5) documents on either side no document-level test is
run: with 4 + 4 documents the smallest two-sided permutation p-value is 2/70 = 0.029, and a
bootstrap of 4 documents knows nothing of the spread between texts.
"""

from __future__ import annotations

from itertools import combinations
from math import comb

import numpy as np
import pandas as pd

from .rates import garwood_interval
from .tables import SMALL_GROUP, ComparisonError

__all__ = ["permutation_test", "bootstrap_test", "absent_bound", "document_tests",
           "N_PERMUTATIONS", "N_RESAMPLES", "EXACT_UP_TO", "PERMUTATION", "BOOTSTRAP",
           "NO_INFERENCE", "TESTS"]

PER_WORDS = 1000.0
N_PERMUTATIONS = 9999
N_RESAMPLES = 9999
#: every split is enumerated when there are at most this many
EXACT_UP_TO = 10_000
PERMUTATION = "permutation"
BOOTSTRAP = "bootstrap"
TESTS = (PERMUTATION, BOOTSTRAP)
NO_INFERENCE = f"none: fewer than {SMALL_GROUP} documents a side"
#: rows of resamples or splits handled at once (memory: rows x items floats)
_CHUNK_CELLS = 4_000_000


def _as_groups(counts_a, words_a, counts_b, words_b):
    ca = np.asarray(counts_a, dtype=float)
    cb = np.asarray(counts_b, dtype=float)
    ca = ca[:, None] if ca.ndim == 1 else ca
    cb = cb[:, None] if cb.ndim == 1 else cb
    wa = np.asarray(words_a, dtype=float)
    wb = np.asarray(words_b, dtype=float)
    if ca.shape[0] != len(wa) or cb.shape[0] != len(wb) or ca.shape[1] != cb.shape[1]:
        raise ComparisonError("counts must be documents x items, one row per document of "
                              f"its group: got {ca.shape} and {cb.shape} for {len(wa)} and "
                              f"{len(wb)} documents")
    for words in (wa, wb):
        if words.ndim == 2 and words.shape[1] != ca.shape[1]:
            raise ComparisonError(f"words of shape {words.shape}: one word count per "
                                  "document, or one column per item")
    if len(wa) == 0 or len(wb) == 0 or np.any(wa.sum(axis=0) <= 0) or np.any(
            wb.sum(axis=0) <= 0):
        raise ComparisonError("each group needs at least one document with words")
    return ca, wa, cb, wb


def _per_row(words: np.ndarray) -> np.ndarray:
    """(rows,) word totals as a column to divide (rows, items) counts by."""
    return words[:, None] if words.ndim == 1 else words


def _chunk(rows: int, items: int) -> int:
    return max(1, min(rows, _CHUNK_CELLS // max(1, items)))


def _splits(n: int, n_a: int, n_permutations: int, exact_up_to: int, seed: int
            ) -> tuple[np.ndarray, bool]:
    """Boolean (splits, n) masks of group a: all of them, or random ones."""
    if comb(n, n_a) <= exact_up_to:
        masks = np.zeros((comb(n, n_a), n), dtype=bool)
        for row, chosen in enumerate(combinations(range(n), n_a)):
            masks[row, list(chosen)] = True
        return masks, True
    rng = np.random.default_rng(seed)
    return rng.random((n_permutations, n)).argsort(axis=1) < n_a, False


def permutation_test(counts_a, words_a, counts_b, words_b, *,
                     n_permutations: int = N_PERMUTATIONS, exact_up_to: int = EXACT_UP_TO,
                     seed: int = 2024) -> pd.DataFrame:
    """Permutation test over documents of the difference in pooled rates, per item.

    ``counts_a``: a documents x items array (or one column) for group a, ``words_a`` its
    documents' word counts (or a documents x items array: one corpus per column, as in a
    simulation); the same for b. Returns one row per item: ``difference`` (rate
    a minus rate b per 1,000 words), ``p`` (two-sided), ``exact`` (every split
    enumerated), ``n_splits``. Source: Fisher (1935), Good (2005); for documents as the
    unit, Lijffijt et al. (2016). See the module docstring.
    """
    ca, wa, cb, wb = _as_groups(counts_a, words_a, counts_b, words_b)
    counts = np.vstack([ca, cb])
    words = np.concatenate([wa, wb])
    n, n_a = len(words), len(wa)
    total_counts, total_words = counts.sum(axis=0), words.sum(axis=0)
    observed = (ca.sum(axis=0) / wa.sum(axis=0) - cb.sum(axis=0) / wb.sum(axis=0)) * PER_WORDS
    masks, exact = _splits(n, n_a, n_permutations, exact_up_to, seed)
    # ties within floating-point error count as ties (as in scipy.stats.permutation_test)
    gamma = np.abs(observed) * np.finfo(float).eps * 100
    at_least = np.zeros(counts.shape[1])
    at_most = np.zeros(counts.shape[1])
    step = _chunk(len(masks), counts.shape[1])
    for start in range(0, len(masks), step):
        m = masks[start:start + step].astype(float)
        in_a, words_in_a = m @ counts, m @ words
        with np.errstate(invalid="ignore", divide="ignore"):
            difference = (in_a / _per_row(words_in_a) - (total_counts - in_a)
                          / _per_row(total_words - words_in_a)) * PER_WORDS
        at_least += (difference >= observed - gamma).sum(axis=0)
        at_most += (difference <= observed + gamma).sum(axis=0)
    if exact:
        greater, less = at_least / len(masks), at_most / len(masks)
    else:
        greater, less = (at_least + 1) / (len(masks) + 1), (at_most + 1) / (len(masks) + 1)
    p = np.minimum(1.0, 2 * np.minimum(greater, less))
    return pd.DataFrame({"difference": observed, "p": p, "exact": exact,
                         "n_splits": len(masks)})


def _log2_ratio(rate_a: np.ndarray, rate_b: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.log2(rate_a) - np.log2(rate_b)


def bootstrap_test(counts_a, words_a, counts_b, words_b, *, n_resamples: int = N_RESAMPLES,
                   confidence: float = 0.95, seed: int = 2024) -> pd.DataFrame:
    """Lijffijt et al.'s (2016) bootstrap test and the bootstrap interval of the log ratio.

    Each group's documents are resampled with replacement (independently, as
    ``scipy.stats.bootstrap`` does for several samples), ``n_resamples`` times with a fixed
    seed. Returns one row per item: ``log_ratio`` (log2 of rate a over rate b; +/-inf
    when an item is absent from one side), ``log_ratio_low`` and ``log_ratio_high`` (the
    percentile interval, resamples where neither side has the item left out; NaN when the
    item is absent from one side: see :func:`absent_bound`) and ``p`` (Lijffijt's
    ``(1 + 2 n min(p1, 1 - p1)) / (1 + n)``). Sources: Lijffijt et al. (2016); Efron &
    Tibshirani (1993) for the percentile interval.
    """
    ca, wa, cb, wb = _as_groups(counts_a, words_a, counts_b, words_b)
    rng = np.random.default_rng(seed)
    items = ca.shape[1]
    log_ratios = np.empty((n_resamples, items))
    step = _chunk(n_resamples, items)
    for start in range(0, n_resamples, step):
        size = min(step, n_resamples - start)
        rates = []
        for counts, words in ((ca, wa), (cb, wb)):
            n = len(words)
            drawn = rng.integers(0, n, size=(size, n))
            weights = np.bincount((drawn + n * np.arange(size)[:, None]).ravel(),
                                  minlength=size * n).reshape(size, n).astype(float)
            rates.append((weights @ counts) / _per_row(weights @ words))
        log_ratios[start:start + size] = _log2_ratio(*rates)
    undefined = np.isnan(log_ratios)  # neither side has the item in this resample
    above = (log_ratios > 0).sum(axis=0) + 0.5 * ((log_ratios == 0) | undefined).sum(axis=0)
    p1 = above / n_resamples
    p = (1 + 2 * n_resamples * np.minimum(p1, 1 - p1)) / (1 + n_resamples)
    observed = _log2_ratio(ca.sum(axis=0) / wa.sum(axis=0), cb.sum(axis=0) / wb.sum(axis=0))
    tail = (1 - confidence) / 2
    low = np.full(items, np.nan)
    high = np.full(items, np.nan)
    both = np.isfinite(observed)
    defined = ~undefined[:, both]
    if both.any():
        kept = np.where(defined, log_ratios[:, both], np.nan)
        with np.errstate(invalid="ignore"):
            low[both] = np.nanquantile(kept, tail, axis=0, method="inverted_cdf")
            high[both] = np.nanquantile(kept, 1 - tail, axis=0, method="inverted_cdf")
    return pd.DataFrame({"log_ratio": observed, "log_ratio_low": low,
                         "log_ratio_high": high, "p": p})


def absent_bound(count_a, words_a, count_b, words_b, confidence: float = 0.95
                 ) -> np.ndarray:
    """For an item absent from one side, the log ratio it would have if the absent side's
    rate were at the upper end of its exact Poisson interval (Garwood 1936): a bound on how
    far apart the two rates are at least (``>= bound`` when absent in b, ``<= bound``
    when absent in a). NaN where the item is on both sides or on neither."""
    count_a = np.asarray(count_a, dtype=float)
    count_b = np.asarray(count_b, dtype=float)
    _, upper_zero = garwood_interval(0, confidence)
    with np.errstate(divide="ignore", invalid="ignore"):
        in_a_only = np.log2((count_a / words_a) / (float(upper_zero) / words_b))
        in_b_only = np.log2((float(upper_zero) / words_a) / (count_b / words_b))
    return np.where((count_a > 0) & (count_b == 0), in_a_only,
                    np.where((count_b > 0) & (count_a == 0), in_b_only, np.nan))


def document_tests(counts_a, words_a, counts_b, words_b, *, test: str = PERMUTATION,
                   n_permutations: int = N_PERMUTATIONS, n_resamples: int = N_RESAMPLES,
                   exact_up_to: int = EXACT_UP_TO, confidence: float = 0.95,
                   seed: int = 2024) -> pd.DataFrame:
    """Everything the keyness table needs at the document level, per item: ``log_ratio``,
    its bootstrap interval, ``log_ratio_bound`` (items absent from one side), ``docs_with_a``
    and ``docs_with_b`` (documents holding the item), ``doc_test`` (which test) and
    ``doc_p``; when a side has fewer than 5 documents, ``doc_test`` is
    :data:`NO_INFERENCE` and ``doc_p`` and the interval are NaN.

    ``test``: ``"permutation"`` (the default) or ``"bootstrap"`` (Lijffijt et al. 2016)."""
    if test not in TESTS:
        raise ComparisonError(f"test={test!r} is not one of {list(TESTS)}")
    ca, wa, cb, wb = _as_groups(counts_a, words_a, counts_b, words_b)
    # documents without words carry no information about a rate
    ca, wa, cb, wb = ca[wa > 0], wa[wa > 0], cb[wb > 0], wb[wb > 0]
    boot = bootstrap_test(ca, wa, cb, wb, n_resamples=n_resamples, confidence=confidence,
                          seed=seed)
    count_a, count_b = ca.sum(axis=0), cb.sum(axis=0)
    table = pd.DataFrame({
        "log_ratio": boot["log_ratio"], "log_ratio_low": boot["log_ratio_low"],
        "log_ratio_high": boot["log_ratio_high"],
        "log_ratio_bound": absent_bound(count_a, wa.sum(), count_b, wb.sum(), confidence),
        "absent_in": np.where((count_a > 0) & (count_b == 0), "b",
                              np.where((count_b > 0) & (count_a == 0), "a", "")),
        "docs_with_a": (ca > 0).sum(axis=0), "docs_with_b": (cb > 0).sum(axis=0)})
    if min(len(wa), len(wb)) < SMALL_GROUP:
        # no inference: neither a test nor an interval (a bootstrap of 4 documents or fewer
        # knows nothing of the spread between texts)
        table["doc_test"], table["doc_p"] = NO_INFERENCE, np.nan
        table["log_ratio_low"] = table["log_ratio_high"] = np.nan
    elif test == BOOTSTRAP:
        table["doc_test"] = f"bootstrap over documents (Lijffijt; {n_resamples:,} resamples)"
        table["doc_p"] = boot["p"].to_numpy()
    else:
        perm = permutation_test(ca, wa, cb, wb, n_permutations=n_permutations,
                                exact_up_to=exact_up_to, seed=seed)
        splits = int(perm["n_splits"].iloc[0])
        table["doc_test"] = (f"permutation over documents (exact, {splits:,} splits)"
                             if bool(perm["exact"].iloc[0]) else
                             f"permutation over documents ({splits:,} random splits)")
        table["doc_p"] = perm["p"].to_numpy()
    return table
