"""Denial (negation, counter): each context rule on hand-built parses (independent of the
model), then end-to-end on the real pipeline. Sentences written for the rules."""

from __future__ import annotations

import pytest

from toolkit.lexicon import default_lexicon
from toolkit.markers import detect_markers
from toolkit.markers.denial import (
    concessive_while,
    counter_but,
    counter_even,
    counter_rather,
    counter_still,
    counter_though,
    counter_yet,
    propositional_negation,
)

from . import found
from .handbuilt import parse, span_of

# --- negation ------------------------------------------------------------------------------

NEGATION_CASES = [
    # (parse, negator, fires)
    ("The/DET/DT/det/1 findings/NOUN/NNS/nsubjpass/4 are/AUX/VBP/auxpass/4 "
     "not/PART/RB/neg/4 substantiated/VERB/VBN/ROOT/4 ./PUNCT/./punct/4", "not", True),
    ("They/PRON/PRP/nsubj/1 chose/VERB/VBD/ROOT/1/choose not/PART/RB/neg/4 "
     "to/PART/TO/aux/4 act/VERB/VB/xcomp/1 ./PUNCT/./punct/1", "not", True),
    ("Not/PART/RB/preconj/4 only/ADV/RB/advmod/0 did/AUX/VBD/aux/4 he/PRON/PRP/nsubj/4 "
     "lie/VERB/VB/ROOT/4 ,/PUNCT/,/punct/4 but/CCONJ/CC/cc/4 he/PRON/PRP/nsubj/9 "
     "also/ADV/RB/advmod/9 cheated/VERB/VBD/conj/4 ./PUNCT/./punct/4", "not", False),
    ("He/PRON/PRP/nsubj/1 lied/VERB/VBD/ROOT/1 ,/PUNCT/,/punct/1 not/PART/RB/neg/5 "
     "to/PART/TO/aux/5 mention/VERB/VB/advcl/1 fraud/NOUN/NN/dobj/5 ./PUNCT/./punct/1",
     "not", False),
    ("Whether/SCONJ/IN/mark/4 or/CCONJ/CC/cc/0 not/PART/RB/conj/0 they/PRON/PRP/nsubj/4 "
     "agree/VERB/VBP/ROOT/4 ./PUNCT/./punct/4", "not", False),
    ("Voters/NOUN/NNS/nsubj/1 said/VERB/VBD/ROOT/1/say no/INTJ/UH/dobj/1 to/ADP/IN/prep/1 "
     "the/DET/DT/det/5 levy/NOUN/NN/pobj/3 ./PUNCT/./punct/1", "no", False),
    ("There/PRON/EX/expl/1 is/VERB/VBZ/ROOT/1/be no/DET/DT/det/3 evidence/NOUN/NN/attr/1 "
     "./PUNCT/./punct/1", "no", True),
    ("They/PRON/PRP/nsubj/1 are/AUX/VBP/ROOT/1/be no/DET/DT/det/3 doubt/NOUN/NN/npadvmod/4 "
     "wrong/ADJ/JJ/acomp/1 ./PUNCT/./punct/1", "no", False),
    ("Make/VERB/VB/ROOT/0/make no/DET/DT/det/2 mistake/NOUN/NN/dobj/0 ./PUNCT/./punct/0",
     "no", False),
    ("We/PRON/PRP/nsubj/1 spare/VERB/VBP/ROOT/1 no/DET/DT/det/3 effort/NOUN/NN/dobj/1",
     "no", False),
    ("Their/PRON/PRP$/poss/1 greed/NOUN/NN/nsubj/2 knows/VERB/VBZ/ROOT/2/know "
     "no/DET/DT/det/4 bounds/NOUN/NNS/dobj/2 ./PUNCT/./punct/2", "no", False),
    ("a/DET/DT/det/4 no~/DET/DT/det/4 -~/PUNCT/HYPH/punct/4 fly/NOUN/NN/compound/4 "
     "zone/NOUN/NN/ROOT/4", "no", False),
    ("It/PRON/PRP/nsubj/1 was/AUX/VBD/ROOT/1/be nothing/PRON/NN/attr/1 more/ADJ/JJR/amod/2 "
     "than/ADP/IN/prep/3 a/DET/DT/det/6 stunt/NOUN/NN/pobj/4 ./PUNCT/./punct/1",
     "nothing", False),
    ("Nothing/PRON/NN/nsubj/1 changed/VERB/VBD/ROOT/1 ./PUNCT/./punct/1", "nothing", True),
    ("China/PROPN/NNP/nsubj/2 will/AUX/MD/aux/2 never/ADV/RB/neg/2 yield/VERB/VB/ROOT/2 "
     "./PUNCT/./punct/2", "never", True),
    # a capitalised negator inside a title-cased name in running text is no denial ...
    ("He/PRON/PRP/nsubj/1 founded/VERB/VBD/ROOT/1 the/DET/DT/det/3 blog/NOUN/NN/dobj/1 "
     "Not/PART/RB/neg/5 News/PROPN/NNP/appos/3 ./PUNCT/./punct/1", "not", False),
    ("She/PRON/PRP/nsubj/1 joined/VERB/VBD/ROOT/1 the/DET/DT/det/4 group/NOUN/NN/dobj/1 "
     "No/DET/DT/det/5 Borders/PROPN/NNPS/appos/3 ./PUNCT/./punct/1", "no", False),
    # ... but it is in a title-cased headline (after an auxiliary) and after a colon
    ("People/NOUN/NNS/nsubj/3 Will/AUX/MD/aux/3 Not/PART/RB/neg/3 Die/VERB/VB/ROOT/3",
     "not", True),
    ("FACT/NOUN/NN/ROOT/0 :/PUNCT/:/punct/0 Not/PART/RB/neg/3 True/ADJ/JJ/appos/0",
     "not", True),
]


@pytest.mark.parametrize("spec, word, fires", NEGATION_CASES)
def test_propositional_negation(spec: str, word: str, fires: bool) -> None:
    assert propositional_negation(span_of(parse(spec), word)) is fires


# --- counter -------------------------------------------------------------------------------

BUT_CASES = [
    ("We/PRON/PRP/nsubj/1 asked/VERB/VBD/ROOT/1 ,/PUNCT/,/punct/1 but/CCONJ/CC/cc/1 "
     "they/PRON/PRP/nsubj/5 refused/VERB/VBD/conj/1 ./PUNCT/./punct/1", True),
    ("He/PRON/PRP/nsubj/3 not/PART/RB/preconj/3 only/ADV/RB/advmod/1 lied/VERB/VBD/ROOT/3 "
     "but/CCONJ/CC/cc/3 also/ADV/RB/advmod/6 cheated/VERB/VBD/conj/3 ./PUNCT/./punct/3",
     False),
    ("They/PRON/PRP/nsubj/3 all/ADV/RB/advmod/2 but/ADV/RB/advmod/3 admitted/VERB/VBD/ROOT/3 "
     "it/PRON/PRP/dobj/3", False),
    ("The/DET/DT/det/1 pair/NOUN/NN/nsubj/5 all~/ADV/RB/advmod/5 -~/PUNCT/HYPH/punct/5 "
     "but~/ADV/RB/advmod/5 -~/PUNCT/HYPH/punct/5 admitted/VERB/VBD/ROOT/5", False),
    ("He/PRON/PRP/nsubj/3 could/AUX/MD/aux/3 not/PART/RB/neg/3 but/ADV/RB/advmod/4 "
     "recognise/VERB/VB/ROOT/4 it/PRON/PRP/dobj/4", False),
    # *not only X but also Y* where the parser put a sentence boundary before *but*
    ("He/PRON/PRP/nsubj/1 proved/VERB/VBD/ROOT/1 himself/PRON/PRP/dobj/1 "
     "not/PART/RB/preconj/6 only/ADV/RB/advmod/3 a/DET/DT/det/6 poor/ADJ/JJ/amod/6 "
     "planner/NOUN/NN/oprd/1 but/CCONJ/CC/cc/10 also/ADV/RB/advmod/7 a/DET/DT/det/10 "
     "careless/ADJ/JJ/amod/10 one/NOUN/NN/ROOT/10 ./PUNCT/./punct/10", False),
    # additive *but also* is no counter even without a *not only* (Quirk et al. 1985: 13.30)
    ("Not/PART/RB/neg/1 only/ADV/RB/ROOT/1 ./PUNCT/./punct/1 They/PRON/PRP/nsubj/4 "
     "waited/VERB/VBD/ROOT/4 ,/PUNCT/,/punct/4 but/CCONJ/CC/cc/4 also/ADV/RB/advmod/8 "
     "they/PRON/PRP/nsubj/8 left/VERB/VBD/conj/4", False),
    # a *not only* in an earlier sentence does not reach a later plain *but*
    ("Not/PART/RB/neg/1 only/ADV/RB/ROOT/1 ./PUNCT/./punct/1 They/PRON/PRP/nsubj/4 "
     "waited/VERB/VBD/ROOT/4 ,/PUNCT/,/punct/4 but/CCONJ/CC/cc/4 "
     "they/PRON/PRP/nsubj/7 left/VERB/VBD/conj/4", True),
]


@pytest.mark.parametrize("spec, fires", BUT_CASES)
def test_counter_but(spec: str, fires: bool) -> None:
    assert counter_but(span_of(parse(spec), "but")) is fires


YET_CASES = [
    ("Yet/CCONJ/CC/cc/3 Republicans/PROPN/NNPS/nsubj/3 wo/AUX/MD/aux/3 act/VERB/VB/ROOT/3 "
     "./PUNCT/./punct/3", True),
    ("It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/1/be simple/ADJ/JJ/acomp/1 yet/CCONJ/CC/cc/2 "
     "effective/ADJ/JJ/conj/2", True),
    ("They/PRON/PRP/nsubj/3 have/AUX/VBP/aux/3 not/PART/RB/neg/3 "
     "yet/ADV/RB/advmod/3 replied/VERB/VBN/ROOT/3", False),
    ("They/PRON/PRP/nsubj/1 have/VERB/VBP/ROOT/1 yet/ADV/RB/advmod/1 to/PART/TO/aux/4 "
     "reply/VERB/VB/xcomp/1", False),
    ("It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/1/be yet/ADV/RB/advmod/3 another/DET/DT/det/4 "
     "delay/NOUN/NN/attr/1", False),
]


@pytest.mark.parametrize("spec, fires", YET_CASES)
def test_counter_yet(spec: str, fires: bool) -> None:
    assert counter_yet(span_of(parse(spec), "yet")) is fires


STILL_CASES = [
    ("Still/ADV/RB/advmod/4 ,/PUNCT/,/punct/4 the/DET/DT/det/3 report/NOUN/NN/nsubj/4 "
     "errs/VERB/VBZ/ROOT/4 ./PUNCT/./punct/4", True),
    ("They/PRON/PRP/nsubj/1 are/AUX/VBP/ROOT/1/be still/ADV/RB/advmod/1 in/ADP/IN/prep/1 "
     "detention/NOUN/NN/pobj/3 ./PUNCT/./punct/1", False),
    ("Although/SCONJ/IN/mark/3 the/DET/DT/det/2 talks/NOUN/NNS/nsubj/3 failed/VERB/VBD/advcl/7 "
     ",/PUNCT/,/punct/7 they/PRON/PRP/nsubj/7 still/ADV/RB/advmod/7 signed/VERB/VBD/ROOT/7 "
     "./PUNCT/./punct/7", True),
    ("Though/SCONJ/IN/mark/3 the/DET/DT/det/2 war/NOUN/NN/nsubj/3 is/AUX/VBZ/advcl/7/be "
     "still/ADV/RB/advmod/3 on/ADV/RB/advmod/3 ,/PUNCT/,/punct/7 we/PRON/PRP/nsubj/7 "
     "hope/VERB/VBP/ROOT/7 ./PUNCT/./punct/7", False),
]


@pytest.mark.parametrize("spec, fires", STILL_CASES)
def test_counter_still(spec: str, fires: bool) -> None:
    assert counter_still(span_of(parse(spec), "still")) is fires


EVEN_CASES = [
    ("Even/ADV/RB/advmod/1 Republicans/PROPN/NNPS/nsubj/2 admit/VERB/VBP/ROOT/2 "
     "it/PRON/PRP/dobj/2", True),
    ("He/PRON/PRP/nsubj/1 did/AUX/VBD/aux/4 not/PART/RB/neg/4 even/ADV/RB/advmod/4 "
     "read/VERB/VB/ROOT/4 it/PRON/PRP/dobj/4", True),
    ("It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/1/be even/ADV/RB/advmod/3 more/ADV/RBR/advmod/4 "
     "dangerous/ADJ/JJ/acomp/1", False),
    ("an/DET/DT/det/2 even/ADJ/JJ/amod/2 number/NOUN/NN/ROOT/2", False),
    ("They/PRON/PRP/nsubj/1 broke/VERB/VBD/ROOT/1/break even/ADV/RB/advmod/1", False),
]


@pytest.mark.parametrize("spec, fires", EVEN_CASES)
def test_counter_even(spec: str, fires: bool) -> None:
    assert counter_even(span_of(parse(spec), "even")) is fires


THOUGH_CASES = [
    ("It/PRON/PRP/nsubj/1 was/AUX/VBD/ROOT/1/be hard/ADJ/JJ/acomp/1 ,/PUNCT/,/punct/1 "
     "though/ADV/RB/advmod/1 ./PUNCT/./punct/1", True),
    ("It/PRON/PRP/nsubj/1 looks/VERB/VBZ/ROOT/1 as/SCONJ/IN/mark/5 though/SCONJ/IN/mark/5 "
     "it/PRON/PRP/nsubj/5 failed/VERB/VBD/advcl/1", False),
]


@pytest.mark.parametrize("spec, fires", THOUGH_CASES)
def test_counter_though(spec: str, fires: bool) -> None:
    assert counter_though(span_of(parse(spec), "though")) is fires


WHILE_CASES = [
    ("While/SCONJ/IN/mark/2 we/PRON/PRP/nsubj/2 welcome/VERB/VBP/advcl/6 "
     "talks/NOUN/NNS/dobj/2 ,/PUNCT/,/punct/6 we/PRON/PRP/nsubj/6 reject/VERB/VBP/ROOT/6 "
     "threats/NOUN/NNS/dobj/6 ./PUNCT/./punct/6", True),
    ("Exports/NOUN/NNS/nsubj/1 rose/VERB/VBD/ROOT/1/rise while/SCONJ/IN/mark/4 "
     "imports/NOUN/NNS/nsubj/4 fell/VERB/VBD/advcl/1/fall ./PUNCT/./punct/1", False),
    ("Furthermore/ADV/RB/advmod/8 ,/PUNCT/,/punct/8 while/SCONJ/IN/mark/4 "
     "we/PRON/PRP/nsubj/4 accept/VERB/VBP/advcl/8 limits/NOUN/NNS/dobj/4 ,/PUNCT/,/punct/8 "
     "we/PRON/PRP/nsubj/8 act/VERB/VBP/ROOT/8", True),
    ("While/SCONJ/IN/mark/4 in/ADP/IN/prep/0 office/NOUN/NN/pobj/1 ,/PUNCT/,/punct/4 "
     "he/PRON/PRP/nsubj/5 wrote/VERB/VBD/ROOT/5/write", False),
    ("While/SCONJ/IN/mark/3 he/PRON/PRP/nsubj/3 was/AUX/VBD/aux/3/be "
     "speaking/VERB/VBG/advcl/6/speak ,/PUNCT/,/punct/6 they/PRON/PRP/nsubj/6 "
     "left/VERB/VBD/ROOT/6/leave", False),
    # fronted before the subject of a clause inside the sentence: concessive
    ("She/PRON/PRP/nsubj/1 said/VERB/VBD/ROOT/1/say that/SCONJ/IN/mark/12 ,/PUNCT/,/punct/12 "
     "while/SCONJ/IN/mark/7 the/DET/DT/det/6 vote/NOUN/NN/nsubj/7 was/AUX/VBD/advcl/12/be "
     "a/DET/DT/det/9 step/NOUN/NN/attr/7 ,/PUNCT/,/punct/12 it/PRON/PRP/nsubj/12 "
     "was/AUX/VBD/ccomp/1/be not/PART/RB/neg/12 fair/ADJ/JJ/acomp/12 ./PUNCT/./punct/1", True),
    # between a subject and its verb: time
    ("The/DET/DT/det/1 Secretary/PROPN/NNP/nsubj/8 ,/PUNCT/,/punct/1 while/SCONJ/IN/mark/5 "
     "we/PRON/PRP/nsubj/5 were/AUX/VBD/advcl/8/be there/ADV/RB/advmod/5 ,/PUNCT/,/punct/8 "
     "called/VERB/VBD/ROOT/8/call the/DET/DT/det/10 minister/NOUN/NN/dobj/8 ./PUNCT/./punct/8",
     False),
    # fronted but verbless: a state at the time
    ("He/PRON/PRP/nsubj/1 said/VERB/VBD/ROOT/1/say that/SCONJ/IN/mark/11 ,/PUNCT/,/punct/11 "
     "while/SCONJ/IN/mark/5 subject/ADJ/JJ/advcl/11 to/ADP/IN/prep/5 the/DET/DT/det/8 "
     "bar/NOUN/NN/pobj/6 ,/PUNCT/,/punct/11 he/PRON/PRP/nsubj/11 acted/VERB/VBD/ccomp/1/act "
     "./PUNCT/./punct/1", False),
]


@pytest.mark.parametrize("spec, fires", WHILE_CASES)
def test_concessive_while(spec: str, fires: bool) -> None:
    assert concessive_while(span_of(parse(spec), "while")) is fires


RATHER_CASES = [
    ("not/PART/RB/neg/1 help/NOUN/NN/ROOT/1 but/CCONJ/CC/cc/1 rather/ADV/RB/advmod/4 "
     "harm/NOUN/NN/conj/1", True),
    ("Rather/ADV/RB/advmod/3 ,/PUNCT/,/punct/3 we/PRON/PRP/nsubj/3 wait/VERB/VBP/ROOT/3", True),
    ("They/PRON/PRP/nsubj/1 fail/VERB/VBP/ROOT/1 ;/PUNCT/:/punct/1 rather/ADV/RB/advmod/6 "
     ",/PUNCT/,/punct/6 they/PRON/PRP/nsubj/6 harm/VERB/VBP/parataxis/1", True),
    ("It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/1/be rather/ADV/RB/advmod/3 good/ADJ/JJ/acomp/1",
     False),
    ("I/PRON/PRP/nsubj/3 would/AUX/MD/aux/3 rather/ADV/RB/advmod/3 wait/VERB/VB/ROOT/3",
     False),
]


@pytest.mark.parametrize("spec, fires", RATHER_CASES)
def test_counter_rather(spec: str, fires: bool) -> None:
    assert counter_rather(span_of(parse(spec), "rather")) is fires


# --- lexicon and end to end ----------------------------------------------------------------

def test_denial_lexicon_rows_are_denial_with_known_subtypes() -> None:
    rows = default_lexicon().entries
    denial = rows[rows["category"] == "denial"]
    assert set(denial["subtype"]) == {"negation", "counter"}
    assert "without" not in set(denial["term"])  # not in MARKERS.md's list; gold agrees


END_TO_END = [
    # (sentence, expected denial markers as (text, subtype))
    ("The findings are biased and not substantiated by facts.", [("not", "negation")]),
    ("Human trafficking has never been a prevalent problem.", [("never", "negation")]),
    ("Republicans in Congress won’t act to help.", [("n’t", "negation")]),
    ("The pair chose not to act.", [("not", "negation")]),
    ("Not only did he lie, but he also cheated.", []),
    ("Voters said no to the levy.", []),
    ("There is no evidence of abuse.", [("no", "negation")]),
    ("The crisis is far from over.", [("far from", "negation")]),
    ("The outcome remains far from clear.", [("far from", "negation")]),
    ("The refugees are living far from home.", []),  # a distance
    ("We will neither bow nor yield.", [("neither", "negation"), ("nor", "negation")]),
    ("They no longer suit the West.", [("no longer", "negation")]),
    ("Yet Republicans refuse to help.", [("Yet", "counter")]),
    ("The talks have not yet begun.", [("not", "negation")]),
    ("Instead of helping, they attack.", [("Instead", "counter")]),
    ("He spoke, despite the ban.", [("despite", "counter")]),
    ("They voted for war rather than peace.", [("rather than", "counter")]),
    ("Their hypocrisy knows no bounds, even as workers go unpaid.", [("even as", "counter")]),
    ("Even Republicans admit it.", [("Even", "counter")]),
    ("The plan is even more dangerous.", []),
    ("Exports rose while imports fell.", []),
    ("Meanwhile, prices rose.", []),
    ("By contrast, wages fell.", []),
    ("They await a deal while at the same time they annex land.",
     [("while at the same time", "counter")]),
    ("They are still in detention.", []),
    ("There may be reasons for it, but it is still wrong.",
     [("but", "counter"), ("still", "counter")]),
    ("We have made progress, but there is still more to do.", [("but", "counter")]),
    ("We will stay, no matter how long it takes.", [("no matter", "counter")]),
    ("A crime is a crime, no matter who commits it.", [("no matter", "counter")]),
    ("Patent trolls make no products.", [("no", "negation")]),
    ("Make no mistake: we will win.", []),
    ("While we welcome the plan, support is still too weak.",
     [("While", "counter"), ("still", "counter")]),
    ("While in office, he was still popular.", []),
    ("However, the report is wrong.", [("However", "counter")]),
    ("Although the talks failed, the parties met.", [("Although", "counter")]),
]


@pytest.mark.parametrize("sentence, expected", END_TO_END)
def test_denial_end_to_end(nlp, sentence: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.text, m.subtype) for m in detect_markers(nlp(sentence))
             if m.category == "denial"]
    assert found == expected


@pytest.mark.parametrize(("sentence", "marker"), [
    ("We cannot help but be moved by their courage.", "but"),
    ("We cannot help but be moved by their courage.", "not"),
    ("The administration wasted no time taking action.", "no"),
])
def test_idioms_without_denial(nlp, sentence, marker):
    assert marker.lower() not in found(nlp(sentence), "denial")


def test_negation_next_to_the_idioms_still_counts(nlp):
    assert "not" in found(nlp("We cannot accept this."), "denial")


@pytest.mark.parametrize("sentence, word", [
    ("The firm violated the Do Not Call Registry to deceive seniors.", "Not"),
    ("Pressure was put on the services by No 10 or anyone else.", "No"),
    ("The repeal of Don't Ask, Don't Tell improved diversity.", "n't"),
])
def test_a_negator_inside_a_name_or_an_abbreviation_denies_nothing(nlp, sentence, word):
    assert word.lower() not in found(nlp(sentence), "denial")


@pytest.mark.parametrize("sentence", [
    "They said: Don't Panic.",
    "People Will Not Die",
])
def test_a_capitalised_negator_after_a_colon_or_in_a_headline_denies(nlp, sentence):
    assert found(nlp(sentence), "denial")


@pytest.mark.parametrize(("sentence", "marker", "fires"), [
    ("We will never recognise the annexation. Quite the opposite.", "quite the opposite", True),
    ("It is not a matter of silence. To the contrary, we must speak.", "to the contrary", True),
    ("Having said that, we remain focused on the talks.", "having said that", True),
    ("That said, I believe what matters most is the truth.", "that said", True),
    ("They passed another message that said the forces were leaving.", "that said", False),
    ("The company rejects all assertions to the contrary.", "to the contrary", False),
    ("Despite evidence to the contrary, the regime denies it.", "to the contrary", False),
    ("For all that, the talks failed.", "for all that", True),
    ("We are grateful to him for all that he has done.", "for all that", False),
])
def test_antithetic_and_concessive_conjuncts(nlp, sentence, marker, fires):
    """Quirk et al. (1985: 8.137): a conjunct counters what came before; a noun's
    postmodifier (*evidence to the contrary*) does not."""
    assert (marker in [m.lower() for m in found(nlp(sentence), "denial")]) is fires


#: additive *not just X* and *but also Y* deny and counter nothing
ADDITIVE_FOCUS = [
    ("All EU citizens can apply, not just those who qualify now.", "not", False),
    ("He is not just our boss, he is also a friend.", "not", False),
    ("We thank the minister and his family, but also all of us.", "but", False),
    ("Security is not just about military might but about diplomacy.", "but", False),
    ("These measures are not merely symbolic.", "not", True),
    ("The talks were long, but they failed.", "but", True),
]


@pytest.mark.parametrize(("sentence", "marker", "fires"), ADDITIVE_FOCUS)
def test_additive_focus_is_no_denial(nlp, sentence, marker, fires):
    assert (marker in found(nlp(sentence), "denial")) is fires
