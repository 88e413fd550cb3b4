"""From an analysis to count matrices: documents x items (categories, subtypes or lemmas).

Every statistic in :mod:`toolkit.stats` starts here. A :class:`CountMatrix` holds, for one
``level``, the number of markers of each item in each document and each document's
``words`` (alphabetic tokens, the denominator of every rate, DESIGN.md). Items that never
occur still get a column at the category and subtype levels (every category and subtype of
MARKERS.md), so a zero count is a row of every table, never a missing one.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace
from types import SimpleNamespace

import numpy as np
import pandas as pd

from ..errors import ToolkitError
from ..lexicon import CATEGORIES, STANCES, SUBTYPES

__all__ = ["ComparisonError", "SMALL_GROUP", "is_small_group", "LEVELS", "ATTRIBUTION_LEVELS",
           "CountMatrix", "item_rows", "count_matrix", "group_index", "by_columns", "subset",
           "resolve_group"]

#: the item columns of each level: the item itself last, its category beside it
LEVELS: dict[str, tuple[str, ...]] = {
    "category": ("category",),
    "subtype": ("category", "subtype"),
    "lemma": ("category", "lemma"),
    # attribution relations, counted by their cue (category "attribution")
    "stance": ("category", "stance"),
    "kind": ("category", "kind"),
    "source_type": ("category", "source_type"),
    "cue": ("category", "cue"),
}
#: levels read from the attributions table rather than the markers table
ATTRIBUTION_LEVELS = ("stance", "kind", "source_type", "cue")
ATTRIBUTION = "attribution"
#: the one small-group rule: a group (a document alone included) of fewer documents than
#: this gets no document-level inference, and its bootstrap interval is too narrow to trust
SMALL_GROUP = 5
UNSPECIFIED = "(unspecified)"


class ComparisonError(ToolkitError, ValueError):
    """A statistic was asked for with an argument the data cannot answer (unknown column,
    group, level...)."""


@dataclass(frozen=True)
class CountMatrix:
    """Marker counts of one level: ``counts[i, j]`` markers of item ``j`` in document ``i``.

    ``documents`` is the analysis's documents table (row ``i`` is document ``i``),
    ``items`` a table of the level's item columns (row ``j`` is item ``j``), ``words`` each
    document's word count (float, for arithmetic)."""

    level: str
    documents: pd.DataFrame
    items: pd.DataFrame
    counts: np.ndarray
    words: np.ndarray

    @property
    def item_columns(self) -> list[str]:
        return list(LEVELS[self.level])


def is_small_group(n_docs):
    """Whether a group of ``n_docs`` documents (a number or an array) is below the one
    small-group rule (:data:`SMALL_GROUP`), the same for every grouping, ``doc_id``
    included."""
    return np.asarray(n_docs) < SMALL_GROUP


def check_level(level: str) -> tuple[str, ...]:
    if level not in LEVELS:
        raise ComparisonError(f"level={level!r} is not one of {sorted(LEVELS)}")
    return LEVELS[level]


def _tables(analysis) -> tuple[pd.DataFrame, pd.DataFrame]:
    try:
        documents, markers = analysis.documents, analysis.markers
    except AttributeError as exc:
        raise ComparisonError("expected an Analysis (from toolkit.analyze) with .documents and "
                              f".markers tables; got {type(analysis).__name__}") from exc
    for name, table, needed in (("documents", documents, {"doc_id", "words"}),
                                ("markers", markers, {"doc_id", "category"})):
        missing = needed - set(table.columns)
        if missing:
            raise ComparisonError(f"the {name} table has no column(s) {sorted(missing)}")
    return documents, markers


def known_items(level: str) -> list[tuple[str, ...]]:
    if level == "category":
        return [(c,) for c in CATEGORIES]
    if level == "subtype":
        return [(c, s) for c, subs in SUBTYPES.items() for s in subs]
    if level == "stance":
        return [(ATTRIBUTION, s) for s in STANCES]
    return []


def item_rows(analysis, level: str) -> pd.DataFrame:
    """One row per counted thing at ``level``: ``doc_id``, the level's item columns and
    ``position`` (start / len(text)). Markers for the marker levels; attribution relations
    (by their cue) for ``stance``, ``kind``, ``source_type`` and ``cue`` (lower-cased)."""
    keys = list(check_level(level))
    if level not in ATTRIBUTION_LEVELS:
        _, markers = _tables(analysis)
        missing = set(keys) - set(markers.columns)
        if missing:
            raise ComparisonError(f"level={level!r} needs the markers column(s) "
                                  f"{sorted(missing)}")
        rows = markers[["doc_id", *keys]].copy()
        rows["position"] = (markers["position"] if "position" in markers.columns
                            else np.nan)
    else:
        attributions = getattr(analysis, "attributions", None)
        if attributions is None or not {"doc_id", level, "cue_start"} <= set(
                attributions.columns):
            raise ComparisonError(f"level={level!r} needs the attributions table with the "
                                  f"columns doc_id, cue_start and {level!r}")
        texts = getattr(analysis, "texts", {}) or {}
        rows = pd.DataFrame({"doc_id": attributions["doc_id"].astype(str),
                             "category": ATTRIBUTION, level: attributions[level]})
        if level == "cue":
            rows["cue"] = rows["cue"].str.casefold()
        lengths = rows["doc_id"].map(lambda d: max(1, len(texts.get(d, ""))))
        rows["position"] = (pd.to_numeric(attributions["cue_start"]).astype(float)
                            / lengths.astype(float)).to_numpy()
        if not texts:
            rows["position"] = np.nan
    rows["doc_id"] = rows["doc_id"].astype(str)
    for key in keys:
        rows[key] = rows[key].astype("object").where(rows[key].notna(), UNSPECIFIED)
        rows[key] = rows[key].astype(str)
    return rows.reset_index(drop=True)


def count_matrix(analysis, level: str = "category") -> CountMatrix:
    """The documents x items count matrix of ``analysis`` at ``level``.

    Items: every category (or category/subtype pair) of MARKERS.md in its order, then any
    other seen in the markers table (sorted); at the lemma level, every (category, lemma)
    pair seen, sorted; the attribution levels count relations (category ``attribution``),
    every stance of MARKERS.md listed."""
    keys = list(check_level(level))
    documents, _ = _tables(analysis)
    documents = documents.reset_index(drop=True)
    doc_ids = documents["doc_id"].astype(str)
    if doc_ids.duplicated().any():
        raise ComparisonError("the documents table repeats doc_id "
                              f"{doc_ids[doc_ids.duplicated()].iloc[0]!r}")
    marks = item_rows(analysis, level)
    unknown = set(marks["doc_id"]) - set(doc_ids)
    if unknown:
        raise ComparisonError(f"markers of document(s) {sorted(unknown)[:5]} that are not in "
                              "the documents table")
    seen = sorted(set(map(tuple, marks[keys].itertuples(index=False, name=None))))
    known = known_items(level)
    items = known + [item for item in seen if item not in set(known)]
    item_index = {item: j for j, item in enumerate(items)}
    doc_index = {d: i for i, d in enumerate(doc_ids)}
    counts = np.zeros((len(doc_ids), len(items)), dtype=np.int64)
    if len(marks):
        rows = marks["doc_id"].map(doc_index).to_numpy()
        cols = np.fromiter((item_index[t] for t in marks[keys].itertuples(index=False,
                                                                          name=None)),
                           dtype=np.int64, count=len(marks))
        np.add.at(counts, (rows, cols), 1)
    words = pd.to_numeric(documents["words"]).fillna(0).to_numpy(dtype=float)
    documents = documents.assign(doc_id=doc_ids)
    return CountMatrix(level, documents, pd.DataFrame(items, columns=keys), counts, words)


def by_columns(documents: pd.DataFrame, by: str | Sequence[str]) -> list[str]:
    """``by`` as a list of documents columns; an unknown column raises, naming the choices."""
    columns = [by] if isinstance(by, str) else list(by)
    if not columns:
        raise ComparisonError("by= needs at least one column of the documents table")
    for column in columns:
        if column not in documents.columns:
            raise ComparisonError(f"by={column!r} is not a column of the documents table; "
                                  f"choose from {list(documents.columns)}")
    return columns


def group_index(documents: pd.DataFrame, by: list[str]) -> dict[Hashable, np.ndarray]:
    """``{group value: row positions}`` in the documents table, groups in sorted order;
    a missing value is a group of its own (``NaN``). With several ``by`` columns a group
    value is a tuple."""
    key = by[0] if len(by) == 1 else by
    grouped = documents.reset_index(drop=True).groupby(key, sort=True, dropna=False)
    return {value: np.asarray(rows) for value, rows in grouped.indices.items()}


def resolve_group(groups: dict[Hashable, np.ndarray], value, *, argument: str,
                  by: list[str]) -> tuple[str, np.ndarray]:
    """The label and document rows of ``a``/``b``: one value of ``by`` or a list of values
    pooled into one group."""
    values = list(value) if isinstance(value, (list, set, frozenset)) else [value]
    rows = []
    for v in values:
        if v not in groups:
            shown = [str(g) for g in list(groups)[:12]]
            raise ComparisonError(f"{argument}={v!r} is not a value of {by}; values are "
                                  f"{shown}{' ...' if len(groups) > 12 else ''}")
        rows.append(groups[v])
    label = " + ".join(str(v) for v in values)
    return label, np.unique(np.concatenate(rows))


def subset(analysis, where) -> object:
    """The same analysis restricted to some documents: ``where`` is a list of doc_ids, a
    boolean mask over the documents table, or a :meth:`pandas.DataFrame.query` string
    (``subset(result, "genre == 'UN General Debate speech'")``).

    Markers, attributions and texts keep only those documents; nothing is re-analysed."""
    documents = analysis.documents
    if isinstance(where, str):
        keep = documents.query(where)["doc_id"].astype(str)
    elif isinstance(where, (pd.Series, np.ndarray)) and np.asarray(where).dtype == bool:
        if len(where) != len(documents):
            raise ComparisonError(f"a mask of {len(where)} values for {len(documents)} "
                                  "documents")
        keep = documents.loc[np.asarray(where), "doc_id"].astype(str)
    else:
        keep = pd.Series([str(d) for d in where], dtype=object)
        unknown = set(keep) - set(documents["doc_id"].astype(str))
        if unknown:
            raise ComparisonError(f"where= names documents not in the analysis: "
                                  f"{sorted(unknown)[:5]}")
    ids = set(keep)
    if not ids:
        raise ComparisonError(f"where={where!r} selects no document")

    def only(table: pd.DataFrame | None) -> pd.DataFrame | None:
        if table is None:
            return None
        return table[table["doc_id"].astype(str).isin(ids)].reset_index(drop=True)

    parts = {"documents": only(documents), "markers": only(analysis.markers),
             "attributions": only(getattr(analysis, "attributions", None)),
             "texts": {k: v for k, v in getattr(analysis, "texts", {}).items() if k in ids}}
    if getattr(analysis, "_docs", None) is not None:
        parts["_docs"] = {k: v for k, v in analysis._docs.items() if k in ids}
    try:
        return replace(analysis, **parts)
    except TypeError:  # not a dataclass: a plain namespace with the same tables
        return SimpleNamespace(**parts)
