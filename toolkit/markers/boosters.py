"""Boosters: the writer closes down doubt.

Hyland (2005: 52-53, 221-222), Engagement: proclaim (Martin & White 2005: 121-133);
certainty adverbs and emphatics (Biber 1988: feature 49; Quirk et al. 1985: 8.99-8.103);
factive predicates (Kiparsky & Kiparsky 1970). Words live in ``lexicons/booster.tsv``; this
module holds the context rules for certainty frames, epistemic *must*, factives and
absolutes (MARKERS.md, "Rules for the hard cases").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .rules import (
    context_rule,
    is_first_person,
    is_negated,
    is_parsed,
    names_document,
    names_speaker,
    next_token,
    prev_token,
    subject_of,
    words_after,
    words_before,
)

__all__ = ["clear_frame", "fact_label", "clause_frame", "epistemic_must", "writer_knowledge",
           "factive_evidence", "absolute_not_negated", "at_all", "certainty_adverb",
           "emphatic_literally", "certainty_adjective", "not_before_adjective",
           "emphatic_not_negated", "well_known_fact", "writer_conviction",
           "comment_adverb", "event_highlights"]

CLAUSE_STARTERS = frozenset({"that", "what", "how", "why", "whether", "who", "where", "when",
                             ":", "—", "–", "-", ","})
MAKE_FORMS = frozenset({"make", "makes", "made", "making"})


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
    if set(before[-3:]) & MAKE_FORMS and before[-1] in {"it", "this", "that", "very",
                                                        "abundantly", "perfectly", "quite",
                                                        "absolutely", "crystal"}:
        return True  # *make it clear, made it very clear, makes it abundantly clear*
    copulas = {"be", "is", "was", "'s", "’s", "are", "were", "been", "became", "becomes",
               "become", "becoming", "am", "'m", "’m"}
    if after[:1] == ["to"] and "that" in words_after(clear, 5)[2:]:
        after = ["that"]  # *it is now clear to all that*
    if set(before[-3:]) & copulas and after:
        # *it is (also / now / abundantly) clear that*, *let this be clear:*; a plain
        # description ends there (*the water is clear.*, *our goals are clear, and*)
        if after[0] in CLAUSE_STARTERS - {",", "when", "where"}:
            return True
        return after[0] in {".", ","} and bool(set(before) & {"it", "this"})
    return False


@context_rule("fact_label")
def fact_label(span: Span) -> bool:
    """*FACT:* as a label that asserts what follows (MARKERS.md): *FACT* or *Fact* followed
    by a colon or a dash, not the noun *fact* in running text."""
    word = span[0]
    return word.text in {"FACT", "Fact", "FACTS", "Facts"} and words_after(word, 1) in (
        [":"], ["—"], ["-"], ["–"])


@context_rule("clause_frame")
def clause_frame(span: Span) -> bool:
    """*the fact is, the truth is, the reality is* as a frame before a clause (followed by
    *that*, a comma or a colon), not *the truth is hard to find*."""
    return words_after(span[-1], 1) in (["that"], [","], [":"], ["—"], ["-"])


#: predicates after *must be* that make *must* a conclusion, not an obligation
EPISTEMIC_MUST_PREDICATES = frozenset({"true", "right", "wrong", "mistaken", "aware", "joking",
                                       "kidding", "obvious", "clear", "confused", "lying"})


@context_rule("epistemic_must")
def epistemic_must(span: Span) -> bool:
    """Epistemic *must* (a confident conclusion): *they must have known*, *this must be a
    mistake*, *you must be joking*. Not the deontic *must* (*Beijing must stop, we must
    work together, must be held accountable*). Hyland (2005: 222); Quirk et al. (1985:
    4.52)."""
    must = span[0]
    after = [w for w in words_after(must, 3) if w not in {"surely", "certainly", "also"}]
    if after[:1] == ["have"] and len(after) > 1 and after[1] not in {"a", "an", "the", "to"}:
        have = next_token(must)
        following = next_token(have) if have is not None else None
        return following is not None and following.tag_ in {"VBN", "VBD"}
    if after[:1] == ["be"] and len(after) > 1:
        return after[1] in EPISTEMIC_MUST_PREDICATES
    return False


KNOW_COMPLEMENTS = frozenset({"that", "what", "how", "why", "whether", "when", "where", "who",
                              "this", "full", "well", "all", "for", ","})


@context_rule("writer_knowledge")
def writer_knowledge(span: Span) -> bool:
    """Factive *know / realize*: the writer's knowledge of a proposition (*we know that, I
    know what I am going to do, as we all know*) or a third party's *have known that*
    (presupposing the clause). Not negated (*I don't know*), not *known as*, *let us know*,
    not an agentless *is known to* (an attribution, MARKERS.md). Hyland (2005: 222)."""
    verb = span[-1]
    doc = verb.doc
    before = words_before(verb, 2)
    after = words_after(verb, 1)
    if after[:1] in (["as"], ["to"], ["about"], ["of"], ["him"], ["her"], ["them"], ["me"],
                     ["you"], ["it"]) or before[-1:] in (["let"], ["be"], ["is"], ["are"],
                                                         ["was"], ["were"], ["been"]):
        return False
    if is_negated(verb) or "not" in before or "n't" in before or "n’t" in before:
        return False
    if not is_parsed(doc):
        return bool(before) and before[-1] in {"i", "we", "all"}
    if verb.dep_ == "xcomp":
        return False  # *we need to know what*, *we want to know*
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # a prediction: *our grandchildren will know that*
    subject = subject_of(verb)
    if subject is None:
        return False
    has_clause = any(c.dep_ in {"ccomp"} for c in verb.children) or bool(
        after and after[0] in KNOW_COMPLEMENTS)
    if subject.lower_ in {"i", "we", "everyone", "everybody"} or is_first_person(subject):
        return has_clause or before[-1:] == ["as"] or (
            before[-2:-1] == ["as"] and before[-1] in {"all", "we", "i"})
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return perfect and any(c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children
                                                      if m.dep_ == "mark")
                           for c in verb.children)


#: nouns of evidence and fact: as the subject of *find, show, prove* they make a booster,
#: not an attribution (MARKERS.md: "a fact or event that proves is a booster")
EVIDENCE_NOUNS = frozenset("""evidence proof fact experience history reality truth event
development incident""".split())
#: verbs of reaching a finding: factive only with a *that*-clause, in the perfect or past
FINDING_VERBS = frozenset({"conclude", "determine", "establish"})
#: verbs after which *remind/teach* need a person object to be factive (*taught us that*)
EVENT_FACTIVES = frozenset({"remind", "teach"})
#: factives that need a clause (*shows that, proved that*) rather than an object
CLAUSE_FACTIVES = frozenset({"show", "prove", "demonstrate", "reveal", "establish", "find",
                             "remind", "teach", "determine", "conclude"})


def _has_proposition(verb: Token) -> bool:
    after = words_after(verb, 3)
    if after[:1] and after[0] in {"that", "how", "what", "why", "whether"}:
        return True
    if verb.lemma_.lower() in EVENT_FACTIVES and len(after) > 1 and after[1] in {
            "that", "how", "what", "why"}:
        return True
    return any(c.dep_ == "ccomp" for c in verb.children)


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
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ in {"amod", "acl"} \
            and verb.tag_ == "VBN":
        return False
    if is_negated(verb):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # a prediction or a hypothesis, not evidence: *it would show how*
    if lemma in FINDING_VERBS:
        # a finding reported with its clause (*we have concluded that*), not the adjective
        # (*our recently concluded meeting*) nor a performative in the present (*I
        # determine that the United States will not provide*: a legal act)
        if words_after(verb, 1) != ["that"]:
            return False
        if verb.tag_ in {"VBP", "VBZ"} and not any(
                c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
            return False
    relative = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "which"),
                    None)
    if relative is not None:
        # *which* never stands for a person: with a human antecedent it stands for the
        # clause before it (*only three people were identified as victims, which has proved
        # that ...*); a document or an institution as antecedent makes an attribution
        antecedent = verb.head if verb.dep_ == "relcl" else None
        if antecedent is not None and (names_document(antecedent) or
                                       antecedent.ent_type_ in {"ORG", "GPE", "NORP"}):
            return False
        return lemma != "find" and (lemma not in CLAUSE_FACTIVES or _has_proposition(verb))
    subject = subject_of(verb)
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        # a participle on its noun proves only when the noun is evidence (*mounting
        # evidence finding a link*), not *circulations reinforcing each other*
        return verb.head.lemma_.lower() in EVIDENCE_NOUNS and any(
            c.dep_ in {"dobj", "ccomp"} for c in verb.children)
    if subject is None:
        return False
    if words_after(verb, 2) in (["each", "other"], ["one", "another"]):
        return False  # a reciprocal: *the two markets reinforce each other*
    if verb.tag_ == "VBG" and not any(c.dep_ in {"ccomp", "dobj"} for c in verb.children):
        return False  # *mutually reinforcing*: no proposition, no object
    if lemma == "expose" and any(c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                                 for c in verb.children):
        return False  # exposure to a danger: *the policy exposes workers to risk*
    if is_first_person(subject):
        # the writer's findings (*we found that, our study shows*); the writer's
        # *I remind you that* is a speech act, not evidence
        if lemma in {"find", "conclude", "determine", "establish"}:
            return words_after(verb, 1) == ["that"]
        return lemma not in EVENT_FACTIVES and _has_proposition(verb)
    if lemma == "find":
        # evidence that finds (*mounting evidence finding a connection*) is a fact that
        # proves; a person or a document that finds reports (an attribution)
        return subject.lemma_.lower() in EVIDENCE_NOUNS and any(
            c.dep_ in {"dobj", "ccomp"} for c in verb.children)
    if names_document(subject) or names_speaker(subject):
        return False
    if lemma in EVENT_FACTIVES and (subject.pos_ == "PRON" and subject.lower_ not in {
            "it", "this", "that", "these", "those"} or verb.head.lemma_.lower() == "let"):
        return False  # the writer's own act: *let me remind this Assembly that*
    if lemma in CLAUSE_FACTIVES:
        return _has_proposition(verb)
    return True


@context_rule("absolute_not_negated")
def absolute_not_negated(span: Span) -> bool:
    """*always, forever* as absolutes, except inside a negation (*not always*: MARKERS.md)."""
    word = span[0]
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
    all costs*; not *at all levels, at all stages* (a plain universal quantifier)."""
    following = next_token(span[-1])
    if following is None or following.is_punct:
        return True
    if following.lower_ in {"times", "costs"}:
        return True
    return following.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM", "DET"}


@context_rule("certainty_adverb")
def certainty_adverb(span: Span) -> bool:
    """*clearly, plainly, obviously* as certainty adverbs (*clearly shows, this is clearly
    wrong*), not as manner adverbs after the verb or on a participle of perception
    (*stated it clearly, clearly visible, clearly defined*)."""
    adverb = span[0]
    following = next_token(adverb)
    if following is not None and following.lower_ in {"visible", "defined", "marked",
                                                      "labelled", "labeled", "written",
                                                      "audible", "seen", "identified",
                                                      "delineated", "stated", "set"}:
        return False
    if is_parsed(adverb.doc):
        head = adverb.head
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
    if before[-1:] and before[-1] in MAKE_FORMS | {"a", "an", "the", "to", "ensure"}:
        return False
    if before[-2:] == ["to", "be"] or after[:1] == ["-"]:
        return False
    if before[-1:] and before[-1] in {"is", "was", "am", "are", "were", "be", "'m", "’m",
                                      "'s", "’s", "'re", "’re", "quite", "absolutely",
                                      "very", "completely", "fully", "became", "becomes"}:
        return not after or after[0] in {"that", "of", ",", ".", "this", "we", "they", "it",
                                         ":", "—", "he", "she", "i"}
    return False


@context_rule("not_before_adjective")
def not_before_adjective(span: Span) -> bool:
    """*absolutely* as certainty (*we absolutely reject, absolutely not*), not as a degree
    word before an adjective (*absolutely essential*: a maximizer)."""
    following = next_token(span[-1])
    return following is None or following.pos_ not in {"ADJ", "ADV"} or following.lower_ in {
        "not", "never"}


@context_rule("emphatic_not_negated")
def emphatic_not_negated(span: Span) -> bool:
    """*really, actually* as emphasis (*how hypocritical they really are, would actually
    increase*), not in *not really* (a hedge), not in a question that doubts (*Can we really
    achieve it?*) nor as an interjection of surprise (*Really?*)."""
    word = span[0]
    before = prev_token(word)
    following = next_token(word)
    if before is not None and before.lower_ in {"not", "n't", "n’t", "never"}:
        return False
    if word.doc.has_annotation("SENT_START") and word.sent[-1].text == "?":
        return False  # a question that doubts: *Can we really achieve it?*
    return not (following is not None and following.text in {"?", "!"} and
                (before is None or before.is_punct))


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
    negated. (*We are confident that* is left out: in speeches it is mostly a courtesy to
    the chair, and confidence is a feeling.)"""
    adjective = span[-1]
    after = words_after(adjective, 1)
    if after != ["that"] and not (is_parsed(adjective.doc) and any(
            c.dep_ == "ccomp" for c in adjective.children)):
        return False
    if is_negated(adjective) or "not" in words_before(adjective, 3):
        return False
    if not is_parsed(adjective.doc):
        return bool(set(words_before(adjective, 3)) & {"i", "we"})
    verb = adjective.head if adjective.dep_ in {"acomp", "attr", "oprd"} else adjective
    subject = subject_of(verb)
    if subject is None:
        return False
    if is_first_person(subject):
        return True
    present = verb.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
    return present and subject.ent_type_ == "GPE"


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
