"""Keyness: which markers one statement or group uses more than another.

**Significance is tested over documents** (:mod:`.documents`): by default a permutation test
of the difference in the two groups' rates, relabelling whole documents (exact when there are
at most 10,000 splits), or Lijffijt et al.'s (2016) bootstrap test (``test="bootstrap"``).
Markers cluster in documents (a speaker's habit, a page layout, a topic), so tests that
treat every word as an independent draw call far too much significant; Lijffijt et al.
(2016, *Digital Scholarship in the Humanities* 31(2)) show it and recommend tests whose unit
is the text. Below 5 documents a side no document-level test is run (``test`` says so,
``p`` and the log ratio's interval are NaN, ``significant`` is false): the one small-group
rule of :func:`.tables.is_small_group`.

**Effect size**: the log ratio, ``log2(rate_a / rate_b)`` (Hardie 2014), with a
bootstrap percentile interval over documents (``log_ratio_low``, ``log_ratio_high``). An
item absent from one group has an infinite log ratio, not Hardie's 0.5-for-zero value
(which gives every item absent from b the same invented log ratio): ``absent_in`` names the
side, and ``log_ratio_bound`` the log ratio if the absent side's rate were at the top of
its exact 95 % Poisson interval, a bound on the difference.

**Token-level keyness** (kept, and labelled ``token_``): for each item the 2 x 2 table

    |           | group a            | group b            |
    | item      | count_a            | count_b            |
    | other     | words_a - count_a  | words_b - count_b  |

is tested with the log-likelihood ratio G2 (Dunning 1993; Rayson & Garside 2000), computed by
NLTK's ``BigramAssocMeasures.likelihood_ratio`` over that table, with its p-value
(``g2_p``) from the chi-square distribution with one degree of freedom. Where an expected
count of the item in either group is below 5, Fisher's exact test
(``scipy.stats.fisher_exact``, two-sided) is used instead (``token_test`` says which). G2
measures how unexpected the pooled counts are, a keyness score; its p-value
(``token_p``) assumes independent words, and is kept for comparison with corpus tools,
not for inference (``test="token"`` restores it as ``significant``).

Many markers are tested at once, so p-values are adjusted with Benjamini & Hochberg's
(1995) false discovery rate (``scipy.stats.false_discovery_control``) over every test in
the returned table (all items, all comparisons; ``family="comparison"`` adjusts within each
comparison instead), separately for the document-level ``p`` (``p_adj``) and the
token-level ``token_p`` (``token_p_adj``). ``significant`` is ``p_adj < alpha``.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np
import pandas as pd
from scipy import stats

from .documents import (
    N_PERMUTATIONS,
    N_RESAMPLES,
    NO_INFERENCE,
    PERMUTATION,
    TESTS,
    document_tests,
)
from .tables import (
    ComparisonError,
    by_columns,
    count_matrix,
    group_index,
    is_small_group,
    resolve_group,
)

__all__ = ["keyness", "keyness_counts", "log_ratio", "REST", "FISHER_BELOW", "TOKEN",
           "KEYNESS_COLUMNS"]

REST = "rest"
#: Fisher's exact test replaces G2 where an expected count is below this
FISHER_BELOW = 5.0
PER_WORDS = 1000.0
#: ``test="token"``: significance from the pooled G2 / Fisher test (not recommended)
TOKEN = "token"
KEYNESS_COLUMNS = [
    "item", "category", "group_a", "group_b", "n_docs_a", "n_docs_b", "count_a", "count_b",
    "docs_with_a", "docs_with_b", "words_a", "words_b", "rate_a", "rate_b", "log_ratio",
    "log_ratio_low", "log_ratio_high", "absent_in", "log_ratio_bound", "test", "p", "p_adj",
    "significant", "higher_in", "small_group", "token_test", "g2", "g2_p", "fisher_p",
    "token_p", "token_p_adj", "token_significant", "expected_a", "expected_b", "level"]


def log_ratio(count_a, words_a, count_b, words_b, *, zero: float | None = 0.5) -> np.ndarray:
    """Hardie's (2014) log ratio: binary log of the ratio of relative frequencies, with
    ``zero`` (Hardie: 0.5) in place of a zero count; ``zero=None`` keeps the zero (an item
    absent from one side then has an infinite log ratio, as in the keyness table)."""
    a = np.asarray(count_a, dtype=float)
    b = np.asarray(count_b, dtype=float)
    if zero is not None:
        a, b = np.where(a == 0, zero, a), np.where(b == 0, zero, b)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.log2((a / np.asarray(words_a, dtype=float)) / (b / np.asarray(words_b,
                                                                                 dtype=float)))


def keyness_counts(count_a, count_b, words_a: float, words_b: float) -> pd.DataFrame:
    """The token-level keyness statistics for arrays of counts pooled over two samples of
    ``words_a`` and ``words_b`` words (no multiple-test adjustment): ``g2``, ``g2_p``,
    ``expected_a``, ``expected_b``, ``fisher_p``, ``token_test``, ``token_p``,
    ``hardie_log_ratio`` (0.5 for a zero count). Every word is taken as an independent draw
    (Dunning 1993): see the module docstring for why the keyness table's ``p`` is a
    document-level test instead."""
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
    return pd.DataFrame({"g2": g2, "g2_p": p, "expected_a": expected_a,
                         "expected_b": expected_b, "fisher_p": fisher_p,
                         "token_test": np.where(small, "Fisher", "G2"),
                         "token_p": np.where(small, fisher_p, p),
                         "hardie_log_ratio": log_ratio(ca, words_a, cb, words_b)})


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


def _adjust(table: pd.DataFrame, column: str, family: str) -> np.ndarray:
    """Benjamini-Hochberg over the non-missing p-values of ``column`` (the whole table, or
    each comparison): a test not run is not part of the family."""
    adjusted = np.full(len(table), np.nan)
    blocks = ([np.arange(len(table))] if family == "table" else
              [np.asarray(rows) for rows in table.groupby(["group_a", "group_b"],
                                                          sort=False).indices.values()])
    for rows in blocks:
        p = table[column].to_numpy(dtype=float)[rows]
        tested = ~np.isnan(p)
        if tested.any():
            adjusted[rows[tested]] = stats.false_discovery_control(p[tested], method="bh")
    return adjusted


def keyness(analysis, *, by: str | Sequence[str], a=None, b=None, level: str = "lemma",
            alpha: float = 0.05, family: str = "table", test: str = PERMUTATION,
            n_permutations: int = N_PERMUTATIONS, n_resamples: int = N_RESAMPLES,
            seed: int = 2024) -> pd.DataFrame:
    """Keyness of markers between two statements or groups, or each group against the rest,
    tested over documents.

    ``by``: a documents column (``"doc_id"``, ``"speaker"``, ``"genre"``...) or columns.
    ``a``, ``b``: a value of ``by`` or a list of values pooled into one group; ``b=None``
    compares ``a`` with every other document; ``a=None`` (and ``b=None``) compares each group
    with all the others pooled ("the five speeches against each other").
    ``level``: ``"lemma"``, ``"subtype"`` or ``"category"``. Items absent from both groups
    are not tested.
    Attribution relations count too, at their cue: ``level="stance"``, ``"kind"``,
    ``"source_type"`` or ``"cue"`` (category ``attribution``).
    ``test``: ``"permutation"`` (default: documents relabelled, exact up to 10,000 splits,
    else ``n_permutations`` random ones), ``"bootstrap"`` (Lijffijt et al. 2016,
    ``n_resamples``; anti-conservative below 20 documents a side, see
    reports/calibration.md) or ``"token"`` (the pooled G2 / Fisher test decides
    ``significant``: words as independent draws, for comparison only).

    Columns: ``item``, ``category``, ``group_a``, ``group_b``, ``n_docs_a``, ``n_docs_b``,
    ``count_a``, ``count_b``, ``docs_with_a``, ``docs_with_b`` (documents holding the item),
    ``words_a``, ``words_b``, ``rate_a``, ``rate_b`` (pooled, per 1,000 words),
    ``log_ratio`` (log2 of rate a over rate b; +/-inf when absent from one side),
    ``log_ratio_low``, ``log_ratio_high`` (bootstrap over documents, 95 %),
    ``absent_in`` (``"a"``, ``"b"`` or ``""``), ``log_ratio_bound``, ``test`` (the
    document-level test, or why none was run), ``p``, ``p_adj`` (Benjamini-Hochberg over
    ``family``), ``significant`` (``p_adj < alpha``), ``higher_in``, ``small_group``
    (fewer than 5 documents a side: no document-level inference), then the token level:
    ``token_test`` (``"G2"`` or ``"Fisher"``), ``g2``, ``g2_p``, ``fisher_p``,
    ``token_p``, ``token_p_adj``, ``token_significant``, ``expected_a``, ``expected_b``;
    and ``level``. Sorted by comparison, then adjusted p-value.

    Sources: Lijffijt et al. (2016) for tests over documents; Hardie (2014) for the log
    ratio; Dunning (1993), Rayson & Garside (2000) for G2; Benjamini & Hochberg (1995);
    see the module docstrings of this module and :mod:`.documents`.

    >>> keyness(result, by="genre", a="White House article", b="White House statement")
    ... # doctest: +SKIP
    """
    if family not in ("table", "comparison"):
        raise ComparisonError(f"family={family!r} is not 'table' or 'comparison'")
    if test not in (*TESTS, TOKEN):
        raise ComparisonError(f"test={test!r} is not one of {[*TESTS, TOKEN]}")
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
                              "n_docs_a": len(rows_a), "n_docs_b": len(rows_b),
                              "count_a": count_a[tested], "count_b": count_b[tested],
                              "words_a": int(words_a), "words_b": int(words_b),
                              "rate_a": count_a[tested] / words_a * PER_WORDS,
                              "rate_b": count_b[tested] / words_b * PER_WORDS})
        documents = document_tests(
            matrix.counts[rows_a][:, tested], matrix.words[rows_a],
            matrix.counts[rows_b][:, tested], matrix.words[rows_b],
            test=PERMUTATION if test == TOKEN else test, n_permutations=n_permutations,
            n_resamples=n_resamples, seed=seed)
        if test == TOKEN:
            documents["doc_test"] = "G2 or Fisher over pooled words (test='token')"
        block = pd.concat([block, documents.rename(columns={"doc_test": "test",
                                                            "doc_p": "p"}),
                           keyness_counts(count_a[tested], count_b[tested], words_a,
                                          words_b)], axis=1)
        block["small_group"] = bool(is_small_group(min(len(rows_a), len(rows_b))))
        if test == TOKEN:
            block["p"] = block["token_p"]
        blocks.append(block)
    table = pd.concat(blocks, ignore_index=True)
    table["p_adj"] = _adjust(table, "p", family)
    table["token_p_adj"] = _adjust(table, "token_p", family)
    table["significant"] = (table["p_adj"] < alpha).astype(bool)
    table["token_significant"] = (table["token_p_adj"] < alpha).astype(bool)
    table["higher_in"] = np.where(table["rate_a"] >= table["rate_b"], table["group_a"],
                                  table["group_b"])
    table["level"] = level
    comparison_order = {pair: i for i, pair in
                        enumerate(dict.fromkeys(zip(table["group_a"], table["group_b"],
                                                    strict=True)))}
    table["_order"] = [comparison_order[pair] for pair in zip(table["group_a"],
                                                              table["group_b"], strict=True)]
    table = table.sort_values(["_order", "p_adj", "token_p"], kind="stable",
                              na_position="last")
    table = table[KEYNESS_COLUMNS].reset_index(drop=True)
    table.attrs.update(level=level, by=columns, alpha=alpha, family=family, test=test,
                       no_inference=NO_INFERENCE)
    return table
