"""Rates over time: one line per group, with its 95 % interval as a band."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes

from ._common import Labels, new_axes, relabel, require_columns
from .style import category_color, figure_size

__all__ = ["plot_trend"]

LINE_STYLES = ["-", "--", ":", "-.", (0, (5, 1, 1, 1, 1, 1)), (0, (1, 2))]
POINT_MARKERS = ["o", "s", "^", "D", "v", "P"]


def plot_trend(rates: pd.DataFrame, *, x: str = "year", group: str | None = None,
               category: str | None = None, ax: Axes | None = None,
               group_labels: Labels = None, xlabel: str | None = None,
               ylabel: str = "Rate per 1,000 words", title: str | None = None,
               bands: bool = True, legend: bool = True) -> Axes:
    """A marker category's rate along ``x`` (a year or any ordered column), one line per
    value of ``group`` (e.g. ``iso3``), each with its 95 % interval as a translucent band.

    ``rates``: a rates table of :func:`toolkit.rates` with ``by=[group, x]`` (or ``by=x``)
    and ``level="category"``: columns ``x``, ``group`` (if given), ``category``, ``rate``,
    ``ci_low``, ``ci_high``. ``category``: which category to draw (default: the table's only
    one; a table of several needs it). The line colour is the category's (the same in every
    figure); groups are told apart by line style and point marker, so the figure reads in
    greyscale. Returns the Axes.
    """
    columns = [x, "category", "rate", "ci_low", "ci_high"] + ([group] if group else [])
    require_columns(rates, columns, argument="rates", function="plot_trend()")
    categories = list(dict.fromkeys(rates["category"]))
    if category is None:
        if len(categories) != 1:
            raise ValueError(f"plot_trend(): the table holds the categories {categories}; "
                             "name one with category=")
        category = categories[0]
    table = rates[rates["category"] == category]
    if table.empty:
        raise ValueError(f"plot_trend(): no rows of category {category!r}")
    ax = new_axes(ax, figure_size("single", aspect=0.7))
    color = category_color(category)
    groups = list(dict.fromkeys(table[group])) if group else [None]
    for i, value in enumerate(groups):
        rows = table if value is None else table[table[group] == value]
        numeric = pd.to_numeric(rows[x], errors="coerce")
        rows = rows.assign(_x=numeric if numeric.notna().all() else rows[x].astype(str))
        rows = rows.sort_values("_x")
        label = relabel(value, group_labels) if value is not None else category
        ax.plot(rows["_x"], rows["rate"], color=color, linestyle=LINE_STYLES[i % 6],
                marker=POINT_MARKERS[i % 6], markersize=3, linewidth=1, label=label)
        if bands:
            ax.fill_between(rows["_x"], rows["ci_low"].astype(float),
                            rows["ci_high"].astype(float), color=color, alpha=0.12,
                            linewidth=0)
    ax.set_xlabel(xlabel if xlabel is not None else x)
    ax.set_ylabel(ylabel)
    ax.set_ylim(bottom=0)
    ax.set_title(title if title is not None else f"{category} per 1,000 words", loc="left")
    if legend and group:
        ax.legend(frameon=False, ncols=min(3, len(groups)))
    return ax
