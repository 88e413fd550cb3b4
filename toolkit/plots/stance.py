"""Figures of the stance triangle: who judges what (:mod:`toolkit.stance`)."""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from ._common import new_axes, require_columns
from .style import NEUTRAL_COLOR, OKABE_ITO, figure_size

__all__ = ["POLARITY_COLORS", "plot_stance_network", "plot_target_rates"]

#: where the holders' and the targets' ends of the edges are (Axes fraction), so that the
#: labels beside them fit inside a double-column figure
_LEFT, _RIGHT = 0.36, 0.74
#: evaluation's polarity: negative vermillion, positive bluish green (Okabe-Ito); what the
#: other categories do to their target, grey
POLARITY_COLORS: dict[str, str] = {"negative": OKABE_ITO["vermillion"],
                                   "positive": OKABE_ITO["bluish_green"]}


def plot_stance_network(stances: pd.DataFrame, doc_id: str, *, category: str = "evaluation",
                        top: int = 12, ax: Axes | None = None, wrap: int = 24,
                        title: str | None = None) -> Axes:
    """Holders (left) and the targets they judge (right) in one statement: one edge per
    holder, target and polarity, coloured by polarity (negative, positive) and as thick as
    the count, labelled with the count. ``stances``: :func:`toolkit.stance.stances` (or
    ``result.stances``); ``category``: which markers draw the edges (``evaluation``; None
    for all). The ``top`` targets by count are drawn. Returns the Axes.
    """
    require_columns(stances, ["doc_id", "holder", "holder_text", "target_entity", "category",
                              "polarity", "count"], argument="stances",
                    function="plot_stance_network")
    rows = stances[(stances["doc_id"] == doc_id) & stances["target_entity"].notna()]
    if category is not None:
        rows = rows[rows["category"] == category]
    totals = rows.groupby("target_entity")["count"].sum().sort_values(ascending=False,
                                                                       kind="stable")
    rows = rows[rows["target_entity"].isin(totals.index[:top])]
    edges = (rows.groupby(["holder", "target_entity", "polarity"], sort=False)["count"].sum()
             .reset_index())
    holders = list(dict.fromkeys(edges["holder"]))
    targets = [t for t in totals.index[:top] if t in set(edges["target_entity"])]
    label_of = {h: ("the writer" if h == "writer" else
                    (rows.loc[rows["holder"] == h, "holder_text"].dropna().iloc[0]
                     if rows.loc[rows["holder"] == h, "holder_text"].notna().any() else h))
                for h in holders}
    height = max(1.6, 0.32 * max(len(targets), len(holders), 1) + 0.6)
    ax = new_axes(ax, figure_size("double", height=height))

    def positions(names):
        n = len(names)
        return {name: (n - 1) / 2 - i for i, name in enumerate(names)}

    left, right = positions(holders), positions(targets)
    widest = max(edges["count"].max() if len(edges) else 1, 1)
    for edge in edges.itertuples(index=False):
        y0, y1 = left[edge.holder], right[edge.target_entity]
        color = POLARITY_COLORS.get(edge.polarity, NEUTRAL_COLOR)
        ax.add_line(Line2D([_LEFT, _RIGHT], [y0, y1], color=color, alpha=0.85,
                           solid_capstyle="round",
                           linewidth=0.8 + 3.2 * edge.count / widest,
                           gid=f"edge:{edge.holder}->{edge.target_entity}:{edge.polarity}"))
        ax.text(_LEFT + 0.7 * (_RIGHT - _LEFT), y0 + 0.7 * (y1 - y0), str(edge.count),
                fontsize="x-small",
                ha="center", va="center", color=color,
                bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"})
    for holder, y in left.items():
        ax.text(_LEFT - 0.02, y, textwrap.fill(textwrap.shorten(label_of[holder], 70), wrap),
                ha="right", va="center", fontsize="small", gid=f"holder:{holder}")
    for target, y in right.items():
        ax.text(_RIGHT + 0.02, y, textwrap.fill(str(target), wrap), ha="left", va="center",
                fontsize="small", gid=f"target:{target}")
    span = max(len(holders), len(targets), 1)
    ax.set_xlim(0, 1)
    ax.set_ylim(-span / 2, span / 2)
    ax.set_axis_off()
    present = [p for p in POLARITY_COLORS if p in set(edges["polarity"])]
    others = sorted(set(edges["polarity"]) - set(POLARITY_COLORS))
    handles = [Line2D([], [], color=POLARITY_COLORS[p], linewidth=2.5, label=p) for p in present]
    handles += [Line2D([], [], color=NEUTRAL_COLOR, linewidth=2.5, label=", ".join(others))
                ] if others else []
    if handles:
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0),
                  ncols=len(handles), frameon=False, fontsize="small")
    if title:
        ax.set_title(title)
    if edges.empty:
        ax.text(0.5, 0.5, f"no {category or 'marker'} with a target in {doc_id}",
                transform=ax.transAxes, ha="center", va="center", color="#444444")
    return ax


def plot_target_rates(table: pd.DataFrame, *, by: str, ax: Axes | None = None,
                      title: str | None = None) -> Axes:
    """A dot plot of the most-judged targets per group: the rate per 1,000 words with its
    interval (from :func:`toolkit.stance.target_rates`), one row per target, one colour and
    vertical offset per group; open symbols for groups of fewer than 5 documents. Returns
    the Axes."""
    require_columns(table, [by, "target_entity", "rate", "ci_low", "ci_high", "small_group"],
                    argument="table", function="plot_target_rates")
    targets = list(dict.fromkeys(table.groupby("target_entity")["rate"].sum()
                                 .sort_values(kind="stable").index))
    groups = list(dict.fromkeys(table[by].astype(str)))
    palette = [OKABE_ITO[c] for c in ("blue", "vermillion", "bluish_green", "orange",
                                      "reddish_purple", "sky_blue", "black")]
    ax = new_axes(ax, figure_size("single", height=max(1.8, 0.3 * len(targets) + 0.9)))
    offsets = np.linspace(-0.25, 0.25, len(groups)) if len(groups) > 1 else [0.0]
    rows = {t: i for i, t in enumerate(targets)}
    for g, (group, offset) in enumerate(zip(groups, offsets, strict=True)):
        part = table[table[by].astype(str) == group]
        y = part["target_entity"].map(rows).to_numpy(dtype=float) + offset
        color = palette[g % len(palette)]
        ax.hlines(y, part["ci_low"], part["ci_high"], color=color, linewidth=1.0,
                  gid=f"interval:{group}")
        small = part["small_group"].astype(bool).to_numpy()
        ax.scatter(part["rate"][~small], y[~small], color=color, s=16, zorder=3,
                   label=group, gid=f"points:{group}")
        if small.any():
            ax.scatter(part["rate"][small], y[small], facecolors="white", edgecolors=color,
                       s=16, zorder=3, label=f"{group} (< 5 documents)")
    ax.set_yticks(range(len(targets)), targets)
    ax.set_xlabel("per 1,000 words (95 % CI over documents)")
    ax.set_xlim(left=0)
    ax.legend(loc="upper left", bbox_to_anchor=(0.0, -0.2), ncols=1, frameon=False,
              fontsize="small")
    if title:
        ax.set_title(title)
    return ax
