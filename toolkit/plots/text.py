"""Highlighted text: a statement's sentences with its markers coloured by category."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Patch, Rectangle
from matplotlib.textpath import TextToPath

from ..lexicon import CATEGORIES
from ._common import new_axes, require_columns
from .style import category_color, figure_size, with_alpha

__all__ = ["plot_highlighted_text", "text_pieces", "TextPiece"]

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class TextPiece:
    """A run of text with the categories of the markers that cover it."""

    start: int
    end: int
    text: str
    categories: tuple[str, ...]


def text_pieces(text: str, markers: pd.DataFrame, start: int = 0,
                end: int | None = None) -> list[TextPiece]:
    """``text[start:end]`` cut at every marker boundary and every space: pieces that are
    spaces, plain words, or (parts of) markers with their categories (MARKERS.md order)."""
    end = len(text) if end is None else end
    cuts = {start, end}
    spans = []
    for row in markers.itertuples(index=False):
        s, e = int(row.start), int(row.end)
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        cuts.update((s, e))
        spans.append((s, e, str(row.category)))
    for space in _SPACES.finditer(text, start, end):
        cuts.update(space.span())
    bounds = sorted(c for c in cuts if start <= c <= end)
    pieces = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a == b:
            continue
        cats = {c for s, e, c in spans if s <= a and b <= e}
        order = [c for c in CATEGORIES if c in cats] + sorted(cats - set(CATEGORIES))
        pieces.append(TextPiece(a, b, text[a:b], tuple(order)))
    return pieces


def plot_highlighted_text(text: str, markers: pd.DataFrame, *,
                          sentences: list[tuple[int, int]] | None = None,
                          ax: Axes | None = None, width: str | float = "double",
                          fontsize: float = 7.5, line_spacing: float = 1.55,
                          numbers: bool = True, title: str | None = None,
                          legend: bool = True) -> Axes:
    """The text, one sentence per paragraph (numbered), each marker on a band of its
    category's colour; a token that is two markers (*never*: booster and denial) gets one
    band per category, stacked.

    ``markers``: rows of the markers table for this text (``start``, ``end``, ``category``;
    offsets into ``text``). ``sentences``: ``(start, end)`` offsets (e.g. from the parsed
    Doc's ``sents``); default: the text's lines. Words wrap at the Axes' width; a new
    figure is as tall as the text needs. Returns the Axes.
    """
    require_columns(markers, ["start", "end", "category"], argument="markers",
                    function="plot_highlighted_text")
    if sentences is None:
        sentences = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)
                     if m.group().strip()]
    prop = FontProperties(family="DejaVu Sans", size=fontsize)
    measure = TextToPath()

    def width_of(s: str) -> float:  # points
        return measure.get_text_width_height_descent(s.replace(" ", "\u00a0"), prop,
                                                     ismath=False)[0]

    new = ax is None
    if new:
        fig_width = figure_size(width)[0]
        ax = new_axes(None, (fig_width, 2.0))
        ax.figure.set_layout_engine("none")
        ax.set_position((0, 0, 1, 1))
    bbox = ax.get_position()
    total_width = ax.figure.get_figwidth() * bbox.width * 72.0
    margin = 6.0
    indent = margin + (width_of("00") + 6.0 if numbers else 0.0)
    line_height = fontsize * line_spacing
    y = margin + (fontsize * 2.2 if legend else 0) + (fontsize * 1.8 if title else 0)
    placed: list[tuple[float, float, TextPiece]] = []
    numbers_at: list[tuple[float, int]] = []
    for number, (s, e) in enumerate(sentences, start=1):
        y += line_height
        numbers_at.append((y, number))
        x = indent
        pieces = text_pieces(text, markers, s, e)
        words: list[list[TextPiece]] = []
        for piece in pieces:
            if piece.text.isspace():
                words.append([piece])
            elif words and not words[-1][0].text.isspace():
                words[-1].append(piece)
            else:
                words.append([piece])
        pending_space: tuple[float, TextPiece] | None = None
        for word in words:
            if word[0].text.isspace():
                pending_space = (x, word[0])
                x += width_of(" ")
                continue
            w = sum(width_of(p.text) for p in word)
            if x + w > total_width - margin and x > indent:
                y += line_height
                x = indent
            elif pending_space is not None and pending_space[1].categories:
                # the space inside a marker of several words (*has proved*) is marked too
                placed.append((pending_space[0], y, TextPiece(
                    pending_space[1].start, pending_space[1].end, " ",
                    pending_space[1].categories)))
            pending_space = None
            for piece in word:
                placed.append((x, y, piece))
                x += width_of(piece.text)
        y += line_height * 0.35
    height = y + margin
    if new:
        ax.figure.set_figheight(height / 72.0)
    ax.set_xlim(0, total_width)
    ax.set_ylim(max(height, ax.figure.get_figheight() * bbox.height * 72.0), 0)
    ax.set_axis_off()
    band_top, band_bottom = fontsize * 0.95, fontsize * 0.3
    # one band per run of marked pieces on a line (*has proved* is one band, not two)
    bands: list[list] = []
    for x, y0, piece in placed:
        w = width_of(piece.text)
        if not piece.categories:
            continue
        last = bands[-1] if bands else None
        if (last is not None and last[1] == y0 and last[3] == piece.categories
                and abs(last[0] + last[2] - x) < 0.01):
            last[2] = x + w - last[0]
        else:
            bands.append([x, y0, w, piece.categories])
    for x, y0, w, categories in bands:
        n = len(categories)
        for k, category in enumerate(categories):
            top = y0 - band_top + k * (band_top + band_bottom) / n
            ax.add_patch(Rectangle((x - 0.6, top), w + 1.2, (band_top + band_bottom) / n,
                                   facecolor=with_alpha(category_color(category), 0.45),
                                   edgecolor="none", gid=f"mark:{category}"))
    for x, y0, piece in placed:
        if piece.text.isspace():
            continue
        ax.text(x, y0, piece.text, fontproperties=prop, ha="left", va="baseline",
                color="black")
    if numbers:
        for y0, number in numbers_at:
            ax.text(margin, y0, str(number), fontproperties=prop, ha="left", va="baseline",
                    color="#888888")
    top_y = margin
    if title:
        top_y += fontsize * 1.2
        ax.text(margin, top_y, title, ha="left", va="baseline", fontsize=fontsize + 0.5,
                fontweight="bold")
    if legend:
        present = [c for c in CATEGORIES if c in set(markers["category"].astype(str))]
        if present:
            handles = [Patch(facecolor=with_alpha(category_color(c), 0.45), label=c)
                       for c in present]
            ax.legend(handles=handles, loc="upper left", ncols=len(present),
                      bbox_to_anchor=(margin / total_width - 0.005,
                                      1 - (top_y + fontsize * 0.4) / height),
                      fontsize=fontsize - 0.5, frameon=False, borderaxespad=0,
                      handlelength=1.2, columnspacing=1.2)
    return ax
