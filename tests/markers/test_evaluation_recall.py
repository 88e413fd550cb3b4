"""Evaluation words and senses added for recall on unseen text (Martin & White 2005:
Judgement of veracity, propriety, capacity and normality; Appreciation), each class with
sentences that must fire and sentences that must not, written for the class; the rule tests
use hand-built parses (independent of the model), the sentence table the real pipeline."""

from __future__ import annotations

import pytest

from tests.markers import found
from toolkit.lexicon import default_lexicon
from toolkit.markers.evaluation import (
    attributive_judgement,
    fault_noun,
    is_modifier_use,
    professional_sense,
    unlawful_act,
    validity_sense,
)

from .handbuilt import parse, span_of

SENTENCE_CASES = [
    # (sentence, word, fires)
    # Judgement of tenacity and propriety, Appreciation of composition (Martin & White 2005:
    # 52-56): *rigorous, cooperative, straightforward, concise*
    ("The review was rigorous and fair.", "rigorous", True),
    ("The government has been fully cooperative with the inquiry.", "cooperative", True),
    ("The answer is straightforward: we acted lawfully.", "straightforward", True),
    ("The committee published a concise report.", "concise", True),
    ("Families live in a precarious situation.", "precarious", True),
    ("The reforms were superficial at best.", "superficial", True),
    ("The regime is behaving like a rogue state.", "rogue", True),
    ("It was a seminal ruling for privacy.", "seminal", True),
    ("The letter was a crude forgery.", "forgery", True),
    ("The company is a patent troll that sues small firms.", "troll", True),
    # a bias names a kind of disposition, as corruption names a kind of act (MARKERS.md)
    ("The panel found no bias or conflict of interest.", "bias", False),
    # *right* meaning correct: a verdict (predicative; attributive uses are mostly set
    # phrases, rule ``correctness_sense``)
    ("The minister is absolutely right about the budget.", "right", True),
    ("Her answer did not sound right.", "right", True),
    # attributive *right* is mostly a set phrase or a side
    ("We must strike the right balance.", "right", False),
    # the noun, a place, a direction, a time, a side, *all right*, *might is right*
    ("Every child has the right to education.", "right", False),
    ("They defended their right of appeal.", "right", False),
    ("We must act right now.", "right", False),
    ("All right, let us begin.", "right", False),
    ("He lifted his right hand.", "right", False),
    ("Some still believe that might is right.", "right", False),
    # veracity and capacity nouns (MARKERS.md: nouns that judge truth or quality)
    ("The article was full of untruths about the mayor.", "untruths", True),
    ("She rejected the slurs against her family.", "slurs", True),
    ("That is a misrepresentation of the agreement.", "misrepresentation", True),
    ("The vote made a mockery of the constitution.", "mockery", True),
    ("The review found serious flaws in the plan.", "flaws", True),
    ("The tribunal committed an error of law.", "error", True),
    ("The poll has a margin of error of three points.", "error", False),
    ("The method was found by trial and error.", "error", False),
    ("The article is riddled with errors of fact.", "errors", True),
    ("The software is riddled with errors.", "errors", False),
    ("A clerical error delayed the payments.", "error", False),
    ("The consultation was a fig leaf for a decision already taken.", "fig leaf", True),
    # veracity, capacity and propriety adjectives
    ("The charges are unsupported by the evidence.", "unsupported", True),
    ("The wording of the clause is ambiguous.", "ambiguous", True),
    ("The published figures are incomplete.", "incomplete", True),
    ("The delay was irksome to the members.", "irksome", True),
    ("It is ironic that the sponsor now opposes the bill.", "ironic", True),
    ("The judge gave a reasoned decision.", "reasoned", True),
    ("The clerk was polite to every visitor.", "polite", True),
    ("The host government has been extremely accommodating.", "accommodating", True),
    ("They were treated as second-class citizens.", "second-class", True),
    ("The network exposed malign influence operations.", "malign", True),
    ("The agency became a broken and corrupted institution.", "corrupted", True),
    # *fairly* as manner (a verb), not the compromiser before an adjective
    ("The votes were counted fairly.", "fairly", True),
    ("The hall was fairly large.", "fairly", False),
    # rank and restraint, attributive only, in lower case
    ("It remains the premier forum for dialogue in the region.", "premier", True),
    ("Premier Li met the delegation.", "premier", False),
    ("The government gave a calm and measured response.", "measured", True),
    ("Rainfall is measured in millimetres.", "measured", False),
    # *professional* as conduct, not the class of a job or of misconduct
    ("The staff handled the crisis in a professional way.", "professional", True),
    ("The lawyer committed professional misconduct.", "professional", False),
    ("The centre offers professional training to nurses.", "professional", False),
    # *valid* as soundness of a claim, not the legal status of a document
    ("The opposition raised a valid point.", "valid", True),
    ("His residence permit is no longer valid.", "valid", False),
    # legality of an act named by a compound (*government spying*)
    ("The group sued to stop illegal government surveillance.", "illegal", True),
    ("The law covers illegal immigrants.", "illegal", False),
    # a capitalised word inside the title of a law or a post names, it does not judge
    ("The bill is called the Ending Unfair Tax Practices Act.", "unfair", False),
    ("He chairs the Committee on Stupid Regulations.", "stupid", False),
    # the greeting formula
    ("Good to see you all.", "good", False),
    # a motive, not a judgement (like *inadvertent*)
    ("The minister inadvertently misled the House.", "inadvertently", False),
]


@pytest.mark.parametrize(("sentence", "word", "fires"), SENTENCE_CASES)
def test_recall_classes(nlp, sentence: str, word: str, fires: bool) -> None:
    assert (word in found(nlp(sentence), "evaluation")) is fires


RULE_CASES = [
    # (rule, parse, word, fires)
    (professional_sense, "a/DET/DT/det/2 professional/ADJ/JJ/amod/2 job/NOUN/NN/ROOT/2",
     "professional", True),
    (professional_sense, "professional/ADJ/JJ/amod/1 misconduct/NOUN/NN/ROOT/1",
     "professional", False),
    (validity_sense, "a/DET/DT/det/2 valid/ADJ/JJ/amod/2 argument/NOUN/NN/ROOT/2", "valid",
     True),
    (validity_sense, "the/DET/DT/det/1 permit/NOUN/NN/nsubj/2 is/AUX/VBZ/ROOT/2/be "
     "valid/ADJ/JJ/acomp/2", "valid", False),
    (attributive_judgement, "the/DET/DT/det/2 premier/ADJ/JJ/amod/2 forum/NOUN/NN/ROOT/2",
     "premier", True),
    (attributive_judgement, "it/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/1/be "
     "premier/ADJ/JJ/acomp/1", "premier", False),
    (fault_noun, "it/PRON/PRP/nsubj/1 was/AUX/VBD/ROOT/1/be a/DET/DT/det/4 "
     "grave/ADJ/JJ/amod/4 error/NOUN/NN/attr/1", "error", True),
    # an error that names an event in a process, not a verdict on an account
    (fault_noun, "a/DET/DT/det/2 grave/ADJ/JJ/amod/2 error/NOUN/NN/ROOT/2", "error", False),
    (fault_noun, "fraud/NOUN/NN/ROOT/0 and/CCONJ/CC/cc/0 error/NOUN/NN/conj/0", "error",
     False),
    (fault_noun, "falsehoods/NOUN/NNS/ROOT/0 and/CCONJ/CC/cc/0 errors/NOUN/NNS/conj/0",
     "errors", True),
    (fault_noun, "margin/NOUN/NN/ROOT/0 of/ADP/IN/prep/0 error/NOUN/NN/pobj/1", "error",
     False),
    (fault_noun, "an/DET/DT/det/2 error/NOUN/NN/compound/2 message/NOUN/NN/ROOT/2", "error",
     False),
    # *illegal* on a noun compounded before the act it names
    (unlawful_act, "illegal/ADJ/JJ/amod/1 government/NOUN/NN/compound/2 "
     "surveillance/NOUN/NN/ROOT/2", "illegal", True),
    (unlawful_act, "illegal/ADJ/JJ/amod/1 immigrants/NOUN/NNS/ROOT/1", "illegal", False),
]


@pytest.mark.parametrize(("rule", "spec", "word", "fires"), RULE_CASES)
def test_recall_rules_on_hand_built_parses(rule, spec: str, word: str, fires: bool) -> None:
    assert bool(rule(span_of(parse(spec), word))) is fires


@pytest.mark.parametrize(("spec", "word", "fires"), [
    # an evaluative *-ing* adjective the parser read as a verb with the noun as its object
    ("reports/NOUN/NNS/nsubj/1 show/VERB/VBP/ROOT/1 appalling/VERB/VBG/xcomp/1 "
     "prison/NOUN/NN/compound/4 conditions/NOUN/NNS/dobj/2", "appalling", True),
    # after a verb that takes a gerund, and with a person as object, it is a verb
    ("they/PRON/PRP/nsubj/1 stopped/VERB/VBD/ROOT/1/stop insulting/VERB/VBG/xcomp/1 "
     "people/NOUN/NNS/dobj/2", "insulting", False),
    ("reports/NOUN/NNS/nsubj/1 show/VERB/VBP/ROOT/1 alarming/VERB/VBG/xcomp/1 "
     "the/DET/DT/det/4 public/NOUN/NN/dobj/2", "alarming", False),
    # a real clause: the governing verb has its own object (*making progress, further
    # stimulating innovation*) or takes a gerund (*end up accepting failure*)
    ("we/PRON/PRP/nsubj/1 make/VERB/VBP/ROOT/1 progress/NOUN/NN/dobj/1 "
     "stimulating/VERB/VBG/advcl/1 innovation/NOUN/NN/dobj/3", "stimulating", False),
    ("we/PRON/PRP/nsubj/1 end/VERB/VBP/ROOT/1 up/ADP/RP/prt/1 accepting/VERB/VBG/xcomp/1 "
     "failure/NOUN/NN/dobj/3", "accepting", False),
    # an adjective tagged as a base-form verb in a coordination of adjectives
    ("brutal/ADJ/JJ/ROOT/0 and/CCONJ/CC/cc/0 indiscriminate/VERB/VB/conj/0",
     "indiscriminate", True),
    # ... or as a noun (coordination joins like with like), but not a noun with a determiner
    ("accurate/ADJ/JJ/ROOT/0 ,/PUNCT/,/punct/0 and/CCONJ/CC/cc/0 objective/NOUN/NN/conj/0",
     "objective", True),
    ("fair/ADJ/JJ/ROOT/0 and/CCONJ/CC/cc/0 an/DET/DT/det/3 objective/NOUN/NN/conj/0",
     "objective", False),
    # an -ed form tagged as a past tense that the parser made an object predicate
    ("they/PRON/PRP/nsubj/1 called/VERB/VBD/ROOT/1/call the/DET/DT/det/3 "
     "election/NOUN/NN/dobj/1 flawed/VERB/VBD/oprd/1/flaw", "flawed", True),
    # a capitalised word in a run of capitalised words: a title
    ("the/DET/DT/det/1 Committee/PROPN/NNP/ROOT/1 on/ADP/IN/prep/1 "
     "Stupid/ADJ/JJ/amod/4 Regulations/PROPN/NNPS/pobj/2", "stupid", False),
    ("a/DET/DT/det/2 stupid/ADJ/JJ/amod/2 regulation/NOUN/NN/ROOT/2", "stupid", True),
])
def test_modifier_use_repairs(spec: str, word: str, fires: bool) -> None:
    assert is_modifier_use(span_of(parse(spec), word)) is fires


def _rules() -> dict[str, str]:
    rows = default_lexicon().entries
    rows = rows[rows["category"] == "evaluation"]
    return dict(zip(rows["term"], rows["rule"], strict=True))


@pytest.mark.parametrize(("word", "rule"), [
    ("right", "correctness_sense"), ("professional", "professional_sense"),
    ("valid", "validity_sense"), ("invalid", "validity_sense"),
    ("premier", "attributive_judgement"), ("measured", "attributive_judgement"),
    ("error", "fault_noun"), ("untruths", "evaluative_noun"), ("fig leaf", "evaluative_noun"),
    ("fairly", "evaluative_adverb"), ("unsupported", "evaluative_modifier")])
def test_recall_words_have_their_rule(word: str, rule: str) -> None:
    assert _rules()[word] == rule


@pytest.mark.parametrize("word", ["inadvertently", "grateful", "necessary"])
def test_motive_affect_and_necessity_stay_out(word: str) -> None:
    assert word not in _rules()


@pytest.mark.parametrize(("spec", "fires"), [
    # *illegal government spying* with *spying* parsed as a verb: the act follows the noun
    ("challenging/VERB/VBG/ROOT/0 illegal/ADJ/JJ/amod/2 government/NOUN/NN/dobj/0 "
     "spying/VERB/VBG/advcl/0", True),
    # a plural classified head: the people, not an act
    ("illegal/ADJ/JJ/amod/1 immigrants/NOUN/NNS/nsubj/2 seeking/VERB/VBG/ROOT/2 "
     "work/NOUN/NN/dobj/2", False),
])
def test_illegal_before_a_gerund(spec: str, fires: bool) -> None:
    assert bool(unlawful_act(span_of(parse(spec), "illegal"))) is fires


WELCOME_CASES = [
    # predicative *welcome* of an abstraction is a verdict; of people, hospitality
    ("The decision to publish the drafts is welcome.", True),
    ("These efforts are most welcome.", True),
    ("Investors are welcome in our country.", False),
    ("Everyone is welcome to visit the reef.", False),
    ("You are always welcome here.", False),
]


@pytest.mark.parametrize(("sentence", "fires"), WELCOME_CASES)
def test_predicative_welcome(nlp, sentence: str, fires: bool) -> None:
    assert ("welcome" in found(nlp(sentence), "evaluation")) is fires


@pytest.mark.parametrize(("sentence", "word", "fires"), [
    ("They won the vote fair and square.", "fair and square", True),
    ("That was a wicked act.", "wicked", True),
    ("The reforms were merely cosmetic.", "cosmetic", True),
    ("The Council applies the Charter in a selective manner.", "selective", True),
])
def test_judgement_adjectives_added(nlp, sentence: str, word: str, fires: bool) -> None:
    assert (word in found(nlp(sentence), "evaluation")) is fires


@pytest.mark.parametrize(("sentence", "word", "fires"), [
    # the first word of a company's name is no epithet; a judging epithet still is
    ("The complaint names Honest Auto Sales, LLC, and its owner.", "honest", False),
    ("Voters rejected Crazy Bernie in the primary.", "crazy", True),
])
def test_company_names_and_epithets(nlp, sentence: str, word: str, fires: bool) -> None:
    assert (word in found(nlp(sentence), "evaluation")) is fires


@pytest.mark.parametrize(("sentence", "word", "fires"), [
    # *shame, pity* as a verdict (complement of *be*, exclamation), not the feeling
    ("Cancelling the talks was a shame.", "shame", True),
    ("It is a pity that the vote was delayed.", "pity", True),
    ("The officials showed no shame.", "shame", False),
    ("They took pity on the refugees.", "pity", False),
    # importance predicated of an indefinite pronoun
    ("The dispute is about something more fundamental.", "fundamental", True),
    ("They violated fundamental freedoms.", "fundamental", False),
])
def test_verdict_nouns_and_postpositive_importance(nlp, sentence: str, word: str,
                                                   fires: bool) -> None:
    assert (word in found(nlp(sentence), "evaluation")) is fires


@pytest.mark.parametrize(("sentence", "fires"), [
    # attributive *great* judges a person's quality or a piece of work ...
    ("The world has lost a great peacemaker.", True),
    ("She was a great friend of this country.", True),
    ("The envoy did a great job.", True),
    # ... and is degree on an abstraction, a class of states on *powers*
    ("This is a matter of great concern.", False),
    ("The great powers met in Vienna.", False),
])
def test_attributive_great(nlp, sentence: str, fires: bool) -> None:
    assert ("great" in found(nlp(sentence), "evaluation")) is fires


@pytest.mark.parametrize(("sentence", "word", "fires"), [
    # a legal category becomes a party's act with an agent or a people as its object
    ("They tried to legitimise Russia's illegal presence in Ukraine.", "illegal", True),
    ("The unlawful presence of foreign troops continues.", "unlawful", True),
    ("We seek to regulate the illegal transfer of small arms.", "illegal", False),
    ("Migrants in illegal presence in the territory were expelled.", "illegal", False),
])
def test_presence_and_transfer_of_a_party(nlp, sentence: str, word: str, fires: bool) -> None:
    assert (word in found(nlp(sentence), "evaluation")) is fires


@pytest.mark.parametrize(("sentence", "fires"), [
    # *real* beside a classifying adjective on the same noun is genuineness ...
    ("There is no real political will to act.", True),
    ("The country showed real democratic progress.", True),
    # ... and degree when it modifies the adjective
    ("It is a real big problem.", False),
])
def test_real_before_an_adjective(nlp, sentence: str, fires: bool) -> None:
    assert ("real" in found(nlp(sentence), "evaluation")) is fires


@pytest.mark.parametrize(("sentence", "word", "fires"), [
    # *evil* judges as a noun too
    ("We must curb that evil together.", "evil", True),
    ("Taxes are a necessary evil.", "evil", True),
    ("They fight the evils of corruption.", "evils", True),
    # *and rightly so*: *so* stands for the clause judged; before an adjective, degree
    ("The young are worried, and rightly so.", "rightly", True),
    ("The plan was recklessly expensive.", "recklessly", False),
])
def test_evil_noun_and_rightly_so(nlp, sentence: str, word: str, fires: bool) -> None:
    assert (word in found(nlp(sentence), "evaluation")) is fires
