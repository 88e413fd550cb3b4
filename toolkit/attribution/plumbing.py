"""Shared plumbing of the attribution rules: the draft relation, spans of tokens, and the
syntax every construction family asks about (passive, negation, the source of a verb, parts
of a subtree that are not content)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from .sources import (
    DASHES,
    PERSON_NOUNS,
    RELATIVE,
    ROLE_NOUNS,
)

OPENING = {"“": "”", "«": "»", "„": "“"}


@dataclass
class _Draft:
    cue: tuple[int, int]
    source_token: Token | None
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    kind: str
    stance: str
    rule: str
    cue_token: Token
    source_type: str | None = None
    medium: tuple[int, int] | None = None
    extra: dict = field(default_factory=dict)


def _char_range(tokens: list[Token]) -> tuple[int, int] | None:
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct and tokens[0].text not in OPENING and
                      tokens[0].text != '"' or tokens[0].dep_ in ("mark", "cc")
                      and tokens[0].lower_ in ("that", "and", "but")):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in ("”", '"', "»")
                      or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens.pop()  # (nor a conjunction whose conjunct was left out: A and | B)
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` has the infinitive marker *to* (*to resign*, *to be held*)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _subtree_range(token: Token, without: set[int] | None = None) -> list[Token]:
    """The contiguous run of ``token``'s subtree around it, leaving out ``without``."""
    without = without or set()
    ids = {t.i for t in token.subtree} - without
    lo = hi = token.i
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids:
        hi += 1
    return list(token.doc[lo:hi + 1])


#: words that, fronted, negate the clause whose operator they invert (*Never did he say*,
#: *Not once did the President mention it*, *Nor has she denied it*; Quirk et al. 1985, 18.24)
FRONTED_NEGATIVES = frozenset({"not", "never", "nowhere", "neither", "nor", "no"})


def _negated(token: Token) -> bool:
    """Whether the verb's own clause is negated: *not* on the verb or its auxiliary, under
    *without*, or a negative fronted before an inverted operator (*Not once did he say*; but
    *not only did he say X*: the act was done)."""
    if any(c.dep_ == "neg" for c in token.children):
        return True
    if any(c.dep_ == "aux" and any(g.dep_ == "neg" for g in c.children) for c in token.children):
        return True
    head = token.head
    if token.dep_ in ("pcomp", "pobj") and head.lower_ == "without":
        return True
    operators = [c for c in token.children if c.dep_ == "aux" and c.i < token.i]
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
                and operators and operators[0].i < c.i < token.i]
    if not subjects:
        return False
    fronted = token.doc[token.sent.start:operators[0].i]
    words = [t.lower_ for t in fronted]
    return any(w in FRONTED_NEGATIVES for w in words) and not any(
        a == "not" and b in ("only", "just", "merely", "simply")
        for a, b in zip(words, words[1:], strict=False))


def _mandative(token: Token) -> bool:
    """Whether the verb is a mandative subjunctive (*it is important that this Council send a
    strong message*, *we demand that he withdraw the remark*, *requests that it explain its
    policy*; Quirk et al. 1985, 3.58): the base form with a subject of its own and no
    auxiliary, in a that-clause of a verb, an adjective or a noun. The act is required, not
    done."""
    if token.dep_ not in ("ccomp", "advcl", "csubj", "acl") or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in token.children) or any(
            c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    if token.tag_ == "VB":
        return True
    # the tagger may read the base form as a past or a present (*that the Council condemn
    # the attack*): a third person singular subject shows it is the subjunctive
    return token.lower_ == token.lemma_.lower() and token.tag_ in ("VBD", "VBP") and (
        subjects[0].tag_ in ("NN", "NNP") or subjects[0].lower_ in ("he", "she", "it"))


def _questioned(token: Token) -> bool:
    """Whether the verb is asked about, not reported: it heads (itself or as the
    to-infinitive or conjunct of the verb that does) a yes-no question, an auxiliary or modal
    before its subject and a question mark at the sentence's end (*Does my hon. Friend
    agree that X?*, *Could you confirm that?*, *Has anybody spoken to him?*; Quirk et al.
    1985, 11.5). The speech act is requested or doubted, not done; a question inside a
    quotation or after the cue (*the frog asks, "Why?"*) does not invert the cue's clause."""
    sentence = token.sent
    last = next((t for t in reversed(sentence) if not (t.is_space or t.is_quote
                                                       or t.text in (")", "]"))), None)
    if last is None or last.text != "?":
        return False
    t = token
    for _ in range(6):
        subjects = [c.i for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        auxiliaries = [c.i for c in t.children if c.dep_ in ("aux", "auxpass")
                       and c.lower_ != "to"]
        if subjects and auxiliaries and min(auxiliaries) < max(subjects):
            return True  # (the max: a parser may make a speaker label a second subject)
        infinitive = _to_infinitive(t)
        if subjects or t.head == t or not (t.dep_ == "conj" or t.dep_ in ("xcomp", "advcl")
                                           and infinitive):
            return False
        t = t.head
    return False


def _is_passive(token: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return True
    if token.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    if any(c.dep_ == "nsubj" for c in token.children) and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False  # as the bank noted: a past tense tagged as a participle
    # a participle without auxiliaries: *a statement cited by X*, *with 29 people charged*
    return token.dep_ in ("acl", "relcl", "advcl", "conj", "amod") or any(
        c.dep_ == "agent" for c in token.children)


#: verbs whose subject, not their object, does what the infinitive after the object says:
#: *promise* (Huddleston & Pullum 2002, 14.5) and the instrument verbs, whose infinitive is
#: a purpose (*used the Council to spread lies*: the user spreads them)
SUBJECT_CONTROL = frozenset("""
promise vow pledge use employ exploit utilise utilize leverage harness
""".split())
#: nouns of trying (the noun form of Levin's 1993 *try* verbs): *the government's efforts to
#: propagate lies*: the possessor does what the infinitive says
ATTEMPT_NOUNS = frozenset("""
effort attempt bid campaign drive push scheme plot endeavour endeavor quest
""".split())


def _through_phrases(token: Token, top: Token) -> bool:
    """Whether ``token`` reaches ``top`` through prepositional phrases alone: it and every
    head above it short of ``top`` a preposition or its object (*during a trip to
    Uzbekistan*, *allegations by X in the hearing*), not a clause or a phrase of another
    kind."""
    head = token
    while head != top:
        if head.dep_ not in ("pobj", "prep") or head.head == head:
            return False
        head = head.head
    return True


def _dash_adjunct(token: Token) -> bool:
    """A participial adjunct set off by a dash (*..., suggesting X — correctly noting Y*):
    a comment on the main clause by its subject, not part of the clause before it; not a
    parenthesis closed by a second dash with the clause going on after it."""
    if token.dep_ not in ("advcl", "acl", "conj") or token.tag_ not in ("VBG", "VBN"):
        return False
    first = min(t.i for t in token.subtree)
    if not (first > 0 and token.doc[first - 1].text in DASHES and token.head.i < first):
        return False
    last = max(t.i for t in token.subtree)
    if token.doc[last].text not in DASHES:  # (the parser may hang the closing dash inside)
        last += 1
    closing = last + 1 < len(token.doc) and token.doc[last].text in DASHES
    # not a parenthesis the clause goes on after (review the Act — passed by Congress in
    # April — with the most demanding scrutiny; Quirk et al. 1985, 15.54)
    return not (closing and not token.doc[last + 1].is_punct and
                not token.doc[last + 1].is_sent_start)


def _detached(token: Token, reports: Callable[[Token], bool] | None = None) -> set[int]:
    """Token ids under ``token`` that are not part of its content: dash-introduced
    participial adjuncts and a relative clause after a comma whose verb reports speech of
    its own (``reports``: *the case of X, who she claims ...*, *lies about X, which the U.N.
    said are untrue*: another voice's comment on the noun, not what was said). A relative
    clause after a comma without a cue of its own belongs to the noun phrase (MARKERS.md:
    the whole reported clause: *denounced that agreement, which continues to bind the
    international community*)."""
    ids: set[int] = set()
    for t in token.subtree:
        if t.i == token.i:
            continue
        if _dash_adjunct(t):
            ids.update(u.i for u in t.subtree)
        elif reports is not None and t.dep_ == "relcl" and (reports(t) or any(
                c.dep_ == "conj" and reports(c) for c in t.children)):
            first = min(u.i for u in t.subtree)
            if first > 0 and t.doc[first - 1].text == ",":
                ids.update(u.i for u in t.subtree)
                ids.add(first - 1)
    return ids


#: nouns of address that open a speech's sentence as a vocative (*Mr. President, ...*,
#: *Madam Chair, ...*, *Excellencies, colleagues, ...*; Quirk et al. 1985, 10.52)
ADDRESS_NOUNS = frozenset("""
president chair chairman chairwoman chairperson co-chair speaker moderator excellency
excellencies colleague colleagues friend friends sir madam ladies gentlemen member members
""".split())


def _vocative(token: Token) -> bool:
    """Whether a subject the parser found is a vocative: an address noun (:data:`ADDRESS_NOUNS`)
    that opens its sentence (or line) with a comma after it (*Mr. President, the delegations
    condemned X*: the delegations condemned it, not the President)."""
    if token.lemma_.lower() not in ADDRESS_NOUNS and token.lower_ not in ADDRESS_NOUNS or any(
            c.dep_ in ("det", "poss", "relcl", "acl") for c in token.children):
        return False  # (The President, who spoke first, said: a subject)
    start = token.left_edge
    before = token.doc[start.i - 1] if start.i > 0 else None
    opens = start.i == token.sent.start or before is not None and (
        before.is_space or before.text in (".", ":", "\n"))
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return opens and after is not None and after.text == ","


#: adjectives whose to-infinitive was done (Kiparsky & Kiparsky 1970, emotive factives;
#: Karttunen 1971, implicatives): *was pleased to report, was quick to point out, was kind
#: enough to indicate, was the first to say*; not ability or will (*able, ready, willing*)
EMOTIVE_FACTIVE_ADJECTIVES = frozenset("""pleased happy glad delighted proud sorry sad
thrilled relieved honoured honored privileged quick right wrong correct kind good careful
first last""".split())
#: the ritual ones, whose present is the speaker's own act in the text (*we are pleased to
#: announce, Algeria is pleased to note*: a performative, no report)
RITUAL_EMOTIVE_ADJECTIVES = frozenset("""pleased happy glad delighted proud thrilled honoured
honored privileged""".split())


def _name_before_date(verb: Token) -> list[Token]:
    """The subject the parser folded into a date before the verb, as news writes it
    (*Pentagon spokesman Bryan Whitman Monday said*: the date, parsed as the verb's
    adverbial noun, holds the name as its compound); empty when there is none."""
    dates = [c for c in verb.lefts if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"]
    if not dates:
        return []
    names = [c for c in dates[-1].lefts if c.dep_ == "compound" and c.ent_type_ != "DATE"
             and c.pos_ in ("PROPN", "NOUN")]
    return names[-1:]


#: verbs that cite a person's words: the person is the one *saying* (*quoted X saying*)
QUOTING_LEMMAS = frozenset({"quote", "cite"})


def _quoted_speaker(token: Token) -> Token | None:
    """The person a verb of quoting names just before a participle of saying (*cited his
    attorney saying X*, *a story quoting the spokesperson, saying that X*): the quoted person
    says X, not the subject of the clause (as *quoted X as saying*, which the parse gives)."""
    if token.tag_ != "VBG" or token.dep_ not in ("advcl", "xcomp", "acl"):
        return None
    before = token.i - 1
    while before >= 0 and token.doc[before].text in (",", "as"):
        before -= 1
    if before < 0 or before == token.i - 1 and token.doc[before].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = token.doc[before]
    while noun.dep_ in ("compound", "appos", "flat") and noun.head.i < token.i:
        noun = noun.head
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in QUOTING_LEMMAS or \
            noun.head.i >= noun.i:
        return None
    if any(t.ent_type_ == "PERSON" or t.lemma_.lower() in ROLE_NOUNS or
           t.lemma_.lower() in PERSON_NOUNS
           for t in noun.subtree if t.i <= noun.i):  # (*spokesperson Phay Siphan*)
        return noun  # a person, not a document (*he cited the report, saying*: he says)
    return None


def _subject(token: Token) -> Token | None:
    """The source of an active verb: its subject, the controller of an infinitive or
    participle (*came forward to accuse*, *forced him to admit*), the noun a participle
    modifies (*a petition calling on*), the antecedent of a relative pronoun; for a
    dash-introduced participial adjunct, the subject of the main clause."""
    t = token
    quoted = _quoted_speaker(token)
    if quoted is not None:
        return quoted
    if _dash_adjunct(t):
        root = token.sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and root != token:
            return subjects[0]
    for level in range(8):
        deps = ("nsubj", "expl") if level == 0 else ("nsubj", "nsubjpass", "expl")
        subjects = [c for c in t.children if c.dep_ in deps]
        if not subjects and t.tag_.startswith("VB"):
            subjects = _name_before_date(t)
        if len(subjects) > 1 and subjects[0].lower_ in RELATIVE:
            subjects = subjects[1:]  # who she claims was ...: she speaks about "who"
        if subjects and _vocative(subjects[0]):  # Mr. President, the delegations condemned
            addressed = subjects.pop(0)
            if not subjects:
                subjects = [c for c in addressed.children if c.dep_ == "appos"
                            and c.i > addressed.i and c.lemma_.lower() not in ADDRESS_NOUNS]
                if not subjects:
                    return None
        if subjects:
            s = subjects[0]
            if s.dep_ == "expl":
                return None
            if s.tag_ == "VBG" and s.i + 1 < len(s.doc) and s.doc[s.i + 1].text == ",":
                nouns = [c for c in s.children if c.dep_ == "appos" and c.pos_ in (
                    "NOUN", "PROPN")]
                if nouns:  # Responding, the representative reaffirmed: the participle opens
                    return nouns[0]  # the clause; the parser made the subject its apposition
            return s
        if t.dep_ == "acl" and t.tag_ == "VBG":
            if t.head.dep_ == "attr" and any(c.dep_ == "det" and c.lower_ == "no"
                                             for c in t.head.children):
                return None  # it is no use saying, there is no point saying: nobody's
                # saying (Quirk et al. 1985, 15.14: the gerund of a generic act)
            return t.head
        if t.dep_ == "acl" and t.head.lemma_.lower() in ATTEMPT_NOUNS and _to_infinitive(t):
            owners = [c for c in t.head.children if c.dep_ == "poss"]
            if owners:  # the government's efforts to propagate lies: the possessor acts
                return owners[0]
        if t.dep_ == "relcl":
            return t.head
        if t.dep_ == "xcomp" and t.head.pos_ == "ADJ" and \
                t.head.lemma_.lower() in EMOTIVE_FACTIVE_ADJECTIVES and not (
                    t.head.lemma_.lower() in RITUAL_EMOTIVE_ADJECTIVES
                    and t.head.head.tag_ in ("VBZ", "VBP")):
            t = t.head  # General Petraeus was pleased to report, they are quick to point out,
            continue  # you were kind enough to indicate: the adjective's subject did it (but
            # Algeria is pleased to note: the speaker's own act, performed in the text)
        if t.dep_ in ("xcomp", "advcl", "ccomp") and (t.head.pos_ == "ADJ" or any(
                c.dep_ == "acomp" for c in t.head.children)):
            return None  # it is difficult to deny, hard to say: nobody in particular
        if t.dep_ == "xcomp" and t.head.lemma_.lower() not in SUBJECT_CONTROL:
            objects = [c for c in t.head.children if c.dep_ == "dobj"]
            if objects and t.head.pos_ == "VERB":
                return objects[0]
        if t.dep_ == "pcomp" and t.head.lower_ in ("for", "of", "as", "from") and \
                t.head.dep_ == "prep":
            objects = [c for c in t.head.head.children if c.dep_ == "dobj"]
            if objects:  # criticised X for suggesting, accused X of lying: X speaks; the
                # order bars X from making claims: X would make them (object control,
                # Quirk et al. 1985, 16.53), not the order
                return objects[0]
            verb = t.head.head
            if verb.tag_ == "VBN" and t.head.lower_ in ("for", "of"):
                # jailed for criticising, those arrested for opposing X: the passive's
                # subject (or the noun its participle modifies) did it
                subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
                if subjects:
                    return subjects[0]
                if verb.dep_ == "acl" and not any(c.dep_ == "agent" for c in verb.children):
                    return verb.head
        if t.dep_ in ("xcomp", "advcl", "conj", "pcomp", "prep", "acomp") and t.head != t:
            t = t.head
            continue
        return None
    return None


def _inside(span: tuple[int, int] | None, outer: tuple[int, int] | None) -> bool:
    return span is not None and outer is not None and outer[0] <= span[0] and span[1] <= outer[1]
