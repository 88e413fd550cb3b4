"""HTML views escape the user's text: adversarial statements render as text, never as markup."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest

import toolkit
from toolkit.html import highlight_html

ADVERSARIAL = [
    "<script>alert(1)</script> This is clearly false.",
    'The <img src=x onerror="alert(1)"> report is grossly unfair.',
    "It is \"><svg onload=alert(1)> totally wrong.",
    "</mark></div><script>alert('x')</script> Perhaps.",
    "Already &lt;escaped&gt; &amp; entities &#60;b&#62; are very odd.",
    "<style>body{display:none}</style><iframe src=javascript:alert(1)></iframe> Never.",
    "Quotes ' \" and backticks ` in a `title` are certainly fine.",
]


class _Elements(HTMLParser):
    """Start tags, attributes and the text a browser would show (outside <style>)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self._in_style = False
        self._open: list[str] = []
        self.well_formed = True

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._open.append(tag)
        self.attrs.extend(attrs)
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        if not self._open or self._open.pop() != tag:
            self.well_formed = False
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if not self._in_style:
            self.text.append(data)


def _parse(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return parser


def _word_markers(text: str, words: dict[str, str]) -> list[dict]:
    rows = []
    for word, category in words.items():
        start = text.find(word)
        if start >= 0:
            rows.append({"start": start, "end": start + len(word), "category": category,
                         "subtype": "test", "rule": f"lexicon:{word}<script>"})
    return rows


@pytest.mark.parametrize("text", ADVERSARIAL)
def test_highlight_escapes_adversarial_text(text):
    markers = _word_markers(text, {"alert": "booster", "clearly": "booster", "very": "hedge",
                                   "Perhaps": "hedge", "Never": "denial", "fine": "evaluation"})
    page = highlight_html(text, markers, title="<script>t()</script>")
    parsed = _parse(page)
    assert set(parsed.tags) <= {"style", "h4", "div", "mark"}
    assert {name for name, _ in parsed.attrs} <= {"class", "data-marker", "title"}
    assert "".join(parsed.text) == "<script>t()</script>" + text
    assert parsed.well_formed


def test_highlight_marks_carry_category_subtype_and_rule():
    text = "This is never acceptable."
    page = highlight_html(text, pd.DataFrame([
        {"start": 8, "end": 13, "category": "booster", "subtype": "absolute",
         "rule": "lexicon:never"},
        {"start": 8, "end": 13, "category": "denial", "subtype": "negation",
         "rule": "lexicon:never"}]), style=False)
    parsed = _parse(page)
    assert parsed.tags.count("mark") == 2
    titles = sorted(v for k, v in parsed.attrs if k == "title")
    assert titles == ["booster/absolute (lexicon:never)", "denial/negation (lexicon:never)"]
    classes = sorted(v for k, v in parsed.attrs if k == "class" and v.startswith("marker "))
    assert classes == ["marker marker-booster", "marker marker-denial"]


def test_highlight_partly_overlapping_markers_stay_well_formed():
    text = "It is not entirely clear."
    markers = [{"start": 6, "end": 18, "category": "denial", "subtype": "negation", "rule": "r"},
               {"start": 10, "end": 24, "category": "hedge", "subtype": "shield", "rule": "r"}]
    page = highlight_html(text, markers, style=False)
    parsed = _parse(page)
    assert "".join(parsed.text) == text
    # cut at 10 and 18: [6,10) denial, [10,18) denial + hedge, [18,24) hedge
    assert page.count("<mark") == page.count("</mark>") == 4
    assert parsed.well_formed
    assert {v for k, v in parsed.attrs if k == "data-marker"} == {"0", "1"}


@pytest.mark.parametrize("bad", [{"start": -1, "end": 2}, {"start": 3, "end": 99},
                                 {"start": 5, "end": 4}, {"start": None, "end": 2}])
def test_highlight_rejects_offsets_outside_the_text(bad):
    with pytest.raises(ValueError, match="outside the text"):
        highlight_html("short text", [{**bad, "category": "hedge"}])


def test_highlight_odd_category_never_reaches_the_class_attribute():
    page = highlight_html("word", [{"start": 0, "end": 4, "category": 'x" onclick="alert(1)',
                                    "subtype": "s", "rule": ""}], style=False)
    parsed = _parse(page)
    assert ("class", "marker marker-other") in parsed.attrs
    assert "onclick" not in {name for name, _ in parsed.attrs}


def test_highlight_of_a_real_analysis_shows_the_text_unchanged(nlp):
    text = ADVERSARIAL[1] + "\n\n" + ADVERSARIAL[0]
    result = toolkit.analyze([text], pipeline=nlp, cache=False)
    page = highlight_html(text, result.markers)
    parsed = _parse(page)
    assert set(parsed.tags) <= {"style", "div", "mark"}
    assert "".join(parsed.text) == text
    assert parsed.tags.count("mark") >= len(result.markers)


def test_concordance_html_escapes_adversarial_text(nlp):
    from toolkit.kwic import kwic

    texts = {f"d{i}": t for i, t in enumerate(ADVERSARIAL)}
    result = toolkit.analyze(texts, pipeline=nlp, cache=False)
    for query in ("alert", "script", "onerror"):
        page = kwic(result, query).to_html()
        parsed = _parse(page)
        assert "script" not in parsed.tags and "img" not in parsed.tags
        assert "svg" not in parsed.tags and "iframe" not in parsed.tags
        assert not any(name.startswith("on") for name, _ in parsed.attrs)
        assert query in "".join(parsed.text)


def test_analysis_highlight_shows_one_document_with_its_markers(seed_analysis):
    doc_id = "seed-hksar-2020-06-26"
    parsed = _parse(seed_analysis.highlight(doc_id, categories=["hedge"]))
    hedges = seed_analysis.markers[(seed_analysis.markers["doc_id"] == doc_id)
                                   & (seed_analysis.markers["category"] == "hedge")]
    assert len(hedges) > 0
    assert parsed.tags.count("mark") == len(hedges)
    assert "".join(parsed.text).endswith(seed_analysis.texts[doc_id])
    with pytest.raises(KeyError, match="no document 'nope'"):
        seed_analysis.highlight("nope")


# issue 19 item 10: the highlighted text uses exactly the figures' colours ----------------

def test_highlight_colours_are_exactly_the_figure_colours():
    from toolkit.html import marker_css
    from toolkit.plots import CATEGORY_COLORS

    css = marker_css()
    for category, colour in CATEGORY_COLORS.items():
        rule = re.search(r"mark\.marker-" + category + r"\s*\{([^}]*)\}", css)
        assert rule is not None, category
        used = {c[:7].upper() for c in re.findall(r"#[0-9A-Fa-f]{6,8}\b", rule.group(1))}
        assert used == {colour.upper()}, (category, used)
    # and no colour other than the palette's (and neutral greys) anywhere in the rules
    palette = {c.upper() for c in CATEGORY_COLORS.values()}
    every = {c[:7].upper() for c in re.findall(r"#[0-9A-Fa-f]{6,8}\b", css)}
    assert every - palette <= {"#555555"}


def test_kwic_html_is_one_line_per_row_and_escaped():
    from toolkit.html import kwic_html

    lines = pd.DataFrame([{"doc_id": "wh_20220221_statement_by_press_secretary_jen_psaki",
                           "left": "<b>a long left context " * 5, "match": "perhaps",
                           "right": " and a long right context" * 5, "category": "hedge",
                           "subtype": "adverb"}])
    page = kwic_html(lines)
    assert "<b>a long" not in page and "&lt;b&gt;a long" in page
    assert '<td class="doc">wh_20220221_statement_by_press_secretary_jen_psaki</td>' in page
    assert re.search(r"\.toolkit-kwic td\s*\{[^}]*white-space:\s*nowrap", page)
    assert 'class="match marker marker-hedge"' in page
