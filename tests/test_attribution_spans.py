"""Spans and source types of attributions whose cue is found (issue: source, content,
source_type and holder accuracy): where a noun-phrase content ends, which speaker a plural
pronoun or a definite group description names, the writer's own institution, transcript
labels with a title and a name. Sentences are written for the rules, not copied from any
gold file."""

from __future__ import annotations

import pytest

from .test_attribution import _check

# (sentence, cue, source, content, kind, source_type, stance)
OBJECT_CONTENT = [
    # a purpose infinitive and the bare infinitives coordinated with it modify the object
    ("The ambassador welcomed the new agreement between the ports to expand trade, cut "
     "tariffs and share customs data.", "welcomed", "The ambassador",
     "the new agreement between the ports to expand trade, cut tariffs and share customs data",
     "indirect", "official_role", "endorsing"),
    # a prepositional phrase the parser may hang on the verb
    ("The minister stressed the importance of the treaty in reducing emissions.", "stressed",
     "The minister", "the importance of the treaty in reducing emissions", "indirect",
     "official_role", "neutral"),
    # ... but not a date, the medium, the addressee of a demand or a subordinate clause
    ("The senator praised the plan on Friday.", "praised", "The senator", "the plan",
     "indirect", "official_role", "endorsing"),
    ("The governor criticised the budget in a televised interview.", "criticised",
     "The governor", "the budget", "indirect", "official_role", "opposing"),
    ("The delegates reaffirmed their support for the charter as the talks continued.",
     "reaffirmed", "The delegates", "their support for the charter", "indirect",
     "official_role", "neutral"),
    ("The council condemned the attack and called for calm.", "condemned", "The council",
     "the attack", "indirect", "institution", "opposing"),
]
MORE_BOUNDARIES = [
    # that-clauses in a row, the later ones after a comma, are all the cue's complements
    ("I have subsequently been assured by the board that that is not the case, that it made "
     "clear its firm opposition in writing at the earliest possible moment and that it was "
     "told that the ministry would ignore that anyway.", "assured", "the board",
     "that is not the case, that it made clear its firm opposition in writing at the earliest "
     "possible moment and that it was told that the ministry would ignore that anyway",
     "indirect", "institution", "neutral"),
    # a relative clause whose pronoun speaks introduces the block after its colon, even with
    # a reprint's stray closing mark
    ("The minister pointed to the preface of the report, which states:\n\nThe figures cover "
     "every region of the country\".", "states", "the report",
     "The figures cover every region of the country\".", "indirect", "document", "neutral"),
    # a written question after its addressee and a colon is the question's paragraph alone
    ("Lord Smith of Leeds asked Her Majesty's Government:\n\nWhat assessment they have made "
     "of the flood defences in Yorkshire.\n\nThe Minister of State (Baroness Jones of "
     "Whitby)\n\nMy Lords, the defences are being reviewed by the agency this year.", "asked",
     "Lord Smith of Leeds", "What assessment they have made of the flood defences in "
     "Yorkshire.", "indirect", "named_person", "directive"),
    # the text a statement announced as following is what was said, even where it holds a
    # by-phrase of its own (no by-source of the noun)
    ('The foreign minister issued the following statement: "We are encouraged by the '
     'agreement reached by the parties."', "issued the following statement",
     "The foreign minister", '"We are encouraged by the agreement reached by the parties."',
     "nominal", "official_role", "neutral"),
    ('The spokesman read out the following statement: "The President is encouraged by the '
     'vote."', "read", "The spokesman", '"The President is encouraged by the vote."', "direct",
     "official_role", "neutral"),
    # a progressive is finite; an object shifted after the as-complement is still the object
    ("The ministry is rejecting as baseless claims that it tortured detainees.", "rejecting",
     "The ministry", "baseless claims that it tortured detainees", "indirect", "institution",
     "opposing"),
    # a mixed quotation split around its cue: one relation, both halves
    ('The panels "are a way of checking every claim," she added, "and of paying the '
     'families."', "added", "she",
     'The panels "are a way of checking every claim," she added, "and of paying the '
     'families."', "mixed", "named_person", "neutral"),
    # a complementizer the parser took for a determiner: the clause is still the content
    ("The council reaffirmed that terrorism in all its forms constitutes a grave threat to "
     "peace.", "reaffirmed", "The council",
     "terrorism in all its forms constitutes a grave threat to peace", "indirect",
     "institution", "neutral"),
    # a participle between two dashes that the clause goes on after is a parenthesis in it
    ("The lawyers argue that the court must review the statute — passed by the legislature in "
     "May — with the strictest scrutiny.", "argue", "The lawyers",
     "the court must review the statute — passed by the legislature in May — with the "
     "strictest scrutiny", "indirect", "anonymous", "neutral"),
    # the addressee of an agentless made clear is no part of what was made clear
    ("It was made clear to the committee that the funds would not be released.",
     "made clear", None, "the funds would not be released", "indirect", "none", "endorsing"),
    # a second that-clause coordinated with the first is the cue's too, subject and all
    ("The company states that it does not sell passenger data to third parties, and that "
     "passengers are in complete control of their data.", "states", "The company",
     "it does not sell passenger data to third parties, and that passengers are in complete "
     "control of their data", "indirect", "institution", "neutral"),
    # a for-to infinitival clause after the object is the noun's complement, part of it
    ("The mayor called for a new fund for cities to share the cost of flood defences.",
     "called for", "The mayor", "a new fund for cities to share the cost of flood defences",
     "indirect", "official_role", "directive"),
    # ... but an as-clause after the object is the cue's adjunct
    ("The mayor called for calm as the flood waters rose.", "called for", "The mayor",
     "calm", "indirect", "official_role", "directive"),
    # a finite verb the parser coordinated with a to-infinitive goes on with the cue (a base
    # form and a past tense are never conjuncts); base forms stay in the content
    ("The governor pledged to change all that and staked his career on a reform of the tax "
     "system.", "pledged", "The governor", "to change all that", "indirect",
     "official_role", "directive"),
    ("The governor promised to cut taxes and resigned a week later.", "promised",
     "The governor", "to cut taxes", "indirect", "official_role", "directive"),
    ("Officials vowed to rebuild the bridge and reopen the road.", "vowed", "Officials",
     "to rebuild the bridge and reopen the road", "indirect", "official_role", "directive"),
    # a participle set off by a comma modifies the whole of/on phrase, not its last noun
    ("The worst idea was the tax on the sale of fuel, proposed by the finance minister.",
     "proposed", "the finance minister", "the tax on the sale of fuel", "indirect",
     "official_role", "directive"),
    ("The reform, proposed by the finance minister, failed.", "proposed",
     "the finance minister", "The reform", "indirect", "official_role", "directive"),
    # a pronoun object takes no prepositional postmodifier: what follows is the verb's
    ("The senator criticized him on the website's message board.", "criticized",
     "The senator", "him", "indirect", "official_role", "opposing"),
    ("The minister raised this with the Home Secretary last week.", "raised",
     "The minister", "this", "indirect", "official_role", "neutral"),
    # ... but a to-phrase with a thing completes the verb (attributed X to Y)
    ("The spokesman attributed this to a lack of preparedness.", "attributed",
     "The spokesman", "this to a lack of preparedness", "indirect", "official_role",
     "neutral"),
    # in different parts of the country is a place, not the manner *in part*
    ("The envoy condemned the recent bombings in different parts of the country.",
     "condemned", "The envoy", "the recent bombings in different parts of the country",
     "indirect", "official_role", "opposing"),
    # an apposition-like member of a list that goes on with a conjunct is a list member
    ("The envoys discussed the need for protecting schools in Kharkiv, the energy crisis "
     "across Ukraine, and threats to shipping.", "discussed", "The envoys",
     "the need for protecting schools in Kharkiv, the energy crisis across Ukraine, and "
     "threats to shipping", "indirect", "official_role", "neutral"),
    # a verb is never coordinated with a noun nor a finite verb with a bare -ing form; an
    # active verb takes no agent, so by + doers belongs to the object
    ("Rights groups pointed to killings by government agents and a lack of political will.",
     "pointed to", "Rights groups", "killings by government agents and a lack of political "
     "will", "indirect", "institution", "neutral"),
    ("The report calls for meaningful disarmament and developing a common understanding of "
     "the threats.", "calls for", "The report", "meaningful disarmament and developing a "
     "common understanding of the threats", "indirect", "document", "directive"),
    # the cue's medium and date, even where the parser hangs them on the object
    ("The president dismissed the allegations in a video address on Thursday.", "dismissed",
     "The president", "the allegations", "indirect", "official_role", "opposing"),
    # a noun's that-clause the parser hung elsewhere
    ("The agencies issued a statement expressing their shared assessment that the election "
     "had been hacked.", "expressing", "a statement",
     "their shared assessment that the election had been hacked", "indirect", "document",
     "neutral"),
    # a trailing according-to reports its own part of the sentence, not the list before ;
    ("Exports fell five percent in 2019; eight percent last year according to the trade "
     "ministry.", "according to", "the trade ministry", "eight percent last year",
     "according_to", "institution", "neutral"),
    # a participle after a comma that comments on the reported event is the reporter's
    ("Officials reported that twelve children were injured, making it the deadliest attack "
     "this year.", "reported", "Officials", "twelve children were injured", "indirect",
     "official_role", "neutral"),
    # ... not one with a subordinator
    ("Nurses said they faced threats while working night shifts.", "said", "Nurses",
     "they faced threats while working night shifts", "indirect", "anonymous", "neutral"),
    # a gerund coordinated with the gerund cue is the cue's second act, not the content
    ("The rebels issued a statement saying the war is over and urging fighters to go home.",
     "saying", "a statement", "the war is over", "indirect", "document", "neutral"),
]
CLAUSE_CONJUNCTS = [
    # predicates of the reported clause that the parser hangs on a passive cue
    ("It is claimed that the vaccine is dangerous, causes fevers, damages the heart and so "
     "on.", "claimed", None, "the vaccine is dangerous, causes fevers, damages the heart and "
     "so on", "indirect", "none", "distancing"),
    # but not the speaker's own second act (the cue's form)
    ("The mayor said that the dam is unsafe and resigned.", "said", "The mayor",
     "the dam is unsafe", "indirect", "official_role", "neutral"),
]
NOMINAL_CONTENT = [
    # what a directive asks for
    ("The protesters repeated their calls for democracy.", "calls for", "their",
     "democracy", "nominal", "anonymous", "directive"),
    ("The union's request for mediation was refused.", "request", "The union's",
     "for mediation", "nominal", "institution", "directive"),
    # what an act on something is on; what a formal accusation charges
    ("Families condemned the regime's denial of the massacre.", "denial", "the regime's",
     "of the massacre", "nominal", "institution", "opposing"),
    ("The prosecutors' charges of fraud and bribery were dropped.", "charges",
     "The prosecutors'", "of fraud and bribery", "nominal", "official_role", "distancing"),
    ("The commission's securities fraud charge was settled.", "charge", "The commission's",
     "securities fraud", "nominal", "institution", "distancing"),
    # not: the accused, the topic of a judged noun, the subject of an account
    ("The tribunal's indictment of the former mayor surprised nobody.", "indictment",
     "The tribunal's", None, "nominal", "institution", "distancing"),
    ("Nobody believed the senator's lies about the election.", "lies", "the senator's",
     None, "nominal", "official_role", "distancing"),
    ("The survivors' accounts of the night were harrowing.", "accounts", "The survivors'",
     None, "nominal", "anonymous", "neutral"),
    # an utterance's about-phrase is its topic; a concern's is what it says
    ("Investors sued over the chairman's statements about the merger.", "statements",
     "the chairman's", None, "nominal", "official_role", "neutral"),
]
CONTROLLERS = [
    # an instrument verb's infinitive is a purpose: its subject acts
    ("The minister used the press conference to attack the ruling.", "attack",
     "The minister", "the ruling", "indirect", "official_role", "opposing"),
    # a passive's subject, or the noun its participle modifies, does what its for-gerund
    # says (arrested for criticising: the arrested criticised)
    ("Police detained journalists and those arrested for criticising the president.",
     "criticising", "those", "the president", "indirect", "anonymous", "opposing"),
    ("The blogger was jailed for criticising the ruling party.", "criticising",
     "The blogger", "the ruling party", "indirect", "anonymous", "opposing"),
    # ... while an object-control verb's object does
    ("The guards forced the prisoner to confess that he had stolen the keys.", "confess",
     "the prisoner", "he had stolen the keys", "indirect", "anonymous", "endorsing"),
]
SOURCE_TYPES = [
    # a dash after the source's head opens a parenthesis, no part of the source's name
    ("A coalition of writers and publishers—including novelists Ann Cole and Ben "
     "Ruiz—asked the court to reject the settlement.", "asked",
     "A coalition of writers and publishers", "the court to reject the settlement",
     "indirect", "institution", "directive"),
    ("The plaintiffs—two foundations and an archive—argue that the law is unconstitutional.",
     "argue", "The plaintiffs", "the law is unconstitutional", "indirect", "anonymous",
     "neutral"),
    # a plural pronoun after a subject that names two people: the people
    ("Senator Maria Lopez met with Governor Tom Becker in Denver. They condemned the attack "
     "on the clinic.", "condemned", "They", "the attack on the clinic", "indirect",
     "named_person", "opposing"),
    ("Senator Maria Lopez and Governor Tom Becker toured the site. They criticised the "
     "ruling.", "criticised", "They", "the ruling", "indirect", "named_person",
     "opposing"),
    # a definite description of the pair named before
    ("Senator Maria Lopez and Governor Tom Becker toured the site. The two leaders criticised "
     "the ruling.", "criticised", "The two leaders", "the ruling", "indirect",
     "named_person", "opposing"),
    # a plural pronoun that takes up a definite description of the pair: the pair's people
    ("Senator Maria Lopez met with Governor Tom Becker in Denver. The two sides discussed "
     "trade. They condemned the attack on the clinic.", "condemned", "They",
     "the attack on the clinic", "indirect", "named_person", "opposing"),
    ("Senator Maria Lopez met with Governor Tom Becker in Denver. They discussed trade. "
     "Both sides condemned the attack on the clinic.", "condemned", "Both sides",
     "the attack on the clinic", "indirect", "named_person", "opposing"),
    # the subject of a main clause coordinated with another is a topic *they* goes on with
    ("The weather was cold and Senator Maria Lopez met with Governor Tom Becker in Denver. "
     "They condemned the attack on the clinic.", "condemned", "They",
     "the attack on the clinic", "indirect", "named_person", "opposing"),
    ("The Democrats of the State Assembly voted no. They rejected the budget.", "rejected",
     "They", "the budget", "indirect", "institution", "opposing"),
    # a numeral or *both* as the head of a definite description of the pair
    ("Senator Maria Lopez met with Governor Tom Becker in Denver. The two discussed the "
     "budget crisis.", "discussed", "The two", "the budget crisis", "indirect",
     "named_person", "neutral"),
    ("Senator Maria Lopez met with Governor Tom Becker in Denver. Both stressed the need for "
     "new roads.", "stressed", "Both", "the need for new roads", "indirect", "named_person",
     "neutral"),
    # ... but not a quantified phrase or a bare numeral: members of a group
    ("Both of the lawyers denied the charges.", "denied", "Both of the lawyers",
     "the charges", "indirect", "anonymous", "opposing"),
    # a capitalised plural title that the tagger leaves unlemmatised is still a role
    ("The G7 Foreign Ministers condemned the sham elections.", "condemned",
     "The G7 Foreign Ministers", "the sham elections", "indirect", "official_role",
     "opposing"),
    # a possessed family is identifiable, like a possessed kin noun (MARKERS.md)
    ("Her family denied the charges against the teacher.", "denied", "Her family",
     "the charges against the teacher", "indirect", "named_person", "opposing"),
    # a state and its partners: an institution's partners are no kin (not *the Minsk and
    # Astana declarations*, names sharing one head)
    ("Ambassador Jane Ward of the UK spoke first. The UK and its partners condemned the "
     "attack.", "condemned", "The UK and its partners", "the attack", "indirect",
     "institution", "opposing"),
    # first person inside a quotation is self, though it names the quoted speaker
    ("“We rejected the offer in May,” the minister said.", "rejected", "We", "the offer",
     "indirect", "self", "opposing"),
    # a plural word inside a name (*Foreign Affairs*) is not who *they* are
    ("Ambassador Sung Kim and Director General Funakoshi Takehiro of the Ministry of Foreign "
     "Affairs met in Seoul. They reaffirmed the importance of the alliance.", "reaffirmed",
     "They", "the importance of the alliance", "indirect", "named_person", "neutral"),
    # a title before a name is a named person; an institution's name is not
    ("Foreign Minister Ana Costa said the talks had failed.", "said",
     "Foreign Minister Ana Costa", "the talks had failed", "indirect", "named_person",
     "neutral"),
    ("The Foreign Ministry of Portugal said the talks had failed.", "said",
     "The Foreign Ministry of Portugal", "the talks had failed", "indirect", "institution",
     "neutral"),
    # a plural pronoun after a plural institution stays an institution
    ("The northern provinces rejected the tax. They demanded a new vote.", "demanded",
     "They", "a new vote", "indirect", "institution", "directive"),
    # an unnamed group picked out by a relative clause
    ("Those who say the war is over are wrong.", "say", "Those", "the war is over",
     "indirect", "anonymous", "neutral"),
    ("Those who oppose the reform say that it failed.", "say", "Those", "it failed",
     "indirect", "anonymous", "neutral"),
    # texts that speak: a constitution, a scripture, names sharing a plural head
    ("The Constitution states that all citizens are equal.", "states", "The Constitution",
     "all citizens are equal", "indirect", "document", "neutral"),
    ("The Holy Koran says that charity purifies wealth.", "says", "The Holy Koran",
     "charity purifies wealth", "indirect", "document", "neutral"),
    ("The Minsk, Astana and Sochi declarations stressed the need for a ceasefire.",
     "stressed", "The Minsk, Astana and Sochi declarations", "the need for a ceasefire",
     "indirect", "document", "neutral"),
    # a region speaks as its states do
    ("The entire region stated its opposition to the dam.", "stated", "The entire region",
     "its opposition to the dam", "indirect", "institution", "neutral"),
    # the writer's own institution is the writer (self), but not inside a quotation
    ("Last year my Government proposed a regional fisheries treaty.", "proposed",
     "my Government", "a regional fisheries treaty", "indirect", "self", "directive"),
    ("“Our ministry said in May that the dam was unsafe,” the engineer told reporters.",
     "said", "Our ministry", "the dam was unsafe", "indirect", "institution", "neutral"),
]
TRANSCRIPT_LABELS = [
    # a title and a name in capitals is a named person; a role alone is an official role
    ("MODERATOR: Welcome.\n\nFOREIGN MINISTER ADEBAYO: Thank you for having me.\n\n"
     "SENIOR STATE DEPARTMENT OFFICIAL: We agree.", 1, "FOREIGN MINISTER ADEBAYO",
     "named_person"),
    ("MODERATOR: Welcome.\n\nFOREIGN MINISTER ADEBAYO: Thank you for having me.\n\n"
     "SENIOR STATE DEPARTMENT OFFICIAL: We agree.", 2, "SENIOR STATE DEPARTMENT OFFICIAL",
     "official_role"),
    ("MODERATOR: Welcome.\n\nUNDER SECRETARY OKAFOR: Thank you.", 1,
     "UNDER SECRETARY OKAFOR", "named_person"),
]


@pytest.mark.parametrize("case", OBJECT_CONTENT + MORE_BOUNDARIES + CLAUSE_CONJUNCTS
                         + NOMINAL_CONTENT
                         + CONTROLLERS + SOURCE_TYPES,
                         ids=lambda c: f"{c[1]}: {c[0][:40]}")
def test_spans_and_types(nlp, case):
    _check(nlp, *case)


@pytest.mark.parametrize("text,index,label,source_type", TRANSCRIPT_LABELS,
                         ids=lambda v: str(v)[:30])
def test_transcript_label_types(nlp, text, index, label, source_type):
    from toolkit.attribution import find_attributions
    from toolkit.lexicon import default_lexicon

    turns = [r for r in find_attributions(nlp(text), default_lexicon())
             if r.rule == "speaker_label"]
    turn = turns[index]
    assert text[turn.source[0]:turn.source[1]] == label
    assert turn.source_type == source_type


# (sentence, cue): speech that a directive asks for has not been said (MARKERS.md: wished-for
# speech is no attribution)
REQUESTED = [
    ("The union leaders urged the members to reject the offer.", "reject"),
    ("The complaint asks the judge to freeze the accounts and order a refund.", "order"),
    ("The senator called for the council to condemn the raid.", "condemn"),
    ("Officials encouraged other donors to support the appeal.", "support"),
    ("We invite all parties to reaffirm their commitment to the treaty.", "reaffirm"),
]


@pytest.mark.parametrize("sentence,cue", REQUESTED, ids=lambda v: str(v)[:40])
def test_requested_speech_is_not_reported(nlp, sentence, cue):
    from toolkit.attribution import find_attributions
    from toolkit.lexicon import default_lexicon

    cues = [sentence[r.cue[0]:r.cue[1]] for r in find_attributions(nlp(sentence),
                                                                   default_lexicon())]
    assert cue not in cues


@pytest.mark.parametrize("sentence,cue", [
    ("The actress came forward to accuse the director of harassment.", "accuse"),
    ("The guards forced the prisoner to confess that he had stolen the keys.", "confess"),
    ("The farmers travelled to the capital to demand compensation from the government.",
     "demand"),
], ids=lambda v: str(v)[:40])
def test_speech_under_other_heads_is_reported(nlp, sentence, cue):
    from toolkit.attribution import find_attributions
    from toolkit.lexicon import default_lexicon

    cues = [sentence[r.cue[0]:r.cue[1]] for r in find_attributions(nlp(sentence),
                                                                   default_lexicon())]
    assert cue in cues


# (sentence, cue, reported): evidence verbs report where a text is the source; observe
# reports a clause, not what was seen; tell needs an addressee; a reporting as-clause needs
# a speaker
@pytest.mark.parametrize("sentence,cue,reported", [
    ("The audit shows that the funds were misused.", "shows", True),
    ("Studies prove that the vaccine works.", "prove", True),
    ("The regime has shown that it will crush any protest.", "shown", False),
    ("The Belarusian people have demonstrated that they want change.", "demonstrated",
     False),
    ("Researchers have shown that the drug is safe.", "shown", True),
    # a speaker whose clause is about itself shows its own conduct: evidence, a booster
    ("Internet providers have already demonstrated that they are willing to block content.",
     "demonstrated", False),
    ("The senator has once again proven that his commitment to principle is non-existent.",
     "proven", False),
    ("Reports showed that they destroyed a school.", "showed", True),  # a document reports
    ("The inspector observed that the doors were locked.", "observed", True),
    ("We have observed terrible abuses in the camps.", "observed", False),
    ("As the commission has often observed, the rules are unclear.", "observed", True),
    ("The minister told reporters that the talks had failed.", "told", True),
    ("It was telling that so few ministers attended.", "telling", False),
], ids=lambda v: str(v)[:40])
def test_evidence_perception_and_telling(nlp, sentence, cue, reported):
    from toolkit.attribution import find_attributions
    from toolkit.lexicon import default_lexicon

    cues = [sentence[r.cue[0]:r.cue[1]] for r in find_attributions(nlp(sentence),
                                                                   default_lexicon())]
    assert (cue in cues) is reported


BLOCK = ("The committee published its report today.\n\nDr Anna Berg MP, Chair of the "
         "Committee, said:\n\n\"The figures are disappointing. Only half of our "
         "recommendations were accepted.\n\nWe will press the Department for answers.\"\n\n"
         "The report is available online.")


def test_a_block_quotation_runs_over_its_paragraphs(nlp):
    from toolkit.attribution import find_attributions, quotation_spans

    assert [BLOCK[a:b] for a, b in quotation_spans(BLOCK)] == [
        BLOCK[BLOCK.index('"The figures'):BLOCK.index('answers."') + len('answers."')]]
    [said] = [r for r in find_attributions(nlp(BLOCK)) if BLOCK[r.cue[0]:r.cue[1]] == "said"]
    assert BLOCK[said.content[0]:said.content[1]].endswith('for answers."')
    assert (said.kind, said.source_type) == ("direct", "named_person")


@pytest.mark.parametrize("text,quoted", [
    # the repeated opening mark of a later paragraph does not close the quotation
    ('He said:\n\n"A is b.\n\n"C is d."\n\nNext.', ['"A is b.\n\n"C is d."']),
    ("He said:\n\n“A is b.\n\n“C is d.”\n\nNext “e”.", ["“A is b.\n\n“C is d.”", "“e”"]),
    # without a colon before it, an unclosed straight mark ends with its paragraph
    ('A "b\n\nc "d" e', ['"d"']),
    # a curly quotation opened in mid-paragraph and never closed (its mark is missing)
    # ends with its paragraph where the next one opens without a mark
    ("“A is b,” she said. “C is d. E is f.\n\nNext “g”.",
     ["“A is b,”", "“C is d. E is f.", "“g”"]),
    # ... but one that opens its paragraph stays unclosed (a statement after a colon)
    ("The Statement is as follows:\n\n“A is b. C is d.\n\nE is f.",
     []),
    # a closing mark with no opening mark in its paragraph (lost in copying): the
    # quotation opens with the paragraph; a split quotation's second part is its own
    ("Intro.\n\nWhen we ask, they do listen. Last year they acted,” said Ann Lee. “More.”",
     ["When we ask, they do listen. Last year they acted,”", "“More.”"]),
    # ... also when the text itself opens inside the quotation
    ("When we ask, they do listen. Last year they acted,” said Ann Lee.",
     ["When we ask, they do listen. Last year they acted,”"]),
    # ... not a mark inside a word, nor one after three words or fewer
    ("Intro.\n\nThe 12” pipe burst.\n\nWe acted,” she said.", []),
])
def test_block_quotation_spans(text, quoted):
    from toolkit.attribution import quotation_spans

    assert [text[a:b] for a, b in quotation_spans(text)] == quoted


def test_a_subject_the_parser_hung_on_the_line_before(nlp):
    from toolkit.attribution import find_attributions

    text = ("Two responses stand out:\n\n- the Health Committee's annual report, referring to "
            "its earlier work, states:\n\n\"We regret the delay.\"")
    [states] = [r for r in find_attributions(nlp(text)) if text[r.cue[0]:r.cue[1]] == "states"]
    assert text[states.source[0]:states.source[1]].endswith("annual report")
    assert states.source_type == "document"


def test_the_motion_is_a_document(nlp):
    from toolkit.attribution import find_attributions

    text = "The motion proposes that the bill be delayed."
    [rel] = find_attributions(nlp(text))
    assert rel.source_type == "document"


@pytest.mark.parametrize("text,cue,source,content", [
    # a quotation before the cue is what was said, with the one right after its sentence,
    # not the clause before the quotation that the parser ran into
    ("At the school a girl posed a question to the pilot: “The sea has fish, but the sky "
     "does not,” she said. “What does the sky have?”", "said", "she",
     "“The sea has fish, but the sky does not,” she said. “What does the sky have?”"),
    # a quoted phrase the parser takes for a second subject is the content, not the source
    ("“A very lonely place”, the pilot replied.", "replied", "the pilot",
     "“A very lonely place”"),
])
def test_quotation_before_the_cue(nlp, text, cue, source, content):
    from toolkit.attribution import find_attributions

    [rel] = [r for r in find_attributions(nlp(text)) if text[r.cue[0]:r.cue[1]] == cue]
    assert text[rel.source[0]:rel.source[1]] == source
    assert text[rel.content[0]:rel.content[1]] == content
    assert rel.kind == "direct"


def test_a_byline_is_not_the_speaker_of_the_next_paragraph(nlp):
    from toolkit.attribution import find_attributions

    text = ("Maria Lund, Press Officer\n\nDeputy Minister of Health Karl Berg announced "
            "new funding for rural clinics.")
    [rel] = [r for r in find_attributions(nlp(text)) if text[r.cue[0]:r.cue[1]] == "announced"]
    assert "Karl Berg" in text[rel.source[0]:rel.source[1]]
    assert "Lund" not in text[rel.source[0]:rel.source[1]]


def test_a_title_and_name_the_tagger_calls_an_organisation(nlp):
    """*Spokesperson Ned Price* is a title and a name (named_person) even where the entity
    tagger marks the whole phrase ORG."""
    from toolkit.attribution import find_attributions

    text = ("Office of the Spokesperson\n\nThe below is attributable to Spokesperson Ned "
            "Price:\n\nThe talks failed in Geneva today.")
    (rel,) = find_attributions(nlp(text))
    assert text[rel.source[0]:rel.source[1]] == "Spokesperson Ned Price"
    assert rel.source_type == "named_person"


@pytest.mark.parametrize("text,joined", [
    # a supplementive participle clause on the cue reports nothing: the quotation after it
    # goes on with the speaker's words
    ('"You raised only the negative points," Hun Sen said Wednesday, addressing the envoy '
     'during a ceremony. "Try to improve your own country first."', True),
    # ... but one that reports (adding that X) has the next words as its own
    ('"A is done," the minister said on Monday, adding that the plan was sound. "We will '
     'go on."', False),
    # ... nor a gerund of the occasion with its object (said in announcing the report)
    ('"No right is more basic," the secretary said in unveiling the report. "We all know '
     'it."', True),
])
def test_a_quotation_goes_on_after_a_participle_clause(nlp, text, joined):
    from toolkit.attribution import find_attributions

    [said] = [r for r in find_attributions(nlp(text)) if text[r.cue[0]:r.cue[1]] == "said"]
    assert text[said.content[0]:said.content[1]].endswith('."') is joined


@pytest.mark.parametrize("text,cue,content", [
    # sentences that are nothing but a that-clause continue the report before them
    ("Russia has said that the rebels are responsible. That an airstrike hit a depot. "
     "That the gas leaked from it.\n\nWe reject this.", "said",
     "the rebels are responsible. That an airstrike hit a depot. That the gas leaked "
     "from it"),
    # a pronoun subject *that* is no such clause; a motion opening its paragraph is none
    ("The minister said the plan failed. That is not true.", "said", "the plan failed"),
])
def test_a_that_clause_written_as_a_sentence_joins_the_report(nlp, text, cue, content):
    from toolkit.attribution import find_attributions

    [found] = [r for r in find_attributions(nlp(text)) if text[r.cue[0]:r.cue[1]] == cue]
    assert text[found.content[0]:found.content[1]] == content
