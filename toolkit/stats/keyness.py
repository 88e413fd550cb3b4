"""Keyness: which markers one statement or group uses more than another.

For each item (lemma, subtype or category) the 2 x 2 table

    |           | group a            | group b            |
    | item      | count_a            | count_b            |
    | other     | words_a - count_a  | words_b - count_b  |

is tested with the log-likelihood ratio G2 (Dunning 1993; Rayson & Garside 2000), computed by
NLTK's ``BigramAssocMeasures.likelihood_ratio`` over that table, with its p-value from the
chi-square distribution with one degree of freedom. Where an expected count of the item in
either group is below 5, G2's chi-square approximation is poor, and Fisher's exact test
(``scipy.stats.fisher_exact``, two-sided) is used instead (``test`` says which).

Effect size: Hardie's (2014) log ratio, ``log2((count_a / words_a) / (count_b /
words_b))``: +1 means twice as frequent in a, -1 half as frequent. A zero count is replaced
by 0.5 in the log ratio only (Hardie's adjustment), so an item absent from one side has a
finite, conservative log ratio.

Many markers are tested at once, so p-values are adjusted with Benjamini & Hochberg's
(1995) false discovery rate (``scipy.stats.false_discovery_control``) over every test in
the returned table (all items, all comparisons; ``family="comparison"`` adjusts within each
comparison instead). ``significant`` is ``p_adj < alpha``.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np
import pandas as pd
from scipy import stats

from .tables import ComparisonError, by_columns, count_matrix, group_index, resolve_group

__all__ = ["keyness", "keyness_counts", "log_ratio", "REST", "FISHER_BELOW"]

REST = "rest"
#: Fisher's exact test replaces G2 where an expected count is below this
FISHER_BELOW = 5.0
PER_WORDS = 1000.0


def log_ratio(count_a, words_a, count_b, words_b) -> np.ndarray:
    """Hardie's (2014) log ratio: binary log of the ratio of relative frequencies, with 0.5
    in place of a zero count."""
    a = np.where(np.asarray(count_a) == 0, 0.5, count_a).astype(float)
    b = np.where(np.asarray(count_b) == 0, 0.5, count_b).astype(float)
    return np.log2((a / np.asarray(words_a, dtype=float)) / (b / np.asarray(words_b,
                                                                             dtype=float)))


def keyness_counts(count_a, count_b, words_a: float, words_b: float) -> pd.DataFrame:
    """The keyness statistics for arrays of counts in two samples of ``words_a`` and
    ``words_b`` words (no multiple-test adjustment): ``g2``, ``p``, ``expected_a``,
    ``expected_b``, ``fisher_p``, ``test``, ``p_test``, ``log_ratio``."""
    from nltk.metrics.association import BigramAssocMeasures  # nltk is slow to import

    ca = np.asarray(count_a, dtype=np.int64)
    cb = np.asarray(count_b, dtype=np.int64)
    if np.any(ca > words_a) or np.any(cb > words_b) or np.any(ca < 0) or np.any(cb < 0):
        raise ComparisonError("a count is negative or larger than its group's words")
    total = words_a + words_b
    g2 = np.array([BigramAssocMeasures.likelihood_ratio(int(a), (int(a + b), words_a), total)
                   for a, b in zip(ca, cb, strict=True)], dtype=float)
    g2 = np.maximum(g2, 0.0)  # NLTK's smoothing constant can leave -1e-15 for equal rates
    expected_a = (ca + cb) * words_a / total
    expected_b = (ca + cb) * words_b / total
    small = np.minimum(expected_a, expected_b) < FISHER_BELOW
    fisher_p = np.array([stats.fisher_exact([[a, b], [words_a - a, words_b - b]]).pvalue
                         if s else np.nan for a, b, s in zip(ca, cb, small, strict=True)],
                        dtype=float)
    p = stats.chi2.sf(g2, 1)
    return pd.DataFrame({"g2": g2, "p": p, "expected_a": expected_a,
                         "expected_b": expected_b, "fisher_p": fisher_p,
                         "test": np.where(small, "Fisher", "G2"),
                         "p_test": np.where(small, fisher_p, p),
                         "log_ratio": log_ratio(ca, words_a, cb, words_b)})


def _comparisons(groups: dict[Hashable, np.ndarray], by: list[str], a, b
                 ) -> list[tuple[str, np.ndarray, str, np.ndarray]]:
    if a is None and b is not None:
        raise ComparisonError("b= given without a=: name group a too, or leave both out "
                              "to compare each group against the rest")
    everything = np.unique(np.concatenate(list(groups.values())))
    if a is None:
        if len(groups) < 2:
            raise ComparisonError(f"by={by} has a single group; nothing to compare")
        pairs = []
        for value, rows in groups.items():
            label = " + ".join(str(v) for v in value) if isinstance(value, tuple) \
                else str(value)
            pairs.append((label, rows, REST, np.setdiff1d(everything, rows)))
        return pairs
    label_a, rows_a = resolve_group(groups, a, argument="a", by=by)
    if b is None:
        label_b, rows_b = REST, np.setdiff1d(everything, rows_a)
    else:
        label_b, rows_b = resolve_group(groups, b, argument="b", by=by)
    if np.intersect1d(rows_a, rows_b).size:
        raise ComparisonError(f"a={a!r} and b={b!r} share documents; the groups must not "
                              "overlap")
    if rows_b.size == 0:
        raise ComparisonError(f"a={a!r} holds every document; there is no rest to compare")
    return [(label_a, rows_a, label_b, rows_b)]


def keyness(analysis, *, by: str | Sequence[str], a=None, b=None, level: str = "lemma",
            alpha: float = 0.05, family: str = "table") -> pd.DataFrame:
    """Keyness of markers between two statements or groups, or each group against the rest.

    ``by``: a documents column (``"doc_id"``, ``"speaker"``, ``"genre"``...) or columns.
    ``a``, ``b``: a value of ``by`` or a list of values pooled into one group; ``b=None``
    compares ``a`` with every other document; ``a=None`` (and ``b=None``) compares each group
    with all the others pooled ("the five speeches against each other").
    ``level``: ``"lemma"``, ``"subtype"`` or ``"category"``. Items absent from both groups
    are not tested.
    Attribution relations count too, at their cue: ``level="stance"``, ``"kind"``,
    ``"source_type"`` or ``"cue"`` (category ``attribution``).

    Columns: ``item``, ``category``, ``group_a``, ``group_b``, ``count_a``, ``count_b``,
    ``words_a``, ``words_b``, ``rate_a``, ``rate_b`` (per 1,000 words), ``g2``, ``p``,
    ``fisher_p`` (NaN unless an expected count is below 5), ``test`` (``"G2"`` or
    ``"Fisher"``), ``p_test`` (the p-value of that test), ``p_adj`` (Benjamini-Hochberg over
    ``family``), ``log_ratio`` (Hardie 2014), ``significant`` (``p_adj < alpha``),
    ``higher_in`` (the group with the higher rate), ``expected_a``, ``expected_b``, ``level``.
    Sorted by comparison, then adjusted p-value.

    Sources: Dunning (1993), Rayson & Garside (2000), Hardie (2014), Benjamini & Hochberg
    (1995); see the module docstring.

    >>> keyness(result, by="genre", a="White House article", b="White House statement")
    ... # doctest: +SKIP
    """
    if family not in ("table", "comparison"):
        raise ComparisonError(f"family={family!r} is not 'table' or 'comparison'")
    matrix = count_matrix(analysis, level)
    columns = by_columns(matrix.documents, by)
    groups = group_index(matrix.documents, columns)
    items = matrix.items
    item_column = items.columns[-1]
    blocks = []
    for label_a, rows_a, label_b, rows_b in _comparisons(groups, columns, a, b):
        count_a = matrix.counts[rows_a].sum(axis=0)
        count_b = matrix.counts[rows_b].sum(axis=0)
        words_a, words_b = float(matrix.words[rows_a].sum()), float(matrix.words[rows_b].sum())
        if words_a <= 0 or words_b <= 0:
            raise ComparisonError(f"group {label_a if words_a <= 0 else label_b!r} has no "
                                  "words")
        tested = (count_a + count_b) > 0
        block = pd.DataFrame({"item": items.loc[tested, item_column].to_numpy(),
                              "category": items.loc[tested, "category"].to_numpy(),
                              "group_a": label_a, "group_b": label_b,
                              "count_a": count_a[tested], "count_b": count_b[tested],
                              "words_a": int(words_a), "words_b": int(words_b),
                              "rate_a": count_a[tested] / words_a * PER_WORDS,
                              "rate_b": count_b[tested] / words_b * PER_WORDS})
        block = pd.concat([block, keyness_counts(count_a[tested], count_b[tested], words_a,
                                                 words_b)], axis=1)
        block["n_docs_a"], block["n_docs_b"] = len(rows_a), len(rows_b)
        blocks.append(block)
    table = pd.concat(blocks, ignore_index=True)
    table["p_adj"] = np.nan
    if len(table):
        if family == "table":
            table["p_adj"] = stats.false_discovery_control(table["p_test"], method="bh")
        else:
            for _, rows in table.groupby(["group_a", "group_b"], sort=False).groups.items():
                table.loc[rows, "p_adj"] = stats.false_discovery_control(
                    table.loc[rows, "p_test"], method="bh")
    table["significant"] = table["p_adj"] < alpha
    table["higher_in"] = np.where(table["rate_a"] >= table["rate_b"], table["group_a"],
                                  table["group_b"])
    table["level"] = level
    order = ["item", "category", "group_a", "group_b", "count_a", "count_b", "words_a",
             "words_b", "rate_a", "rate_b", "g2", "p", "fisher_p", "test", "p_test", "p_adj",
             "log_ratio", "significant", "higher_in", "expected_a", "expected_b", "n_docs_a",
             "n_docs_b", "level"]
    comparison_order = {pair: i for i, pair in
                        enumerate(dict.fromkeys(zip(table["group_a"], table["group_b"],
                                                    strict=True)))}
    table["_order"] = [comparison_order[pair] for pair in zip(table["group_a"],
                                                              table["group_b"], strict=True)]
    table = table.sort_values(["_order", "p_adj", "p_test"], kind="stable")
    table = table[order].reset_index(drop=True)
    table.attrs.update(level=level, by=columns, alpha=alpha, family=family)
    return table
