"""Reporting verbs: active, passive, parenthetical and *as*-clause cues.

A reporting verb of the cue lexicon with its subject (or passive agent) as the source and
its clausal complement, object or prepositional complement as the content, including the cue
after the clause (*..., the spokesman said*), the parenthetical cue (*The plan, officials
said, will fail*: kind ``according_to``), passives (*it was reported that*, *endorsed by the
resolution*; *we are told*: the addressee is not the content), participial modifiers (*a
statement cited by Xinhua*), *as I said* adjuncts, controlled infinitives and gerunds (*came
forward to accuse*, *criticised X for suggesting*, *quoted X as saying*), coordinated cues
(*claimed X and asked Y*: one source), verb + object idioms (*set the record straight on X*,
*give evidence*; Moon 1998), subjects extracted from the reported clause (*a man who police
say was armed*), the possessor of a noun of trying (*the regime's efforts to spread lies*),
agentless findings (*has been found to*, *is known to*: no source), coordinated passives
sharing subject and agent (*recognised and condemned by X*), a message said by a speaker
(*the plan, which was articulated by X*), a relative clause whose object is its noun (*the
examples I mentioned*), a say verb's message object (*voiced concern*), an endorsing
position on an abstraction (*welcomed the establishment of X*), a that-clause the parser
hangs on the cue's adjunct (*alleging without evidence that X*), phrasal verbs of speaking
and talk verbs with their topic (*spelled out X*, *spoke in Geneva about X*), commissive
*commit (oneself) to*, *hear from X* (the from-phrase is the speaker), verb + adjective idioms
(*went public about X*), and presenting a message (*set out its plans*: ``[message]``).

Not attributions (MARKERS.md): belief and knowledge verbs (``[not_speech]``), the writer's
performatives (*We condemn*, *I urge*: first person, not past) and a quoted speaker's
present-tense ones, a state's present-tense position or attitude (*Nepal condemns*,
*Egypt stresses the need for*), negated, wished-for, planned, requested or hypothetical
speech (*didn't mention*, *without saying*, *wanted to say*, *will discuss*, *urged X to
condemn*, *if they reject it*), deontic modals (*must be rejected*, *should respect and
support*), imperatives and generic infinitives
(*it is difficult to deny*), generic *you*, events and facts that "show" or "remind"
(``[agentive]`` cues need a speaker), physical senses of verbal-act verbs (``[verbal]``),
decisions acting on an object (a court that *dismissed the case*), references (*the
activities described in section 5*).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..markers.boosters import FINDING_VERBS, shows_itself
from ..markers.intensifiers import (
    is_abstract_noun,
    verb_senses,
    wordnet_abstract_nouns,
    wordnet_noun_lexfiles,
)
from ..markers.rules import FINITE_TAGS, next_token
from .cues import CueEntry, learned_entry
from .plumbing import (
    _char_range,
    _Draft,
    _inside,
    _is_passive,
    _mandative,
    _negated,
    _questioned,
    _subject,
    _to_infinitive,
)
from .sources import (
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    INSTITUTION_NOUNS,
    PLURAL_PERSONAL,
    PROTEST_NOUNS,
    QUANTIFIERS,
    RELATIVE,
    SINGULAR_PERSONAL,
    UTTERANCE_SOURCES,
    classify_source,
    country_name,
    head_noun,
    is_speaker,
    resolve_pronoun,
    source_span,
    wordnet_text_nouns,
)
from .verb_contents import (
    _VERB_MEDIUMS,
    ADDRESSEE_VERBS,
    INDIRECT_QUESTION_VERBS,
    MESSAGE_LEXFILES,
    PARTICIPIAL_ADJECTIVES,
    PERSONAL_OBJECTS,
    PROPOSITION_NOUNS,
    RECIPIENT_VERBS,
    VerbContentRules,
    _comment_clause,
    _comment_with_host_rest,
    _free_relative_name,
    _inverted_speaker,
    _is_relative,
    nonassertive,
)

#: verbs of preventing (VerbNet 3.4 forbid-64.4: *bar, prohibit, prevent, ban, stop*; with
#: restrain, enjoin, deter): the act of their from-phrase is forbidden, not done
PREVENTING_VERBS = frozenset("""
bar ban prohibit prevent stop forbid preclude block keep exclude restrain enjoin deter
""".split())
#: nouns of time: a for-phrase on them is a duration or an occasion, not a reason
TIME_NOUNS = frozenset("time times day days week weeks month months year years hour hours "
                       "minute minutes moment moments decade decades era while".split())
#: legal filings: the subject of a request to a court (*the complaint seeks*, *papers seeking
#: review*; Garner 2019, Black's Law Dictionary, s.v. pleading, motion, petition)
LEGAL_FILINGS = frozenset("""
complaint lawsuit suit papers motion petition brief filing application appeal pleading
""".split())
#: what a court orders or grants, asked for by a party (*seeking an injunction, a court
#: order, a declaration, civil penalties, damages*; Garner, Black's Law Dictionary: remedy,
#: relief)
COURT_ORDERS = frozenset("""injunction order writ subpoena declaration damages penalty
penalties relief restitution judgment judgement dismissal postponement continuance""".split())
#: speech acts that a request asks of its addressee (*sought a retraction from the paper*):
#: asking for a speech act is one (Searle 1976: directives)
REQUESTED_SPEECH = frozenset("retraction apology clarification correction".split())
#: what a party moves a court to do (*moved to dismiss, moved to quash the subpoenas*): the
#: motions of civil and criminal procedure (Garner, Black's Law Dictionary: motion)
LEGAL_MOTIONS = frozenset("""dismiss quash intervene compel suppress vacate enjoin unseal
sever stay transfer remand exclude disqualify""".split())
#: verbs of verb + object idioms whose noun names what is put forward (*raise the matter,
#: raise a point of order, table a motion, put a question, pose a question*; Moon 1998): the
#: noun phrase is the content and the verb alone the cue, as the annotators mark them
MESSAGE_IDIOM_VERBS = frozenset("raise table put pose".split())
#: courts addressed by a request (*approached the courts seeking X*)
COURTS = frozenset("court judge tribunal".split())
#: deontic modals: the cue is what the writer wants done (*must be rejected*)
DEONTIC = frozenset({"must", "should", "shall", "ought"})
#: modals of possibility: an agentless passive under them is the writer's own hedged
#: wording (*what could be described as*, *it might be said*), not a report
EPISTEMIC_MODALS = frozenset({"could", "might", "may", "can"})
#: verbs of wanting or failing: speech under them did not happen (*wanted to say*); among
#: them the negative implicative verbs of Karttunen (1971), such as *fail, neglect, forget*,
#: and *omit* like them (*neglecting to mention that X*: nothing was said); and verbs of
#: requiring and enabling, whose infinitive need not happen (*requiring them to verify
#: their age*, *enable the Agency to assure the world*; unlike the implicative *force*)
NON_FACTUAL_HEADS = frozenset("""
want wish intend try hope plan like love need refuse fail seek attempt decline dare forget
permit allow stop cease avoid refrain neglect omit require enable empower authorize authorise
mandate
""".split())
#: discourse formulas built on *say* or *speak*, conjuncts and style disjuncts of the
#: speaker's own wording, set off by punctuation (Quirk et al. 1985, 8.124 and 8.137): no
#: report (*Having said that, we will go on*; *unacceptable, to say the least*)
DISCOURSE_FORMULAS = re.compile(
    r"\b(?:having said (?:that|this)|that said|that being said|needless to say|"
    r"suffice(?: it)? to say|to say the least|so to speak|it goes without saying)"
    r"(?=\s*(?:[,;:.!?)—–-]|$))", re.IGNORECASE)
#: verbs of taking a side that mean helping when a person is their object (*the Embassy did
#: not do enough to support them*)
HELPING_VERBS = frozenset({"support"})
#: indefinite pronouns that an infinitival relative of speech modifies (*nothing to say*,
#: *something to add*, *more to say*)
INDEFINITE_PRONOUNS = frozenset("nothing anything something everything much little more "
                                "less".split())
#: the objects that name what a verb of saying without its clause said (*admitted
#: wrongdoing, repeated the allegations*): the claims of :data:`PROPOSITION_NOUNS`, not the
#: facts a verb of finding establishes (*determined the existence of a threat*)
CLAIMED_NOUNS = PROPOSITION_NOUNS - {"existence", "fact", "notion", "idea"}
#: verbs of evidence (*show, demonstrate, prove*): they report only where a text is the
#: source (*the report shows*, *studies prove*; MARKERS.md); a person's, a state's or a
#: people's deeds that show something are no report (*Russia has shown it is willing*)
EVIDENTIAL_VERBS = frozenset("show demonstrate prove".split())
#: verbs of reaching a finding (the boosters' list, and *find, discover*): with the writer as
#: subject (*we found that*, *we concluded that*) a factive booster, never a report of the
#: writer's speech (MARKERS.md factives)
WRITER_FINDING_VERBS = FINDING_VERBS | {"find", "discover"}
#: verbs of deciding a question: with an indirect question (*to determine whether X*, *the
#: court will decide if X*) the question is open, and nothing decided is reported
DECIDING_VERBS = WRITER_FINDING_VERBS | {"decide", "rule", "ascertain", "judge", "assess"}
#: a people or the public as a whole (an actor, not a reporter)
COLLECTIVE_NOUNS = frozenset("people peoples world public population nation citizen "
                             "citizens country".split())
#: opposing verbs whose abstract object is a position taken against it (*strongly opposed
#: any attempts to downplay the role, ridiculed the reform*), as *support* is one for it; not
#: the verbs of a physical attack (*attacked, hit, blasted the convoy*)
OPPOSING_POSITIONS = frozenset({"oppose", "deride", "mock", "ridicule", "scorn", "belittle",
                                "castigate", "assail"})
#: relative pronouns that stand for a relative clause's antecedent
RELATIVE_OBJECTS = frozenset("who whom which that".split())
#: the objects that make a figurative verb a verbal act (*slammed the tariffs*, *threatened
#: litigation*): policies, proposals, texts and legal actions, and words that carry claims
#: (*peddled fiction, talking points*)
VERBAL_OBJECTS = frozenset("""
plan plans policy policies proposal proposals decision decisions bill bills law laws tariff
tariffs report reports remark remarks comment comments statement statements speech idea ideas
move deal agreement rule rules ruling verdict budget reform reforms measure measures
litigation lawsuit suit sanctions sanction action retaliation consequences strike veto
resignation boycott impeachment investigation probe argument arguments theory theories
narrative record response approach stance position view views vote handling solution
initiative initiatives candidate candidacy candidature nominee resolution resolutions treaty
accord motion amendment legislation ban call demand demands request idea plan programme
program agenda strategy regulation order project effort efforts cause
fiction fictions myth myths falsehood falsehoods rhetoric propaganda disinformation
misinformation point points
""".split())
#: determiners of a speaker's own position (*Tonga reiterates its concern*, *our position*)
OWN_POSSESSIVES = frozenset({"its", "our"})
#: particles the parser may tag as adverbs (*hit back at*, *lashed out*)
PARTICLE_ADVERBS = frozenset("back out up down off".split())
#: verbs that also decide (a court *dismissed the case*, *rejected the appeal*) and the legal
#: proceedings they then act on: a decision acting on an object, not an attribution
#: (MARKERS.md: *vetoed the bill, struck down the law*), unless an *as* phrase gives the
#: speaker's verdict (*dismissed the charges as political*)
DECISION_VERBS = frozenset("""
dismiss reject deny uphold overturn accept approve grant quash throw
""".split())
#: deciders: a court or its officers (the defendant who *denied all charges* speaks)
JUDICIAL = frozenset("""
court courts judge judges tribunal magistrate justice justices jury panel prosecutor
prosecutors prosecution
""".split())
LEGAL_PROCEEDINGS = frozenset("""
case lawsuit suit appeal petition charge complaint motion application claim request bail
settlement plea judgment judgement decree injunction verdict sentence
""".split())
#: verbs of disposing of a proceeding (*the judge dismissed the case*, *the suit was thrown
#: out*): with a court, a judge or a prosecutor as actor, a decision whatever its object
DISMISSAL_VERBS = frozenset("dismiss quash throw".split())
#: proceedings that only a decider disposes of (not charges or claims, which a speaker may
#: dismiss as untrue: *he dismissed the charges*)
PROCEEDINGS_ONLY = frozenset("case lawsuit suit appeal petition complaint motion application "
                             "injunction".split())
#: verbs of a court's order (Levin 1993, 37.4 order verbs): a judge who *ordered the firm to
#: pay refunds* decides and acts, reporting no proposition
COURT_ORDER_VERBS = frozenset("order direct require enjoin".split())
#: aspectual catenative verbs with a to-infinitive (*continues to support*):
#: the infinitive's act has the tense of the aspectual verb
ASPECTUAL_VERBS = frozenset({"continue"})


#: the verbs of VerbNet advise-37.9 that the lexicon tags ``[infinitive]`` whose passive
#: can have a topic instead (*were briefed on the issue*, *was alerted to the risk*)
ADVISING_VERBS = frozenset({"brief", "alert"})
#: verbs of attempting, whose to-infinitive is done when they are (*tried to claim that X*)
ATTEMPT_VERBS = frozenset({"try", "attempt"})
#: verbs of ascribing a deed, words or blame to someone (WordNet 3.0 attribute, ascribe,
#: impute): in the passive, what is ascribed is the subject (*the attack was attributed to X*)
ASCRIBING_VERBS = frozenset({"attribute", "ascribe", "impute"})
#: verbs of agreeing (WordNet 3.0 agree 1 'be in accord', consent 'give permission'): with an
#: on- or to-object they take a public position on it (*the delegations agreed on a
#: timetable*, *the board agreed to the union's request*; MARKERS.md), as *supported the
#: bill* does
AGREEING_VERBS = frozenset({"agree", "consent"})
#: verbs by which a document presents what it found (*the report shows, demonstrates,
#: reveals, found X*); not the factives whose object is made or proved rather than found
#: (*the resolution establishes a pathway*, *documents proving its registration*)
EVIDENCE_VERBS = frozenset({"show", "demonstrate", "reveal", "find"})
#: auxiliaries of the future: a speech act announced for later has not happened (*will
#: discuss*, *will travel to X to underscore*), like wished-for speech (NON_FACTUAL_HEADS)
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "wo"})
#: verbs of conversation (VerbNet 3.4 chit_chat-37.6 with its subclass argue, debate, discuss,
#: and talk-37.5): as the purpose of a meeting they name its topic, no act of speech
CONVERSATION_VERBS = frozenset("""
chat chatter chitchat confer converse flirt gab gossip jest joke palaver rap schmooze yak
argue debate discuss speak talk
""".split())
#: verbs of meeting (VerbNet 3.4 meet-36.3-1 and herd-47.5.2, of people): the to-infinitive of
#: their purpose is the meeting's agenda (met them to highlight X), no act of speech
MEETING_VERBS = frozenset("""
meet visit consult deliberate reunite assemble congregate convene gather reconvene huddle
""".split())


#: adverbs of frequency (Quirk et al. 1985, 8.63-8.64): with them the simple present tells a
#: habit, which a performative never is
HABITUAL_ADVERBS = frozenset("""regularly often frequently repeatedly routinely always usually
constantly continually consistently habitually typically sometimes systematically
""".split())

#: personal pronouns, as subjects (a clause of the speaker's own, not of what was said)
PERSONAL_SUBJECTS = SINGULAR_PERSONAL | PLURAL_PERSONAL | FIRST_PERSON

#: the parts of a text a cross-reference points to (*described in section 5, set out in
#: paragraph 3 of the annex*)
TEXT_PARTS = frozenset("""section subsection paragraph subparagraph article annex appendix
chapter clause page schedule part column footnote""".split())


#: quantifiers that stand for people when they head a speaker's phrase with no noun
#: (Quirk et al. 1985, 5.22, 6.51: *most of the delegations urged X*, *some of them said*):
#: the source rules' quantifiers and *others*, not *one*, *none*, *any* or the noun *number*
PEOPLE_QUANTIFIERS = QUANTIFIERS - {"one", "none", "any", "number"} | {"others"}


#: bodies that speak through their reports (a parliamentary or inquiry committee): their
#: present-tense acts are the report's findings, reported, never the statement's own
#: performative (*the Committee recommends that*, *the Committee expresses disappointment*)
REPORTING_BODIES = frozenset({"committee", "subcommittee"})


def _names_a_person(token: Token) -> bool:
    """An object pronoun of a person or a person's name (*attacked him, praised Smith*): the
    object that makes a verb of judging a verbal act."""
    return token.lower_ in ("me", "him", "her", "us", "them") or (
        token.ent_type_ == "PERSON" and token.pos_ == "PROPN")


def _quantified_people(source: Token) -> bool:
    """A quantifier or a number (not *one*, not a date, sum or share) that heads the subject
    with no noun of its own: people, when it stands alone (*many objected*, *the three
    discussed X*) or its partitive phrase names speakers or a count (*nine of the twelve
    urged X*, *some of the delegates*)."""
    if source.pos_ in ("NOUN", "PROPN") or any(c.dep_ == "relcl" for c in source.children):
        return False
    lemma = source.lemma_.lower()
    number = source.pos_ == "NUM" and source.ent_type_ in ("", "CARDINAL") and \
        lemma not in ("one", "1")
    if lemma not in PEOPLE_QUANTIFIERS and not number:
        return False
    for prep in source.children:
        if prep.dep_ == "prep":
            objects = [g for g in prep.subtree if g.dep_ == "pobj"]
            return bool(objects) and (is_speaker(objects[0]) or objects[0].like_num or
                                      objects[0].lower_ in ("them", "us", "you", "those"))
    return True


def _uttered(source: Token) -> bool:
    """A speaker's utterance as the subject of a cue (*our announcement made clear that*): a
    noun of :data:`UTTERANCE_SOURCES` with a possessor."""
    return source.pos_ == "NOUN" and source.lemma_.lower() in UTTERANCE_SOURCES and any(
        c.dep_ == "poss" for c in source.children)


def _speech_verb_with_clause(token: Token) -> bool:
    """A verb of communication by both WordNet 3.0 (its first sense) and VerbNet 3.4 (only
    class 37: *claim, allege, insist*) with a clause of its own: it reports speech whatever its
    subject (*the leaflet claims that*, *a website alleging that*), where *suggest* or
    *indicate* may be said of evidence (*the timing suggests that*) and *remind* of a fact
    (its first sense is cognition). Kipper-Schuler (2005); Levin (1993), 37."""
    first, _, classes = verb_senses(token.lemma_.lower())
    return first == "verb.communication" and bool(classes) and all(
        c.split("-")[1].split(".")[0] == "37" for c in classes) and any(
        c.dep_ == "ccomp" or c.dep_ == "xcomp" and _to_infinitive(c) for c in token.children)


def _abstraction_not_message(noun: Token) -> bool:
    """A common noun whose first WordNet 3.0 sense is an abstraction other than a message
    (:func:`~.intensifiers.wordnet_noun_lexfiles`: *situation, incident, pressure*), which
    requires or provokes rather than speaks; not *request, statement*, nor a noun WordNet
    files elsewhere (a person, a body, a text)."""
    return noun.pos_ == "NOUN" and wordnet_noun_lexfiles().get(
        noun.lemma_.lower(), "communication") != "communication"


def _call_for(entry: CueEntry, source: Token) -> bool:
    """*call for, call on, call upon* (the directive phrasal verbs of the cue lexicon) voice
    a demand whatever names who makes it (*the union called on the board to resign*, *the
    code calls for prison terms*, *nine of the twelve called for a recount*); not
    where a state of affairs "calls for" what it requires (*the situation calls for
    restraint*): :func:`_abstraction_not_message`, or a time."""
    if entry.cue not in ("call for", "call on", "call upon"):
        return False
    return not (_abstraction_not_message(source) or source.pos_ == "NOUN" and (
        source.lemma_.lower() in TIME_NOUNS or source.ent_type_ in ("DATE", "TIME")))


def _orphan_subject(token: Token) -> Token | None:
    """The subject of a finite cue the parser left without one (*The network, whose lawyers
    took the case, said X*; *the chair of the union's board told reporters that X*): the
    nearest speaker before the cue in its sentence that heads a noun phrase of its own, not
    the object of a verb or a preposition, not a possessor, a modifier or a conjunct, and not
    inside a relative or a subordinate clause; not a relative pronoun, nor an *it* after the
    sentence's first word (an expletive). None where there is none (*calls upon the
    Government to X* under a heading)."""
    for candidate in reversed(token.doc[token.sent.start:token.i]):
        if candidate.pos_ not in ("NOUN", "PROPN", "PRON") or candidate.dep_ in (
                "pobj", "dobj", "poss", "compound", "amod", "nmod", "npadvmod", "attr",
                "appos", "conj") or any(a.dep_ in ("relcl", "acl", "pobj", "csubj", "advcl")
                                        for a in candidate.ancestors if a.i < token.i):
            continue
        if (candidate.lower_ in RELATIVE or candidate.lower_ == "it") and candidate.i != \
                token.sent.start:
            continue
        return candidate if is_speaker(candidate) else None
    return None


def _agreed_on(token: Token, source: Token | None) -> Token | None:
    """The object of a verb of :data:`AGREEING_VERBS` whose subject is a speaker other than
    the writer (*the delegations agreed on a timetable*, *the board agreed to the union's
    request*): a noun phrase after *on* or *to*, not a time (*agreed on Monday*); the writer's
    own *I agree with X* is performed in the text itself, and *agree with* a person is
    accord, not a position taken."""
    if token.lemma_.lower() not in AGREEING_VERBS or source is None or \
            source.lower_ in FIRST_PERSON or not is_speaker(source) or \
            token.tag_ not in ("VBD", "VBN", "VBZ") or any(
                c.dep_ in ("ccomp", "xcomp", "neg") for c in token.children):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "to"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and \
                        obj.lemma_.lower() not in TIME_NOUNS and obj.ent_type_ not in (
                            "DATE", "TIME"):
                    return obj
    return None


def _document_finding(token: Token, source: Token | None) -> Token | None:
    """The noun object of a verb of :data:`EVIDENCE_VERBS` whose subject is a document or a
    text (*the audit found serious failures*, *the survey shows a fall in X*, *it
    demonstrates X* of a report named before): what the document reports (MARKERS.md: *the
    report found*, *studies show*), as a that-clause would be. ``source``: the resolved
    subject (its word or its lemma: the tagger lemmatises *data* as *datum*)."""
    if token.lemma_.lower() not in EVIDENCE_VERBS or source is None or not (
            {source.lemma_.lower(), source.lower_} & (DOCUMENT_NOUNS - {"result", "results"})
            or _text_source(source)) or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None  # (not results: outcomes, WordNet 3.0 result 1, that show as facts do; not
        # a purpose: the bill lifts them up to find work)
    objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    return objects[0] if objects and not any(
        c.dep_ in ("ccomp", "xcomp", "oprd") for c in token.children) else None


def _told_about(token: Token) -> Token | None:
    """The topic of a passive of advising, whose subject is the one told and whose
    *on/about/of/to* phrase is what they were told (*the committee was briefed on the plan*,
    *the regulator was alerted to the leak*; VerbNet advise-37.9: recipient + topic):
    a report without a source, as *was informed of* is (MARKERS.md: passives of reporting
    verbs). None for another verb or without such a phrase."""
    return _topic(token, ("on", "about", "of", "to")) \
        if token.lemma_.lower() in ADVISING_VERBS else None


def _topic(token: Token, prepositions: tuple[str, ...]) -> Token | None:
    """The object of the first of ``token``'s prepositional phrases headed by one of
    ``prepositions``: what the speech was about (*briefed the Council on the crisis*)."""
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ in prepositions
                 for g in c.children if g.dep_ == "pobj"), None)


def _attempted(token: Token) -> bool:
    """A speech act its speaker tried to make (*the party is trying to portray itself as X*,
    *tried to claim that X*, *a statement attempting to refute the charges*): the
    to-infinitive of *try* or *attempt*, which is itself done (finite, perfect, progressive or
    a participle), not negated, and under no modal; an attempt to say something says it, where
    a wish or a plan to (*wants to say*, *would not try to characterise*) does not."""
    head = token.head
    if head.lemma_.lower() not in ATTEMPT_VERBS or not _to_infinitive(token) or \
            _negated(head) or _to_infinitive(head):
        return False
    auxiliaries = [c for c in head.children if c.dep_ == "aux"]
    if any(c.tag_ == "MD" for c in auxiliaries):
        return False  # would try to, will try to: not (yet) done
    return head.tag_ in ("VBD", "VBZ", "VBP") or head.tag_ == "VBN" and any(
        c.lemma_ == "have" for c in auxiliaries) or head.tag_ == "VBG" and (
        any(c.lemma_ == "be" for c in auxiliaries) or head.dep_ == "acl")


def _text_source(source: Token) -> bool:
    """A text as the subject of a cue (*an email claiming that*, *the memo shows that*): a
    common noun of :func:`~.sources.wordnet_text_nouns`. Like a document it reports
    (MARKERS.md: documents are sources), where a fact or an event proves."""
    return source.pos_ == "NOUN" and source.lemma_.lower() in wordnet_text_nouns()


def _noun_tagged_verb(token: Token) -> bool:
    """A verb the tagger read as a noun: a noun form that heads a clause with a subject of
    its own (*The Committee comments that X*, *the papers further report that X*)."""
    return token.tag_ in ("NN", "NNS") and token.dep_ in ("ROOT", "ccomp", "conj") and any(
        c.dep_ == "nsubj" for c in token.children)


def _planned(token: Token, modals: frozenset[str] = FUTURE_AUXILIARIES) -> bool:
    """Whether the verb is in the future (or under one of ``modals``), itself or through the
    verb whose to-infinitive or conjunct it is (*will meet officials to discuss*, *will meet
    them and discuss*; *must work to support*, *should respect and support*), or whose means
    it is (*must play its role by calling for X*)."""
    t = token
    for _ in range(6):
        auxiliaries = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in modals for c in auxiliaries):
            return True
        infinitive = any(c.lower_ == "to" for c in auxiliaries)
        if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ == "by" and \
                t.head.dep_ == "prep" and t.head.head != t.head:
            t = t.head.head  # must play its role by calling for X: the means of a planned act
            continue
        if t.head == t or not (t.dep_ in ("xcomp", "advcl") and infinitive
                               or t.dep_ == "xcomp" and t.tag_ == "VB"  # will help defend
                               or t.dep_ == "conj" and not auxiliaries and t.tag_ == "VB"):
            return False
        t = t.head
    return False


def _conditional(token: Token) -> bool:
    """Whether the verb is in a conditional clause (*if the members reject it*, *unless
    they agree*; Quirk et al. 1985, ch. 15): a hypothetical speech act, not a report."""
    t = token
    while t.dep_ == "xcomp" and t.head != t:
        t = t.head  # if the spokesman started relaying X
    if t.dep_ == "conj" and not any(c.dep_ == "mark" for c in t.children):
        t = t.head
    return t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                     for c in t.children)


def _barred(token: Token) -> bool:
    """Whether the verb is the act a verb of preventing forbids (*prohibits the recipient
    from revealing X*, *barred them from denying it*; VerbNet forbid-64.4): not done, like an
    act asked for."""
    return token.dep_ == "pcomp" and token.head.lower_ == "from" and \
        token.head.head.lemma_.lower() in PREVENTING_VERBS


#: what a speaker threatens someone with that is no act in WordNet's first sense
THREAT_PENALTIES = frozenset({"jail", "prison", "death", "expulsion", "closure"})


def _threatens_act(token: Token, passive: bool) -> bool:
    """*threatened mass protests, threatened a boycott, threatened them with the death
    penalty, were threatened with jail*: *threaten* with an act the speaker would take (an
    object whose first WordNet 3.0 sense is an act, bare or indefinite) or a penalty in a
    *with* phrase: a commissive speech act (MARKERS.md: *threatened litigation*), by a
    speaker. Not a danger to something (*such actions threaten the process, threatens
    lives*)."""
    lexfiles = wordnet_noun_lexfiles()
    subject = _subject(token)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "with" and any(
                g.dep_ == "pobj" and (lexfiles.get(head_noun(g).lemma_.lower()) == "act" or
                                      head_noun(g).lemma_.lower() in THREAT_PENALTIES)
                for g in child.children):
            return True
        if child.dep_ == "dobj" and not passive and subject is not None and \
                is_speaker(subject) and \
                lexfiles.get(child.lemma_.lower()) in ("act", "communication") and \
                not any(g.dep_ in ("det", "poss") and g.lower_ not in ("a", "an")
                        for g in child.children):
            return True
    return False


def _comment_clause_words(token: Token) -> set[int]:
    """Token ids of a comment clause set off by commas inside the clause it comments on
    (*There was too much at stake, I said, to let X*): the parser may hang the rest of that
    clause on the comment (*to let X* as the cue's complement); what follows the comment's
    closing comma belongs to the host, not to the comment."""
    ids = {t.i for t in token.subtree}
    if _comment_with_host_rest(token):
        for child in token.children:
            if child.i > token.i + 1:
                ids -= {t.i for t in child.subtree}
    return ids


def _object_complement(noun: Token) -> Token | None:
    """The adjective or participle right after an object noun that the parser hung on the
    noun, where it is the object's complement (*called the hearing biased*: the parser reads
    *biased* as the noun's modifier, not as the verb's object predicate), or None. Not a
    participle with phrases of its own beyond a reason (*the report published by X, the
    meeting held in Geneva*; but *biased for excluding officials*; also quoted: *called the
    comments "unfortunate and incorrect"*)."""
    after = next_token(noun)
    if after is not None and after.is_quote and after.i + 1 < len(noun.doc):
        after = noun.doc[after.i + 1]
    if after is None or after.head != noun or after.dep_ not in ("acl", "amod") or \
            after.tag_ not in ("JJ", "VBN"):
        return None
    if after.tag_ == "VBN" and any(c.dep_ not in ("advmod", "cc", "conj", "punct") and not (
            c.dep_ == "prep" and c.lower_ == "for") for c in after.children):
        return None  # the report published by X, the meeting held in Geneva
    return after


#: verbs of saying whose present in an as-clause points back to the speaker's own words (*as
#: I say, X*; *as we note above*), not a time (*as we speak*) or a scope (*so far as I recall*)
SAYING_BACK = frozenset({"say", "mention", "repeat", "stress", "emphasise", "emphasize", "note",
                         "put"})


def _judicial(actor: Token) -> bool:
    """A court or one of its officers, also by title or as owner (*Judge James Ware*, *the
    local prosecutor's office*)."""
    return actor.lemma_.lower() in JUDICIAL or any(
        c.dep_ in ("compound", "poss") and c.lemma_.lower() in JUDICIAL
        for c in actor.children)


def _reporting_as_clause(token: Token) -> bool:
    """A reporting as-clause (*as I said*, *as one of them put it*; Quirk et al. 1985, 15.53),
    which the parser may also hang on a noun (acl) or the reported clause (ccomp, parataxis),
    and whose *as* it may read as an adverb."""
    return token.dep_ in ("advcl", "acl", "ccomp", "parataxis") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ == "as" and c.i < token.i
        for c in token.children) or _as_phrase_clause(token) is not None or \
        bool(_as_root_host(token))


def _as_root_host(token: Token) -> list[Token]:
    """The host clause of an as-clause the parser made its sentence's root (*As a number of
    people have said, [invoking Chapter 7 would impose X]*, the host hung on the verb as a
    clause after its comma): the words after that comma, or none."""
    if token.dep_ != "ROOT" or not any(c.dep_ == "mark" and c.lower_ == "as" and
                                       c.i == token.sent.start for c in token.children):
        return []
    commas = [c for c in token.children if c.text == "," and c.i > token.i]
    if not commas or not any(c.dep_ in ("advcl", "ccomp", "parataxis", "conj") and
                             c.i > commas[0].i for c in token.children):
        return []
    return [t for t in token.doc[commas[0].i + 1:token.sent.end]
            if not (t.is_punct and t.i == token.sent.end - 1)]


def _as_phrase_clause(token: Token) -> Token | None:
    """The *as* of an as-clause the parser read as a preposition with a relative clause on
    its object (*As my right hon. Friend the Prime Minister has made clear, X*: *As [my
    right hon. Friend] [the Prime Minister has made clear]*): the verb has a subject of its
    own, not a relative pronoun."""
    head = token.head
    if token.dep_ == "relcl" and head.dep_ == "pobj" and head.head.lower_ == "as" and \
            head.head.dep_ == "prep" and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE
                                             for c in token.children):
        return head.head
    return None


def _as_complement(token: Token, adjectival: bool) -> bool:
    """Whether a verb of characterising (Levin 1993, 29.2: *portray, depict, paint X as Y*)
    has its *as* complement (on the verb or on its object); ``adjectival``: one that predicates
    a quality (*sold the war as justified*), not a use (*sold the building as office space*)."""
    children = list(token.children)
    children += [g for c in children if c.dep_ == "dobj" for g in c.children]
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "as":
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp", "amod",
                                                               "acomp")]
            if objects and (not adjectival or objects[0].pos_ == "ADJ"
                            or objects[0].tag_ in ("VBN", "JJ")):
                return True
        if child.dep_ in ("advcl", "oprd") and any(
                g.dep_ in ("mark", "advmod") and g.lower_ == "as" for g in child.children) and (
                not adjectival or child.tag_ in ("VBN", "JJ") or child.pos_ == "ADJ"):
            return True
    return False


#: complex prepositions of topic (Quirk et al. 1985, 9.10: *with regard to, in relation to*)
TOPIC_PREPOSITIONS = frozenset("regard respect reference relation".split())


def _topic_phrase(token: Token) -> bool:
    """The object of a complex preposition of topic (*with regard to the Goals*) or of
    *regarding, concerning*: what a comment is about, not what it says."""
    prep = token.head
    if token.dep_ not in ("pobj", "pcomp") or prep.dep_ not in ("prep", "agent"):
        return False
    return prep.lower_ in ("regarding", "concerning") or prep.lower_ == "to" and \
        prep.head.lemma_.lower() in TOPIC_PREPOSITIONS or \
        token.lemma_.lower() in TOPIC_PREPOSITIONS and prep.lower_ in ("with", "in")


#: verbs whose past tense is spelt as their base form (Quirk et al. 1985, 3.16: *put, set,
#: cut, read*): only for these may a past tag on the base form be right
UNCHANGED_PASTS = frozenset("""
bet bid broadcast burst cast cost cut forecast hit hurt let put quit read rid set shed shut
slit split spread thrust upset wed
""".split())


def _past(token: Token) -> bool:
    """A verb in the past or the perfect (*made*, *have made*, *had given*); not a base form
    the tagger called a past (*we strongly condemn*: *condemn* is no past form)."""
    if token.tag_ == "VBD":
        return token.lower_ != token.lemma_.lower() or token.lower_ in UNCHANGED_PASTS
    return token.tag_ == "VBN" and any(c.lemma_ == "have" for c in token.children
                                       if c.dep_ == "aux")


def _shifted_object(verb: Token) -> tuple[int, int] | None:
    """The object a verb of judging put after its *as*-complement, which the parser reads
    as the preposition's object (*rejecting as "laughable and patently false" Iranian
    allegations that X*, *dismissed as baseless claims that X*: end weight, Quirk et al.
    1985, 18.39): the noun phrase after *as*, its adjectives included, where the verb has no
    object of its own. None otherwise."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i != verb.i + 1:
            continue
        nouns = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
        if nouns and any(a.dep_ == "amod" and a.i < nouns[0].i and a.left_edge.i <= prep.i + 2
                         for a in nouns[0].children):  # (as "false" claims: a quotation mark)
            start, end = _char_range(list(nouns[0].subtree))
            text = verb.doc.text
            if start > 0 and text[start - 1] in "\"“" and any(
                    c in text[start:end] for c in "\"”"):
                start -= 1  # (the quotation mark the parser hung on *as*)
            return start, end
    return None


#: what a body is charged with as a duty, not an offence (WordNet 3.0 charge v. 4, "assign a
#: duty, responsibility or obligation to")
DUTY_NOUNS = frozenset("protection promotion responsibility task mission duty oversight "
                       "supervision care management administration implementation custody "
                       "stewardship enforcement delivery".split())
#: words of a price, the object of *charge* as "demand payment" (WordNet 3.0 charge v. 2)
PRICE_WORDS = frozenset("dollar dollars fee fees price prices cent cents $ £ € rate".split())


def _price(token: Token) -> bool:
    return token.ent_type_ == "MONEY" or token.lower_ in PRICE_WORDS


def _charge_not_accusation(verb: Token) -> bool:
    """*charge* in a sense other than accusing: a price asked (*charged consumers millions of
    dollars*, *were charged on their phone bills*), a duty assigned (*the body charged with
    the protection of human rights*) or a movement (*charging forward*)."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "npadvmod", "attr") and (_price(child) or any(
                g.dep_ == "prep" and g.lower_ == "of" and any(_price(o) for o in g.children)
                for g in child.children)):
            return True  # (the object itself a sum: not individuals involved in $1 billion)
        if child.dep_ == "prep" and child.lower_ == "with" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in DUTY_NOUNS for g in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "on" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in ("bill", "account", "card", "invoice")
                for g in child.children):
            return True
        if child.dep_ in ("prt", "advmod") and child.lower_ in ("forward", "ahead"):
            return True
    return False


#: what a declaration brings into being, an act with legal effect rather than a statement
#: reported (MARKERS.md: a decision that acts on an object is no attribution)
DECLARED_STATES = frozenset("emergency war independence bankruptcy ceasefire truce "
                            "moratorium holiday".split())


def _declares_a_state(verb: Token) -> bool:
    """*declared a state of emergency*, *declared war*, *declared independence*: the
    declaration is the act itself (WordNet 3.0 declare v. 1, "announce publicly or
    officially" with a state of affairs as its object), not a claim reported."""
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        words = {t.lemma_.lower() for t in child.subtree}
        if child.lemma_.lower() in DECLARED_STATES or (
                child.lemma_.lower() in ("state", "law") and words & {"emergency", "martial",
                                                                       "siege"}):
            return True
    return False


def _progressive(token: Token) -> bool:
    """A verb in a finite progressive (*is rejecting*, *were saying*): the -ing participle
    with a finite form of *be* as its auxiliary (Quirk et al. 1985, 4.26)."""
    return token.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP", "VBD")
        for c in token.children)


def _tense_bearer(token: Token) -> Token:
    """The verb whose tense a non-finite verb takes: a participle without an auxiliary of
    its own is as past as the clause it hangs from (*I wrote to them, requesting
    clarification*; *we issued a statement saying that*), and so is the infinitive of an
    aspectual verb (*Assad continued to speak*); Quirk et al. 1985, 14.4: non-finite clauses
    have no tense of their own. (Not an infinitive of purpose: *I met her to discuss X* says
    what was meant, not what was said.)"""
    for _ in range(4):
        if not (token.tag_ == "VBG" and token.dep_ in ("advcl", "acl", "xcomp") or
                token.tag_ == "VB" and token.dep_ == "xcomp" and
                token.head.lemma_ in ASPECTUAL_VERBS) or \
                any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in token.children):
            return token
        head = token.head
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass") and \
                head.head.pos_ in ("VERB", "AUX"):
            head = head.head  # a statement saying: the verb of the statement
        if not head.tag_.startswith("VB"):
            return token
        token = head
    return token


#: adjectives that deny the truth of what is said (*it is wrong to say that X*)
TRUTH_DENYING_ADJECTIVES = frozenset("""wrong incorrect misleading false untrue inaccurate
erroneous mistaken disingenuous dishonest absurd ridiculous nonsensical baseless""".split())


def _disputed_claim(token: Token) -> bool:
    """A claim the text rebuts without naming its maker: an infinitive of saying judged
    untrue (*It is incorrect to say that X*, *it is misleading to suggest X*, *To say that X
    is inaccurate*): someone's claim, reported to be denied (MARKERS.md: an attribution with
    no source). Not a judgement that agrees (*it is fair to say*)."""
    if token.tag_ != "VB" or not _to_infinitive(token):
        return False
    head = token.head
    if token.dep_ == "xcomp" and head.pos_ == "ADJ":
        return head.lemma_.lower() in TRUTH_DENYING_ADJECTIVES
    if token.dep_ in ("xcomp", "csubj") and head.lemma_ == "be":
        return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in TRUTH_DENYING_ADJECTIVES
                   for c in head.children)
    return False


def _small_clause(child: Token) -> bool:
    """An object and its complement that the parser read as a clause (*calling the claims
    "fully fabricated"*: a ccomp headed by the participle or adjective, with the object as
    its subject and no auxiliary or conjunction of its own; Quirk et al. 1985, 16.44)."""
    return child.dep_ == "ccomp" and child.tag_ in ("VBN", "JJ") and any(
        g.dep_ == "nsubj" and g.i < child.i for g in child.children) and not any(
        g.dep_ in ("aux", "auxpass", "mark") for g in child.children)


def _fronted_apposition(last: Token, cue: Token) -> Token | None:
    """The speaker whose noun phrase ends at ``last``, right before the cue, where the parser
    made it an apposition of a fronted phrase's object (*Regarding Libya, the
    Secretary-General said*; *In yesterday's Hansard, the President of the Board of Trade
    claimed*): the apposition's head, set off by a comma, reached from ``last`` through its
    own of-phrases and compounds."""
    t = last
    for _ in range(8):
        if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN") and t.head.i < t.i and \
                t.head.dep_ in ("pobj", "conj") and t.left_edge.i > 0 and \
                cue.doc[t.left_edge.i - 1].text == "," and is_speaker(t):
            return t
        if t.head == t or t.head.i >= cue.i or t.dep_ not in (
                "pobj", "prep", "compound", "flat"):
            return None
        t = t.head
    return None


class VerbRules(VerbContentRules):
    """The reporting-verb rule (a mixin of the detector)."""

    def verb_entry(self, token: Token) -> tuple[CueEntry, list[Token]] | None:
        lemma = token.lemma_.lower()
        if lemma not in self.table.verb_heads:  # every key below begins with the lemma
            return (learned_entry(lemma, "verb"), []) if token.i in self.relaxed else None
        following = [c for c in token.children if (c.dep_ in ("prt", "prep") or c.dep_ ==
                     "advmod" and c.lower_ in PARTICLE_ADVERBS) and 0 < c.i - token.i <= 3]
        following.sort(key=lambda c: c.i)
        keys: list[tuple[str, list[Token]]] = []
        if following and following[0].dep_ == "prep" and any(
                c.dep_ == "dobj" and token.i < c.i < following[0].i for c in token.children):
            # an object before the preposition (calling numbers on the list): not the
            # prepositional verb (call on X), whose object follows the preposition (Quirk et
            # al. 1985, 16.5); but heard complaints from X: the speaker's from-phrase
            following = [c for c in following if c.lower_ == "from"]
        if following:
            first = following[0]
            keys.append((f"{lemma} {first.lower_}", [first]))
            after = [c for c in first.children if c.dep_ == "prep" and c.i == first.i + 1]
            if first.dep_ in ("prt", "advmod") and len(following) > 1:
                keys.insert(0, (f"{lemma} {first.lower_} {following[1].lower_}",
                                [first, following[1]]))
            elif after:
                keys.insert(0, (f"{lemma} {first.lower_} {after[0].lower_}", [first, after[0]]))
            # a later preposition after an adjunct (*spoke at length about X*): a topic frame
            # the cue is the verb alone (the adjunct stands between)
            keys += [(f"{lemma} {c.lower_}", []) for c in following[1:] if c.dep_ == "prep"
                     and first.dep_ == "prep"]
        # a for-to clause right after the verb (*called for the Council to discuss X*): the
        # parser makes *for* the clause's mark, not the verb's preposition
        keys += [(f"{lemma} for", [m]) for c in token.children if c.dep_ == "advcl"
                 for m in c.children if m.dep_ == "mark" and m.lower_ == "for"
                 and m.i == token.i + 1]
        # verb + predicative adjective idioms (*went public about*, *came clean about*), and
        # the complex-transitive ones with the object and the adjective's degree words between
        # (*made clear that*, *made it quite clear that*, *made its position very clear*;
        # Quirk et al. 1985, 16.44: the parser's object predicate or small clause)
        keys += [(f"{lemma} {c.lower_}", [c]) for c in token.children
                 if c.dep_ == "acomp" and c.i == token.i + 1 or c.dep_ in ("oprd", "ccomp")
                 and c.pos_ == "ADJ" and 0 < c.i - token.i <= 6 and all(
                     t.head == c or t.head.i in range(token.i + 1, c.i)
                     for t in token.doc[token.i + 1:c.i])]
        keys += [(f"{lemma} {a.lower_}", [a]) for c in token.children if c.dep_ == "ccomp"
                 for a in c.children if a.dep_ == "acomp" and a.i == token.i + 1
                 and a.pos_ == "ADJ" and any(m.dep_ == "mark" and m.i == a.i + 1
                                             for m in c.children)]
        # (has made clear that X is Y: the parser may hang the adjective on the reported
        # clause's copula, ahead of its *that*)
        keys.append((lemma, []))
        if lemma in self.table.idiom_verbs:
            keys[:0] = self.idiom_keys(token, lemma)
        for key, extra in keys:
            entry = self.table.verbs.get(key)
            if entry is not None:
                return entry, extra
        if token.i in self.relaxed:  # an unlisted verb the cue classifier accepts
            return learned_entry(lemma, "verb"), []
        return None

    @staticmethod
    def idiom_keys(token: Token, lemma: str) -> list[tuple[str, list[Token]]]:
        """Verb + object idioms of a verbal act (*set the record straight*, *give evidence*,
        *took issue with*; Moon 1998): the verb's lemma, its object's lemma and the word after
        the object, longest first; the object (and that word) join the cue."""
        objects = [head_noun(c) for c in token.children if c.dep_ == "dobj"
                   and 0 < c.i - token.i <= 4 and c.lower_ not in RELATIVE
                   and not any(g.dep_ == "compound" for g in c.children)]
        # an adjective or a possessor may modify the idiom's noun (raised serious concerns,
        # raised our concerns, cast grave doubt; Moon 1998: the nouns of verb + object idioms
        # take modifiers), a compound not; a quantified object names its noun (raised a
        # number of important issues)
        if not objects:
            # the passive of the idiom (questions are being raised): its subject is the object
            fronted = [c for c in token.children if c.dep_ == "nsubjpass"
                       and 0 < token.i - c.i <= 4 and not any(
                           g.dep_ in ("amod", "compound", "poss", "det") for g in c.children)
                       and not (c.lower_ == "it" and any(g.dep_ == "ccomp"
                                                         for g in token.children))]
            # (not the anticipatory it of an extraposed clause: it was put to him that X)
            if not fronted and token.dep_ == "acl" and token.tag_ == "VBN" and \
                    token.head.i == token.i - 1 and token.head.pos_ == "NOUN":
                fronted = [token.head]  # the concerns raised by X, a question posed by X: the
                # participle's noun is the idiom's object
            if not fronted and token.dep_ == "relcl" and token.head.pos_ == "NOUN" and any(
                    c.dep_ == "nsubj" for c in token.children) and not any(
                    c.dep_ == "dobj" and c.lower_ not in RELATIVE for c in token.children):
                # the issues they raised, the matter which he raised: the relative's
                # antecedent is the idiom's object (the cue is the verb alone)
                return [(f"{lemma} {token.head.lemma_.lower()}", [])]
            return [(f"{lemma} {fronted[0].lemma_.lower()}", [fronted[0]])] if fronted else []
        obj = objects[0]
        keys = []
        doc = token.doc
        if obj.i + 1 < len(doc) and doc[obj.i + 1].pos_ in ("ADV", "ADJ", "ADP", "PART"):
            after = doc[obj.i + 1]
            keys.append((f"{lemma} {obj.lemma_.lower()} {after.lower_}", [obj, after]))
        keys.append((f"{lemma} {obj.lemma_.lower()}", [obj]))
        return keys

    def verb(self, token: Token) -> _Draft | None:
        if not (token.tag_.startswith("VB") or _noun_tagged_verb(token)) or token.dep_ in (
                "amod", "acomp", "compound"):
            return None
        found = self.verb_entry(token)
        if found is None:
            return None
        entry, particles = found
        if "refusal" in entry.tags:
            return self.refusal(token, entry)
        if "finding" in entry.tags and _is_passive(token) and not any(
                c.dep_ == "agent" for c in token.children) and any(
                c.dep_ in ("xcomp", "advcl") and _to_infinitive(c)
                for c in token.children):
            # an agentless finding (is known to): an attribution with no source whose
            # stance is the verb's, factive (MARKERS.md; Hyland 2002)
            entry = CueEntry(entry.cue, "endorsing", frozenset({"clause"}), entry.source)
        if "not_speech" in entry.tags or _negated(token):
            return None
        if token.lemma_.lower() == "ask" and any(
                c.dep_ == "aux" and c.text == "To" and (
                    c.is_sent_start or c.i > 0 and token.doc[c.i - 1].text == ":")
                for c in token.children):
            return None  # Mr. X: To ask the Secretary of State what ...: the set form of a
            # parliamentary question (Erskine May), the question itself, not a report of one
        if token.lemma_.lower() == "declare" and _declares_a_state(token):
            return None  # declared a state of emergency, war, independence: the act itself
        if entry.cue == "call" and token.dep_ == "acl" and token.tag_ == "VBN" \
                and not any(c.dep_ == "agent" for c in token.children):
            return None  # a show called "Sawal with Amber", also called comity: a name the
            # thing bears, nobody's words (not: what she called "propaganda")
        if token.lemma_.lower() == "charge" and _charge_not_accusation(token):
            return None  # charged consumers millions of dollars, a body charged with the
            # protection of rights, charging forward: a price, a duty or a movement
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in NON_FACTUAL_HEADS and \
                not _attempted(token):
            return None
        if token.lemma_.lower() in ("say", "speak") and any(
                m.start() <= token.idx - token.sent.start_char < m.end()
                for m in DISCOURSE_FORMULAS.finditer(token.sent.text)):
            return None  # having said that, to say the least: the speaker's own formula
        auxiliaries = [c for c in token.children if c.dep_ == "aux"]
        if token.tag_ == "VBN" and any(c.lemma_ == "have" for c in auxiliaries) and any(
                c.lower_ in ("would", "could", "might", "'d") for c in auxiliaries):
            return None  # you would have found X, he could have told us: a counterfactual
            # (Quirk et al. 1985, 14.23), no speech act done
        if token.lemma_.lower() == "find" and any(
                c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ == "VBG" and any(
                    g.dep_ == "nsubj" and (g.lower_ in PERSONAL_OBJECTS or g.ent_type_ ==
                                           "PERSON") for g in c.children) and not any(
                    g.dep_ in ("aux", "auxpass") for g in c.children)
                for c in token.children):
            return None  # found him hiding in a mansion: a person discovered doing something
            # (a participle without auxiliaries, not a finite clause), no finding reported
        if token.dep_ in ("relcl", "acl") and _to_infinitive(token) and \
                token.head.lower_ in INDEFINITE_PRONOUNS:
            return None  # I have nothing to say about it, more to say in the coming days:
            # an infinitival relative (Quirk et al. 1985, 17.30) offers speech, none made
        if token.dep_ == "advcl" and _to_infinitive(token) and (
                token.lemma_.lower() in CONVERSATION_VERBS or
                token.head.lemma_.lower() in MEETING_VERBS) and \
                not any(c.dep_ == "ccomp" for c in token.children):
            return None  # met to discuss the attack, gathered to talk about X, met the leaders
            # to highlight X: the purpose of a meeting (Quirk et al. 1985, 15.48) gives its
            # agenda, a topic, not what was said
        governor = token.head.head if token.dep_ == "pcomp" and token.head.dep_ == "prep" \
            else token.head if token.dep_ == "xcomp" else None
        if governor is not None and governor.lower_ in PARTICIPIAL_ADJECTIVES and \
                _is_passive(governor):
            return None  # is committed to supporting, determined to condemn: intended acts
        if _planned(token) or self.requested(token) or _conditional(token) or _barred(token) \
                or _questioned(token) or _mandative(token):
            return None  # will discuss, urged X to condemn, if they reject it, barred X from
            # revealing it, could you confirm that?: not (yet) done
        if token.lemma_.lower() == "cite" and token.tag_ == "VBG" and token.dep_ in (
                "advcl", "acl", "npadvmod", "xcomp", "conj") and not any(
                c.dep_ == "nsubj" for c in token.children) and not (
                    token.dep_ in ("advcl", "xcomp", "conj") and self._is_cue_verb(token.head)
                    and _subject(token.head) is not None):
            # (he said, citing the Wagner Group: the speaker cites, the cited is what he
            # named; the army withdrew, citing officials: according to the officials)
            citing = self.citing(token, entry)
            if citing is not None:
                return citing  # otherwise an ordinary cue: officers detained her, citing a reason
        briefing_form = "reduced" in entry.tags and token.is_sent_start and not any(
            c.dep_ in ("nsubj", "dobj") for c in token.children)
        if "reduced" in entry.tags and " " not in entry.cue and not briefing_form:
            return None  # Put that X, the spokesman said; not: to put on record that X
        passive = _is_passive(token) or briefing_form
        if passive and token.lower_ in PARTICIPIAL_ADJECTIVES and not any(
                c.dep_ == "agent" for c in token.children):
            return None  # is committed to supporting, are determined to: resolve, no report
        if "passive" in entry.tags and not passive:
            subject = _subject(token)
            if subject is None or not is_speaker(self._resolved(subject)):
                return None  # the incident raised concerns: in the active, an event's effect;
                # but the ambassador raised concerns: a speaker voiced them
        agents = [c for c in token.children if c.dep_ == "agent"]
        if passive and not agents:
            low = self.low_agent(token)  # was denounced as a traitor by state media
            agents = [low] if low is not None else []
        if passive and not agents:  # recognized and condemned by X: conjuncts share the agent
            agents = [g for c in token.children if c.dep_ == "conj" and _is_passive(c)
                      and c.tag_ == "VBN" for g in c.children if g.dep_ == "agent"][:1]
        if passive and not agents and "accusation" not in entry.tags:
            agents = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "in" and
                      any(g.dep_ == "pobj" and g.lower_ != "order" and is_speaker(g) and
                          classify_source(g) in ("document", "media") for g in c.children)][:1]
            # insinuations reported in the Press, an example cited in the brief: the text
            # that reports them (not the complaint a formal accusation is made in)
        source: Token | None = None
        inverted_speaker = _inverted_speaker(token)  # (computed once: the content needs it too)
        inverted = None if passive or agents else inverted_speaker
        if agents:
            objects = [c for c in agents[0].children if c.dep_ == "pobj"]
            source = objects[0] if objects else None
        elif inverted is not None:
            source = inverted  # The economy will grow, argued the minister.
        elif not passive:
            governing = self.coordinated_report(token)
            source = _subject(governing) if governing is not None else _subject(token)
            if source is None and token.dep_ == "ROOT":
                source = self.stranded_subject(token) or self.conjoined_subject(token) or \
                    self.fronted_subject(token)
            elif source is not None and source.idx < self.line_of(token.idx)[0] and \
                    self.quote_at(token.idx) is None:
                # a byline the parser made the subject (Ned Price, Spokesperson\n\nSenior
                # Advisor X announced): the cue's own line names its speaker
                start = self.line_of(token.idx)[0]
                own = [c for c in token.children if c.dep_ == "nsubj" and c.idx >= start]
                source = own[0] if own else self.stranded_subject(token) or source
            orphan = token.tag_ in ("VBD", "VBZ") and token.dep_ in ("ROOT", "conj", "ccomp")
            if source is None and orphan:
                source = _orphan_subject(token)
            if source is None and not (token.tag_ == "VBG" and token.dep_ in (
                    "csubj", "nsubj")) and not _disputed_claim(token) and not orphan:
                return None  # an imperative or a generic infinitive: nobody's speech act
                # (a past or a third-person present is neither: its subject is there, in a
                # parse that lost it, or in a heading the clause continues)
        if "legal" in entry.tags and token.dep_ == "acl" and \
                token.head.lemma_.lower() in COURTS and token.head.dep_ in ("dobj", "pobj"):
            court = token.head  # he approached (went to) the courts seeking X: he asks,
            verb = court.head if court.dep_ == "dobj" else court.head.head  # they are asked
            source = (_subject(verb) if verb.pos_ in ("VERB", "AUX") else None) or source
        if "from_source" in entry.tags:  # heard from the briefers: they spoke, we listened
            speakers = [g for p in particles if p.lower_ == "from" for g in p.children
                        if g.dep_ == "pobj"]
            if passive or not speakers or not is_speaker(speakers[0]):
                return None
            source, particles = speakers[0], []  # the cue is the verb (heard)
        if "hearer" in entry.tags:
            source = None  # as we have heard, X: the hearers are not its source
        if source is not None and not passive and self.quote_at(source.idx) is not None and \
                self.quote_at(token.idx) is None:
            governor = [token.head] if token.dep_ == "xcomp" else []
            outside = [c for t in [token, *governor] for c in t.children if c.dep_ == "nsubj"
                       and c != source and self.quote_at(c.idx) is None]
            if outside:  # "The view from space", the astronaut replied: not the quoted words
                source = outside[0]  # (nor in "A", he went on to say, "B"; nor "... those
                # like ISIL, who can't ...," Carter said: settled before the veto below)
        if source is not None and source.lower_ in ("this", "that", "these", "those") and \
                source.dep_ == "nsubj" and source.head.dep_ != "relcl" and not any(
                    c.dep_ == "relcl" for c in source.children):
            return None  # That tells us ...: a fact or an event, not a speaker (but: those
            # who oppose the reform say ...: people picked out by their relative clause)
        relative = None
        if source is not None and source.lower_ in RELATIVE:
            relative = source
            source = resolve_pronoun(source) or source
        # the source as settled here, a pronoun taken to its antecedent (source is not
        # reassigned below)
        resolved = self._resolved(source) if source is not None else None
        in_quote = self.quote_at(token.idx) is not None
        if passive and not agents and not in_quote and any(
                c.dep_ == "aux" and c.lower_ in EPISTEMIC_MODALS for c in token.children):
            return None  # what could be described as: the writer's hedged wording, no report
        if _planned(token, DEONTIC):
            return None  # must be rejected, should say, must work to support: the writer's
            # directive (or a quoted speaker's: "the Court should reaffirm X"), not a report
        if source is not None and source.lower_ in ("you", "one") and not in_quote and \
                not any(c.dep_ == "prep" for c in source.children) and not (
                    source.lower_ == "you" and (_past(token) or source.dep_ == "dobj")):
            return None  # generic you (if you cite ...): no speech event; but the addressee's
            # own past act (as you said, you suggested) or thanks for it (thank you for
            # emphasizing X) is a report
        if source is not None and (source.lower_ in FIRST_PERSON or not in_quote and any(
                c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in source.children) and (
                source.lemma_.lower() in INSTITUTION_NOUNS or source.ent_type_ in ("ORG", "GPE"))):
            if (not in_quote and not _past(_tense_bearer(token)) or in_quote and (
                    token.tag_ in ("VBZ", "VBP") or token.tag_ == "VB" and any(
                        c.dep_ == "aux" and c.tag_ == "MD" for c in token.children))) \
                    and not (_reporting_as_clause(token) and token.lemma_.lower() in SAYING_BACK):
                return None  # the writer's performative (We condemn, my delegation urges), or
                # the quoted speaker's ("We would encourage all departments to ...," he said;
                # but "we are asking for X" reports the speaker's ongoing act; and *as I
                # say, X* points back to what the speaker has said, where *as we speak* is
                # a time)
            if token.lemma_.lower() in WRITER_FINDING_VERBS and source.lower_ in FIRST_PERSON:
                return None  # we found that X: a first-person finding is a factive booster,
                # not a report (MARKERS.md)
        if source is not None and source.lower_ == "it" and _to_infinitive(token):
            return None  # it gives me pleasure to commend: the writer's own act
        if in_quote and token.tag_ in ("VBZ", "VBP") and source is not None and (
                source.lower_ in FIRST_PERSON or source.lower_ == "you" or any(
                    c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in source.children)
                or self.performative(token, entry, source, quoted=True)):
            return None  # the quoted speaker's own performative ("we condemn", "my
            # government urges", the government "firmly rejects"); but "the report shows
            # that": a report inside the quotation
        if "legal" not in entry.tags and self.performative(token, entry, source):
            return None  # (a request to a court is made in the filing, not in this text)
        if source is not None and "agentive" in entry.tags and (
                relative is not None and relative.lower_ in ("which", "that") and not (
                    token.dep_ == "relcl" and is_speaker(token.head) and (
                        relative.lower_ == "that" or relative.i == token.head.i + 1))
                or not is_speaker(resolved) and not _uttered(source)
                and not _text_source(source) and not _voiced_by_protest(token, entry, source)
                and not _quantified_people(source) and not _speech_verb_with_clause(token)
                and not _call_for(entry, source)):
            return None  # an event or a fact that "proves": a booster, not an attribution
            # (but a speaker or a document that reports, in a restrictive relative clause:
            # *organizations that claim to be X, reports that suggest that X, a newspaper
            # report which claimed that X*)
        if source is not None and agents and not is_speaker(source):
            return None
        if source is not None and token.lemma_.lower() in EVIDENTIAL_VERBS and \
                entry.stance == "endorsing" and (self.acting_collective(resolved)
                                                 or shows_itself(token, source)):
            return None  # Russia has shown it is willing, providers have demonstrated that
            # they are willing: deeds that show, not a report (a booster)
        if token.lemma_.lower() == "tell" and not passive and not any(
                c.dep_ in ("dative", "dobj") or c.dep_ == "prep" and c.lower_ == "to"
                for c in token.children) and self.quote_at(token.idx) is None and any(
                    c.dep_ == "ccomp" for c in token.children) and not self.adjacent_quotation(
                    token, (token.idx, token.idx + len(token)), source):
            return None  # it was telling that X: revealing (an adjective), no addressee
        content_tokens, has_clause = self.verb_content(token, entry, passive, particles,
                                                       inverted_speaker)
        if content_tokens is None or self.decision(token, passive):
            return None
        if token.lemma_.lower() in DECIDING_VERBS and any(
                c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                          for m in c.children) for c in token.children):
            return None  # to determine whether X: an open question, no finding reported
        if agents and agents[0].dep_ != "agent":  # the agent the parser hung low is no content
            content_tokens = [t for t in content_tokens
                              if t.i not in {u.i for u in agents[0].subtree}]
        if passive and token.lemma_.lower() == "detail" and any(
                c.dep_ == "prep" and c.lower_ in ("to", "for") for c in token.children):
            return None  # officers detailed to the border post: assigned (WordNet 3.0 detail
            # 2, 'assign to a specific task'), not an account given
        if passive and token.lemma_.lower() in ASCRIBING_VERBS:
            content_tokens = self.ascribed(token) or content_tokens
        reduced = passive and not any(c.dep_ in ("auxpass", "aux", "nsubjpass")
                                      for c in token.children)
        as_clause = _reporting_as_clause(token)
        if "as_clause" in entry.tags and not as_clause:
            return None  # put it: a reporting verb only in a comment clause (as X put it)
        parts = [g for c in token.children if c.dep_ == "prep" and c.lower_ in (
            "in", "at", "under", "by") for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in TEXT_PARTS]
        if reduced and not agents and not has_clause and not as_clause and parts and not any(
                c.dep_ == "prep" and c.lower_ == "of" and c.i > parts[0].i
                for c in (*parts[0].children, *token.children)):  # (of hung on the verb)
            return None  # the assistance described in section 5: a cross-reference, no report
            # (but: the words reported in column 1303 of the Official Report)
        cue_tokens = [token, *particles]
        message = [p for p in particles if p.dep_ == "dobj" and p.i > token.i and
                   p.pos_ == "NOUN"] \
            if token.lemma_.lower() in MESSAGE_IDIOM_VERBS else []
        if message:  # raised the matter with me, tabled motions of no confidence: the verb
            # is the cue, the noun phrase of the matter or the question what was put forward
            cue_tokens = [token]
            adjuncts = self.misattached_adjuncts(message[0])
            content_tokens = [t for t in message[0].subtree if t.i not in adjuncts]
        cue = (min(t.idx for t in cue_tokens),
               max(t.idx + len(t) for t in cue_tokens))
        if content_tokens:
            content_tokens = self.same_line(content_tokens, token)
        content = _char_range(content_tokens) if content_tokens else None
        content = self.extend_to_quotes(content, cue)
        content = self.extend_to_enumeration(content)
        quoted = self.adjacent_quotation(token, cue, source)
        if quoted is not None and (content is None or _inside(content, quoted)
                                   or content[1] <= quoted[1] and content[0] >= quoted[0] - 2
                                   or content[1] <= quoted[0] and self.text[
                                       content[0]:content[1]].strip().lower() == "that"):
            content = quoted  # (said that "A": the complementiser the parser took for the
            # object introduces the quotation)
        elif quoted is not None and content[0] < quoted[0] < cue[0] and \
                content[1] <= self.quote_end_before(cue[0]) and \
                re.search(r"[:.!?][\s”\"’)]*$", self.text[content[0]:quoted[0]]):
            # "A," she said: the quotation before the cue is what was said, not the clause
            # before its colon or full stop that the parser ran back into (... posed a
            # riddle: "A," she said); but: The ministry "condemns X," he said (mixed)
            content = quoted
        elif content is None and quoted is not None:
            content = quoted
        elif quoted is not None and content[0] < quoted[0] < cue[0] and cue[1] < quoted[1] \
                and content[1] <= cue[0] and content[1] >= self.quote_end_before(cue[0]) - 2:
            # The boards "are a way of X," he added, "or of Y.": a mixed quotation split
            # around its cue is one relation too (MARKERS.md), the clause and both halves
            content = (content[0], quoted[1])
        elif quoted is not None and quoted[1] <= cue[0] and cue[1] <= content[0] and \
                source is not None and source.head == token and source.dep_ == "nsubj" and \
                quoted[1] <= source_span(source)[0] and re.fullmatch(
                    r"[ \t]*,?[ \t]*", self.text[quoted[1]:min(source_span(source)[0], cue[0])]) \
                and "," in self.text[quoted[1] - 2:min(source_span(source)[0], cue[0])]:
            # "A," the Under-Secretary-General emphasized that B: a quotation split around
            # its cue is one relation (MARKERS.md), with the clause after the cue
            content = (quoted[0], content[1])
        elif quoted is not None and cue[1] <= content[0] and content[1] <= quoted[0] and \
                token.lemma_.lower() in RECIPIENT_VERBS and any(
                    c.dep_ in ("dobj", "dative") and is_speaker(c) for c in token.children):
            content = quoted  # asked the Prime Minister: "A?": the addressee is no content
        colon_ok = not passive and (quoted is None or quoted[1] <= cue[0]) and not (
            token.dep_ in ("xcomp", "advcl") and _is_passive(token.head))
        # (not a quotation before it; not a text's new wording: be amended to read: X)
        asking = token.lemma_.lower() in INDIRECT_QUESTION_VERBS
        spoken = self.colon_speech(cue, asking) if colon_ok else None
        addressed = [c for c in token.children if c.dep_ in ("dobj", "dative") and
                     c.i > token.i and is_speaker(c)] if colon_ok and spoken is None and (
            asking or token.lemma_.lower() in RECIPIENT_VERBS) else []
        if addressed:  # asked Her Majesty's Government:\n\nWhat were X?; told the House: X
            last = max(addressed[0].subtree, key=lambda t: t.i)
            spoken = self.colon_speech((cue[0], last.idx + len(last)), asking)
        if spoken is not None:  # said: My Lords, ...; concluded with these words: X
            content, has_clause = spoken, True
        objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        named_as = objects[1] if len(objects) == 2 and objects[0].i < objects[1].i and any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for d in objects[1].children) else None
        # calling Kibaki a man of honour: the parser reads the object and its complement as
        # two objects (a second object with an indefinite article names the first)
        naming = "naming" in entry.tags and not passive and source is not None and (any(
            c.dep_ == "oprd" or c.dep_ == "dobj" and _object_complement(c) is not None
            or _small_clause(c) for c in token.children) or _free_relative_name(token)
            or named_as is not None)
        # called the vote a sham, called the hearing biased, calling the claims "fully
        # fabricated" (read as a clause), what it is calling further evidence
        if naming and content is None:
            small = [c for c in token.children if _small_clause(c)]
            if small:  # the object and its complement are what was said
                content = self.extend_to_quotes(
                    _char_range(self.same_line(list(small[0].subtree), token)), cue)
        if naming and named_as is not None:
            content = _char_range(list(objects[0].subtree) + list(named_as.subtree))
        # a message said by a speaker (*the plan, which was articulated by the leaders*): the
        # passive subject is what was said (MARKERS.md: passives of reporting verbs)
        # a say verb with the message as its object (VerbNet say-37.7: *voiced concern*)
        # or a phrasal verb of presenting (*set out its plans*, *laid out a vision*)
        uttered = (entry.source.startswith("VN:say-37.7") or "message" in entry.tags) and \
            not passive and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and
                                wordnet_noun_lexfiles().get(c.lemma_.lower()) in MESSAGE_LEXFILES
                                for c in token.children) or self.message_presented(
                                    token, entry, passive)
        named = content  # what the content names: a relative pronoun's antecedent
        if content is not None and token.dep_ == "relcl" and \
                self.text[content[0]:content[1]].lower() in ("which", "that", "who", "whom"):
            named = _char_range(self.modified_noun(token))
        said_by = bool(passive and agents and named is not None and (
            self.names_claim(named) or self.names_message(named))) and \
            "infinitive" not in entry.tags  # initiatives undertaken by X: done, not pledged
        # a reporting as-clause with its speaker and no object of its own (*as I said*, *as
        # documented by the commission*); not *as demonstrated over the years* (no speaker)
        # nor a causal *as* (*as it held elections*)
        as_report = as_clause and (bool(agents) or source is not None and is_speaker(
            resolved)) and not any(c.dep_ in ("dobj", "ccomp", "xcomp")
                                                  and c not in particles
                                                  for c in token.children)
        claimed = not passive and "agentive" not in entry.tags and content is not None and any(
            c.dep_ == "dobj" and head_noun(c).lemma_.lower() in CLAIMED_NOUNS
            for c in token.children) and self.names_claim(content)
        # admitted wrongdoing, repeated the allegations: an object that names a claim is
        # what was said, as a clause would be (not a verb of finding, [agentive]: determined
        # the existence of a threat, established the responsibilities)
        event = "event" in entry.tags and not has_clause and self.speech_event(
            token, source, passive)  # the envoy spoke for twenty minutes: a speech event
        if event and token.lemma_.lower() in ADDRESSEE_VERBS:
            topic = _topic(token, ("on", "about"))
            # briefed the Council on the crisis: what the report was about, not its hearers
            content = _char_range(list(topic.subtree)) if topic is not None else None
        if event and content is not None and not re.search(
                r"\b(?:about|of|on|regarding|concerning|against)\s*$",
                self.text[max(0, content[0] - 12):content[0]]):
            content = None  # spoke for twenty minutes: how long, not what was said
        comment = "clause" in entry.tags and _comment_clause(token)
        if "comment" in entry.tags and (any(c.dep_ == "xcomp" for c in token.children) or not (
                comment or uttered or any(c.dep_ == "ccomp" and (c.i < token.i or any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
                    for c in token.children))):
            return None  # continued: a speaker going on only as a comment clause, with a
            # that-clause or a quotation (not: continued to reject X)
        # The ideas, he concluded, were bold: a comment clause reports the clause it is set
        # in (Quirk et al. 1985, 15.53), as a clausal complement would
        told_whom = any(c.dep_ == "dobj" for c in token.children)
        topic = _told_about(token) if passive or told_whom else None
        if topic is not None and (content is None or told_whom):
            content = _char_range(list(topic.subtree))  # were briefed on the issue; alerted
            # the council to the leak: the object is who was told, the phrase what
        briefed = topic is not None
        position_or_finding = None if passive else _agreed_on(token, resolved) or \
            _document_finding(token, resolved)
        replied = not passive and resolved is not None and is_speaker(resolved) and \
            self.replied_to_words(token)
        if position_or_finding is not None and content is None:
            content = _char_range(list(position_or_finding.subtree))  # agreed on a timetable,
            # the audit found serious failures
        following = [c for c in token.children if c.dep_ == "dobj" and any(
            a.dep_ == "amod" and a.lower_ == "following" for a in c.children)]
        if following and not has_clause and not passive:
            announced = self.announced_text(following[0])  # read out the following
            if announced is not None:  # statement: "A": the text the object announces
                content, has_clause = announced, True
        if entry.tags & {"clause", "infinitive"} and not has_clause and not naming and \
                not as_report and not said_by and not uttered and not claimed and not event \
                and not comment and not briefed and position_or_finding is None and \
                not replied and self.kind_of(content, token) == "indirect":
            return None
        if "message" in entry.tags and not (has_clause or uttered or as_report or said_by) \
                and not (content is not None and (self.names_abstraction(content) or agents)
                         and not any(c.dep_ == "aux" and c.tag_ == "MD" or
                                     c.dep_ == "mark" and c.lower_ == "for"
                                     for c in token.children)):
            return None  # set out the chairs: not a message; but set out its position, a
            # point set out in his statement (not: so that it can set out its case)
        if "legal" in entry.tags and not self.legal_request(token):
            return None  # seeks to expand, seek solutions: trying, not asking a court
        if as_clause and content is not None and not has_clause and \
                self.quote_at(content[0]) is None:
            span = self.doc.char_span(content[0], content[1], alignment_mode="expand")
            if span is not None and (span.root.ent_type_ in ("DATE", "TIME") or
                                     span.root.lemma_.lower() in ("time", "occasion")
                                     or _topic_phrase(span.root)):
                content = None  # as we stated time and again, X; as we observed with regard
                # to the Goals, X: when or about what, not what was said
        if as_clause and content is not None and self.addressee_only(
                token, content, RECIPIENT_VERBS | ADDRESSEE_VERBS):
            content = None  # as the minister told us, as the report reminds us: the person
            # told is no content, the clause the as-clause comments on is
        kind = None
        fronted = _as_phrase_clause(token)
        root_host = _as_root_host(token)
        if fronted is not None or root_host:
            content = None  # (not the noun the parser hung the clause on, nor its host)
        if content is None and as_clause:
            content = _char_range(root_host) or self.host_clause(
                token, {t.i for t in (fronted or token).subtree})  # as I said, X
            kind = "according_to" if content is not None and self.quote_at(
                content[0]) is None else None  # a parenthesis (MARKERS.md: kind)
        # the speaker of a comment clause: its subject (*officials said*), or the writer told
        # in the passive (*The total, I am told, was 475*: a report whose teller is unnamed)
        told = [c for c in token.children if c.dep_ == "nsubjpass" and c.lower_ in
                FIRST_PERSON] if passive and not agents else []
        speaker = source if source is not None and token.tag_ in FINITE_TAGS and \
            any(c.dep_ == "nsubj" for c in token.children) else (told[0] if told else None)
        if content is None and token.dep_ in ("parataxis", "ccomp", "advcl") and \
                token.head.i != token.i and speaker is not None and \
                token.i > token.head.i - 8 and not any(
                    c.dep_ == "mark" for c in token.children) and any(
                    t.text in (",", "—", "–") for t in token.doc[max(0, speaker.i - 2):token.i]):
            host = self.host_clause(token, _comment_clause_words(token))
            whole = _char_range(list(token.head.subtree))
            if whole is not None and whole[0] < cue[0] and whole[1] > cue[1] and \
                    token.head.i > token.i:  # The plan, officials said, will fail.
                content, kind = whole, "according_to"
            elif host is not None and host[0] < cue[0]:
                if host[1] > cue[1]:
                    content, kind = (host[0], host[1]), "according_to"
                else:                 # The plan will fail, officials said.
                    content = host
        if content is None and passive and agents and agents[0].dep_ == "agent" and \
                token.tag_ == "VBN" and source is not None and \
                is_speaker(resolved):
            # the ruling was condemned by press unions, a bombing claimed by a militia: the
            # passive of a reporting verb with its speaker as agent reports what it is said
            # of (MARKERS.md: passives of reporting verbs), the subject or the modified noun
            # (the conjunct shares its subject: was set aside and was disparaged by X; the
            # subject of a verb of telling is who was told: they were briefed by X)
            shared = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")
                      and not _is_relative(c)] if token.dep_ == "conj" and not any(
                c.dep_ == "nsubjpass" for c in token.children) else []
            if token.lemma_.lower() not in RECIPIENT_VERBS | ADDRESSEE_VERBS:
                content = _char_range(list(shared[0].subtree) if shared else
                                      self.ascribed(token)) or None
            said_by = True
        if content is None and not passive:
            content = _shifted_object(token)  # rejected as false claims that X
        if content is None and not event and not (entry.tags & {"intransitive", "accusation"}) \
                and not said_by and not (
                    (token.tag_ in FINITE_TAGS or _past(token) or _progressive(token))
                    and " " not in entry.cue
                    and entry.tags <= {"clause", "agentive", "infinitive"}
                    and source is not None and is_speaker(resolved)):
            return None  # a finite verb of speaking with a speaker as subject is a speech act
            # even where the parse gives it no content (the Poles announced this morning;
            # He said no.; she writes: + a block quotation; the board has protested twice:
            # a perfect is as finite as its auxiliary, and so is a progressive: the United
            # States is rejecting as "false" allegations that X); not a participle or a gerund
            # (continue broadcasting and reporting), an idiom (went public), a verb with a
            # non-speech sense (the army attacked) or one whose speaker is not its subject
            # (we heard from the authorities)
        if "proposition" in entry.tags and not has_clause and content is not None and \
                not self.names_claim(content):
            return None  # spread over the territory: the content must name a claim
        if "verbal" in entry.tags and not self.verbal_act(token, passive, agents,
                                                          "person" in entry.tags):
            return None  # militants attacked a camp: a physical act, not speech
        if entry.tags & {"as_phrase", "as_adjective"} and not _as_complement(
                token, "as_adjective" in entry.tags):
            return None  # portrayed X as Y, sold the war as justified; not: sold the house
        if content is not None and (self.addressee_only(token, content) or
                                    self.nothing_said(content)):
            content = None  # replied to me, wrote to the Secretary, told us, sued Apple: the
            # addressee or the party, not what was said; said nothing (unparliamentary): no
            # content, the negation is the reporting voice's
        if "expressive" in entry.tags:
            # an expressive speech act's idiom (*extended his deep condolences to the
            # families*): what is expressed, to whom, is its content, as *expressed concern
            # about X* has the object
            objects = [p for p in particles if p.dep_ == "dobj"]
            if objects:
                words = list(objects[0].subtree) + [
                    t for c in token.children if c.dep_ in ("prep", "dative")
                    and c.lower_ == "to" and c.i > objects[0].i for t in c.subtree]
                content = _char_range(words) or content
        if content is not None and has_clause and self.quote_at(content[0]) is None:
            content = self.contrasted_clause(token, content, source)
        kind = kind or self.kind_of(content, token)
        medium = None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in _VERB_MEDIUMS:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    medium = (objects[0].idx, objects[0].idx + len(objects[0]))
        return _Draft(cue, source, source_span(source) if source is not None else None,
                      content, kind, entry.stance, f"verb:{entry.cue}", token,
                      medium=medium)


    def ascribed(self, token: Token) -> list[Token]:
        """What a passive verb of ascribing ascribes: its subject (*the fire was
        attributed to arson*), or the noun its participle or relative clause modifies (*the
        losses attributed to fraud*, *remarks which were attributed to him*)."""
        subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
        if subjects and not _is_relative(subjects[0]):
            return list(subjects[0].subtree)
        if token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN"):
            return self.modified_noun(token)  # (without the participle's own phrase)
        return []

    def contrasted_clause(self, token: Token, content: tuple[int, int],
                          source: Token | None) -> tuple[int, int]:
        """The reported clause with the contrast that continues it, which the parser hangs
        on the cue (*pointed out that X, but there had been no change*; *court documents say
        that X, but Kumer remained*): a *but* clause right after the content, with a subject
        of its own that is not the speaker, and no cue of its own."""
        for child in token.children:
            if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX") or \
                    child.idx < content[1] or not any(
                        c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.idx >= content[1]
                        for c in token.children if c.i < child.i):
                continue
            subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
            if not subjects or subjects[0].lower_ in PERSONAL_SUBJECTS or (
                    source is not None and subjects[0].lemma_ == source.lemma_) or \
                    self.verb_entry(child) is not None:
                continue
            between = self.text[content[1]:child.idx]
            if "\n" in between or any(ch in between for ch in ".;:!?"):
                continue
            end = max(t.idx + len(t) for t in child.subtree if not t.is_punct)
            return (content[0], end)
        return content

    def stranded_subject(self, token: Token) -> Token | None:
        """The subject of a finite cue that the parser hung on a word of the line before
        (*... stand out:\n\n- the Committee's Annual Report, referring to X, states:*; a
        byline *Ned Price, Spokesperson\n\nSenior Advisor X announced*): the first noun
        phrase of the cue's own line, when its head lies on an earlier line."""
        if token.tag_ not in FINITE_TAGS:
            return None
        start, _ = self.line_of(token.idx)
        for t in token.doc[token.sent.start:token.i]:
            if t.idx < start or t.is_punct or t.is_space:
                continue
            if t.pos_ in ("NOUN", "PROPN", "PRON") and t.head.idx < start and \
                    t.dep_ not in ("compound", "poss") and is_speaker(t):
                return t
        return None

    @staticmethod
    def conjoined_subject(token: Token) -> Token | None:
        """The subject of a finite cue that the parser ran into a list before it (*Delivering
        testimony before the Subcommittee on Commerce, and Trade, Hugh Stevenson, Deputy
        Director, said*: *Stevenson* a conjunct of *Trade*): the named person whose phrase
        ends at the comma before the cue. Without the comma (*In a brief filed Wednesday,
        EFF and the National Security Archive argue that X*: *Archive* a conjunct of
        *Wednesday*), the conjoined speaker right before the cue; and one the parser made an
        apposition of a fronted phrase's object (*Regarding Libya, the Secretary-General
        said*)."""
        if token.tag_ not in FINITE_TAGS or token.i < 2:
            return None
        before = token.doc[token.i - 1]
        if before.dep_ == "conj" and before.pos_ in ("NOUN", "PROPN") and \
                before.head.i < before.i and is_speaker(before):
            return before
        absorbed = _fronted_apposition(before, token)
        if absorbed is not None:
            return absorbed
        if before.text != ",":
            return None
        t = token.doc[token.i - 2]
        for _ in range(8):
            if t.dep_ in ("conj", "appos") and t.pos_ == "PROPN" and t.ent_type_ == "PERSON":
                return t
            if t.head == t or t.head.i >= token.i or t.dep_ not in (
                    "pobj", "prep", "compound", "appos", "amod", "flat"):
                return None
            t = t.head
        return None

    @staticmethod
    def fronted_subject(token: Token) -> Token | None:
        """The subject of a finite cue that the parser ran into the fronted phrase before it
        (*Speaking from Dakar, a former union head, X, says*; *In an article published by the
        Post, the opposition leader, X, accused*; *And turning to the floods, the office of
        the governor called*): the words between the comma that closes the fronted
        phrase and the cue form the subject; its speaker is their first word whose head lies
        outside them (the head of the first noun phrase)."""
        if token.tag_ not in FINITE_TAGS or token.tag_ == "VBP":
            return None  # (not an imperative the tagger took for a present: Welcome to X)
        sentence = token.sent
        fronted = [c for c in token.children if c.i < token.i and c.dep_ in (
            "prep", "advcl", "csubj", "npadvmod") and c.left_edge.i == sentence.start
            or c.dep_ == "cc" and c.i == sentence.start]
        if not fronted:
            return None
        commas = [t.i for t in token.doc[sentence.start:token.i] if t.text == ","]
        if not commas:
            return None
        words = range(commas[0] + 1, token.i)
        for t in token.doc[commas[0] + 1:token.i]:
            if t.is_punct or t.head.i in words:
                continue
            if t.pos_ in ("NOUN", "PROPN") and is_speaker(t) and not _is_relative(t):
                return t
            return None
        return None

    @staticmethod
    def acting_collective(source: Token) -> bool:
        """A state, an institution or a people: what they *show* or *demonstrate* is shown by
        their deeds (*Russia has shown it is willing to ...*, *the Belarusian people have
        demonstrated that ...*), not reported as a finding the way a study's or an
        expert's is (*studies show*, *researchers showed*; MARKERS.md)."""
        source = head_noun(source)
        if source.lemma_.lower() in COLLECTIVE_NOUNS:
            return True
        return classify_source(source) in ("institution", "self")

    @staticmethod
    def low_agent(token: Token) -> Token | None:
        """The *by* phrase of an agentless passive cue that the parser hung on the cue's *as*
        phrase or active infinitive (*was denounced as a traitor by state media*, *were
        advised to leave by the police*): the last phrase of the cue's clause, naming a
        speaker. Not the agent of a passive infinitive (*ordered to be killed by the army*)."""
        hosts = [c for c in token.children if c.dep_ == "xcomp" and not any(
            g.dep_ == "auxpass" for g in c.children) or c.dep_ == "prep" and c.lower_ == "as"]
        end = max(t.i for t in token.subtree if not t.is_punct)
        for host in hosts:
            for prep in host.subtree:
                if prep.dep_ not in ("prep", "agent") or prep.lower_ != "by" or \
                        max(t.i for t in prep.subtree) != end:
                    continue
                objects = [g for g in prep.children if g.dep_ == "pobj"]
                if objects and objects[0].pos_ != "PRON" and is_speaker(objects[0]) and \
                        classify_source(objects[0]) not in ("none", "anonymous"):
                    return prep
        return None

    @staticmethod
    def decision(token: Token, passive: bool) -> bool:
        """A court's or an authority's decision on a legal proceeding (*dismissed a case*,
        *the appeal was rejected*): it acts on an object and reports no proposition."""
        lemma = token.lemma_.lower()
        if lemma not in DECISION_VERBS | COURT_ORDER_VERBS:
            return False
        agents = [g for c in token.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        actor = agents[0] if agents else (None if passive else _subject(token))
        if lemma in COURT_ORDER_VERBS:  # a court ordered X to pay: its order, not a report
            return actor is not None and _judicial(actor)
        targets = [head_noun(c) for c in token.children
                   if c.dep_ == ("nsubjpass" if passive else "dobj")]  # (most of the claims)
        if passive and token.dep_ in ("acl", "relcl"):
            targets.append(token.head)
        if any((c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "advcl" and any(
                g.lower_ == "as" for g in c.children)) and c.i > token.i
               for c in token.children):  # (not: As a result, the court rejected X)
            return False
        if lemma in DISMISSAL_VERBS and actor is not None and _judicial(actor) and not any(
                c.dep_ in ("ccomp", "xcomp") for c in token.children):
            return True  # a judge dismissed Jewel v. NSA: the court disposes of a case
        if actor is not None and not _judicial(actor) and not (
                lemma in DISMISSAL_VERBS and any(t.lemma_.lower() in PROCEEDINGS_ONLY
                                                 for t in targets)):
            return False  # he denied all charges: a speaker, not a decider (but the
            # department dismissed a complaint: only a decider disposes of a proceeding)
        return any(t.lemma_.lower() in LEGAL_PROCEEDINGS and not any(
            c.dep_ == "acl" or c.dep_ == "relcl" for c in t.children if c.i > t.i and any(
                g.lower_ == "that" and g.dep_ not in ("nsubj", "nsubjpass")
                for g in c.children)) for t in targets)  # the claim that X (not: which)

    def names_message(self, content: tuple[int, int]) -> bool:
        """Whether a noun-phrase content names a proposal, a policy or a text
        (:data:`VERBAL_OBJECTS`: *the plan*, *the resolution*)."""
        span = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        return span is not None and span.root.lemma_.lower() in VERBAL_OBJECTS

    def refusal(self, token: Token, entry: CueEntry) -> _Draft | None:
        """A speaker's refusal to speak (``[refusal]``: *declined to comment*, *refused to
        say*): a speech event reported without content, whose to-infinitive is a reporting
        verb that asserts (not: *declined to approve*, *refused to condemn*)."""
        if _negated(token) or _planned(token) or _conditional(token) or _questioned(token):
            return None
        said = [c for c in token.children if c.dep_ == "xcomp" and _to_infinitive(c)]
        found = self.verb_entry(said[0]) if said else None
        if found is None or found[0].stance != "neutral" or "not_speech" in found[0].tags:
            return None
        source = _subject(token)
        if source is None or not is_speaker(self._resolved(source)):
            return None
        self.used.add(said[0].i)
        return _Draft((token.idx, token.idx + len(token)), source, source_span(source), None,
                      "indirect", entry.stance, f"verb:{entry.cue}", token)

    def speech_event(self, token: Token, source: Token | None, passive: bool) -> bool:
        """Whether a verb of speaking (``[event]``: *speak*) names a speech event without
        what was said (*the envoy spoke for twenty minutes*, *I have spoken in this Chamber*,
        *fifty ministers spoke*): a relation with no content (MARKERS.md: a third party's
        speech acts, content absent) when it is past or perfect and its speaker is its
        subject; not a conversation (*spoke with the minister*: VerbNet talk-37.5's
        *with* frame), the language used (*spoke in Russian*) nor the occasion alone (*spoke
        at the launch of the report*). A verb of addressing
        (*brief*) also in the passive with its speaker as the agent (*were briefed by the
        envoy*)."""
        if passive and not (token.lemma_.lower() in ADDRESSEE_VERBS and any(
                c.dep_ == "agent" for c in token.children)) or token.dep_ == "relcl" or \
                source is None or not is_speaker(self._resolved(source)):
            return False  # (the man who spoke left early: who he is, not what he did; but
            # they were briefed by the envoy: its hearers are the subject, the agent spoke)
        if token.tag_ == "VBG" and token.dep_ == "advcl" and token.i < token.head.i and \
                not any(c.dep_ == "aux" for c in token.children) and self.verb_entry(token.head):
            return False  # Speaking at a mosque, an official said: the one speech act, framed
            # by its occasion (but: said Mr. Annan, briefing the Council: a second act)
        if token.tag_ == "VBG" and any(c.dep_ == "advmod" and c.i == token.i - 1
                                       for c in token.children) and not any(
                c.dep_ in ("prep", "dobj", "nsubj") for c in token.children):
            return False  # broadly speaking, frankly speaking: a style disjunct on the
            # writer's own wording (Quirk et al. 1985, 8.124), no one's speech event
        if not (_past(_tense_bearer(token)) or passive and any(
                c.dep_ == "auxpass" and c.tag_ == "VBD" or c.dep_ == "aux" and c.lemma_ == "have"
                for c in token.children)):
            return False  # not the habitual present (who speaks from this rostrum every year)
        complements = [c for c in token.children if c.dep_ in ("prep", "dobj", "dative")]
        if complements and all(c.dep_ == "prep" and c.lower_ == "at" and any(
                g.dep_ == "pobj" and g.lemma_.lower() != "length" for g in c.children)
                for c in complements):
            return False  # the occasion alone (*the Secretary-General spoke at the opening of
            # the summit*) is a briefing's agenda: what he said comes after it
        return not any(c.dep_ == "prep" and (c.lower_ == "with" or c.lower_ == "in" and any(
            g.ent_type_ in ("LANGUAGE", "NORP") for g in c.children)) for c in token.children)

    @staticmethod
    def legal_request(token: Token) -> bool:
        """Whether a verb of asking (*seek*, *move*) is a request to a court (``[legal]``):
        made in a legal filing, addressed to a court, asking for a court order or a remedy
        (:data:`COURT_ORDERS`) or moving the court to act (:data:`LEGAL_MOTIONS`); or a
        request for a speech act (:data:`REQUESTED_SPEECH`: *seek a retraction*)."""
        subject = _subject(token)
        if subject is not None and (subject.lemma_.lower() in LEGAL_FILINGS or
                                    subject.lower_ in LEGAL_FILINGS):
            return True  # the complaint seeks X, filed papers seeking review
        if any(c.dep_ == "prep" and c.lower_ in ("in", "through", "by") and any(
                g.lemma_.lower() in LEGAL_FILINGS for g in c.children) for c in token.children):
            return True  # in the complaint, the United States seeks to enjoin X
        if token.dep_ == "acl" and token.head.lemma_.lower() in COURTS:
            return True  # approached the courts seeking the nullification of X
        if any(c.dep_ == "prep" and c.lower_ == "from" and any(
                g.lemma_.lower() in COURTS for g in c.children) for c in token.children):
            return True  # sought protection from a federal court
        if any(c.dep_ == "dobj" and c.lemma_.lower() in REQUESTED_SPEECH
               for c in token.children):
            return True  # to seek a retraction: a speech act asked for
        return any(c.dep_ == "dobj" and c.lemma_.lower() in COURT_ORDERS or
                   c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in LEGAL_MOTIONS
                   and _to_infinitive(c)
                   for c in token.children)  # seeking a permanent injunction, moved to
        # dismiss the complaint

    @staticmethod
    def message_presented(token: Token, entry: CueEntry, passive: bool) -> bool:
        """A verb of transferring a message (VerbNet transfer_mesg-37.1.1) whose first WordNet
        sense is one of communication, with an abstraction as its object: the message itself
        (*outlined new action, outlined events of the last 48 hours, summarized the
        concerns*); not a verb whose first sense is another (*posed a threat, read the
        report*), nor a thing as the object (*outlined the building*)."""
        if passive or not entry.source.startswith("VN:transfer_mesg"):
            return False
        if verb_senses(token.lemma_.lower())[0] != "verb.communication":
            return False
        return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and
                   head_noun(c).lemma_.lower() in wordnet_abstract_nouns()
                   for c in token.children)

    def names_abstraction(self, content: tuple[int, int]) -> bool:
        """Whether a noun-phrase content names an abstraction (*its position, the impact of
        the coup, its willingness*), not a thing (*the chairs*): a claim, or a noun whose
        first WordNet sense is abstract (:func:`toolkit.markers.intensifiers.is_abstract_noun`)."""
        if self.names_claim(content):
            return True
        span = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        return span is not None and span.root.pos_ == "NOUN" and is_abstract_noun(span.root)

    def names_claim(self, content: tuple[int, int]) -> bool:
        """Whether a noun-phrase content names a claim or a speech act (*the allegations*,
        *Putin's lies*) or is a quotation."""
        if self.quote_at(content[0]) is not None:
            return True
        span = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None:
            return False
        heads = [span.root] + [c for c in span.root.children if c.dep_ == "conj"]
        heads = [head_noun(h) for h in heads]  # 12 of the 15 recommendations
        return any(h.lemma_.lower() in PROPOSITION_NOUNS or h.lemma_.lower() in self.table.nouns
                   or h.lower_ in self.table.nouns or nonassertive(h) for h in heads)

    def performative(self, token: Token, entry: CueEntry, source: Token | None,
                     quoted: bool = False) -> bool:
        """A statement's own act in the present simple (*The United States strongly condemns
        ...*, *China supports ...*, *The Administration calls on ...*): directives and
        positions are performed, not reported, in that tense (Austin 1962; Searle 1976);
        assertions in the present (*critics say*, *the West argues*) stay reports.
        ``quoted``: the act is inside a quotation, whose main clause it need not be (the
        spokesman said the government "firmly rejects" X)."""
        finite = token
        if token.dep_ == "xcomp" and token.head.lemma_ in ASPECTUAL_VERBS and _to_infinitive(token):
            finite = token.head  # Tonga continues to support X: the present is continue's
        if source is None or finite.tag_ not in ("VBZ", "VBP"):
            return False
        if any(c.dep_ in ("aux", "auxpass") and c.lemma_ != "do" for c in finite.children):
            return False
        if not quoted and (finite.dep_ not in ("ROOT", "conj") or (
                finite.dep_ == "conj" and finite.head.dep_ != "ROOT")):
            return False
        if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in finite.children):
            return False  # The Burmese government regularly denies X: a habit reported, not
            # an act performed in the utterance (Austin 1962: the performative is one act)
        if any(c.dep_ == "prep" and c.lower_ in ("in", "through") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_NOUNS and any(
                    d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in ("a", "an")
                    for d in g.children) for g in c.children)
               for c in finite.children):
            return False  # In its amicus brief, EFF urges the court to X; in a report
            # published today, the Committee warns that X: the act is done in the speaker's
            # own other document, and reported here (not: in this statement;
            # not: welcomes the recognition in the outcome document, the object's place)
        # a position on a proposal or a person (the [verbal] endorsing verbs: support, welcome,
        # congratulate), the restating of the speaker's own position (*Tonga reiterates its
        # concern*, *Jamaica reiterates our position*), or a stated attitude to an abstraction
        # with no reported clause (*Egypt stresses the need for*, *Belize acknowledges the
        # centrality of*; Austin's expositives); *Russia says that ...* stays a report
        objects = [c for c in token.children if c.dep_ == "dobj"]
        position = entry.stance in ("directive", "opposing") or (
            entry.stance == "endorsing" and "verbal" in entry.tags) or any(
            any(g.dep_ == "poss" and g.lower_ in OWN_POSSESSIVES for g in c.children)
            or c.pos_ == "NOUN" and c.lemma_.lower() in wordnet_abstract_nouns()
            for c in objects) and not any(c.dep_ == "ccomp" for c in token.children)
        speaker = self._resolved(source)
        if speaker.lemma_.lower() in REPORTING_BODIES:
            return False  # the Committee recommends that X, it urges Y: a committee acts
            # through its report, which its release reports (MARKERS.md: documents and
            # studies that report are sources), like the report itself (the report urges X)
        # a state, an organisation or "the Government" speaking of itself; not "the West
        # demands", "Democrats oppose" (third parties) nor a person
        self_reference = self.state_name(speaker) and speaker.tag_ != "NNPS" or \
            speaker.lemma_.lower() in ("government", "administration", "department",
                                       "ministry", "office", "embassy")
        return position and self_reference

    def state_name(self, token: Token) -> bool:
        """A state or an organisation: tagged so here, or a one-word proper noun tagged a
        state or an organisation elsewhere in the text, or mostly not tagged a person (one
        sense per discourse, Gale et al. 1992: the parser may tag *Nepal* a person in one
        sentence and nothing in the next)."""
        if token.ent_type_ in ("GPE", "ORG") or country_name(token):
            return True  # (a state's name the tagger made a person: Vanuatu urges)
        if token.pos_ != "PROPN" or token.ent_type_ not in ("", "PERSON") or any(
                c.dep_ in ("compound", "det") for c in token.children):
            return False  # the West, the Kremlin: a region or a seat of power, a third party
        same = self.entity_types_of(token)
        return any(kind in ("GPE", "ORG") for kind in same) or \
            2 * sum(kind == "PERSON" for kind in same) < len(same)

    def entity_types_of(self, token: Token) -> list[str]:
        """The entity types of every token of the Doc that reads as ``token`` does (on the
        Doc's arrays: no Token is made for them)."""
        from spacy.attrs import ENT_TYPE, ORTH

        array = getattr(self, "_orth_entities", None)
        if array is None:
            array = self._orth_entities = self.doc.to_array([ORTH, ENT_TYPE])
        strings = self.doc.vocab.strings
        return [strings[kind] if kind else "" for kind in
                array[array[:, 0] == token.orth, 1].tolist()]

    def replied_to_words(self, token: Token) -> bool:
        """*respond to* words or to who spoke them (*responded to my request*, *was responding
        to the Foreign Ministry*): a reply, a speech act without a clause of its own (VerbNet
        3.4 lists *respond* under say-37.7 as well as respond-113); not a response to events
        or to pressure (*responded to the incidents*: :func:`_abstraction_not_message`)."""
        if token.lemma_.lower() != "respond":
            return False
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                for obj in prep.children:
                    lemma = obj.lemma_.lower()
                    if obj.dep_ == "pobj" and (
                            lemma in self.table.noun_heads and not _abstraction_not_message(obj)
                            or obj.pos_ != "NOUN" and is_speaker(obj)
                            or lemma in DOCUMENT_NOUNS):
                        return True
        return False

    def verbal_act(self, token: Token, passive: bool, agents: list[Token],
                   person_only: bool = False) -> bool:
        """Whether a verb with a physical sense (attack, slam, threaten) is used for a
        verbal act (MARKERS.md): a reason (*for lagging*, *as biased*), words (*with lies*), a
        clause or quotation, or an object that is a person, a text, a policy or an action.
        ``person_only`` (the lexicon's ``[person]``: WordNet gives the verb's speech senses a
        person as object only): an object that is a thing is the verb's other sense
        (*abused its position*: misuse)."""
        children = list(token.children)
        if token.lemma_.lower() == "threaten" and _threatens_act(token, passive):
            return True  # threatened mass protests, was threatened with jail
        if person_only and not passive:  # abused him, abused Smith; not abused its position
            # to ..., as ... (a thing's misuse, whatever follows) nor abused civilians (the
            # ill-treatment of a group: WordNet 3.0 abuse 2, "treat badly")
            return any(c.dep_ == "dobj" and _names_a_person(c) for c in children)
        if passive and not agents:  # was praised for its coverage, was attacked as a traitor:
            # a reason or a verdict makes the agentless passive verbal; was attacked at home not
            return any(c.dep_ == "prep" and c.lower_ in ("for", "as") and not any(
                g.dep_ == "pobj" and g.lemma_.lower() in TIME_NOUNS for g in c.children)
                for c in children)  # not: attacked for the third time
        if any(c.dep_ in ("ccomp", "xcomp") for c in children):
            return True
        attached = children + [g for c in children if c.dep_ == "dobj" for g in c.children]
        for child in attached:
            if child.dep_ == "prep" and child.lower_ in ("for", "as", "over", "about"):
                return True
            if child.dep_ == "prep" and child.lower_ == "to" and any(
                    g.dep_ == "pobj" and is_speaker(g) for g in child.children):
                return True  # lied to the American people
            if child.dep_ == "prep" and child.lower_ == "with" and any(
                    head_noun(g).lemma_.lower() in self.table.nouns for g in child.children):
                return True  # with lies, agreed with (both of) the recommendations
            if child.dep_ == "prep" and child.lower_ in ("at", "against", "into") and any(
                    g.dep_ == "pobj" and (g.lemma_.lower() in VERBAL_OBJECTS or g.lemma_.lower()
                                          in self.table.nouns or is_speaker(g) and
                                          classify_source(g) not in ("anonymous", "none"))
                    for g in child.children):
                return True  # hit back at the report, lashed out against critics,
                # tore into the plan (the preposition of the phrasal cue)
        objects = [c for c in children if c.dep_ == "dobj"]
        if passive:
            objects = [c for c in children if c.dep_ == "nsubjpass"]
            if token.dep_ in ("acl", "relcl"):  # a solution supported by X
                objects.append(token.head)
        elif token.dep_ == "relcl" and not objects and not any(
                c.dep_ == "nsubj" and c.lower_ in RELATIVE_OBJECTS for c in children):
            objects.append(token.head)  # a point (that) X agreed with: the antecedent is the
            # object of the position taken (not: a group that supports X)
        # an endorsing position verb (welcome, support, praise) whose object is an
        # abstraction (WordNet 3.0: an act, event, state ...: *welcomed the agreement*), not a
        # person received or a thing held up; stated in a finite or participial clause, not
        # an infinitive or a noun's -ing modifier (*to support the reform*, *groups
        # supporting the reform*: an activity, not a position taken)
        position = self.verb_entry(token)
        position = position is not None and (position[0].stance == "endorsing" or (
            token.lemma_.lower() in OPPOSING_POSITIONS))
        stated = not _to_infinitive(token) and not (
            token.dep_ == "acl" and token.tag_ == "VBG")
        for obj in objects:
            lemma = obj.lemma_.lower()
            if token.lemma_.lower() in HELPING_VERBS and obj.lower_ in (
                    "me", "him", "her", "us", "them", "another", "other"):
                return False  # support them, support one another: help given (WordNet 3.0
                # support 4), not a position on a proposal
            if lemma in VERBAL_OBJECTS or lemma in self.table.nouns or _names_a_person(obj):
                return True
            if token.lemma_.lower() in HELPING_VERBS and obj.pos_ == "NOUN" and \
                    wordnet_noun_lexfiles().get(lemma) not in ("communication", "cognition"):
                continue  # support relief efforts, the work of the Envoy, implementation of
                # the Agreement, attacks on X: help given to an act (WordNet 3.0 support 4);
                # a position is taken on a proposal or a claim (*supported the motion, the
                # call, Morocco's claim, that notion*: communication and cognition nouns)
            if position and stated and (obj.pos_ == "NOUN" or obj.pos_ == "PROPN" and any(
                    g.dep_ == "det" for g in obj.children)) and lemma in wordnet_abstract_nouns():
                return True  # welcomed the establishment of X, supported the reform, opposed
                # the USA FREEDOM Act (a named act, agreement or plan)
        return False

    def _resolved(self, token: Token) -> Token:
        if token.pos_ == "PRON" or token.lower_ in RELATIVE:
            return resolve_pronoun(token) or token
        return token

    def coordinated_report(self, token: Token) -> Token | None:
        """The cue a subjectless reporting verb is coordinated with, where the parser put it
        inside that cue's content (*claimed he had marks and asked for experts*: *asked*
        belongs with *claimed*): the cue's governing reporting verb, or None."""
        if token.dep_ != "conj" or token.tag_ not in FINITE_TAGS or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return None
        root = token.head
        # a past verb can only be coordinated with the past cue, not with its infinitive
        # (*urged the community to stop the expansion and called for a solution*)
        past_beside_infinitive = root.dep_ == "xcomp" and root.tag_ == "VB" and \
            token.tag_ == root.head.tag_ == "VBD"
        if not past_beside_infinitive and (root.dep_ != "ccomp" or
                                           root.head.tag_ not in FINITE_TAGS):
            return None
        if not past_beside_infinitive and not token.tag_ == root.head.tag_ == "VBD":
            # in the present (or across tenses) the conjunct shares the reported clause's
            # subject unless that subject cannot speak (says the elections were calm but
            # expressed concerns; finds that the doctrine has changed and says Y; not: said
            # the article contains falsehoods and misrepresents the work)
            subject = _subject(root)
            if subject is None or is_speaker(self._resolved(subject)):
                return None
        elif not past_beside_infinitive:
            # in the past, a named speaker of the reported clause goes on speaking (*said
            # Haiti deplored all violations and condemned any attack*); a pronoun is the
            # cue's own speaker again (*said it was shocked and urged X*)
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if subject is not None and (subject.pos_ == "NOUN" or subject.ent_type_ in (
                    "PERSON", "ORG", "GPE", "NORP")) and is_speaker(subject) and \
                    head_noun(subject).lemma_.lower() not in DOCUMENT_NOUNS and \
                    not _to_infinitive(root):  # (not: said the Act has enhanced X and urged Y)
                return None
        found = self.verb_entry(root.head)
        if found is None or "not_speech" in found[0].tags:
            return None
        own = self.verb_entry(token)
        if verb_senses(token.lemma_.lower())[0] != "verb.communication" and (
                own is None or own[0].stance != "directive"):
            # only a second speech act goes on with the cue (*said X and urged Y*, *and
            # called for Z*); a verb of finding, showing or doing goes on with the reported
            # clause's subject (*said the report was accurate and showed that X*; *said
            # troops captured a fortification and found the bodies*)
            return None
        return root.head


    def requested(self, token: Token) -> bool:
        """Whether the verb is a to-infinitive under a directive or commissive cue (*urged
        all states to press the regime*, *called for action to press*, *promised to
        condemn*): the act is asked for or promised, not reported (cf. NON_FACTUAL_HEADS).
        Not under *agree* (*agreed to give evidence*: the agreement and the act are both
        reported)."""
        if token.tag_ == "VBD" and self.coordinated_report(token) is not None:
            return False  # *urged X to stop Y and called for Z*: reported with the cue
        t = token
        while t.dep_ == "conj" and t.head != t and not any(  # ... to freeze X and order Y,
                c.dep_ == "nsubj" or c.dep_ == "aux" and c.lower_ != "to"  # ... and to commit
                for c in t.children):
            t = t.head
        if _to_infinitive(token) and t != token and not _to_infinitive(t):
            # urged the court to apply X in a manner that will not chill Y and to reaffirm
            # Z: the parser hung the second infinitive on the relative clause; it is the
            # first infinitive's conjunct
            for _ in range(6):
                if t.head == t or _to_infinitive(t):
                    break
                t = t.head
        if not _to_infinitive(t):
            return False
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children) and \
                t.head != t and self._is_cue_verb(t.head):
            return True  # called for the council to condemn X: a for-to clause is putative
        for _ in range(4):
            if t.dep_ not in ("xcomp", "advcl", "acl", "ccomp", "pobj", "prep", "dobj") or \
                    t.head == t:
                return False
            t = t.head
            if t.tag_.startswith("VB"):
                found = self.verb_entry(t)
                return found is not None and found[0].stance == "directive" and \
                    "not_speech" not in found[0].tags
        return False


    def _other_voice(self, token: Token) -> bool:
        """Whether a relative clause's verb reports what a speaker of its own says of the
        noun (*which the U.N. said are untrue*, *who she claims was*, *which was denounced by
        X*), not what the relative itself does (*which has proved that*)."""
        if not self._is_cue_verb(token):
            return False
        speakers = [c for c in token.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE]
        speakers += [g for c in token.children if c.dep_ == "agent" for g in c.children
                     if g.dep_ == "pobj"]
        return bool(speakers)

    def _is_cue_verb(self, token: Token) -> bool:
        if not token.tag_.startswith("VB"):
            return False
        found = self.verb_entry(token)
        return found is not None and "not_speech" not in found[0].tags


def _voiced_by_protest(token: Token, entry: CueEntry, source: Token) -> bool:
    """*demonstrations calling for the release of prisoners, protests demanding his
    resignation*: a protest's demand, voiced by its unnamed participants (source type
    ``anonymous``), as a banner or a petition calling for X is a text's."""
    return token.dep_ == "acl" and token.tag_ == "VBG" and token.head == source and \
        source.lemma_.lower() in PROTEST_NOUNS and entry.stance in ("directive", "opposing")
