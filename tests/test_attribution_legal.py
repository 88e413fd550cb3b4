"""Attribution in legal, regulatory and inquiry reporting (court and agency press releases,
audit reports): pleas entered in court, false representations and claims about products,
positions taken on recommendations, the object of *bar/prohibit X from making* as the
source of the speech act, and persons named by a common noun (WordNet noun.person) as
speakers; idioms of voicing (*raised concerns about X*, *made it clear that X*, *gave an
undertaking to X*) and records of facts (*the commission documented X*). Sentences are
written for the rules, not copied from any gold file."""

from __future__ import annotations

import pytest

from toolkit.attribution import find_attributions
from toolkit.attribution.sources import is_speaker, wordnet_person_nouns, wordnet_text_nouns
from toolkit.lexicon import default_lexicon

from .test_attribution import _check, _text

# (sentence, cue, source, content, kind, source_type, stance)
MUST_FIRE = [
    # a plea entered in court admits the charge (WordNet plead 'enter a plea')
    ("The former mayor pleaded guilty to embezzling city funds.", "pleaded guilty",
     "The former mayor", "embezzling city funds", "indirect", "official_role", "endorsing"),
    ("Two brothers pleaded guilty yesterday to running a lottery scam.", "pleaded guilty",
     "Two brothers", "running a lottery scam", "indirect", "anonymous", "endorsing"),
    # a position taken on a recommendation or a finding (agree 'be in accord')
    ("The ministry agreed with both of the auditor's recommendations.", "agreed with",
     "The ministry", "both of the auditor's recommendations", "indirect", "institution",
     "endorsing"),
    ("The council concurred with the inspector's recommendations.", "concurred",
     "The council", "the inspector's recommendations", "indirect", "institution", "endorsing"),
    ("The board disagreed with the ombudsman's finding.", "disagreed with", "The board",
     "the ombudsman's finding", "indirect", "institution", "opposing"),
    ("The senator agreed with the governor that the tax was unfair.", "agreed with",
     "The senator", "the tax was unfair", "indirect", "official_role", "endorsing"),
    # claims about a product: characterising with an as-complement, false representation
    ("The company marketed the tea as a cure for diabetes.", "marketed", "The company",
     "the tea as a cure for diabetes", "indirect", "institution", "neutral"),
    ("The sellers advertised the loans as interest-free.", "advertised", "The sellers",
     "the loans as interest-free", "indirect", "anonymous", "neutral"),
    ("The operators misrepresented the fees that customers would pay.", "misrepresented",
     "The operators", "the fees that customers would pay", "indirect", "anonymous",
     "distancing"),
    # bar / prohibit / stop X from making claims: X would make them (object control)
    ("The court order bars the retailer from making false claims about its batteries.",
     "claims", "the retailer", None, "nominal", "anonymous", "distancing"),
    ("The decree prohibits the company from making unproven health claims.", "claims",
     "the company", None, "nominal", "institution", "distancing"),
    # a person named by a common noun can speak (WordNet noun.person)
    ("The landlord claimed that the tenants had left voluntarily.", "claimed", "The landlord",
     "the tenants had left voluntarily", "indirect", "anonymous", "distancing"),
    ("The surgeon showed that the implant was safe.", "showed", "The surgeon",
     "the implant was safe", "indirect", "anonymous", "endorsing"),
]


VOICING = [
    # the active of raise concerns/questions with a speaker as subject; the idiom's noun may
    # take an adjective; the verb is the cue and the noun phrase with its topic the content
    ("The delegate raised grave concerns about the new border law.", "raised",
     "The delegate", "grave concerns about the new border law", "indirect", "official_role",
     "neutral"),
    ("Local councillors raised questions over the contract.", "raised",
     "Local councillors", "questions over the contract", "indirect", "official_role",
     "opposing"),
    # made (it) clear that X: a verb + adjective idiom with its clause
    ("The coach made clear that no player would be dropped.", "made clear", "The coach",
     "no player would be dropped", "indirect", "anonymous", "endorsing"),
    ("The premier made it clear that wages would rise.", "made it clear",
     "The premier", "wages would rise", "indirect", "official_role", "endorsing"),
    # the parser may hang the adjective on the clause's copula, ahead of its that
    ("The President has made clear that sexual assault is a crime in the military.",
     "made clear", "The President", "sexual assault is a crime in the military", "indirect",
     "official_role", "endorsing"),
    # its small clause (Quirk et al. 1985, 16.44): the object and the adjective's degree
    # words between; the object is what was made clear, also as the passive's subject
    ("The senator made her objections quite clear yesterday.", "made her objections quite clear",
     "The senator", "her objections", "indirect", "official_role", "endorsing"),
    ("Our position has been made very clear by the minister.", "made very clear",
     "the minister", "Our position", "indirect", "official_role", "endorsing"),
    # a degree noun the parser takes for the small clause's subject is no content
    ("As the mayor made crystal clear, the budget is tight.", "made crystal clear",
     "the mayor", "the budget is tight", "according_to", "official_role", "endorsing"),
    # an undertaking with what is promised
    ("The minister gave an undertaking that the inquiry would be public.", "undertaking",
     "The minister", "the inquiry would be public", "nominal", "official_role", "directive"),
    # a record of facts by a speaker or a report, with a noun-phrase object
    ("The monitors documented dozens of arbitrary arrests.", "documented", "The monitors",
     "dozens of arbitrary arrests", "indirect", "anonymous", "endorsing"),
    ("The observer mission verified the casualty figures.", "verified", "The observer mission",
     "the casualty figures", "indirect", "institution", "endorsing"),
]
VOICING_NOT = [
    ("The outage raised concerns about the grid.", "raised concerns"),  # an event
    ("The new bridge raised serious questions about the budget.", "raised serious questions"),
    ("The rain made the road clear of dust.", "made"),  # no speaker, no clause
    ("The ranger made the path clear for the walkers.", "made the path clear"),  # no message
    ("The path was made clear by the rangers.", "made clear"),  # nor in the passive
    ("Building the dam was a huge undertaking.", "undertaking"),  # a piece of work
]


@pytest.mark.parametrize("case", MUST_FIRE + VOICING, ids=lambda c: c[1])
def test_legal_and_regulatory_cues(nlp, case):
    _check(nlp, *case)


# (sentence, cue text that must not be a relation's cue)
MUST_NOT_FIRE = [
    ("The jury found him guilty of fraud.", "found"),  # a decision, not a plea
    ("The two rivers agree with each other in colour.", "agree with"),  # no position taken
    ("The results agree with the model.", "agree with"),  # a fact, not a speaker
    ("The shop marketed the tea in three countries.", "marketed"),  # selling, no as-phrase
    ("The firm advertised the vacancy online.", "advertised"),  # no claim about it
    ("The map misrepresents the border.", "misrepresents"),  # a thing, not a speaker
    # the order is not the source of the claims it forbids
    ("The court order bars the retailer from making false claims.", "order"),
    # a speech act that an order forbids is not done (VerbNet forbid-64.4)
    ("The injunction bars the firm from denying the defect.", "denying"),
    ("A gag order prohibits the recipient from revealing the letter.", "revealing"),
    # the recommendations the county agreed with are not the county's
    ("The council concurred with the recommendations.", "recommendations"),
    ("The storm showed that the levee was weak.", "showed"),  # an event, not a person
    # a court disposing of a proceeding decides, whatever the case is called; a decider
    # disposes of a complaint; agentless, the dismissal of claims is the court's
    ("A federal judge has dismissed Jewel v. NSA, a privacy case.", "dismissed"),
    ("Judge James Ware dismissed the case last week.", "dismissed"),
    ("The charges would be dismissed by the local prosecutor's office.", "dismissed"),
    ("The Department of Transportation has dismissed a complaint against the airline.",
     "dismissed"),
    ("Most of the claims in that suit were dismissed.", "dismissed"),
]


@pytest.mark.parametrize("sentence,cue", MUST_NOT_FIRE + VOICING_NOT, ids=lambda v: str(v)[:40])
def test_not_legal_attributions(nlp, sentence, cue):
    relations = find_attributions(nlp(sentence), default_lexicon())
    assert cue not in [_text(sentence, r.cue) for r in relations]


def test_claims_barred_by_an_order_are_not_the_orders(nlp):
    sentence = "The court order bars the retailer from making false claims."
    relations = find_attributions(nlp(sentence), default_lexicon())
    sources = {_text(sentence, r.cue): _text(sentence, r.source) for r in relations}
    assert sources.get("claims") == "the retailer"


@pytest.mark.parametrize("noun,expected", [
    ("executive", True), ("plaintiff", True), ("broker", True), ("pilgrim", True),
    ("storm", False), ("levee", False), ("results", False), ("map", False),
])
def test_wordnet_person_nouns(noun, expected):
    assert (noun in wordnet_person_nouns()) is expected


# texts that carry words (WordNet 3.0 written or electronic communication, written records,
# news), not statements, words, information or pictures
@pytest.mark.parametrize("noun,expected", [
    ("email", True), ("memo", True), ("blog", True), ("patent", True), ("newsletter", True),
    ("statement", False), ("information", False), ("word", False), ("figure", False),
    ("crisis", False),
])
def test_wordnet_text_nouns(noun, expected):
    assert (noun in wordnet_text_nouns()) is expected


def test_a_person_noun_is_a_speaker_and_a_thing_is_not(nlp):
    doc = nlp("The executive and the storm arrived.")
    assert is_speaker(doc[1]) is True
    assert is_speaker(doc[4]) is False


# (sentence, cue): reports inside a quotation and objects before a preposition
QUOTED_AND_PHRASAL = [
    # a report in the present inside a quotation is annotated (MARKERS.md: an attribution
    # inside another's content), unlike the quoted speaker's own performative
    ('The chair said: "The audit shows that the council ignored the warnings."', "shows", True),
    ('The mayor said: "We condemn the attack on the mosque."', "condemn", False),
    ('The spokesman said the ministry "firmly rejects the accusations."', "rejects", False),
    # a quantified object of a proposition verb names its claims through the of-phrase
    ("The cabinet accepted 12 of the 15 recommendations.", "accepted", True),
    ("The cabinet accepted 12 of the 15 parcels.", "accepted", False),
    # an object between the verb and the preposition: not the prepositional verb call on
    ("The firm broke the rule by calling numbers on the national registry.", "calling", False),
    ("The union called on the firm to reopen the plant.", "called on", True),
]


# (sentence, cue, fires): a committee acts through its report, so its present-tense acts are
# reported (the release tells what the report says); a state's or a government's are its own
PRESENT_ACTS_OF_BODIES = [
    ("The Committee recommends that the Government publish the data.", "recommends", True),
    ("The Committee expresses disappointment at the Ministry's delay.", "expresses", True),
    ("The report is out. It urges the Department to act before the summer.", "urges", True),
    ("The Public Accounts Committee calls for a review of the scheme.", "calls for", True),
    ("The United States strongly condemns the attack on the embassy.", "condemns", False),
    ("The Government rejects the report's conclusions.", "rejects", False),
]


# (sentence, cue, fires): a vote cast against a proposal or a nominee is a position taken
# (MARKERS.md); *vote for* is not a cue (most often a choice in an election)
VOTES = [
    ("The United States has voted against this resolution.", "voted against", True),
    ("Only seven countries, including Russia, voted against it.", "voted against", True),
    ("The city council voted against expanding the program.", "voted against", True),
    ("She urged States to vote against the amendment.", "vote against", False),  # urged
    ("Voters were pressured to vote for President Kagame.", "vote for", False),
]


# (sentence, cue, fires): a position verb's object may be a named act or treaty (a proper
# noun with its article) or the antecedent of the relative clause the verb is in
NAMED_AND_RELATIVE_POSITIONS = [
    ("He also opposed the USA FREEDOM Act, a set of moderate reforms.", "opposed", True),
    ("The senator supported the Paris Agreement from the start.", "supported", True),
    ("They opposed Brazil in the final.", "opposed", False),  # no article: a team, a name
    ("It was a point the minister agreed with, as his statement shows.", "agreed with", True),
    ("The troops that the alliance supports crossed the river.", "supports", False),
]


# (sentence, cue, fires): WordNet 3.0 verbs of communication: imply with its clause,
# contradict with a speaker, counter only as a verbal act (not *counter terrorism*)
WORDNET_COMMUNICATION_VERBS = [
    ("It is incorrect to imply that there are no border checks.", "imply", True),
    ("The promise implied that consumers would be informed.", "implied", True),
    ("Health experts contradicted the assessment on Friday.", "contradicted", True),
    ("The ministry countered the accusation with charges of its own.", "countered", True),
    ("States must work together to counter terrorism.", "counter", False),
    ("Forecasters forecast that the storm would weaken.", "forecast", True),
    # reports and statements named by a noun with their speaker (WordNet noun.communication)
    ("Thank you, Special Representative, for your update on Libya.", "update", True),
    ("We thank Ambassador Skoog for his presentation.", "presentation", True),
    ("Syria's declaration that its stockpile was destroyed is not accurate.", "declaration",
     True),
    # a legislature's presiding officer rules on order, as a judge does (Erskine May)
    ("Order. The Speaker's ruling has been given.", "ruling", True),
    ("I agree with Mr. Speaker Morrison's ruling in 1956.", "ruling", True),
    # peddle belittles speech, not a sale (MARKERS.md)
    ("Democrats peddle misleading and incorrect talking points on the border.", "peddle", True),
    ("Journalists are peddling fiction to undermine the operation.", "peddling", True),
    ("They ran a scheme that peddled bogus credit card relief.", "peddled", False),
]


@pytest.mark.parametrize("sentence,cue,fires", QUOTED_AND_PHRASAL + PRESENT_ACTS_OF_BODIES + VOTES
                         + NAMED_AND_RELATIVE_POSITIONS + WORDNET_COMMUNICATION_VERBS,
                         ids=lambda v: str(v)[:40])
def test_reports_in_quotations_and_prepositional_verbs(nlp, sentence, cue, fires):
    relations = find_attributions(nlp(sentence), default_lexicon())
    cues = [_text(sentence, r.cue) for r in relations]
    assert any(c is not None and c.startswith(cue) for c in cues) is fires, cues


# (sentence, cue, fires): recognize as a position taken (WordNet's communication senses) and
# a press release with its issuer
RECOGNITION_AND_RELEASES = [
    ("The ministers recognized the need for closer cooperation.", "recognized", True),
    ("The tribunal has recognized the role of the volunteers.", "recognized", True),
    ("The assembly recognized that the budget was too small.", "recognized", True),
    ("She recognized her neighbour at the market.", "recognized", False),  # perception
    ("Chile recognizes the importance of the treaty.", "recognizes", False),  # performative
    ("The border is internationally recognized.", "recognized", False),  # an adjective
    ("Details are in the central bank's press release.", "press release", True),
    ("A press release was posted online.", "press release", False),  # no source
]


@pytest.mark.parametrize("sentence,cue,fires", RECOGNITION_AND_RELEASES,
                         ids=lambda v: str(v)[:40])
def test_recognition_and_press_releases(nlp, sentence, cue, fires):
    relations = find_attributions(nlp(sentence), default_lexicon())
    assert (cue in [_text(sentence, r.cue) for r in relations]) is fires


# (sentence, cue, fires): seek as a request to a court ([legal]); findings with a possessor
LEGAL_REQUESTS = [
    ("The complaint seeks civil penalties against the two firms.", "seeks", True),
    ("The regulator filed a lawsuit seeking refunds for the tenants.", "seeking", True),
    ("The union went to the courts seeking the annulment of the ballot.", "seeking", True),
    ("In its petition, the city seeks to block the merger.", "seeks", True),
    ("The agency is seeking a preliminary injunction against the seller.", "seeking", True),
    # a remedy asked of a court, a court addressed by from, a speech act asked for
    ("The Agency is also seeking civil penalties for the violations.", "seeking", True),
    ("The company sought protection from a federal court.", "sought", True),
    ("The minister contacted the newspaper to seek a retraction.", "seek", True),
    ("He says he sought protection from the government.", "sought", False),
    ("The country seeks to expand its trade with Asia.", "seeks", False),  # trying
    ("The ministers are seeking a peaceful solution.", "seeking", False),
    ("Many families seek shelter in the stadium.", "seek", False),
    ("The inspectors' findings were sent to the minister.", "findings", True),
    ("The findings were sent to the minister.", "findings", False),  # no source
]


@pytest.mark.parametrize("sentence,cue,fires", LEGAL_REQUESTS, ids=lambda v: str(v)[:40])
def test_requests_to_a_court_and_findings(nlp, sentence, cue, fires):
    relations = find_attributions(nlp(sentence), default_lexicon())
    assert (cue in [_text(sentence, r.cue) for r in relations]) is fires


def test_a_request_to_a_court_is_the_partys(nlp):
    sentence = "The union went to the courts seeking the annulment of the ballot."
    relations = find_attributions(nlp(sentence), default_lexicon())
    sources = {_text(sentence, r.cue): _text(sentence, r.source) for r in relations}
    assert sources.get("seeking") == "The union"


# (sentence, cue, fires): directives with their infinitive, protests, agentless passives of
# verbal acts with a reason, spokespeople as speakers
DIRECTIVES_AND_PROTESTS = [
    ("The order directed the agencies to publish their plans.", "directed", True),
    ("She directed the film in 1999.", "directed", False),
    ("Residents protested the closure of the clinic.", "protested", True),
    ("Thousands protested outside the embassy.", "protested", False),  # no content
    ("The mayor was praised for her handling of the floods.", "praised", True),
    ("The envoy was criticised as naive.", "criticised", True),
    ("The convoy was attacked for the third time this week.", "attacked", False),
    ("The guard was attacked in his home.", "attacked", False),
    ("Ministry spokespeople claim the strike hit a depot.", "claim", True),
]


@pytest.mark.parametrize("sentence,cue,fires", DIRECTIVES_AND_PROTESTS,
                         ids=lambda v: str(v)[:40])
def test_directives_protests_and_agentless_verbal_acts(nlp, sentence, cue, fires):
    relations = find_attributions(nlp(sentence), default_lexicon())
    assert (cue in [_text(sentence, r.cue) for r in relations]) is fires


# (sentence, cue, fires): viewpoint adjuncts, refusals to speak, citing evidence
VIEWPOINTS_AND_REFUSALS = [
    ("In the tribunal's view, the contract was void.", "In the tribunal's view", True),
    ("In its view, the figures were overstated.", "In its view", True),
    ("In the opinion of the auditors, the accounts are sound.", "In the opinion", True),
    ("In my view, the accounts are sound.", "In my view", False),  # the writer's hedge
    ("The hotel has rooms with a view of the sea.", "view", False),
    ("A company spokesman declined to comment on the lawsuit.", "declined", True),
    ("The minister refused to say whether talks had resumed.", "refused", True),
    ("The judge declined to approve the settlement.", "declined", False),  # an act refused
    ("The prices declined sharply in May.", "declined", False),
    ("Analysts pointed to the drought as the cause of the shortage.", "pointed to", True),
    ("The arrow pointed to the exit.", "pointed to", False),  # not a speaker
]


@pytest.mark.parametrize("sentence,cue,fires", VIEWPOINTS_AND_REFUSALS,
                         ids=lambda v: str(v)[:40])
def test_viewpoints_refusals_and_citing_evidence(nlp, sentence, cue, fires):
    relations = find_attributions(nlp(sentence), default_lexicon())
    assert (cue in [_text(sentence, r.cue) for r in relations]) is fires


# (sentence, cue, fires): parliamentary and legal idioms of a verbal act, answers as sources
IDIOMS_OF_ASKING_AND_SUING = [
    ("The senator put a question to the minister about the contract.", "put", True),
    ("The ambassador raised the issue with the foreign minister.", "raised", True),
    ("The flood raised the issue of funding.", "raised", False),  # an event
    ("Two tenants inquired about the new rent.", "inquired about", True),
    ("The regulator filed suit against the bank.", "filed suit", True),
    ("Three of the written answers said that the minister was responsible.", "said", True),
]


@pytest.mark.parametrize("sentence,cue,fires", IDIOMS_OF_ASKING_AND_SUING,
                         ids=lambda v: str(v)[:40])
def test_idioms_of_asking_and_suing(nlp, sentence, cue, fires):
    relations = find_attributions(nlp(sentence), default_lexicon())
    assert (cue in [_text(sentence, r.cue) for r in relations]) is fires


# (sentence, cue, fires): a subject the parser ran into a list, a speech-act noun as the
# subject of a modal cue verb, labelling as characterising
SUBJECTS_AND_LABELS = [
    ("Speaking before the Committee on Finance, Energy, and Trade, Jane Smith, Deputy Director "
     "for Consumer Affairs, said the agency had opened 40 cases.", "said", True),
    ("The union's complaints about the pay cut should remind the board of its duty.",
     "complaints", True),
    ("The minister's statement said the talks had failed.", "statement", False),  # the source
    ("The junta has labelled the strikers as traitors.", "labelled", True),
    ("The workers labelled the boxes with red tape.", "labelled", False),  # no as-phrase
]


@pytest.mark.parametrize("sentence,cue,fires", SUBJECTS_AND_LABELS, ids=lambda v: str(v)[:40])
def test_list_subjects_modal_heads_and_labels(nlp, sentence, cue, fires):
    relations = find_attributions(nlp(sentence), default_lexicon())
    assert (cue in [_text(sentence, r.cue) for r in relations]) is fires


# (sentence, cue, fires): the addressee's own speech acts (you, your) in speeches and
# briefings; generic you stays no speech event
ADDRESSEE = [
    ("Thank you, Madam Chair, for your briefing.", "briefing", True),
    ("We welcome your remarks on the ceasefire.", "remarks", True),
    ("As you said yesterday, the border remains closed.", "said", True),
    ("We thank you for stressing that the talks must go on.", "stressing", True),
    ("If you cite the report, you must name its authors.", "cite", False),
    ("You say the economy is strong, but prices keep rising.", "say", False),
]


@pytest.mark.parametrize("sentence,cue,fires", ADDRESSEE, ids=lambda v: str(v)[:40])
def test_the_addressees_speech_acts(nlp, sentence, cue, fires):
    relations = find_attributions(nlp(sentence), default_lexicon())
    found = [r for r in relations if _text(sentence, r.cue) == cue]
    assert bool(found) is fires
    assert all(r.source_type == "named_person" for r in found)


# (sentence, cue, fires): an idiom's noun modified by its passive participle
PARTICIPLE_IDIOMS = [
    ("It concerns a question posed by the senator during the debate.", "question posed", True),
    ("The concerns raised by the delegation were noted.", "concerns raised", True),
    ("The funds raised by the charity were spent on food.", "funds raised", False),
    ("The storm posed a threat to the harbour.", "posed", False),
]


@pytest.mark.parametrize("sentence,cue,fires", PARTICIPLE_IDIOMS, ids=lambda v: str(v)[:40])
def test_idioms_with_a_participle_on_their_noun(nlp, sentence, cue, fires):
    relations = find_attributions(nlp(sentence), default_lexicon())
    assert (cue in [_text(sentence, r.cue) for r in relations]) is fires


# (sentence, cue, fires): computed claims and assessments reported with their clause
CALCULATIONS = [
    ("The central bank calculates that inflation will fall to 3 percent.", "calculates", True),
    ("The engineer calculated the load on the beam.", "calculated", False),  # no clause
    ("Analysts gave their assessment that the deal would collapse.", "assessment", True),
    ("The needs assessment was completed in May.", "assessment", False),
]


@pytest.mark.parametrize("sentence,cue,fires", CALCULATIONS, ids=lambda v: str(v)[:40])
def test_calculations_and_assessments(nlp, sentence, cue, fires):
    relations = find_attributions(nlp(sentence), default_lexicon())
    assert (cue in [_text(sentence, r.cue) for r in relations]) is fires


def test_country_names_list_states_without_the_sheets_slips():
    from toolkit.attribution.sources import country_names

    names = country_names()
    assert {"Vanuatu", "San Marino", "Burkina Faso", "Micronesia", "Tonga"} <= names
    assert not {"Swistzerland", "Mauritus", "name"} & names


@pytest.mark.parametrize("rows,expected", [
    ("Vanuatu 1 nsubj NNP PROPN Vanuatu\nurges 1 ROOT VBZ VERB urge", True),
    ("San 1 compound NNP PROPN San\nMarino 2 nsubj NNP PROPN Marino\nurges 2 ROOT VBZ VERB urge",
     True),
    ("Michael 1 compound NNP PROPN Michael\nJordan 2 nsubj NNP PROPN Jordan\n"
     "said 2 ROOT VBD VERB say", False),
])
def test_a_country_name_whatever_entity_the_tagger_gave_it(rows, expected):
    from toolkit.attribution.sources import classify_source, country_name

    from .test_attribution_rules import parsed

    doc = parsed(rows, ["B-PERSON"] + ["I-PERSON"] * (len(rows.splitlines()) - 2) + ["O"])
    subject = [t for t in doc if t.dep_ == "nsubj"][0]
    assert country_name(subject) is expected
    assert (classify_source(subject) == "institution") is expected


def test_a_state_tagged_a_person_performs_its_act():
    from .test_attribution_rules import _cues, parsed

    doc = parsed("Vanuatu 1 nsubj NNP PROPN Vanuatu\nurges 1 ROOT VBZ VERB urge\n"
                 "States 1 dobj NNPS PROPN States\nto 4 aux TO PART to\n"
                 "sign 1 xcomp VB VERB sign\n. 1 punct . PUNCT .",
                 ["B-PERSON", "O", "O", "O", "O", "O"])
    assert _cues(doc) == []
