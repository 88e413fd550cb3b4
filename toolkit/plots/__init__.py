"""Figures for papers: one function per figure, drawing from the toolkit's tables.

A one-panel figure function takes ``ax=`` and returns the Axes; a figure of several panels
returns the Figure (seaborn's contract). Colours are fixed per marker category and per
attribution stance (:data:`CATEGORY_COLORS`, :data:`STANCE_COLORS`, Okabe-Ito); the house
style applies only inside ``with publication_style():``; :func:`save_figure` writes PDF, SVG
and 300-dpi PNG, byte-identical across runs. The library never calls ``plt.show()``.

>>> from toolkit.plots import plot_profile, publication_style, save_figure  # doctest: +SKIP
>>> with publication_style():                                               # doctest: +SKIP
...     ax = plot_profile(toolkit.rates(result))
...     save_figure(ax.figure, "profile", folder="figures")
"""

from ._common import short_titles
from .attribution import (
    SOURCE_TYPE_LABELS,
    chain_graph,
    plot_attribution_chain,
    plot_attribution_sources,
)
from .dispersion import plot_dispersion
from .heatmap import heatmap_matrix, plot_heatmap
from .keyness import plot_keyness, plot_keyness_panels
from .profile import plot_profile
from .stance import POLARITY_COLORS, plot_stance_network, plot_target_rates
from .style import (
    CATEGORY_COLORS,
    GROUP_COLORS,
    STANCE_COLORS,
    STYLE_PATH,
    WIDTHS,
    category_color,
    figure_size,
    group_color,
    publication_style,
    save_figure,
    stance_color,
)
from .text import plot_highlighted_text
from .trend import plot_trend

__all__ = ["plot_profile", "plot_keyness", "plot_keyness_panels", "plot_heatmap",
           "heatmap_matrix", "plot_dispersion", "plot_attribution_sources",
           "plot_attribution_chain", "chain_graph", "plot_highlighted_text", "plot_trend",
           "publication_style", "save_figure", "figure_size", "category_color",
           "stance_color", "CATEGORY_COLORS", "STANCE_COLORS", "WIDTHS", "STYLE_PATH",
           "SOURCE_TYPE_LABELS", "plot_stance_network", "plot_target_rates",
           "POLARITY_COLORS", "short_titles", "GROUP_COLORS", "group_color"]
