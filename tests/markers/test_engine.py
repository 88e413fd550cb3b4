"""The engine: lexicon matching, context rules, productive rules and overlap resolution."""

from __future__ import annotations

import pytest

from toolkit.lexicon import SUBTYPES, default_lexicon
from toolkit.markers import add_marker_spans, detect_markers
from toolkit.markers.rules import CONTEXT_RULES, PRODUCTIVE_RULES

from . import found, parse

OWN_FILES = ("intensifier", "booster", "hedge", "downtoner")


@pytest.mark.parametrize("category", OWN_FILES)
def test_every_row_has_a_source_and_a_known_rule(category):
    rows = default_lexicon().entries
    rows = rows[rows["category"] == category]
    assert len(rows) > 20
    assert rows["source"].str.strip().ne("").all()
    named = set(rows["rule"]) - {""}
    assert named <= set(CONTEXT_RULES)
    assert set(rows["subtype"]) <= set(SUBTYPES[category])


def test_each_category_uses_each_of_its_subtypes():
    rows = default_lexicon().entries
    for category in OWN_FILES:
        used = set(rows.loc[rows["category"] == category, "subtype"])
        assert used == set(SUBTYPES[category]), category


def test_productive_rule_is_registered():
    assert "degree_adverb" in PRODUCTIVE_RULES


def test_one_token_can_carry_two_categories():
    doc = parse("It/PRON/PRP/nsubj/2 has/AUX/VBZ/aux/2 never/ADV/RB/neg/2 "
                "failed/VERB/VBN/ROOT/- ./PUNCT/./punct/2")
    markers = detect_markers(doc)
    assert {(m.text, m.category) for m in markers} >= {("never", "booster")}


def test_longest_match_wins_within_a_category():
    doc = parse("It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/- needed/VERB/VBN/acomp/1 "
                "more/ADV/RBR/advmod/5 than/ADP/IN/prep/2 ever/ADV/RB/pobj/4")
    assert found(doc, "intensifier") == ["more than ever"]


def test_context_false_is_the_plain_lexicon_baseline():
    # *May* the month is rejected by its context rule, but counts in the baseline
    doc = parse("In/ADP/IN/prep/2 May/PROPN/NNP/pobj/0 prices/NOUN/NNS/ROOT/-")
    assert [m.text for m in detect_markers(doc) if m.category == "hedge"] == []
    baseline = detect_markers(doc, context=False)
    assert "May" in [m.text for m in baseline if m.category == "hedge"]


@pytest.mark.parametrize("text", ["Let’s be clear: we will act.", "Let's be clear: we will act."])
def test_both_apostrophes_match(nlp, text):
    assert found(nlp(text), "booster") == [text[:14].lower()]


def test_markers_written_to_span_group(nlp):
    doc = nlp("The report is grossly unfair.")
    add_marker_spans(doc, detect_markers(doc))
    assert ("grossly", "intensifier") in {(s.text, s.label_) for s in doc.spans["markers"]}


def test_rules_run_on_a_doc_without_parse():
    from spacy.lang.en import English

    doc = English()("We may well be wrong, and only three people came; it is so unfair.")
    markers = detect_markers(doc)
    assert {"may well", "only"} <= {m.text.lower() for m in markers}


@pytest.mark.parametrize(("text", "category", "expected"), [
    ("They have just  been released.", "downtoner", []),
    ("They rejected it on such  a  sloppy basis.", "intensifier", ["such"]),
    ("Prices  tend to  rise.", "hedge", ["tend"]),
])
def test_rules_skip_whitespace_tokens(nlp, text, category, expected):
    # transcripts often hold double spaces, which spaCy keeps as whitespace tokens
    assert found(nlp(text), category) == expected



def _overlap_hits(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> int:
    """Matches under the scoring of MARKERS.md: a prediction matches an unmatched gold span
    of its category when they overlap by one character or more."""
    used: set[int] = set()
    for start, end in sorted(predicted):
        for i, (g_start, g_end) in enumerate(gold):
            if i not in used and start < g_end and g_start < end:
                used.add(i)
                break
    return len(used)


@pytest.mark.parametrize("category", OWN_FILES)
def test_dev_gold_f1_at_least_080(nlp, gold_paths, category):
    import json

    hits = n_gold = n_predicted = 0
    for path in gold_paths:
        for line in filter(str.strip, path.read_text(encoding="utf-8").splitlines()):
            record = json.loads(line)
            gold = [(m["start"], m["end"]) for m in record["markers"]
                    if m["category"] == category]
            predicted = [(m.start, m.end) for m in detect_markers(nlp(record["text"]))
                         if m.category == category]
            hits += _overlap_hits(gold, predicted)
            n_gold += len(gold)
            n_predicted += len(predicted)
    precision, recall = hits / n_predicted, hits / n_gold
    assert 2 * precision * recall / (precision + recall) >= 0.80
