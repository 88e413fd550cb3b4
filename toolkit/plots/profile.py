"""Marker profile: rates per 1,000 words with 95 % intervals, by category and group."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ._common import Labels, colors_for, new_axes, ordered_items, relabel, require_columns
from .style import NEUTRAL_COLOR, figure_size

__all__ = ["plot_profile", "GROUP_MARKERS", "GROUP_HATCHES"]

#: marker shape of the 1st, 2nd, ... group (colour is the category's)
GROUP_MARKERS = ("o", "s", "^", "D", "v", "P", "X", "<", ">", "h")
#: hatch of the 1st, 2nd, ... group in grouped bars
GROUP_HATCHES = ("", "////", "....", "xxxx", "\\\\\\\\", "++++", "oooo", "----", "||||", "**")


def plot_profile(rates: pd.DataFrame, *, by: str = "doc_id", level: str = "category",
                 kind: str = "dot", order: list[str] | None = None,
                 groups: list[str] | None = None, ax: Axes | None = None,
                 orient: str = "h", group_labels: Labels = None, item_labels: Labels = None,
                 rate_label: str = "Rate per 1,000 words", item_title: str | None = None,
                 title: str | None = None, legend_title: str | None = None,
                 legend: bool | None = None) -> Axes:
    """Dot-and-whisker (``kind="dot"``) or grouped bars (``kind="bar"``) of marker rates.

    ``rates``: the rates table of :func:`toolkit.rates` (columns ``by``, ``level``, ``rate``,
    ``ci_low``, ``ci_high``; ``small_group`` optional). One row (``orient="h"``, the
    default) or column (``"v"``) per item of ``level``
    (categories in MARKERS.md order unless ``order``); the groups of ``by`` side by side,
    told apart by marker shape (dots) or hatching (bars), in ``groups`` order (default: as
    they first appear). Colour is always the item's category. Points of groups with
    ``small_group`` true (fewer than 5 documents, a document alone included: the one rule
    of :func:`toolkit.stats.is_small_group`) are drawn open and the legend says why.
    Whiskers are the table's 95 % intervals (Garwood's exact interval for one document; the
    bootstrap for a group).
    Labels: ``group_labels`` and ``item_labels`` (mappings or callables), ``rate_label``
    (the rate axis), ``item_title`` (the item axis), ``title``, ``legend_title``.

    Returns the Axes.

    >>> ax = plot_profile(toolkit.rates(result), by="doc_id")   # doctest: +SKIP
    """
    name = "plot_profile"
    require_columns(rates, [by, level, "rate", "ci_low", "ci_high"], argument="rates",
                    function=name)
    if kind not in ("dot", "bar"):
        raise ValueError(f"{name}: kind={kind!r}; use 'dot' or 'bar'")
    if orient not in ("h", "v"):
        raise ValueError(f"{name}: orient={orient!r}; use 'h' (items down the side) or 'v'")
    table = rates.copy()
    table[by] = table[by].astype(str)
    table[level] = table[level].astype(str)
    items = ordered_items(table[level], level, order)
    present_groups = list(dict.fromkeys(table[by]))
    groups = [str(g) for g in groups if str(g) in present_groups] if groups else present_groups
    if not items or not groups:
        raise ValueError(f"{name}: nothing to draw (no rows for the items {order} or the "
                         f"groups {groups})")
    categories = (dict(zip(table[level], table["category"].astype(str), strict=False))
                  if "category" in table.columns else None)
    colors = dict(zip(items, colors_for(items, level, categories), strict=True))
    n_items, n_groups = len(items), len(groups)
    horizontal = orient == "h"
    width = 0.8 / n_groups if kind == "bar" else min(0.72 / n_groups, 0.3)
    cells = n_items * n_groups
    ax = new_axes(ax, figure_size("single" if cells <= 36 else "double",
                                  height=max(1.9, 0.9 + (0.07 if horizontal else 0.04) * cells
                                             + 0.12 * n_items)))
    small_any = False
    for g, group in enumerate(groups):
        rows = (table[table[by] == group].drop_duplicates(level).set_index(level)
                .reindex([i for i in items if i in set(table.loc[table[by] == group, level])]))
        if rows.empty:
            continue
        # the first group at the top (horizontal) or at the left (vertical)
        offset = (g - (n_groups - 1) / 2) * width
        x = np.array([items.index(i) for i in rows.index], dtype=float) + offset
        rate = rows["rate"].to_numpy(float)
        low, high = rows["ci_low"].to_numpy(float), rows["ci_high"].to_numpy(float)
        point_colors = [colors[i] for i in rows.index]
        small = (rows["small_group"].fillna(False).astype(bool).to_numpy()
                 if "small_group" in rows.columns else np.zeros(len(rows), bool))
        small_any = small_any or bool(small.any())
        whiskers = ax.hlines if horizontal else ax.vlines
        label = relabel(group, group_labels)
        if kind == "bar":
            draw = ax.barh if horizontal else ax.bar
            draw(x, rate, width * 0.92, color=point_colors,
                 hatch=GROUP_HATCHES[g % len(GROUP_HATCHES)], edgecolor="white",
                 linewidth=0.0, label=label, gid=f"bars:{group}")
            whiskers(x, low, high, colors="#222222", linewidth=0.8, gid=f"whiskers:{group}")
        else:
            whiskers(x, low, high, colors=point_colors, linewidth=1.1, gid=f"whiskers:{group}")
            faces = ["white" if s else c for s, c in zip(small, point_colors, strict=True)]
            xy = (rate, x) if horizontal else (x, rate)
            ax.scatter(*xy, s=20, marker=GROUP_MARKERS[g % len(GROUP_MARKERS)],
                       facecolors=faces, edgecolors=point_colors, linewidths=1.0, zorder=3,
                       label=label, gid=f"points:{group}", clip_on=False)
    names = [relabel(i, item_labels).replace("_", " ") for i in items]
    if horizontal:
        ax.set_yticks(range(n_items), names)
        ax.set_ylim(n_items - 0.5, -0.5)
        ax.set_xlim(left=0)
        ax.xaxis.grid(True)
        ax.set_xlabel(rate_label)
        ax.tick_params(axis="y", length=0)
        ax.spines["left"].set_visible(False)
        if item_title:
            ax.set_ylabel(item_title)
    else:
        ax.set_xticks(range(n_items), names, rotation=0 if n_items <= 4 else 35,
                      ha="center" if n_items <= 4 else "right",
                      rotation_mode="anchor")
        ax.set_xlim(-0.5, n_items - 0.5)
        ax.set_ylim(bottom=0)
        ax.yaxis.grid(True)
        ax.set_ylabel(rate_label)
        if item_title:
            ax.set_xlabel(item_title)
    show_legend = legend if legend is not None else (n_groups > 1 or small_any)
    if show_legend:
        handles = []
        for g, group in enumerate(groups):
            if kind == "bar":
                handles.append(Patch(facecolor="#BBBBBB", edgecolor="white",
                                     hatch=GROUP_HATCHES[g % len(GROUP_HATCHES)],
                                     label=relabel(group, group_labels)))
            else:
                handles.append(Line2D([], [], linestyle="none", color=NEUTRAL_COLOR,
                                      markerfacecolor="#555555", markeredgecolor="#555555",
                                      marker=GROUP_MARKERS[g % len(GROUP_MARKERS)],
                                      label=relabel(group, group_labels)))
        if small_any and kind == "dot":
            handles.append(Line2D([], [], linestyle="none", marker="o",
                                  markerfacecolor="white", markeredgecolor="#555555",
                                  label="open: fewer than 5 documents (no test)"))
        text = sum(len(h.get_label()) + 4 for h in handles)
        ncols = len(handles) if text <= 44 else 1  # long labels stack: a row would not fit
        ax.legend(handles=handles, title=legend_title, loc="lower left",
                  bbox_to_anchor=(0.0, 1.0), ncols=ncols, borderaxespad=0.2,
                  columnspacing=1.0)
        rows = -(-len(handles) // ncols) + (1 if legend_title else 0)
    else:
        rows = 0
    if title:
        ax.set_title(title, pad=6 + 10.5 * rows)
    return ax
