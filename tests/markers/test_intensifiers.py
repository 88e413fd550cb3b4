"""Intensifiers (Quirk et al. 1985; Martin & White 2005; MARKERS.md): degree adverbs,
*so/such*, amplifying adjectives on abstract nouns, maximizers and the productive
``degree_adverb`` rule."""

from __future__ import annotations

import pytest

from . import found, parse, subtypes

FIRES = [
    ("I make a full and unreserved apology to the House.", "unreserved"),
    ("He issued an unqualified denial.", "unqualified"),
    ("We had consulted extensively on the bill.", "extensively"),
    ("The ruling is grossly unfair.", "grossly"),
    ("The government firmly rejects the findings.", "firmly"),
    ("We are deeply concerned by the arrests.", "deeply"),
    ("The situation is very serious.", "very"),
    ("The report is so biased that nobody trusts it.", "so"),
    ("They rejected it on such a sloppy basis.", "such"),
    ("Repression has reached such a level that the paper closed.", "such"),
    ("So many people were arrested that the jails overflowed.", "so"),
    ("The council expressed strong opposition to the plan.", "strong"),
    ("We share their deep concern.", "deep"),
    ("The army launched an unprecedented crackdown.", "unprecedented"),
    ("The ruling is a major setback for the press.", "major"),
    ("He was jailed for a crime that so obviously did not occur.", "so"),
    ("The bill won massive support from voters.", "massive"),
    ("An overwhelming majority voted yes.", "overwhelming"),
    ("The region faces a grave threat.", "grave"),
    ("Runaway inflation hurt the poor.", "runaway"),
    ("We are firm in upholding our interests.", "firm"),
    ("This is one of the most dangerous lies.", "most"),
    ("The number far surpassed last year's total.", "far"),
    ("The plan is far more expensive.", "far"),
    ("He is acting even more repressively at home.", "even"),
    ("That will only inflame tensions still further.", "still"),
    ("He expounded his point yet further.", "yet"),
    ("Apple Daily was a much-needed voice.", "much"),
    ("Independent media are needed now more than ever.", "more than ever"),
    ("The West argues ever more insistently for its order.", "ever more"),
    ("Their hypocrisy knows no bounds.", "knows no bounds"),
    ("The suicide rate is unacceptable, to say the least.", "to say the least"),
    ("The claim is completely false.", "completely"),
    ("We made all-out efforts to stop trafficking.", "all-out"),
    ("The administration has worked hard on border security.", "hard"),
    ("We will continue to closely consult with partners.", "closely"),
    ("The deal is a total failure.", "total"),
    ("A staggering 70% of the funds vanished.", "staggering"),
    ("The war has claimed countless lives.", "countless"),
    ("The countless calls of the community went unheeded.", "countless"),
    ("Never has the world been so obsessed with one topic.", "so"),
    ("Our forces delivered crushing blows to the enemy.", "crushing"),
    ("The new design gives far superior results.", "far"),
    ("The Council is uniquely inclusive among United Nations bodies.", "uniquely"),
    ("The reply was singularly unhelpful.", "singularly"),
    ("His figures were simply wrong.", "simply"),  # an emphasizer before an adjective
    # a participle used as a predicative adjective of feeling or effect
    ("We are particularly troubled by the killing of Natalya Estemirova.", "particularly"),
    ("Proposed cuts to personnel numbers are particularly concerning.", "particularly"),
    ("The Embassy said it was especially concerned by the beatings.", "especially"),
    # participles of runaway change on abstract nouns and amounts (change_participle)
    ("There is mounting evidence of fraud.", "mounting"),
    ("They were facing mounting pressure.", "mounting"),
    ("Families face soaring prices.", "soaring"),
    ("The clinic addressed skyrocketing rents.", "skyrocketing"),
    ("Plummeting trust in institutions worries us.", "plummeting"),
    # heat adjectives on emotion nouns (heat_adjective)
    ("Their seething hatred is plain.", "seething"),
    ("He has a burning desire to win.", "burning"),
    ("Raging inflation hurt everyone.", "raging"),
    # slope adjectives on change nouns and prices; degree adjectives of extent
    ("Cities saw steep drops in crime.", "steep"),
    ("We paid a steep price for peace.", "steep"),
    ("There was a marked increase in arrests.", "marked"),
    ("The plan made considerable progress.", "considerable"),
    ("They spent astronomical sums on it.", "astronomical"),
    ("They acted in an unprecedented manner.", "unprecedented"),
    # superlative -ever and ever- compounds (productive rules)
    ("The nation saw the largest-ever drop in homicides.", "largest-ever"),
    ("The budget keeps an ever-shrinking reserve.", "ever-shrinking"),
    ("Europe seeks an ever-closer union.", "ever-closer"),
    ("Prices reached an all-time high.", "all-time"),
    # abstract nouns by their first WordNet sense (an act, a state, an event)
    ("Humankind faced an unprecedented plight.", "unprecedented"),
    ("The measures wreak enormous havoc on poor economies.", "enormous"),
    ("The country endured a dramatic transformation.", "dramatic"),
    ("We share the firm resolve to strengthen the system.", "firm"),
    ("Costs grew exponentially.", "exponentially"),
    ("Aid is desperately needed.", "desperately"),
    ("Prices fell steeply after the vote.", "steeply"),
    ("The challenges we face are enormous.", "enormous"),
    ("The suffering of the refugees is immense.", "immense"),
    ("We produced a record supply of ventilators.", "record"),
    ("It has been an unmitigated disaster for the regime.", "unmitigated"),
    # superlatives of listed amplifiers, plurals of listed attitude nouns
    ("This is the gravest threat to peace.", "gravest"),
    ("The country lives under the harshest sanctions.", "harshest"),
    ("Deep disagreements persist over the funding.", "deep"),
    # strong/firm on a noun of an act or a speech act (first WordNet sense)
    ("China must take strong steps to cut its capacity.", "strong"),
    ("They blocked a strong resolution on the regime.", "strong"),
    ("The court upheld the strong protections of the law.", "strong"),
]

DOES_NOT_FIRE = [
    # the quantifier *most* on a plural noun with a noun modifier
    ("Yesterday we had six confirmation hearings, the most confirmation hearings in a day.",
     "most"),
    # a verb in the progressive, a change or merely on a participle
    ("The army is particularly targeting civilians.", "particularly"),
    ("Economic solidarity is increasingly replaced by naked self-interest.", "increasingly"),
    ("Altered smart cards are simply inserted into standard equipment.", "simply"),
    ("A strong wind blew all night.", "strong"),
    ("Democracy needs strong institutions.", "strong"),  # power, not degree
    ("Estonia is a very strong partner in NATO.", "strong"),
    ("There is still more to do.", "still"),  # time, before a quantity
    ("Even the minister agreed.", "even"),  # counter-expectation (a denial)
    ("They crossed the deepest rivers of the region.", "deepest"),
    ("The harshest winters came in the north.", "harshest"),
    ("They built a huge warehouse near the port.", "huge"),
    ("Major cities imposed curfews.", "major"),
    ("The agency hired full-time staff.", "full"),
    ("The lake is deep and cold.", "deep"),
    ("They want stronger border security.", "stronger"),
    ("It rained, so we stayed inside.", "so"),
    ("Countries such as Chad abstained.", "such"),
    ("Such measures are common.", "such"),
    ("So far, nobody has been charged.", "so"),
    ("The so-called rules-based order failed.", "so"),
    ("Much of the analysis is hearsay.", "much"),
    ("There has been much talk about the deal.", "much"),
    ("Most countries signed the treaty.", "most"),
    ("Most of the delegates left.", "most"),
    ("As far as we know, nobody was hurt.", "far"),
    ("The United States took a hard line.", "hard"),
    ("At this very moment the talks resume.", "very"),
    ("The total number of victims is unknown.", "total"),
    ("Both sides agreed to serious negotiations.", "serious"),
    ("Our total emissions have decreased.", "total"),
    ("Greed has replaced such humanitarian concepts as love.", "such"),
    ("The ship sailed through endless water.", "endless"),
    ("Pressure is mounting on the government.", "mounting"),
    ("Russia is mounting attacks on the city.", "mounting"),
    ("The soaring towers of the city shine.", "soaring"),
    ("The burning buildings lit the sky.", "burning"),
    ("This is a burning issue.", "burning"),
    ("They climbed a steep hill.", "steep"),
    ("The car was marked.", "marked"),
    ("It was the first-ever summit.", "first-ever"),
    ("We live in an ever-changing world.", "ever-changing"),
    ("It was a great way to start.", "great"),
    # *especially* focusing a circumstance of time, not grading an adjective
    ("Acetaminophen, especially late in pregnancy, may cause harm.", "especially"),
    ("Aid is needed, particularly now.", "particularly"),
    ("The system can uniquely identify each user.", "uniquely"),
    # technical terms, natural phenomena, time and pronouns
    ("Aid reached 0.7 per cent of gross national income.", "gross"),
    ("The burden shifts from acute diseases to chronic ones.", "acute"),
    ("People believe that nothing serious is happening.", "serious"),
    ("They fled an enormous hurricane.", "enormous"),
    ("In those overwhelming days we acted.", "overwhelming"),
    ("We are, in absolute terms, the largest contributor.", "absolute"),
    ("Trawlers destroy vast swaths of coral reef.", "vast"),
    ("The warehouse is huge.", "huge"),
    ("The plan is serious and credible.", "serious"),
]


@pytest.mark.parametrize(("noun", "expected"), [
    ("plight", True), ("havoc", True), ("hatred", True), ("incident", True),
    ("warehouse", False), ("hurricane", False), ("people", False), ("day", False),
])
def test_wordnet_abstract_nouns(noun, expected):
    from toolkit.markers.intensifiers import wordnet_abstract_nouns

    assert (noun in wordnet_abstract_nouns()) is expected




@pytest.mark.parametrize(("sentence", "marker"), FIRES)
def test_intensifier_fires(nlp, sentence, marker):
    assert marker in found(nlp(sentence), "intensifier")


@pytest.mark.parametrize(("sentence", "marker"), DOES_NOT_FIRE)
def test_intensifier_does_not_fire(nlp, sentence, marker):
    assert marker.lower() not in found(nlp(sentence), "intensifier")


@pytest.mark.parametrize(("sentence", "marker", "subtype"), [
    ("The claim is completely false.", "completely", "maximizer"),
    ("We made all-out efforts to stop trafficking.", "all-out", "maximizer"),
    ("The ruling is grossly unfair.", "grossly", "amplifier"),
])
def test_intensifier_subtypes(nlp, sentence, marker, subtype):
    assert subtypes(nlp(sentence), "intensifier")[marker] == subtype


# the productive rule on the real model: degree adverbs that no list holds -------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ruling was outrageously unfair.", ["outrageously"]),
    ("The funding is woefully inadequate.", ["woefully"]),
    ("The union vociferously opposes the decision.", ["vociferously"]),
    ("The minister publicly condemned the attack.", []),
    ("The bill was swiftly promulgated.", []),
    ("Democrats deliberately shuttered the government.", []),
    ("The plan is politically unfair.", []),
    # careful attention on a verb of watching or examining (VerbNet), not a degree
    ("We have followed the trial closely.", []),
    ("Please monitor the travel advice closely.", []),
    ("We worked closely with the authorities.", ["closely"]),
    ("We continue to closely consult with allies.", ["closely"]),
])
def test_degree_adverb_rule(nlp, sentence, expected):
    markers = [m for m in found(nlp(sentence), "intensifier")]
    assert markers == expected


# hand-built parses ---------------------------------------------------------------------------

STRONG_OPPOSITION = "They/PRON/PRP/nsubj/1 expressed/VERB/VBD/ROOT/- strong/ADJ/JJ/amod/3 " \
    "opposition/NOUN/NN/dobj/1"
STRONG_WIND = "A/DET/DT/det/2 strong/ADJ/JJ/amod/2 wind/NOUN/NN/nsubj/3 blew/VERB/VBD/ROOT/-"
SWIFT_AND_SEVERE = "the/DET/DT/det/4 swift/ADJ/JJ/amod/4 and/CCONJ/CC/cc/1 " \
    "severe/ADJ/JJ/conj/1 measures/NOUN/NNS/ROOT/-"
HUGE_WAREHOUSE = "a/DET/DT/det/2 huge/ADJ/JJ/amod/2 warehouse/NOUN/NN/ROOT/-"


@pytest.mark.parametrize(("spec", "expected"), [
    (STRONG_OPPOSITION, ["strong"]), (STRONG_WIND, []), (SWIFT_AND_SEVERE, ["severe"]),
    (HUGE_WAREHOUSE, []),
])
def test_amplifying_adjective_on_hand_built_parses(spec, expected):
    assert found(parse(spec), "intensifier") == expected


SO_BIASED = "It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/- so/ADV/RB/advmod/3 biased/ADJ/JJ/acomp/1"
SO_CONJUNCTION = "It/PRON/PRP/nsubj/1 rained/VERB/VBD/ROOT/- ,/PUNCT/,/punct/1 " \
    "so/ADV/RB/advmod/5 we/PRON/PRP/nsubj/5 left/VERB/VBD/conj/1"

# the connective before an attributive adjective (*So simplified rules might help*)
SO_ATTRIBUTIVE = "So/ADV/RB/advmod/1 simplified/ADJ/JJ/amod/2 rules/NOUN/NNS/nsubj/4 " \
    "might/AUX/MD/aux/4 help/VERB/VB/ROOT/-"
# *so big a deal*: the degree word before an attributive adjective and *a*
SO_BIG_A_DEAL = "It/PRON/PRP/nsubj/1 was/AUX/VBD/ROOT/- so/ADV/RB/advmod/3 big/ADJ/JJ/amod/5 " \
    "a/DET/DT/det/5 deal/NOUN/NN/attr/1"


@pytest.mark.parametrize(("spec", "expected"), [
    (SO_BIASED, ["so"]), (SO_CONJUNCTION, []), (SO_ATTRIBUTIVE, []), (SO_BIG_A_DEAL, ["so"])])
def test_degree_so_on_hand_built_parses(spec, expected):
    assert found(parse(spec), "intensifier") == expected


# the productive rule on hand-built parses, with the evaluative adjective supplied by the
# test's own lexicon (independent of the packaged evaluation list)

def _with_evaluation(word: str):
    from toolkit.lexicon import default_lexicon

    lexicon = default_lexicon()
    if word in set(lexicon.entries["term"]):
        lexicon = lexicon.remove(word)
    return lexicon.add(word, "evaluation", "negative", source="test")


WOEFULLY_SHODDY = "It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/- woefully/ADV/RB/advmod/3 " \
    "shoddy/ADJ/JJ/acomp/1"
PUBLICLY_SHODDY = "It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/- publicly/ADV/RB/advmod/3 " \
    "shoddy/ADJ/JJ/acomp/1"
VOCIFEROUSLY_OPPOSES = "She/PRON/PRP/nsubj/2 vociferously/ADV/RB/advmod/2 " \
    "opposes/VERB/VBZ/ROOT/- it/PRON/PRP/dobj/2"
SWIFTLY_PROMULGATED = "It/PRON/PRP/nsubjpass/3 was/AUX/VBD/auxpass/3 swiftly/ADV/RB/advmod/3 " \
    "promulgated/VERB/VBN/ROOT/-"


# a viewpoint adverb of an -al adjective says in which respect (Quirk et al. 1985: 8.89)
MORALLY_SHODDY = "It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/- morally/ADV/RB/advmod/3 " \
    "shoddy/ADJ/JJ/acomp/1"
FACTUALLY_SHODDY = "It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/- factually/ADV/RB/advmod/3 " \
    "shoddy/ADJ/JJ/acomp/1"
# ... not an -ically adverb that grades, nor a name the tagger took for an adverb
DIAMETRICALLY_SHODDY = "It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/- diametrically/ADV/RB/advmod/3 " \
    "shoddy/ADJ/JJ/acomp/1"
NAME_SHODDY = "It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/- Bathily/ADV/RB/advmod/3 " \
    "shoddy/ADJ/JJ/acomp/1"


@pytest.mark.parametrize(("spec", "expected"), [
    (WOEFULLY_SHODDY, ["woefully"]), (PUBLICLY_SHODDY, []),
    (VOCIFEROUSLY_OPPOSES, ["vociferously"]), (SWIFTLY_PROMULGATED, []),
    (MORALLY_SHODDY, []), (FACTUALLY_SHODDY, []), (DIAMETRICALLY_SHODDY, ["diametrically"]),
    (NAME_SHODDY, []),
])
def test_degree_adverb_rule_on_hand_built_parses(spec, expected):
    from toolkit.markers import detect_markers

    doc = parse(spec)
    markers = detect_markers(doc, _with_evaluation("shoddy"))
    assert [m.text for m in markers if m.category == "intensifier"] == expected
    assert all(m.rule == "rule:degree_adverb" for m in markers if m.category == "intensifier")


# Quirk et al.'s (1985) amplifiers and degree phrases the lists missed --------------------

QUIRK_FIRES = [
    ("The two plans are radically different.", "radically"),
    ("We unreservedly condemn the attack.", "unreservedly"),
    ("The theory is fundamentally flawed.", "fundamentally"),
    ("The situation is a lot worse than last year.", "a lot"),
    ("The families have suffered a great deal.", "a great deal"),
    ("This is by far the largest protest.", "by far"),
    ("We express our unequivocal condemnation of terrorism.", "unequivocal"),
    ("Officials ignored widespread harassment of journalists.", "widespread"),
    ("There were a significant number of reports of abuse.", "significant"),
    ("We fervently hope for a ceasefire.", "fervently"),  # -ly of a listed adjective
    ("The plan was harshly criticized.", "harshly"),
    ("The minister forcefully rejected the allegations.", "forcefully"),
    ("Access to the region is tightly controlled.", "tightly"),
    ("The bill provoked a heated debate in the chamber.", "heated"),
    ("The agencies were given unfettered power over the data.", "unfettered"),
    # extent on an abstract noun (MARKERS.md: an adjective whose core meaning is degree or
    # extent); the dev gold leaves *extensive consultations* unmarked, the rule is followed
    ("The groups provided extensive input to the Administration.", "extensive"),
]

QUIRK_DOES_NOT_FIRE = [
    ("They spent a great deal of money.", "a great deal"),
    ("A lot of people came.", "a lot"),
    ("This is a significant step forward.", "significant"),  # importance: evaluation
    ("Fundamentally, the question is who pays.", "fundamentally"),
    ("The water was heated to boiling point.", "heated"),  # a verb, not a degree
]


@pytest.mark.parametrize(("sentence", "marker"), QUIRK_FIRES)
def test_quirk_amplifier_fires(nlp, sentence, marker):
    assert marker in found(nlp(sentence), "intensifier")


@pytest.mark.parametrize(("sentence", "marker"), QUIRK_DOES_NOT_FIRE)
def test_quirk_amplifier_does_not_fire(nlp, sentence, marker):
    assert marker.lower() not in found(nlp(sentence), "intensifier")


SIGNIFICANT_NUMBER = "a/DET/DT/det/2 significant/ADJ/JJ/amod/2 number/NOUN/NN/ROOT/-"
SIGNIFICANT_STEP = "a/DET/DT/det/2 significant/ADJ/JJ/amod/2 step/NOUN/NN/ROOT/-"


@pytest.mark.parametrize(("spec", "expected"), [
    (SIGNIFICANT_NUMBER, ["significant"]), (SIGNIFICANT_STEP, []),
])
def test_measure_degree_on_hand_built_parses(spec, expected):
    assert found(parse(spec), "intensifier") == expected


# degree words by class: emphatic *very*, *too*, *really/truly*, maximizers on acts, *close*,
# *significant* in its degree sense, damage adjectives, *as ... as ever* ----------------------

CLASS_FIRES = [
    ("Rising seas threaten our very existence.", "very"),
    ("They undermine the very foundations of the rule of law.", "very"),
    ("We have backed the Court since the very beginning.", "very"),
    ("We thank you very much for your help.", "very much"),
    ("I very much look forward to our talks.", "very much"),
    ("Thank you so much for coming.", "so much"),
    ("Tomorrow may be too late.", "too"),
    ("Their health systems are too weak to cope.", "too"),
    ("These trips all too often end in death.", "all too"),
    ("The debate has lasted far too long.", "far too"),
    ("I really applaud this initiative.", "really"),
    ("The force is truly essential for the protection of civilians.", "truly"),
    ("We truly hope that diplomacy succeeds.", "truly"),
    ("What really strikes me is the silence of the Council.", "really"),
    ("Nothing really seems to be changing.", "really"),
    ("I think we have to really think about that.", "really"),
    ("It is part of a truly extraordinary campaign.", "truly"),
    ("The European Union warmly welcomes the minister back.", "warmly"),
    ("We extend our warm congratulations to the prime ministers.", "warm"),
    ("It is being widely reported that an explosion was heard.", "widely"),
    ("The sweeping changes the government proposes would harm privacy.", "sweeping"),
    ("Free schooling has significantly reduced infant mortality.", "significantly"),
    ("A significant number of reports reached us.", "significant"),
    ("An invasive and unprecedented data-mining system is set to be deployed.",
     "unprecedented"),
    ("The current outbreak is, as I have said before, unprecedented in scale.",
     "unprecedented"),
    ("It's unprecedented, the level of cyber-attacks.", "unprecedented"),
    ("Peace requires the full implementation of the agreement.", "full"),
    ("Mali must turn its full attention to the elections.", "full"),
    ("The regime bears full responsibility for these acts.", "full"),
    ("We seek the complete denuclearization of the peninsula.", "complete"),
    ("The treaty calls for the total elimination of these weapons.", "total"),
    ("They declared full-scale war on poverty.", "full-scale"),
    ("We act in close coordination with our allies.", "close"),
    ("The situation deserves our close attention.", "close"),
    ("Kazakhstan ensures strict compliance with the law.", "strict"),
    ("We strictly adhere to these principles.", "strictly"),
    ("Millions suffer from devastating drought.", "devastating"),
    ("War has devastating consequences for children.", "devastating"),
    ("Our support for the Council remains as strong as ever.", "as strong as ever"),
    ("Denmark will remain well above the aid target.", "well"),
    ("We face increasingly complex problems.", "increasingly"),
    ("We value our strong partnership with Denmark.", "strong"),
    ("The region calls for deep reform of its institutions.", "deep"),
    ("These are profound challenges.", "profound"),
    ("The situation requires vigorous action.", "vigorous"),
    ("We wage an uncompromising fight against corruption.", "uncompromising"),
    ("There is an insatiable appetite for war.", "insatiable"),
    ("Every round of violence brings unimaginable suffering.", "unimaginable"),
    ("This is a much more effective way to help.", "much"),
    ("The region is going through fundamental changes.", "fundamental"),
    ("The speech marked a radical departure from the Charter.", "radical"),
    ("We will impose severe costs on the regime.", "severe"),
    ("My Government, at great sacrifice, found the resources.", "great"),
    ("The United Nations has a major role in this crisis.", "major"),
    ("We condemn the huge wave of missile attacks.", "huge"),
    ("We face a vast array of challenges.", "vast"),
    ("The bill contains wide-ranging powers.", "wide-ranging"),
    ("Security depends critically on the fight against poverty.", "critically"),
    ("The agreement is critically important.", "critically"),
    ("They declared full-scale war against poverty.", "full-scale"),
    ("It brought about much needed change.", "much"),
    ("The strikes brought yet more suffering to civilians.", "yet more"),
    ("Regulators watch the explosive growth of mobile banking.", "explosive"),
    ("Iran acts in stark violation of international law.", "stark"),
    ("It would be a big mistake to think otherwise.", "big"),
    ("We are battling one of the biggest challenges of our time.", "biggest"),
    ("We have taken extraordinary measures against the virus.", "extraordinary"),
    ("Sanctions will harm absolutely everyone.", "absolutely"),
    ("The funds are far below our expectations.", "far"),
    ("Many countries are lagging far behind.", "far"),
    ("We face such a severe security crisis.", "such"),
    ("Nobody expected it to spread with such virulence.", "such"),
    ("This is a lot more dangerous.", "a lot"),
    ("Asia is one of the most disaster-prone regions.", "most"),
    ("I thank Greece for its unyielding and steadfast support.", "steadfast"),
    ("Unwavering in our support for Ukraine, we act.", "unwavering"),
    ("Kenya remains a strong advocate for the oceans.", "strong"),
]

CLASS_DOES_NOT_FIRE = [
    ("Investigators found other such unresolved cases.", "such"),
    ("So first of all, the council meets on Monday.", "So"),
    # the connective that opens a clause, before an adverb
    ("So here we are in mid-September.", "So"),
    ("We get no answers, so perhaps you will advise us.", "so"),
    ("Q: What is your take?\n\nMR MILLER: So given Russia's increasingly aggressive and "
     "destabilizing behavior, we act.", "So"),
    ("The law protects hosts of online content from liability.", "hosts of"),
    ("At the very least, we need a plan.", "very"),
    ("Those very same people came back.", "very"),
    ("At this very moment the talks resume.", "very"),
    ("We will fight that too.", "too"),
    ("This applies, too, to man-made disasters.", "too"),
    ("Can we really say that this is solidarity?", "really"),
    ("Warlords would replace truly independent States.", "truly"),
    ("It really represents the interests of all members.", "really"),
    ("Who is really behind the threats?", "really"),
    ("We made significant progress on education.", "significant"),
    ("Palestine seeks to become a full member.", "full"),
    # a maximizer on a text, a set of data or a body of people: the whole of it
    ("His full statement is available online.", "full"),
    ("The editor said the full report would follow.", "full"),
    ("The chairman opened a full committee hearing.", "full"),
    ("The full facts are these.", "full"),
    # major of rank among media and texts
    ("The story ran on a major cable channel.", "major"),
    ("Every major newspaper covered the hearing.", "major"),
    ("Young people must reach their full potential.", "full"),
    ("For a complete list of the sanctions, see the website.", "complete"),
    ("The two towns are close to the border.", "close"),
    ("Italy and the United States are close partners.", "close"),
    ("We need to move beyond a strictly military approach.", "strictly"),
    ("As ever, we stand ready to help.", "as ever"),
    ("The eradication of extreme poverty is our goal.", "extreme"),
    ("The court tries the most serious crimes.", "serious"),
    ("Much more must be done to prevent conflicts.", "much"),
    ("We will see much more progress.", "much"),
    ("The team worked well together.", "well"),
    ("The lake is deep and cold.", "deep"),
    ("Everyone has fundamental rights and freedoms.", "fundamental"),
    ("Police arrested members of radical groups.", "radical"),
    ("The great powers refuse to deal with the root cause.", "great"),
    ("We are party to the major international conventions.", "major"),
    ("The envoy did a great job.", "great"),
    ("A huge wave broke over the harbour wall.", "huge"),
    ("The committee spoke critically of the plan.", "critically"),
    ("Russia's full-scale invasion began in 2022.", "full-scale"),
    ("The field is contaminated with explosive remnants of war.", "explosive"),
    ("Deportation is a grave breach of the Fourth Geneva Convention.", "grave"),
    ("Millions live in acute food insecurity.", "acute"),
    ("We must not lose sight of the big picture.", "big"),
    ("They live in a big house.", "big"),
    ("The One Big Beautiful Bill passed the House.", "big"),
    ("The Assembly met in an extraordinary session.", "extraordinary"),
    ("The troops were far behind the lines.", "far"),
    ("We must set about doing so immediately.", "so"),
    ("It is vital to create such a new mechanism.", "such"),
    ("We have a lot more things to talk about.", "a lot"),
    ("They turned it into a full-service bank.", "full"),
    ("We reduced absolute and relative poverty.", "absolute"),
    ("We want timely decisions on urgent matters.", "timely"),
    ("The crisis brought big and small corporations to their knees.", "big"),
    ("The law grants full and partial exemptions.", "full"),
    ("Methane is the second-most potent greenhouse gas.", "most"),
    ("The Mechanism for Persons Responsible for the Most Serious Crimes met.", "most"),
]


@pytest.mark.parametrize(("sentence", "marker"), CLASS_FIRES)
def test_degree_class_fires(nlp, sentence, marker):
    assert marker in found(nlp(sentence), "intensifier")


@pytest.mark.parametrize(("sentence", "marker"), CLASS_DOES_NOT_FIRE)
def test_degree_class_does_not_fire(nlp, sentence, marker):
    assert marker.lower() not in found(nlp(sentence), "intensifier")


@pytest.mark.parametrize(("sentence", "word", "category"), [
    ("He engaged in significant corruption.", "significant", "evaluation"),
    ("He poses a significant risk to the public.", "significant", "evaluation"),
    ("The challenges to stability remain significant.", "significant", "evaluation"),
    ("A significant portion of the budget went missing.", "significant", "intensifier"),
    ("We made significant progress on education.", "significant", "evaluation"),
    ("Millions suffer from devastating drought.", "devastating", "intensifier"),
    ("The invasion is the most significant threat to peace.", "significant", "evaluation"),
])
def test_degree_or_judgement_is_one_category(nlp, sentence, word, category):
    """A degree word is an intensifier only, a judgement an evaluation only (MARKERS.md: an
    adjective whose core meaning is degree or extent is an intensifier only)."""
    doc = nlp(sentence)
    categories = {c for c in ("intensifier", "evaluation") if word in found(doc, c)}
    assert categories == {category}


# classes added from Quirk et al. (1985: 7.33) and WordNet 3.0 clusters: emphasizers on
# truth and judged acts, sincerity on ritual attitudes, abundance (quantification),
# irreversibility maximizers, *the most* as the superlative of *much* -----------------------

EMPHASIS_FIRES = [
    ("That is the plain truth about the deal.", "plain"),
    ("The broadcast was pure propaganda.", "pure"),
    ("They told downright lies to the court.", "downright"),
    ("We sincerely hope that the talks resume.", "sincerely"),
    ("Allow me to express our heartfelt condolences.", "heartfelt"),
    ("It is our earnest hope that peace returns.", "earnest"),
    ("The committee has had plenty of time to decide.", "plenty"),
    ("There is ample evidence of abuse.", "ample"),
    ("Arrests of bloggers have been abundant this year.", "abundant"),
    ("The region faces a full-blown crisis.", "full-blown"),
    ("There has been no return to full-fledged war.", "full-fledged"),
    ("All parties must exercise maximum restraint.", "maximum"),
    ("The process will ensure maximum transparency.", "maximum"),
    ("The inquiry gathered a wealth of evidence.", "a wealth of"),
    ("Their futures were irrevocably blighted by the war.", "irrevocably"),
    ("The reef has been irreparably damaged.", "irreparably"),
    ("We focus where our work will have the most impact.", "most"),
    ("Small islands are the ones suffering the most from it.", "most"),
    ("Aid must reach the people who are most at risk.", "most"),
    ("I will see them at a host of virtual meetings.", "a host of"),
    ("The ministry faced a flood of complaints.", "a flood of"),
    ("The abuses continue unabated.", "unabated"),
    ("The regime kept up unrelenting pressure on journalists.", "unrelenting"),
    ("There is a strong case for reform.", "strong"),
    ("It is quite a good start.", "quite"),
    ("The world would look quite different.", "quite"),
    ("Together they achieve more than they ever could alone.", "ever"),
    ("Despite protests against his landslide win, he took office.", "landslide"),
    ("Talks could remove the widespread feelings of injustice.", "widespread"),
    ("Housing has become prohibitively expensive.", "prohibitively"),
    ("Prices are outrageously high.", "outrageously"),
    ("It is vitally important to act now.", "vitally"),
    ("The rhetoric is way beyond dangerous.", "way"),
    ("The project went way over budget.", "way"),
]

EMPHASIS_DOES_NOT_FIRE = [
    ("It is plain that the plan failed.", "plain"),
    ("The guidance is written in plain language.", "plain"),
    ("The spring gives pure water.", "pure"),
    ("He is a sincere man.", "sincere"),
    ("She spoke earnestly about her childhood.", "earnestly"),
    ("They lived in a land of plenty.", "plenty"),
    ("The valley has abundant water.", "abundant"),
    ("For the most part, the rules work.", "most"),
    ("The party won the most seats.", "most"),
    ("Most countries voted in favour.", "most"),
    ("At the most, ten people came.", "most"),
    ("A torrent of water swept the road away.", "a torrent of"),
    ("He faces a maximum penalty of 20 years in prison.", "maximum"),
    ("Each count carries maximum sentences of five years.", "maximum"),
    ("The maximum loan amount is $575.", "maximum"),
    ("The buses went over the three-minute idling maximum.", "maximum"),
    ("It would not happen but for Russia's full-scale illegal invasion.", "full-scale"),
    ("The plan is not quite ready.", "quite"),
    ("Quite a few people came.", "quite"),
    ("Quite the opposite is true.", "quite"),
    ("Have you ever been to Geneva?", "ever"),
    ("A landslide buried the village.", "landslide"),
    ("The prisoners were treated outrageously.", "outrageously"),
    ("This is the way forward.", "way"),
    ("The way ahead is hard.", "way"),
    ("We still have a long way to go.", "way"),
]


@pytest.mark.parametrize(("sentence", "marker"), EMPHASIS_FIRES)
def test_emphasis_class_fires(nlp, sentence, marker):
    assert marker in found(nlp(sentence), "intensifier")


@pytest.mark.parametrize(("sentence", "marker"), EMPHASIS_DOES_NOT_FIRE)
def test_emphasis_class_does_not_fire(nlp, sentence, marker):
    assert marker.lower() not in found(nlp(sentence), "intensifier")


@pytest.mark.parametrize(("sentence", "word"), [
    ("We sincerely hope that the talks resume.", "sincerely"),
    ("Allow me to express our heartfelt condolences.", "heartfelt"),
])
def test_sincerity_is_an_intensifier_not_an_evaluation(nlp, sentence, word):
    """A sincerity word on a ritual attitude scales its force (Graduation), no judgement."""
    doc = nlp(sentence)
    assert (word in found(doc, "intensifier"), word in found(doc, "evaluation")) == (True, False)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Some in Congress are furiously working to bury the report.", ["furiously"]),
    ("The minister strenuously objected to the plan.", ["strenuously"]),
    ("The agency will aggressively pursue the smugglers.", ["aggressively"]),
    ("He shouted furiously at the guards.", []),
    ("The dog barked ferociously.", []),
])
def test_degree_of_effort(nlp, sentence, expected):
    """An adverb of energy on a verb of effort or of a stance raises its force (rule
    ``degree_of_effort``); as a manner of anger it does not."""
    words = {"furiously", "strenuously", "aggressively", "ferociously"}
    assert [w for w in found(nlp(sentence), "intensifier") if w in words] == expected


# a negated possibility of a higher degree: the top of the scale (rule unsurpassable_degree)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The stakes could not be more important.", ["could not be more"]),
    ("We could not be prouder of them.", ["could not be prouder"]),
    ("Its importance cannot be overstated.", ["cannot be overstated"]),
    ("I could not agree more.", ["could not agree more"]),
    ("It would not be easier for them.", []),  # a comparison, not the top of a scale
    ("The message could not be clearer.", []),  # certainty: a booster
])
def test_unsurpassable_degree(nlp, sentence, expected):
    assert found(nlp(sentence), "intensifier") == expected


def test_could_not_be_clearer_is_certainty(nlp):
    assert "could not be clearer" in found(nlp("The message could not be clearer."), "booster")
