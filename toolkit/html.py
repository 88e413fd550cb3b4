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

from .plots.style import CATEGORY_COLORS

__all__ = ["highlight_html", "MARKER_COLOURS", "marker_css", "tint", "kwic_html"]

#: one colour per category of shared/MARKERS.md: the very mapping the figures use
#: (:data:`toolkit.plots.CATEGORY_COLORS`, Okabe-Ito), so a hedge is sky blue in the
#: highlighted text, the widgets and every figure
MARKER_COLOURS: dict[str, str] = CATEGORY_COLORS
#: opacity of a highlight's background (the full colour underlines it): dark hues such as
#: the blue of denial stay readable behind black text
TINT_ALPHA = 0.33
_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,40}$")


def tint(colour: str, alpha: float = TINT_ALPHA) -> str:
    """``colour`` (``#RRGGBB``) with an opacity, as CSS ``#RRGGBBAA``: the same hue."""
    return f"{colour[:7].upper()}{round(alpha * 255):02X}"


def marker_css() -> str:
    """The ``<style>`` rules for the marker classes: each category's figure colour
    (:data:`toolkit.plots.CATEGORY_COLORS`) as a light background and a solid underline;
    nested marks get a thicker underline so overlaps stay visible."""
    rules = [".toolkit-highlight { white-space: pre-wrap; line-height: 1.9; }",
             ".toolkit-highlight mark, .toolkit-kwic mark { padding: 0 1px; "
             "border-radius: 2px; color: inherit; }",
             ".toolkit-highlight mark mark { border-bottom-width: 4px; }"]
    rules += [f"mark.marker-{c} {{ background: {tint(colour)}; "
              f"border-bottom: 2px solid {colour.upper()}; }}"
              for c, colour in MARKER_COLOURS.items()]
    rules += [".toolkit-highlight mark.marker-other { border-bottom: 2px solid #555555; }"]
    return "<style>" + "\n".join(rules) + "</style>"


#: the concordance table: one line per row, the keyword centred, the document never cut
KWIC_CSS = """<style>
.toolkit-kwic { border-collapse: collapse; width: 100%; table-layout: fixed;
  font-size: 13px; }
.toolkit-kwic caption { text-align: left; font-weight: 600; padding: 4px 0; }
.toolkit-kwic th { text-align: left; font-weight: 600; border-bottom: 1px solid #ccc;
  padding: 3px 6px; }
.toolkit-kwic td { white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  padding: 2px 6px; line-height: 1.5; height: 1.5em; border-bottom: 1px solid #eee; }
.toolkit-kwic td.left { text-align: right; direction: rtl; }
.toolkit-kwic td.left span { direction: ltr; unicode-bidi: embed; }
.toolkit-kwic td.match { text-align: center; font-weight: 600; }
.toolkit-kwic td.doc { overflow: visible; white-space: normal; word-break: break-all;
  font-family: monospace; font-size: 12px; }
.toolkit-kwic col.doc { width: 24%; } .toolkit-kwic col.left { width: 32%; }
.toolkit-kwic col.match { width: 12%; } .toolkit-kwic col.right { width: 32%; }
.toolkit-kwic tr:hover td { background: #f5f5f5; }
</style>"""


def kwic_html(lines: pd.DataFrame, *, caption: str | None = None, limit: int = 50) -> str:
    """A concordance (:func:`toolkit.kwic.kwic`) as a compact HTML table: one line per row
    (left context right-aligned and cut at the left, the keyword in its category's colour,
    the right context cut at the right; hover a cell for its whole text), the document
    column whole. Everything is escaped. At most ``limit`` rows."""
    head = ('<colgroup><col class="doc"><col class="left"><col class="match">'
            '<col class="right"></colgroup><thead><tr><th>document</th>'
            '<th style="text-align:right">left</th><th style="text-align:center">marker</th>'
            "<th>right</th></tr></thead>")
    rows = []
    for row in lines.head(limit).to_dict("records"):
        category = _text_of(row.get("category"))
        classes = f"match marker {_class_name(category)}" if category else "match"
        subtype = _text_of(row.get("subtype"))
        tip = html.escape(f"{category}/{subtype}" if category else "", quote=True)
        left, match, right = (_text_of(row.get(k)) for k in ("left", "match", "right"))
        rows.append(
            f'<tr><td class="doc">{html.escape(_text_of(row.get("doc_id")))}</td>'
            f'<td class="left" title="{html.escape(left, quote=True)}"><span>'
            f"{html.escape(left)}</span></td>"
            f'<td class="{classes}" title="{tip}"><mark class="marker '
            f'{_class_name(category or "other")}">{html.escape(match)}</mark></td>'
            f'<td class="right" title="{html.escape(right, quote=True)}">'
            f"{html.escape(right)}</td></tr>")
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return (f'{KWIC_CSS}{marker_css()}<table class="toolkit-kwic">{cap}{head}<tbody>'
            f'{"".join(rows)}</tbody></table>')


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
