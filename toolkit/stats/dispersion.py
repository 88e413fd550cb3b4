"""Dispersion: where in a text, and across which texts, the markers fall.

A marker's ``position`` is ``start / len(text)`` (0 = the first character, 1 = the end;
DESIGN.md). For one document, Gries's (2008) deviation of proportions

    DP = 0.5 * sum_i |observed_i - expected_i|

compares the share of the document's markers in each of ten equal parts of its text
(``observed_i``) with the share of the text that part is (``expected_i = 0.1``): 0 is an
even spread, values near 1 - 0.1 = 0.9 mean every marker sits in one tenth. For a group
the parts are its documents, sized by their words (``expected_i = words_i / words``), so DP
says whether a group's markers come from all its documents or from a few.
``dp_norm`` divides by the largest value DP can take, ``1 - min(expected_i)`` (Lijffijt &
Gries 2012), so that 1 always means "all in the smallest part".

``first_half_share`` and its two-sided binomial test (``scipy.stats.binomtest`` against
0.5, uncorrected) show front-loading ("front-loaded denial"); :func:`position_shares`
gives the share per half, decile or any number of equal parts ("a hedged ending").
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import stats

from .tables import LEVELS, ComparisonError, by_columns, group_index, item_rows, known_items

__all__ = ["dispersion", "position_shares", "gries_dp", "first_half_p", "TEXT_PARTS"]

#: equal parts of one text for a document's DP
TEXT_PARTS = 10


def gries_dp(observed, expected) -> tuple[float, float]:
    """Gries's (2008) DP and its normalised form (Lijffijt & Gries 2012) for counts per part
    ``observed`` and part sizes ``expected`` (any scale). NaN where there is no count or only
    one part.

    >>> gries_dp([1, 2, 3, 4, 5], [9, 10, 10, 10, 11])[0]           # doctest: +ELLIPSIS
    0.18...
    """
    observed = np.asarray(observed, dtype=float)
    expected = np.asarray(expected, dtype=float)
    if observed.sum() <= 0 or len(observed) < 2 or expected.sum() <= 0:
        return float("nan"), float("nan")
    o = observed / observed.sum()
    e = expected / expected.sum()
    dp = 0.5 * float(np.abs(o - e).sum())
    return dp, dp / (1.0 - float(e.min()))


def _marker_positions(analysis, level: str) -> pd.DataFrame:
    table = item_rows(analysis, level)
    table["position"] = pd.to_numeric(table["position"]).astype(float).clip(0.0, 1.0)
    if table["position"].isna().any():
        raise ComparisonError(f"level={level!r}: some rows have no position (markers need "
                              "a 'position' column; attributions need the texts)")
    return table


def _items(positions: pd.DataFrame, level: str) -> pd.DataFrame:
    keys = list(LEVELS[level])
    seen = sorted(set(positions[keys].itertuples(index=False, name=None)))
    known = known_items(level)
    return pd.DataFrame(known + [i for i in seen if i not in set(known)], columns=keys)


def _setup(analysis, level: str, by):
    """What both dispersion tables start from: the marker positions, the item key columns,
    the items, the documents (string ids), the ``by`` columns and the groups' rows."""
    positions = _marker_positions(analysis, level)
    keys = list(LEVELS[level])
    items = _items(positions, level)
    documents = analysis.documents.reset_index(drop=True).assign(
        doc_id=lambda d: d["doc_id"].astype(str))
    columns = by_columns(documents, by)
    return positions, keys, items, documents, columns, group_index(documents, columns)


def _part_of(position: np.ndarray, parts: int) -> np.ndarray:
    return np.minimum((position * parts).astype(int), parts - 1)


def dispersion(analysis, *, by: str | Sequence[str] = "doc_id", level: str = "category",
               parts: int = TEXT_PARTS) -> pd.DataFrame:
    """Positions and Gries's DP of markers, per document or per group and item.

    ``by="doc_id"``: per document, DP over ``parts`` equal parts of its text. Any other
    documents column(s): per group, DP over the group's documents sized by words (NaN for
    a group of one document), positions pooled. ``level``: ``"category"``, ``"subtype"`` or
    ``"lemma"``.
    Attribution relations count too, at their cue: ``level="stance"``, ``"kind"``,
    ``"source_type"`` or ``"cue"`` (category ``attribution``).

    Columns: the ``by`` column(s), ``category`` (and ``subtype`` or ``lemma``), ``n``
    (markers), ``mean_position``, ``median_position``, ``first_half_share``,
    ``first_half_p`` (binomial test against 0.5), ``dp``, ``dp_norm``, ``dp_parts`` (what
    the parts were), ``n_docs``. Every category (or subtype) for every document, zero
    counts included (positions and DP NaN); at the lemma level only the lemmas present in a
    document or group.

    Sources: Gries (2008); Lijffijt & Gries (2012).
    """
    positions, keys, items, documents, columns, groups = _setup(analysis, level, by)
    per_document = columns == ["doc_id"]
    words = pd.to_numeric(documents["words"]).fillna(0).to_numpy(dtype=float)
    doc_position = {d: i for i, d in enumerate(documents["doc_id"])}
    positions["row"] = positions["doc_id"].map(doc_position)
    if positions["row"].isna().any():
        raise ComparisonError("markers of documents that are not in the documents table: "
                              f"{sorted(positions.loc[positions['row'].isna(), 'doc_id'])[:5]}")
    item_index = {item: j for j, item in enumerate(items.itertuples(index=False, name=None))}
    positions["item"] = [item_index[t] for t in positions[keys].itertuples(index=False,
                                                                           name=None)]
    # the positions of each (document row, item), split once from one sorted array
    n_items = len(item_index)
    key = positions["row"].to_numpy(dtype=np.int64) * n_items + positions["item"].to_numpy()
    order = np.argsort(key, kind="stable")
    found_keys, starts = np.unique(key[order], return_index=True)
    chunks = np.split(positions["position"].to_numpy()[order], starts[1:])
    found = {(int(k) // n_items, int(k) % n_items): chunk
             for k, chunk in zip(found_keys, chunks, strict=True)} if len(key) else {}
    empty = np.array([], dtype=float)
    sparse = level == "lemma"  # lemmas: only those present (a full grid can be millions)
    item_list = list(item_index)
    present: dict[int, set[int]] = {}
    for row, j in found:
        present.setdefault(row, set()).add(j)
    records = []
    for value, rows in groups.items():
        values = value if isinstance(value, tuple) else (value,)
        wanted = sorted({j for r in rows for j in present.get(int(r), ())}) if sparse \
            else range(n_items)
        for j in wanted:
            item = item_list[j]
            per_doc = [found.get((r, j), empty) for r in rows]
            pos = np.concatenate(per_doc) if per_doc else empty
            n = len(pos)
            if per_document:
                observed = np.bincount(_part_of(pos, parts), minlength=parts)
                dp, dp_norm = gries_dp(observed, np.ones(parts))
                dp_parts = f"{parts} equal parts of the text"
            else:
                observed = np.array([len(p) for p in per_doc])
                dp, dp_norm = gries_dp(observed, words[rows])
                dp_parts = "documents sized by words"
            first = int((pos < 0.5).sum())
            records.append({**dict(zip(columns, values, strict=True)),
                            **dict(zip(keys, item, strict=True)), "n": n,
                            "mean_position": float(pos.mean()) if n else np.nan,
                            "median_position": float(np.median(pos)) if n else np.nan,
                            "first_half_share": first / n if n else np.nan,
                            "first_half": first,
                            "dp": dp, "dp_norm": dp_norm, "dp_parts": dp_parts,
                            "n_docs": len(rows)})
    table = pd.DataFrame.from_records(records)
    table.insert(table.columns.get_loc("first_half") + 1, "first_half_p",
                 first_half_p(table["first_half"].to_numpy(), table["n"].to_numpy()))
    table = table.drop(columns="first_half")
    table.attrs.update(level=level, by=columns, parts=parts)
    return table


def first_half_p(first: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Two-sided exact binomial p-values of ``first`` markers in the first half out of ``n``
    against 0.5, vectorised: for p = 0.5 the two-sided test of ``scipy.stats.binomtest``
    is ``min(1, 2 * P(X <= min(k, n - k)))``. NaN where ``n`` is 0."""
    first = np.asarray(first, dtype=float)
    n = np.asarray(n, dtype=float)
    tail = stats.binom.cdf(np.minimum(first, n - first), n, 0.5)
    return np.where(n > 0, np.minimum(1.0, 2 * tail), np.nan)


def position_shares(analysis, *, by: str | Sequence[str] = "doc_id", level: str = "category",
                    parts: int = 2) -> pd.DataFrame:
    """The share of each document's (or group's) markers in each of ``parts`` equal parts of
    the text: ``parts=2`` for first and second half, ``parts=10`` for deciles.

    Columns: the ``by`` column(s), ``category`` (and ``subtype`` or ``lemma``), ``part``
    (0-based), ``part_start``, ``part_end`` (relative positions), ``count``, ``n`` (markers
    of that item in the document or group), ``share`` (``count / n``, NaN when ``n`` is 0),
    ``expected`` (``1 / parts``)."""
    if not isinstance(parts, int) or parts < 1:
        raise ComparisonError(f"parts={parts!r} must be a positive integer")
    positions, keys, items, documents, columns, groups = _setup(analysis, level, by)
    group_of = {}
    for value, rows in groups.items():
        for r in rows:
            group_of[documents["doc_id"].iloc[r]] = value
    positions["group"] = positions["doc_id"].map(group_of)
    positions["part"] = _part_of(positions["position"].to_numpy(), parts)
    counted = positions.groupby(["group", *keys, "part"], dropna=False).size()
    records = []
    for value in groups:
        values = value if isinstance(value, tuple) else (value,)
        for item in items.itertuples(index=False, name=None):
            counts = [int(counted.get((value, *item, p), 0)) for p in range(parts)]
            n = sum(counts)
            for p, count in enumerate(counts):
                records.append({**dict(zip(columns, values, strict=True)),
                                **dict(zip(keys, item, strict=True)), "part": p,
                                "part_start": p / parts, "part_end": (p + 1) / parts,
                                "count": count, "n": n,
                                "share": count / n if n else np.nan,
                                "expected": 1 / parts})
    table = pd.DataFrame.from_records(records)
    table.attrs.update(level=level, by=columns, parts=parts)
    return table
