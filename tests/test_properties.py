"""Property-based tests (hypothesis) over random and adversarial strings, on the real
pipeline (loaded once): ``analyze`` never raises on a text, every span lies within the text
and ``text[start:end]`` is the reported text, and results are deterministic.

Example counts are fixed by ``EXAMPLES`` (run ``pytest --hypothesis-show-statistics`` to
see them); ``derandomize=True`` makes every run try the same examples, so the suite is
reproducible and CI never meets a new failure by chance. To explore further, set
``TOOLKIT_HYPOTHESIS_EXPLORE=N``: N examples per property, freshly random.
"""

from __future__ import annotations

import os

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.analysis import analyze
from toolkit.corpus import decode_text
from toolkit.errors import CorpusError
from toolkit.html import highlight_html
from toolkit.nlp import split_long_text

EXPLORE = int(os.environ.get("TOOLKIT_HYPOTHESIS_EXPLORE", "0"))
EXAMPLES = EXPLORE or 200
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=not EXPLORE,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

#: words that fire markers and cues, so that random texts have spans to check
WORDS = ["very", "grossly", "clearly", "perhaps", "may", "might", "merely", "only", "never",
         "not", "no", "absolutely", "groundless", "lie", "lies", "unfair", "said", "says",
         "according", "to", "claimed", "spokesman", "the", "a", "of", "it", "is", "was",
         "they", "Xinhua", "report", "all-out", "of course", "kind of", "I", "think",
         "can't", "won’t", "May", "HONG KONG", "appears", "seems", "deny", "denied"]
ODD = ["\u200b", "\u200d", "\u202e", "\u2028", "\ufeff", "\u00a0", "\r\n", "\t", "\x0c",
       "\x00", "\x1b[31m", "e\u0301", "\U0001f600", "👍🏽", "ﬁ", "İ", "ß", "中文", "العربية",
       "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&amp;", "&#0;",
       "**", "#", "[x](y)", "\"", "'", "’", "“", "—", "...", "…", "(", ")", "-", "--",
       ".", "!", "?", ",", ";", ":", "\n\n", " "]
pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD),
                   st.text(max_size=8))
adversarial_text = st.lists(pieces, min_size=1, max_size=40).map(
    lambda parts: "".join(p if p in ODD else f" {p}" for p in parts))
any_text = st.one_of(st.text(max_size=300), adversarial_text)


def _spans(result) -> list[tuple[str, int, int, str]]:
    spans = [(r.doc_id, int(r.start), int(r.end), r.text)
             for r in result.markers.itertuples(index=False)]
    for row in result.attributions.to_dict("records"):
        for part in ("cue", "source", "content"):
            if not pd.isna(row[f"{part}_start"]):
                spans.append((row["doc_id"], int(row[f"{part}_start"]),
                              int(row[f"{part}_end"]), row[part]))
    return spans


@SETTINGS
@given(text=any_text)
def test_analyze_never_raises_and_every_span_indexes_the_text(nlp, text):
    result = analyze({"x": text, "anchor": "It is clearly unfair."}, pipeline=nlp, cache=False)
    blank = not text.strip()
    assert ("x" in result.texts) is not blank
    errors = [p for p in result.problems if p["doc_id"] == "x" and p["severity"] == "error"]
    assert len(errors) == int(blank)
    for doc_id, start, end, shown in _spans(result):
        source = result.texts[doc_id]
        assert 0 <= start < end <= len(source)
        assert source[start:end] == shown
    assert result.markers["position"].between(0, 1, inclusive="left").all()


@SETTINGS
@given(text=any_text.filter(lambda t: t.strip()))
def test_analyze_is_deterministic(nlp, text):
    first = analyze([text], pipeline=nlp, cache=False)
    second = analyze([text], pipeline=nlp, cache=False)
    pd.testing.assert_frame_equal(first.markers, second.markers)
    pd.testing.assert_frame_equal(first.attributions, second.attributions)
    pd.testing.assert_frame_equal(first.documents, second.documents)
    assert first.problems == second.problems


@SETTINGS
@given(text=any_text, limit=st.integers(min_value=1, max_value=60))
def test_split_long_text_pieces_rebuild_the_text(text, limit):
    pieces = split_long_text(text, limit)
    assert "".join(p for _, p in pieces) == text
    assert all(text[o:o + len(p)] == p and len(p) <= limit for o, p in pieces)
    assert all(p for _, p in pieces) or pieces == [(0, "")]


@SETTINGS
@given(data=st.binary(max_size=400))
def test_decode_text_returns_text_or_a_named_error(data):
    try:
        outcome = decode_text(data, "random.bin")[0]
    except CorpusError as exc:
        outcome = exc
    assert isinstance(outcome, str) or str(outcome).startswith("random.bin")


@SETTINGS
@given(text=any_text, data=st.data())
def test_highlight_shows_exactly_the_text(text, data):
    from html.parser import HTMLParser

    n = len(text)
    bounds = st.integers(min_value=0, max_value=n)
    spans = data.draw(st.lists(st.tuples(bounds, bounds, st.sampled_from(
        ["hedge", "booster", "denial", "<b>"])), max_size=6))
    markers = [{"start": min(a, b), "end": max(a, b), "category": c, "subtype": "s",
                "rule": text[:5]} for a, b, c in spans]
    page = highlight_html(text, markers, title=text[:10], style=False)

    class Shown(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.data, self.tags = [], []

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)

        def handle_data(self, value):
            self.data.append(value)

    shown = Shown()
    shown.feed(page)
    shown.close()
    assert set(shown.tags) <= {"h4", "div", "mark"}
    assert "".join(shown.data) == text[:10] + text


@pytest.mark.parametrize("cache", [False, True])
@pytest.mark.parametrize("text", ["\x00", "\ud800 never", "a\udfffb is clearly odd"])
def test_analyze_on_nul_and_lone_surrogates(nlp, text, cache, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path))
    result = analyze([text, "It is clearly unfair."], pipeline=nlp, cache=cache)
    assert "doc0" in result.texts
    for doc_id, start, end, shown in _spans(result):
        assert result.texts[doc_id][start:end] == shown
