"""Evaluation by sense class (shared/MARKERS.md, Martin & White 2005): the senses of a word
that judge and the senses that describe, classify, scale or form a fixed expression. Each
class has sentences that must fire and sentences that must not, written for the class; the
rule tests use hand-built parses (independent of the model), the sentence table the real
pipeline."""

from __future__ import annotations

import pytest

from tests.markers import found
from toolkit.lexicon import default_lexicon
from toolkit.markers.evaluation import (
    abstract_head,
    evaluative_adverb,
    evaluative_modifier,
    fairness_sense,
    genuine_sense,
    historic_sense,
    importance_sense,
    is_modifier_use,
    quality_sense,
    valence_sense,
    welcome_sense,
)

from .handbuilt import parse, span_of

SENSE_CASES = [
    # (sentence, word, fires)
    # importance (positive): central, fundamental, integral on a role noun or with *to*;
    # a place, an institution or a legal kind is no judgement
    ("The alliance plays a central role in regional security.", "central", True),
    ("Education is central to development.", "central", True),
    ("The central bank raised interest rates.", "central", False),
    ("Trade with Central Asia has grown.", "central", False),
    ("Free speech is fundamental to democracy.", "fundamental", True),
    ("The court is a fundamental pillar of the system.", "fundamental", True),
    ("They violated fundamental freedoms.", "fundamental", False),
    ("Farming is an integral part of the economy.", "integral", True),
    ("The problem was handled in an integral manner.", "integral", False),
    ("Sovereignty is a cardinal principle of the Charter.", "cardinal", True),
    ("The ministry welcomed the landmark agreement.", "landmark", True),
    ("Doing so is key to recovery.", "key", True),
    ("The key to recovery is trust.", "key", False),
    ("Tourism is an important part of the economy.", "important", True),
    ("This is a critical moment.", "critical", True),
    ("Critical and emerging technologies shape security.", "critical", False),
    # critical of a voice or a text: criticising, no importance
    ("The laws are used to silence critical voices.", "critical", False),
    ("She misrepresented the highly critical report.", "critical", False),
    ("This is a critical message for the region.", "critical", True),
    # positive/negative as good or bad qualities, not a number, a test or a kind
    ("The reform made a positive contribution to growth.", "positive", True),
    ("Officials showed a negative attitude toward the press.", "negative", True),
    # the direction of an effect, like *adverse* and *harmful*
    ("The sanctions had negative consequences for farmers.", "negative", False),
    ("The reform had positive effects on employment.", "positive", False),
    ("The economy recorded negative growth.", "negative", False),
    ("Two players tested positive.", "positive", False),
    # the adjective *just* (fairness), not the restrictive or temporal adverb
    ("We support a just and lasting settlement.", "just", True),
    ("They defend the legitimate and just demands of workers.", "just", True),
    ("They arrived just two days ago.", "just", False),
    ("It is just a rumour.", "just", False),
    # *historic*: importance in history vs of the past
    ("The signing was a historic achievement.", "historic", True),
    ("Tourists visit the historic sites of the old town.", "historic", False),
    ("The two nations share historic ties.", "historic", False),
    # *welcome*: good to have, not the hospitality formula or the ceremony
    ("Remittances are a welcome source of income.", "welcome", True),
    ("You are always welcome in our country.", "welcome", False),
    ("The mayor gave a welcome address.", "welcome", False),
    # relations between states, economic output, a class of people: description
    ("We thank friendly countries for their help.", "friendly", False),
    ("The two states maintain friendly relations.", "friendly", False),
    ("The talks were productive.", "productive", True),
    ("The plan aims to expand productive capacity.", "productive", False),
    ("The poor pay the highest price.", "poor", False),
    ("Poor governance fuels conflict.", "poor", True),
    ("We must recall the ethical issues involved.", "ethical", False),
    ("The firm follows ethical business practices.", "ethical", True),
    ("We will hold those responsible to account.", "responsible", False),
    ("He was a responsible member of the Council.", "responsible", True),
    # genuineness on abstract heads, not the material or a container
    ("The government took concrete steps.", "concrete", True),
    ("The workers poured concrete into the frame.", "concrete", False),
    ("The reform has produced tangible results.", "tangible", True),
    ("These were empty promises.", "empty", True),
    ("The tank was empty.", "empty", False),
    # judgement vocabulary (Martin & White 2005: propriety, capacity, tenacity, valuation)
    ("The treatment of detainees must be humane.", "humane", True),
    ("The vote was free of undue influence.", "undue", True),
    ("The funding was adequate.", "adequate", True),
    ("Funding remains insufficient.", "insufficient", True),
    ("The offer was a perfidious trick.", "perfidious", True),
    ("The government remained intransigent.", "intransigent", True),
    ("This is a momentous decision.", "momentous", True),
    ("The committee adopted a methodical approach.", "methodical", True),
    ("The reform brought much needed change.", "much needed", True),
    ("He must return his ill-gotten gains.", "ill-gotten", True),
    # tenacity judges people, positions and relations; on an attitude it amplifies
    ("We stand steadfast with our allies.", "steadfast", True),
    ("Our partnership is steadfast and enduring.", "steadfast", True),
    ("She has been a steadfast ally.", "steadfast", True),
    ("We reiterate our steadfast commitment to peace.", "steadfast", False),
    ("They thanked us for our unwavering support.", "unwavering", False),
    # a judging noun used attributively, which the tagger calls an adjective
    ("They staged sham elections in the region.", "sham", True),
    ("The report is a sham.", "sham", True),
    # an adjective the tagger takes for a noun premodifier (*tireless/NN efforts*)
    ("We thank them for their tireless efforts.", "tireless", True),
    # accordance, procedure, effect, kind, ability, possibility, difficulty, emotion, size
    ("The policy is consistent with the law.", "consistent", False),
    ("We need a transparent process.", "transparent", True),  # Judgement (Martin & White)
    ("Militants waged a destructive campaign.", "destructive", False),
    ("The bloody conflict continued.", "bloody", False),
    ("Villagers were forcibly displaced.", "forcibly", False),
    ("He was unable to attend.", "unable", False),
    ("There is no viable alternative.", "viable", False),
    ("This is a unique opportunity.", "unique", False),
    ("We live in challenging times.", "challenging", False),
    ("We are thankful for your support.", "thankful", False),
    ("We made a modest contribution.", "modest", False),
    # comparatives and superlatives take their base's rule (abstract heads for *bright*,
    # *poor*), also where the tagger calls an attributive comparative a noun
    ("Our children deserve a brighter future.", "brighter", True),
    ("The room was brighter after the repairs.", "brighter", False),
    ("The poorer countries pay the most.", "poorer", False),
    ("We seek a fairer, more balanced world.", "fairer", True),
    ("That was the cruellest decision of all.", "cruellest", True),
    # *well-* + participle judges how something was done (the mirror of *ill-*), not
    # fame, wealth or a record, nor the verb's adverb
    ("He was a well-loved colleague.", "well-loved", True),
    ("The fund is well managed.", "well managed", True),
    ("The plan is well-known abroad.", "well-known", False),
    ("They live in a well-off suburb.", "well-off", False),
    ("We managed it well.", "well", False),
    # fixed expressions of good/best/better
    ("Good afternoon, everyone.", "good", False),
    ("I hope you all had a good weekend.", "good", False),
    ("He remains in good spirits.", "good", False),
    ("Agencies should share best practice.", "best", False),
    ("The best known case took place in March.", "best", False),
    ("I send my best wishes to the people of Norway.", "best", False),
    ("We discussed how best to proceed.", "best", False),
    ("The world changed for the better.", "better", False),
    ("That was a good decision.", "good", True),
    # *true*: genuineness or a verdict on truth, not applicability or concession
    ("He is a true friend of our people.", "true", True),
    ("That is all true.", "true", True),
    ("The same is true for women.", "true", False),
    ("True, the plan failed at first.", "true", False),
    # *responsible* as accountability is no judgement; a legal doctrine or status neither
    ("Russia said that the opposition was responsible.", "responsible", False),
    ("We hold the authorities fully responsible.", "responsible", False),
    ("Investigators must determine who was responsible.", "responsible", False),
    ("He was a responsible leader.", "responsible", True),
    ("The parody is fair use of the song.", "fair", False),
    ("He is presumed innocent until proven guilty.", "innocent", False),
    ("As alleged by the grand jury in an indictment, officers attacked the system.", "grand",
     False),
    ("It was a grand design for the region.", "grand", True),
    # *effectively* "in effect" before a finite verb or a perfect; manner elsewhere
    ("It further said Eritrea effectively enslaves people by a system of national service.",
     "effectively", False),
    ("Strikers demanding better conditions effectively shut down the two largest mines.",
     "effectively", False),
    ("The authorities have effectively criminalized one of the remaining parties.",
     "effectively", False),
    ("We must effectively implement the plan.", "effectively", True),
    ("The Council failed to respond effectively.", "effectively", True),
    # a first name is no epithet (*the government of Frank Bainimarama*; but *Crazy Bernie*)
    ("In response to an April 9 court ruling declaring the military backed government of "
     "Frank Bainimarama came to power illegally, the President acted.", "frank", False),
    ("The movie starring Alexandria Ocasio-Cortez and Crazy Bernie Sanders was nothing more "
     "than a farce.", "crazy", True),
    # ... nor the first word of another name
    ("Yesterday, 1 September, we published provisional Key Stage 2 attainment statistics.",
     "key", False),
    ("These are key priorities.", "key", True),
    ("The shelling killed innocent civilians.", "innocent", True),
    # a physical noun in a compound: *clean air standards*, not *a clean campaign*
    ("The company broke federal clean air standards.", "clean", False),
    ("They ran a clean campaign.", "clean", True),
    # ... nor a claim's truth left open, nor the certainty frame *it is true that* (a booster)
    ("If these allegations are true, those involved must go.", "true", False),
    ("Whether that statement is true or false, it is not for us to judge.", "true", False),
    ("Is it not true that the House was misled?", "true", False),
    ("It is perfectly true that the member spoke.", "true", False),
    # *effective* in force is a legal status
    ("The vaccine is effective against the virus.", "effective", True),
    ("The rule became effective in 2010.", "effective", False),
    ("The new rule is effective immediately.", "effective", False),
    # the legal term of the Convention against Torture names a kind of act
    ("He is a rapporteur on torture and other cruel, inhuman or degrading treatment or "
     "punishment.", "cruel", False),
    ("The guards were cruel to the prisoners.", "cruel", True),
    # sincerity on a ritual attitude scales its force; *-ly* adverb before an adjective
    ("We sincerely hope for a settlement.", "sincerely", False),
    ("Please accept our heartfelt condolences.", "heartfelt", False),
    ("They are sincere friends.", "sincere", True),
    ("They achieved genuinely free elections.", "genuinely", False),
    ("Progress has been painfully slow.", "painfully", False),
    ("The guards brutally beat the prisoners.", "brutally", True),
    # *right* of correctness or propriety, not the noun, a side, a time or a direction
    ("The honourable Gentleman is quite right.", "right", True),
    ("Might is right, they say.", "right", False),
    ("We must strike the right balance.", "right", False),
    ("We have to make sure we make the right investments in our people.", "right", True),
    ("Do we have the right people in place?", "right", True),
    ("Would the right hon. Gentleman bear that in mind?", "right", False),
    ("It did not sound right when I said it.", "right", True),
    ("Everyone has the right to life.", "right", False),
    ("Russia could end it right now.", "right", False),
    ("He sat on the right side of the room.", "right", False),
    ("The far right gained seats.", "right", False),
    # a legal category of act is judged when one agent commits it
    ("It was an attempt to legitimise Russia's illegal presence in Ukraine.", "illegal", True),
    ("The unlawful transfer and deportation of protected persons is a grave breach.",
     "unlawful", True),
    ("Migrants in illegal presence on the territory were detained.", "illegal", False),
    ("The unlawful transfer of firearms is a crime.", "unlawful", False),
    # *unambiguous* of clarity; on an attitude it emphasizes (an intensifier)
    ("She violated an unambiguous obligation.", "unambiguous", True),
    ("We voiced unambiguous condemnation of the attack.", "unambiguous", False),
    # nouns that judge truth or quality (WordNet: kinds of falsehood and misrepresentation)
    ("That is a gross misrepresentation of what I said.", "misrepresentation", True),
    ("He spread lies and untruths about his opponent.", "untruths", True),
    ("The vote makes a mockery of the Council's work.", "mockery", True),
    ("Committees identify flaws in policy.", "flaws", True),
    # adverbs of energy on a verb of effort are intensifiers; as manner of anger, judgement
    ("Officials are furiously working to bury the report.", "furiously", False),
    ("He shouted furiously at the guards.", "furiously", True),
    # an evaluative adverb glossed "to a ... degree": degree before an adjective, manner on a
    # verb (also when the parser hangs it on the copula)
    ("Prices are outrageously high.", "outrageously", False),
    ("The prisoners were treated outrageously.", "outrageously", True),
    # *fairly* of an act judges it; before an adjective it is the compromiser (a downtoner)
    ("He says he won the polls freely and fairly.", "fairly", True),
    ("The report is fairly good.", "fairly", False),
    # *professional* judges conduct in a manner phrase, predicatively or beside another
    # adjective; before a duty, a code or a person it names a class
    ("The station will keep reporting in an objective and professional manner.",
     "professional", True),
    ("The inspectors were thorough and professional.", "professional", True),
    ("The doctor breached her professional duties.", "professional", False),
    ("The lawyer violated the rules of professional conduct.", "professional", False),
    ("Police threatened professional journalists.", "professional", False),
]


@pytest.mark.parametrize(("sentence", "word", "fires"), SENSE_CASES)
def test_evaluation_sense_classes(nlp, sentence: str, word: str, fires: bool) -> None:
    assert (word in found(nlp(sentence), "evaluation")) is fires


# --- the rules on hand-built parses -----------------------------------------------------

RULE_CASES = [
    # (rule, parse, word, fires)
    (importance_sense, "a/DET/DT/det/2 central/ADJ/JJ/amod/2 role/NOUN/NN/ROOT/2",
     "central", True),
    (importance_sense, "the/DET/DT/det/2 central/ADJ/JJ/amod/2 bank/NOUN/NN/ROOT/2",
     "central", False),
    (importance_sense, "fundamental/ADJ/JJ/amod/1 rights/NOUN/NNS/ROOT/1", "fundamental",
     False),
    (importance_sense, "It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/1/be key/ADJ/JJ/acomp/1 "
     "to/ADP/IN/prep/2 peace/NOUN/NN/pobj/3", "key", True),
    (importance_sense, "an/DET/DT/det/2 important/ADJ/JJ/amod/2 part/NOUN/NN/ROOT/2",
     "important", True),
    (importance_sense, "a/DET/DT/det/2 significant/ADJ/JJ/amod/2 part/NOUN/NN/ROOT/2",
     "significant", False),
    (valence_sense, "a/DET/DT/det/2 positive/ADJ/JJ/amod/2 signal/NOUN/NN/ROOT/2",
     "positive", True),
    (valence_sense, "negative/ADJ/JJ/amod/1 growth/NOUN/NN/ROOT/1", "negative", False),
    (valence_sense, "He/PRON/PRP/nsubj/1 tested/VERB/VBD/ROOT/1/test "
     "positive/ADJ/JJ/acomp/1", "positive", False),
    (fairness_sense, "a/DET/DT/det/2 just/ADJ/JJ/amod/2 cause/NOUN/NN/ROOT/2", "just", True),
    # the tagger's adverb between a determiner and a coordinated adjective
    (fairness_sense, "a/DET/DT/det/4 just/ADV/RB/amod/4 and/CCONJ/CC/cc/1 "
     "lasting/ADJ/JJ/conj/1 peace/NOUN/NN/ROOT/4", "just", True),
    (fairness_sense, "just/ADV/RB/advmod/2 three/NUM/CD/nummod/2 people/NOUN/NNS/ROOT/2",
     "just", False),
    (fairness_sense, "It/PRON/PRP/nsubj/1 has/AUX/VBZ/aux/3/have just/ADV/RB/advmod/3 "
     "arrived/VERB/VBN/ROOT/3/arrive", "just", False),
    (historic_sense, "a/DET/DT/det/2 historic/ADJ/JJ/amod/2 opportunity/NOUN/NN/ROOT/2",
     "historic", True),
    (historic_sense, "historic/ADJ/JJ/amod/1 buildings/NOUN/NNS/ROOT/1", "historic", False),
    (welcome_sense, "a/DET/DT/det/2 welcome/ADJ/JJ/amod/2 step/NOUN/NN/ROOT/2", "welcome",
     True),
    (welcome_sense, "You/PRON/PRP/nsubj/1 are/AUX/VBP/ROOT/1/be welcome/ADJ/JJ/acomp/1",
     "welcome", False),
    (abstract_head, "friendly/ADJ/JJ/amod/1 nations/NOUN/NNS/ROOT/1", "friendly", False),
    (abstract_head, "a/DET/DT/det/2 friendly/ADJ/JJ/amod/2 tone/NOUN/NN/ROOT/2", "friendly",
     True),
    (abstract_head, "productive/ADJ/JJ/amod/1 sectors/NOUN/NNS/ROOT/1/sector", "productive",
     False),
    (abstract_head, "productive/ADJ/JJ/amod/1 talks/NOUN/NNS/ROOT/1/talk", "productive",
     True),
    (abstract_head, "the/DET/DT/det/1 poor/ADJ/JJ/nsubj/2 suffer/VERB/VBP/ROOT/2", "poor",
     False),
    (genuine_sense, "The/DET/DT/det/1 same/ADJ/JJ/nsubj/2 is/AUX/VBZ/ROOT/2/be "
     "true/ADJ/JJ/acomp/2 for/ADP/IN/prep/3 women/NOUN/NNS/pobj/4", "true", False),
    (genuine_sense, "a/DET/DT/det/2 true/ADJ/JJ/amod/2 partner/NOUN/NN/ROOT/2", "true", True),
    (genuine_sense, "That/PRON/DT/nsubj/1 is/AUX/VBZ/ROOT/1/be true/ADJ/JJ/acomp/1",
     "true", True),
    (quality_sense, "Good/ADJ/JJ/amod/1 afternoon/NOUN/NN/ROOT/1", "good", False),
    (quality_sense, "best/ADJ/JJS/amod/1 wishes/NOUN/NNS/ROOT/1", "best", False),
    (quality_sense, "changed/VERB/VBD/ROOT/0 for/ADP/IN/prep/0 the/DET/DT/det/3 "
     "better/ADJ/JJR/pobj/1", "better", False),
    (quality_sense, "a/DET/DT/det/2 good/ADJ/JJ/amod/2 decision/NOUN/NN/ROOT/2", "good",
     True),
    (evaluative_modifier, "heartfelt/ADJ/JJ/amod/1 condolences/NOUN/NNS/ROOT/1",
     "heartfelt", False),
    (evaluative_modifier, "sincere/ADJ/JJ/amod/1 friends/NOUN/NNS/ROOT/1", "sincere", True),
    (evaluative_adverb, "We/PRON/PRP/nsubj/2 sincerely/ADV/RB/advmod/2 "
     "hope/VERB/VBP/ROOT/2", "sincerely", False),
    (evaluative_modifier, "their/PRON/PRP$/poss/2 tireless/NOUN/NN/compound/2 "
     "efforts/NOUN/NNS/ROOT/2", "tireless", True),
    # a noun premodifier without an adjective suffix stays a noun
    (evaluative_modifier, "a/DET/DT/det/2 fair/NOUN/NN/compound/2 ground/NOUN/NN/ROOT/2",
     "fair", False),
]


@pytest.mark.parametrize(("rule", "spec", "word", "fires"), RULE_CASES)
def test_sense_rules_on_hand_built_parses(rule, spec: str, word: str, fires: bool) -> None:
    assert rule(span_of(parse(spec), word)) is fires


@pytest.mark.parametrize(("spec", "word", "fires"), [
    ("became/VERB/VBD/ROOT/0/become effective/ADJ/JJ/acomp/0 in/ADP/IN/prep/0 "
     "2010/NUM/CD/pobj/2", "effective", False),
    ("effective/ADJ/JJ/ROOT/0 immediately/ADV/RB/advmod/0", "effective", False),
    ("effective/ADJ/JJ/amod/1 action/NOUN/NN/ROOT/1", "effective", True),
    ("cruel/ADJ/JJ/amod/5 ,/PUNCT/,/punct/0 inhuman/ADJ/JJ/conj/0 or/CCONJ/CC/cc/2 "
     "degrading/ADJ/JJ/conj/2 treatment/NOUN/NN/ROOT/5", "inhuman", False),
    ("cruel/ADJ/JJ/amod/1 treatment/NOUN/NN/ROOT/1", "cruel", True),
])
def test_in_force_and_legal_terms(spec: str, word: str, fires: bool) -> None:
    assert is_modifier_use(span_of(parse(spec), word)) is fires


def _rules() -> dict[str, str]:
    rows = default_lexicon().entries
    rows = rows[rows["category"] == "evaluation"]
    return dict(zip(rows["term"], rows["rule"], strict=True))


@pytest.mark.parametrize("word", [
    "consistent", "unique", "destructive", "deadly", "bloody", "forcibly",
    "fatally", "negatively", "unable", "viable", "feasible", "challenging", "thankful",
    "delighted", "modest", "supreme", "sovereign"])
def test_descriptive_classes_are_not_evaluation(word: str) -> None:
    assert word not in _rules()


@pytest.mark.parametrize(("word", "rule"), [
    ("central", "importance_sense"), ("fundamental", "importance_sense"),
    ("integral", "importance_sense"), ("landmark", "importance_sense"),
    ("positive", "valence_sense"), ("negative", "valence_sense"),
    ("just", "fairness_sense"), ("historic", "historic_sense"),
    ("steadfast", "tenacity_sense"), ("right", "correctness_sense"),
    ("unambiguous", "clarity_sense"),
    ("welcome", "welcome_sense"), ("concrete", "abstract_head"),
    ("humane", "evaluative_modifier"), ("inconsistent", "evaluative_modifier"),
    ("unproductive", "evaluative_modifier"), ("genuinely", "evaluative_adverb")])
def test_sense_classes_have_their_rule(word: str, rule: str) -> None:
    assert _rules()[word] == rule


#: *serious* meaning earnest or genuine is positive evaluation (MARKERS.md: genuineness);
#: meaning grave it is an intensifier
SERIOUS_SENSES = [
    ("Russia is trying to convince the world it is serious about peace.", "evaluation"),
    ("We call for serious negotiations with the opposition.", "evaluation"),
    ("There has been no serious effort to disarm the gangs.", "evaluation"),
    ("It is not a serious answer.", "evaluation"),
    ("The court tries the most serious crimes.", None),
    ("This is a serious threat to peace.", "intensifier"),
    ("Even if one were to ignore the serious legal questions, the case is weak.", None),
]


@pytest.mark.parametrize(("sentence", "category"), SERIOUS_SENSES)
def test_serious_earnest_or_grave(nlp, sentence, category):
    found_in = {c for c in ("evaluation", "intensifier") if "serious" in found(nlp(sentence), c)}
    assert found_in == ({category} if category else set())
