"""toolkit.baselines: the plain-lexicon and textacy-quotation baselines in the gold schema."""

from __future__ import annotations

import pandas as pd
import pytest
import spacy
from spacy.tokens import Doc, Span

from toolkit.baselines import (
    plain_lexicon_predictions,
    textacy_quotation_predictions,
    textacy_source_type,
)
from toolkit.lexicon import CUE_COLUMNS, MARKER_COLUMNS, Lexicon
from toolkit.markers import detect_markers


def _lexicon(rows, cues=()):
    entries = pd.DataFrame([dict(zip(MARKER_COLUMNS, r, strict=True)) for r in rows],
                           columns=MARKER_COLUMNS)
    cue_frame = pd.DataFrame([dict(zip(CUE_COLUMNS, c, strict=True)) for c in cues],
                             columns=CUE_COLUMNS)
    return Lexicon(entries, cue_frame)


LEXICON = _lexicon([("may", "hedge", "modal", "test", "", ""),
                    ("grossly", "intensifier", "amplifier", "test", "", "")],
                   cues=[("claim", "distancing", "test", "")])


def test_plain_lexicon_counts_every_match_and_equals_detect_markers(nlp):
    text = "In May the figures may be grossly wrong."
    records = plain_lexicon_predictions({"x": text}, lexicon=LEXICON)
    assert [(m["text"], m["category"], m["subtype"]) for m in records[0]["markers"]] == [
        ("May", "hedge", "modal"), ("may", "hedge", "modal"),
        ("grossly", "intensifier", "amplifier")]
    expected = detect_markers(nlp(text), LEXICON, context=False)
    assert [(m["start"], m["end"]) for m in records[0]["markers"]] == [
        (m.start, m.end) for m in expected]
    assert records[0]["attributions"] == []
    assert records[0]["id"] == "x" and records[0]["text"] == text


def test_plain_lexicon_takes_gold_records():
    records = plain_lexicon_predictions([{"id": "a", "text": "It may rain.", "markers": []}],
                                        lexicon=LEXICON)
    assert [m["text"] for m in records[0]["markers"]] == ["may"]


def test_baselines_refuse_records_without_text():
    with pytest.raises(ValueError, match="records with 'id' and 'text'"):
        plain_lexicon_predictions([{"id": "a"}], lexicon=LEXICON)


def test_textacy_baseline_converts_a_quotation():
    text = '"The plan is safe," the company claimed on Monday.'
    [record] = textacy_quotation_predictions({"q": text}, lexicon=LEXICON)
    assert record["markers"] == []
    [relation] = record["attributions"]
    cue, source, content = (text[s:e] for s, e in (relation[k] for k in
                                                     ("cue", "source", "content")))
    assert cue == "claimed"
    assert source == "company"
    assert content == '"The plan is safe,"'
    assert relation["kind"] == "direct"
    assert relation["stance"] == "distancing"  # from the lexicon's reporting cues


def test_textacy_baseline_neutral_when_the_cue_is_not_in_the_lexicon():
    text = '"We will win," the minister said.'
    [record] = textacy_quotation_predictions({"q": text}, lexicon=LEXICON)
    [relation] = record["attributions"]
    assert relation["stance"] == "neutral"
    assert text[slice(*relation["cue"])] == "said"


def test_textacy_baseline_without_quotations_is_empty():
    [record] = textacy_quotation_predictions({"q": "The minister said the plan was safe."},
                                             lexicon=LEXICON)
    assert record["attributions"] == []


def _speaker(words, ents=(), index=0):
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return [doc[index]] if index is not None else []


@pytest.mark.parametrize("words, ents, index, expected", [
    (["we", "said"], (), 0, "self"),
    (["I", "said"], (), 0, "self"),
    (["Merkel", "said"], ((0, 1, "PERSON"),), 0, "named_person"),
    (["she", "said"], (), 0, "named_person"),
    (["Reuters", "said"], ((0, 1, "ORG"),), 0, "institution"),
    (["France", "said"], ((0, 1, "GPE"),), 0, "institution"),
    (["critics", "said"], (), 0, "anonymous"),
    (["said"], (), None, "none"),
])
def test_textacy_source_type_rule(words, ents, index, expected):
    assert textacy_source_type(_speaker(words, ents, index)) == expected
