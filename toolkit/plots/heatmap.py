"""Heatmap: statements by subtypes (or categories), rates per 1,000 words."""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import LinearSegmentedColormap, PowerNorm, to_rgb
from matplotlib.lines import Line2D
from matplotlib.transforms import blended_transform_factory, offset_copy

from ._common import (
    SUBTYPE_CATEGORY,
    Labels,
    new_axes,
    ordered_items,
    relabel,
    require_columns,
    short_titles,
)
from .style import category_color, figure_size

__all__ = ["plot_heatmap", "heatmap_matrix", "SEQUENTIAL"]

#: white to the Okabe-Ito blue to near-black blue; lightness falls monotonically
SEQUENTIAL = LinearSegmentedColormap.from_list(
    "toolkit_sequential", ["#FFFFFF", "#56B4E9", "#0072B2", "#08306B", "#041A33"])


def heatmap_matrix(rates: pd.DataFrame, *, by: str = "doc_id", level: str = "subtype",
                   value: str = "rate", order: str | list[str] | None = None,
                   documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """The matrix a heatmap draws: rows ``by`` (in the chosen order), columns ``level``
    (MARKERS.md order); absent cells are 0.

    ``order``: ``None`` (as in ``documents``, else as in ``rates``), ``"cluster"``
    (average-linkage hierarchical clustering of the rows, leaves in optimal order;
    Bar-Joseph et al. 2001 via ``scipy.cluster.hierarchy``), a column of ``documents``
    (rows sorted by it, then by ``by``), or an explicit list of row names.
    """
    require_columns(rates, [by, level, value], argument="rates", function="plot_heatmap")
    matrix = (rates.assign(**{by: rates[by].astype(str), level: rates[level].astype(str)})
              .pivot_table(index=by, columns=level, values=value, aggfunc="sum",
                           fill_value=0.0))
    matrix = matrix[ordered_items(matrix.columns, level, None)]
    if documents is not None:
        require_columns(documents, [by], argument="documents", function="plot_heatmap")
        rows = [str(r) for r in documents[by] if str(r) in matrix.index]
        rows += [r for r in matrix.index if r not in rows]
    else:
        rows = list(dict.fromkeys(rates[by].astype(str)))
    if isinstance(order, list):
        rows = [str(r) for r in order if str(r) in matrix.index]
    elif order == "cluster":
        if len(rows) > 2:
            from scipy.cluster.hierarchy import leaves_list, linkage

            values = matrix.loc[rows].to_numpy(float)
            leaves = leaves_list(linkage(values, method="average", metric="euclidean",
                                         optimal_ordering=True))
            rows = [rows[i] for i in leaves]
    elif isinstance(order, str):
        if documents is None or order not in documents.columns:
            raise ValueError(f"plot_heatmap: order={order!r} is neither 'cluster' nor a "
                             "column of documents (pass documents=analysis.documents)")
        keys = documents.assign(_row=documents[by].astype(str)).set_index("_row")[order]
        rows = sorted(rows, key=lambda r: (str(keys.get(r, "")), r))
    elif order is not None:
        raise ValueError(f"plot_heatmap: order={order!r}; use None, 'cluster', a column of "
                         "documents or a list of rows")
    return matrix.loc[rows]


def _text_color(rgba) -> str:
    r, g, b = to_rgb(rgba)
    return "black" if 0.299 * r + 0.587 * g + 0.114 * b > 0.5 else "white"


def plot_heatmap(rates: pd.DataFrame, *, by: str = "doc_id", level: str = "subtype",
                 value: str = "rate", order: str | list[str] | None = None,
                 documents: pd.DataFrame | None = None, ax: Axes | None = None,
                 row_labels: Labels | str = None, item_labels: Labels = None,
                 annotate: bool | None = None, cmap=None, gamma: float = 0.5,
                 colorbar_label: str = "Rate per 1,000 words", title: str | None = None,
                 group_lines: bool = True, label_limit: int = 40) -> Axes:
    """Rows ``by`` (statements) by columns ``level`` (subtypes), cells coloured by ``value``
    (default the rate per 1,000 words), white (zero) to dark blue: one hue, lightness
    falling steadily, so it reads the same with any colour vision and in greyscale; the
    scale is a square root (``gamma``) so that rare markers are not lost beside one
    outlier, and the colour bar shows the true values.

    Columns come in MARKERS.md order under a band in each category's colour. ``order``:
    see :func:`heatmap_matrix`; ordered by a ``documents`` column, thin lines separate its
    values, named at the right. ``row_labels``: a mapping, a callable, or a column of
    ``documents`` (e.g. ``"title"``: shortened to ``label_limit`` characters by
    :func:`short_titles`, unique, the row's name where a title is missing). Cells show
    their value when ``annotate`` (default: at most 200 cells). Returns the Axes.
    """
    matrix = heatmap_matrix(rates, by=by, level=level, value=value, order=order,
                            documents=documents)
    n_rows, n_cols = matrix.shape
    if n_rows == 0 or n_cols == 0:
        raise ValueError("plot_heatmap: nothing to draw (no rows or no columns in rates)")
    ax = new_axes(ax, figure_size("double" if n_cols > 8 else "single",
                                  height=min(9.0, max(2.6, 1.6 + 0.15 * n_rows))))
    values = matrix.to_numpy(float)
    top = float(np.nanmax(values)) if np.isfinite(values).any() else 1.0
    norm = PowerNorm(gamma, vmin=0.0, vmax=max(top, 1e-9))
    image = ax.imshow(values, aspect="auto", cmap=cmap or SEQUENTIAL, norm=norm,
                      interpolation="nearest")
    bar = ax.figure.colorbar(image, ax=ax, location="bottom", shrink=0.5, aspect=40,
                             pad=0.01)
    bar.set_label(colorbar_label)
    bar.outline.set_visible(False)
    if isinstance(row_labels, str):
        require_columns(documents if documents is not None else pd.DataFrame(), [row_labels],
                        argument="documents", function="plot_heatmap")
        names = documents.assign(_row=documents[by].astype(str)).set_index("_row")[row_labels]
        row_labels = short_titles({r: names.get(r) for r in matrix.index}, limit=label_limit)
    ax.set_yticks(range(n_rows), [relabel(r, row_labels) for r in matrix.index])
    ax.set_xticks(range(n_cols), [relabel(c, item_labels).replace("_", " ")
                                  for c in matrix.columns], rotation=45, ha="right",
                  rotation_mode="anchor")
    ax.tick_params(length=0)
    # a faint cell grid, so that white (zero) cells still read as cells
    ax.set_xticks(np.arange(n_cols + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(n_rows + 1) - 0.5, minor=True)
    ax.grid(which="minor", color="#E4E4E4", linewidth=0.4)
    ax.grid(which="major", visible=False)
    ax.set_axisbelow(False)
    ax.tick_params(which="minor", length=0)
    for spine in ax.spines.values():
        spine.set_color("#BBBBBB")
        spine.set_linewidth(0.5)
        spine.set_visible(True)
    if annotate is None:
        annotate = n_rows * n_cols <= 200
    if annotate:
        for i in range(n_rows):
            for j in range(n_cols):
                ax.text(j, i, f"{values[i, j]:.1f}" if values[i, j] else "0",
                        ha="center", va="center", fontsize=5.5,
                        color=_text_color(image.cmap(image.norm(values[i, j]))))
    # category bands over the columns
    if level in ("subtype", "category"):
        band = offset_copy(blended_transform_factory(ax.transData, ax.transAxes),
                           fig=ax.figure, y=3, units="points")
        above = offset_copy(band, fig=ax.figure, y=5, units="points")
        cats = [c if level == "category" else SUBTYPE_CATEGORY.get(c, "") for c in
                matrix.columns]
        start = 0
        for j in range(1, n_cols + 1):
            if j == n_cols or cats[j] != cats[start]:
                ax.add_line(Line2D([start - 0.45, j - 0.55], [1.0, 1.0], transform=band,
                                   color=category_color(cats[start]), linewidth=4,
                                   solid_capstyle="butt", clip_on=False,
                                   gid=f"band:{cats[start]}"))
                if level == "subtype":
                    ax.text((start + j - 1) / 2, 1.0, cats[start], transform=above,
                            ha="center", va="bottom", fontsize="x-small")
                start = j
    if group_lines and isinstance(order, str) and order != "cluster" and documents is not None:
        keys = documents.assign(_row=documents[by].astype(str)).set_index("_row")[order]
        groups = [str(keys.get(r, "")) for r in matrix.index]
        start = 0
        label_at = blended_transform_factory(ax.transAxes, ax.transData)
        for i in range(1, n_rows + 1):
            if i == n_rows or groups[i] != groups[start]:
                if i < n_rows:
                    ax.axhline(i - 0.5, color="#333333", linewidth=0.8, gid="group-line")
                ax.text(1.01, (start + i - 1) / 2, textwrap.fill(groups[start], 18),
                        transform=label_at, ha="left", va="center", fontsize="small")
                start = i
    if title:
        ax.set_title(title, pad=22 if level == "subtype" else 10)
    return ax
