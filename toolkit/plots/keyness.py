"""Keyness: diverging bars of log ratio for the markers that differ between two groups, with
their bootstrap intervals over documents, their counts, and a bound (not an invented value)
for items absent from one side."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ..lexicon import CATEGORIES
from ._common import Labels, new_axes, relabel, require_columns
from .style import CATEGORY_COLORS, category_color, figure_size, with_alpha

__all__ = ["plot_keyness", "plot_keyness_panels", "keyness_rows"]

KEYNESS_COLUMNS = ["item", "category", "group_a", "group_b", "log_ratio"]
LOG_RATIO_LABEL = ("Log ratio (log$_2$ of the ratio of rates)\n"
                   "whiskers: 95 % bootstrap interval over documents")
NO_INFERENCE_TEXT = "no document-level inference:\nfewer than 5 documents a side"
#: opacity of the bars of items that do not differ significantly (significant_only=False)
FADED = 0.35


def drawn_values(rows: pd.DataFrame) -> np.ndarray:
    """Where each bar ends: the log ratio, or for an item absent from one side its bound
    (``log_ratio_bound``, :func:`toolkit.stats.documents.absent_bound`); NaN where an
    infinite log ratio has no bound column (drawn at the axis end)."""
    values = rows["log_ratio"].astype(float).to_numpy()
    if "log_ratio_bound" in rows.columns:
        bound = rows["log_ratio_bound"].astype(float).to_numpy()
        values = np.where(np.isfinite(values), values, bound)
    return values


def keyness_rows(keyness: pd.DataFrame, *, significant_only: bool = True,
                 top: int | None = 20) -> pd.DataFrame:
    """The rows a keyness figure draws: significant ones (column ``significant``), the
    ``top`` largest by absolute log ratio (or bound), sorted by it."""
    rows = keyness
    if significant_only:
        require_columns(keyness, ["significant"], argument="keyness", function="plot_keyness")
        rows = rows[rows["significant"].fillna(False).astype(bool)]
    rows = rows[rows["log_ratio"].notna()]
    # how far the evidence reaches: |log ratio|, or for an absent item its bound in the
    # direction of the estimate (a bound on the wrong side of 0 says little)
    values = rows["log_ratio"].astype(float).to_numpy()
    drawn = drawn_values(rows)
    size = np.where(np.isfinite(values), np.abs(drawn), np.sign(values) * drawn)
    size = np.where(np.isnan(size), np.inf, size)
    rows = rows.assign(_size=size, _drawn=drawn_values(rows))
    if top is not None and len(rows) > top:
        rows = rows.loc[rows["_size"].nlargest(top).index]
    # items absent from one side after every finite one on their side, by their bound
    finite = np.isfinite(rows["log_ratio"].astype(float))
    rows = rows.assign(_sort=np.where(finite, rows["log_ratio"].astype(float),
                                      np.sign(rows["log_ratio"].astype(float)) * 1e6
                                      + rows["_drawn"].fillna(0.0)))
    return rows.sort_values(["_sort", "item"], kind="mergesort").drop(
        columns=["_size", "_drawn", "_sort"])


def legend_handles(categories: list[str], significant_only: bool) -> list[Patch]:
    """Category patches, and the faded patch's meaning when non-significant items show."""
    handles: list = [Patch(color=CATEGORY_COLORS[c], label=c) for c in categories]
    if not significant_only:
        handles.append(Patch(color=with_alpha("#555555", FADED), label="not significant"))
        handles.append(Line2D([], [], linestyle="none", marker="$*$", color="black",
                              markersize=6, label="differs over documents (BH p < 0.05)"))
    return handles


def _no_inference(keyness: pd.DataFrame) -> bool:
    return "small_group" in keyness.columns and len(keyness) > 0 and bool(
        keyness["small_group"].fillna(False).astype(bool).all())


def plot_keyness(keyness: pd.DataFrame, *, significant_only: bool = True,
                 top: int | None = 20, ax: Axes | None = None, label_a: str | None = None,
                 label_b: str | None = None, item_labels: Labels = None,
                 xlabel: str = LOG_RATIO_LABEL, title: str | None = None,
                 end_labels: tuple[str, str] = ("more in {a} \u2192", "\u2190 more in {b}"),
                 legend: bool = True, counts: bool = True) -> Axes:
    """Diverging horizontal bars of log ratio (Hardie 2014), one per item, coloured by
    category; right of zero: more frequent in ``group_a``, left: in ``group_b``.

    ``keyness``: the table of :func:`toolkit.keyness` for one comparison (columns ``item``,
    ``category``, ``group_a``, ``group_b``, ``log_ratio``, and ``significant`` unless
    ``significant_only=False``). Draws the items whose document-level test is significant
    (BH-adjusted), at most ``top`` of them (largest absolute log ratio). Whiskers: the
    bootstrap interval over documents (``log_ratio_low``, ``log_ratio_high``) where the
    table has it. An item absent from one group is not given an invented value: its bar,
    hatched, ends at its bound (``log_ratio_bound``) and says "absent in B (>= bound)".
    ``counts``: write each item's counts (a : b, and the documents holding it) at the
    right, with "absent in B (>= bound)" where it applies (else beside the bar). With
    ``significant_only=False`` every tested item is drawn, the significant ones solid and
    starred, the others faded. When a side has fewer than 5 documents
    (``small_group``), the Axes says there is no document-level inference. With nothing
    to draw, the Axes says so. Returns the Axes.
    """
    name = "plot_keyness"
    require_columns(keyness, KEYNESS_COLUMNS, argument="keyness", function=name)
    comparisons = keyness[["group_a", "group_b"]].drop_duplicates()
    if len(comparisons) > 1:
        raise ValueError(f"{name}: keyness holds {len(comparisons)} comparisons "
                         f"({comparisons.to_records(index=False).tolist()[:3]}...); select "
                         "one, or use plot_keyness_panels")
    group_a = str(keyness["group_a"].iloc[0]) if len(keyness) else "A"
    group_b = str(keyness["group_b"].iloc[0]) if len(keyness) else "B"
    label_a = label_a or group_a
    label_b = label_b or group_b
    no_inference = _no_inference(keyness)
    rows = keyness_rows(keyness, significant_only=significant_only, top=top)
    created = ax is None
    ax = new_axes(ax, figure_size(5.0 if counts else "single",
                                  height=max(1.8, 1.2 + 0.17 * len(rows))))
    values = rows["log_ratio"].astype(float).to_numpy()
    drawn = drawn_values(rows)
    absent = ~np.isfinite(values)
    low = (rows["log_ratio_low"].astype(float).to_numpy() if "log_ratio_low" in rows.columns
           else np.full(len(rows), np.nan))
    high = (rows["log_ratio_high"].astype(float).to_numpy()
            if "log_ratio_high" in rows.columns else np.full(len(rows), np.nan))
    ends = np.concatenate([drawn, low, high])
    ends = ends[np.isfinite(ends)]
    bound = max(1.0, float(np.abs(ends).max()) * 1.1) if ends.size else 1.0
    # no bound column: the open region of an absent item starts at 0
    drawn = np.where(np.isnan(drawn), 0.0, drawn)
    y = np.arange(len(rows))
    significant = (rows["significant"].fillna(False).astype(bool).to_numpy()
                   if "significant" in rows.columns else np.ones(len(rows), bool))
    colors = [with_alpha(category_color(c), 1.0 if sig else FADED)
              for c, sig in zip(rows["category"], significant, strict=True)]
    # a finite log ratio: a bar from 0; an item absent from one side: the region its bound
    # leaves open, from the bound to the axis end on the side of the estimate (hatched)
    edge = np.sign(values) * bound
    left = np.where(absent, np.minimum(drawn, edge), 0.0)
    width = np.where(absent, np.abs(edge - drawn), drawn)
    bars = ax.barh(y, width, left=left, height=0.7, color=colors, linewidth=0,
                   gid="keyness-bars")
    for bar, is_absent in zip(bars, absent, strict=True):
        if is_absent:
            bar.set_hatch("////")
            bar.set_edgecolor("white")
    whiskers = ~(np.isnan(low) | np.isnan(high))  # an infinite end reaches the axis end
    if whiskers.any():
        w_low = np.clip(np.where(np.isfinite(low), low, -bound), -bound, bound)
        w_high = np.clip(np.where(np.isfinite(high), high, bound), -bound, bound)
        ax.hlines(y[whiskers], w_low[whiskers], w_high[whiskers], colors="#222222",
                  linewidth=0.8, gid="keyness-intervals")
    absent_labels = []
    for value, is_absent, row in zip(drawn, absent, rows.itertuples(index=False), strict=True):
        text = ""
        if is_absent:
            in_a = row.log_ratio > 0  # absent in b
            text = f"absent in {label_b if in_a else label_a}"
            if np.isfinite(getattr(row, "log_ratio_bound", np.nan)):
                text += (" \u2265 " if in_a else " \u2264 ") + f"{value:.2f}"
        absent_labels.append(text)
    show_counts = counts and {"count_a", "count_b"} <= set(rows.columns) and len(rows) > 0
    if not show_counts:  # said beside the open region instead, towards the middle
        for yi, value, text, is_absent, sign in zip(y, drawn, absent_labels, absent,
                                                    np.sign(values), strict=True):
            if is_absent:
                ax.text(value, yi, f"{text} " if sign > 0 else f" {text}", va="center",
                        ha="right" if sign > 0 else "left", fontsize="x-small",
                        color="#333333", gid="absent-label")
    if not significant_only:
        for yi, value, sig in zip(y, drawn, significant, strict=True):
            if sig:
                ax.text(value, yi, " *" if value >= 0 else "* ", va="center",
                        ha="left" if value >= 0 else "right", fontsize="medium",
                        fontweight="bold", gid="significant-mark")
    if show_counts:
        docs = {"docs_with_a", "docs_with_b", "n_docs_a", "n_docs_b"} <= set(rows.columns)
        labels = []
        for row, absent_text in zip(rows.itertuples(index=False), absent_labels, strict=True):
            text = f"{row.count_a} : {row.count_b}"
            if docs:
                text += (f" ({row.docs_with_a}/{row.n_docs_a} : "
                         f"{row.docs_with_b}/{row.n_docs_b})")
            labels.append(f"{text}; {absent_text}" if absent_text else text)
        side = ax.secondary_yaxis("right")
        side.set_yticks(y, labels)
        side.tick_params(axis="y", length=0, labelsize="x-small", labelcolor="#333333")
        side.spines["right"].set_visible(False)
        side.set_ylabel("counts a : b" + (" (documents with it / documents)" if docs else ""),
                        fontsize="x-small", color="#555555")
        side.set_gid("keyness-counts")
    ax.axvline(0, color="#333333", linewidth=0.6)
    ax.set_yticks(y, [relabel(i, item_labels) for i in rows["item"]])
    ax.set_ylim(-0.7, max(len(rows), 1) - 0.3)
    ax.set_xlim(-bound, bound)
    ax.xaxis.grid(True)
    ax.set_xlabel(xlabel)
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    for x, ha, text in ((0.99, "right", end_labels[0].format(a=label_a, b=label_b)),
                        (0.01, "left", end_labels[1].format(a=label_a, b=label_b))):
        ax.text(x, 1.0, text, transform=ax.transAxes, ha=ha, va="bottom", fontsize="small",
                color="#444444")
    if no_inference:
        if title:  # said in the title; else under the bars
            title = f"{title} (no doc-level test)"
        elif len(rows):
            ax.text(0.5, 0.02, NO_INFERENCE_TEXT.replace("\n", " "), transform=ax.transAxes,
                    ha="center", va="bottom", fontsize="x-small", color="#444444",
                    gid="no-inference")
    elif not significant_only and len(rows) and not significant.any():
        title = f"{title} (none significant)" if title else "none significant"
    if rows.empty:
        message = (NO_INFERENCE_TEXT if no_inference else
                   "no marker differs significantly\n(BH-adjusted p \u2265 0.05)")
        ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center",
                color="#444444", gid="no-inference" if no_inference else None)
        ax.set_yticks([])
    if title:
        ax.set_title(title, pad=12)
    if legend and not rows.empty:
        present = [c for c in CATEGORIES if c in set(rows["category"])]
        handles = legend_handles(present, significant_only)
        if created:
            ncols = 2 if ax.figure.get_figwidth() < 5 else 4
            ax.figure.legend(handles=handles, loc="outside lower center",
                             ncols=min(len(handles), ncols))
        else:
            ax.legend(handles=handles, loc="best")
    return ax


def plot_keyness_panels(keyness: pd.DataFrame, *, panel: str = "group_a",
                        significant_only: bool = True, top: int | None = 12,
                        panel_labels: Labels = None, label_b: str | None = None,
                        item_labels: Labels = None,
                        end_labels: tuple[str, str] = ("{a} \u2192", "\u2190 {b}"),
                        ncols: int = 2, width: str | float = "double",
                        title: str | None = None) -> Figure:
    """One keyness panel per comparison (e.g. each speech against the rest pooled), sharing
    the log-ratio scale. ``panel`` is the column that names a comparison. Returns the
    Figure."""
    import matplotlib.pyplot as plt

    require_columns(keyness, [*KEYNESS_COLUMNS, panel], argument="keyness",
                    function="plot_keyness_panels")
    names = list(dict.fromkeys(keyness[panel].astype(str)))
    if not names:
        raise ValueError("plot_keyness_panels: keyness is empty")
    ncols = max(1, min(ncols, len(names)))
    nrows = -(-len(names) // ncols)
    heights = [max(len(keyness_rows(keyness[keyness[panel].astype(str) == n],
                                    significant_only=significant_only, top=top)), 2)
               for n in names]
    per_row = [max(heights[r * ncols:(r + 1) * ncols]) for r in range(nrows)]
    fig, axes = plt.subplots(nrows, ncols, squeeze=False, layout="constrained",
                             figsize=figure_size(width, height=0.5 + sum(0.55 + 0.15 * h
                                                                         for h in per_row)),
                             gridspec_kw={"height_ratios": per_row})
    ends = [drawn_values(keyness)]
    for column in ("log_ratio_low", "log_ratio_high"):
        if column in keyness.columns:
            ends.append(keyness[column].astype(float).to_numpy())
    ends = np.concatenate(ends)
    ends = ends[np.isfinite(ends)]
    bound = max(1.0, float(np.abs(ends).max()) * 1.1) if ends.size else 1.0
    for ax, name in zip(axes.flat, names, strict=False):
        part = keyness[keyness[panel].astype(str) == name]
        plot_keyness(part, significant_only=significant_only, top=top, ax=ax,
                     label_a=relabel(name, panel_labels), label_b=label_b,
                     item_labels=item_labels, end_labels=end_labels,
                     title=relabel(name, panel_labels), legend=False, xlabel="",
                     counts=False)
        ax.set_xlim(-bound, bound)
    for ax in list(axes.flat)[len(names):]:
        ax.set_visible(False)
    present = [c for c in CATEGORIES
               if c in set(keyness_rows(keyness, significant_only=significant_only,
                                        top=None)["category"])]
    spare = list(axes.flat)[len(names):]
    if present:
        handles = legend_handles(present, significant_only)
        if spare:  # the legend takes the place of the first empty panel
            spare[0].set_visible(True)
            spare[0].set_axis_off()
            spare[0].legend(handles=handles, loc="center", ncols=1)
        else:
            fig.legend(handles=handles, loc="outside upper center",
                       ncols=min(len(handles), 4))
    fig.supxlabel(LOG_RATIO_LABEL, fontsize="medium")
    if title:
        fig.suptitle(title)
    return fig
