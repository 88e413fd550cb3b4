"""Rates per 1,000 words with 95 % confidence intervals, per document and per group.

A document's rate is ``count / words x 1,000``; its interval is the exact Poisson interval of
Garwood (1936), from the chi-square quantiles (Ulm 1990):

    low  = chi2.ppf(alpha / 2, 2k) / 2          (0 when k = 0)
    high = chi2.ppf(1 - alpha / 2, 2k + 2) / 2

divided by the words and multiplied by 1,000. It covers the true rate at least 95 % of the
time for every rate (it is conservative), under the model that markers occur at random
among a document's words.

A group's rate is pooled: all its markers over all its words (the ratio estimator, so a long
speech weighs more than a short one). Its interval is a bootstrap over the group's
documents, not over words or sentences: documents are what an analyst samples (a
statement, a speech), and markers cluster within them (one speaker's habits, one topic), so
treating every word or sentence as an independent draw would understate the uncertainty of
a group's rate. ``scipy.stats.bootstrap`` with BCa (Efron 1987), 9,999 resamples and a
fixed seed; where BCa cannot be computed (e.g. every resample gives the same rate) the
percentile interval of the same resamples, and where the group has one document or no
marker at all, Garwood's exact interval on the pooled count (a bootstrap of one value, or of
zeros, says nothing). Groups of fewer than 5 documents, a document alone included, are
flagged in ``small_group`` (the one rule of :func:`.tables.is_small_group`): their bootstrap
intervals are too narrow to trust, and no document-level test is run on them.
"""

from __future__ import annotations

import inspect
import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import stats

from .tables import (
    SMALL_GROUP,
    ComparisonError,
    by_columns,
    count_matrix,
    group_index,
    is_small_group,
)

__all__ = ["rates", "garwood_interval", "bootstrap_rate_interval", "GARWOOD", "BCA",
           "PERCENTILE", "SMALL_GROUP", "PER_WORDS"]

PER_WORDS = 1000.0
GARWOOD = "exact Poisson (Garwood)"
BCA = "bootstrap BCa over documents"
PERCENTILE = "bootstrap percentile over documents"
_RNG_ARGUMENT = "rng" if "rng" in inspect.signature(stats.bootstrap).parameters \
    else "random_state"


def garwood_interval(count, confidence: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Garwood's (1936) exact two-sided interval for the mean of a Poisson count.

    ``count``: one count or an array of counts. Returns ``(low, high)`` arrays of means;
    divide by the exposure (words) for a rate. ``low`` is 0 for a zero count.

    >>> low, high = garwood_interval(0)
    >>> round(float(high), 4)
    3.6889
    """
    k = np.asarray(count, dtype=float)
    alpha = 1.0 - confidence
    with np.errstate(invalid="ignore"):
        low = np.where(k > 0, stats.chi2.ppf(alpha / 2, 2 * k) / 2, 0.0)
    high = stats.chi2.ppf(1 - alpha / 2, 2 * k + 2) / 2
    return low, high


def _ratio_statistic(counts: np.ndarray, words: np.ndarray):
    """The pooled rate of each item for index resamples of the documents, vectorised:
    ``idx`` of shape (..., m) -> rates of shape (items, ...)."""
    n = len(words)

    def statistic(idx: np.ndarray, axis: int = -1) -> np.ndarray:
        idx = np.asarray(idx, dtype=np.int64)
        batch_shape, m = idx.shape[:-1], idx.shape[-1]
        flat = idx.reshape(-1, m)
        b = flat.shape[0]
        # how often each document is drawn in each resample: (b, n)
        drawn = np.bincount((flat + n * np.arange(b)[:, None]).ravel(),
                            minlength=b * n).reshape(b, n).astype(float)
        pooled_words = drawn @ words
        with np.errstate(invalid="ignore", divide="ignore"):
            out = (counts @ drawn.T) / pooled_words * PER_WORDS
        return out.reshape(counts.shape[0], *batch_shape)

    return statistic


def bootstrap_rate_interval(counts: np.ndarray, words: np.ndarray, *,
                            confidence: float = 0.95, n_resamples: int = 9999,
                            seed: int = 2024) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Bootstrap intervals of pooled rates (per 1,000 words) over documents.

    ``counts``: (items, documents) marker counts; ``words``: (documents,) word counts.
    Returns ``(low, high, method)`` arrays over items: BCa where it can be computed, else the
    percentile interval of the same resamples (``scipy.stats.bootstrap``, same seed), and
    Garwood's exact interval of the pooled count where there is one document or no marker.
    """
    counts = np.atleast_2d(np.asarray(counts, dtype=float))
    words = np.asarray(words, dtype=float)
    if counts.shape[1] != len(words):
        raise ComparisonError(f"counts for {counts.shape[1]} documents but words for "
                              f"{len(words)}")
    keep = words > 0  # a document without words adds nothing to a pooled rate
    counts, words = counts[:, keep], words[keep]
    k = counts.shape[0]
    total = counts.sum(axis=1)
    g_low, g_high = garwood_interval(total, confidence)
    low = g_low / max(words.sum(), 1.0) * PER_WORDS
    high = g_high / max(words.sum(), 1.0) * PER_WORDS
    method = np.full(k, GARWOOD, dtype=object)
    todo = np.flatnonzero(total > 0) if len(words) > 1 else np.array([], dtype=int)
    if len(todo):
        statistic = _ratio_statistic(counts[todo], words)
        batch = max(16, int(2e7 // (len(words) * (len(todo) + 1))))
        common = dict(statistic=statistic, n_resamples=n_resamples, vectorized=True,
                      confidence_level=confidence, batch=batch)
        index = (np.arange(len(words)),)
        with warnings.catch_warnings():
            # BCa that cannot be computed gives NaN (handled below) and says so in a warning
            warnings.simplefilter("ignore", stats.DegenerateDataWarning)
            warnings.simplefilter("ignore", RuntimeWarning)
            bca = stats.bootstrap(index, method="BCa",
                                  **{_RNG_ARGUMENT: np.random.default_rng(seed)}, **common)
        b_low = np.atleast_1d(bca.confidence_interval.low)
        b_high = np.atleast_1d(bca.confidence_interval.high)
        failed = ~(np.isfinite(b_low) & np.isfinite(b_high))
        low[todo], high[todo], method[todo] = b_low, b_high, BCA
        if failed.any():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", stats.DegenerateDataWarning)
                pct = stats.bootstrap(index, method="percentile", bootstrap_result=bca,
                                      **{_RNG_ARGUMENT: np.random.default_rng(seed)},
                                      **{**common, "n_resamples": 0})
            p_low = np.atleast_1d(pct.confidence_interval.low)
            p_high = np.atleast_1d(pct.confidence_interval.high)
            rows = todo[failed]
            low[rows], high[rows], method[rows] = p_low[failed], p_high[failed], PERCENTILE
    return low, high, method


def rates(analysis, *, by: str | Sequence[str] = "doc_id", level: str = "category",
          confidence: float = 0.95, n_resamples: int = 9999, seed: int = 2024) -> pd.DataFrame:
    """Marker counts and rates per 1,000 words, per document or per group, with intervals.

    ``by``: ``"doc_id"`` (one row per document and item, Garwood's exact interval) or any
    documents column(s) (``"speaker"``, ``"genre"``, ``["government", "genre"]``): one row
    per group and item, the pooled rate with a bootstrap interval over the group's documents
    (see the module docstring). ``level``: ``"category"``, ``"subtype"`` or ``"lemma"``.
    Attribution relations count too, at their cue: ``level="stance"``, ``"kind"``,
    ``"source_type"`` or ``"cue"`` (category ``attribution``).

    Columns: the ``by`` column(s), ``category`` (and ``subtype`` or ``lemma``), ``count``,
    ``words``, ``rate``, ``ci_low``, ``ci_high``, ``ci_method``, ``n_docs``,
    ``small_group`` (fewer than 5 documents: true for every row by ``doc_id``). Every
    category (or subtype) appears for every document or group, zero counts included;
    lemmas appear where seen anywhere.

    Sources: Garwood (1936); Efron (1987) for BCa; DESIGN.md "Statistics".

    >>> rates(result, by="genre")                            # doctest: +SKIP
    """
    matrix = count_matrix(analysis, level)
    columns = by_columns(matrix.documents, by)
    items = matrix.items
    k = len(items)
    blocks = []
    if columns == ["doc_id"]:
        n = len(matrix.documents)
        counts = matrix.counts.ravel()
        words = np.repeat(matrix.words, k)
        low, high = garwood_interval(counts, confidence)
        with np.errstate(invalid="ignore", divide="ignore"):
            scale = np.where(words > 0, PER_WORDS / words, np.nan)
        blocks.append(pd.DataFrame({
            "doc_id": np.repeat(matrix.documents["doc_id"].to_numpy(), k),
            **{c: np.tile(items[c].to_numpy(), n) for c in items.columns},
            "count": counts, "words": words.astype(np.int64),
            "rate": counts * scale, "ci_low": low * scale, "ci_high": high * scale,
            "ci_method": GARWOOD, "n_docs": 1,
            "small_group": bool(is_small_group(1))}))
    else:
        for value, rows in group_index(matrix.documents, columns).items():
            counts = matrix.counts[rows].T  # (items, documents)
            words = matrix.words[rows]
            total_words = words.sum()
            total = counts.sum(axis=1)
            low, high, method = bootstrap_rate_interval(counts, words, confidence=confidence,
                                                        n_resamples=n_resamples, seed=seed)
            values = value if isinstance(value, tuple) else (value,)
            block = pd.DataFrame({c: [v] * k for c, v in zip(columns, values, strict=True)})
            for c in items.columns:
                block[c] = items[c].to_numpy()
            with np.errstate(invalid="ignore", divide="ignore"):
                rate = total / total_words * PER_WORDS if total_words > 0 else \
                    np.full(k, np.nan)
            block = block.assign(count=total, words=int(total_words), rate=rate,
                                 ci_low=low if total_words > 0 else np.nan,
                                 ci_high=high if total_words > 0 else np.nan,
                                 ci_method=method, n_docs=len(rows),
                                 small_group=bool(is_small_group(len(rows))))
            blocks.append(block)
    table = pd.concat(blocks, ignore_index=True)
    table["count"] = table["count"].astype(np.int64)
    table.attrs.update(level=level, by=columns, confidence=confidence,
                       n_resamples=n_resamples, seed=seed)
    return table
