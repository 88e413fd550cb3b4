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


def _cut(text: str, limit: int) -> str:
    """``text`` cut at the last word boundary that fits ``limit`` characters, with an
    ellipsis (a word longer than the limit is cut inside)."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if " " in head.strip():
        head = head[: head.rstrip().rfind(" ")]
    return head.rstrip(" ,;:-\u2013\u2014") + "\u2026"


def short_titles(titles: Mapping[str, object], limit: int = 40,
                 min_shared_words: int = 3) -> dict[str, str]:
    """Short, unique row labels from long titles (``{row: title}``), for axes that cannot
    hold a whole headline.

    The leading words that all titles opening with the same ``min_shared_words`` words
    share ("Statement by Press Secretary Jen Psaki on ...", "2020 Country Reports on Human
    Rights Practices: ...") tells the rows nothing: it is replaced by its first word and an
    ellipsis, so that what differs stays visible. The rest is cut at a word boundary to
    ``limit`` characters. A missing or empty title falls back to the row's own name;
    labels that still coincide get " (2)", " (3)"... Returns ``{row: label}``.
    """
    cleaned = {str(k): " ".join(_title_text(v).split()) for k, v in titles.items()}
    words = {k: v.split(" ") for k, v in cleaned.items() if v}
    labels: dict[str, str] = {}
    for key, text in cleaned.items():
        if not text:
            labels[key] = _cut(key, limit)
            continue
        mine = words[key]
        # the titles that open with the same words as this one, and what they all share
        group = [w for w in words.values() if w[:min_shared_words] == mine[:min_shared_words]]
        shared = 0
        if len(group) > 1 and len(mine) > min_shared_words:
            while (shared < len(mine) - 1
                   and all(len(w) > shared + 1 and w[shared] == mine[shared] for w in group)):
                shared += 1
        if shared >= min_shared_words and len(text) > limit:
            text = f"{mine[0]} \u2026 {' '.join(mine[shared:])}"
        labels[key] = _cut(text, limit)
    seen: dict[str, int] = {}
    for key, label in labels.items():
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1:
            suffix = f" ({seen[label]})"
            labels[key] = _cut(label, limit - len(suffix)) + suffix
    return labels


def _title_text(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)
