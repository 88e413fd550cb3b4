"""Evaluation (negative, positive): each context rule on hand-built parses (independent of
the model), the productive rule, the lexicon's provenance, and end-to-end sentences on the
real pipeline. Sentences written for the rules."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, require_shared
from toolkit.lexicon import default_lexicon
from toolkit.markers import detect_markers
from toolkit.markers.evaluation import (
    abstract_head,
    evaluative_adverb,
    evaluative_modifier,
    evaluative_noun,
    excluded_words,
    genuine_sense,
    importance_sense,
    quality_sense,
)

from .handbuilt import parse, span_of

MODIFIER_CASES = [
    # (parse, word, fires)
    # the name of a criminal offence classifies the charge (*charges of malicious mischief*)
    ("jailed/VERB/VBN/ROOT/0 on/ADP/IN/prep/0 charges/NOUN/NNS/pobj/1 of/ADP/IN/prep/2 "
     "malicious/ADJ/JJ/amod/5 mischief/NOUN/NN/pobj/3", "malicious", False),
    ("accused/VERB/VBN/ROOT/0 of/ADP/IN/prep/0 wilful/ADJ/JJ/amod/3 neglect/NOUN/NN/pobj/1",
     "wilful", False),
    ("a/DET/DT/det/2 malicious/ADJ/JJ/amod/2 campaign/NOUN/NN/ROOT/2", "malicious", True),
    # a pronoun after *prosecution of* names no offence, but postpositive *those
    # responsible* names the liable (like *responsible for*), no judgement
    ("prosecution/NOUN/NN/ROOT/0 of/ADP/IN/prep/0 those/PRON/DT/pobj/1 "
     "responsible/ADJ/JJ/amod/2", "responsible", False),
    ("prosecution/NOUN/NN/ROOT/0 of/ADP/IN/prep/0 those/PRON/DT/pobj/1 "
     "who/PRON/WP/nsubj/4 acted/VERB/VBD/relcl/2 recklessly/ADV/RB/advmod/4",
     "recklessly", True),
    ("the/DET/DT/det/1 charges/NOUN/NNS/nsubj/2 are/AUX/VBP/ROOT/2 "
     "malicious/ADJ/JJ/acomp/2", "malicious", True),
    ("groundless/ADJ/JJ/amod/1 findings/NOUN/NNS/ROOT/1", "groundless", True),
    ("biased/VERB/VBN/amod/1 findings/NOUN/NNS/ROOT/1", "biased", True),
    ("They/PRON/PRP/nsubj/1 acted/VERB/VBD/ROOT/1 swiftly/ADV/RB/advmod/1", "swiftly", True),
    # a proper name: the title of a bill
    ("the/DET/DT/det/4 One/PROPN/NNP/compound/4 Big/PROPN/NNP/compound/4 "
     "Beautiful/PROPN/NNP/compound/4 Bill/PROPN/NNP/ROOT/4", "beautiful", False),
    # an epithet glued to a person's name counts
    ("Crazy/PROPN/NNP/compound/2 Bernie/PROPN/NNP/compound/2 Sanders/PROPN/NNP/ROOT/2",
     "crazy", True),
    # an epithet on an organisation counts; a word in an institution's name does not
    ("Fake/PROPN/NNP/compound/2 News/PROPN/NNP/compound/2 CNN/PROPN/NNP/ROOT/2",
     "fake", True),
    ("the/DET/DT/det/3 Fair/PROPN/NNP/compound/3 Trade/PROPN/NNP/compound/3 "
     "Commission/PROPN/NNP/ROOT/3", "fair", False),
    # a one-word sentence the tagger took for a name
    ("Wrong/PROPN/NNP/ROOT/0 ./PUNCT/./punct/0", "wrong", True),
    # one side of a hyphenated descriptive compound
    ("a/DET/DT/det/4 high~/ADJ/JJ/amod/2 -~/PUNCT/HYPH/punct/2 level/NOUN/NN/compound/4 "
     "committee/NOUN/NN/ROOT/4", "high", False),
    # a participle in a series of acts is a verb, not an adjective
    ("They/PRON/PRP/nsubj/1 killed/VERB/VBD/ROOT/1 ,/PUNCT/,/punct/1 "
     "tortured/VERB/VBN/conj/1 and/CCONJ/CC/cc/3 abused/VERB/VBD/conj/3 "
     "civilians/NOUN/NNS/dobj/1", "tortured", False),
    # a complement that changes the sense
    ("Iran/PROPN/NNP/nsubj/1 is/AUX/VBZ/ROOT/1/be responsible/ADJ/JJ/acomp/1 "
     "for/ADP/IN/prep/2 the/DET/DT/det/5 attack/NOUN/NN/pobj/3", "responsible", False),
    ("a/DET/DT/det/2 responsible/ADJ/JJ/amod/2 choice/NOUN/NN/ROOT/2", "responsible", True),
    # *fair* the noun (*a trade fair*) is not the adjective
    ("a/DET/DT/det/2 trade/NOUN/NN/compound/2 fair/NOUN/NN/ROOT/2", "fair", False),
    ("a/DET/DT/det/2 fair/ADJ/JJ/amod/2 trial/NOUN/NN/ROOT/2", "fair", True),
    # a participle after *be* with nothing a verb takes is an adjective (the parser's
    # passive or progressive); with an agent or a complement it stays a verb
    ("the/DET/DT/det/1 report/NOUN/NN/nsubjpass/3 is/AUX/VBZ/auxpass/3/be "
     "biased/VERB/VBN/ROOT/3", "biased", True),
    ("closures/NOUN/NNS/nsubj/2 were/AUX/VBD/aux/2/be worrying/VERB/VBG/ROOT/2",
     "worrying", True),
    ("charges/NOUN/NNS/nsubjpass/2 were/AUX/VBD/auxpass/2/be fabricated/VERB/VBN/ROOT/2 "
     "by/ADP/IN/agent/2 police/NOUN/NN/pobj/3", "fabricated", False),
    # the object complement of a verb of calling, read as a reduced relative
    ("he/PRON/PRP/nsubj/1 called/VERB/VBD/ROOT/1/call the/DET/DT/det/3 "
     "hearing/NOUN/NN/dobj/1 biased/VERB/VBN/acl/3", "biased", True),
    ("he/PRON/PRP/nsubj/1 saw/VERB/VBD/ROOT/1/see the/DET/DT/det/3 "
     "hearing/NOUN/NN/dobj/1 biased/VERB/VBN/acl/3", "biased", False),
    # the participle of a that-clause on a noun (acl, with its own be), the object
    # complement read as a clause, and a clause hung on it across a colon
    ("the/DET/DT/det/1 finding/NOUN/NN/ROOT/1 that/SCONJ/IN/mark/6 the/DET/DT/det/4 "
     "evidence/NOUN/NN/nsubjpass/6 was/AUX/VBD/auxpass/6/be fabricated/VERB/VBN/acl/1",
     "fabricated", True),
    ("calling/VERB/VBG/ROOT/0/call claims/NOUN/NNS/nsubj/3 fully/ADV/RB/advmod/3 "
     "fabricated/VERB/VBN/ccomp/0", "fabricated", True),
    ("be/AUX/VB/advcl/6/be clear/ADJ/JJ/acomp/0 :/PUNCT/:/punct/6 the/DET/DT/det/4 "
     "results/NOUN/NNS/nsubjpass/6 are/AUX/VBP/auxpass/6/be fabricated/VERB/VBN/ROOT/6",
     "fabricated", True),
    ("he/PRON/PRP/nsubj/1 saw/VERB/VBD/ROOT/1/see claims/NOUN/NNS/nsubj/3 "
     "fabricated/VERB/VBN/ccomp/1", "fabricated", False),
]


@pytest.mark.parametrize("spec, word, fires", MODIFIER_CASES)
def test_evaluative_modifier(spec: str, word: str, fires: bool) -> None:
    assert evaluative_modifier(span_of(parse(spec), word)) is fires


NOUN_CASES = [
    ("attacking/VERB/VBG/ROOT/0 me/PRON/PRP/dobj/0 with/ADP/IN/prep/0 lies/NOUN/NNS/pobj/2",
     "lies", True),
    ("He/PRON/PRP/nsubj/1 lies/VERB/VBZ/ROOT/1/lie about/ADP/IN/prep/1 it/PRON/PRP/pobj/2",
     "lies", False),
    ("HOAX/VERB/VB/ROOT/0 :/PUNCT/:/punct/0 People/NOUN/NNS/nsubj/4 will/AUX/MD/aux/4 "
     "die/VERB/VB/ccomp/0", "hoax", True),
    ("led/VERB/VBN/ROOT/0 by/ADP/IN/agent/0 Trygve/PROPN/NNP/compound/3 "
     "Lie/PROPN/NNP/pobj/1", "lie", False),
    ("rights/NOUN/NNS/nsubj/1 lie/NOUN/NN/ROOT/1 at/ADP/IN/prep/1 the/DET/DT/det/4 "
     "core/NOUN/NN/pobj/2", "lie", False),
]


@pytest.mark.parametrize("spec, word, fires", NOUN_CASES)
def test_evaluative_noun(spec: str, word: str, fires: bool) -> None:
    assert evaluative_noun(span_of(parse(spec), word)) is fires


IMPORTANCE_CASES = [
    ("fund/VERB/VB/ROOT/0 critical/ADJ/JJ/amod/2 priorities/NOUN/NNS/dobj/0", "critical", True),
    ("He/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/1/be critical/ADJ/JJ/acomp/1 of/ADP/IN/prep/2 "
     "the/DET/DT/det/5 plan/NOUN/NN/pobj/3", "critical", False),
    ("of/ADP/IN/ROOT/0 key/ADJ/JJ/amod/2 significance/NOUN/NN/pobj/0", "key", True),
    ("the/DET/DT/det/1 key/NOUN/NN/nsubj/2 is/AUX/VBZ/ROOT/2/be trust/NOUN/NN/attr/2",
     "key", False),
    ("a/DET/DT/det/2 significant/ADJ/JJ/amod/2 number/NOUN/NN/ROOT/2", "significant", False),
    ("a/DET/DT/det/2 significant/ADJ/JJ/amod/2 step/NOUN/NN/ROOT/2", "significant", True),
    ("vital/ADJ/JJ/amod/1 signs/NOUN/NNS/ROOT/1", "vital", False),
    ("essential/ADJ/JJ/amod/1 workers/NOUN/NNS/ROOT/1", "essential", False),
    ("essential/ADJ/JJ/amod/1 services/NOUN/NNS/ROOT/1", "essential", True),
]


@pytest.mark.parametrize("spec, word, fires", IMPORTANCE_CASES)
def test_importance_sense(spec: str, word: str, fires: bool) -> None:
    assert importance_sense(span_of(parse(spec), word)) is fires


GENUINE_CASES = [
    ("pursue/VERB/VB/ROOT/0 real/ADJ/JJ/amod/2 solutions/NOUN/NNS/dobj/0", "real", True),
    ("real/ADJ/JJ/amod/1 estate/NOUN/NN/ROOT/1", "real", False),
    ("in/ADP/IN/ROOT/0 real/ADJ/JJ/amod/2 terms/NOUN/NNS/pobj/0", "real", False),
    ("It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/1/be real/ADV/RB/advmod/3 good/ADJ/JJ/acomp/1",
     "real", False),
    ("genuine/ADJ/JJ/amod/1 peace/NOUN/NN/ROOT/1", "genuine", True),
    ("This/PRON/DT/nsubj/1 is/AUX/VBZ/ROOT/1/be true/ADJ/JJ/acomp/1 of/ADP/IN/prep/2 "
     "all/DET/DT/pobj/3", "true", False),
    ("Dreams/NOUN/NNS/nsubj/1 came/VERB/VBD/ROOT/1/come true/ADJ/JJ/acomp/1", "true", False),
]


@pytest.mark.parametrize("spec, word, fires", GENUINE_CASES)
def test_genuine_sense(spec: str, word: str, fires: bool) -> None:
    assert genuine_sense(span_of(parse(spec), word)) is fires


QUALITY_CASES = [
    ("People/NOUN/NNS/nsubj/1 deserve/VERB/VBP/ROOT/1 better/ADJ/JJR/dobj/1", "better", True),
    ("You/PRON/PRP/nsubj/3 had/AUX/VBD/aux/3/have better/ADV/RBR/advmod/3 go/VERB/VB/ROOT/3",
     "better", False),
    ("It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/1/be at/ADP/IN/prep/1 best/ADJ/JJS/pobj/2 "
     "weak/ADJ/JJ/acomp/1", "best", False),
    ("They/PRON/PRP/nsubj/1 came/VERB/VBD/ROOT/1/come as/ADV/RB/advmod/1 "
     "well/ADV/RB/advmod/1", "well", False),
    ("values/NOUN/NNS/ROOT/0 that/PRON/WDT/nsubj/2 make/VERB/VBP/relcl/0 "
     "our/PRON/PRP$/poss/4 nation/NOUN/NN/nsubj/5 great/ADJ/JJ/ccomp/2", "great", True),
    ("however/ADV/RB/advmod/2 great/ADJ/JJ/amod/3 the/DET/DT/det/3 need/NOUN/NN/ROOT/3",
     "great", False),
    ("We/PRON/PRP/nsubj/1 do/VERB/VBP/ROOT/1 our/PRON/PRP$/poss/3 best/ADJ/JJS/dobj/1",
     "best", False),
    ("the/DET/DT/det/2 best/ADJ/JJS/amod/2 thing/NOUN/NN/ROOT/2", "best", True),
    ("to/ADP/IN/ROOT/0 the/DET/DT/det/2 best/ADJ/JJS/pobj/0 of/ADP/IN/prep/2 "
     "its/PRON/PRP$/poss/5 ability/NOUN/NN/pobj/3", "best", False),
]


@pytest.mark.parametrize("spec, word, fires", QUALITY_CASES)
def test_quality_sense(spec: str, word: str, fires: bool) -> None:
    assert quality_sense(span_of(parse(spec), word)) is fires


ABSTRACT_HEAD_CASES = [
    ("such/DET/PDT/predet/3 a/DET/DT/det/3 sloppy/ADJ/JJ/amod/3 basis/NOUN/NN/ROOT/3",
     "sloppy", True),
    ("sloppy/ADJ/JJ/amod/1 soil/NOUN/NN/ROOT/1", "sloppy", False),
    ("The/DET/DT/det/1 road/NOUN/NN/nsubj/2 is/AUX/VBZ/ROOT/2/be narrow/ADJ/JJ/acomp/2",
     "narrow", False),
    ("a/DET/DT/det/2 narrow/ADJ/JJ/amod/2 interpretation/NOUN/NN/ROOT/2", "narrow", True),
    ("poor/ADJ/JJ/amod/1 countries/NOUN/NNS/ROOT/1", "poor", False),
    ("poor/ADJ/JJ/amod/1 governance/NOUN/NN/ROOT/1", "poor", True),
    ("sources/NOUN/NNS/ROOT/0 of/ADP/IN/prep/0 clean/ADJ/JJ/amod/3 energy/NOUN/NN/pobj/1",
     "clean", False),
]


@pytest.mark.parametrize("spec, word, fires", ABSTRACT_HEAD_CASES)
def test_abstract_head(spec: str, word: str, fires: bool) -> None:
    assert abstract_head(span_of(parse(spec), word)) is fires


def test_negated_judgement_marks_prefixed_judgement_adjectives() -> None:
    lexicon = default_lexicon().add("presidential", "evaluation", "positive")
    doc = parse("an/DET/DT/det/2 unpresidential/ADJ/JJ/amod/2 act/NOUN/NN/ROOT/2")
    found = [(m.text, m.subtype, m.rule) for m in detect_markers(doc, lexicon)
             if m.category == "evaluation"]
    assert found == [("unpresidential", "negative", "rule:negated_judgement")]


@pytest.mark.parametrize("spec, expected", [
    ("the/DET/DT/det/2 cruellest/ADJ/JJS/amod/2/cruel act/NOUN/NN/ROOT/2",
     [("cruellest", "negative", "rule:inflected_evaluation")]),
    ("a/DET/DT/det/2 fairer/ADJ/JJR/amod/2/fair deal/NOUN/NN/ROOT/2",
     [("fairer", "positive", "rule:inflected_evaluation")]),
    ("a/DET/DT/det/2 larger/ADJ/JJR/amod/2/large deal/NOUN/NN/ROOT/2", []),
])
def test_inflected_evaluation(spec: str, expected: list) -> None:
    found = [(m.text, m.subtype, m.rule) for m in detect_markers(parse(spec))
             if m.category == "evaluation"]
    assert found == expected


@pytest.mark.parametrize("spec, expected", [
    ("an/DET/DT/det/4 ill~/ADV/RB/advmod/3 -~/PUNCT/HYPH/punct/3 prepared/VERB/VBN/amod/4 "
     "plan/NOUN/NN/ROOT/4", [("ill-prepared", "negative", "rule:ill_compound")]),
    ("They/PRON/PRP/nsubj/1 were/AUX/VBD/ROOT/1 ill~/ADV/RB/advmod/4 -~/PUNCT/HYPH/punct/4 "
     "suited/ADJ/JJ/acomp/1", [("ill-suited", "negative", "rule:ill_compound")]),
    # treatment and physical state are described, not judged
    ("ill~/ADV/RB/advmod/2 -~/PUNCT/HYPH/punct/2 treated/VERB/VBN/amod/3 "
     "detainees/NOUN/NNS/ROOT/3", []),
    ("his/PRON/PRP$/poss/3 ill~/ADJ/JJ/amod/3 -~/PUNCT/HYPH/punct/3 health/NOUN/NN/ROOT/3",
     []),
    # *ill* apart from a hyphen is no prefix
    ("He/PRON/PRP/nsubj/1 fell/VERB/VBD/ROOT/1 ill/ADJ/JJ/acomp/1 -/PUNCT/:/punct/1 "
     "suddenly/ADV/RB/advmod/1", []),
])
def test_ill_compound(spec: str, expected: list) -> None:
    found = [(m.text, m.subtype, m.rule) for m in detect_markers(parse(spec))
             if m.category == "evaluation" and m.rule == "rule:ill_compound"]
    assert found == expected


@pytest.mark.parametrize("spec, expected", [
    # coordinated with an evaluative adjective: same orientation with *and* ...
    ("a/DET/DT/det/4 groundless/ADJ/JJ/amod/4 and/CCONJ/CC/cc/1 sketchy/ADJ/JJ/conj/1 "
     "claim/NOUN/NN/ROOT/4", [("sketchy", "negative")]),
    # ... the opposite with *but*
    ("a/DET/DT/det/4 biased/ADJ/JJ/amod/4 but/CCONJ/CC/cc/1 feisty/ADJ/JJ/conj/1 "
     "account/NOUN/NN/ROOT/4", [("feisty", "positive")]),
    # classifying, excluded and capitalised words stay out
    ("a/DET/DT/det/4 groundless/ADJ/JJ/amod/4 and/CCONJ/CC/cc/1 political/ADJ/JJ/conj/1 "
     "claim/NOUN/NN/ROOT/4", []),
    ("a/DET/DT/det/4 constructive/ADJ/JJ/amod/4 and/CCONJ/CC/cc/1 peaceful/ADJ/JJ/conj/1 "
     "dialogue/NOUN/NN/ROOT/4", []),
    ("a/DET/DT/det/4 constructive/ADJ/JJ/amod/4 and/CCONJ/CC/cc/1 Nordic/ADJ/JJ/conj/1 "
     "dialogue/NOUN/NN/ROOT/4", []),
    # no evaluative partner, no judgement
    ("a/DET/DT/det/4 lengthy/ADJ/JJ/amod/4 and/CCONJ/CC/cc/1 sketchy/ADJ/JJ/conj/1 "
     "claim/NOUN/NN/ROOT/4", []),
])
def test_conjoined_evaluation(spec: str, expected: list) -> None:
    found = [(m.text, m.subtype) for m in detect_markers(parse(spec))
             if m.rule == "rule:conjoined_evaluation"]
    assert found == expected


@pytest.mark.parametrize("spec, expected", [
    ("The/DET/DT/det/1 court/NOUN/NN/nsubj/2 deemed/VERB/VBD/ROOT/2/deem the/DET/DT/det/4 "
     "search/NOUN/NN/dobj/2 wonky/ADJ/JJ/oprd/2", ["wonky"]),
    ("We/PRON/PRP/nsubj/1 find/VERB/VBP/ROOT/1 it/PRON/PRP/nsubj/3 "
     "sketchy/ADJ/JJ/ccomp/1", ["sketchy"]),
    # words the lexicon build keeps out, and verbs that do not judge, stay out
    ("They/PRON/PRP/nsubj/1 found/VERB/VBD/ROOT/1/find him/PRON/PRP/nsubj/3 "
     "guilty/ADJ/JJ/ccomp/1", []),
    ("They/PRON/PRP/nsubj/1 made/VERB/VBD/ROOT/1/make it/PRON/PRP/nsubj/3 "
     "sketchy/ADJ/JJ/ccomp/1", []),
    ("a/DET/DT/det/2 sketchy/ADJ/JJ/amod/2 plan/NOUN/NN/ROOT/2", []),
])
def test_judgement_frame(spec: str, expected: list) -> None:
    found = [m.text for m in detect_markers(parse(spec)) if m.rule == "rule:judgement_frame"]
    assert found == expected


@pytest.mark.parametrize("spec, word, fires", [
    ("They/PRON/PRP/nsubj/2 callously/ADV/RB/advmod/2 dismissed/VERB/VBD/ROOT/2 "
     "it/PRON/PRP/dobj/2", "callously", True),
    # before an adjective a derived adverb scales a degree
    ("excessively/ADV/RB/advmod/1 high/ADJ/JJ/amod/2 fees/NOUN/NNS/ROOT/2", "excessively",
     False),
    ("a/DET/DT/det/3 modestly/ADV/RB/advmod/2 larger/ADJ/JJR/amod/3 share/NOUN/NN/ROOT/3",
     "modestly", False),
])
def test_evaluative_adverb(spec: str, word: str, fires: bool) -> None:
    assert evaluative_adverb(span_of(parse(spec), word)) is fires


def test_negated_judgement_needs_a_positive_judgement_base() -> None:
    doc = parse("an/DET/DT/det/2 unpresidential/ADJ/JJ/amod/2 act/NOUN/NN/ROOT/2")
    assert [m for m in detect_markers(doc) if m.category == "evaluation"] == []


# --- the lexicon -----------------------------------------------------------------------------

def _evaluation_rows():
    rows = default_lexicon().entries
    return rows[rows["category"] == "evaluation"]


@pytest.mark.parametrize(("word", "subtype"), [
    ("understandable", "positive"), ("justifiable", "positive"), ("excusable", "positive"),
    ("reprehensible", "negative"), ("condemnable", "negative"), ("pitiable", "negative"),
    ("unforgivable", "negative"), ("indefensible", "negative"), ("unpardonable", "negative"),
])
def test_able_adjectives_of_judging_verbs(word: str, subtype: str) -> None:
    rows = _evaluation_rows()
    assert rows[rows["term"] == word]["subtype"].tolist() == [subtype]


def test_defensible_alone_is_not_evaluation() -> None:
    """*defensible borders* describe; only the negated form judges."""
    rows = _evaluation_rows()
    assert "defensible" not in set(rows["term"])


def test_every_evaluation_row_has_a_source_and_a_rule() -> None:
    rows = _evaluation_rows()
    assert len(rows) > 1000
    assert set(rows["source"]) <= {"Pattern", "VADER", "Martin & White 2005", "WordNet 3.0",
                                   "project"}
    assert set(rows["subtype"]) == {"negative", "positive"}
    assert (rows["rule"] != "").all()


@pytest.mark.parametrize("word", ["severe", "massive", "deep", "urgent", "pressing",
                                  "coercive", "punitive", "economic", "harmful",
                                  "intensified", "disinformation", "propaganda",
                                  "aggression", "repression", "corruption",
                                  # effect participles; adverbs of repeated frequency
                                  "destabilizing", "dehumanizing", "consistently",
                                  "repeatedly", "routinely",
                                  # participles derived back from adverbs name a state
                                  "devoted", "assured",
                                  # style disjuncts, emotion states, urgency, descriptive
                                  "frankly", "optimistic", "immediate", "sustainable"])
def test_not_evaluation_per_markers_md(word: str) -> None:
    assert word not in set(_evaluation_rows()["term"])


@pytest.mark.parametrize("word", ["important", "vital", "crucial", "essential", "meaningful",
                                  "significant", "genuine", "real", "groundless", "baseless",
                                  "illogical", "unconstitutional", "illegitimate", "hearsay",
                                  "lie", "hoax", "smear", "swiftly", "duly", "faithfully",
                                  # derived: -ly adverbs outside WordNet's adverb index,
                                  # adjectives of evaluative adverbs, agent nouns of lie
                                  "callously", "brazenly", "foolish", "liar", "liars"])
def test_evaluation_per_markers_md(word: str) -> None:
    assert word in set(_evaluation_rows()["term"])


def test_build_script_reproduces_the_packaged_lexicon() -> None:
    shared = require_shared("lexicons", "pattern_en_sentiment.xml").parents[1]
    path = ROOT / "scripts" / "build_evaluation_lexicon.py"
    spec = importlib.util.spec_from_file_location("build_evaluation_lexicon", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    built = {(r["term"], r["subtype"], r["source"], r["rule"]) for r in module.build(shared)}
    packaged = {tuple(r) for r in _evaluation_rows()[["term", "subtype", "source", "rule"]]
                .itertuples(index=False)}
    # terms another category's lexicon took up since the last build differ, nothing else
    others = module.other_category_terms()
    assert {row[0] for row in built ^ packaged} <= others


def test_excluded_words_are_no_evaluation_rows() -> None:
    excluded = excluded_words()
    assert {"severe", "urgent", "independent", "widespread"} <= excluded
    assert not excluded & set(_evaluation_rows()["term"])


def test_lexicon_header_names_the_licences() -> None:
    text = Path(ROOT / "toolkit" / "lexicons" / "evaluation.tsv").read_text(encoding="utf-8")
    header = text[:1000]
    assert "PDDL" in header and "MIT" in header


# --- end to end ------------------------------------------------------------------------------

END_TO_END = [
    # (sentence, expected evaluation markers as (text, subtype))
    ("The report rests on groundless and biased findings.",
     [("groundless", "negative"), ("biased", "negative")]),
    ("Much of it is based merely on hearsay.", [("hearsay", "negative")]),
    # forms of address are titles (Erskine May), not judgements
    ("The noble and learned Lord said that the Motion was out of order.", []),
    ("My hon. and gallant Friend asked a question.", []),
    ("The plea was entered before the Honorable James Robertson.", []),
    ("She is an honorable public servant.", [("honorable", "positive")]),
    # Judgement of social esteem (Martin & White 2005: normality), said of a colleague
    ("I agree with our distinguished Azerbaijani colleague.", [("distinguished", "positive")]),
    ("It is an invasive and unprecedented data-mining system.", [("invasive", "negative")]),
    ("It would be premature to call it an agreement.", [("premature", "negative")]),
    ("These outlandish and fictitious claims are a ruse.",
     [("outlandish", "negative"), ("fictitious", "negative"), ("ruse", "negative")]),
    ("MR PRICE: Good to see everyone.", []),
    ("There have been a good many caches found.", []),
    # right judging a choice or a predicative right with its infinitive; an adjective the
    # tagger took for a noun
    ("She is right to expect an apology.", [("right", "positive")]),
    ("The OSCE is the right place for this dialogue.", [("right", "positive")]),
    ("We must strike the right balance.", []),
    ("So let's get right to questions.", []),
    ("The Council discussed Iran's malign behavior.", [("malign", "negative")]),
    # nouns judging truth (MARKERS.md), from WordNet 3.0's synsets of the listed ones
    ("The article is built on rumour and innuendo.",
     [("rumour", "negative"), ("innuendo", "negative")]),
    ("Ministers paid lip service to the conspiracy theory.",
     [("lip service", "negative"), ("conspiracy theory", "negative")]),
    ("The committee took swift and constructive steps.",
     [("swift", "positive"), ("constructive", "positive")]),
    ("A high-level committee set up multi-pronged measures.", []),
    ("Hong Kong intensified its efforts.", []),
    ("The sanctions were coercive and punitive.", []),
    ("This is an urgent and pressing matter.", []),
    ("These are important priorities.", [("important", "positive")]),
    ("He was critical of the plan.", []),
    ("They sold real estate.", []),
    ("We need real solutions.", [("real", "positive")]),
    ("Unfortunately, the talks failed.", [("Unfortunately", "negative")]),
    ("The charges are baseless and unconstitutional.",
     [("baseless", "negative"), ("unconstitutional", "negative")]),
    ("He was attacking me with lies.", [("lies", "negative")]),
    ("He lies about everything.", []),
    ("The soil was sloppy after the rain.", []),
    ("The troops were ill-equipped for the task.", [("ill-equipped", "negative")]),
    ("He was jailed on charges of malicious mischief.", []),
    ("The minister callously dismissed the victims.", [("callously", "negative")]),
    ("Nobody believes that liar.", [("liar", "negative")]),
    ("Critics deemed the plan outlandish.", [("outlandish", "negative")]),
    # Appreciation of reaction like *worrying* (Martin & White 2005), not the preposition
    ("The situation remains deeply concerning.", [("concerning", "negative")]),
    ("It is the latest in a series of concerning indicators.", [("concerning", "negative")]),
    ("We received a report concerning the incident.", []),
]


@pytest.mark.parametrize("sentence, expected", END_TO_END)
def test_evaluation_end_to_end(nlp, sentence: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.text, m.subtype) for m in detect_markers(nlp(sentence))
             if m.category == "evaluation"]
    assert found == expected


# legality judges acts, not people or goods (rule unlawful_act); liability is no judgement --

from tests.markers import found  # noqa: E402
from tests.markers import parse as hand_parse  # noqa: E402

UNLAWFUL_ACT_CASES = [
    ("Putin's illegal war must end.", "illegal", True),
    ("The annexation is unlawful.", "unlawful", True),
    ("They imposed illicit sanctions on the island.", "illicit", True),
    ("Russia illegally annexed the peninsula.", "illegally", True),
    ("Police deported illegal immigrants.", "illegal", False),
    ("Customs seized illegal drugs.", "illegal", False),
    ("Illegal armed groups attacked the village.", "illegal", False),
    ("The ministry banned illegal logging.", "illegal", False),
    ("They entered the country illegally.", "illegally", False),
]


@pytest.mark.parametrize(("sentence", "word", "fires"), UNLAWFUL_ACT_CASES)
def test_unlawful_act(nlp, sentence: str, word: str, fires: bool) -> None:
    assert (word in found(nlp(sentence), "evaluation")) is fires


LIABILITY_CASES = [
    ("We need transparent and accountable institutions.", "accountable", True),
    ("The people want an accountable government.", "accountable", True),
    ("The Council must become more accountable, transparent and fair.", "accountable", True),
    ("We will hold Iran accountable for the attack.", "accountable", False),
    ("The regime must be held accountable.", "accountable", False),
    ("We will all be accountable.", "accountable", False),
    ("The agency is accountable to parliament.", "accountable", False),
]


@pytest.mark.parametrize(("sentence", "word", "fires"), LIABILITY_CASES)
def test_liability_sense(nlp, sentence: str, word: str, fires: bool) -> None:
    assert (word in found(nlp(sentence), "evaluation")) is fires


HELD_ACCOUNTABLE = "They/PRON/PRP/nsubj/1 held/VERB/VBD/ROOT/- Iran/PROPN/NNP/nsubj/3 " \
    "accountable/ADJ/JJ/ccomp/1"
ACCOUNTABLE_STATE = "an/DET/DT/det/2 accountable/ADJ/JJ/amod/2 state/NOUN/NN/ROOT/-"
ILLEGAL_WAR = "an/DET/DT/det/2 illegal/ADJ/JJ/amod/2 war/NOUN/NN/ROOT/-"
ILLEGAL_ALIENS = "illegal/ADJ/JJ/amod/1 aliens/NOUN/NNS/ROOT/-"


@pytest.mark.parametrize(("spec", "expected"), [
    (HELD_ACCOUNTABLE, []), (ACCOUNTABLE_STATE, ["accountable"]), (ILLEGAL_WAR, ["illegal"]),
    (ILLEGAL_ALIENS, []),
])
def test_legality_and_liability_on_hand_built_parses(spec: str, expected: list) -> None:
    assert found(hand_parse(spec), "evaluation") == expected


# Martin & White's (2005) judgement vocabulary and WordNet-checked negations -------------

@pytest.mark.parametrize(("sentence", "word", "subtype"), [
    ("Officials were complicit in the abuse.", "complicit", "negative"),
    ("It was a negligent inspection.", "negligent", "negative"),
    ("The minister gave a disloyal answer.", "disloyal", "negative"),
    ("The reform was imprudent.", "imprudent", "negative"),
    ("That is an unconvincing excuse.", "unconvincing", "negative"),
    ("She is a judicious leader.", "judicious", "positive"),
    ("He made a forthright statement.", "forthright", "positive"),
])
def test_judgement_vocabulary(nlp, sentence: str, word: str, subtype: str) -> None:
    markers = {m.text.lower(): m.subtype for m in detect_markers(nlp(sentence))
               if m.category == "evaluation"}
    assert markers.get(word) == subtype


def test_wordnet_negations_are_recorded_with_their_base() -> None:
    rows = default_lexicon().entries
    negated = rows[(rows["category"] == "evaluation") & (rows["source"] == "WordNet 3.0")
                   & (rows["rule"] == "evaluative_modifier")]
    assert len(negated) > 50
    assert set(negated["subtype"]) == {"negative"}
    bases = negated["note"].str.extract(r"^(?:un|in|il|im|ir|dis)- \+ (\w+)")[0]
    assert bases.notna().all()


@pytest.mark.parametrize(("sentence", "word", "fires"), [
    ("The illusion that force brings peace has cost many lives.", "illusion", True),
    ("It is a myth that sanctions never work.", "myth", True),
    ("The raid was a pretext for arrests.", "pretext", True),
    ("Gangs scam the elderly.", "scam", False),  # the verb
])
def test_nouns_that_judge_truth(nlp, sentence: str, word: str, fires: bool) -> None:
    assert (word in found(nlp(sentence), "evaluation")) is fires


def _build_module():
    path = ROOT / "scripts" / "build_evaluation_lexicon.py"
    spec = importlib.util.spec_from_file_location("build_evaluation_lexicon", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("american", "british"), [
    ("favorable", "favourable"), ("unfavorably", "unfavourably"), ("civilized", "civilised"),
    ("unsavory", "unsavoury"), ("dishonorable", "dishonourable"),
    # no American stem inside another word, no *-ize* in a short word
    ("elaborate", "elaborate"), ("invigorating", "invigorating"), ("size", "size"),
])
def test_british_spelling(american: str, british: str) -> None:
    assert _build_module().british_spelling(american) == british


@pytest.mark.parametrize(("sentence", "word", "fires"), [
    ("Loans come under favourable conditions.", "favourable", True),
    ("She has a warm personality.", "warm", True),
    ("We will ensure a smooth transition.", "smooth", True),
    ("Add warm water to the mix.", "warm", False),
    ("The stones are smooth.", "smooth", False),
    ("Today we had a rehash of amateurish disinformation.", "rehash", True),
])
def test_spelling_and_physical_senses(nlp, sentence: str, word: str, fires: bool) -> None:
    assert (word in {m.text.lower() for m in detect_markers(nlp(sentence))
                     if m.category == "evaluation"}) is fires
