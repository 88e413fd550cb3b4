"""Dispersion: where each marker falls along each statement (a lexical dispersion plot)."""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Patch
from matplotlib.transforms import blended_transform_factory

from ..lexicon import CATEGORIES
from ._common import Labels, new_axes, relabel, require_columns
from .style import category_color, figure_size

__all__ = ["plot_dispersion"]


def plot_dispersion(markers: pd.DataFrame, *, documents: pd.DataFrame | None = None,
                    by: str = "doc_id", categories: list[str] | None = None,
                    order: list[str] | None = None, ax: Axes | None = None,
                    row_labels: Labels | str = None, group: str | None = None,
                    group_labels: Labels = None, lanes: bool = True,
                    xlabel: str = "Position in the statement (share of its text)",
                    title: str | None = None, legend: bool = True) -> Axes:
    """One row per statement, one tick per marker at its ``position`` (start / length of the
    text, 0..1), coloured by category: a lexical dispersion plot (as NLTK's
    ``dispersion_plot``, with statements as rows; Gries 2008 on dispersion).

    ``markers``: the markers table (``doc_id``, ``category``, ``position``). ``documents``
    gives the rows (so a statement without markers still has its row) and, with
    ``row_labels`` naming one of its columns, their labels. With ``lanes`` each category has
    its own lane inside a row, so a token that is two markers (*never*: booster and denial)
    shows both ticks; with a single statement the lanes are named instead of a legend.
    ``group``: a ``documents`` column; a dark line separates its values
    (rows should be sorted by it) and each is named at the right. Returns the Axes.
    """
    require_columns(markers, [by, "category", "position"], argument="markers",
                    function="plot_dispersion")
    table = markers.assign(**{by: markers[by].astype(str)})
    if order is not None:
        rows = [str(r) for r in order]
    elif documents is not None:
        require_columns(documents, [by], argument="documents", function="plot_dispersion")
        rows = [str(r) for r in documents[by]]
    else:
        rows = list(dict.fromkeys(table[by]))
    present = set(table["category"].astype(str))
    cats = ([str(c) for c in categories] if categories is not None
            else [c for c in CATEGORIES if c in present]
            + sorted(c for c in present if c not in CATEGORIES))
    if isinstance(row_labels, str):
        if documents is None:
            raise ValueError("plot_dispersion: row_labels names a column; pass documents")
        require_columns(documents, [row_labels], argument="documents",
                        function="plot_dispersion")
        row_labels = dict(zip(documents[by].astype(str), documents[row_labels].astype(str),
                              strict=True))
    ax = new_axes(ax, figure_size("double", height=1.9 if len(rows) == 1
                                  else max(1.3, 0.75 + 0.28 * len(rows))))
    row_of = {r: i for i, r in enumerate(rows)}
    n_lanes = len(cats) if lanes else 1
    lane_height = 0.8 / max(n_lanes, 1)
    for k, category in enumerate(cats):
        part = table[(table["category"].astype(str) == category) & table[by].isin(row_of)]
        y = part[by].map(row_of).to_numpy(float)
        # row i spans i-0.4 .. i+0.4 (row 0 at the top); lane k from the top of the row
        top = y - 0.4 + (k if lanes else 0) * lane_height
        ax.vlines(part["position"].astype(float).to_numpy(), top, top + lane_height,
                  colors=category_color(category), linewidth=1.0, gid=f"ticks:{category}")
    groups = None
    if group is not None:
        if documents is None:
            raise ValueError("plot_dispersion: group names a column; pass documents")
        require_columns(documents, [group], argument="documents", function="plot_dispersion")
        of = dict(zip(documents[by].astype(str), documents[group].astype(str), strict=True))
        groups = [of.get(r, "") for r in rows]
    for i in range(len(rows) - 1):
        boundary = groups is not None and groups[i] != groups[i + 1]
        ax.axhline(i + 0.5, color="#333333" if boundary else "#DDDDDD",
                   linewidth=0.8 if boundary else 0.5, gid="group-line" if boundary else None)
    if groups is not None:
        at = blended_transform_factory(ax.transAxes, ax.transData)
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or groups[i] != groups[start]:
                ax.text(1.01, (start + i - 1) / 2, textwrap.fill(
                    relabel(groups[start], group_labels), 14), transform=at, ha="left",
                    va="center", fontsize="small")
                start = i
    if len(rows) == 1 and lanes and cats:
        # one statement: name the lanes, and the statement on the axis
        ax.set_yticks([-0.4 + (k + 0.5) * lane_height for k in range(len(cats))], cats)
        ax.set_ylabel(relabel(rows[0], row_labels))
    else:
        ax.set_yticks(range(len(rows)), [relabel(r, row_labels) for r in rows])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda x, _: f"{x:.0%}")
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    ax.set_xlabel(xlabel)
    if title:
        ax.set_title(title)
    if legend and cats and len(rows) > 1:
        ax.legend(handles=[Patch(color=category_color(c), label=c) for c in cats],
                  loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=len(cats),
                  borderaxespad=0.2, handlelength=1.0, columnspacing=1.0)
    return ax
