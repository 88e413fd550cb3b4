"""Speech-act nouns: a ``nominal`` relation only with an explicit source.

The source: a possessive (pronouns included, shared by coordinated nouns), a relational
adjective (*presidential*, a nationality: *Russian lies*), a *by/from/of* phrase (also where
the parser hangs it on the verb, on the object of the noun's *for* phrase or on the last of
coordinated nouns), a compound speaker (*a police request*, *the G7 Foreign Ministers
statement*), the subject of a verb that produces the noun (*he filed complaints*), in a
relative clause (*the proposal that X made*) or the agent of its passive (*proposals made by
X*); the content a *that*/*to* clause of the same sentence, or what a directive noun asks
for (*calls for peace*) (MARKERS.md). A first-person source is the writer's earlier speech
(``self``) only where the act is told in the past or called earlier (*we made a commitment*,
*my previous remarks*, *our proposals were modest*, *the response to our proposals*); a call
renewed in the text is a performative.

Also here: the addressee's speech (*thank you for your briefing*), unless it is asked for or
awaited; nouns of results with a possessive speaker (*its findings*); judicial decisions only
from a court, a judge or a jury (*the court's decision*); the subject of a verb of taking up
an act (*resorted to rhetoric*); no relation where the producing verb is negated (*did not
make the recommendation*); and a document's reporting verb that the parser read as a noun (*the
testimony states*, *EFF's brief notes that*).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..markers.intensifiers import COLLECTIVE_NOUNS, wordnet_noun_lexfiles
from .cues import CueEntry, learned_entry
from .plumbing import (
    _char_range,
    _Draft,
    _is_passive,
    _mandative,
    _negated,
    _questioned,
    _subject,
    _through_phrases,
    _to_infinitive,
)
from .sources import (
    DOCUMENT_SOURCES,
    FIRST_PERSON,
    INSTITUTION_NOUNS,
    RELATIVE,
    ROLE_NOUNS,
    SOURCE_ADJECTIVES,
    is_speaker,
    resolve_pronoun,
    source_span,
    wordnet_person_nouns,
)
from .verb_contents import _FULL_STOP
from .verbs import PROPOSITION_NOUNS, _past

#: verbs that put a speech-act noun out into the world: their subject is its source
#: (*30 women filed complaints*, *they issued arrest warrants*, *pushing this impeachment*)
PRODUCING_VERBS = frozenset("""
make file issue lodge level bring spread repeat voice tell publish post write push peddle
send deliver give offer utter circulate launch press pursue submit raise express air spout
hurl throw sling parrot regurgitate peddle broadcast tweet share announce release present
provide renew reiterate reaffirm restate levy
contain include carry feature
""".split())
# (the last line: a text that holds the speech act is its source: *the article contains
# misleading claims*, *articles carrying claims that X*)

#: verbs of issuing a text or bringing an accusation, which with their speech-act object
#: make one cue phrase (*issued a statement, put out a statement, published proposals, filed
#: the lawsuit, brought the charges*); not the light verb *make*, whose noun is the cue (*made
#: allegations*)
ISSUING_VERBS = frozenset("issue publish release deliver file bring lodge level".split())

#: the head of a quantified object (*made a number of allegations, levelled a series of
#: charges*): the verb produces the nouns of its *of* phrase
QUANTITY_HEADS = COLLECTIVE_NOUNS | frozenset(
    "number couple set list lot flurry handful variety range".split())

#: verbs whose subject takes part in a discussion (*they had a conversation with X, held a
#: debate, engaged in a debate*): the participants are the source of a noun of discussion;
#: not the phases of one still to come (*will begin / continue discussions*: a plan)
DISCUSSION_VERBS = frozenset("have hold conduct engage participate join".split())

#: what a statement answers besides speech acts and documents (a response to the questions)
ANSWERED_NOUNS = frozenset("question query inquiry enquiry letter recommendation".split())

#: verbs that put out a written or spoken answer (not: provide a response, an act)
ANSWER_VERBS = frozenset("issue publish send deliver submit post write tweet release "
                         "lodge file table".split())

#: light verbs (Quirk et al. 1985, 3.39: *make a call, give an order*) whose object can be a
#: speech act or not (a phone call, a purchase order): not enough for an ambiguous noun
LIGHT_VERBS = frozenset("make give have take get do".split())
#: nouns that name the words of a message, which a colon after their phrase introduces
COLON_MESSAGE_NOUNS = frozenset({"message", "word"})
#: nouns that name an utterance as a thing (MARKERS.md: *statement, remarks, testimony*):
#: their *about* phrase is its topic, not a claim
UTTERANCE_NOUNS = frozenset("""
statement remark comment testimony tweet post interview speech word account briefing
reply response answer
""".split())
#: nouns of formal accusation (MARKERS.md): their *of* phrase or noun modifier is the charge
ACCUSATION_NOUNS = frozenset("charge indictment accusation allegation complaint lawsuit "
                             "accusal".split())
#: verbs whose own *from* phrase is a place or a possessor (*removed X from the site*)
REMOVAL_VERBS = frozenset("""
remove delete erase strip withdraw pull take drop omit exclude retract hide shield protect
block ban separate distinguish keep save rescue free release expel
""".split())


#: modal auxiliaries (Quirk et al. 1985, 3.40): a cue verb under one reports no speech act
MODAL_AUXILIARIES = frozenset("should must may might could would will shall can ought".split())
#: adjectives that place a speech act before the text (*my previous comments*)
EARLIER_ADJECTIVES = frozenset("previous earlier past former prior repeated".split())

#: who gives a judicial decision (``[judicial]`` nouns: *the court's decision*, *the judge's
#: ruling*): WordNet 3.0 court 08329453 (court, tribunal, judicature), judge 10225219 (judge,
#: justice, jurist), jury 08374049 and the bodies that sit as one (bench, panel, chamber);
#: and a legislature's presiding officer, who rules on points of order (*the Speaker's
#: ruling*, *the Chair's ruling*: Erskine May, the Speaker's rulings on order)
JUDICIAL_SPEAKERS = frozenset("""
court tribunal judicature judge justice jurist magistrate jury juror bench panel chamber
arbitrator arbiter circuit speaker chair chairman chairwoman chairperson
""".split())


#: prepositional verbs of taking up a kind of act (*resorted to rhetoric*, *engaged in
#: propaganda*, *indulged in lies*; Quirk et al. 1985, 16.5): their subject does the act
ENGAGING_VERBS = {"resort": "to", "engage": "in", "indulge": "in", "descend": "into"}

#: verbs of agreeing and siding (Levin 1993, 36.1 correspond verbs; *align with*): their
#: with-phrase names another party's act that the subject joins (*the candidate countries
#: align themselves with this statement*, *we concur with the findings*), not the subject's
#: own words (*attacked me with lies*: an instrument), so its subject is not the noun's source
AGREEMENT_VERBS = frozenset("""align agree concur comply side associate disagree differ
sympathise sympathize identify""".split())

#: verbs of expecting something still to come (*we await your response*, *look forward to
#: your proposals*; Quirk et al. 1985, 16.31 verbs of anticipation)
EXPECTING_VERBS = frozenset("await expect anticipate look wait hope".split())

#: verbs whose object *promise* is a potential (*fulfil its promise*, *show promise*; WordNet
#: 3.0 promise n.2, grounds for hope), not a promise made
POTENTIAL_VERBS = frozenset("fulfil fulfill realise realize show hold keep".split())

#: verbs of asking for and permitting an act: the act they ask for or permit is not (yet)
#: done (*asked the minister to make a statement*, *is entitled to make a statement*), and
#: a speech act they take as object is asked for, not made (*demanded a statement from the
#: Government*), as is one the noun *permission* is asked for (*your permission to make a
#: statement*)
REQUEST_HEADS = frozenset("ask request urge invite permit allow entitle demand seek "
                          "permission".split())
#: verbs whose infinitive is not (yet) done: obligation and negative implicatives (*had to
#: make the recommendation*, *failed to issue a reply*; Quirk et al. 1985, 16.38; Karttunen
#: 1971 implicative verbs)
UNREALISED_HEADS = frozenset("have need ought fail refuse decline neglect forget omit plan "
                             "intend want hope wish like care".split()) | REQUEST_HEADS

#: nouns answered by a speech act (*the Government's response to our proposals*: what it
#: answers came before it)
ANSWERING_NOUNS = frozenset("response reply answer rejoinder rebuttal".split())

#: documents whose reporting verb the parser takes for a noun compound (*the testimony
#: states*, *EFF's brief notes that*): the document nouns of the sources, and a legal brief
REPORTING_DOCUMENTS = DOCUMENT_SOURCES | frozenset("brief filing submission".split())


def _imperative(sentence: Span) -> bool:
    """A sentence (or the clause after a colon) whose root is a base-form verb without a
    subject or an auxiliary other than *do* (*Live up to past pledges*, *Do not overlook
    X*)."""
    root = sentence.root
    return root.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "aux" and c.lemma_ != "do"
        for c in root.children)


def _addressee(source: Token) -> bool:
    """A second-person possessive (*your statements*, *thank you for your briefing*): the
    addressee, whose speech the text answers, is the noun's source."""
    return source.lower_ == "your" and source.dep_ == "poss"


def _judicial(source: Token) -> bool:
    """Whether a source names a court, a judge or a jury (*the court's*, *the Second
    Circuit's*, *Judge X's*)."""
    words = [t for t in source.subtree if t.pos_ in ("NOUN", "PROPN")] or [source]
    return any(t.lemma_.lower() in JUDICIAL_SPEAKERS or t.lower_ in JUDICIAL_SPEAKERS
               for t in words)


def _bound_possessive(source: Token) -> bool:
    """An *its* bound by the subject of its own clause (*OPR referred its findings*, *the
    Government published its response*; Chomsky 1981), where that subject is a speaker that
    the pronoun resolver does not take (a name without an entity type)."""
    if source.lower_ != "its" or source.dep_ != "poss":
        return False
    verb = source.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    subject = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    return subject is not None and subject.tag_ in ("NN", "NNP") and subject.lower_ not in (
        "it", "this", "that") and is_speaker(subject)


def _possessor(source: Token, noun: Token) -> bool:
    """Whether the source is the noun's possessive (*its findings*, *the office's
    conclusion*), or one the parser missed."""
    return source.dep_ == "poss" and source.head == noun or _surface_possessor(noun) == source


def _first_noun_conjunct(noun: Token) -> Token:
    """The first of coordinated nouns (*the smears and lies*: *smears*), which carries the
    phrase's relation to its verb."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":
        first = first.head
    return first


def _told_as_past(noun: Token, entry: CueEntry) -> bool:
    """Whether a first-person speech act is told as an earlier one by its own clause (*our
    proposals were modest*, *our call went unheeded*: the subject of a past clause) or by
    what answers it (*the Government's response to our proposals*)."""
    first = _first_noun_conjunct(noun)
    if first.dep_ == "pobj" and first.head.lower_ == "to" and \
            first.head.head.lemma_.lower() in ANSWERING_NOUNS:
        return True
    if first.dep_ not in ("nsubj", "nsubjpass") or "discussion" in entry.tags:
        return False  # (our debate tonight recognised X: an event the writer took part in)
    verb = first.head
    return verb.tag_ == "VBD" or _past(verb) or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _taken_up_by_another(noun: Token) -> bool:
    """Whether a first-person speech act (*our recommendations*, *my request*) is the object
    of another party's act (*the ministry rejected all of our recommendations*, *most of our
    proposals were accepted by the council*, *the director replied to my request*):
    someone else takes it up, so it was made before the text, not performed in it. The
    subject of the verb (or the agent of its passive, or the antecedent of a relative
    subject) is named and is neither the writer nor the reader."""
    phrase = _first_noun_conjunct(noun)
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and \
            phrase.head.head.pos_ in ("NUM", "PRON", "DET", "NOUN", "ADJ"):
        phrase = phrase.head.head  # all of our recommendations, most of our proposals
    if phrase.dep_ in ("dobj", "nsubjpass"):
        verb = phrase.head
    elif phrase.dep_ == "pobj" and phrase.head.dep_ == "prep":
        verb = phrase.head.head  # replied to my request, at our request the board agreed
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    actors = [c for c in verb.children if c.dep_ == "nsubj"] + [
        o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    actors = [verb.head if a.lower_ in RELATIVE and verb.dep_ == "relcl" else a
              for a in actors]
    return bool(actors) and all(a.pos_ in ("NOUN", "PROPN") and a.lower_ not in FIRST_PERSON
                                for a in actors)


#: nouns of time whose genitive dates a thing (*today's briefing, last week's report*)
TIME_NOUNS = frozenset("""today yesterday tomorrow tonight morning afternoon evening night day
week month year weekend""".split())


def _temporal_genitive(possessor: Token) -> bool:
    """A genitive of time (Quirk et al. 1985, 5.118: *today's briefing*, *Monday's
    statement*, *last year's report*): it dates the noun and names no speaker."""
    return possessor.ent_type_ in ("DATE", "TIME") or possessor.lower_ in TIME_NOUNS


def _surface_possessor(noun: Token) -> Token | None:
    """A possessor the parser missed (*readers’ comments*, *Democrats’ most disgusting
    lies*, *Korea's (ROK) announcement*): a noun and an apostrophe right before the noun and
    its modifiers (and an abbreviation in brackets)."""
    doc = noun.doc
    i = noun.i - 1
    while i >= 0 and doc[i].pos_ in ("ADJ", "ADV") and doc[i].dep_ in ("amod", "advmod"):
        i -= 1
    if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(":
        i -= 3  # the Republic of Korea's (ROK) announcement: an abbreviation in brackets
    if i >= 1 and doc[i].text in ("’", "'", "’s", "'s") and doc[i - 1].pos_ in ("NOUN", "PROPN"):
        return doc[i - 1]
    return None


#: classifying adjectives (Quirk et al. 1985, 7.36) that name a kind of proceeding on a
#: debate or discussion (*the general debate*, *a congressional debate*), not how it went
#: (*a full debate*)
PROCEEDING_ADJECTIVES = frozenset("general congressional parliamentary plenary interactive "
                                  "thematic televised presidential".split())


def _made(noun: Token) -> bool:
    """A noun made as a speech act (``[made]``): the object of *make* (*we made a
    commitment to X*) or the noun a participle *made by* its maker modifies (*the commitments
    made by the warring parties*)."""
    first = _first_noun_conjunct(noun)
    if first.dep_ in ("dobj", "nsubjpass") and first.head.lemma_.lower() == "make":
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() == "make" and any(
        g.dep_ == "agent" for g in c.children) for c in noun.children)


def _another_account(token: Token) -> bool:
    """*Account* in a sense other than a narrated report (WordNet 3.0 account 1, noun.
    communication): a name or a noun modifier that is no person names a kind of account held
    (*bank, investment, Twitter accounts*; WordNet account 2, noun.possession), and an organisation
    as its owner, with nothing narrated, a financial record (*the Commission's accounts*,
    *the accounts of the European Communities*); not *victims' accounts*, *witness
    accounts*, *the government's account of the incident*."""
    if any(c.dep_ in ("compound", "nmod") and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and
                                               c.lemma_.lower() not in wordnet_person_nouns())
           for c in token.children):
        return True
    of_objects = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
    owners = [c for c in token.children if c.dep_ == "poss"]
    if not owners and of_objects:
        owners, of_objects = of_objects[:1], of_objects[1:]
    return any(o.ent_type_ in ("ORG", "GPE") or o.lemma_.lower() in INSTITUTION_NOUNS
               for o in owners) and not of_objects


def _compound_source(token: Token) -> bool:
    """A noun modifier that names who speaks (*a Thai government request*, *Democrat talking
    points*, *a White House statement*): a person, an organisation, a state or a people, an
    institution or a role; not a topic (*a climate statement*) or a medium (*press*)."""
    if token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if token.ent_type_ == "NORP":
        return True
    lemma = token.lemma_.lower()
    speakers = INSTITUTION_NOUNS | ROLE_NOUNS
    if token.pos_ == "PROPN" and lemma not in speakers and lemma.endswith("s"):
        lemma = lemma[:-1]  # the G7 Foreign Ministers statement (a plural title, no 's)
    return token.pos_ in ("NOUN", "PROPN") and lemma in speakers


#: who is charged, not who charges (*the defendant's pending charges*)
ACCUSED_NOUNS = frozenset("""defendant accused suspect detainee prisoner inmate convict
offender respondent""".split())
#: a jurisdiction that classifies a charge (*state charges, federal charges*): the law it is
#: brought under, not a speaker
JURISDICTION_WORDS = frozenset("""state federal local county provincial municipal
criminal civil military""".split())


def _party_charged(modifier: Token, noun: Token) -> bool:
    """Whether a modifier of a noun of formal accusation names the accused or the
    jurisdiction, not the accuser: *the defendant's pending charges, state charges*."""
    if noun.lemma_.lower() not in ACCUSATION_NOUNS:
        return False
    lemma = modifier.lemma_.lower()
    return lemma in ACCUSED_NOUNS or modifier.dep_ == "compound" and lemma in JURISDICTION_WORDS


def _attached(source: Token, noun: Token) -> bool:
    """Whether the source is a modifier of the noun itself (a possessive, a compound, a
    relational adjective or an of-phrase; or of the first of coordinated nouns, which share
    it), not a by/from phrase or a verb's subject."""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and source.head != noun and \
            source.head.head != noun:
        noun = noun.head
    if source.head == noun and source.dep_ in ("poss", "compound", "amod", "nmod"):
        return True
    if source.head.dep_ == "agent" and source.head.head.head == noun:
        return True  # the order advocated by X: X speaks of it, did not issue it
    if _surface_possessor(noun) == source:
        return True  # a possessor the parser missed (readers' comments)
    return source.dep_ == "pobj" and source.head.lower_ == "of" and source.head.head == noun


def _for_object_source(prep: Token) -> Token | None:
    """A *from/by* phrase the parser hung on the object of a noun's *for* phrase (*calls for
    peace from the international community*): the speaker of the call, not the peace's."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                speakers = [c for c in child.children if c.dep_ == "pobj" and is_speaker(c)
                            and c.pos_ != "PRON"]
                if speakers:
                    return speakers[0]
    return None


def _agent(verb: Token) -> Token | None:
    """The object of a passive verb's *by* phrase."""
    for agent in verb.children:
        if agent.dep_ == "agent":
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


class NounRules:
    """The speech-act noun rule (a mixin of the detector)."""

    def noun(self, token: Token) -> _Draft | None:
        misparsed = self.document_report(token)
        if misparsed is not None:
            return misparsed
        if token.pos_ != "NOUN" or not token.text[:1].islower():
            return None
        doc = self.doc
        entry = None
        cue_end = token
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "NOUN" and token.dep_ == "compound":
            entry = self.table.nouns.get(f"{token.lemma_.lower()} {nxt.lemma_.lower()}")
            if entry is not None:
                cue_end = nxt
        head = cue_end
        if entry is None and nxt is not None and nxt.dep_ == "prep" and nxt.head == token \
                and not any(c.dep_ == "compound" for c in token.children):  # a phone call
            # a noun with its preposition (the minister's call for calm, a call on X)
            entry = self.table.nouns.get(f"{token.lemma_.lower()} {nxt.lower_}")
            if entry is not None:
                cue_end = nxt
            elif nxt.i + 1 < len(doc) and doc[nxt.i + 1].dep_ == "pobj" and \
                    doc[nxt.i + 1].head == nxt:  # a noun with its of-phrase: point of order
                entry = self.table.nouns.get(
                    f"{token.lemma_.lower()} {nxt.lower_} {doc[nxt.i + 1].lemma_.lower()}")
                if entry is not None:
                    cue_end = doc[nxt.i + 1]
        if entry is None:
            entry = self.table.nouns.get(token.lemma_.lower()) or \
                self.table.nouns.get(token.lower_)
        gerund = False
        if entry is None:
            entry = self.gerund_entry(token)
            gerund = entry is not None
        if entry is None and token.i in self.relaxed:  # an unlisted noun the classifier accepts
            entry = learned_entry(token.lemma_.lower(), "noun")
        if entry is None or "not_speech" in entry.tags:
            return None
        if "count" in entry.tags and token.tag_ == "NN" and not any(
                c.dep_ in ("det", "poss") for c in token.children) and \
                _surface_possessor(token) is None:
            return None  # the mass noun (*free speech, online speech*): communication, not a
            # speech given (*a speech, his speech, speeches*)
        if token.lemma_.lower() in ("word", "term") and token.dep_ == "pobj" and \
                token.head.lower_ == "in" and any(c.dep_ == "poss" for c in token.children) \
                and token.head.i > 0 and (token.doc[token.head.i - 1].is_punct or
                                          token.doc[token.head.i - 1].dep_ == "cc"):
            return None  # to, in his words, hide this crime: a parenthesis that marks the
            # reporting speaker's wording inside another relation, no speech act of its own
        if "made" in entry.tags and not _made(token):
            return None  # commitment to the values, OSCE commitments: a dedication or an
            # obligation, not a pledge someone made
        if "narrative" in entry.tags and _another_account(token):
            return None  # bank accounts, the Commission's accounts: not a narrated report
        if token.dep_ == "compound" and cue_end == token and token.head.pos_ == "NOUN" and \
                token.head.i > token.i and (entry.stance != "distancing" or
                                            token.lemma_.lower() in ACCUSATION_NOUNS):
            return None  # the office's plea review policy: a noun modifier names a kind (but a
            # messaging noun names the apparatus of its messaging: X's propaganda machine)
        if "clause" in entry.tags and cue_end == token and any(
                c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN")
                and not _compound_source(c) for c in token.children):
            return None  # a phone call, a wake-up call: another sense of the noun
        if "discussion" in entry.tags and cue_end == token and any(
                c.dep_ in ("compound", "amod") and (
                    c.pos_ in ("NOUN", "PROPN") and not _compound_source(c)
                    and c.ent_type_ not in ("DATE", "TIME")
                    and not any(g.dep_ == "nummod" for g in c.children)
                    or c.lower_ in PROCEEDING_ADJECTIVES) for c in token.children):
            return None  # the general debate, an Adjournment debate, the Keystone XL debate:
            # a kind of proceeding on an agenda, not a discussion its speakers had (but a
            # seven-hour debate: how long it took)
        if head.dep_ == "nsubj" and self._is_cue_verb(head.head) and not (
                "proposition" in self.verb_entry(head.head)[0].tags and not any(
                    c.dep_ == "dobj" for c in head.head.children)) and \
                self.reports(head.head) and not any(
                c.dep_ == "aux" and c.lower_ in MODAL_AUXILIARIES for c in head.head.children):
            return None  # it is the source of that relation (the statement said ...), not:
            # Putin's lies spread (spreading needs an object naming a claim), X's complaints
            # should remind us (a modal verb reports nothing: the noun is the relation)
        if any(c.dep_ == "acl" and c.tag_ == "VBG" and self._is_cue_verb(c) and not any(
                g.dep_ in ("nsubj", "aux", "mark") for g in c.children) and
                self._reports_quietly(c) for c in head.children):
            return None  # a petition calling on X: the source of that relation, not its own
            # (but: allegations that Washington is seeking X: a clause of its own; a
            # statement recognizing the anniversary: no relation of the participle's)
        if head.dep_ == "pobj" and (
                head.head.lower_ == "to" and head.head.head.lower_ == "according"
                and entry.stance != "directive"
                or head.head.lower_ in ("in", "via", "through")
                and self._is_cue_verb(head.head.head)) or self._medium(head):
            return None  # according to testimony / said in a statement: the medium; but
            # according to the request of X is in accordance with it: X's request, and a
            # cue's to-object is what it answers or concerns (responded to Putin's lies)
        # the content of another cue (denied the allegations) has no governing-verb source
        content_of_cue = head.dep_ in ("dobj", "nsubjpass") and self._is_cue_verb(head.head) \
            and not _puts_out(head.head) and not self._pledges_only(head.head)
        # (put out a statement: issued it; offered an apology: offer pledges only an act)
        # and the with-object of a cue without an object of its own (concurred with the
        # recommendations: what it agrees with; not: attacking me with lies, the words used)
        governor = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "with" \
            else None
        content_of_cue = content_of_cue or governor is not None and \
            self._is_cue_verb(governor) and not any(c.dep_ == "dobj" for c in governor.children)
        # a noun of an act on something (denial, rebuttal, praise, criticism): its of-phrase
        # is what the act is on (an objective genitive; Quirk et al. 1985, 17.41)
        objective = entry.stance in ("opposing", "endorsing") or "objective" in entry.tags \
            or "discussion" in entry.tags  # a discussion of the Bill: its topic
        source = self.noun_source(head, governing=not content_of_cue, objective=objective,
                                  discussion="discussion" in entry.tags)
        if source is None and not content_of_cue:
            source = _engaged_source(head)
        made = source is None and _made_without_agent(head) and not _negated(head.head)
        made_clause = self.clause_content(head.head, token) if made else None
        if made and ("clause" not in entry.tags or made_clause):
            # an allegation was made (against X): the passive of making a claim reports it,
            # as *it was alleged* does (MARKERS.md: passives of reporting verbs); no source
            self.used.update({cue_end.i, head.i})
            content = self.clause_content(head, token) or made_clause
            return _Draft((token.idx, cue_end.idx + len(cue_end)), None, None, content,
                          "indirect", _noun_stance(entry, head), f"noun:{entry.cue}", token)
        if source is None or _addressee(source) and self.awaited(head) or not (
                is_speaker(self._resolved(source)) or _addressee(source) or
                _bound_possessive(source) or "judicial" in entry.tags and _judicial(source)):
            return None  # (your advice asked for or awaited: not yet given)
        if "judicial" in entry.tags and (source.dep_ == "compound" or not _judicial(
                self._resolved(source))):
            return None  # Lithuania's decision, their judgment: a choice or a view, no ruling;
            # decades of court decisions: a kind of decision, no one court's
        if _unmade(head, source, content_of_cue):
            return None  # she did not make the recommendation, made no comment: no act
        if gerund and source.dep_ != "poss" and _surface_possessor(head) != source:
            return None  # the reporting period, reporting by the press: only OHCHR's reporting
        in_quote = self.quote_at(token.idx) is not None
        if source.lower_ in FIRST_PERSON and not in_quote and not self.earlier_act(head, source) \
                and not _told_as_past(head, entry) and not (
                    source.dep_ == "poss" and _taken_up_by_another(head)):
            return None  # the writer's own words, performed in the text itself
        content = self.clause_content(head, token) or self.postponed_clause(head, token)
        if content is None and any(c.dep_ == "amod" and c.lower_ == "following"
                                   for c in head.children):
            content = self.announced_text(head)  # made the following statement: "..."
        if content is None:
            content = self.colon_message(head)  # sent a clear message to leaders: do X
        if content is None and entry.stance == "directive":
            content = self.directive_content(head, token, cue_end)
        if "infinitive" in entry.tags and content is None:
            return None  # a call from the president: a telephone call, unless it asks for X
        if "judicial" in entry.tags and content is not None and any(
                c.dep_ == "acl" and _to_infinitive(c)
                for c in head.children):
            return None  # the court's decision to dismiss the case: an act on an object
        if "clause" in entry.tags and "discussion" not in entry.tags and content is None and (
                _attached(source, head) or source.head.lemma_.lower() in LIGHT_VERBS) and \
                not ("result" in entry.tags and _possessor(source, head) and (
                    head.tag_ == "NNS" or source.pos_ != "PRON")):
            return None  # an ambiguous noun (their world order, an Executive Order) needs its
            # content, a by/from source, a verb that produces it (they issued orders) or, for a
            # noun of results, a possessive speaker (its findings, the office's conclusion;
            # not: their successful conclusion)
        if "clause" in entry.tags and content is None and source.dep_ == "pobj" and \
                source.head.lower_ == "from" and source.head.head == head and \
                entry.stance == "directive" and \
                wordnet_noun_lexfiles().get(head.lemma_.lower()) == "state":
            return None  # the threat from ISIL, threats from Iran: a danger and where it comes
            # from (WordNet 3.0 threat 1, noun.state), no speech act without its content (the
            # threat from the union to boycott the tests); a directive noun whose first sense
            # is speech keeps its from-source (assurances from the Prime Minister)
        if "result" in entry.tags and content is None and not _possessor(source, head) and \
                not (source.head.dep_ == "prep" and source.head.lower_ in ("by", "from")
                     and source.head.head == head):
            return None  # the conclusion of the treaty ... and of X: an end, not a finding
        if "answer" in entry.tags and not any(
                g.dep_ == "mark" and g.lower_ == "that" for c in head.children
                for g in c.children) and not self.answers_speech(head, source):
            return None  # Russia's response to the floods, its response was to bomb, a
            # response to address X (a purpose, not a content): an act
        if content is None:
            content = self.phrase_content(head, cue_end, entry, source, objective)
        if "verbal" in entry.tags and content is None and not self.verbal_target(head):
            return None  # Russia's attack on the city: a physical act, not speech
        self.used.update({cue_end.i, head.i})
        span = source_span(source) if source.dep_ != "poss" else (
            min(t.idx for t in source.subtree), max(t.idx + len(t) for t in source.subtree))
        if content is not None and span[0] < content[0] < span[1]:
            end = content[0]  # the agent's span stops before the noun's own phrase
            while end > span[0] and self.text[end - 1].isspace():
                end -= 1
            span = (span[0], end)
        cue_start = token.idx
        issuing = head.head
        if head.dep_ == "dobj" and (issuing.lemma_.lower() in ISSUING_VERBS or
                                    _puts_out(issuing)) and \
                source == _subject(issuing) and issuing.i < token.i and all(
                    t in head.subtree or t.dep_ == "prt" for t in doc[issuing.i + 1:token.i]) \
                and (issuing.lemma_.lower() != "bring" or
                     head.lemma_.lower() in ACCUSATION_NOUNS | {"suit", "case"}):
            cue_start = issuing.idx  # the act of issuing is part of the cue phrase: *issued
            # the following statement*, *put out a statement* (the cue may be either word)
        issued = [c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and
                  c.i == head.i + 1 and c.lemma_.lower() in ISSUING_VERBS]
        if issued and cue_end == head:
            cue_end = issued[0]  # and in a reduced relative: *the statement delivered by X*
        return _Draft((cue_start, cue_end.idx + len(cue_end)), source, span, content, "nominal",
                      _noun_stance(entry, head), f"noun:{entry.cue}", token,
                      # the addressee is an unnamed but identifiable person, like *his*
                      source_type="named_person" if _addressee(source) else None)

    def announced_text(self, noun: Token) -> tuple[int, int] | None:
        """What a noun with *following* announces (*made the following statement regarding
        myself: "..."*): the quotation after the next colon of its sentence, or the rest of
        the colon's line. The colon may close a long adjunct with a quoted title (*delivered
        the following opening statement, as prepared, for the Subcommittee Hearing on
        "Oversight of X":*)."""
        end = noun.idx + len(noun)
        colon = self.text.find(":", end, end + 80)
        if colon < 0 or any(ch in self.text[end:colon] for ch in "\n.;!?\"“”"):
            colon = self.text.find(":", end, end + 300)
            if colon < 0 or self.text[colon + 1:colon + 2] not in ("\n", "\r") or any(
                    ch in self.text[end:colon] for ch in "\n;!?") or _FULL_STOP.search(
                    self.text, end, colon) is not None:
                return None  # (the colon of the noun's own sentence: regarding myself:,
                # today:; a long one only where it closes its line)
        start = colon + 1
        while start < len(self.text) and self.text[start].isspace():
            start += 1
        quote = self.quote_at(start)
        if quote is not None:
            return quote
        _, line_end = self.line_of(start)
        text = self.text[start:line_end].rstrip()
        if text[:1] in ('"', "“") and not any(mark in text[1:] for mark in ('"', "”")):
            return start, len(self.text.rstrip())  # a statement whose opening mark is not
            # closed in its paragraph (Chicago 13.30): the rest of the text is what it says
        return (start, start + len(text)) if text else None

    def gerund_entry(self, token: Token) -> CueEntry | None:
        """The nominal *-ing* form of a verb of reporting (*OHCHR's reporting*; Quirk et al.
        1985, 17.54), a relation only with a possessive source: only a neutral verb of reporting
        with no frame of its own (*report*, *announce*), not one whose act is on a person or
        needs its frame (*the army's questioning of the suspects*: an interrogation)."""
        text = token.lower_
        if token.tag_ != "NN" or not text.endswith("ing") or len(text) < 6:
            return None
        stem = text[:-3]
        candidates = [stem, stem + "e"]
        if stem[-1] == stem[-2]:
            candidates.append(stem[:-1])  # shipping -> ship
        for verb in candidates:
            entry = self.table.verbs.get(verb)
            if entry is not None and entry.stance == "neutral" and not entry.tags:
                return replace(entry, tags=frozenset({"noun"}))
        return None

    def directive_content(self, noun: Token, cue: Token,
                          cue_end: Token) -> tuple[int, int] | None:
        """What a directive or commissive noun asks for: its *for* phrase (*calls for peace*,
        *a demand for reform*) or a to-infinitive on its addressee (*our call to the
        international community to act*, *an appeal to donors to give*)."""
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "for" and child.i > noun.i and any(
                    g.dep_ in ("pobj", "pcomp") for g in child.children):
                speaker = _for_object_source(child)
                tokens = [t for t in child.subtree if (speaker is None or
                          t not in set(speaker.head.subtree)) and t.i != cue_end.i]
                # (the preposition of the cue *calls for* is the cue's, not the content's)
                return _char_range(self.same_line(tokens, cue))
        for child in noun.children:  # calls from X to resign (parsed as a relative clause)
            if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "AUX") and \
                    _to_infinitive(child):
                return _char_range(self.same_line(list(child.subtree), cue))
        doc = noun.doc
        end = max(t.i for t in noun.subtree)
        following = doc[end + 1] if end + 1 < len(doc) else None
        if following is not None and following.lower_ == "to" and following.dep_ == "aux" and \
                following.head.i > following.i and any(
                    c.dep_ == "prep" and c.lower_ in ("to", "on", "upon") for c in noun.children):
            verb = following.head  # our call on the world to act (parsed as the verb's adjunct)
            return _char_range(self.same_line([t for t in verb.subtree if t.i >= following.i],
                                              cue))
        for child in noun.children:
            if child.dep_ != "prep" or child.lower_ not in (
                    "to", "on", "upon", "from", "by", "of") or child.i < noun.i:
                continue  # a call on X to act; a call from X to act (parsed on X)
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                for verb in obj.children:
                    if verb.dep_ in ("acl", "relcl") and verb.pos_ in ("VERB", "AUX") and \
                            _to_infinitive(verb):
                        return _char_range(self.same_line(list(verb.subtree), cue))
        return None

    def _reports_quietly(self, verb: Token) -> bool:
        """Whether the verb rule makes a relation of ``verb``, leaving the words it has
        used so far as they were (a look-ahead, not the rule's own run)."""
        used = set(self.used)
        found = self.verb(verb) is not None
        self.used.intersection_update(used)
        return found

    def answers_speech(self, noun: Token, source: Token) -> bool:
        """Whether a noun of answering (*response*, whose first sense is a result) names a
        statement (WordNet 06746005): its *to* object is a speech act, a question or a
        document (*the Government's responses to the reports*); without a *to* object, its
        speaker issues, publishes or sends it (*the ministry issued a response*) or modifies
        it (*the Government response*) or it introduces a text (*makes the following
        response:*); not a noun modifier itself (*response plans*)."""
        targets = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj"]
        if targets:  # an effective response to the threats: to an event, an act
            return any(self._answered(t) for t in targets)
        if noun.dep_ == "compound":
            return False  # community response initiatives, a response plan
        if any(c.lower_ == "following" for c in noun.children) and noun.i + 1 < len(
                noun.doc) and noun.doc[noun.i + 1].text == ":":
            return True  # makes the following response: the text after the colon
        if source.dep_ in ("nsubj", "nsubjpass") and source.head.lemma_.lower() in \
                ANSWER_VERBS:
            return True
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ANSWER_VERBS:
            return True  # the Government published its response
        return not targets and source.dep_ == "compound"

    def _answered(self, target: Token) -> bool:
        """A speech act, a question or a document that a response answers; a noun whose
        first sense is no speech act (``[clause]``: *a threat to peace*) only with a
        possessive (*the minister's threats*)."""
        lemma = target.lemma_.lower()
        if lemma in DOCUMENT_SOURCES or lemma in ANSWERED_NOUNS:
            return True
        entry = self.table.nouns.get(lemma)
        if entry is None:
            return False
        return not entry.tags & {"clause", "infinitive"} or any(
            c.dep_ == "poss" for c in target.children)

    @staticmethod
    def earlier_act(noun: Token, source: Token) -> bool:
        """Whether a first-person speech act is an earlier one (MARKERS.md: *as I said last
        week* is ``self``), not the writer's performative in the text itself: told in the
        past (*we made a commitment*, *the recommendations we made*) or called earlier (*my
        previous comments*). A call renewed in the text (*we reiterate our call*) is made
        again there: a performative."""
        if any(c.dep_ == "amod" and c.lemma_.lower() in EARLIER_ADJECTIVES
               for c in noun.children):
            return True
        first = _first_noun_conjunct(noun)
        governor = first.head if first.dep_ in ("dobj", "nsubjpass") else None
        if first.dep_ == "pobj" and first.head.lower_ in ("in", "with"):
            governor = first.head.head  # we have engaged in a debate
        verbs = [c for c in noun.children if c.dep_ == "relcl"]
        if governor is not None and source.head == governor:
            verbs.append(governor)
        return any(_past(v) for v in verbs)

    def phrase_content(self, noun: Token, cue_end: Token, entry, source: Token,
                       objective: bool) -> tuple[int, int] | None:
        """The claim a speech-act noun's own phrase states (MARKERS.md: content is the claim
        when the same sentence states it): what a directive asks for (*their calls for
        democracy*, *a request for aid*), what an act on something is on (*its denial of
        the peace process*: an objective genitive, Quirk et al. 1985, 17.41), what a formal
        accusation charges (*charges of extremism*, *the securities fraud charge*), and what
        a neutral report is about (*concerns about detainees*). Not the topic of a judged
        or messaging noun (*lies about X*), an account's subject (*accounts of abuse*) or a
        discussion's (*a debate on the Bill*)."""
        if "discussion" in entry.tags:
            return None  # a debate on / of / about X: a topic, not a claim
        source_ids = {t.i for t in source.subtree} if source is not None else set()
        if cue_end.dep_ == "prep" and cue_end.i != noun.i:  # call for: the noun + preposition
            objects = [c for c in cue_end.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return _char_range(self.same_line(list(objects[0].subtree), noun))
        wanted: tuple[str, ...] = ()
        if entry.stance == "directive":
            wanted = ("for",)
        elif objective:
            wanted = ("of",)
        elif noun.lemma_.lower() in ACCUSATION_NOUNS:
            wanted = ("of",)
        elif entry.stance == "neutral" and noun.lemma_.lower() not in UTTERANCE_NOUNS and \
                "discussion" not in entry.tags:
            wanted = ("about", "of")  # concerns about X, the announcement of sanctions, a
            # message of unity (what is announced: an objective genitive when its object
            # is no speaker); not: his statements about X, a conversation about X (a topic)
        hosts = list(noun.children)
        if source is not None and source.dep_ == "pobj" and source.head.head == noun and \
                source.head.lower_ in ("by", "from") and source.head.i > noun.i:
            # accusations by Amnesty International of abuses: the parser hangs the noun's
            # own phrase on its agent, but a name takes no of- or for-complement
            hosts += [c for c in source.children if c.dep_ == "prep" and c.i > source.i and (
                source.ent_type_ or source.pos_ == "PROPN" or not any(
                    g.dep_ == "pobj" and is_speaker(g) for g in c.children))]
            # (not: the criticism by members of the committee, a speaker's own of-phrase)
            source_ids -= {t.i for c in hosts if c.head == source for t in c.subtree}
        for child in hosts:  # (not the cue's own phrase: *of order* of point of order)
            if child.dep_ == "prep" and child.lower_ in wanted and child.i > cue_end.i and \
                    child.i not in source_ids and any(
                        c.dep_ in ("pobj", "pcomp") for c in child.children) and not (
                    child.lower_ == "of" and not objective and any(
                        c.dep_ == "pobj" and is_speaker(c) for c in child.children)):
                # (indictments of President X: the accused, not the charge)
                return _char_range(self.same_line(list(child.subtree), noun))
        if noun.lemma_.lower() in ACCUSATION_NOUNS:
            charged = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                       and c.i not in source_ids and c.pos_ == "NOUN"]
            if charged:  # the securities fraud charge: what is charged
                return _char_range([t for c in charged for t in c.subtree])
        return None

    def verbal_target(self, noun: Token) -> bool:
        """Whether a noun with a physical sense (*attack*) names a verbal act: its *on /
        against / at* object is a named person, a personal pronoun or a speech act (*his
        attacks on the judge*, *attacks on the report*; MARKERS.md figurative verbal acts)."""
        for child in noun.children:
            if child.dep_ != "prep" or child.lower_ not in ("on", "against", "at"):
                continue
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                lemma = obj.lemma_.lower()
                if obj.ent_type_ == "PERSON" and obj.pos_ == "PROPN" or obj.lower_ in (
                        "me", "him", "her", "us", "them") or lemma in self.table.nouns or \
                        lemma in PROPOSITION_NOUNS:
                    return True
        return False

    def colon_message(self, noun: Token) -> tuple[int, int] | None:
        """The words of a message that a colon after the noun's phrase introduces (*These
        are their words: they hit their targets*, *sent a clear message in the referendum:
        they want control*; Quirk et al. 1985, 17.65-17.66, the colon of apposition), for a
        noun of :data:`COLON_MESSAGE_NOUNS`, with nothing but the phrase's own words or the
        verb's prepositional phrases before the colon: a quotation there, or the colon's
        sentence and the imperatives that go on with it (*Do not overlook X. Live up to
        past pledges.*)."""
        if noun.lemma_.lower() not in COLON_MESSAGE_NOUNS:
            return None
        doc = noun.doc
        colon = next((t for t in doc[noun.i + 1:noun.sent.end] if t.text == ":" or t.pos_ in (
            "VERB", "AUX") or t.is_punct or t.is_quote), None)
        if colon is None or colon.text != ":" or colon.i + 1 >= len(doc):
            return None
        first = doc[colon.i + 1]
        quote = self.quote_at(first.idx)
        if quote is not None:
            return quote
        _, line_end = self.line_of(first.idx)
        sentence = first.sent
        end = max(t.idx + len(t) for t in sentence if not t.is_space)
        while _imperative(doc[max(first.i, sentence.start):sentence.end]) and \
                sentence.end < len(doc):
            following = doc[sentence.end].sent
            if following.start_char >= line_end or not _imperative(following):
                break  # (a message of directives goes on while they do: *Do not overlook X.
                # Live up to past pledges.*; not the writer's own *Try to imagine that*
                # after a message that is a statement)
            sentence = following
            end = max(t.idx + len(t) for t in sentence if not t.is_space)
        return first.idx, min(end, line_end)

    def clause_content(self, head: Token, token: Token) -> tuple[int, int] | None:
        """The noun's own that-clause or to-infinitive (*findings that the dam had been
        poorly built*, *a call to resign*), to the end of its line and its quotation."""
        for child in head.children:
            if child.dep_ in ("acl", "ccomp", "relcl") and any(
                    g.dep_ in ("aux", "mark") and g.lower_ in ("to", "that") for g in
                    child.children) and (child.dep_ != "relcl" or any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in child.children)):
                # a that-clause the parser calls a relative clause has a mark, not a
                # relative pronoun: findings that the dam had been poorly built
                content = _char_range(self.same_line(list(child.subtree), token))
                return self.extend_to_quotes(content, (token.idx, token.idx + len(token)))
        return None

    def postponed_clause(self, noun: Token, token: Token) -> tuple[int, int] | None:
        """The noun's that-clause postponed past its postmodifiers, where the parser hung it
        on a noun of those (*allegations by President Chavez that Washington is seeking X*,
        *accusations from Human Rights Watch in the hearing that the units had engaged in
        abuses*): a content clause, not a relative one, as *that* is no subject or object
        of it and the clause has a subject of its own (an appositive clause; Quirk et al.
        1985, 17.26-17.27). Not where that noun is itself a speech-act noun (*allegations
        in the report that X*: the report's clause)."""
        for clause in noun.subtree:
            if clause.i <= noun.i or clause.dep_ not in ("relcl", "acl", "ccomp") or \
                    clause.head == noun or clause.head.i <= noun.i or \
                    clause.head.lemma_.lower() in self.table.nouns or \
                    not _through_phrases(clause.head, noun):
                continue  # only through the noun's prepositional phrases (not: allegations by
                # X, who said that Y; the exiles' allegations nor the government's report that Y)
            words = sorted(clause.subtree, key=lambda t: t.i)
            if words[0].lower_ != "that" or words[0].dep_ in ("nsubj", "nsubjpass", "dobj") \
                    or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > words[0].i
                               for c in clause.children):
                continue
            return self.extend_to_quotes(_char_range(self.same_line(words[1:], token)),
                                         (token.idx, token.idx + len(token)))
        return self.appositive_clause(noun, token)

    def appositive_clause(self, noun: Token, token: Token) -> tuple[int, int] | None:
        """A that-clause right after the noun's phrase that the parser hung elsewhere (*I
        am aware of claims by certain groups that the Government is aiming to X*): an
        appositive content clause by its place (Quirk et al. 1985, 17.26), as *that* is its
        complementiser, not its subject or object, and the clause has a subject of its own."""
        doc = noun.doc
        end = max(t.i for t in noun.subtree) + 1
        if end < len(doc) and doc[end].text == ",":
            end += 1
        if end + 1 >= len(doc) or doc[end].lower_ != "that" or doc[end].dep_ != "mark":
            return None
        clause = doc[end].head
        if clause.i <= end or clause in noun.subtree or not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i > end for c in clause.children):
            return None
        words = [t for t in clause.subtree if t.i > end]
        return self.extend_to_quotes(_char_range(self.same_line(words, token)),
                                     (token.idx, token.idx + len(token)))

    def _pledges_only(self, verb: Token) -> bool:
        """A commissive that is a cue only with a to-infinitive (WordNet's *offer* 'threaten to
        do something'): its noun object is what it gives (*offered an apology*), so the
        object is the noun cue's governing verb, not the content of a verb cue."""
        found = self.verb_entry(verb)
        return found is not None and found[0].stance == "directive" and \
            found[0].tags >= {"infinitive", "agentive"} and not any(
                c.dep_ in ("xcomp", "ccomp") for c in verb.children)

    def _medium(self, noun: Token) -> bool:
        """Whether the noun is the text another cue reports from, as *said in a statement*
        is: *made a speech in which he said, comments made to a newspaper, in which he
        claimed*."""
        return any(c.dep_ == "relcl" and self._is_cue_verb(c) and any(
            g.dep_ == "prep" and g.lower_ == "in" and any(
                w.lower_ == "which" for w in g.children) for g in c.children)
            for c in noun.children)

    def noun_source(self, noun: Token, governing: bool = True,
                    objective: bool = False, discussion: bool = False) -> Token | None:
        """Possessive, relational adjective, *by/from* phrase, agent of a participle, or
        the subject of the governing verb (*30 women filed complaints*); for a noun of
        discussion, the subject of a verb of taking part (*they had a conversation with X*,
        *we engaged in a debate*)."""
        for child in noun.children:
            if child.dep_ == "poss" and not _temporal_genitive(child) and \
                    not _party_charged(child, noun):
                return child
        possessor = _surface_possessor(noun)
        if possessor is not None and not _temporal_genitive(possessor) and \
                not _party_charged(possessor, noun):
            return possessor
        for child in noun.children:
            if child.dep_ == "amod" and (child.lower_ in SOURCE_ADJECTIVES or (
                    child.ent_type_ == "NORP" and child.text[:1].isupper())):
                return child  # a relational adjective: Russian lies = Russia's lies
                # (Quirk et al. 1985, 7.42; a nationality names the state or its people)
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from") and not (
                    child.lower_ == "from" and noun.head.lemma_.lower() in REMOVAL_VERBS):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
            if child.dep_ == "prep" and child.lower_ == "of" and not objective:
                # the testimony of witnesses; not: the rebuttal of the report
                objects = [c for c in child.children if c.dep_ == "pobj" and is_speaker(c)
                           and c.pos_ != "PRON" and all(is_speaker(g) for g in c.children
                                                        if g.dep_ == "conj")]
                if objects:  # not: a message of justice and fairness (its content)
                    return objects[0]
        for child in noun.children:  # a Thai government request, a police statement
            if child.dep_ == "compound" and child.i < noun.i and _compound_source(child) and \
                    not _party_charged(child, noun):
                return child
        for child in noun.children:  # a statement attributable to the Spokesperson: the
            # formula of UN and government briefings that names a statement's author
            if child.dep_ in ("amod", "acl") and child.lower_ == "attributable":
                objects = [g for p in child.children if p.dep_ == "prep" and p.lower_ == "to"
                           for g in p.children if g.dep_ == "pobj" and is_speaker(g)]
                if objects:
                    return objects[0]
        for child in noun.children:  # talking points regurgitated by X: X relays them
            if child.dep_ == "acl" and child.tag_ == "VBN" and not any(
                    g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in child.children):
                # (a reduced relative has neither subject nor auxiliary: not the clause of
                # the following statement: "I am encouraged by the agreement")
                for agent in child.children:
                    if agent.dep_ == "agent":
                        objects = [c for c in agent.children if c.dep_ == "pobj"]
                        if objects:
                            return objects[0]
        for child in noun.children:  # calls for peace from the world (hung on peace)
            if child.dep_ == "prep" and child.lower_ == "for":
                speaker = _for_object_source(child)
                if speaker is not None:
                    return speaker
        for child in noun.children:  # the proposal that X made, the advice we were given
            if (child.dep_ == "relcl" or child.dep_ == "acl" and any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in child.children)) and \
                    child.lemma_.lower() in PRODUCING_VERBS and not any(
                    g.dep_ == "dobj" and g.lower_ not in ("that", "which") for g in
                    child.children):
                passive = any(g.dep_ in ("nsubjpass", "auxpass") for g in child.children)
                speaker = _agent(child) if passive else _subject(child)
                if speaker is not None and speaker.lower_ not in ("that", "which", "who"):
                    return speaker
        if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in PRODUCING_VERBS:
            speaker = _agent(noun.head)  # proposals are made by the rich
            if speaker is not None:
                return speaker
        if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i:
            # their smears, distortions, and lies: conjuncts share the source; a phrase
            # after the first conjunct is its own (not the interests of X but the demands)
            shared = self.noun_source(noun.head, governing, objective)
            if shared is not None and (shared.dep_ == "poss" or shared.i > noun.i or
                                       noun.head.lemma_.lower() in self.table.nouns):
                return shared
        for conj in (c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"):
            for child in conj.children:  # the demands and opinions of the Member States:
                if child.dep_ == "prep" and (child.lower_ in ("by", "from") or  # shared
                                             child.lower_ == "of" and not objective):
                    speakers = [c for c in child.children if c.dep_ == "pobj"
                                and is_speaker(c) and c.pos_ != "PRON"]
                    if speakers:
                        return speakers[0]
        attached = self.verb_from_phrase(noun)
        if attached is not None:
            return attached
        governor = None
        if not governing:
            return None
        if noun.dep_ == "dobj":
            governor = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "with" and \
                noun.head.head.pos_ == "VERB" and \
                noun.head.head.lemma_.lower() not in AGREEMENT_VERBS:
            governor = noun.head.head
        elif discussion and noun.dep_ == "pobj" and noun.head.lower_ == "in" and \
                noun.head.head.lemma_.lower() in DISCUSSION_VERBS:
            governor = noun.head.head  # we engaged in a debate
        elif noun.dep_ == "conj" and noun.head.dep_ == "dobj":
            governor = noun.head.head
        quantified = noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_.lower() in QUANTITY_HEADS and noun.head.head.dep_ == "dobj"
        if quantified:  # made a number of allegations: the verb produces them
            governor = noun.head.head.head
        if governor is not None and governor.pos_ in ("VERB", "AUX") and (
                governor.lemma_.lower() in PRODUCING_VERBS or _puts_out(governor) or
                noun.dep_ == "pobj" and not quantified or
                discussion and governor.lemma_.lower() in DISCUSSION_VERBS):
            if _is_passive(governor):
                return None
            if governor.dep_ == "acl" and governor.head.pos_ == "NOUN" and _to_infinitive(governor):
                owners = [c for c in governor.head.children if c.dep_ == "poss"]
                if owners:  # the Government's failure to provide a reply: its possessor
                    return owners[0]  # controls the infinitive: it is its subject
            subject = _subject(governor)
            if subject is not None and subject.lower_ in RELATIVE:
                subject = resolve_pronoun(subject) or subject  # the article, which repeats
                # misleading assertions: the antecedent
            before = noun.doc[governor.i - 1] if governor.i > 0 else None
            if (subject is None or not is_speaker(subject)) and governor.tag_ == "VBG" and \
                    before is not None and \
                    before.pos_ in ("NOUN", "PROPN") and is_speaker(before):
                return before  # the logic of the Department issuing a reply: a gerund's
                # subject in the common case, parsed elsewhere (Quirk et al. 1985, 15.12)
            return subject
        return None

    @staticmethod
    def verb_from_phrase(noun: Token) -> Token | None:
        """A *from* phrase the parser hung on the verb right after the noun's phrase
        (*ignored the smears and lies from the press*): the noun's source, if a speaker."""
        first = _first_noun_conjunct(noun)
        if first.dep_ not in ("dobj", "pobj", "nsubjpass"):
            return None
        end = max(t.i for t in first.subtree)
        doc = noun.doc
        if end + 1 >= len(doc):
            return None
        prep = doc[end + 1]
        if prep.lower_ != "from" or prep.dep_ != "prep" or prep.head != first.head or \
                prep.head.lemma_.lower() in REMOVAL_VERBS:
            return None  # removed the statements from the website: a place, not a speaker
        objects = [c for c in prep.children if c.dep_ == "pobj" and is_speaker(c)
                   and c.pos_ != "PRON"]
        return objects[0] if objects else None

    def awaited(self, noun: Token) -> bool:
        """Whether a speech act is asked for or awaited, not yet made (*I ask for your advice*,
        *we await your response*): the object of a directive cue or of a verb of expecting."""
        first = _first_noun_conjunct(noun)
        verb = first.head.head if first.dep_ == "pobj" else first.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if verb.lemma_.lower() in EXPECTING_VERBS:
            return True
        found = self.verb_entry(verb)
        return found is not None and found[0].stance == "directive"

    def reports(self, verb: Token) -> bool:
        """Whether a cue verb is a relation of its own (*the statement said*), so that its
        subject is that relation's source; not a verb that reports nothing (*Russia's
        complaints should remind us*: the writer's directive)."""
        return self.verb(verb) is not None

    def document_report(self, token: Token) -> _Draft | None:
        """A document's reporting verb that the parser took into a noun phrase (*the
        testimony states*, *EFF's brief notes that*: a noun and a verb in -s read as a
        compound or as a plural): a relation with the document as source (MARKERS.md:
        documents that report are sources), when a *that* clause follows or the two words
        stand between commas as a parenthesis (*With these tools, the testimony states, the
        agency ...*: ``according_to``)."""
        doc = self.doc
        if token.i == 0 or not token.lower_.endswith("s") or token.tag_ not in (
                "VBZ", "NNS") or token.i + 1 >= len(doc):
            return None
        document = doc[token.i - 1]
        if document.lower_ not in REPORTING_DOCUMENTS or document.head != token or \
                document.dep_ not in ("compound", "amod", "nmod"):
            return None  # only the misparse: the document hung on the verb as a modifier
        entry = self.table.verbs.get(token.lemma_.lower()) or \
            self.table.verbs.get(token.lower_[:-1])
        if entry is None or entry.tags & {"not_speech", "as_clause", "as_phrase",
                                          "as_adjective", "passive", "from_source"}:
            return None
        start = min([t.i for t in document.subtree] + [
            t.i for c in token.children if c.i < document.i and c.dep_ in (
                "det", "poss", "amod", "compound", "nmod") for t in c.subtree])
        holder = document
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i < token.i \
                and token.head.head.pos_ in ("NOUN", "PROPN"):
            holder = token.head.head  # Article 51 of the Charter states: the part speaks
            start = min(start, holder.left_edge.i)
        phrase = doc[start:token.i]
        after = doc[token.i + 1]
        before = doc[start - 1] if start > 0 else None
        sentence = token.sent
        if after.lower_ == "that":
            tokens = [t for t in doc[after.i + 1:sentence.end] if not t.is_space]
            kind = "indirect"
        elif after.text == "," and before is not None and before.text == "," or \
                after.text in (".", ";") and before is not None and before.text == ",":
            tokens = [t for t in doc[sentence.start:before.i]] + \
                [t for t in doc[token.i + 2:sentence.end]]
            kind = "according_to"
        else:
            return None
        tokens = [t for t in self.same_line(tokens, token) if not t.is_space]
        while tokens and tokens[-1].is_punct and tokens[-1].text not in ("”", "\"", "’"):
            tokens.pop()
        if not any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return None
        content = (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
        self.used.update(t.i for t in phrase)
        span = (phrase[0].idx, document.idx + len(document))
        return _Draft((token.idx, token.idx + len(token)), holder, span, content, kind,
                      entry.stance, f"noun:document {entry.cue}", token,
                      source_type="document")



#: verbs whose agentless passive makes a claim noun its report (*an allegation was made*,
#: *charges were levelled*, *complaints were lodged*): the light verbs of claiming
CLAIM_MAKING_VERBS = frozenset("make level levy lodge file voice air utter repeat".split())


def _made_without_agent(noun: Token) -> bool:
    """*an allegation was made against the Army, reports were made to the police*: a
    speech-act noun as the subject of an agentless passive of a verb of making a claim
    (:data:`CLAIM_MAKING_VERBS`), bare or indefinite: a claim the text introduces. Not *the
    comments were made when I was absent* (one already reported), *no allegation was made*,
    *the statement was made by X* (the agent is its source) nor a participle (*the allegation
    made yesterday*)."""
    verb = noun.head
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some", "several")
           for c in noun.children):
        return False  # no allegation was made: none reported; the comments were made: the
        # ones already reported
    return noun.dep_ == "nsubjpass" and verb.lemma_.lower() in CLAIM_MAKING_VERBS and \
        _agent(verb) is None and not any(c.dep_ == "aux" and c.tag_ == "MD" or
                                         c.lower_ == "to" and c.dep_ == "aux"
                                         for c in verb.children)


def _puts_out(verb: Token) -> bool:
    """*put out* (a statement): the phrasal verb of issuing, a producing verb."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "prt" and c.lower_ == "out"
                                                for c in verb.children)


def _unmade(noun: Token, source: Token, content_of_cue: bool) -> bool:
    """Whether the speech act is denied by the verb that would produce it (*the prosecutor did
    not make the recommendation*, *I cannot make any comment*, *made no comment*), or the noun
    names a potential in an idiom (*fulfils its promise*, *in charge of*; Quirk et al. 1985)."""
    first = _first_noun_conjunct(noun)
    verb = first.head
    if first.dep_ == "dobj" and not content_of_cue and _subject(verb) == source and (
            _negated(verb) or any(c.dep_ == "det" and c.lower_ == "no" for c in first.children)
            or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in UNREALISED_HEADS
            or _questioned(verb) or _mandative(verb)
            or any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)):
        return True  # (she failed to make / had to make the recommendation; would the
        # Minister care to make a statement?; I should like to make a statement; possible
        # for him to make a statement: offered or hoped for, not made)
    if first.dep_ == "dobj" and verb.lemma_.lower() in REQUEST_HEADS:
        return True  # demanded a statement from the Government: asked for, not made
    if first.dep_ == "dobj" and verb.lemma_.lower() in ("have", "get", "hear") and \
            _questioned(verb):
        return True  # could we not have a statement from the Prime Minister?: asked for
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("make", "give", "deliver")
           and _to_infinitive(c) and not any(g.dep_ == "dobj" for g in c.children)
           for c in noun.children):
        return True  # allow a statement to be made, a short statement to make: the noun is
        # what the infinitive would make (Quirk et al. 1985, 17.30), not yet made; but a
        # request to make a statement is a request made
    lemma = noun.lemma_.lower()
    if lemma == "promise" and first.dep_ == "dobj" and verb.lemma_.lower() in POTENTIAL_VERBS \
            and not any(c.dep_ in ("acl", "relcl", "ccomp") for c in noun.children):
        return True  # the Council fulfils its promise: its potential, no promise made
    doc = noun.doc
    return lemma == "charge" and noun.i > 0 and doc[noun.i - 1].lower_ == "in" and \
        noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of"  # in charge of


def _noun_stance(entry: CueEntry, noun: Token) -> str:
    """The stance of a speech-act noun: a complaint *about / over / at* something is
    complaining (``opposing``), a legal complaint a formal accusation (``distancing``;
    MARKERS.md)."""
    if noun.lemma_.lower() == "complaint" and any(
            c.dep_ == "prep" and c.lower_ in ("about", "over", "at") for c in noun.children):
        return "opposing"
    return entry.stance


def _engaged_source(noun: Token) -> Token | None:
    """The subject of a verb of taking up an act (*Russia resorted to rhetoric*, *they
    engaged in propaganda*): the speaker of the noun."""
    first = _first_noun_conjunct(noun)
    if first.dep_ != "pobj":
        return None
    verb = first.head.head
    if ENGAGING_VERBS.get(verb.lemma_.lower()) != first.head.lower_ or _is_passive(verb):
        return None
    subject = _subject(verb)
    return subject if subject is not None and is_speaker(subject) else None
