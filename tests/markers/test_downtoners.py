"""Downtoners (Quirk et al. 1985; MARKERS.md): minimizers and restrictive focus."""

from __future__ import annotations

import pytest

from . import found, parse, subtypes

FIRES = [
    ("The analysis is based merely on hearsay.", "merely"),
    ("The economy grew slightly last year.", "slightly"),
    ("The claims are hardly credible.", "hardly"),
    ("Only three people were identified as victims.", "only"),
    ("Only Democrats can reopen the government.", "only"),
    ("The spectacle only reinforced their hypocrisy.", "only"),
    ("It was just a rumour.", "just"),
    ("The shutdown starts in just a few weeks.", "just"),
    ("The report came out just days after the arrests.", "just"),
    ("In January to April alone, 151 people were killed.", "alone"),
    ("The West proclaims itself, and itself alone, the source of legitimacy.", "alone"),
    ("Russia could end it by simply saying it is over.", "simply"),
    ("The decision rests solely on politics.", "solely"),
    ("The debate was nothing more than a smokescreen.", "nothing more than"),
    ("Prices rose a bit faster than wages.", "a bit"),
    ("The results were rather disappointing.", "rather"),
    ("War can beget only misery.", "only"),
    ("The council is nominally independent.", "nominally"),
    ("Prices were modestly higher.", "modestly"),
    ("The rebels, and to a lesser extent the army, killed civilians.", "to a lesser extent"),
]

DOES_NOT_FIRE = [
    ("Not only did he lie, but he also hid the files.", "only"),
    ("This is the only option left.", "only"),
    ("If only they had listened.", "only"),
    ("The delegation has just arrived.", "just"),
    ("The meeting that just concluded was long.", "just"),
    ("Just last night, five people were killed in the city.", "just"),
    ("Just yesterday, the index reached a record.", "just"),
    ("It is just as dangerous as before.", "just"),
    ("They fought for a just cause.", "just"),
    ("We want a more just economic order.", "just"),
    ("It is one of the only places left.", "only"),
    ("It looks just like the old plan.", "just"),
    ("Technology is already doing just that.", "just"),
    ("We need help not just for now but also for the future.", "just"),
    ("Leave them alone.", "alone"),
    ("We are not alone.", "alone"),
    ("The claim is simply false.", "simply"),
    ("No more than 10 people may gather.", "no more than"),
    ("We have received no more than €3 billion.", "no more than"),
    ("They would rather wait.", "rather"),
    ("We chose talks rather than war.", "rather"),
    ("She adopted a little girl.", "a little"),
    ("Prices rose modestly.", "modestly"),
]


@pytest.mark.parametrize(("sentence", "marker"), FIRES)
def test_downtoner_fires(nlp, sentence, marker):
    assert marker in found(nlp(sentence), "downtoner")


@pytest.mark.parametrize(("sentence", "marker"), DOES_NOT_FIRE)
def test_downtoner_does_not_fire(nlp, sentence, marker):
    assert marker.lower() not in found(nlp(sentence), "downtoner")


@pytest.mark.parametrize(("sentence", "marker", "subtype"), [
    ("The analysis is based merely on hearsay.", "merely", "minimizer"),
    ("Only three people were identified as victims.", "only", "restrictive"),
])
def test_downtoner_subtypes(nlp, sentence, marker, subtype):
    assert subtypes(nlp(sentence), "downtoner")[marker] == subtype


def test_simply_before_an_adjective_is_neither_restrictive_nor_a_booster(nlp):
    # *simply false* raises the force of the adjective, an intensifier (as the silver
    # corpus and the development sets annotate it); MARKERS.md lists *simply* as
    # restrictive only meaning merely
    doc = nlp("The claim is simply false.")
    assert "simply" not in found(doc, "booster") + found(doc, "downtoner")
    assert "simply" in found(doc, "intensifier")


# hand-built parses ---------------------------------------------------------------------------

ONLY_THREE = "only/ADV/RB/advmod/1 three/NUM/CD/nummod/2 people/NOUN/NNS/nsubj/3 " \
    "came/VERB/VBD/ROOT/-"
NOT_ONLY = "not/PART/RB/neg/1 only/ADV/RB/advmod/2 lies/NOUN/NNS/ROOT/- " \
    "but/CCONJ/CC/cc/2 also/ADV/RB/advmod/5 threats/NOUN/NNS/conj/2"
THE_ONLY = "the/DET/DT/det/2 only/ADJ/JJ/amod/2 option/NOUN/NN/ROOT/-"
HAS_JUST = "He/PRON/PRP/nsubj/3 has/AUX/VBZ/aux/3 just/ADV/RB/advmod/3 " \
    "arrived/VERB/VBN/ROOT/-"
JUST_A_RUMOUR = "It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/- just/ADV/RB/advmod/4 a/DET/DT/det/4 " \
    "rumour/NOUN/NN/attr/1"


@pytest.mark.parametrize(("spec", "expected"), [
    (ONLY_THREE, ["only"]), (NOT_ONLY, []), (THE_ONLY, []), (HAS_JUST, []),
    (JUST_A_RUMOUR, ["just"]),
])
def test_restrictive_focus_on_hand_built_parses(spec, expected):
    assert found(parse(spec), "downtoner") == expected


# downtoning adjectives (Quirk et al. 1985: 7.33) on an abstract noun or a quantity ---------

DOWNTONING_ADJECTIVE_CASES = [
    ("There is a slight chance of a deal.", "slight", True),
    ("They offered a token gesture.", "token", True),
    ("The reforms brought marginal gains.", "marginal", True),
    ("The impact of the sanctions was negligible.", "negligible", True),
    ("She has a slight figure.", "slight", False),
    ("Farmers work marginal land.", "marginal", False),
]


@pytest.mark.parametrize(("sentence", "word", "fires"), DOWNTONING_ADJECTIVE_CASES)
def test_downtoning_adjective(nlp, sentence, word, fires):
    assert (word in found(nlp(sentence), "downtoner")) is fires


SLIGHT_CHANCE = "a/DET/DT/det/2 slight/ADJ/JJ/amod/2 chance/NOUN/NN/ROOT/-"
SLIGHT_FIGURE = "a/DET/DT/det/2 slight/ADJ/JJ/amod/2 figure/NOUN/NN/ROOT/-"


@pytest.mark.parametrize(("spec", "expected"), [(SLIGHT_CHANCE, ["slight"]),
                                                (SLIGHT_FIGURE, [])])
def test_downtoning_adjective_on_hand_built_parses(spec, expected):
    assert found(parse(spec), "downtoner") == expected


@pytest.mark.parametrize(("sentence", "fires"), [
    ("The government did little to stop the abuse.", True),
    ("The law has changed little since 1990.", True),
    ("The victims are little known abroad.", True),
    ("The little girl cried.", False),
    ("There is little evidence of fraud.", True),  # nearly none (Quirk et al. 1985: 8.112)
    ("There is little sign of peace.", True),
    ("Soldiers fired with little or no warning.", True),
    ("There was little water in the well.", False),  # a quantity of a substance
    ("Little by little the situation improved.", False),
])
def test_minimizer_little(nlp, sentence, fires):
    assert ("little" in found(nlp(sentence), "downtoner")) is fires


# restrictive focus on a participant and the correlatives (MARKERS.md; Quirk et al. 1985:
# 8.116) ----------------------------------------------------------------------------------

RESTRICTIVE_CASES = [
    # *alone* restricting the agent: by itself and no one else (like *itself alone*)
    ("No nation can face these challenges alone.", "alone", True),
    ("No country acting alone can end the pandemic.", "alone", True),
    ("We cannot do so alone.", "alone", True),
    ("Cutting emissions alone will not cool the planet.", "alone", True),
    ("Leave them alone.", "alone", False),
    ("We found ourselves standing alone.", "alone", False),
    # *not merely*: the correlative with *but* is not a restriction
    ("Peace is not merely the absence of war.", "merely", True),
    ("We need help not just for now but also for the future.", "just", False),
    ("We are not merely watching, but are also acting.", "merely", False),
    ("The case rests merely on rumour.", "merely", True),
    # *just* of recency, politeness or emphasis
    ("The summit ended just two days ago.", "just", True),  # a quantity: only two days
    ("You just mentioned the flight.", "just", False),
    ("Could I just thank our hosts.", "just", False),
    ("I am just delighted to be here.", "just", False),
    ("They voiced legitimate and just demands.", "just", False),
    # *only* as emphasis or in a compound; *but* meaning only; *simply* of manner or emphasis
    ("It is only right to thank the chair.", "only", False),
    ("The bank rejected an income-only test.", "only", False),
    ("These are but two examples.", "but", True),
    ("The country is small but strong.", "but", False),
    ("We simply cannot win this fight.", "simply", False),
    ("Let us speak simply and clearly.", "simply", False),
    ("The problem is not growth, but rather inequality.", "rather", False),
]


@pytest.mark.parametrize(("sentence", "word", "fires"), RESTRICTIVE_CASES)
def test_restrictive_focus_in_context(nlp, sentence, word, fires):
    assert (word in found(nlp(sentence), "downtoner")) is fires


@pytest.mark.parametrize(("sentence", "marker", "category", "fires"), [
    ("The Council meets rarely, if at all.", "if at all", "downtoner", True),
    ("The Council meets rarely, if at all.", "at all", "booster", False),
    ("There is no evidence at all.", "at all", "booster", True),
    ("The reply came a trifle late.", "a trifle", "downtoner", True),
])
def test_quirk_minimizers(nlp, sentence, marker, category, fires):
    assert (marker in found(nlp(sentence), category)) is fires


@pytest.mark.parametrize(("sentence", "marker", "category", "fires"), [
    # *partly* limits the truth of a claim to a degree, like *to some extent*: a hedge
    ("That is partly because they can see the evidence.", "partly", "hedge", True),
    ("That is partly because they can see the evidence.", "partly", "downtoner", False),
    ("The bridge was partially destroyed.", "partially", "hedge", True),
    # emphasis on a negation, and *just* = exactly, are not restrictive
    ("The claim simply isn't true.", "simply", "downtoner", False),
    ("Those orders simply don't apply.", "simply", "downtoner", False),
    ("We could simply say no.", "simply", "downtoner", True),
    ("The agency protects people from just these kinds of scams.", "just", "downtoner", False),
    ("It was just a rumour.", "just", "downtoner", True),
])
def test_partly_simply_just(nlp, sentence, marker, category, fires):
    assert (marker in found(nlp(sentence), category)) is fires


#: *little* as the near-negative subject and in *little or nothing*; *a little bit* after a
#: verb and on an amount of time or attention (Quirk et al. 1985: 8.112)
MINIMIZERS_OF_CLAUSES = [
    ("They asserted that little has changed since the coup.", "little", True),
    ("We found that little or nothing was happening.", "little", True),
    ("I would like to spend a little bit of time on the bill.", "a little bit", True),
    ("I wanted to reflect a little bit on the last eight years.", "a little bit", True),
    ("Give me a little bit of bread.", "a little bit", False),
    ("She is a little girl.", "a little", False),
]


@pytest.mark.parametrize(("sentence", "marker", "fires"), MINIMIZERS_OF_CLAUSES)
def test_minimizers_of_clauses(nlp, sentence, marker, fires):
    assert (marker in found(nlp(sentence), "downtoner")) is fires
