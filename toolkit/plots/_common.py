"""What every figure function shares: column checks, the Axes to draw on, labels."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

import pandas as pd
from matplotlib.axes import Axes

from ..lexicon import CATEGORIES, SUBTYPES
from .style import category_color, figure_size

#: the category of each subtype of MARKERS.md
SUBTYPE_CATEGORY: dict[str, str] = {s: c for c, subs in SUBTYPES.items() for s in subs}

Labels = Mapping[str, str] | Callable[[str], str] | None


def require_columns(table: pd.DataFrame, columns: Iterable[str], *, argument: str,
                    function: str) -> None:
    """Raise ValueError naming the missing columns of ``table``."""
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{function}: {argument} must be a pandas DataFrame, got "
                        f"{type(table).__name__}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{function}: {argument} lacks the column(s) {missing}; it has "
                         f"{list(table.columns)}")


def new_axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    """``ax``, or the Axes of a new pyplot figure of ``size`` inches (so notebooks show it)."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax


def relabel(value, labels: Labels) -> str:
    """``labels[value]`` (a mapping) or ``labels(value)`` (a callable), else ``str(value)``."""
    if labels is None:
        return str(value)
    if callable(labels):
        return str(labels(value))
    return str(labels.get(value, value))


def item_category(item: str, level: str, table_category=None) -> str:
    """The category an item of ``level`` belongs to (for its colour)."""
    if table_category is not None and isinstance(table_category, str):
        return table_category
    if level == "category":
        return str(item)
    if level == "subtype":
        return SUBTYPE_CATEGORY.get(str(item), "")
    return ""


def ordered_items(values: Iterable[str], level: str, order: list[str] | None) -> list[str]:
    """Items in ``order``, else categories/subtypes in MARKERS.md order, else sorted."""
    present = list(dict.fromkeys(str(v) for v in values))
    if order is not None:
        return [str(v) for v in order if str(v) in present]
    canon = {"category": list(CATEGORIES),
             "subtype": [s for subs in SUBTYPES.values() for s in subs]}.get(level)
    if canon is not None:
        return [v for v in canon if v in present] + sorted(v for v in present if v not in canon)
    return sorted(present)


def colors_for(items: Iterable[str], level: str, categories: Mapping[str, str] | None = None
               ) -> list[str]:
    """The house colour of each item (by its category)."""
    categories = categories or {}
    return [category_color(categories.get(i) or item_category(i, level)) for i in items]


__all__ = ["require_columns", "new_axes", "relabel", "ordered_items", "colors_for",
           "item_category", "SUBTYPE_CATEGORY", "figure_size"]
