"""Speech-act nouns (MARKERS.md: a ``nominal`` relation only with an explicit source):
nouns of proposing and advising (WordNet's proposal subtree), converted nouns (*a call*),
sources in a relative clause or a passive of a producing verb, the content a directive noun
asks for, and the writer's earlier speech acts. Sentences are written for the rules, not
copied from any gold file."""

from __future__ import annotations

import pytest

from toolkit.attribution import find_attributions
from toolkit.lexicon import default_lexicon

from .test_attribution import _check, _text

# (sentence, cue, source, content, kind, source_type, stance)
NOMINAL = [
    # a text that holds the speech act is its source (a verb of containing)
    ("The article includes multiple inaccurate and misleading claims about the plan.",
     "claims", "The article", None, "nominal", "document", "distancing"),
    # nouns of advising and proposing (WordNet 3.0: under proposal): a possessive, an
    # of-phrase or a producing verb's subject is enough
    ("The council adopted the minister's recommendations on procurement.", "recommendations",
     "the minister's", None, "nominal", "official_role", "directive"),
    ("Farmers welcomed the recommendations of the Water Board.", "recommendations",
     "the Water Board", None, "nominal", "institution", "directive"),
    ("The committee provides recommendations to the minister every spring.",
     "recommendations", "The committee", None, "nominal", "institution", "directive"),
    ("The clinic ignored the advice of the health ministry.", "advice",
     "the health ministry", None, "nominal", "institution", "directive"),
    ("The mayor made a proposal to close the bridge.", "proposal", "The mayor",
     "to close the bridge", "nominal", "official_role", "directive"),
    ("Her proposals were debated for hours.", "proposals", "Her", None, "nominal",
     "named_person", "directive"),
    # a relational adjective of nationality names the state (Russian lies = Russia's lies)
    ("Few voters still believe Serbian denials.", "denials", "Serbian", None, "nominal",
     "institution", "opposing"),
    # a converted noun (the verb call; a request) with what it asks for (the preposition of
    # a cue *calls for* is the cue's)
    ("Despite repeated calls for restraint from the union leaders, the strike went on.",
     "calls for", "the union leaders", "restraint", "nominal", "official_role",
     "directive"),
    ("The union's call to members to stay home was ignored.", "call", "The union's",
     "to stay home", "nominal", "institution", "directive"),
    ("Despite calls from the opposition to resign, the mayor stayed.", "calls",
     "the opposition", "to resign", "nominal", "institution", "directive"),
    ("The senators issued a call for new elections.", "issued a call for", "The senators",
     "new elections", "nominal", "official_role", "directive"),
    # the possessor of a noun whose infinitive produces the speech-act noun
    ("Critics noted the ministry's refusal to issue a reply.", "reply", "the ministry's",
     None, "nominal", "institution", "neutral"),
    # charges levied by a regime: the subject of the verb that produces them
    ("The junta levied new charges against the editors.", "charges", "The junta", None,
     "nominal", "institution", "distancing"),
    # an of-phrase after the last of coordinated nouns is shared by them
    ("The board heard the demands and grievances of the dock workers.", "demands",
     "the dock workers", None, "nominal", "anonymous", "directive"),
    # a possessor before an abbreviation in brackets
    ("Donors welcomed the Bank’s (IDB) announcement that it will double its loans.",
     "announcement", "the Bank’s", "it will double its loans", "nominal", "institution",
     "neutral"),
    # the source in a relative clause or the agent of a passive producing verb
    ("Nobody read the recommendations that the inspectors issued last year.",
     "recommendations", "the inspectors", None, "nominal", "official_role", "directive"),
    ("The demands were made by the striking nurses.", "demands", "the striking nurses",
     None, "nominal", "anonymous", "directive"),
    # according to a directive noun is in accordance with it, not its medium: the noun is
    # the relation (MARKERS.md: according to testimony is the source of another relation)
    ("According to the instructions of the ministry, shops must close early.",
     "instructions", "the ministry", None, "nominal", "institution", "directive"),
    # a reporting verb's to-object is what it answers, not the medium it was said in
    ("The minister responded to the senator's allegations.", "allegations",
     "the senator's", None, "nominal", "official_role", "distancing"),
    # the writer's earlier speech acts (MARKERS.md: *as I said last week* is self)
    ("Only half of the recommendations we made in 2019 were adopted.", "recommendations",
     "we", None, "nominal", "self", "directive"),
    ("Some thought my previous remarks too harsh.", "remarks", "my", None, "nominal",
     "self", "neutral"),
    # one another party takes up: made before the text, not performed in it
    ("The ministry has rejected all of our recommendations.", "recommendations", "our", None,
     "nominal", "self", "directive"),
    ("Most of our proposals were accepted by the council.", "proposals", "our", None,
     "nominal", "self", "directive"),
    ("The director finally replied to my request last week.", "request", "my", None,
     "nominal", "self", "directive"),
    # nouns of discussion (WordNet: under discussion, conversation, debate): the
    # participants, the subject of a verb of taking part, are the source; its about-phrase
    # is a topic, not a claim
    ("The envoy had a long conversation with the rebels about the harbour.", "conversation",
     "The envoy", None, "nominal", "official_role", "neutral"),
    ("The senators engaged in a heated debate on the tariff.", "debate", "The senators",
     None, "nominal", "official_role", "neutral"),
    ("The parliament's debate on pensions ended at midnight.", "debate", "The parliament's",
     None, "nominal", "institution", "neutral"),
    ("We have had a thorough discussion of the budget.", "discussion", "We", None,
     "nominal", "self", "neutral"),
    # a response that answers a speech act or a document, one a speaker issues, or one with
    # a speaker as noun modifier (WordNet 06746005: a statement made to reply)
    ("The ministry's responses to the petitions were brief.", "responses", "The ministry's",
     None, "nominal", "institution", "neutral"),
    ("The senator published a response to the audit.", "published a response", "The senator", None,
     "nominal", "official_role", "neutral"),
    ("The minister's response to the rebels' threats was calm.", "response", "The minister's",
     None, "nominal", "official_role", "neutral"),
    ("Delegates studied the Cabinet response before the vote.", "response", "Cabinet", None,
     "nominal", "institution", "neutral"),
    # a verb of issuing a text makes one cue phrase with its speech-act object
    ("The High Representative issued the following statement today.",
     "issued the following statement", "The High Representative", None, "nominal",
     "official_role", "neutral"),
    ("The ministry put out a statement on Friday.", "put out a statement", "The ministry",
     None, "nominal", "institution", "neutral"),
    ("The statement delivered by the Russian Federation was embarrassing.",
     "statement delivered", "the Russian Federation", None, "nominal", "institution",
     "neutral"),
    # what a noun with *following* announces after a colon
    ("The Member made the following statement regarding myself: \"I wonder why.\"",
     "statement", "The Member", "\"I wonder why.\"", "nominal", "named_person", "neutral"),
    # a that-clause right after the noun's phrase that the parser hung on the verb
    # (Quirk et al. 1985, 17.26: an appositive content clause)
    ("The UK agrees with the 4 June statement by the Director of the Office, Anna Berg, "
     "that these trials are deeply unfair.", "statement",
     "the Director of the Office, Anna Berg", "these trials are deeply unfair",
     "nominal", "named_person", "neutral"),
    # the words of a message that a colon after its phrase introduces; a message of
    # directives goes on with the imperatives that follow
    ("Farmers sent a very clear message at the ballot box: they want lower taxes.",
     "message", "Farmers", "they want lower taxes.", "nominal", "anonymous", "neutral"),
    ("She gave a consistent message to leaders: Do not overlook the poor. Live up to past "
     "pledges.", "message", "She", "Do not overlook the poor. Live up to past pledges.",
     "nominal", "named_person", "neutral"),
    ("These are their words: the strikes hit their intended targets. Try to imagine that.",
     "words", "their", "the strikes hit their intended targets.", "nominal", "institution",
     "neutral"),
    # the nominal -ing form of a reporting verb with a possessive (Quirk et al. 1985, 17.54)
    ("The donors praised the ministry's reporting on the drought.", "reporting", "the ministry's",
     None, "nominal", "institution", "neutral"),
    # a gerund's subject in the common case, parsed elsewhere (Quirk et al. 1985, 15.12)
    ("Nobody saw the point of the committee sending a reply to each letter.", "reply",
     "the committee", None, "nominal", "institution", "neutral"),
    # a three-word speech-act noun with its of-phrase (WordNet 3.0 point of order): the
    # of-phrase is the cue's, neither its source nor its content
    ("The Chair thanked the hon. Lady for her point of order.", "point of order", "her",
     None, "nominal", "named_person", "neutral"),
    # a genitive of time dates the noun and names no speaker: the by-phrase does
    ("Reporters asked about yesterday's statement by the ministry.", "statement",
     "the ministry", None, "nominal", "institution", "neutral"),
    # a commissive cue only with a to-infinitive (offer) gives its noun object: the noun
    # is a cue of its own, with the giver as its source
    ("The ambassador offered an apology for the incident.", "apology", "The ambassador",
     None, "nominal", "official_role", "endorsing"),
    # the noun's own of-phrase that the parser hung on its by-agent: a name takes none
    ("The army says accusations by Amnesty International of torture are baseless.",
     "accusations", "Amnesty International", "of torture", "nominal", "institution",
     "distancing"),
    ("The recent announcement by Lukashenka of his support for the war is deplorable.",
     "announcement", "Lukashenka", "of his support for the war", "nominal", "named_person",
     "neutral"),
]


@pytest.mark.parametrize("case", NOMINAL, ids=lambda c: f"{c[1]}: {c[0][:40]}")
def test_speech_act_nouns(nlp, case):
    _check(nlp, *case)


def test_plural_title_without_apostrophe_is_a_compound_speaker(nlp):
    text = "Delegates discussed the Finance Ministers statement on the vote."
    relations = [r for r in find_attributions(nlp(text), default_lexicon())
                 if _text(text, r.cue) == "statement"]
    assert [(_text(text, r.source), r.kind) for r in relations] == [
        ("Finance Ministers", "nominal")]


def test_following_statement_after_a_long_adjunct_runs_to_the_end_of_an_unclosed_quote(nlp):
    """The colon may close a long adjunct with a quoted title; a statement whose opening
    mark is never closed in its paragraph (Chicago 13.30) is the rest of the text."""
    text = ("Today, Ranking Member Jane Roe delivered the following opening statement, as "
            "prepared, for the Subcommittee on Oversight Hearing on \u201cOversight of the "
            "Department of Homeland Security\u201d:\n\n\"Mr. Chairman, today we hold a "
            "hearing on the department.\n\nThe department has failed to answer our letters.")
    relations = [r for r in find_attributions(nlp(text), default_lexicon())
                 if "statement" in _text(text, r.cue)]
    assert [_text(text, r.content) for r in relations] == [
        text[text.index('"Mr.'):]]


def test_following_statement_with_a_full_stop_before_a_far_colon_has_no_text(nlp):
    text = ("The senator made the following statement at the hearing. The members then "
            "listed three points: cost, time and scope.")
    relations = [r for r in find_attributions(nlp(text), default_lexicon())
                 if "statement" in _text(text, r.cue)]
    assert all(r.content is None for r in relations)


# (sentence, cue): no relation with this cue
NOT_NOMINAL = [
    # a danger and where it comes from (WordNet 3.0 threat 1): no speech act
    ("The people of Iraq face a severe threat from ISIL.", "threat"),
    # a parenthesis marking the reporting speaker's wording inside another relation
    ("Uribe said the rebels want to blame the army to, in his words, hide this crime.",
     "words"),
    # a speech act asked for or permitted is not (yet) made
    ("The Opposition have demanded a statement from the Government on this.", "statement"),
    ("The Minister is entitled to make a statement before the House.", "statement"),
    ("To ask the Secretary of State to make a statement on the steelworks.", "statement"),
    ("I suggest that she seeks further advice from the Table Office.", "advice"),
    ("I made a phone call to my sister.", "call"),  # a telephone call
    ("He made a call to the bank about his loan.", "call"),  # a light verb: any call
    ("The president received a call from the prime minister.", "call"),  # asks for nothing
    ("The flood was a wake-up call for the city.", "call"),  # another sense
    ("The company's challenges from new rivals are growing.", "challenges"),  # difficulties
    ("Their world order is collapsing.", "order"),  # an ambiguous noun with a possessive
    ("The order advocated by the party is unjust.", "order"),  # the party speaks of it
    ("The threats of the cartel and its violence terrify the town.", "threats"),
    # the writer's performatives in the text itself (MARKERS.md)
    ("We renew our call for a ceasefire.", "call for"),
    ("We reiterate our recommendations to the council.", "recommendations"),
    ("Our recommendations are set out below.", "recommendations"),
    ("Let me now turn to our recommendations.", "recommendations"),
    ("I ask the minister to accept my assurance that no offence was meant.", "assurance"),
    ("The recommendations were adopted.", "recommendations"),  # no source
    # an of-phrase of a first conjunct that is no speech act is its own
    ("It serves the interests of the banks and the demands of nobody.", "demands"),
    ("According to the ministry's instructions, shops must close.", "According to"),
    ("According to testimony from the guards, the gate was open.", "testimony"),  # medium
    ("The mayor said in her statement that the bridge would reopen.", "statement"),
    ("The proposal was approved on Monday.", "proposal"),
    ("Good advice is hard to find.", "advice"),  # no source
    ("Serbian farmers protested the rules.", "farmers"),  # a nationality, no speech act
    ("The threat of Serbian floods is growing.", "threat"),  # not a speaker's threat
    # a discussion without its participants; the writer's own discussion to come
    ("The debate on pensions ended at midnight.", "debate"),
    ("We will have a debate on pensions tomorrow.", "debate"),
    ("The envoys will begin conversations with the parties next week.", "conversations"),
    ("There is time for discussion of the Bill.", "discussion"),  # its topic, not a speaker
    ("The long debate recognised those facts.", "debate"),  # the source of another relation
    # an -ing noun without a possessive; one of a verb that is no cue
    ("The reporting period ends in May.", "reporting"),
    ("The company's marketing was aggressive.", "marketing"),
    # a response that is an act, not a statement
    ("The army's response was to shell the town.", "response"),
    ("The city's response to the floods was slow.", "response"),
    ("The immune response of the patients was weak.", "response"),
    ("The agency's rapid response to contain the outbreak worked.", "response"),  # a purpose
    ("The city tested its flood response plans.", "response"),  # a noun modifier
    ("The army must provide a swift response to the threats to peace.", "response"),
    ("The donors' response by the end of the year was generous.", "response"),
    ("The two states began talks on the border.", "talks"),  # a negotiation, not a talk
    # a statement offered or hoped for, not made
    ("With your permission, I should like to make a personal statement.", "statement"),
    ("Would it not be possible for the Member to make a statement in the House?",
     "statement"),
    ("On a point of order, Madam Speaker.", "point of order"),  # no source
    ("My point of order concerns the timetable.", "point of order"),  # the writer's own
    ("Monday's remarks drew a crowd.", "remarks"),  # a genitive of time: no speaker
]


@pytest.mark.parametrize("sentence,cue", NOT_NOMINAL, ids=lambda v: str(v)[:40])
def test_not_nominal(nlp, sentence, cue):
    relations = find_attributions(nlp(sentence), default_lexicon())
    assert cue not in [_text(sentence, r.cue) for r in relations]


# quotations (MARKERS.md: a speaker label and a colon or dash is the cue; a quotation is the
# content of the cue that introduces it)
def test_block_quotation_after_a_colon_runs_over_its_paragraphs(nlp):
    text = ('The chair of the committee said:\n\n"The report is seven months late.\n\n'
            'We will press for action in the coming weeks."\n\nThe hearing then ended.')
    rel = _check(nlp, text, "said", "The chair of the committee",
                 '"The report is seven months late.\n\nWe will press for action in the '
                 'coming weeks."', "direct", "official_role", "neutral")
    assert text[rel.content[0]:rel.content[1]].endswith('weeks."')


@pytest.mark.parametrize("text,expected", [
    # introduced by a colon, closed at the end of a later paragraph: one quotation
    ('She wrote:\n\n"One.\n\nTwo."\n\nThree.', ['"One.\n\nTwo."']),
    ('She wrote:\n\n"One.\n\nTwo";[12]\n\nThree.', ['"One.\n\nTwo"']),
    # ... or each paragraph opening with the mark, in an excerpt cut off before the close
    ('She said:\n\n"One is here.\n\n"Two is there, too.\n', ['"One is here.\n\n"Two is there, '
                                                          'too.']),
    # not introduced by a colon, or the next mark opens a quotation mid-paragraph: no pair
    # across the paragraph break
    ('A "quote\n\nB said "x".', ['"x"']),
    ('He said:\n\n"It is over\n\nThen "x" happened.', ['"x"']),
])
def test_straight_quotations_across_paragraphs(text, expected):
    from toolkit.attribution import quotation_spans

    assert [text[a:b] for a, b in quotation_spans(text)] == expected


def test_trailing_label_on_the_next_line_with_a_date(nlp):
    text = ("“Our partnership has never been stronger.”\n\n– Minister Jane Okafor, "
            "March 3, 2022\n\nThe minister will travel to Lagos.")
    _check(nlp, text, "–", "Minister Jane Okafor", "“Our partnership has never been "
           "stronger.”", "direct", "named_person", "neutral")


@pytest.mark.parametrize("text", [
    "“Vote early.”\n\n– the end of the campaign is near.",  # no capitalised label
    "“Vote early.”\n\n– Reduce the queues at polling stations",  # an instruction, no name
])
def test_dash_after_a_quotation_without_a_speaker(nlp, text):
    relations = find_attributions(nlp(text), default_lexicon())
    assert "–" not in [_text(text, r.cue) for r in relations]


def test_attributable_line_ascribes_the_text_below(nlp):
    text = ("Office of the Press Secretary\n\nThe following is attributable to Press Secretary "
            "Maria Lopez:\n\nThe Minister met the envoy today. They discussed trade.\n\n"
            "Both sides agreed to meet again.")
    rel = _check(nlp, text, "attributable to", "Press Secretary Maria Lopez",
                 "The Minister met the envoy today. They discussed trade.\n\nBoth sides "
                 "agreed to meet again.", "according_to", "named_person", "neutral")
    assert text[rel.content[0]:rel.content[1]].endswith("again.")


@pytest.mark.parametrize("text", [
    # a cause, not a speaker; and the phrase inside a sentence, not a line that ends with a
    # colon before the text
    "The delay is attributable to bad weather:\n\nRoads were closed.",
    "The following is attributable to Spokesperson Ana Ruiz, who spoke today.",
])
def test_attributable_without_a_speaker_line(nlp, text):
    relations = find_attributions(nlp(text), default_lexicon())
    assert "attributable to" not in [_text(text, r.cue) for r in relations]


@pytest.mark.parametrize("text,cue,content", [
    # the noun's that-clause after its by/from source, which the parser hung on the source
    ("Uganda's army is denying allegations from a parliament member that soldiers in a "
     "remote region are torturing and killing civilians.", "allegations",
     "soldiers in a remote region are torturing and killing civilians"),
    ("Iran rejected claims by officials in the region that it had armed the rebels.",
     "claims", "it had armed the rebels"),
    # a clause of a verb in the source's relative clause, or of a noun coordinated with the
    # cue, is not the cue's
    ("They rejected allegations by the minister who said that the army was involved.",
     "allegations", None),
    ("Neither the exiles' allegations nor the government's report that conditions are "
     "normal can be verified.", "allegations", None),
])
def test_a_postponed_that_clause_of_a_speech_act_noun(nlp, text, cue, content):
    relations = [r for r in find_attributions(nlp(text), default_lexicon())
                 if _text(text, r.cue) == cue]
    assert len(relations) == 1
    found = relations[0].content
    assert (None if found is None else _text(text, found)) == content


@pytest.mark.parametrize("text", [
    "OPR concluded that the defendant's pending state charges would be dismissed.",
    "The judge dropped the federal charges against the suspect.",
    "The suspect's charges were reduced.",
])
def test_the_accused_and_the_jurisdiction_do_not_charge(nlp, text):
    """A noun of formal accusation: its possessor *defendant, suspect* is who is charged and
    its modifier *state, federal* the law it is brought under; neither is a source."""
    relations = [r for r in find_attributions(nlp(text), default_lexicon())
                 if _text(text, r.cue) == "charges"]
    assert all(r.source is None for r in relations)


def test_the_accuser_still_charges(nlp):
    text = "The prosecutor's charges were dismissed by the court."
    relations = [r for r in find_attributions(nlp(text), default_lexicon())
                 if _text(text, r.cue) == "charges"]
    assert [_text(text, r.source) for r in relations] == ["The prosecutor's"]


@pytest.mark.parametrize(("text", "source"), [
    ("We are deeply concerned by President Nkurunziza's speech of November 2nd.",
     "President Nkurunziza's"),
    ("Sir James gave a speech about environmental regulation.", "Sir James"),
])
def test_a_speech_given_is_a_speech_act(nlp, text, source):
    relations = [r for r in find_attributions(nlp(text), default_lexicon())
                 if _text(text, r.cue) == "speech"]
    assert [(_text(text, r.source), r.kind) for r in relations] == [(source, "nominal")]


@pytest.mark.parametrize("text", [
    "The law protects free speech and lawful speech online.",
    "He made a speech in which he said that the talks had failed.",
])
def test_speech_as_communication_or_as_a_medium_is_no_relation(nlp, text):
    """The mass noun names communication, not a speech given; a speech *in which* a cue
    reports is its medium, as *said in a statement* is."""
    relations = find_attributions(nlp(text), default_lexicon())
    assert not [r for r in relations if _text(text, r.cue) == "speech"]


@pytest.mark.parametrize(("text", "source"), [
    ("The court heard victims' accounts of the attack.", "victims'"),
    ("The government's account of the incident was false.", "The government's"),
])
def test_a_narrated_account_is_a_speech_act(nlp, text, source):
    relations = [r for r in find_attributions(nlp(text), default_lexicon())
                 if _text(text, r.cue).startswith("account")]
    assert [_text(text, r.source) for r in relations] == [source]


@pytest.mark.parametrize("text", [
    "The scheme took money from consumers' bank accounts.",
    "He posted the video on his Twitter and Facebook accounts.",
    "We argue that audit of the Commission's accounts should be separated.",
    "The auditors could not sign off the accounts of the European Communities.",
])
def test_an_account_held_or_an_organisations_accounts_is_no_relation(nlp, text):
    """WordNet separates account 1 (a narrative, noun.communication) from an account held
    (noun.possession) and the financial record an organisation keeps."""
    relations = find_attributions(nlp(text), default_lexicon())
    assert not [r for r in relations if _text(text, r.cue).startswith("account")]


@pytest.mark.parametrize("text", [
    "The Human Rights Council concluded its general debate on human rights situations.",
    "We saw that with the Keystone XL debate.",
    "Is there time for an Adjournment debate on it?",
])
def test_a_kind_of_proceeding_is_no_discussion_had(nlp, text):
    """A classifying modifier names a proceeding on an agenda (Quirk et al. 1985, 7.36)."""
    relations = find_attributions(nlp(text), default_lexicon())
    assert not [r for r in relations if _text(text, r.cue) == "debate"]


@pytest.mark.parametrize("text", [
    "We have had a full debate on the Bill.",
    "We have engaged in a seven-hour debate on the Bill.",
])
def test_a_debate_its_speakers_had_is_a_speech_act(nlp, text):
    relations = find_attributions(nlp(text), default_lexicon())
    assert [_text(text, r.source) for r in relations if _text(text, r.cue) == "debate"] == [
        "We"]


@pytest.mark.parametrize(("text", "source", "made"), [
    ("The Senate committee made a commitment to initiate this investigation.",
     "The Senate committee", True),
    ("The protection of civilians is in line with the commitments made by the warring "
     "parties.", "the warring parties", True),
    ("HUD's commitment to protecting the rights of home seekers is clear.", None, False),
    ("Russia must meet its international commitments.", None, False),
])
def test_a_commitment_is_a_pledge_only_where_it_was_made(nlp, text, source, made):
    """WordNet 3.0 commitment 4 (a message that makes a pledge), not a dedication or an
    obligation."""
    relations = [r for r in find_attributions(nlp(text), default_lexicon())
                 if _text(text, r.cue).startswith("commitment")]
    assert [_text(text, r.source) for r in relations] == ([source] if made else [])


def test_a_defense_with_its_clause_is_a_speech_act(nlp):
    text = "He says the government's defense that it lacks the funds is hollow."
    [defense] = [r for r in find_attributions(nlp(text), default_lexicon())
                 if _text(text, r.cue) == "defense"]
    assert _text(text, defense.content) == "it lacks the funds"
    assert not [r for r in find_attributions(nlp("The defence of the realm is a duty."),
                                             default_lexicon()) if r.kind == "nominal"]


def test_a_statement_attributable_to_a_speaker_is_theirs(nlp):
    """The briefing formula *a statement attributable to the Spokesperson* names the
    statement's author, as *a statement by* would."""
    text = "I have a statement attributable to the Spokesperson on the floods in Pakistan."
    _check(nlp, text, "statement", "the Spokesperson", None, "nominal", "official_role",
           "neutral")
