"""HTML for notebooks and widgets: a text with its markers highlighted.

Every piece of the user's text, every marker attribute and the title go through
:func:`html.escape`, so a statement containing ``<script>`` or ``<img onerror=...>`` is shown
as text and never runs. Class names are built from the category only after checking that it
is a plain identifier. The widgets (:mod:`toolkit.widgets`) and the notebooks use this module;
nothing else in the toolkit writes HTML from user data by hand.

Overlapping markers (*never* is both ``booster/absolute`` and ``denial/negation``; a
maximizer inside an evaluation) are shown by cutting the text at every marker boundary: each
stretch is wrapped in one ``<mark>`` per marker covering it, nested in a fixed order, so the
HTML is always well formed and every marker keeps its own colour and tooltip.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

__all__ = ["highlight_html", "MARKER_COLOURS", "marker_css"]

#: one colour per category of shared/MARKERS.md (colour-blind-safe Okabe-Ito hues, light)
MARKER_COLOURS: dict[str, str] = {
    "intensifier": "#f6c89f",  # orange
    "booster": "#f3a6a6",      # vermillion
    "hedge": "#a9d6f5",        # sky blue
    "downtoner": "#c9e7c1",    # bluish green
    "evaluation": "#f7ef9d",   # yellow
    "denial": "#d9c2e9",       # reddish purple
}
_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,40}$")


def marker_css() -> str:
    """The ``<style>`` rules for the marker classes (one background colour per category;
    nested marks get a thicker underline so overlaps stay visible)."""
    rules = [".toolkit-highlight { white-space: pre-wrap; line-height: 1.9; }",
             ".toolkit-highlight mark { padding: 0 1px; border-radius: 2px; }",
             ".toolkit-highlight mark mark { border-bottom: 3px solid #555; }"]
    rules += [f".toolkit-highlight mark.marker-{c} {{ background: {colour}; }}"
              for c, colour in MARKER_COLOURS.items()]
    return "<style>" + "\n".join(rules) + "</style>"


def _records(markers: Any) -> list[dict]:
    if markers is None:
        return []
    if isinstance(markers, pd.DataFrame):
        return markers.to_dict("records")
    rows = []
    for m in markers:
        rows.append(dict(m) if isinstance(m, Mapping) else
                    {k: getattr(m, k, None) for k in ("start", "end", "category", "subtype",
                                                      "rule", "text")})
    return rows


def _text_of(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def _class_name(category: str) -> str:
    return f"marker-{category}" if _IDENTIFIER.match(category) else "marker-other"


def highlight_html(text: str, markers: pd.DataFrame | Iterable[Mapping | Any] | None, *,
                   title: str | None = None, style: bool = True) -> str:
    """``text`` as HTML with each marker in a ``<mark>``.

    ``markers``: the markers table of one document (or records / objects with ``start``,
    ``end``, ``category``, ``subtype``, ``rule``). Each ``<mark>`` has the classes
    ``marker marker-<category>`` and a ``title`` attribute (the tooltip) giving category,
    subtype and rule; overlapping markers nest (see the module docstring). ``title`` is an
    optional heading. ``style=False`` leaves out the ``<style>`` block (use
    :func:`marker_css` once per page instead). Raises ``ValueError`` naming the marker when
    its offsets do not lie within the text.

    >>> page = highlight_html("It is <b>very</b> bad.",
    ...                       [{"start": 9, "end": 13, "category": "intensifier",
    ...                         "subtype": "amplifier", "rule": "lexicon:very"}])
    >>> page[page.index("It is"):page.index(" bad")]  # doctest: +ELLIPSIS
    'It is &lt;b&gt;<mark class="marker marker-intensifier" ...>very</mark>&lt;/b&gt;'
    """
    if not isinstance(text, str):
        raise TypeError(f"highlight_html(): text must be a string, got {type(text).__name__}")
    spans = []
    for i, row in enumerate(_records(markers)):
        start, end = row.get("start"), row.get("end")
        if start is None or end is None or pd.isna(start) or pd.isna(end) \
                or not 0 <= int(start) <= int(end) <= len(text):
            raise ValueError(f"highlight_html(): marker {i} ({row.get('text')!r}) has offsets "
                             f"{start}..{end}, outside the text of {len(text)} characters")
        if int(start) == int(end):
            continue
        category = _text_of(row.get("category")) or "marker"
        tooltip = f"{category}/{_text_of(row.get('subtype'))}"
        if _text_of(row.get("rule")):
            tooltip += f" ({_text_of(row.get('rule'))})"
        spans.append((int(start), int(end), category, tooltip, i))
    # nesting order: longer (outer) markers first, then by category, then input order
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), s[2], s[4]))
    bounds = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    parts = []
    for left, right in zip(bounds, bounds[1:], strict=False):
        piece = html.escape(text[left:right])
        covering = [s for s in spans if s[0] <= left and right <= s[1]]
        opened = "".join(
            f'<mark class="marker {_class_name(category)}" data-marker="{index}" '
            f'title="{html.escape(tooltip, quote=True)}">'
            for _, _, category, tooltip, index in covering)
        parts.append(opened + piece + "</mark>" * len(covering))
    heading = f"<h4>{html.escape(title)}</h4>" if title is not None else ""
    css = marker_css() if style else ""
    return f'{css}{heading}<div class="toolkit-highlight">{"".join(parts)}</div>'
