"""KWIC: marker and cue queries by offsets, free text through textacy, escaped HTML."""

from __future__ import annotations

import re

import pytest
from textacy.extract.kwic import keyword_in_context

from tests.stats.builders import make_analysis
from toolkit.kwic import Concordance, kwic
from toolkit.stats import ComparisonError

TEXT_A = "In May we said the plan may fail. <b>Officials</b> said it was clearly a lie."
TEXT_B = "Critics claimed the  report\nmay  be wrong; it is not."


def _find(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    found = [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text)][nth]
    return found


def _corpus():
    may_a = _find(TEXT_A, "may")
    may_b = _find(TEXT_B, "may")
    clearly = _find(TEXT_A, "clearly")
    not_b = _find(TEXT_B, "not")
    markers = [
        {"doc_id": "a", "start": may_a[0], "end": may_a[1], "text": "may", "category": "hedge",
         "subtype": "modal", "lemma": "may", "position": may_a[0] / len(TEXT_A)},
        {"doc_id": "a", "start": clearly[0], "end": clearly[1], "text": "clearly",
         "category": "booster", "subtype": "certainty", "lemma": "clearly",
         "position": clearly[0] / len(TEXT_A)},
        {"doc_id": "b", "start": may_b[0], "end": may_b[1], "text": "may", "category": "hedge",
         "subtype": "modal", "lemma": "may", "position": may_b[0] / len(TEXT_B)},
        {"doc_id": "b", "start": not_b[0], "end": not_b[1], "text": "not",
         "category": "denial", "subtype": "negation", "lemma": "not",
         "position": not_b[0] / len(TEXT_B)}]
    said = _find(TEXT_A, "said", 1)
    claimed = _find(TEXT_B, "claimed")
    attributions = [
        {"doc_id": "a", "attribution_id": 0, "cue_start": said[0], "cue_end": said[1],
         "cue": "said", "stance": "neutral"},
        {"doc_id": "b", "attribution_id": 0, "cue_start": claimed[0], "cue_end": claimed[1],
         "cue": "claimed", "stance": "distancing"}]
    documents = [{"doc_id": "a", "words": 15, "speaker": "White <House>"},
                 {"doc_id": "b", "words": 9, "speaker": "Critics & Co"}]
    return make_analysis(documents, markers, attributions, {"a": TEXT_A, "b": TEXT_B})


def test_lemma_query_comes_from_the_markers_not_the_string():
    lines = kwic(_corpus(), "may")
    assert lines["kind"].unique().tolist() == ["lemma"]
    assert lines["match"].tolist() == ["may", "may"]  # not "May" the month
    assert lines["doc_id"].tolist() == ["a", "b"]
    assert lines.loc[0, "left"] == "In May we said the plan "
    assert lines.loc[1, "right"] == " be wrong; it is not."  # white space collapsed
    assert lines["speaker"].tolist() == ["White <House>", "Critics & Co"]  # metadata


@pytest.mark.parametrize(("query", "kind", "matches"), [
    ("hedge", "category", ["may", "may"]),
    ("certainty", "subtype", ["clearly"]),
    ("denial", "category", ["not"]),
    ("claimed", "cue", ["claimed"]),
])
def test_query_kinds(query, kind, matches):
    lines = kwic(_corpus(), query)
    assert lines["kind"].unique().tolist() == [kind]
    assert lines["match"].tolist() == matches


def test_stance_query_reads_the_attributions():
    lines = kwic(_corpus(), "distancing", kind="stance")
    assert lines["match"].tolist() == ["claimed"]
    assert lines["category"].tolist() == ["attribution"]


def test_free_text_uses_textacy_and_adds_offsets():
    lines = kwic(_corpus(), "said", kind="text", window=10)
    pattern = re.compile(r"(?<!\w)said(?!\w)", re.IGNORECASE)
    expected = list(keyword_in_context(TEXT_A, pattern, window_width=10))
    assert [(r.left, r.match, r.right) for r in lines.itertuples()] == expected
    for row in lines.itertuples():
        assert TEXT_A[row.start:row.end] == "said"
    month = kwic(_corpus(), "May", kind="text", ignore_case=False)
    assert month["match"].tolist() == ["May"]


def test_window_limits_the_context():
    lines = kwic(_corpus(), "clearly", window=5)
    assert lines.loc[0, "left"] == " was "
    assert lines.loc[0, "right"] == " a li"


def test_html_highlights_and_escapes():
    lines = kwic(_corpus(), "lie", kind="text")
    page = lines.to_html()
    assert "<mark>lie</mark>" in page
    assert "&lt;b&gt;Officials&lt;/b&gt;" in page
    assert "<b>" not in page
    assert "White &lt;House&gt;" in page
    assert lines._repr_html_() == page
    assert isinstance(lines.head(1), Concordance)
    assert "<mark>" in lines.head(1).to_html()


def test_no_hit_is_an_empty_table_with_the_columns():
    lines = kwic(_corpus(), "zebra")
    assert lines.empty
    assert {"left", "match", "right", "doc_id"} <= set(lines.columns)
    assert "<tbody></tbody>" in lines.to_html()


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"query": ""}, "query="), ({"query": "may", "kind": "word"}, "kind='word'"),
    ({"query": "may", "window": -1}, "window=-1")])
def test_bad_arguments_raise(kwargs, message):
    with pytest.raises(ComparisonError, match=message):
        kwic(_corpus(), **kwargs)
