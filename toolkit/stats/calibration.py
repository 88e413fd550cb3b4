"""Calibration by simulation: how often each test rejects when nothing differs, and when a
rate doubles.

Null corpora are drawn as discourse corpora look: documents of varied length (uniform
between 200 and 3,000 words) whose counts are negative binomial around ``rate x words``
(NB2 with shape ``k``: each document has its own rate, gamma-distributed around the
group's, so counts cluster in documents as markers do; Cameron & Trivedi 2013, ch. 3).
Both groups draw from the same distribution (``ratio=1``) for the type-I error, or group
a's rate is ``ratio`` times b's for the power. Each column of the arrays is one simulated
corpus, so every test runs over hundreds of corpora at once.

Tests compared at ``alpha``: the permutation test over documents (the toolkit's default),
Lijffijt et al.'s (2016) bootstrap test, and G2 on counts pooled over each group's words
(Dunning 1993; ``scipy.stats.power_divergence`` with ``lambda_="log-likelihood"``). The
rejection rate's 95 % interval is Clopper and Pearson's (``scipy.stats.binomtest``).
``scripts/calibration.py`` (``make calibration``) writes the table and figure of
reports/calibration.md.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import stats

from .documents import bootstrap_test, permutation_test

__all__ = ["simulated_corpora", "pooled_g2_p", "rejection_rates", "TEST_NAMES"]

TEST_NAMES = {"permutation": "permutation over documents",
              "bootstrap": "bootstrap over documents (Lijffijt)",
              "pooled_g2": "G2 on pooled words"}


def simulated_corpora(n_docs: int, corpora: int, *, rate: float = 4.0, ratio: float = 1.0,
                      shape: float = 1.5, words: tuple[int, int] = (200, 3000),
                      seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``corpora`` two-group corpora of ``n_docs`` documents a side: ``(counts_a, words_a,
    counts_b, words_b)``, each ``n_docs x corpora``. ``rate`` per 1,000 words in group b,
    ``ratio x rate`` in a; negative-binomial counts of shape ``shape`` (smaller: more
    overdispersed)."""
    rng = np.random.default_rng(seed)
    out = []
    for group_rate in (rate * ratio, rate):
        lengths = rng.integers(words[0], words[1] + 1, size=(n_docs, corpora)).astype(float)
        mean = lengths * group_rate / 1000.0
        counts = rng.negative_binomial(shape, shape / (shape + mean))
        out += [counts, lengths]
    return out[0], out[1], out[2], out[3]


def pooled_g2_p(counts_a, words_a, counts_b, words_b) -> np.ndarray:
    """G2's p-value (chi-square, 1 degree of freedom) on the 2 x 2 table of counts pooled
    over each group's documents, one per column."""
    ca, cb = np.sum(counts_a, axis=0), np.sum(counts_b, axis=0)
    wa, wb = np.sum(words_a, axis=0), np.sum(words_b, axis=0)
    observed = np.array([ca, cb, wa - ca, wb - cb], dtype=float)
    total = wa + wb
    item = ca + cb
    expected = np.array([item * wa / total, item * wb / total, (total - item) * wa / total,
                         (total - item) * wb / total])
    return stats.power_divergence(observed, expected, ddof=2, axis=0,
                                  lambda_="log-likelihood").pvalue


def rejection_rates(sizes: Sequence[int] = (5, 10, 20, 40), *, corpora: int = 1000,
                    ratio: float = 1.0, alpha: float = 0.05, n_permutations: int = 1999,
                    n_resamples: int = 1999, rate: float = 4.0, shape: float = 1.5,
                    seed: int = 2024) -> pd.DataFrame:
    """How often each test rejects at ``alpha`` over ``corpora`` simulated corpora per size:
    ``n_docs`` (a side), ``test``, ``rejections``, ``corpora``, ``rate`` and its
    Clopper-Pearson 95 % interval (``ci_low``, ``ci_high``), ``ratio`` (1: type-I error;
    otherwise power)."""
    rows = []
    for i, n_docs in enumerate(sizes):
        ca, wa, cb, wb = simulated_corpora(n_docs, corpora, rate=rate, ratio=ratio,
                                           shape=shape, seed=seed + i)
        p = {"permutation": permutation_test(ca, wa, cb, wb, n_permutations=n_permutations,
                                             seed=seed)["p"].to_numpy(),
             "bootstrap": bootstrap_test(ca, wa, cb, wb, n_resamples=n_resamples,
                                         seed=seed)["p"].to_numpy(),
             "pooled_g2": pooled_g2_p(ca, wa, cb, wb)}
        for test, values in p.items():
            k = int(np.sum(values < alpha))
            interval = stats.binomtest(k, corpora).proportion_ci(0.95, method="exact")
            rows.append({"n_docs": n_docs, "test": TEST_NAMES[test], "rejections": k,
                         "corpora": corpora, "rate": k / corpora, "ci_low": interval.low,
                         "ci_high": interval.high, "ratio": ratio})
    return pd.DataFrame(rows)
