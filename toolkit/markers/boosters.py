"""Boosters: the writer closes down doubt.

Hyland (2005: 52-53, 221-222), Engagement: proclaim (Martin & White 2005: 121-133);
certainty adverbs and emphatics (Biber 1988: feature 49; Quirk et al. 1985: 8.99-8.103);
factive predicates (Kiparsky & Kiparsky 1970). Words live in ``lexicons/booster.tsv``; this
module holds the context rules for certainty frames, epistemic *must*, factives and
absolutes (MARKERS.md, "Rules for the hard cases").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .intensifiers import really_grades
from .rules import (
    HUMAN_NOUNS,
    REFLEXIVES,
    context_rule,
    is_first_person,
    is_negated,
    is_parsed,
    names_document,
    names_speaker,
    negation_follows,
    next_token,
    of_object,
    prev_token,
    subject_of,
    words_after,
    words_before,
)

__all__ = ["clear_frame", "fact_label", "clause_frame", "epistemic_must", "writer_knowledge",
           "factive_evidence", "absolute_not_negated", "at_all", "certainty_adverb",
           "emphatic_literally", "certainty_adjective", "not_before_adjective",
           "emphatic_not_negated", "well_known_fact", "writer_conviction",
           "comment_adverb", "event_highlights", "loud_and_clear", "single_in_negation",
           "emphatic_before_negation", "identifying_emphasis",
           "borne_out"]

CLAUSE_STARTERS = frozenset({"that", "what", "how", "why", "whether", "who", "where", "when",
                             ":", "—", "–", "-", ","})
MAKE_FORMS = frozenset({"make", "makes", "made", "making"})


#: nouns of evidence and of breach that *clear* certifies (*clear evidence, a clear
#: violation of the Charter*): the writer closes down doubt that it is so
CLEAR_CERTIFIED_NOUNS = frozenset("""evidence proof sign signs indication indications
violation violations breach breaches contravention infringement example examples
demonstration case contradiction abuse testimony testament bias attempt attempts intent
intention pattern disregard contempt failure""".split())
#: what is known, whose being *clear* closes down doubt (*the facts are clear*, *the
#: evidence is clear*): the evidence nouns above and these
EVIDENT_SUBJECTS = CLEAR_CERTIFIED_NOUNS | frozenset("""fact truth evidence record message
answer conclusion picture reality lesson science data finding""".split())
#: adverbs before a predicative *clear* that make it a matter of evidence (*is becoming
#: increasingly clear, has become abundantly clear*), not a description (*the water is
#: clear*)
EVIDENCE_DEGREE_ADVERBS = frozenset({"increasingly", "abundantly", "painfully", "patently",
                                     "now", "already", "more", "tragically", "too",
                                     "evidently", "plainly", "amply", "sufficiently"})


#: collective bodies that take positions (*the international community has been clear*)
SPEAKING_COLLECTIVES = frozenset({"community", "world", "union", "alliance", "coalition",
                                  "assembly", "council", "international"})


@context_rule("clear_frame")
def clear_frame(span: Span) -> bool:
    """*clear* in a certainty frame: *it is clear that, make (it) clear, crystal clear,
    to be clear:, let me be clear*, *clear what/how*. Not *clear* as a description (*clear
    water, a clear plan, clear the area*). MARKERS.md; Hyland (2005: 221)."""
    clear = span[-1]
    before = words_before(clear, 3)
    after = words_after(clear, 1)
    if before[-1:] == ["crystal"] or before[-1:] and before[-1] in MAKE_FORMS:
        return True
    if is_parsed(clear.doc) and clear.dep_ in {"ccomp", "oprd", "xcomp", "acomp"} and (
            clear.head.lemma_.lower() == "make" and clear.head.i < clear.i):
        maker = subject_of(clear.head)  # a speaker's *make X clear*, with any object (*made
        if maker is not None and (  # our position quite clear*); not *making prices clear*
                names_speaker(maker) or maker.lower_ in {"i", "we"}
                or maker.lemma_.lower() in SPEAKING_COLLECTIVES):
            return True
    if is_parsed(clear.doc) and clear.dep_ == "acomp" and clear.head.lemma_ == "be" and (
            clear.head.dep_ in {"advcl", "ROOT"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clear.head.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clear.head.children)):
        return True  # *to be clear* as the sentence's adjunct, with a degree word: *just to
        # be very clear, that*; not the complement of a verb (*the rules need to be clear*)
    following = next_token(clear)
    noun = clear.head if is_parsed(clear.doc) and clear.dep_ in {"amod", "conj"} else following
    if clear.dep_ == "conj" and noun is not None and noun.dep_ == "amod":
        noun = noun.head  # *the clear and growing evidence*
    for candidate in (following, noun):
        if candidate is not None and candidate.i > clear.i and (
                candidate.lower_ in CLEAR_CERTIFIED_NOUNS
                or candidate.lemma_.lower() in CLEAR_CERTIFIED_NOUNS):
            return True  # *clear evidence, a clear violation of the Charter*
    if noun is not None and noun.i > clear.i and _classifies_a_case(noun):
        return True  # *this is a clear test of, represents a clear conflict of interest*
    if before[-1:] == ["in"] and after in (["conflict"], ["contradiction"]):
        return True  # *in clear conflict with those principles*
    if set(before[-3:]) & MAKE_FORMS and before[-1].endswith("ly"):
        return True  # *as was made tragically clear*
    if before[-2:] == ["what", "is"] and after in (["is"], ["was"]):
        return True  # *what is clear is that*
    wider = words_before(clear, 6)
    if "be" in before[-2:] and set(wider) & {"i", "we", "me", "us", "let", "'s", "’s"}:
        return True  # *I want to be very clear, we need to be clear about*
    if set(before[-3:]) & MAKE_FORMS and before[-1] in {"it", "this", "that", "very",
                                                        "abundantly", "perfectly", "quite",
                                                        "absolutely", "crystal"}:
        return True  # *make it clear, made it very clear, makes it abundantly clear*
    copulas = {"be", "is", "was", "'s", "’s", "are", "were", "been", "became", "becomes",
               "become", "becoming", "am", "'m", "’m", "seems", "seem", "seemed", "appears",
               "appear", "appeared"}  # (*it seems clear that*: a hedged certainty frame)
    if after[:1] == ["to"] and "that" in words_after(clear, 5)[2:]:
        after = ["that"]  # *it is now clear to all that*
    if set(before[-3:]) & copulas and is_parsed(clear.doc) and clear.dep_ == "acomp" and (
            not after or after[0] in {".", ",", ";", ":", "that", "about", "on", "in", "—"}):
        speaker = subject_of(clear.head)
        if speaker is not None and (names_speaker(speaker) or speaker.lower_ in {"i", "we"} or
                                    speaker.lemma_.lower() in SPEAKING_COLLECTIVES):
            # a speaker who *has been clear (that, about)*: has made it clear, a certainty
            # frame (MARKERS.md: make clear); not *the water is clear*
            return True
    if set(before[-3:]) & copulas and is_parsed(clear.doc) and clear.dep_ == "acomp" and (
            not after or after[0] in {".", ",", ";", ":", "—"}):
        subject = subject_of(clear.head)
        if subject is not None and subject.lemma_.lower() in EVIDENT_SUBJECTS:
            return True  # what is known is clear: *the facts are clear.*, *the evidence is
            # clear:*; not *our goals are clear*
    if set(before[-3:]) & copulas and after:
        # *it is (also / now / abundantly) clear that*, *let this be clear:*; a plain
        # description ends there (*the water is clear.*, *our goals are clear, and*)
        if after[0] in CLAUSE_STARTERS - {",", "when", "where"}:
            return True
        if before[-1] in EVIDENCE_DEGREE_ADVERBS:
            return True  # *is becoming increasingly clear*, *has become all too clear*
        if "it" in before and after[0] in {"from", "to", "now", "by", "in"}:
            return True  # *it is clear from the relationship that*
        return after[0] in {".", ","} and bool(set(before) & {"it", "this"})
    return False


#: verbs whose complement classifies their subject as a case of something (*X is / represents
#: / constitutes a clear breach*)
CLASSIFYING_VERBS = frozenset({"be", "represent", "constitute", "become", "remain", "amount"})


def _classifies_a_case(noun: Token) -> bool:
    """The noun *clear* modifies is the writer's classification of a case: the complement
    of a copula or of *represent, constitute* (*the pandemic is a clear test of, this power
    represents a clear conflict of interest*) or of *as* (*view this move as a clear result
    of*), where *clear* means *unmistakable*; not a description of a thing's clarity in an
    existential or an argument (*there is a clear scorecard, troops need a clear mission*)."""
    if not is_parsed(noun.doc):
        return False
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() in CLASSIFYING_VERBS:
        return not any(child.dep_ == "expl" for child in head.children)
    if noun.dep_ == "dobj" and head.lemma_.lower() in CLASSIFYING_VERBS - {"be"}:
        return True
    return noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB"


@context_rule("fact_label")
def fact_label(span: Span) -> bool:
    """*FACT:* as a label that asserts what follows (MARKERS.md): *FACT* or *Fact* followed
    by a colon or a dash, not the noun *fact* in running text; so *Truth:* and *Reality:*,
    the same label of a rebuttal's answer to a quoted claim (*Myth: ... Reality: ...*)."""
    word = span[0]
    if words_after(word, 1) == ["-"] and not word.whitespace_ and not word.nbor().whitespace_:
        return False  # a hyphenated name: *the Fact-Finding Mission*, *a Fact-Sheet*
    return word.text in {"FACT", "Fact", "FACTS", "Facts", "TRUTH", "Truth", "REALITY",
                         "Reality"} and words_after(word, 1) in (
        [":"], ["—"], ["-"], ["–"])


@context_rule("clause_frame")
def clause_frame(span: Span) -> bool:
    """*the fact is, the truth is, the reality is* as a frame before a clause (followed by
    *that*, a comma, a colon or the subject pronoun of a bare clause: *the truth of the
    matter is it's a rotating seat*, *the fact is the minister lied*: a clause the copula
    takes as its complement), not *the truth is hard to find*."""
    if words_after(span[-1], 1) in (["that"], [","], [":"], ["—"], ["-"], ["it"], ["we"],
                                    ["they"], ["i"], ["he"], ["she"], ["there"], ["you"]):
        return True
    copula = span[-1]
    return is_parsed(copula.doc) and any(
        c.dep_ == "ccomp" and c.left_edge.i == copula.i + 1 and c.i > copula.i
        and c.left_edge.tag_ not in {"WDT", "WP", "WP$", "WRB"}  # not *the truth is what
        for c in copula.children)  # matters*: a specification, no frame


#: predicates after *must be* that make *must* a conclusion, not an obligation
EPISTEMIC_MUST_PREDICATES = frozenset({"true", "right", "wrong", "mistaken", "aware", "joking",
                                       "kidding", "obvious", "clear", "confused", "lying"})
#: nouns of error and explanation after *must be a / some*: a conclusion drawn (*this must
#: be a mistake, there must be some misunderstanding*), which no one can be obliged to be
EPISTEMIC_MUST_NOUNS = frozenset({"mistake", "error", "misunderstanding", "coincidence",
                                  "misprint", "typo", "explanation", "misreading"})


@context_rule("epistemic_must")
def epistemic_must(span: Span) -> bool:
    """Epistemic *must* (a confident conclusion): *they must have known*, *this must be a
    mistake*, *you must be joking*. Not the deontic *must* (*Beijing must stop, we must
    work together, must be held accountable*). Hyland (2005: 222); Quirk et al. (1985:
    4.52)."""
    must = span[0]
    verb = must.head
    if is_parsed(must.doc) and must.dep_ == "aux" and not is_negated(verb):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        addressed = bool(subjects) and subjects[0].lower_ in {"we", "i", "you", "us"}
        if verb.lemma_.lower() in STATIVE_MUST_VERBS and any(
                c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that"
                                          for g in c.children) for c in verb.children):
            return True  # an inference about what a fact means (*that must mean that there is
            # nothing going on*); not what something is required to mean (*reform must mean
            # expanding the Council*, *leaders must mean what they say*)
        if verb.tag_ == "VBG" and subjects and not addressed and any(
                c.dep_ == "aux" and c.lower_ == "be" for c in verb.children):
            return True  # a conclusion about what is under way (*they must be writing
            # already*; Coates 1983: the progressive takes epistemic *must*), not the
            # speakers' own duty (*we must be doing more*)
    after = [w for w in words_after(must, 3) if w not in {"surely", "certainly", "also"}]
    if after[:1] == ["have"] and len(after) > 1 and after[1] not in {"a", "an", "the", "to"}:
        have = next_token(must)
        following = next_token(have) if have is not None else None
        return following is not None and following.tag_ in {"VBN", "VBD"}
    if after[:1] == ["be"] and len(after) > 1:
        if after[1] in ("a", "an", "some") and len(after) > 2:
            return after[2] in EPISTEMIC_MUST_NOUNS
        return after[1] in EPISTEMIC_MUST_PREDICATES
    return False


#: verbs of meaning after which *must* with a that-clause concludes (*that must mean that*);
#: not the verbs of knowing, which take the hortative *must* as often (*we must understand,
#: countries must realize*: 23 and 21 times in the UN General Debate Corpus)
STATIVE_MUST_VERBS = frozenset({"mean"})
KNOW_COMPLEMENTS = frozenset({"that", "what", "how", "why", "whether", "when", "where", "who",
                              "this", "full", "well", "all", "for", ","})


def _comment_clause(verb: Token) -> bool:
    """Whether the verb heads an *as*-comment clause with nothing of its own to know (*As
    hon. Members know, I was not present*; *as the hon. Gentleman is aware*): the writer
    presents the proposition of the main clause as known to all (Quirk et al. 1985: 15.53;
    Martin & White 2005: 122-126, concur). Not a clause of time or reason with an object
    (*as he knew the area*)."""
    if not is_parsed(verb.doc) or is_negated(verb):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and not any(
        c.dep_ in {"dobj", "ccomp", "xcomp", "prep", "attr"} and not (
            c.dep_ == "prep" and c.lower_ == "by" and words_after(c, 1) == ["now"])
        for c in verb.children)  # (*as the world knows by now*: since when, not what)


def _universal(subject: Token) -> bool:
    """A subject that takes in everyone (*the whole world knows*, *all of us know*,
    *everyone in this chamber knows*): their knowledge is presented as beyond dispute."""
    lemma = subject.lemma_.lower()
    if lemma in {"everyone", "everybody"}:
        return True
    return lemma in {"world", "country", "nation", "public"} and any(
        c.lower_ in {"whole", "entire"} for c in subject.children)


@context_rule("writer_knowledge")
def writer_knowledge(span: Span) -> bool:
    """Factive *know / realize*: the writer's knowledge of a proposition or a fact (*we know
    that, I know what I am going to do, as we all know, we know the drivers of this*) or a
    third party's *have known that, knew that* (presupposing the clause). Not negated (*I
    don't know*), not *known as*, *let us know*, not an agentless *is known to* (an
    attribution, MARKERS.md). Hyland (2005: 222)."""
    verb = span[-1]
    doc = verb.doc
    before = words_before(verb, 2)
    after = words_after(verb, 1)
    object_pronoun = after[:1] in (["him"], ["her"], ["them"], ["me"], ["you"], ["it"]) and \
        not _subject_of_clause(next_token(verb))  # not *I know you don't preview sanctions*
    if after[:1] in (["as"], ["about"], ["of"]) or object_pronoun or before[-1:] in (
            ["let"], ["be"], ["is"], ["are"], ["was"], ["were"], ["been"], ["'s"],
            ["’s"]) or before[:1] == ["let"]:
        return False  # (*let you know that*: inform; *the Quad, as it's known*: a name)
    if after[:1] == ["to"] and (verb.lower_ == "known" or words_after(verb, 2)[1:] != ["be"]):
        return False  # *known to the police, is known to have*; not *what we know to be*
    if is_negated(verb) or "not" in before or "n't" in before or "n’t" in before or \
            "little" in words_before(verb, 3):
        return False  # also *little did we know*: a negative inversion
    if " far as " in " ".join(["", *words_before(verb, 5), ""]) or \
            "insofar" in words_before(verb, 4):
        return False  # *as far as I know, so far as we know*: a limit on the claim, a hedge
        # (Hyland 2005), not knowledge
    if not is_parsed(doc):
        return bool(before) and before[-1] in {"i", "we", "all"}
    if verb.dep_ == "xcomp":
        return False  # *we need to know what*, *we want to know*
    if verb.head.lemma_.lower() == "let" or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or any(
            c.dep_ == "mark" and c.lower_ == "so" for c in verb.children):
        return False  # knowledge given, wanted or aimed at, not held: *letting you know
        # that* (informing), *the important thing to know is*, *so we know the date*
    if any(c.dep_ == "advmod" and c.lower_ in {"how", "why"} and c.i < verb.i
           for c in verb.children):
        return False  # knowledge asked about: *How do I know you won't sting me?*
    if verb.dep_ == "relcl" and any(c.dep_ == "ccomp" for c in verb.children) and any(
            c.dep_ in {"nsubj", "advmod"} and c.lower_ in {"who", "which", "that", "where",
                                                           "when"} for c in verb.children):
        return False  # a generic relative: *a minister who discovers that he has misled*,
        # *in cases where they discover that*; not *an issue that I know is important*
    if verb.lemma_.lower() == "discover" and not any(
            c.dep_ == "ccomp" for c in verb.children) and not _comment_clause(verb):
        return False  # *discovered this, the issues we discovered*: came across a thing
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # a prediction: *our grandchildren will know that*
    if words_before(verb, 3)[-2:] in (["as", "you"], ["you", "all"], ["you", "well"]) and (
            "as" in words_before(verb, 3)):
        # *as you know, as you all know*: the writer presents the proposition as known to
        # the reader, shared ground (Martin & White 2005: 122-126, concur), like *as we know*
        return True
    if before[-1:] == ["you"] and verb.lower_ == "know" and "as" not in words_before(
            verb, 4) and (not after or after[0] in {",", ".", "?", "!", "--", "—", "–", ";"}):
        return False  # *we don't have to turn the other cheek, you know.*: a discourse
        # marker that appeals to the hearer, no proposition known (Schiffrin 1987)
    if _comment_clause(verb):
        return True  # *As hon. Members know, ...*: knowledge presented as shared
    subject = subject_of(verb)
    if subject is None:
        return False
    subject = real_subject(subject)
    doc = verb.doc
    clause = any(c.dep_ in {"ccomp"} and not any(
        t.text in {".", "?", "!"} for t in doc[min(c.i, verb.i): max(c.i, verb.i)])
        for c in verb.children)  # not a parse across a full stop: *I know. QUESTION: ...*
    has_clause = clause or bool(after and after[0] in KNOW_COMPLEMENTS) or any(
        c.dep_ == "xcomp" for c in verb.children)  # *what we know to be the facts*
    if subject.lower_ in {"i", "we", "everyone", "everybody"} or is_first_person(subject) \
            or _universal(subject):
        if has_clause or before[-1:] == ["as"] or _knows_relative(verb, after) or (
                before[-2:-1] == ["as"] and before[-1] in {"all", "we", "i"}):
            return True
        # the writer's knowledge of a fact named by a noun phrase (*we know the drivers of
        # all this, we all know the devastating impact*), not of a person (*I know him*)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.tag_ == "VBN":
            return False  # *we have known mass graves*: experience, not knowledge of a fact
        return bool(objects) and not any(names_speaker(o) or o.pos_ == "PRON"
                                         for o in objects) or any(
            o.lower_ == "what" and o.i < verb.i for o in objects)  # *what we know is that*
    # a third party's knowledge of a proposition presupposes it (*officials have known
    # that the dam was unsafe*, *Musk knew that the transaction was uncertain*, *he knows
    # the majority believe her*: a declarative clause with or without *that*), and so does
    # knowing the answer to a question (*they knew where the weapons were, he knows how
    # believable she is*), unless the knowing is itself asked about (*asked if they knew
    # what could happen*) or is the idiom of competence (*knows what he is talking about*)
    if any(c.dep_ == "ccomp" and (_declarative_clause(c) or _known_answer(c))
           for c in verb.children):
        return not _asked_about(verb)
    # and knowing what a relative clause names to be so (*statements that the prosecutor
    # knew were untrue, which she knew to be incorrect*): the noun's content is presupposed
    return _knows_relative(verb, after)


def _knows_relative(verb: Token, after: list[str]) -> bool:
    """*statements that the prosecutor knew were untrue, a bill that everyone knows isn't
    unanimous*: knowing what a relative clause names to be so."""
    return verb.dep_ in {"relcl", "acl"} and not any(
        c.dep_ in {"dobj", "ccomp"} for c in verb.children) and (
        after[:1] in (["were"], ["was"], ["is"], ["are"]) or words_after(verb, 2) in (
            ["to", "be"], ["or", "should"]))


def _subject_of_clause(word: Token | None) -> bool:
    """Whether a pronoun after *know* is the subject of its complement clause (*I know you
    don't preview sanctions, I know it's hard work*), not its object (*I know him*)."""
    return word is not None and is_parsed(word.doc) and word.dep_ == "nsubj" and (
        word.head.dep_ == "ccomp" and word.head.i > word.i)


def _known_answer(clause: Token) -> bool:
    """Whether the complement clause is an embedded *wh*-question whose answer is known
    (*where the weapons were, how believable she is, what it was doing was wrong*); not
    *whether/if*, and not *what ... talking about* (competence, not a proposition)."""
    first = clause.doc[clause.left_edge.i]
    if first.lower_ not in {"what", "where", "how", "why", "when", "who", "which"}:
        return False
    return clause.lemma_.lower() != "talk"


def _asked_about(verb: Token) -> bool:
    """Whether the knowing is itself the question (*asking if they knew*, *whether he
    knew*, *did they know*)."""
    if any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in verb.children):
        return True
    return any(c.dep_ == "aux" and c.i < verb.i and c.i < (subject_of(verb) or verb).i
               for c in verb.children)


def _declarative_clause(clause: Token) -> bool:
    """Whether the complement clause headed by ``clause`` is declarative: introduced by
    *that*, or by nothing and with its own subject; not an embedded question (*what, how,
    whether*)."""
    marks = [m.lower_ for m in clause.children if m.dep_ == "mark"]
    if marks:
        return marks == ["that"]
    first = clause.doc[clause.left_edge.i]
    if first.lower_ in CLAUSE_STARTERS or first.tag_ in {"WDT", "WP", "WP$", "WRB"}:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)


#: nouns of evidence and fact: as the subject of *find, show, prove* they make a booster,
#: not an attribution (MARKERS.md: "a fact or event that proves is a booster")
EVIDENCE_NOUNS = frozenset("""evidence proof fact experience history reality truth event
development incident footage image images photo photos photograph photographs picture
pictures video videos imagery""".split())
#: verbs of reaching a finding: factive only with a *that*-clause, in the perfect or past
FINDING_VERBS = frozenset({"conclude", "determine", "establish"})
#: verbs after which *remind/teach* need a person object to be factive (*taught us that*)
EVENT_FACTIVES = frozenset({"remind", "teach", "tell"})
#: factives that need a clause (*shows that, proved that*) rather than an object
CLAUSE_FACTIVES = frozenset({"show", "prove", "demonstrate", "reveal", "establish", "find",
                             "remind", "teach", "tell", "determine", "conclude"})


def _has_proposition(verb: Token) -> bool:
    after = words_after(verb, 3)
    if after[:1] and after[0] in {"that", "how", "what", "why", "whether"}:
        return True
    if verb.lemma_.lower() in EVENT_FACTIVES and len(after) > 1 and after[1] in {
            "that", "how", "what", "why"}:
        return True
    return any(c.dep_ == "ccomp" for c in verb.children)


#: what a first-person finding finds (*we found evidence that, we found signs of*)
FOUND_EVIDENCE = frozenset({"evidence", "proof", "indication", "sign", "trace"})
#: quantifiers whose *of*-phrase names the real subject (*all of these trends remind us*)
PARTITIVE_QUANTIFIERS = frozenset({"all", "most", "many", "some", "each", "both", "several",
                                   "much", "none", "one", "any"})
#: verbs of evidence that take a noun phrase as a concealed proposition when a fact or an
#: event is the subject (*the strikes demonstrate the stark reality* = show that it is so);
#: a person's *showed great courage* is behaviour, not evidence
OBJECT_FACTIVES = frozenset({"show", "demonstrate", "prove", "reveal", "illustrate",
                             "testify", "attest", "evidence"})
#: persons an event reminds, teaches or tells (*the crisis taught us, reminds the world*)
ADDRESSEES = frozenset({"us", "me", "everyone", "everybody", "all", "humanity", "mankind",
                        "world", "people", "them"})
#: meetings and bodies that speak: *the summit confirmed* reports a decision (attribution)
MEETING_NOUNS = frozenset("""summit summits conference conferences meeting meetings session
sessions forum assembly congress convention council declaration communique communiqué
dialogue talks""".split())
#: what *reinforce* strengthens when it is evidence for a view (*reinforces the need, the
#: view that*), not a physical or institutional strengthening (*reinforce the border*)
PROPOSITION_NOUNS = frozenset("""need view views belief beliefs notion point fact idea ideas
perception perceptions conviction case message argument sense urgency concern concerns fear
fears suspicion suspicions impression necessity importance lesson lessons truth reality
assumption assumptions narrative claim""".split())
#: verbs of a performative speech act of the writer (*I confirm that, let me underline*)
PERFORMATIVE_FACTIVES = frozenset({"confirm", "underline", "underscore", "reinforce",
                                   "highlight", "reveal", "illustrate", "remind", "teach",
                                   "tell", "testify", "attest", "expose"})


def real_subject(subject: Token) -> Token:
    """The noun of a partitive subject (*all of these trends* -> *trends*), else the
    subject."""
    if subject.lower_ in PARTITIVE_QUANTIFIERS:
        return of_object(subject) or subject
    return subject


def _names_fact_or_event(subject: Token) -> bool:
    """True when ``subject`` names a fact, an act or an event (*actions, strikes, elections,
    this*), by the abstract nouns of WordNet, not a person (*the protesters showed great
    courage*: behaviour)."""
    from .intensifiers import NOMINAL_SUFFIXES, wordnet_abstract_nouns

    lemma = subject.lemma_.lower()
    if subject.lower_ in {"it", "this", "that", "these", "those", "which", "what"}:
        return True
    if lemma in EVIDENCE_NOUNS or lemma in {"period", "year", "years", "decade", "decades",
                                            "month", "months", "week", "weeks", "past"}:
        return True  # *this period has shown*, *the past year demonstrated*
    if subject.pos_ not in {"NOUN", "PROPN"} or names_speaker(subject):
        return False
    return lemma in wordnet_abstract_nouns() or len(lemma) > 5 and lemma.endswith(
        NOMINAL_SUFFIXES)


def _as_frame(verb: Token) -> bool:
    """*as demonstrated by, as has been shown, as is evidenced by, as proven by*: the writer
    invokes evidence for the clause it attaches to (Hyland 2005: 222)."""
    before = words_before(verb, 6)
    for word in reversed(before):
        if word == "as":
            return True
        if word not in {"has", "have", "had", "been", "is", "was", "are", "were", "be", "it",
                        "repeatedly", "amply", "clearly", "already", "so", "often",
                        "consistently", "recently", "also", "well", "again"}:
            return False
    return False


#: pronouns that take back a plural, a singular thing or a singular person
_PLURAL_BACK = frozenset({"they", "them", "their", "themselves"})
_NEUTER_BACK = frozenset({"it", "its", "itself"})
_PERSON_BACK = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_FIRST_BACK = frozenset({"i", "me", "my", "we", "us", "our"})


def shows_itself(verb: Token, subject: Token) -> bool:
    """A speaker whose own conduct shows what it is: the clause of *show, demonstrate, prove*
    is about the subject itself, taken back by a pronoun that agrees with it (*providers have
    demonstrated that they are willing to discriminate*, *the President has proven that his
    commitment to principle is non-existent*). The verb then presents the subject's deeds as
    evidence, a factive booster (MARKERS.md: a fact or an event that proves), not a finding
    reported about something else (*experts have shown that face recognition is flawed*,
    *EFF showed that Personal Audio did not invent anything*)."""
    if verb.lemma_.lower() not in {"show", "demonstrate", "prove"} or verb.tag_ == "VB" or \
            names_document(subject):
        return False  # (not an act to come, *to prove their case*; not a document's
        # finding, *reports showed that they destroyed*: MARKERS.md, an attribution)
    back: set[str] = set()
    for child in verb.children:
        if child.dep_ == "ccomp":
            subjects = [g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"}]
            if subjects:
                back.add(subjects[0].lower_)
                back.update(g.lower_ for g in subjects[0].children if g.dep_ == "poss")
    if not back:
        return False
    lower = subject.lower_
    if lower in _FIRST_BACK:
        return bool(back & _FIRST_BACK)
    if lower in _PLURAL_BACK or subject.tag_ in {"NNS", "NNPS"} or any(
            c.dep_ == "conj" for c in subject.children):
        return bool(back & _PLURAL_BACK)
    if lower in _PERSON_BACK or subject.ent_type_ == "PERSON":
        return bool(back & _PERSON_BACK)
    if subject.lemma_.lower() in HUMAN_NOUNS and back & _PERSON_BACK:
        return True  # the President has proven that his commitment ...
    return bool(back & (_NEUTER_BACK | _PLURAL_BACK))  # the Government ... it / they


def _addressee(verb: Token) -> bool:
    """True when ``verb`` has a person it tells or reminds (*reminds us, taught the world*)."""
    return any(c.dep_ in {"dobj", "dative", "iobj"} and (
        c.lower_ in ADDRESSEES or c.lemma_.lower() in ADDRESSEES) for c in verb.children) or \
        words_after(verb, 1)[:1] in (["us"], ["me"])


@context_rule("factive_evidence")
def factive_evidence(span: Span) -> bool:
    """Factive evidence verbs (*has proved that, demonstrates, confirmed, reinforced,
    underscores, exposes, the crisis taught us that*) with a fact or an event as subject
    (also a participle on its noun: *evidence finding a connection, data showing that*), or
    the writer's own finding (*we found that, our study shows*). Not with a person or an
    institution as subject (*the spokesman confirmed*: an attribution), nor a document (*the
    report found, studies show*: an attribution), nor in the passive (*has been found to*:
    an agentless attribution). *show/prove/reveal/find* need a proposition (*showed
    solidarity* is not factive). MARKERS.md; Hyland (2005: 222)."""
    verb = span[-1]
    doc = verb.doc
    lemma = verb.lemma_.lower()
    if not is_parsed(doc):
        before = words_before(span[0], 1)
        return bool(before) and before[0] in {"which", "this", "we"} and \
            words_after(verb, 1) == ["that"]
    if verb.pos_ not in {"VERB", "AUX"} and not (verb.tag_ == "VBN" and _as_frame(verb)):
        return False
    if is_negated(verb):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" and not (
            c.lower_ in {"should", "must"} and lemma in {"remind", "teach"} and _addressee(verb)
            or c.lower_ == "can" and lemma == "confirm" and words_before(verb, 2)[:1] in (
                ["i"], ["we"]))  # (*I can confirm that*: below)
            for c in verb.children):
        # a prediction or a hypothesis, not evidence: *it would show how*; but what an
        # event *should remind us all of* is a truth the writer asserts
        return False
    if lemma in OBJECT_FACTIVES | {"confirm"} and verb.tag_ == "VBN" and _as_frame(verb):
        return True  # *as demonstrated by the results, as has been shown*
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if lemma == "evidence" and verb.tag_ == "VBN":
        # *evidenced by Monday's launch, the abuse evidenced in the videos, is evidenced in
        # the non-cooperation*: a fact or an event as the evidence the writer points to (but
        # not a speaker or a document: *as evidenced by the report* is above)
        return any(c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "in"} and any(
            g.dep_ == "pobj" and not (names_speaker(g) or names_document(g))
            for g in c.children) for c in verb.children)
    if lemma == "remind" and passive:
        # *we are reminded of/that*: an event reminds, unless a speaker is the agent
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                      if g.dep_ == "pobj"), None)
        return agent is None or not (names_speaker(agent) or names_document(agent))
    if passive or verb.dep_ in {"amod", "acl"} and verb.tag_ == "VBN":
        return False
    if lemma == "prove" and any(c.dep_ in {"xcomp", "acomp", "oprd", "attr"}
                                for c in verb.children):
        return True  # copular *prove*: *the forum has proved (to be) a success*
    if lemma == "evidence":
        return False  # the active verb (*the data evidence a rise*) is rare and unlisted
    if verb.head.lemma_.lower() == "let" or words_before(verb, 1) in (["me"], ["us"]):
        return False  # the writer's own act: *let me underline that*
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and verb.head.lemma_.lower() not in {"serve", "go", "help", "seem", "appear",
                                                 "tend", "continue"}:
        return False  # an intended act, not evidence: *for the community to demonstrate*
    if lemma == "show" and any(c.dep_ == "dobj" and c.lemma_.lower() == "sign"
                               for c in verb.children):
        return False  # *shows no sign of abating*: an idiom of appearance
    if lemma in FINDING_VERBS:
        # a finding reported with its clause (*we have concluded that*), not the adjective
        # (*our recently concluded meeting*) nor a legal act in the present (*I
        # determine that the United States will not provide*: a legal act)
        if words_after(verb, 1) != ["that"]:
            return False
        if lemma == "determine" and verb.tag_ in {"VBP", "VBZ"} and not any(
                c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
            return False  # (but a committee's *We conclude that X*: its finding)
    relative = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "which"),
                    None)
    if relative is not None:
        # *which* never stands for a person: with a human antecedent it stands for the
        # clause before it (*only three people were identified as victims, which has proved
        # that ...*); a document or an institution as antecedent makes an attribution
        antecedent = verb.head if verb.dep_ == "relcl" else None
        if antecedent is not None and antecedent.dep_ == "pobj" and \
                antecedent.head.head.pos_ == "NOUN" and \
                _names_fact_or_event(antecedent.head.head):
            # the parser hangs *which* on the nearest noun; after *the developments in the
            # Sudan, which illustrate* the fact or event the phrase names is the antecedent
            antecedent = antecedent.head.head
        if antecedent is not None and (names_document(antecedent) or
                                       antecedent.ent_type_ in {"ORG", "GPE", "NORP"}):
            return False
        return lemma != "find" and (lemma not in CLAUSE_FACTIVES or _has_proposition(verb))
    subject = subject_of(verb) if verb.dep_ != "advcl" or verb.tag_ != "VBG" else None
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        # a participle on its noun proves when the noun is evidence (*mounting evidence
        # finding a link*) or, for the verbs of showing, an act or an event (*executive
        # actions demonstrating this administration's commitment*); not *circulations
        # reinforcing each other*, nor a person or a document
        noun = verb.head
        if not any(c.dep_ in {"dobj", "ccomp"} for c in verb.children):
            return False
        if noun.lemma_.lower() in EVIDENCE_NOUNS:
            return True
        return lemma in OBJECT_FACTIVES - {"find"} and not (
            names_speaker(noun) or names_document(noun)
            or noun.lemma_.lower() in MEETING_NOUNS)
    if verb.dep_ in {"advcl", "xcomp"} and verb.tag_ == "VBG" and \
            lemma in OBJECT_FACTIVES and words_before(verb, 1) == [","]:
        # a sentential participle: the event of the clause before is the evidence (*...
        # signed the Accords, demonstrating Brazil's intent to partner*)
        return any(c.dep_ in {"dobj", "ccomp"} for c in verb.children)
    if subject is None:
        return False
    subject = real_subject(subject)
    if words_after(verb, 2) in (["each", "other"], ["one", "another"]):
        return False  # a reciprocal: *the two markets reinforce each other*
    if lemma in {"show", "demonstrate", "prove", "illustrate", "confirm"} and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and not any(
            c.dep_ in {"dobj", "ccomp"} for c in verb.children):
        # a comment clause whose gap is the host clause (*as history shows*, *as recent
        # events have demonstrated*, the writer's *as we have shown*; Quirk et al. 1985,
        # 15.54): a fact, an event or the writer's own finding vouches for it; another
        # speaker or a document reports it (*as the report shows*: an attribution)
        return is_first_person(subject) or not (names_speaker(subject)
                                                or names_document(subject))
    if verb.tag_ == "VBG" and not any(c.dep_ in {"ccomp", "dobj"} for c in verb.children):
        return False  # *mutually reinforcing*: no proposition, no object
    if lemma == "expose" and any(c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                                 for c in verb.children):
        return False  # exposure to a danger: *the policy exposes workers to risk*
    if is_first_person(subject) or subject.lower_ in {"me", "us"}:
        # the writer's findings (*we found that, our study shows*); the writer's
        # *I remind you that, I confirm that* is a speech act, not evidence
        if lemma in {"find", "conclude", "determine", "establish"}:
            if lemma == "find" and words_after(verb, 1) and words_after(verb, 1)[0] in \
                    REFLEXIVES:
                return False  # *we find ourselves facing X*: a situation, no finding
            return words_after(verb, 1) == ["that"] or any(
                c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in {"VERB", "AUX"} and any(
                    g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
                for c in verb.children) or any(  # (*we found he assisted them*: no *that*)
                c.dep_ == "dobj" and (c.lower_ == "what" and c.i < verb.i or (
                    lemma == "find" and c.lemma_.lower() in FOUND_EVIDENCE
                    and not any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)))
                for c in verb.children)  # a pseudo-cleft: *what we found is this: ...*;
            # evidence found: *we found evidence that*
        if lemma == "confirm" and any(c.dep_ == "aux" and c.lower_ == "can"
                                      for c in verb.children) and _has_proposition(verb):
            return True  # *I can confirm that*: the writer vouches for a fact, a certainty
            # frame; a bare *I confirm that* is a speech act
        if lemma in PERFORMATIVE_FACTIVES and subject.lower_ in {"i", "we", "me", "us"}:
            return False
        if verb.tag_ == "VB" and verb.dep_ in {"ccomp", "xcomp", "advcl"}:
            return False  # the writer's act to come: *it is important that we demonstrate*
        if _has_proposition(verb):
            return True
        # the writer's own acts as evidence (*our joint actions demonstrate the unity*)
        return subject.lower_ not in {"i", "we", "me", "us"} and lemma in OBJECT_FACTIVES \
            and any(c.dep_ == "dobj" for c in verb.children) and _names_fact_or_event(subject)
    if lemma == "find":
        # evidence that finds (*mounting evidence finding a connection*) is a fact that
        # proves; a person or a document that finds reports (an attribution)
        return subject.lemma_.lower() in EVIDENCE_NOUNS and any(
            c.dep_ in {"dobj", "ccomp"} for c in verb.children)
    if names_document(subject) and subject.lemma_.lower() not in EVIDENCE_NOUNS or \
            subject.lemma_.lower() in MEETING_NOUNS and \
            lemma not in {"show", "demonstrate", "illustrate", "prove"}:
        return False  # *the summit confirmed*: a decision reported; *the conference
        # illustrated the potential*: an event as evidence
    if lemma in {"testify", "attest"} and subject.ent_type_ != "PERSON" and \
            subject.pos_ != "PRON" and subject.lemma_.lower() not in HUMAN_NOUNS:
        # a mission or an institution that *testifies to* a commitment bears witness by
        # existing; a person's testimony is speech
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    if names_speaker(subject):
        # a country's or a people's record as evidence: *Costa Rica has shown that nature
        # can save us*, *the Belarusian people have demonstrated that* (the perfect of a
        # verb of showing with a clause); a person's *he showed that* stays a report
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
        collective = subject.ent_type_ in {"GPE", "NORP"} or subject.lemma_.lower() in {
            "people", "nation", "country", "world", "community", "state"}
        return perfect and collective and lemma in {"show", "demonstrate", "prove"} and \
            any(c.dep_ == "ccomp" for c in verb.children) or shows_itself(verb, subject)
    if lemma in EVENT_FACTIVES and subject.pos_ == "PRON" and subject.lower_ not in {
            "it", "this", "that", "these", "those", "which", "what"}:
        return False  # a person's act: *she reminded them that*
    if lemma == "tell" and not _names_fact_or_event(subject):
        return False  # *a bartender told him*: speech
    if lemma in EVENT_FACTIVES:
        # an event reminds, teaches or tells someone something (*the pandemic taught us
        # that, the anniversary reminded us of, history has taught us lessons*)
        return _addressee(verb) or _has_proposition(verb)
    if lemma == "expose" or lemma in OBJECT_FACTIVES:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects and all(names_speaker(o) or o.lemma_.lower() in {
                "entity", "individual", "person", "worker", "civilian"} for o in objects):
            return False  # *designations expose entities*: an act on people
        if lemma == "expose" and not objects:
            return False  # *expose and isolate entities*: the object is not a fact
    if lemma == "reinforce" and not _has_proposition(verb):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in PROPOSITION_NOUNS
                   for c in verb.children)
    if lemma in CLAUSE_FACTIVES:
        if _has_proposition(verb):
            return True
        # a fact or an event that shows a noun phrase (*the strikes demonstrate the stark
        # reality, the elections demonstrated the growing activism*; also where the parser
        # hangs the object on an adjective it took for a verb: *images show appalling
        # conditions*)
        has_object = any(c.dep_ == "dobj" or c.dep_ == "xcomp" and c.tag_ == "VBG" and any(
            g.dep_ == "dobj" for g in c.children) for c in verb.children)
        return lemma in OBJECT_FACTIVES and has_object and _names_fact_or_event(subject)
    if lemma in {"testify", "attest"}:
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    return True


@context_rule("absolute_not_negated")
def absolute_not_negated(span: Span) -> bool:
    """*always, forever* as absolutes, except inside a negation (*not always*: MARKERS.md)
    and *forever* as a degree word on an adjective of feeling (*forever thankful*)."""
    word = span[0]
    following = next_token(word)
    if word.lower_ == "forever" and following is not None and following.pos_ == "ADJ":
        return False
    before = words_before(word, 2)
    if before and (before[-1] in {"not", "n't", "n’t", "almost", "nearly"}
                   or before[-2:-1] in (["not"], ["n't"], ["n’t"])):
        return False
    if not is_parsed(word.doc):
        return True
    # a negation of its clause, or of the clause that embeds it (*does not believe popping
    # pills is always the answer*)
    clause = word.head
    for _ in range(2):
        if any(c.dep_ == "neg" and c.i < word.i for c in clause.children):
            return False
        if clause.dep_ not in {"ccomp", "xcomp", "conj"} or clause.head == clause:
            break
        clause = clause.head
    return True


@context_rule("at_all")
def at_all(span: Span) -> bool:
    """*at all* as an absolute (*no evidence at all, not at all*), and *at all times / at
    all costs*; not *at all levels, at all stages* (a plain universal quantifier), nor *if
    at all* (a minimizer: *rarely, if at all*, Quirk et al. 1985)."""
    if words_before(span[0], 1) == ["if"]:
        return False  # *rarely, if at all*: a minimizer (its own downtoner row)
    following = next_token(span[-1])
    if following is None or following.is_punct:
        return True
    if following.lower_ in {"times", "costs"}:
        return True
    return following.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM", "DET"}


@context_rule("borne_out")
def borne_out(span: Span) -> bool:
    """*borne out* as a factive (*that's borne out by the fact that, he thinks it's borne
    out*): the evidence confirms the claim, as *has proved*. Not negated (*not borne out by
    the facts*), predicted or asked about (*whether the assertions will be borne out*)."""
    verb = span[0]
    if not is_parsed(verb.doc):
        return not ({"not", "n't", "n’t", "will", "would", "whether"} & set(
            words_before(verb, 4)))
    if is_negated(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children)


#: verbs whose object is in a negative context (*failed to win a single seat*, *refused to
#: name a single source*): a negative-polarity item after them counts as under negation
NEGATIVE_VERBS = frozenset({"fail", "refuse", "decline", "deny", "lack"})


@context_rule("single_in_negation")
def single_in_negation(span: Span) -> bool:
    """*a single* as an emphatic absolute under negation (*it doesn't help a single family,
    failed to win a single seat, without a single vote*): the minimal quantity a negation
    rules out (Quirk et al. 1985: 10.64, negative-polarity *a single*), as *not a single*
    at the head of its clause. Not a plain count (*in a single workweek, a single unit*)."""
    single = span[-1]
    if not is_parsed(single.doc):
        return False
    noun = single.head
    if noun.pos_ not in {"NOUN", "PROPN"} or single.dep_ != "amod":
        return False
    node = noun
    for _ in range(6):  # up from the noun phrase to the clause that takes it
        if node.lower_ == "without":  # (*never* and *not* are the verb's ``neg``)
            return True
        if node.pos_ in {"VERB", "AUX"} and node.dep_ != "amod":
            if is_negated(node) or node.lemma_.lower() in NEGATIVE_VERBS or any(
                    c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in {"nobody", "none"} or any(
                        d.dep_ == "det" and d.lower_ == "no" for d in c.children))
                    for c in node.children):
                return True  # also a negative subject: *no one has named a single source*
            if node.dep_ != "xcomp":
                return False
        if node.head is node:
            return False
        node = node.head
    return False


#: certainty adverbs with no manner sense (WordNet 3.0 gives *obviously* and *evidently* only
#: the sense "unmistakably"), unlike *clearly, plainly* (*spoke clearly*)
NO_MANNER_SENSE = frozenset({"obviously", "evidently", "undeniably", "manifestly"})


@context_rule("certainty_adverb")
def certainty_adverb(span: Span) -> bool:
    """*clearly, plainly, obviously* as certainty adverbs (*clearly shows, this is clearly
    wrong*), not as manner adverbs after the verb, graded (*fairly clearly*) or on a
    participle of perception (*stated it clearly, clearly visible, clearly defined*)."""
    adverb = span[0]
    following = next_token(adverb)
    if following is not None and following.lower_ in {"visible", "defined", "marked",
                                                      "labelled", "labeled", "written",
                                                      "audible", "seen",
                                                      "delineated", "set",
                                                      "articulated",
                                                      "spelled", "spelt", "explained",
                                                      "formulated", "communicated",
                                                      "outlined", "specified", "worded",
                                                      "enunciated", "understand",
                                                      "understood", "laid", "signposted"}:
        return False  # manner: *as clearly articulated in*, *should clearly understand*
    degree = prev_token(adverb)
    if degree is not None and degree.lower_ in {"fairly", "more", "too", "less", "most", "as",
                                                "sufficiently", "reasonably"} and \
            is_parsed(adverb.doc) and adverb.head.pos_ == "VERB" and adverb.head.i < adverb.i:
        return False  # a graded manner after its verb: *made his point fairly clearly, spell
        # out more clearly*; raised to the top it is certainty again (*set out very clearly,
        # which says, quite clearly, that*, *as we have heard so clearly*)
    substituted = prev_token(degree) if degree is not None else None
    if degree is not None and degree.lower_ == "so" and (
            is_parsed(adverb.doc) and degree.head != adverb
            or substituted is not None and substituted.lemma_.lower() in {
                "say", "do", "think", "believe", "hope", "suppose", "state"}):
        return False  # *say so clearly*: the pro-form after a verb of saying or doing
        # (Quirk et al. 1985, ch. 12: *so* as a substitute), then the manner of saying it
    if degree is not None and degree.lower_ in {"very", "quite", "so", "extremely"}:
        return True  # certainty raised to the top after its verb (read gold: 3 of 3)
    if is_parsed(adverb.doc):
        head = adverb.head
        if head.lemma_.lower() in {"show", "demonstrate", "illustrate", "prove", "reveal",
                                   "indicate", "reflect", "confirm"}:
            return True  # *illustrates clearly the need*: certainty of the evidence
        before = prev_token(adverb)
        if adverb.lower_ in NO_MANNER_SENSE or before is not None and before.text == "," \
                and following is not None and following.text == ",":
            return True  # a disjunct after its verb (*they discussed, obviously, the
            # situation*; *there are obviously issues*): no manner sense to take
        return not (head.pos_ == "VERB" and head.i < adverb.i and adverb.dep_ == "advmod"
                    and adverb.i - head.i <= 3)
    return True


@context_rule("emphatic_literally")
def emphatic_literally(span: Span) -> bool:
    """*literally* as emphasis (*people will literally die*), not of wording (*translated
    literally, taken literally, literally means*). MARKERS.md."""
    word = span[0]
    neighbours = set(words_before(word, 2)) | set(words_after(word, 2))
    return not neighbours & {"translated", "translate", "taken", "take", "means", "meaning",
                             "mean", "interpreted", "read", "quoted", "translates",
                             "metaphorically", "figuratively"}


@context_rule("certainty_adjective")
def certainty_adjective(span: Span) -> bool:
    """*certain / sure / evident* as certainty: predicative and about a proposition (*I am
    sure that, it is certain that, it is evident*), not *make sure*, *a certain country*,
    *to be sure* (concessive) or *sure-footed*."""
    adjective = span[-1]
    before = words_before(adjective, 2)
    after = words_after(adjective, 1)
    if adjective.lower_ == "sure" and after in (["way"], ["sign"], ["path"], ["bet"],
                                                ["recipe"], ["guarantee"]):
        return True  # *the only sure way to, a sure sign that*: a certain means or sign
    if adjective.lower_ == "sure" and after == ["to"]:
        return False  # *be sure to vote*: an instruction
    if before[-1:] and before[-1] in MAKE_FORMS | {"a", "an", "the", "to", "ensure"}:
        return False
    if before[-2:] == ["to", "be"] or after[:1] == ["-"]:
        return False
    # the nearest word before that is not a degree or focus adverb (*it has become more
    # evident than ever*, *it is now abundantly clear*)
    wider = words_before(adjective, 4)
    while wider and wider[-1] in {"more", "increasingly", "now", "also", "all", "too",
                                  "abundantly", "perfectly", "so", "even", "already"}:
        wider.pop()
    if wider and wider[-1] in {"is", "was", "am", "are", "were", "be", "'m", "’m",
                               "'s", "’s", "'re", "’re", "quite", "absolutely",
                               "very", "completely", "fully", "became", "becomes",
                               "become", "becoming", "been", "feel", "feels", "felt"}:
        return not after or after[0] in {"that", "of", ",", ".", "this", "we", "they", "it",
                                         ":", "—", "he", "she", "i", "than", "will", "to",
                                         "from", "in"} or is_parsed(adjective.doc) and any(
            c.dep_ == "ccomp" and c.i > adjective.i for c in adjective.children)
        # (a clause without *that* after it: *I am sure the Table Office will advise him*)
    return False


@context_rule("not_before_adjective")
def not_before_adjective(span: Span) -> bool:
    """*absolutely* as certainty (*we absolutely reject, absolutely not*), not as a degree
    word before an adjective (*absolutely essential*: a maximizer)."""
    following = next_token(span[-1])
    if following is not None and following.lower_ in {"everyone", "everybody", "everything",
                                                      "all", "every", "any", "anyone",
                                                      "anything", "none", "no", "nobody",
                                                      "nothing", "each"}:
        return False  # a degree word on a quantifier: *harm absolutely everyone*
    return following is None or following.pos_ not in {"ADJ", "ADV"} or following.lower_ in {
        "not", "never"}


@context_rule("certainty_in_fact")
def certainty_in_fact(span: Span) -> bool:
    """*in fact* as certainty (*the election was, in fact, rigged; in fact, prices rose*), not
    the phrase *basis in fact, grounded in fact* (in reality) after a noun or a participle of
    grounding."""
    before = prev_token(span[0])
    if before is None or before.is_punct:
        return True
    return not (before.pos_ in {"NOUN", "VERB"} and before.lower_ in {
        "basis", "grounded", "rooted", "based", "foundation", "founded", "grounding"})


@context_rule("certainty_of_course")
def certainty_of_course(span: Span) -> bool:
    """*of course* as certainty (*Of course, the talks will continue*), not in *as a matter
    of course* (routinely) nor *a change of course* (direction)."""
    return words_before(span[0], 1) not in (["matter"], ["change"], ["changes"], ["off"],
                                            ["reversal"], ["alter"])


@context_rule("emphatic_not_negated")
def emphatic_not_negated(span: Span) -> bool:
    """*really, truly, actually* as emphasis (*how hypocritical they really are, would
    actually increase, truly independent courts*), also in a rhetorical question, where the
    emphasis presses the answer the writer expects (*Can we really afford war?*: Hyland
    2005: 221 counts *really* whatever the clause type). Not in *not really, not truly*
    (after a negation they lessen it: *I don't really like it*, Quirk et al. 1985: 8.103),
    where *actually* still sets fact against appearance (*the reply was not actually a
    response, an assault that never actually occurred*: an actuality emphasizer, 8.99); not
    as an interjection of surprise (*Really?*), and not where they scale the force of an
    evaluation or an attitude (*truly effective, I really want to thank*: see
    :func:`toolkit.markers.intensifiers.really_grades`)."""
    word = span[0]
    before = prev_token(word)
    following = next_token(word)
    if before is not None and before.lower_ in {"not", "n't", "n’t", "never"} and \
            word.lower_ != "actually":
        return False
    if word.lower_ in {"really", "truly"} and really_grades(word):
        return False  # the degree adverb (*truly effective, I really want to*): an intensifier
    return not (following is not None and following.text in {"?", "!"} and
                (before is None or before.is_punct))


#: verbs of wanting and knowing, whose negation *simply* restricts (*simply did not want*)
MENTAL_STATE_VERBS = frozenset({"want", "wish", "realise", "realize", "understand", "know",
                                "notice", "see", "care"})


@context_rule("emphatic_before_negation")
def emphatic_before_negation(span: Span) -> bool:
    """*simply* as an emphasizer of a negation (*simply isn't true, it simply won't work,
    something the Act simply does not allow*; Quirk et al. 1985: 8.99-8.104), not *simply*
    meaning merely (*simply refused*, a downtoner) or degree on an adjective (*simply wrong*,
    an intensifier)."""
    word = span[0]
    return negation_follows(word) and not (
        is_parsed(word.doc) and word.head.lemma_.lower() in MENTAL_STATE_VERBS)
    # (*simply did not want to, has simply not realised*: merely, a downtoner)


@context_rule("identifying_emphasis")
def identifying_emphasis(span: Span) -> bool:
    """*precisely / exactly* in an identifying copular clause (*that is precisely what we are
    seeing, that was precisely why the tools were critical*): the writer insists the two
    sides match (Quirk et al. 1985: 8.116, the emphatic particularizer); not as a manner or
    a measure (*set out precisely what I expect, at exactly 9 a.m.*)."""
    word = span[0]
    before = words_before(word, 2)
    if before[-1:] == ["also"]:
        before = words_before(word, 3)[:-1]
    after = words_after(word, 1)
    return before[-1:] in (["is"], ["was"], ["are"], ["were"], ["'s"], ["’s"]) and after in (
        ["what"], ["why"], ["how"], ["where"], ["when"], ["who"], ["because"], ["the"],
        ["this"], ["that"])


#: nouns of fact a *well-known* certifies (*a well-known fact*), not a famous person or thing
FACT_NOUNS = frozenset("""fact facts truth truths reality realities phenomenon principle
pattern problem problems history record tactic tactics trick tricks story""".split())


@context_rule("well_known_fact")
def well_known_fact(span: Span) -> bool:
    """*well-known / well known* as certainty (Hyland 2005: 222): a clause frame (*it is
    well known that*) or a noun of fact (*a well-known fact, the well-known tactics*); not
    fame (*a well-known singer, well known to the police*)."""
    last = span[-1]
    after = words_after(last, 1)
    if after == ["that"]:
        return True
    following = next_token(last)
    return following is not None and following.lower_ in FACT_NOUNS


@context_rule("writer_conviction")
def writer_conviction(span: Span) -> bool:
    """*we are convinced that*: the writer pronounces a proposition certain (Martin & White
    2005: 127-132, proclaim: pronounce). Only the writer (first person, or the issuing
    country: *Malaysia is convinced that*) and only with a clause: not *they are convinced
    that* (a third party's belief: neither a booster nor an attribution, MARKERS.md), not
    negated. *We are confident that* pronounces the same certainty (*I am confident that a
    reunified peninsula will contribute*; Hyland 2005: 221, *sure, certain*)."""
    adjective = span[-1]
    after = words_after(adjective, 1)
    if after != ["that"] and after != [","] and not (is_parsed(adjective.doc) and any(
            c.dep_ == "ccomp" for c in adjective.children)):
        return False
    if is_negated(adjective) or "not" in words_before(adjective, 3):
        return False
    if not is_parsed(adjective.doc):
        return bool(set(words_before(adjective, 3)) & {"i", "we"})
    verb = adjective.head if adjective.dep_ in {"acomp", "attr", "oprd"} else adjective
    subject = subject_of(verb)
    if subject is None:
        # a parse that hangs the subject on the auxiliary (*Tajikistan is convinced*)
        subject = next((g for c in verb.children if c.dep_ in {"aux", "auxpass"}
                        for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    if is_first_person(subject):
        return True
    if after == [","]:
        return False  # the parenthetical *I am convinced, and ..., that* is first person only
    present = verb.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
    return present and issuing_side(subject)


def issuing_side(subject: Token) -> bool:
    """True when ``subject`` names the country or body that issues the statement in the
    third person (*Malaysia is convinced, Tajikistan, the Holy See*): a place or a people
    entity, or a capitalised proper name that is not a person."""
    return subject.ent_type_ in {"GPE", "NORP"} or (
        subject.pos_ == "PROPN" and subject.ent_type_ in {"", "ORG"} and subject.is_title)


@context_rule("comment_adverb")
def comment_adverb(span: Span) -> bool:
    """*naturally, unsurprisingly, not surprisingly* as a comment that the proposition is
    expected (Martin & White 2005: 122-126, concur): at the start of a clause or set off by
    commas (*Naturally, the talks failed*); not manner (*occurs naturally, behaved
    naturally*)."""
    first = span[0]
    before = prev_token(first)
    if before is None or before.is_punct or before.lower_ in {"and", "but", "so", "yet"}:
        return True
    return words_after(span[-1], 1) == [","]


@context_rule("event_highlights")
def event_highlights(span: Span) -> bool:
    """*highlight* as a factive of evidence only with an event or a fact as subject (*the
    crisis has highlighted the seriousness of*, *which highlights the need*), the rule of
    :func:`factive_evidence` narrowed: *highlight* is mostly a speech act (*allow me to
    highlight*, *the minister highlighted*, *the declaration highlights*: attributions or
    the writer's own act), so a pronoun other than *it/this/that/which*, a name or a
    capitalised title as subject does not count."""
    verb = span[-1]
    if not is_parsed(verb.doc) or not factive_evidence(span):
        return False
    subject = subject_of(verb)
    if subject is None:
        return verb.dep_ == "acl" and verb.tag_ == "VBG"
    if subject.pos_ == "PRON":
        return subject.lower_ in {"it", "this", "that", "which"}
    return subject.pos_ == "NOUN" and not (subject.is_title and not subject.is_sent_start)


#: nouns of things said (reports, claims): what one is aware of when one hears of them
HEARSAY_OBJECTS = frozenset("""report claim allegation account rumour rumor speculation
suggestion statement assertion""".split())


@context_rule("writer_awareness")
def writer_awareness(span: Span) -> bool:
    """Factive *aware* (Kiparsky & Kiparsky 1970): the writer's awareness of a fact
    presupposes it, like *we know* (MARKERS.md, factives): *we are aware that, I am aware
    of the difficulty, as members are aware, it is aware of how difficult* (the issuing
    country). Predicative only, not negated (*we are not aware of any*: a denial), not a
    third party's awareness (*they were aware*) outside the *as ... aware* frame."""
    adjective = span[-1]
    before = words_before(adjective, 4)
    if "not" in before[-3:] or "n't" in before[-3:] or "n’t" in before[-3:]:
        return False
    reported = of_object(adjective)
    if reported is not None and reported.lemma_.lower() in HEARSAY_OBJECTS:
        return False  # *we are aware of reports that, I am aware of claims by*: awareness
        # that something was said presupposes the saying, not what was said
    if "as" in before[-3:] and not set(before[-2:]) & {"not"}:
        return True  # *as members are aware, as you are well aware*
    if is_parsed(adjective.doc) and adjective.dep_ == "acomp" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in adjective.head.children) and \
            not is_negated(adjective.head):
        return True  # *as the hon. Gentleman is aware*: a longer subject
    if not is_parsed(adjective.doc):
        return bool(set(before) & {"i", "we"})
    if is_negated(adjective) or adjective.dep_ not in {"acomp", "attr"} or \
            adjective.head.lemma_.lower() not in {"be", "become", "remain"}:
        return False  # predicative only: not *I do so acutely aware that*
    verb = adjective.head
    if is_negated(verb):
        return False
    subject = subject_of(verb)
    if subject is None:
        return False
    subject = real_subject(subject)
    if is_first_person(subject):
        return True
    present = verb.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
    return present and (subject.ent_type_ == "GPE" or subject.lower_ == "it" and
                        adjective.i + 1 < len(adjective.doc) and
                        adjective.nbor(1).lower_ == "of")


@context_rule("bound_to_verb")
def bound_to_verb(span: Span) -> bool:
    """*be bound to* + a verb (*our strength is bound to grow*): certainty about the future
    (Quirk et al. 1985: 3.47, *be bound to*); not obligation or attachment (*bound to the
    treaty, bound to them*)."""
    last = span[-1]
    following = next_token(last)
    return following is not None and (following.tag_ == "VB" or following.lower_ in {
        "be", "have", "fail", "happen", "come", "grow", "rise", "lead", "increase"})


@context_rule("evidence_noun_frame")
def evidence_noun_frame(span: Span) -> bool:
    """*testament / reminder / proof* as the predicate of a fact or an event (*the ecosystem is
    a testament to the fact that, the disasters serve as grim reminders that, this is proof
    that*): an event that proves or reminds is a booster (MARKERS.md). Not a reminder sent
    by someone (*he sent a reminder to members*)."""
    noun = span[-1]
    before = words_before(noun, 4)
    after = words_after(noun, 1)
    frame = bool(set(before) & {"is", "are", "was", "were", "be", "been", "as", "'s", "’s",
                                "remains", "remain", "stands", "stand", "becomes"})
    if not frame or set(before) & {"not", "no", "n't", "n’t"}:
        return False  # *is it not proof of*: a question, not the writer's evidence
    if noun.lemma_.lower() == "proof":
        return after in (["that"], ["of"], [":"])
    return after in (["to"], ["that"], ["of"], ["."], [","], [":"], ["—"])


@context_rule("writer_perception")
def writer_perception(span: Span) -> bool:
    """Factive perception (Kiparsky & Kiparsky 1970; Hyland 2005: 222, evidence the writer
    has): the writer's *as we have seen*, and *we see / I have seen / we have witnessed* with
    a clause (*I have seen how precarious their lives are, we see that there is a shared
    awareness*). Not perception of a thing (*we saw the results*), not a view (*we see the
    institution as a pillar*), not a hope (*it is vital that we see an ambitious response*),
    not negated, not a third party's."""
    verb = span[-1]
    before = words_before(verb, 3)
    after = words_after(verb, 1)
    if is_parsed(verb.doc) and is_negated(verb):
        return False
    if before[-2:] in (["as", "we"], ["as", "i"]) or before[-3:] in (
            ["as", "we", "have"], ["as", "i", "have"], ["as", "we", "all"]):
        return True  # *as we have seen, as we saw last year*
    if not after or after[0] not in {"that", "how", "why"}:
        return False  # *we saw what X meant*: a nominal relative, the thing seen (Quirk et
        # al. 1985: 15.8), not a fact
    if not is_parsed(verb.doc):
        return bool(set(before) & {"i", "we"})
    following = next_token(verb)
    if following is not None and following.lower_ == "that" and following.dep_ != "mark":
        return False  # *we saw that with the Keystone debate*: the pronoun, not a clause
    governing = verb.head if verb.dep_ == "conj" else verb
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in (*verb.children, *governing.children)) \
            or verb.dep_ in {"xcomp", "ccomp", "advcl"} and verb.tag_ == "VB":
        return False  # *we will see whether*, *we'll wait and see*, *it is vital that we see*
    subject = subject_of(verb)
    return subject is not None and subject.lower_ in {"i", "we"}


@context_rule("writer_understanding")
def writer_understanding(span: Span) -> bool:
    """Factive *understand / appreciate that* of the writer's side (*all of us understand
    that, we all understand that, we fully appreciate that*): knowledge of a fact, like *we
    know that* (Kiparsky & Kiparsky 1970). Not the hearsay *I understand that, we understand
    that* (what the speaker has been told: the development sets' gold marks the plural as a
    booster once in six), not negated, not without a clause (*we appreciate your support*:
    thanks)."""
    verb = span[-1]
    if words_after(verb, 1) != ["that"]:
        return False
    before = words_before(verb, 3)
    if not is_parsed(verb.doc):
        return "we" in before
    if is_negated(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    subject = subject_of(verb)
    if subject is None:
        return False
    if verb.lemma_.lower() == "understand" and not any(
            t.lower_ in {"all", "everyone", "everybody"} for t in verb.doc[
                subject.left_edge.i:verb.i]):
        return False  # *we understand that two days ago the court ruled X*: what the speaker
        # has been told (hearsay, as the singular); but the shared knowledge of *we all
        # understand that, all of us understand that*
    subject = real_subject(subject)
    return subject.lower_ in {"we", "us"} or subject.lower_ != "i" and is_first_person(subject)


#: verbs whose *from*-complement is kept from happening (*prohibits X from ever revealing*)
PREVENTION_VERBS = frozenset("""prohibit prohibits prohibited prohibiting prevent prevents
prevented preventing bar bars barred barring ban bans banned banning stop stops stopped
preclude precludes precluded forbid forbids forbade forbidden""".split())


@context_rule("ever_under_negation")
def ever_under_negation(span: Span) -> bool:
    """*ever* under a negative universal (*no country has ever been as brutal, nobody has ever
    attained*): together they deny any exception, like *never* (MARKERS.md, absolutes; Quirk
    et al. 1985: 10.61, non-assertive *ever*), also after *without, not* and in the
    *from*-clause of a verb of prevention (*without ever having to, prohibits X from ever
    revealing*). Not *than ever, ever since, as strong as ever, first-ever, if ever*."""
    word = span[0]
    before = words_before(word, 6)
    after = words_after(word, 1)
    if after[:1] in (["since"], ["before"], ["more"], ["so"], ["-"], ["after"]) or \
            before[-1:] in (["than"], ["if"], ["as"], ["-"], ["first"], ["whatever"]):
        return False
    if before[-1:] in (["without"], ["not"], ["n't"], ["n’t"]):
        return True  # *without ever having to show cause, will not ever accept*: never
    if before[-1:] == ["from"] and set(before[:-1]) & PREVENTION_VERBS:
        return True  # *prohibits the recipient from ever revealing it*: never
    if is_parsed(word.doc):
        verb = word.head
        subject = subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if subject is not None and _negative_argument(subject):
            return True
    return bool(set(before) & {"no", "nobody", "nothing", "none"}) and "than" not in before


def _in_negative_clause(token: Token) -> bool:
    """Whether a negation reaches ``token``'s clause: a negated verb, a negative subject or
    object (*no rule was contravened*, *nothing was said*), or *without* / *not* before it."""
    before = words_before(token, 8)
    if set(before) & {"not", "n't", "n’t", "without", "never", "nor"}:
        return True
    if not is_parsed(token.doc):
        return bool(set(before) & {"no", "nobody", "nothing", "none"})
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    if is_negated(verb):
        return True
    if any(_negative_argument(c) for c in verb.children
           if c.dep_ in {"nsubj", "nsubjpass", "dobj"}):
        return True
    if any(c.dep_ in {"cc", "advmod", "preconj"} and c.lower_ in {"nor", "neither"} and
           c.i < token.i for c in verb.children):
        return True  # *nor, as I made clear, was the answer in any sense a blocking answer*
    # a clause under a negated one: *no one can believe that I in any way distorted it*
    # (the negation reaches the complement clause; Quirk et al. 1985: 10.61)
    if verb.dep_ == "ccomp" and verb.head is not verb:
        governor = verb.head
        return is_negated(governor) or any(
            _negative_argument(c) for c in governor.children if c.dep_ in {"nsubj",
                                                                            "nsubjpass"})
    return False


def _negative_argument(token: Token) -> bool:
    """A negative pronoun or a noun phrase with *no* (*nobody, nothing, no rule*)."""
    return token.lower_ in {"nobody", "nothing", "none", "no-one"} or any(
        c.dep_ == "det" and c.lower_ == "no" for c in token.children)


@context_rule("any_under_negation")
def any_under_negation(span: Span) -> bool:
    """*in any way, at any stage, in any sense* in a negative clause (*not be allowed in any
    way*, *no rule was contravened at any stage*): the non-assertive form made emphatic, which
    denies any exception (Quirk et al. 1985: 10.61; MARKERS.md, absolutes). Not in an
    assertion or a permission (*you may apply at any time*)."""
    return _in_negative_clause(span[0])


@context_rule("whatever_postposed")
def whatever_postposed(span: Span) -> bool:
    """*whatever* right after a noun of a negative phrase (*no basis whatever*, *not the
    slightest doubt whatever*): the emphatic postmodifier, like *whatsoever* (Quirk et al.
    1985: 6.62). Not the pronoun or determiner (*whatever they say*, *whatever reason*)."""
    word = span[0]
    before = prev_token(word)
    if before is None or before.pos_ not in {"NOUN", "PRON"}:
        return False
    following = next_token(word)
    if following is not None and following.pos_ in {"NOUN", "PROPN", "PRON", "DET", "ADJ"}:
        return False  # *no matter whatever X*, *whatever reason*
    return _in_negative_clause(word) or (is_parsed(word.doc) and any(
        c.dep_ == "det" and c.lower_ == "no" for c in before.children))


@context_rule("loud_and_clear")
def loud_and_clear(span: Span) -> bool:
    """*loud and clear* as a certainty frame on a message or a hearing (*the message is loud
    and clear, we heard them loud and clear*: MARKERS.md), not as a description of a voice
    before its noun (*in a loud and clear voice*)."""
    before = prev_token(span[0])
    if before is not None and before.lower_ in {"a", "an", "the", "this", "that", "its",
                                                "their", "his", "her", "our", "my", "your"}:
        return False  # an attributive adjective: *in a loud and clear voice*
    following = next_token(span[-1])
    return following is None or following.pos_ not in {"NOUN", "PROPN", "ADJ"}
