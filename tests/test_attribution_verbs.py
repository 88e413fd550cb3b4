"""Reporting and speech-act verbs (MARKERS.md, "Attribution reports speech"): discussion
verbs (VerbNet chit_chat-37.6-1), commissives (WordNet hyponyms of *promise*; *agreed to
act*), WordNet synonyms of the hand-made cues, positions on an abstraction (*welcomed the
establishment of X*), a state restating its own position in the present (performative),
planned, requested, conditional and deontic speech, say verbs with the message as object,
coordinated passives, passives of saying with an agent, reporting *as*-clauses, relative
clauses whose object is the antecedent, and a that-clause the parser hangs on the cue's
adjunct. Sentences are written for the rules, not copied from any gold."""

from __future__ import annotations

import pytest

from toolkit.attribution import find_attributions
from toolkit.attribution.cues import cue_table
from toolkit.lexicon import default_lexicon

from .test_attribution import _check, _text
from .test_attribution_rules import _cues, parsed

# (sentence, cue, source, content, kind, source_type, stance)
MUST_FIRE = [
    # a gerund complement after a perfect auxiliary or an adverb is the denied proposition
    ("The ministry denied having used force against the protesters.", "denied",
     "The ministry", "having used force against the protesters", "indirect", "institution",
     "opposing"),
    ("The governor denied ever meeting the lobbyists.", "denied", "The governor",
     "ever meeting the lobbyists", "indirect", "official_role", "opposing"),
    # right node raising: the first of two coordinated verbs shares the later one's object
    ("Rights groups issued statements condemning and criticising the arrests.",
     "condemning", "statements", "the arrests", "indirect", "document", "opposing"),
    # a question asked with a wh-clause the parser hangs on the participle as an adverbial
    ("Asked when the talks would resume, the spokesman said no date had been set.",
     "Asked", None, "when the talks would resume", "indirect", "none", "directive"),
    # a third party's discussion is a speech act; the topic is the content
    ("The two foreign ministers discussed the refugee crisis.", "discussed",
     "The two foreign ministers", "the refugee crisis", "indirect", "official_role",
     "neutral"),
    # commissives: a to-infinitive is the content
    ("The government undertook to release all hostages.", "undertook", "The government",
     "to release all hostages", "indirect", "institution", "directive"),
    # offer to act: WordNet's commissive sense of offer (under threaten)
    ("The two nations have offered to send troops to the border.", "offered",
     "The two nations", "to send troops to the border", "indirect", "institution",
     "directive"),
    ("The parties agreed to resume talks in March.", "agreed", "The parties",
     "to resume talks in March", "indirect", "institution", "neutral"),
    # a directive whose first WordNet sense is not speech, with its to-infinitive
    ("The envoy encouraged both sides to resume talks.", "encouraged", "The envoy",
     "both sides to resume talks", "indirect", "official_role", "directive"),
    # a WordNet synonym of a hand-made cue (underscore of emphasise)
    ("The envoy underscored the need for restraint.", "underscored", "The envoy",
     "the need for restraint", "indirect", "official_role", "neutral"),
    # a position on an abstraction (WordNet: an act, event, state)
    ("The senator welcomed the establishment of a truth commission.", "welcomed",
     "The senator", "the establishment of a truth commission", "indirect", "official_role",
     "endorsing"),
    # a state's position reported in the past is a report, not a performative
    ("Norway reiterated its commitment to the treaty last year.", "reiterated", "Norway",
     "its commitment to the treaty", "indirect", "institution", "neutral"),
    # ... but its past position is reported
    ("Norway continued to support the peace plan for the region.", "support", "Norway",
     "the peace plan for the region", "indirect", "institution", "endorsing"),
    # a state's present statement with a reported clause stays a report (critics say that)
    ("Norway stresses that the treaty has failed.", "stresses", "Norway",
     "the treaty has failed", "indirect", "institution", "neutral"),
    # coordinated passives share their subject and their agent
    ("The massacre was recognised and condemned by several parliaments.", "condemned",
     "several parliaments", "The massacre", "indirect", "institution", "opposing"),
    # a passive of saying with an agent: its subject is what was said (after a comma, the
    # relative pronoun, which stands for the noun: the noun phrase stays the writer's)
    ("The plan, which was articulated by the regional leaders, failed.", "articulated",
     "the regional leaders", "which", "indirect", "official_role", "neutral"),
    ("The plan articulated by the regional leaders failed.", "articulated",
     "the regional leaders", "The plan", "indirect", "official_role", "neutral"),
    # a reporting as-clause with its speaker
    ("Prices rose sharply, as documented by the central bank.", "documented",
     "the central bank", "Prices rose sharply", "according_to", "institution", "endorsing"),
    # a relative clause whose object is its antecedent: the antecedent was said
    ("He returned to the examples he had mentioned earlier.", "mentioned", "he",
     "the examples", "indirect", "named_person", "neutral"),
    # a say verb with the message (words, an idea, an attitude) as its object
    ("The minister articulated a vision of a greener city.", "articulated", "The minister",
     "a vision of a greener city", "indirect", "official_role", "neutral"),
    # commit oneself to an act: a commissive (Searle 1976), with a to-infinitive or gerund
    ("The minister committed to hold new elections within a year.", "committed",
     "The minister", "to hold new elections within a year", "indirect", "official_role",
     "directive"),
    ("The donors committed themselves to rebuilding the schools.", "committed", "The donors",
     "rebuilding the schools", "indirect", "anonymous", "directive"),
    # phrasal verbs of speaking (WordNet verb.communication, under express or explain)
    ("The mayor spelled out the conditions for a truce.", "spelled out", "The mayor",
     "the conditions for a truce", "indirect", "official_role", "neutral"),
    ("The senator shrugged off the criticism of her vote.", "shrugged off", "The senator",
     "the criticism of her vote", "indirect", "official_role", "opposing"),
    # a talk verb with its topic (VerbNet lecture-37.11 and talk-37.5: NP V PP.topic)
    ("The ambassador spoke about the plight of the refugees.", "spoke about",
     "The ambassador", "the plight of the refugees", "indirect", "official_role", "neutral"),
    # presenting a message (lay out, set out: WordNet 00772985) with a message object
    ("The minister set out her plans for the economy.", "set out", "The minister",
     "her plans for the economy", "indirect", "official_role", "neutral"),
    ("As set out by the Security Council, the force must be well equipped.", "set out",
     "the Security Council", "the force must be well equipped", "according_to", "institution",
     "neutral"),
    # calling out a person or an act: a figurative verbal act of criticism (MARKERS.md)
    ("Activists called out the mayor for his silence.", "called out", "Activists",
     "the mayor for his silence", "indirect", "anonymous", "opposing"),
    ("The minister spoke in Geneva about the plight of refugees.", "spoke", "The minister",
     "the plight of refugees", "indirect", "official_role", "neutral"),
    # verb + predicative adjective idioms of a verbal act (Moon 1998)
    ("The family went public about his detention.", "went public", "The family",
     "his detention", "indirect", "anonymous", "neutral"),
    ("The minister came clean about the payments.", "came clean", "The minister",
     "the payments", "indirect", "official_role", "endorsing"),
    # receiving a message (WordNet hear 02107460): the from-phrase names the speaker
    ("The committee heard from three witnesses that the dam had been mined.", "heard",
     "three witnesses", "the dam had been mined", "indirect", "anonymous", "neutral"),
    # an opposing speech act under a WordNet stance root, with a claim as object
    ("The envoy debunked the claims about the laboratories.", "debunked", "The envoy",
     "the claims about the laboratories", "indirect", "official_role", "opposing"),
    ("The party disavowed the remarks of its candidate.", "disavowed", "The party",
     "the remarks of its candidate", "indirect", "institution", "opposing"),
    # a that-clause the parser hangs on the noun of the cue's adjunct
    ("The envoy spoke for an hour, alleging without evidence that the dam had been mined.",
     "alleging", "The envoy", "the dam had been mined", "indirect", "official_role",
     "distancing"),
    # ... also after a verb of telling's addressee, and on a name inside the adjunct
    ("The mayor told reporters in an interview that the budget could not be balanced this "
     "year.", "told", "The mayor", "the budget could not be balanced this year", "indirect",
     "official_role", "neutral"),
    ("The envoy said Tuesday during a visit to Portugal that the talks had stalled.", "said",
     "The envoy", "the talks had stalled", "indirect", "official_role", "neutral"),
    # the condition of a commissive or directive act is part of what was threatened,
    # promised or demanded
    ("The opposition parties threatened mass protests if the results were not invalidated.",
     "threatened", "The opposition parties", "mass protests if the results were not "
     "invalidated", "indirect", "institution", "directive"),
    ("The minister promised to resign if the audit found any fraud.", "promised",
     "The minister", "to resign if the audit found any fraud", "indirect", "official_role",
     "directive"),
    # a directive's infinitive after its addressee and an adverb (the parser's advcl)
    ("The foundation asked the appeals court today to uphold the ruling.", "asked",
     "The foundation", "the appeals court today to uphold the ruling", "indirect",
     "institution", "directive"),
    ("The group called on the commission yesterday to close the loopholes.", "called on",
     "The group", "the commission yesterday to close the loopholes", "indirect",
     "institution", "directive"),
    # quotative inversion the parser read as an object, or as a conjunct of the clause
    ("The economy will grow next year, argued the minister.", "argued", "the minister",
     "The economy will grow next year", "indirect", "official_role", "neutral"),
    ("Inflation is falling, writes the Governor in her letter.", "writes", "the Governor",
     "Inflation is falling", "indirect", "official_role", "neutral"),
    # a list in the reported clause whose later items the parser made the cue's object
    ("The committee recommends that the Government engage with the panel with the aim of "
     "producing guidelines, which recognise ministerial accountability, the proper role of "
     "the courts and the legitimate wish of Parliament for more scrutiny.", "recommends",
     "The committee", "the Government engage with the panel with the aim of producing "
     "guidelines, which recognise ministerial accountability, the proper role of the courts "
     "and the legitimate wish of Parliament for more scrutiny", "indirect", "institution",
     "directive"),
    # a reporting as-clause with the person told: the clause it comments on is the content
    # a verb in -s the tagger took for a plural noun heads the reported clause
    ("International investigators say overwhelming forensic evidence points to a torpedo "
     "attack.", "say", "International investigators",
     "overwhelming forensic evidence points to a torpedo attack", "indirect", "official_role",
     "neutral"),
    # a prepositional verb of mentioning: its to-object is what is mentioned, with what it
    # is called
    ("The minister referred to the report.", "referred to", "The minister", "the report",
     "indirect", "official_role", "neutral"),
    ("He referred to the motion as dishonest and dangerous.", "referred to", "He",
     "the motion as dishonest and dangerous", "indirect", "named_person", "neutral"),
    # (a parenthesis: kind according_to, MARKERS.md)
    ("As the minister told us, the plan is sound.", "told", "the minister",
     "the plan is sound", "according_to", "official_role", "neutral"),
    ("As the report reminds us, the reforms have worked.", "reminds", "the report",
     "the reforms have worked", "according_to", "document", "endorsing"),
    # an as-clause of hearing: the hearers are not the source, which goes unnamed; a
    # vocative before it is the writer's
    ("Colleagues, as we have heard, the fighting has displaced thousands.", "heard", None,
     "the fighting has displaced thousands", "according_to", "none", "neutral"),
    # the present of saying points back to the speaker's words
    ("As I say, the reform goes beyond the budget.", "say", "I",
     "the reform goes beyond the budget", "according_to", "self", "neutral"),
    # an as-clause the parser read as a preposition with a relative clause on its object
    ("As my right hon. Friend the Prime Minister has already made clear, there is no "
     "question about their right to remain.", "made clear", "the Prime Minister",
     "there is no question about their right to remain", "according_to", "official_role",
     "endorsing"),
    # an as-clause the parser made the sentence's root
    ("The ball is in their court. As a number of people have said, invoking Chapter 7 "
     "would impose obligations on Iran.", "said", "a number of people",
     "invoking Chapter 7 would impose obligations on Iran", "according_to", "anonymous",
     "neutral"),
    # the object's as-complement is part of the content, also where the parser read *as*
    # as an adverb of an adjective
    ("The minister described the motion as dishonest and dangerous.", "described",
     "The minister", "the motion as dishonest and dangerous", "indirect", "official_role",
     "neutral"),
    # a subject the parser ran into the fronted phrase before it, and a that-clause whose
    # verb the tagger took for a noun (*NSLs undermines government accountability*)
    ("In an amicus brief filed Wednesday, EFF and the National Security Archive argue that "
     "the excessive secrecy surrounding the use of NSLs undermines government "
     "accountability.", "argue", "the National Security Archive", "the excessive secrecy "
     "surrounding the use of NSLs undermines government accountability", "indirect",
     "institution", "neutral"),
    # an organisation's act in the present done in another document is reported, not
    # performed (cf. the performative *Amnesty International urges the court to X*)
    ("In its amicus brief, Amnesty International urges the court to apply the law in a "
     "manner that will not chill innovation and to reaffirm that developers should not be "
     "held liable.", "urges", "Amnesty International", "the court to apply the law in a "
     "manner that will not chill innovation and to reaffirm that developers should not be "
     "held liable", "indirect", "institution", "directive"),
    # the name given in a free relative is what was said (*what it called X*), so the
    # markers in it are the naming speaker's; an active verb takes no agent, so *by* with
    # the doers belongs to the name (the campaign's)
    ("The government rejected what it called a smear campaign by the opposition.", "called",
     "it", "a smear campaign by the opposition", "indirect", "institution", "neutral"),
    # a finite verb of speaking with a speaker as subject and no content in the parse
    ("The Poles announced this morning.", "announced", "The Poles", None, "indirect",
     "institution", "neutral"),
    ("Mr. Jones wrote again last week.", "wrote", "Mr. Jones", None, "indirect",
     "named_person", "neutral"),
    # a verb VerbNet lists only among verbs of communication, with a clause, reports
    # speech whatever its subject (a text: document)
    ("A pamphlet handed out at the rally claims that the mayor lied about the budget.",
     "claims", "A pamphlet", "the mayor lied about the budget", "indirect", "document",
     "distancing"),
    # a verb of advising: the object is who was told, the to-phrase what they were told
    ("The auditor alerted the board to the missing funds.", "alerted", "The auditor",
     "the missing funds", "indirect", "official_role", "neutral"),
    # a reply to words or to who spoke them is a speech act without a clause
    ("The ambassador was responding to the Foreign Ministry.", "responding", "The ambassador",
     None, "indirect", "official_role", "neutral"),
    # statistics report as documents do; data is lemmatised as datum
    ("Official statistics show that unemployment fell last year.", "show",
     "Official statistics", "unemployment fell last year", "indirect", "document",
     "endorsing"),
    ("Preliminary data show a rise in admissions.", "show", "Preliminary data",
     "a rise in admissions", "indirect", "document", "endorsing"),
    # call for / call on voice a demand whatever names who makes it
    ("The language of the resolution calls on both sides to return to talks.", "calls on",
     "The language of the resolution", "both sides to return to talks", "indirect",
     "document", "directive"),
    # the perfect is finite through its auxiliary
    ("The tenants have protested twice since the spring.", "protested", "The tenants", None,
     "indirect", "anonymous", "opposing"),
    # a negative verb's non-assertive object is the claim it rejects (not: denied them
    # any access)
    ("Secretary Powell has denied any U.S. role in the falsification.", "denied",
     "Secretary Powell", "any U.S. role in the falsification", "indirect", "named_person",
     "opposing"),
    # a partitive subject names its speakers by the noun after *out of*
    ("Nine out of ten experts said that the plan would fail.", "said",
     "Nine out of ten experts", "the plan would fail", "indirect", "anonymous", "neutral"),
    # a claim or question put to someone, and the briefing summary's reduced passive
    ("It was put to the minister that the plan had failed.", "put to", None,
     "the plan had failed", "indirect", "none", "neutral"),
    ("Put to him that the rhetoric had not matched the substance, the PMOS said no.",
     "Put to", None, "the rhetoric had not matched the substance", "indirect", "none",
     "neutral"),
    # a verb + object idiom with a possessor and a quantifier on its noun
    ("The envoys have regularly raised their serious concerns about the case.", "raised",
     "The envoys", "their serious concerns about the case", "indirect", "official_role",
     "neutral"),
    # a naming verb's object and complement read as a clause (a small clause)
    ("Officials denied it, calling claims by the opposition leader fully fabricated.",
     "calling", "Officials", "claims by the opposition leader fully fabricated", "indirect",
     "official_role", "neutral"),
    # a verb of saying that wants a clause, with an object that names a claim
    ("The broker-dealer admitted wrongdoing and paid a fine.", "admitted", "The broker-dealer",
     "wrongdoing", "indirect", "anonymous", "endorsing"),
    # a reporting verb coordinated with the cue across tenses, where the reported clause's
    # subject cannot speak (the parser put it inside the content)
    ("The group says this year's elections were calm, but expressed concerns about the roll.",
     "says", "The group", "this year's elections were calm", "indirect", "institution",
     "neutral"),
    # a zero that-clause after a verb of telling's addressee, read as a relative clause
    ("The defendants told consumers they had detected malware on their computers.", "told",
     "The defendants", "they had detected malware on their computers", "indirect",
     "anonymous", "neutral"),
    # a free relative and the name read as two objects
    ("The commission produced what it is calling further evidence of killings.", "calling",
     "it", "further evidence of killings", "indirect", "institution", "neutral"),
    # a verb of transferring a message with an abstraction as its object (VerbNet
    # transfer_mesg-37.1.1, first WordNet sense verb.communication)
    ("The Foreign Secretary has today outlined new action to hold Iran to account.",
     "outlined", "The Foreign Secretary", "new action to hold Iran to account", "indirect",
     "official_role", "neutral"),
    # mention in speech (WordNet 3.0 refer, sense 1)
    ("The Chancellor referred to his speech as an apologia.", "referred to",
     "The Chancellor", "his speech as an apologia", "indirect", "official_role", "neutral"),
    # members of a body by a quantifier's on-phrase; an inquiry's results report like a study
    ("Some on this Council claimed that the report was biased.", "claimed",
     "Some on this Council", "the report was biased", "indirect", "institution",
     "distancing"),
    ("Other tests revealed that ten transmitters failed.", "revealed", "Other tests",
     "ten transmitters failed", "indirect", "document", "endorsing"),
    # a speaker the parser hung on a fronted phrase as an apposition (also through the
    # speaker's own of-phrases, and on a conjoined object)
    ("In yesterday's Hansard, the President of the Board of Trade claimed that it failed.",
     "claimed", "the President of the Board of Trade", "it failed", "indirect",
     "official_role", "distancing"),
    ("Regarding Libya, the Secretary-General said that the United Nations understands.",
     "said", "the Secretary-General", "the United Nations understands", "indirect",
     "official_role", "neutral"),
    # an acronym the tagger took for a common noun is a name
    ("Asked about the inquiry, the PMOS suggested that there were many assumptions.",
     "suggested", "the PMOS", "there were many assumptions", "indirect", "official_role",
     "neutral"),
    # the contrast that continues the reported clause, hung on the cue by the parser
    ("Court documents say that rioters were being moved out, but Kumer remained.", "say",
     "Court documents", "rioters were being moved out, but Kumer remained", "indirect",
     "document", "neutral"),
    ("He said that the plan would work, but he left the room.", "said", "He",
     "the plan would work", "indirect", "named_person", "neutral"),
    # an emotive factive adjective's to-infinitive was done, by the adjective's subject
    ("The minister was pleased to report that power output hit a high.", "report",
     "The minister", "power output hit a high", "indirect", "official_role", "neutral"),
    # the quoting frame between a cue and its quotation
    ("They backed a statement which said, and I quote: \"We express grave concern.\"",
     "said", "a statement", "\"We express grave concern.\"", "direct", "document",
     "neutral"),
    ("The President said yesterday, quote, \u201cThe relationship between India and the "
     "United States has never been stronger and has never been better.\u201d", "said",
     "The President", "\u201cThe relationship between India and the United States has never "
     "been stronger and has never been better.\u201d", "direct", "official_role", "neutral"),
    # a verb of laying out a message with an abstract object (not: set out the chairs)
    ("The memorandum set out its position on ending the war.", "set out", "The memorandum",
     "its position on ending the war", "indirect", "document", "neutral"),
    # a speaker's utterance as the subject of a cue, which a document would be
    ("Our announcement made clear that over one billion pounds will be invested.",
     "made clear", "Our announcement", "over one billion pounds will be invested",
     "indirect", "document", "endorsing"),
    # a relative clause on an apposition: the named person speaks, not the description
    ("Jason Amerine, a colonel in the Army who has raised concerns to Congress, testified "
     "today.", "raised", "Jason Amerine", "concerns to Congress", "indirect", "named_person",
     "neutral"),
    # a participle of saying after a verb of quoting a person: the quoted person says it
    ("Media reports have cited his attorney saying the talks had failed.", "saying",
     "his attorney", "the talks had failed", "indirect", "official_role", "neutral"),
    ("He cited the report, saying it was flawed.", "saying", "He", "it was flawed",
     "indirect", "named_person", "neutral"),
    # an expressive speech act of a third party, reported (Searle 1976: condole)
    ("The Secretary-General extends his condolences to the families of the victims.",
     "extends his condolences", "The Secretary-General",
     "his condolences to the families of the victims", "indirect", "official_role",
     "neutral"),
]


@pytest.mark.parametrize("case", MUST_FIRE, ids=lambda c: f"{c[1]}: {c[0][:40]}")
def test_reporting_verb_rules_fire(nlp, case):
    _check(nlp, *case)


# (sentence, cue): no relation with this cue
MUST_NOT_FIRE = [
    ("The troops are massing on the border as we speak.", "speak"),  # a time
    ("So far as I can recall, nor did the minister.", "recall"),  # a scope
    ("We heard gunfire in the night.", "heard"),  # no as-clause
    # the infinitive of requiring or enabling need not happen (not the implicative force)
    ("The law restricts access by requiring them to verify their age.", "verify"),
    ("The rules require landlords to tell tenants about lead paint.", "tell"),
    ("The country must enable the Agency to assure the world that it is peaceful.",
     "assure"),
    # the means of a planned or deontic act is planned too
    ("The Council must play its role by calling for an end to hostilities.", "calling for"),
    # a quoted speaker's directive is no report either
    ('"The Supreme Court should clearly reaffirm those decisions," said the director.',
     "reaffirm"),
    # a discourse formula of the speaker's own wording (Quirk et al. 1985, 8.124, 8.137)
    ("We are not pleased with the vote. Having said that, we remain focused.", "said"),
    ("The suicide rate is unacceptable, to say the least.", "say"),
    # a counterfactual act was not done; a person found doing something is no finding
    ("Had you asked us, we would have set the record straight on this point.",
     "set the record straight"),
    ("They raided his compound and found him hiding in a mansion.", "found"),
    # data disclosed is released, not said (disclosed that X is)
    ("Employees improperly disclosed non-public information to the campaign.", "disclosed"),
    # supporting a person is helping, not a position taken
    ("The embassy did not do enough to support them when they were detained.", "support"),
    # supporting an act is help given to it (relief efforts, the work of the envoy)
    ("The minister thanked Japan for supporting the work of the envoy.", "supporting"),
    ("The government signed a contribution to support earthquake relief efforts.", "support"),
    # a speech event named by its occasion alone: a briefing's agenda item
    ("This morning, the Secretary-General spoke at the opening of the Summit.", "spoke"),
    # an infinitival relative on an indefinite pronoun offers speech, none made
    ("The spokesman said he had nothing to say about it.", "say"),
    ("We will have more to say on all of them in the coming days.", "say"),
    # a question to decide is open: nothing decided is reported
    ("The panel sent the case back to the trial court to determine whether the data can be "
     "made public.", "determine"),
    ("A federal court is poised to decide whether the government can use the data.",
     "decide"),
    ("We extend our condolences to their families.", "extend our condolences"),
    ("The Council takes the lead in determining the existence of a threat.", "determining"),
    ("The papers misrepresented the facts by neglecting to mention that the aid is small.",
     "mention"),
    ("The architect outlined the building in red ink.", "outlined"),
    ("Iran poses a threat to the region.", "poses"),
    ("The letter was sent to put formally on record that the two states agree.", "put"),
    ("He put the books on the shelf.", "put"),
    ("The government denied them any access to lawyers.", "denied"),
    ("They will discuss the budget tomorrow.", "discuss"),  # planned, not yet done
    ("The committee will meet on Friday to discuss the report.", "discuss"),
    ("The institute undertook a survey of the rivers.", "undertook"),  # no commitment
    ("The figures agree with our estimates.", "agree"),  # no speaker, no content
    ("The Secretary urged all member states to condemn the coup.", "condemn"),  # asked for
    ("We are encouraged to note that the talks resumed.", "encouraged"),  # an emotion
    ("If the members of parliament reject it, there will be another vote.", "reject"),
    ("The agency asked the court to freeze the assets and order the firm to stop.",
     "order"),  # a conjunct of the requested act
    ("These figures underscore the need for reform.", "underscore"),  # evidence, no speaker
    ("The mayor welcomed the visitors at the station.", "welcomed"),  # a reception
    ("Charities supporting the reconstruction met in Rome.", "supporting"),  # an activity
    ("Donors sent money to support the reconstruction.", "support"),  # a purpose
    ("Norway reiterates its commitment to the treaty.", "reiterates"),  # performative
    ("Norway stresses the importance of the treaty.", "stresses"),  # a stated attitude
    ("Norway continues to support the peace plan for the region.", "support"),
    ("The Council should respect and support the decision.", "support"),  # deontic
    ("The body was found by hikers near the lake.", "found"),  # not a message
    ("As demonstrated over the years, the system works.", "demonstrated"),  # no speaker
    ("The man who spoke left early.", "spoke"),  # the relative is the subject
    ("The team repeated the mistake of last season.", "repeated"),  # an act, not a message
    ("The gang committed a string of robberies.", "committed"),  # an act, not a pledge
    ("Korea is committed to supporting the fund.", "committed"),  # an adjective of resolve
    ("Korea is committed to supporting the fund.", "supporting"),  # an intended act
    ("We urge the parties to end the fighting and to commit to talks.", "commit"),  # asked
    ("The army called up reservists.", "called up"),  # not speech
    ("The volunteers cleared up the debris.", "cleared up"),  # [verbal]: a physical act
    ("The minister spoke on Monday.", "spoke on"),  # a date, not a topic
    ("The ministers heard the sirens from the street.", "heard"),  # a sound, no speaker
    ("We heard from the authorities.", "heard"),  # no message
    ("Sanctions deter aggression.", "deter"),  # no claim as object
    ("The waiters set out the chairs in the hall.", "set out"),  # not a message
    ("The company went public in 2010.", "went public"),  # a stock listing
    ("The water came clean after an hour.", "came clean"),  # no speaker, no content
    ("The rebels laid out mines along the road.", "laid out"),  # not a message
    ("The gang debunked the old shed.", "debunked"),  # [proposition]: not a claim
    ("Russian forces attacked at dawn.", "attacked"),  # [verbal] without content: an act
    ("Amnesty International urges the court to apply the law.", "urges"),  # performed
    # performed too: the in-phrase places the object, it names no document of the speaker's
    ("Tonga welcomes the recognition in the outcome document of the special needs of small "
     "island developing States.", "welcomes"),
    # the second of two requested acts, hung on a relative clause: asked for, not done
    ("In its amicus brief, Amnesty International urges the court to apply the law in a "
     "manner that will not chill innovation and to reaffirm that developers should not be "
     "held liable.", "reaffirm"),
    ("The envoy met the delegates, thanked the minister and left.", "thanked"),  # no clause
    ("The engineers continued testing and reporting.", "reporting"),  # a gerund, no content
    ("The announcement will help defend the freedom of Ukraine.", "defend"),  # to come
    ("He would be insulted if the spokesman started relaying his questions.", "relaying"),
    ("The ushers set out the chairs before the debate.", "set out"),  # a thing
    ("He was able to tell them what happened.", "tell"),  # ability, not an act done
    ("Algeria is pleased to note the positive developments.", "note"),  # a performative
    ("The ministry must be more open so that it can set out its role.", "set out"),  # ability
    ("The hotel offers private meeting rooms.", "offers"),  # no to-infinitive: not pledged
    ("The ambassador offered an apology for the incident.", "offered"),  # gives a thing
]


@pytest.mark.parametrize("sentence,cue", MUST_NOT_FIRE, ids=lambda v: str(v)[:40])
def test_reporting_verb_rules_do_not_fire(nlp, sentence, cue):
    relations = find_attributions(nlp(sentence), default_lexicon())
    assert cue not in [_text(sentence, r.cue) for r in relations]


def test_a_relative_adverb_is_not_the_reported_object(nlp):
    sentence = "In a world where anyone could say such a thing, trust would fail."
    relations = find_attributions(nlp(sentence), default_lexicon())
    contents = [_text(sentence, r.content) for r in relations]
    assert not any(c is not None and "world" in c for c in contents)


@pytest.mark.parametrize("cue,stance,tags,source", [
    ("discuss", "neutral", set(), "VN:chit_chat-37.6-1"),
    ("undertake", "directive", {"infinitive", "agentive"}, "WN:00888804"),
    ("offer", "directive", {"infinitive", "agentive"}, "WN:00871641"),
    ("underscore", "neutral", {"agentive"}, "WN:01014627"),
    ("advocate", "directive", {"agentive"}, "WN:00875159"),
    ("spell out", "neutral", {"agentive", "verbal"}, "WN:01005922"),
    ("shrug off", "opposing", {"agentive"}, "WN:00742167"),
    ("speak about", "neutral", set(), "VN:lecture-37.11-1"),
    ("commit", "directive", {"infinitive", "agentive"}, "LIT"),
    ("hear from", "neutral", {"from_source", "agentive"}, "WN:02107460"),
    ("debunk", "opposing", {"agentive", "proposition"}, "WN:00853213"),
])
def test_generated_verb_rows(cue, stance, tags, source):
    entry = cue_table(default_lexicon()).verbs[cue]
    assert (entry.stance, set(entry.tags), entry.source) == (stance, tags, source)


def test_agree_takes_a_to_infinitive_but_still_needs_content():
    entry = cue_table(default_lexicon()).verbs["agree"]
    assert {"clause", "infinitive"} <= entry.tags


STATE_CONDEMNS = """
Kamara 1 nsubj NNP PROPN Kamara
condemns 1 ROOT VBZ VERB condemn
the 3 det DT DET the
attack 1 dobj NN NOUN attack
. 1 punct . PUNCT .
Kamara 6 nsubj NNP PROPN Kamara
is 6 ROOT VBZ AUX be
small 6 acomp JJ ADJ small
. 6 punct . PUNCT .
"""


@pytest.mark.parametrize("second,expected", [
    # (a name outside the list of states, country_names: the entities decide)
    ("B-GPE", []),             # the parser's person in one sentence is a state in the next
    ("B-PERSON", ["condemns"]),  # a person throughout: a third party's present report
])
def test_a_state_named_elsewhere_in_the_text_performs_its_position(second, expected):
    ents = ["B-PERSON", "O", "O", "O", "O", second, "O", "O", "O"]
    doc = parsed(STATE_CONDEMNS, ents)
    assert _cues(doc) == expected


@pytest.mark.parametrize("text,expected", [
    # the purpose of a meeting: its agenda, no speech reported
    ("The Council met this afternoon to discuss a nerve-agent attack in Salisbury.", []),
    ("So many participating States gathered to talk about a set of issues.", []),
    ("He also met with members of the security forces to highlight their contributions.", []),
    # a verb of conversation that reports: finite, or with the proposition argued
    ("The Council discussed the attack this afternoon.", ["discussed"]),
    ("The lawyers went to court to argue that the order was unlawful.", ["argue"]),
])
def test_a_conversation_as_the_purpose_of_a_meeting_reports_nothing(nlp, text, expected):
    relations = find_attributions(nlp(text), default_lexicon())
    assert [_text(text, r.cue) for r in relations] == expected


def test_a_base_form_tagged_past_is_no_past():
    from toolkit.attribution.verbs import _past

    doc = parsed(WE_STRONGLY_CONDEMN)
    condemn = doc[3]
    assert condemn.tag_ == "VBD" and not _past(condemn)
    # and the writer's present act is a performative, not a report
    assert _cues(doc) == []


WE_STRONGLY_CONDEMN = """
We 3 nsubj PRP PRON we
also 3 advmod RB ADV also
strongly 3 advmod RB ADV strongly
condemn 3 ROOT VBD VERB condemn
the 5 det DT DET the
sentencing 3 dobj NN NOUN sentencing
. 3 punct . PUNCT .
"""


def test_a_past_spelt_as_the_base_form_stays_past():
    from toolkit.attribution.verbs import _past

    doc = parsed(THEY_SET_OUT)
    assert _past(doc[1])


THEY_SET_OUT = """
They 1 nsubj PRP PRON they
set 1 ROOT VBD VERB set
out 1 prt RP ADP out
the 4 det DT DET the
plan 1 dobj NN NOUN plan
. 1 punct . PUNCT .
"""


def _by_cue(nlp, text: str) -> dict:
    """The text's relations keyed by their cue's text."""
    return {_text(text, r.cue): r for r in find_attributions(nlp(text), default_lexicon())}


def test_a_past_verb_after_an_infinitive_is_coordinated_with_the_cue(nlp):
    """The parser hangs *called for* on the infinitive *to stop*; a past verb cannot be its
    conjunct, so it is the cue's: reported, with the cue's speaker."""
    text = ("He urged the international community to stop the expansion and called for a "
            "consensual solution.")
    relations = _by_cue(nlp, text)
    assert _text(text, relations["called for"].source) == "He"
    assert relations["called for"].stance == "directive"


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("They strongly opposed any attempts to downplay the Council's role.", "opposed",
     "any attempts to downplay the Council's role"),
    ("The minister ridiculed the idea of a referendum.", "ridiculed",
     "the idea of a referendum"),
])
def test_opposing_a_proposal_is_a_position(nlp, text, cue, content):
    relations = _by_cue(nlp, text)
    assert _text(text, relations[cue].content) == content
    assert relations[cue].stance == "opposing"


def test_a_finite_cue_without_a_subject_in_the_parse_is_still_a_speech_act(nlp):
    """The operative clauses of a report or a resolution under a heading: a past or a
    third-person present has a speaker even where the parse gives it no subject."""
    text = ("The Committee:\n\ncalls upon the Government to publish its plan;\n\n"
            "deplores the delay in the inquiry.")
    relations = _by_cue(nlp, text)
    assert _text(text, relations["calls upon"].content) == "the Government to publish its plan"
    assert relations["calls upon"].stance == "directive"
    assert _text(text, relations["deplores"].content) == "the delay in the inquiry"


@pytest.mark.parametrize("text", [
    "Troops opposed the advance of the rebels.",  # a physical act, no position
    "The protests showed that the government had lost support.",  # evidence, not speech
    "The timing of the move suggests that the vote was rigged.",  # suggest: also evidence
    "The storm claimed three lives on the coast.",  # claim without a clause: no speech
    "The situation calls for restraint on all sides.",  # a state requires, says nothing
    "This moment calls for courage.",
    "The police responded to the incidents within minutes.",  # a response to events
])
def test_no_speech_act(nlp, text):
    assert not find_attributions(nlp(text), default_lexicon())


def test_an_expressive_idiom_reports_what_is_expressed_to_whom(nlp):
    text = "The Secretary-General extended his deep condolences to the victims' families."
    relations = find_attributions(nlp(text), default_lexicon())
    assert [(_text(text, r.source), _text(text, r.content)) for r in relations] == [
        ("The Secretary-General", "his deep condolences to the victims' families")]


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("He had regularly attended demonstrations calling for the release of prisoners.",
     "calling for", "demonstrations"),
    ("Thousands joined protests demanding his resignation.", "demanding", "protests"),
])
def test_a_protest_voices_its_demand(nlp, text, cue, source):
    relations = _by_cue(nlp, text)
    assert _text(text, relations[cue].source) == source
    assert relations[cue].source_type == "anonymous"


@pytest.mark.parametrize(("text", "cue", "content", "second", "second_source"), [
    # a verb of showing goes on with the reported clause's subject, not with the cue
    ("The delegate said the survey was accurate and showed that in rural areas child labour "
     "is still a serious problem.", "said", "the survey was accurate and showed that in "
     "rural areas child labour is still a serious problem", "showed", "the survey"),
    # a named speaker of the reported clause goes on speaking in the past
    ("The ambassador said Norway deplored all attacks on aid workers and condemned the "
     "shelling of the clinic.", "said", "Norway deplored all attacks on aid workers and "
     "condemned the shelling of the clinic", "condemned", "Norway"),
])
def test_a_conjunct_of_the_reported_clause_stays_in_it(nlp, text, cue, content, second,
                                                       second_source):
    relations = _by_cue(nlp, text)
    assert _text(text, relations[cue].content) == content
    assert _text(text, relations[second].source) == second_source


@pytest.mark.parametrize(("text", "second"), [
    # a second speech act goes on with the cue, after a pronoun that is the speaker again
    ("The charity said it was appalled by the verdict and urged the court to reconsider.",
     "urged"),
    # ... and after a document, which does not act
    ("The agency told the committee that the new law has strengthened its powers, and "
     "called for its renewal.", "called for"),
])
def test_a_second_speech_act_goes_on_with_the_cue(nlp, text, second):
    relations = _by_cue(nlp, text)
    first = next(r for c, r in relations.items() if c in ("said", "told"))
    assert second not in _text(text, first.content)
    assert _text(text, relations[second].source) == _text(text, first.source)


# (sentence, cue, source, content, kind, source_type, stance)
COMMENT_CLAUSES = [
    # a verb of saying that wants a clause, in a comment clause inside the clause it reports
    ("The reforms proposed by the panel, the minister concluded, were modest but overdue.",
     "concluded", "the minister", "The reforms proposed by the panel, the minister concluded, "
     "were modest but overdue", "according_to", "official_role", "neutral"),
    # a speaker going on: continue as a comment clause, with a that-clause or a quotation
    ("The budget rests on three optimistic forecasts, the senator continued.", "continued",
     "the senator", "The budget rests on three optimistic forecasts", "indirect",
     "official_role", "neutral"),
    ("The envoy continues that the ceasefire must hold.", "continues", "The envoy",
     "the ceasefire must hold", "indirect", "official_role", "neutral"),
    # the speaker of a split quotation is outside it, also after a catenative verb
    ('"The treaty", she went on to say, "must be ratified this year."', "say", "she",
     '"The treaty", she went on to say, "must be ratified this year."', "direct", "named_person",
     "neutral"),
]


@pytest.mark.parametrize("case", COMMENT_CLAUSES, ids=[c[1] for c in COMMENT_CLAUSES])
def test_comment_clauses_report_the_clause_they_are_set_in(nlp, case):
    _check(nlp, *case)


@pytest.mark.parametrize("text", [
    "The talks continued for three hours.",
    "The minister continued to defend the plan.",
    "The government continues to be deeply concerned about the situation.",
])
def test_continue_is_no_cue_outside_a_comment_clause(nlp, text):
    assert "continue" not in [c.lower().rstrip("ds") for c in _by_cue(nlp, text)]


NAMING = [
    # the object and its complement read as two objects
    ("Calling the new minister a man of honour, the envoy said the talks would go on.",
     "Calling", "the envoy", "the new minister a man of honour", "indirect", "official_role",
     "neutral"),
    # a quoted adjective after the object
    ('The spokeswoman called the remarks "unfortunate and incorrect."', "called",
     "The spokeswoman", 'the remarks "unfortunate and incorrect."', "indirect",
     "official_role", "neutral"),
]


@pytest.mark.parametrize("case", NAMING, ids=[c[0][:20] for c in NAMING])
def test_naming_a_thing_says_what_it_is(nlp, case):
    _check(nlp, *case)


def test_two_objects_of_giving_are_no_naming(nlp):
    assert not _by_cue(nlp, "The minister gave the boy an apple.")


def test_an_idiom_object_that_a_relative_clause_modifies(nlp):
    """*raise an issue* with the issue as the antecedent of the relative clause: the
    speaker raised it (the verb alone is the cue)."""
    text = "The embassy never answered the issues that the families raised."
    relation = _by_cue(nlp, text)["raised"]
    assert _text(text, relation.source) == "the families"
