"""Keyness: diverging bars of log ratio for the markers that differ between two groups."""

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
LOG_RATIO_LABEL = "Log ratio (log$_2$ of the ratio of rates)"
#: opacity of the bars of items that do not differ significantly (significant_only=False)
FADED = 0.35


def keyness_rows(keyness: pd.DataFrame, *, significant_only: bool = True,
                 top: int | None = 20) -> pd.DataFrame:
    """The rows a keyness figure draws: significant ones (column ``significant``), the
    ``top`` largest by absolute log ratio, sorted by log ratio."""
    rows = keyness
    if significant_only:
        require_columns(keyness, ["significant"], argument="keyness", function="plot_keyness")
        rows = rows[rows["significant"].fillna(False).astype(bool)]
    rows = rows[rows["log_ratio"].notna()]
    if top is not None and len(rows) > top:
        rows = rows.loc[rows["log_ratio"].astype(float).abs().nlargest(top).index]
    return rows.sort_values(["log_ratio", "item"], kind="mergesort")


def legend_handles(categories: list[str], significant_only: bool) -> list[Patch]:
    """Category patches, and the faded patch's meaning when non-significant items show."""
    handles: list = [Patch(color=CATEGORY_COLORS[c], label=c) for c in categories]
    if not significant_only:
        handles.append(Patch(color=with_alpha("#555555", FADED), label="not significant"))
        handles.append(Line2D([], [], linestyle="none", marker="$*$", color="black",
                              markersize=6, label="BH-adjusted p < 0.05"))
    return handles


def plot_keyness(keyness: pd.DataFrame, *, significant_only: bool = True,
                 top: int | None = 20, ax: Axes | None = None, label_a: str | None = None,
                 label_b: str | None = None, item_labels: Labels = None,
                 xlabel: str = LOG_RATIO_LABEL, title: str | None = None,
                 end_labels: tuple[str, str] = ("more in {a} \u2192", "\u2190 more in {b}"),
                 legend: bool = True) -> Axes:
    """Diverging horizontal bars of log ratio (Hardie 2014), one per item, coloured by
    category; right of zero: more frequent in ``group_a``, left: in ``group_b``.

    ``keyness``: the table of :func:`toolkit.keyness` for one comparison (columns ``item``,
    ``category``, ``group_a``, ``group_b``, ``log_ratio``, and ``significant`` unless
    ``significant_only=False``). Draws the items whose BH-adjusted test is significant, at
    most ``top`` of them (largest absolute log ratio). An infinite log ratio (an item absent
    from one group) is drawn hatched at the axis end. With ``significant_only=False`` every
    tested item is drawn, the significant ones solid and starred, the others faded. With
    nothing to draw, the Axes says so. Returns the Axes.
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
    rows = keyness_rows(keyness, significant_only=significant_only, top=top)
    created = ax is None
    ax = new_axes(ax, figure_size("single", height=max(1.6, 1.0 + 0.15 * len(rows))))
    values = rows["log_ratio"].astype(float).to_numpy()
    finite = np.isfinite(values)
    bound = max(1.0, float(np.abs(values[finite]).max()) * 1.25) if finite.any() else 1.0
    drawn = np.where(finite, values, np.sign(values) * bound)
    y = np.arange(len(rows))
    significant = (rows["significant"].fillna(False).astype(bool).to_numpy()
                   if "significant" in rows.columns else np.ones(len(rows), bool))
    colors = [with_alpha(category_color(c), 1.0 if sig else FADED)
              for c, sig in zip(rows["category"], significant, strict=True)]
    bars = ax.barh(y, drawn, height=0.7, color=colors, linewidth=0, gid="keyness-bars")
    for bar, is_finite in zip(bars, finite, strict=True):
        if not is_finite:
            bar.set_hatch("////")
            bar.set_edgecolor("white")
    if not significant_only:
        for yi, value, sig in zip(y, drawn, significant, strict=True):
            if sig:
                ax.text(value, yi, " *" if value >= 0 else "* ", va="center",
                        ha="left" if value >= 0 else "right", fontsize="medium",
                        fontweight="bold", gid="significant-mark")
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
    if not significant_only and len(rows) and not significant.any():
        title = f"{title} (none significant)" if title else "none significant"
    if rows.empty:
        ax.text(0.5, 0.5, "no marker differs significantly\n(BH-adjusted p \u2265 0.05)",
                transform=ax.transAxes, ha="center", va="center", color="#444444")
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
    values = keyness["log_ratio"].astype(float)
    finite = values[np.isfinite(values)]
    bound = max(1.0, float(finite.abs().max()) * 1.25) if len(finite) else 1.0
    for ax, name in zip(axes.flat, names, strict=False):
        part = keyness[keyness[panel].astype(str) == name]
        plot_keyness(part, significant_only=significant_only, top=top, ax=ax,
                     label_a=relabel(name, panel_labels), label_b=label_b,
                     item_labels=item_labels, end_labels=end_labels,
                     title=relabel(name, panel_labels), legend=False, xlabel="")
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
