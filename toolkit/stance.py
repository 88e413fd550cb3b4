"""The stance triangle: who takes each stance (the holder) toward what (the target).

Du Bois (2007): a stance-taker evaluates an object and so positions a subject and aligns with
others. Every marker gets, by the rules of MARKERS.md ("Targets and holders"):

- a ``target``, read off the parse:
  - ``evaluation``, ``intensifier``, ``downtoner``: the phrase judged or scaled. An attributive
    adjective's noun (*groundless and biased **findings***); a predicative adjective's subject
    (***the findings** are groundless*); an adverb's verb or adjective (*grossly **unfair***,
    *firmly **rejects***); the adjective a degree word scales (*such a **sloppy** basis*); the
    phrase a restrictive focuses (*only **three people***, *merely **on hearsay***); an
    evaluative noun's subject (***the report** is hearsay*), else none.
  - ``hedge``, ``booster``, ``denial``: the proposition, as a clause span from its subject
    (its own, or its coordination's) to its end, without the clauses coordinated after it;
    a factive or epistemic verb with a clause takes that clause (*has proved that **human
    trafficking ... Hong Kong***); a connective of counter-expectation takes the clause it
    introduces.
- a ``holder``: ``writer`` when the marker is in the text's own voice; otherwise the source of
  the innermost attribution whose content holds it. A relation without a source passes the
  holder up (to the enclosing source, or the writer); a marker on a cue phrase (*strongly
  condemned*, *reportedly*) is outside that relation's content, so it belongs to the voice that
  reports the cue.

Targets are grouped into entities per document (``target_entity``): the named entity, else
the lemma of the target's head noun (so *the report*, *the US report* and *this report* are
one entity), a pronoun taking the nearest entity before it in the previous two sentences; a
clause target takes its subject's entity. :func:`stances` counts markers per holder, target
entity, category and polarity; :func:`target_rates` compares groups of documents by what
they judge, with bootstrap intervals over documents (:func:`toolkit.rates`).
"""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace

import pandas as pd
from spacy.tokens import Doc, Span, Token

from .attribution.plumbing import _subtree_range
from .markers.intensifiers import POSSIBILITY_MODALS, UNSURPASSABLE
from .markers.rules import prev_token
from .nlp import doc_text

__all__ = ["STANCE_COLUMNS", "POLARITY", "add_targets_and_holders", "marker_target",
           "stances", "target_rates"]

#: the columns this module adds to the markers table (DESIGN.md)
STANCE_COLUMNS = ["target_start", "target_end", "target", "target_head", "target_entity",
                  "holder", "holder_text", "holder_start", "holder_end"]

#: what a marker does to its target, after Martin & White (2005): Attitude for evaluation
#: (its subtype), Graduation for intensifiers and downtoners, Engagement for the rest
POLARITY = {"intensifier": "raise", "downtoner": "lower", "booster": "proclaim",
            "hedge": "entertain", "denial": "disclaim"}

_SCALED = {"evaluation", "intensifier", "downtoner"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_CLAUSAL = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "csubj", "csubjpass", "acl", "conj",
            "parataxis", "pcomp"}
_PRONOUNS = {"it", "they", "this", "these", "that", "those", "them", "he", "she", "him",
             "her", "its", "their", "his"}
_INDEFINITE = {"nothing", "something", "anything", "everything", "nobody", "somebody",
               "anybody", "everybody", "none", "one", "someone", "anyone", "everyone"}
_QUANTITIES = {"much", "many", "most", "some", "all", "part", "none", "each", "any", "half",
               "majority", "number", "lot", "rest", "few"}
_CLAUSE_TAKING = {"suggest", "indicate", "believe", "think", "assume", "suppose", "doubt",
                  "guess", "estimate", "feel", "show", "prove", "demonstrate", "know", "find",
                  "realize", "establish", "confirm", "reveal"}


# --- targets --------------------------------------------------------------------------------

def _span(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Character span of tokens first..last (inclusive), trimmed of punctuation and of
    leading conjunctions and subordinators."""
    while first <= last and (doc[first].is_punct or doc[first].dep_ in {"cc", "mark"}):
        first += 1
    while last >= first and doc[last].is_punct:
        last -= 1
    if first > last:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _noun_phrase(noun: Token, compounds: frozenset[str] | None = None) -> tuple[int, int]:
    """The noun with the compounds right before it (*US report*; ``compounds``: only
    compounds of these parts of speech, e.g. common nouns: *human trafficking*)."""
    first = noun.i
    while first > 0 and noun.doc[first - 1].dep_ == "compound" \
            and noun.doc[first - 1].head.i in range(first, noun.i + 1) \
            and (compounds is None or noun.doc[first - 1].pos_ in compounds):
        first -= 1
    return first, noun.i


def _subject(verb: Token) -> Token | None:
    """The subject of a clause head, through coordination and raising/control chains."""
    seen = 0
    while verb is not None and seen < 6:
        for child in verb.children:
            if child.dep_ in _SUBJECTS:
                return child
        if verb.dep_ in {"conj", "xcomp", "acomp", "attr", "auxpass", "aux"} \
                and verb.head.i != verb.i:
            verb = verb.head
        else:
            return None
        seen += 1
    return None


def _clause_head(token: Token) -> Token:
    """The verb (or predicate) heading the clause that holds ``token``."""
    current = token
    for _ in range(12):
        if current.pos_ in {"VERB", "AUX"} and (
                current.dep_ in _CLAUSAL or any(c.dep_ in _SUBJECTS for c in current.children)):
            return current
        if current.dep_ == "ROOT" or current.head.i == current.i:
            return current
        current = current.head
    return current


def _is_relative(token: Token) -> bool:
    return token.tag_ in {"WDT", "WP", "WP$"} or (token.lower_ == "that"
                                                    and token.pos_ == "PRON")


def _clause_span(head: Token, *, keep_conjuncts: bool = False,
                 skip: Token | None = None) -> tuple[int, int] | None:
    """From the clause's subject (its own, or its coordination's) to its last token: without
    what comes before the subject (a subordinate clause, a connective), the clauses
    coordinated after it that have a subject of their own (unless ``keep_conjuncts``), a
    parenthetical after it, a relative pronoun as subject, and the marker ``skip`` at an
    edge."""
    doc = head.doc
    excluded: set[int] = set()
    contrasted = {c.i for c in head.children if c.dep_ == "cc" and c.lower_ in {"but", "yet"}}
    for child in head.children:
        own_clause = child.dep_ == "conj" and (
            any(c.dep_ in _SUBJECTS for c in child.children)
            or any(head.i < i < child.i for i in contrasted))  # apologized but denied
        if child.i > head.i and ((own_clause and not keep_conjuncts)
                                 or child.dep_ == "parataxis"):
            excluded.update(t.i for t in child.subtree)
            excluded.update(c.i for c in head.children
                            if c.dep_ == "cc" and head.i < c.i < child.i)
    run = _subtree_range(head, excluded)  # the contiguous run of the clause around its head
    first, last = run[0].i, run[-1].i
    subject = _subject(head)
    if subject is not None and not _is_relative(subject):
        if subject.i < first:  # inherited through coordination or raising
            first = subject.left_edge.i
        elif subject.left_edge.i > first:  # an adverbial clause before the subject
            first = subject.left_edge.i
    last = _before_set_off_tail(doc, first, last)
    if skip is not None:
        if first == skip.i:
            first += 1
        if last == skip.i:
            last -= 1
    return _span(doc, first, last)


def _before_set_off_tail(doc: Doc, first: int, last: int) -> int:
    """The clause's last token before a non-restrictive relative clause that ends it (*...,
    which X*; Quirk et al. 1985, 17.22): a comment on the proposition, not part of it.
    Unchanged when the relative does not run to the clause's end. (A participle clause set
    off the same way, *..., saying X*, was tried: the gold keeps it as often as not.)"""
    for i in range(first + 1, last):
        if doc[i].text != ",":
            continue
        relative = doc[i + 1]  # which, who, whose: the relative clause is its head's
        clause = relative.head
        if relative.tag_ in {"WDT", "WP", "WP$"} and clause.dep_ == "relcl" and \
                clause.left_edge.i == i + 1 and all(
                    t.is_punct or t.is_space for t in doc[clause.right_edge.i + 1:last + 1]):
            return i - 1
    return last


def _noun_phrase_left(noun: Token) -> tuple[int, int]:
    """A noun phrase cut after its head (*Last night's CNN clown show* of a longer phrase):
    the source rule of MARKERS.md reads a phrase by its head; a quantity's head is its
    of-object (*much of the analysis*)."""
    last = noun.i
    if noun.pos_ in {"PRON", "NUM", "DET", "ADJ"} or noun.lower_ in _QUANTITIES:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    last = objects[0].i
    return noun.left_edge.i, last


def _focus_span(first: Token, last: Token) -> tuple[int, int] | None:
    """The phrase a restrictive focuses: the phrase starting right after it (a verb alone:
    *only reinforced*; a noun phrase up to its head: *just the latest*), or, for a focus word
    after its phrase (*January to April alone*), the phrase before it. (A verb's end focus,
    its last complement, was tried: the gold takes the verb as often, 39 against 35.)"""
    doc = first.doc
    after = last.i + 1
    if after < len(doc) and not doc[after].is_punct:
        phrase = doc[after]
        if phrase.pos_ in {"VERB", "AUX"}:
            return _span(doc, after, after)
        while (phrase.head.i != phrase.i and phrase.head.i > last.i
               and phrase.head.left_edge.i >= first.i
               and phrase.head.pos_ not in {"VERB", "AUX"}):
            phrase = phrase.head
        if phrase.pos_ in {"NOUN", "PROPN", "NUM", "PRON", "ADJ"} and phrase.i >= after:
            # a noun phrase up to its head (only limited access, just the latest), with a
            # partitive's noun (just one of many suits, only two of its seven targets); not
            # the head's other modifiers after it (aimed at X, in a series of Y)
            end = phrase.i
            partitive = [g for c in phrase.children if c.dep_ == "prep" and c.lower_ == "of"
                         and c.i == phrase.i + 1 for g in c.children if g.dep_ == "pobj"]
            if partitive and (phrase.pos_ == "NUM" or phrase.lower_ in _QUANTITIES | {
                    "one", "few", "handful", "fraction", "part"}):
                end = partitive[0].i
            return _span(doc, after, end)
        return _span(doc, after, max(phrase.right_edge.i, after))
    head = first.head
    if head.i < first.i:
        return _span(doc, head.left_edge.i, first.i - 1)
    return None


def _subject_span(subject: Token) -> tuple[int, int] | None:
    """A subject as a target: a clause whole; a relative pronoun, its antecedent; a noun
    phrase up to its head."""
    doc = subject.doc
    if subject.dep_ in {"csubj", "csubjpass"}:
        return _span(doc, subject.left_edge.i, subject.right_edge.i)
    if _is_relative(subject):
        clause = subject.head
        while clause.dep_ not in {"relcl", "acl", "ROOT"} and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ in {"relcl", "acl"}:
            return _span(doc, *_noun_phrase_left(clause.head))
    return _span(doc, *_noun_phrase_left(subject))


#: verbs whose subject bears the fault or quality its object names (*committed an error*,
#: *has shown bias*, *contains errors*, *was based on hearsay*, *amounts to a smear*)
_BEARING_VERBS = frozenset("""contain include commit make show display exhibit carry feature
base rest rely amount constitute represent fill riddle maintain hold""".split())


def _noun_after(adjective: Token) -> Token | None:
    """The noun a prenominal adjective modifies, read off the surface where the parser
    took the adjective for the head of its phrase (*through false, everchanging allegations*,
    *of arbitrary, and at times violent, short term detentions*): the first noun after it
    across adjectives, adverbs, participles, commas and a conjunction, with the nouns
    compounded after it (*short term **detentions***); None if anything else comes first."""
    doc = adjective.doc
    for i in range(adjective.i + 1, min(len(doc), adjective.i + 8)):
        word = doc[i]
        if word.pos_ in {"NOUN", "PROPN"}:
            while i + 1 < len(doc) and doc[i + 1].pos_ in {"NOUN", "PROPN"} and \
                    doc[i].dep_ == "compound":
                i += 1
            return doc[i]
        if not (word.pos_ in {"ADJ", "ADV", "CCONJ"} or word.text in {",", "-"}
                or word.tag_ in {"VBG", "VBN"} and word.dep_ != "ROOT"):
            return None
    return None


def _minimized(first: Token, last: Token) -> tuple[int, int] | None:
    """What a phrasal minimizer scales (*a little bit differently*, *a little more
    hospitable*, *talk a little bit about X*, *raise the temperature a bit*): the adverb or
    adjective right after it (a comparative with its adjective), else the verb it hangs on;
    None where neither is found."""
    doc = first.doc
    after = last.i + 1
    if after < len(doc) and doc[after].pos_ in {"ADJ", "ADV"}:
        end = after
        if doc[after].lower_ in {"more", "less"} and after + 1 < len(doc) and \
                doc[after + 1].pos_ in {"ADJ", "ADV"}:
            end = after + 1
        return _span(doc, after, end)
    head = doc[first.i:last.i + 1].root.head
    for _ in range(3):
        if head.pos_ in {"VERB", "AUX"}:
            return _span(doc, head.i, head.i)
        if head.head.i == head.i:
            break
        head = head.head
    return None


def _extraposed(word: Token, subject: Token) -> tuple[int, int] | None:
    """The clause an anticipatory *it* stands for (*it is regrettable that X*, *it is
    important to X*, *we find it unacceptable that X*, *it was a mistake to X*; Quirk et al.
    1985, 18.33): a that-, to- or for-to clause after the judging word, hung on the word or on
    its verb; None where *it* refers (no such clause)."""
    if subject.lower_ != "it":
        return None
    hosts = [word, word.head] if word.head.i != word.i else [word]
    for host in hosts:
        for clause in host.children:
            if clause.i <= word.i or clause.dep_ not in {"ccomp", "xcomp", "advcl"}:
                continue
            if any(c.dep_ == "mark" and c.lower_ in {"that", "for"} or c.dep_ == "aux" and
                   c.lower_ == "to" and c.i < clause.i for c in clause.children):
                return _span(word.doc, clause.left_edge.i, clause.right_edge.i)
    return None


def _scaled_target(token: Token, category: str, subtype: str, span_first: Token,
                   span_last: Token) -> tuple[int, int] | None:
    doc = token.doc
    if span_first.lower_ == "to" and span_last.lower_ == "least":
        before = prev_token(span_first, skip_punct=True)  # unacceptable, to say the least
        if before is not None:
            return _understated(before)
    if token.lower_ == "alone" and token.head.i < token.i:  # January to April alone
        return _span(doc, token.head.left_edge.i, token.i - 1)
    if category == "downtoner" and subtype == "minimizer" and span_last.i > span_first.i:
        scaled = _minimized(span_first, span_last)  # a little bit differently, talk a bit
        if scaled is not None:
            return scaled
    if category == "downtoner" and (subtype == "restrictive" or token.lower_ in {
            "merely", "just", "only", "simply", "solely", "alone"} or span_last.i > token.i):
        return _focus_span(span_first, span_last)
    attached = _first_conjunct(token)
    dep, head = attached.dep_, attached.head
    own_subject = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if (token.pos_ == "ADJ" or token.tag_ in {"VBN", "VBG"}) and own_subject and \
            dep in {"ccomp", "xcomp", "oprd", "acomp"}:
        # make our nation great, keep it safe, found the report biased (a participle the
        # marker rules took for an adjective): the adjective's own subject (we find it
        # unacceptable that X: the clause it stands for)
        return _extraposed(token, own_subject[0]) or \
            _span(doc, *_noun_phrase_left(own_subject[0]))
    as_on_word = dep in {"advcl", "acomp", "oprd"} and head.pos_ in {"VERB", "AUX"} and any(
        c.lower_ == "as" and c.i < attached.i for c in attached.children)
    if as_on_word or head.lower_ == "as" and head.dep_ == "prep" and dep in {
            "amod", "acomp", "pobj"} and head.head.pos_ in {"VERB", "AUX"}:
        # dismissed the allegations as baseless, described the report as a fabrication,
        # the findings were dismissed as baseless: what the verb's as-phrase says of its
        # object, or of the passive's subject (the parser hangs the word on *as*, or *as*
        # on the word)
        verb = head if as_on_word else head.head
        judged = [c for c in verb.children if c.dep_ == "dobj" and c.i < head.i] or \
            [c for c in verb.children if c.dep_ == "nsubjpass"]
        if judged:  # (a relative pronoun stands for its antecedent: the gaps, which we
            return _subject_span(judged[0])  # regard as acceptable)
    if token.lower_ in {"such", "so"}:  # the adjective or adverb a degree word scales
        following = [t for t in head.subtree if token.i < t.i < max(head.i, token.i + 3)
                     and t.pos_ in {"ADJ", "ADV"}]
        if following:
            return _span(doc, following[0].i, following[0].i)
        return _span(doc, *_noun_phrase(head)) if head.pos_ in {"NOUN", "PROPN"} else None
    if dep in {"amod", "nmod", "compound"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return _span(doc, *_noun_phrase(head))
    if token.pos_ == "ADJ" and (dep in {"pobj", "dobj", "nsubj", "nsubjpass", "appos"} or
                                head.pos_ in {"ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT"}):
        noun = _noun_after(attached)  # the parser's misreading of a prenominal adjective
        if noun is not None:
            return _span(doc, *_noun_phrase(noun))
    if dep in {"acomp", "attr", "oprd"} or (token.pos_ in {"ADJ", "NOUN"} and dep == "ROOT"):
        predicate = head if dep != "ROOT" else attached
        if dep == "oprd" or (dep == "acomp" and predicate.lemma_ in {"make", "find",
                                                                      "consider", "deem"}):
            objects = sorted((c for c in predicate.children if c.dep_ in {"dobj", "nsubj"}
                              and c.i < attached.i), key=lambda c: c.dep_ != "dobj")
            # (the object first: which called the election flawed judges the election)
            if objects:
                return _span(doc, objects[0].left_edge.i, objects[0].right_edge.i)
        subject = _subject(predicate)
        if subject is not None:  # (it is regrettable that X: the clause it stands for)
            return _extraposed(attached, subject) or _subject_span(subject)
        return None
    if token.pos_ in {"NOUN", "PROPN"}:
        # an evaluative noun: its possessor (their hypocrisy), its of-complement (the fantasy
        # of destroying Israel), else what it is said of (the subject of its predicate)
        for child in token.children:
            if child.dep_ == "poss":
                return _span(doc, child.left_edge.i, child.right_edge.i)
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
                if objects:
                    return _span(doc, objects[0].left_edge.i, objects[0].right_edge.i)
        first = _first_conjunct(token)
        while first.dep_ == "pobj" and first.head.lower_ == "of" and \
                first.head.head.lower_ in _QUANTITIES | {"number", "series", "litany", "host"}:
            first = first.head.head  # contains a number of errors: the quantity's place
        clause = _clause_head(token)
        if first.dep_ not in {"attr", "oprd", "ROOT", "acomp", "appos"} and \
                clause.lemma_ != "be" and not (
                first.dep_ in {"dobj", "pobj"} and first.head.lemma_.lower() in _BEARING_VERBS
                or first.dep_ == "pobj" and first.head.head.lemma_.lower() in _BEARING_VERBS):
            return None  # peddling lies, nothing left but smears: not said of the subject
            # (but: this is nothing but a ruse, the court committed an error, the article
            # contains errors, the analysis was based on hearsay)
        subject = _subject(clause)
        if subject is not None and not (subject.left_edge.i <= token.i <= subject.right_edge.i):
            return _extraposed(token, subject) or _subject_span(subject)
        return None
    if head.pos_ == "AUX" and head.lemma_ == "be":  # fully in line with: the predicate
        predicate = [c for c in head.children if c.i > token.i
                     and c.dep_ in {"prep", "acomp", "attr", "advmod"}]
        if predicate:
            return _span(doc, predicate[0].i, predicate[0].right_edge.i)
    if dep in {"advmod", "npadvmod", "amod", "nummod", "quantmod"} or token.pos_ == "ADV":
        return _span(doc, head.i, head.i) if head.i != token.i else None
    return _span(doc, head.i, head.i) if head.i != token.i else None


def _proposition_target(token: Token, category: str, subtype: str) -> tuple[int, int] | None:
    doc = token.doc
    if category == "denial" and subtype == "counter":
        if token.dep_ == "cc":  # the conjunct it introduces (but was denied the request)
            following = [c for c in token.head.children if c.dep_ == "conj" and c.i > token.i]
            if following:
                return _span(doc, token.i + 1, following[0].right_edge.i)
        if token.dep_ == "prep":  # despite X, instead of X
            objects = [c for t in [token, *token.rights] for c in t.children
                       if c.dep_ in {"pobj", "pcomp"}]
            if objects:
                return _span(doc, objects[0].left_edge.i, objects[0].right_edge.i)
        head = token.head if token.head.i != token.i else token
        return _clause_span(_clause_head(head), keep_conjuncts=True, skip=token)
    if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass"}:
        complement = [c for c in token.children if c.dep_ == "ccomp" and c.i > token.i]
        if complement and (category == "booster" or token.lemma_ in _CLAUSE_TAKING):
            return _clause_span(complement[0])
        objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
        told = _told_proposition(token, objects) if category == "booster" else None
        if told is not None:
            return told  # reminds us all that X, should remind us of a simple truth
        if category == "booster" and subtype == "factive" and objects:
            # a factive with a noun phrase as its proposition: what is shown or known (*the
            # strikes demonstrate the stark reality*, *we know the drivers of this*)
            return _span(doc, objects[0].left_edge.i, objects[0].right_edge.i)
        if token.dep_ in {"advcl", "parataxis"} or (
                token.dep_ == "ROOT" and any(c.dep_ in {"parataxis", "ccomp"}
                                             and c.i > token.i for c in token.children)):
            # a frame around the clause (To be clear, ...; Make no mistake: ...)
            if token.dep_ == "ROOT":
                after = [c for c in token.children if c.dep_ in {"parataxis", "ccomp"}
                         and c.i > token.i]
                return _clause_span(after[0])
            return _clause_span(token.head)
        return _clause_span(_clause_head(token))
    if token.pos_ == "ADV" and token.head.pos_ == "ADJ" and token.head.dep_ == "amod" and \
            category != "hedge":
        noun = token.head.head  # truly independent States: the noun phrase (a hedge's is
        # the proposition that holds the phrase: an almost unprecedented scale, a
        # near-verbatim transcript)
        return _span(doc, token.i, noun.i)
    clause = _clause_head(token.head if token.head.i != token.i else token)
    if category in {"booster", "hedge"} and token.pos_ == "ADJ" and token.dep_ in {
            "acomp", "ROOT"}:  # the frame's own predicate (aware, clear, sure), not an adverb
        announced = _after_colon(clause)
        if announced is not None:
            return announced  # commitments are clear: X
        host = _frame_host(clause)
        if host is not None:  # as you are aware, X; as we have made clear, X; to be clear, X
            return _clause_span(host)
        subject = _subject(clause)
        extraposed = _extraposed(token, subject) if subject is not None else None
        if extraposed is not None:
            return extraposed  # it is clear that X, it is likely that X
    # a relative clause is a proposition of its own (*reports which apparently triggered
    # this*, *statements that may lead to violence*): the gold takes it 230 times in 237
    return _clause_span(clause)


#: the people a factive verb tells (*reminds **us all** that X*): not what it says
_ADDRESSEES = frozenset("us you them me him her everyone everybody all".split())


def _told_proposition(verb: Token, objects: list[Token]) -> tuple[int, int] | None:
    """What a factive verb tells its addressees (*the crash reminds us all that X*, *should
    remind us of a simple truth*, *taught us that X*): the rest of the sentence after the
    *that* or *of* that follows the addressee pronouns, read off the surface where the parser
    hangs the clause on the pronoun; None without such pronouns or such a word."""
    if not objects or not all(o.lower_ in _ADDRESSEES for o in objects):
        return None
    doc = verb.doc
    after = max(o.i for o in objects) + 1
    if after + 1 >= len(doc) or doc[after].lower_ not in {"that", "of"}:
        return None
    return _rest_of_sentence(doc[after])


def _rest_of_sentence(word: Token) -> tuple[int, int] | None:
    """From the token after ``word`` to its sentence's last word (closing punctuation and
    white space left out); None if nothing is left."""
    doc = word.doc
    last = word.sent.end - 1
    while last > word.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return _span(doc, word.i + 1, last) if last > word.i else None


def _frame_host(clause: Token) -> Token | None:
    """The clause a comment or frame clause stands beside (*as you are aware, X*; *as we
    have made clear, X*; *to be clear, X*; Quirk et al. 1985, 15.53): the clause it is an
    adverbial of, or None for another clause."""
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    framed = any(c.dep_ == "mark" and c.lower_ == "as" or c.dep_ == "aux" and c.lower_ == "to"
                 and c.i < clause.i for c in clause.children)
    return clause.head if framed else None


def _after_colon(clause: Token) -> tuple[int, int] | None:
    """What a clause announces with a colon right after it (*the commitments are clear:
    torture can never be justified*): the rest of the sentence after the colon."""
    doc = clause.doc
    colon = clause.right_edge.i + 1
    if colon + 1 >= len(doc) or doc[colon].text != ":" or any(
            c.dep_ in {"ccomp", "xcomp"} for c in clause.children):
        return None  # (I am sure many of you are aware: the clause has its own content)
    if doc[colon + 1].is_space:
        return None
    return _rest_of_sentence(doc[colon])


def _understated(before: Token) -> tuple[int, int] | None:
    """The judgement a style disjunct of understatement amplifies (*unacceptable, to say the
    least*; *very dismissive of it, to say the least*): the adjective, verb or adverb the
    words before it hang on, with its degree words."""
    judged = before
    for _ in range(3):
        if judged.pos_ in {"ADJ", "VERB", "ADV"} or judged.head == judged:
            break
        judged = judged.head
    first = min([c.i for c in judged.children if c.dep_ == "advmod" and c.i < judged.i]
                + [judged.i])
    return _span(judged.doc, first, judged.i)


def marker_target(doc: Doc, start: int, end: int, category: str,
                  subtype: str) -> tuple[int, int] | None:
    """The character span of a marker's target (MARKERS.md, "Targets and holders"), or None
    where the text gives none."""
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    if category == "intensifier" and span[0].lower_ in POSSIBILITY_MODALS:
        target = _unsurpassable_target(span)
        if target is not None:
            return target
    if category == "hedge" and subtype == "shield":
        target = _belief_noun_target(span)
        if target is not None:
            return target
    if category in _SCALED:
        return _scaled_target(token, category, subtype, span[0], span[-1])
    return _proposition_target(token, category, subtype)


def _unsurpassable_target(span: Span) -> tuple[int, int] | None:
    """The quality a negated possibility puts at the top of its scale: the adjective after
    *could not be more* (*more **relevant***), the comparative itself (*could not be
    **prouder***), the verb of *could not **agree** more*, and what *cannot be overstated*
    says of its subject (***Its value** cannot be overstated*)."""
    doc, last = span.doc, span[-1]
    if last.lower_ == "more":
        following = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if following is not None and following.pos_ in {"ADJ", "ADV"}:
            return _span(doc, following.i, following.i)
        verbs = [t for t in span if t.lower_ == "agree"]
        return _span(doc, verbs[0].i, verbs[0].i) if verbs else None
    if last.lower_ in UNSURPASSABLE:
        subject = _subject(last)
        return _subject_span(subject) if subject is not None else None
    return _span(doc, last.i, last.i)


def _belief_noun_target(span: Span) -> tuple[int, int] | None:
    """The proposition the writer's belief noun qualifies: the clause after the copula
    (*my understanding is that **X***, *it is my understanding that **X***); None for the
    other shields, whose target the general rule finds."""
    copulas = [t for t in span if t.lemma_ in {"be", "remain"}]
    if not copulas:
        nouns = [t for t in span if t.dep_ in {"nsubj", "attr"} and t.head.lemma_ in {
            "be", "remain"}]
        copulas = [nouns[0].head] if nouns else []
    if not copulas:
        return None
    clauses = [c for c in copulas[0].children if c.dep_ == "ccomp" and c.i > span[-1].i]
    return _clause_span(clauses[0]) if clauses else None


# --- holders --------------------------------------------------------------------------------

def _holder(start: int, end: int, attributions: Sequence[dict]) -> dict | None:
    """The innermost attribution with a source whose content holds ``start:end``."""
    holding = [a for a in attributions
               if a.get("content_start") is not None and not pd.isna(a["content_start"])
               and a["content_start"] <= start and end <= a["content_end"]
               and not (a["cue_start"] < end and start < a["cue_end"])]
    holding = [a for a in holding if a.get("source_start") is not None
               and not pd.isna(a["source_start"])]
    if not holding:
        return None
    return min(holding, key=lambda a: a["content_end"] - a["content_start"])


# --- entities -------------------------------------------------------------------------------

def _entity_token(head: Token, depth: int = 0) -> Token | None:
    """The token that names what a target is about: a noun phrase's head (a quantity's
    of-object), an expletive's predicate noun (*there has never been any **sign***), a verb's
    object or, without one, its subject (*firmly rejects the **findings***, *an action
    **plan** was swiftly promulgated*), an adjective's own target (*grossly unfair*)."""
    if depth > 3:
        return None
    if head.dep_ == "expl":
        nouns = [c for c in head.head.children if c.dep_ in {"attr", "dobj"}]
        return nouns[0] if nouns else None
    if head.pos_ in {"PRON", "NUM", "DET", "ADJ"} or head.lower_ in _QUANTITIES:
        first, last = _noun_phrase_left(head)
        if last != head.i:
            return head.doc[last]
    if head.pos_ in {"VERB", "AUX"}:
        objects = [c for c in head.children if c.dep_ in {"dobj", "attr"}]
        subject = _subject(head)
        if head.dep_ in {"csubj", "csubjpass"} or (not objects and subject is None):
            return head
        chosen = objects[0] if objects else subject
        return _entity_token(chosen, depth + 1)
    if head.pos_ == "ADJ" and head.dep_ == "amod":  # such a sloppy basis: the basis
        return _entity_token(head.head, depth + 1)
    if head.pos_ == "ADJ":
        target = _scaled_target(head, "evaluation", "negative", head, head)
        if target is not None:
            region = head.doc.char_span(*target, alignment_mode="expand")
            if region is not None and len(region) and region.root.i != head.i:
                return _entity_token(region.root, depth + 1)
    return head


def _entity_key(doc: Doc, span: tuple[int, int]) -> tuple[str | None, Token | None]:
    """The entity a target names: its named entity, else the lemma of its head noun with the
    common-noun compounds before it (*human trafficking*); a clause target, its subject's."""
    region = doc.char_span(*span, alignment_mode="expand")
    if region is None or len(region) == 0:
        return None, None
    head = region.root
    if head.pos_ in {"VERB", "AUX"} and head.dep_ not in {"csubj", "csubjpass"}:
        subject = _subject(head)
        if subject is not None and region.start <= subject.i < region.end:
            head = subject
    named = _entity_token(head)
    if named is None:
        return None, head
    if named.ent_type_ and named.ent_iob_ in {"B", "I"}:
        entity = next((e for e in doc.ents if e.start <= named.i < e.end), None)
        if entity is not None:
            text = entity.text
            for article in ("the ", "The "):
                text = text.removeprefix(article)
            return text, named
    if named.lower_ in _INDEFINITE:  # nothing, everything: no entity to count
        return None, named
    if named.pos_ == "PRON" or named.lower_ in _PRONOUNS:
        return named.lower_, named
    if named.pos_ in {"NOUN", "PROPN", "ADJ", "NUM", "VERB"}:
        first, _ = _noun_phrase(named, frozenset({"NOUN"}))
        words = [t.lower_ for t in doc[first:named.i]] + [named.lemma_.lower()]
        return " ".join(words), named
    return None, named


def add_targets_and_holders(doc: Doc, markers: list[dict], attributions: list[dict]) -> None:
    """Add the stance columns (:data:`STANCE_COLUMNS`) to one document's marker rows, in
    place. ``attributions``: that document's rows of the attributions table."""
    text = doc_text(doc)
    recent: list[tuple[int, str]] = []  # (sentence, entity) of non-pronoun targets, in order
    for row in sorted(markers, key=lambda r: r["start"]):
        target = marker_target(doc, row["start"], row["end"], row["category"], row["subtype"])
        entity, head = _entity_key(doc, target) if target else (None, None)
        sentence = row.get("sentence")
        if entity in _PRONOUNS:
            earlier = [e for s, e in recent if sentence is None or pd.isna(sentence)
                       or sentence - s <= 2]
            entity = earlier[-1] if earlier else entity
        elif entity is not None:
            recent.append((sentence if sentence is not None and not pd.isna(sentence) else 0,
                           entity))
        holder = _holder(row["start"], row["end"], attributions)
        row.update(
            target_start=None if target is None else target[0],
            target_end=None if target is None else target[1],
            target=None if target is None else text[target[0]:target[1]],
            target_head=None if head is None else head.text,
            target_entity=entity,
            holder="writer" if holder is None else (
                f"speaker {int(holder['speaker_id'])}"
                if holder.get("speaker_id") is not None and not pd.isna(holder["speaker_id"])
                else f"attribution {int(holder['attribution_id'])}"),
            holder_text=holder["source"] if holder is not None
            and isinstance(holder["source"], str) else None,
            holder_start=None if holder is None else holder["source_start"],
            holder_end=None if holder is None else holder["source_end"],
        )


# --- tables ---------------------------------------------------------------------------------

def polarity(category: str, subtype: str) -> str:
    """``negative``/``positive`` for evaluation; else what the marker does (:data:`POLARITY`)."""
    return subtype if category == "evaluation" else POLARITY.get(category, subtype)


def stances(analysis) -> pd.DataFrame:
    """The stance table: one row per document, holder, target entity, category and polarity,
    with ``count`` and ``examples`` (the marker words, ``; ``-joined) and ``targets`` (the
    target phrases). ``holder`` is ``writer`` or ``speaker N`` (the attributions table's
    ``speaker_id``); ``holder_text`` the holder's first mention. Markers without a target are
    counted under ``target_entity`` <NA>."""
    markers = analysis.markers
    columns = ["doc_id", "holder", "holder_text", "target_entity", "category", "polarity",
               "count", "examples", "targets"]
    if markers.empty or "holder" not in markers.columns:
        return pd.DataFrame(columns=columns)
    table = markers.assign(polarity=[polarity(c, s) for c, s in
                                     zip(markers["category"], markers["subtype"], strict=True)])
    mention = (table.dropna(subset=["holder_text"]).groupby(["doc_id", "holder"])["holder_text"]
               .first())
    grouped = table.groupby(["doc_id", "holder", "target_entity", "category", "polarity"],
                            dropna=False, sort=False)
    out = grouped.agg(count=("text", "size"),
                      examples=("text", lambda s: "; ".join(dict.fromkeys(s.str.lower()))),
                      targets=("target", lambda s: "; ".join(dict.fromkeys(s.dropna()))))
    out = out.reset_index()
    out["holder_text"] = [None if h == "writer" else mention.get((d, h))
                          for d, h in zip(out["doc_id"], out["holder"], strict=True)]
    out = out.sort_values(["doc_id", "count"], ascending=[True, False], kind="stable")
    return out[columns].reset_index(drop=True)


def target_rates(analysis, *, by: str | Sequence[str], category: str = "evaluation",
                 polarity_of: str | None = "negative", holder: str | None = None,
                 top: int | None = 10, n_resamples: int = 9999) -> pd.DataFrame:
    """Compare groups of documents by what they judge: per group and target entity, the count
    and rate per 1,000 words of ``category`` markers (of polarity ``polarity_of``, e.g.
    ``"negative"``; None for all; of ``holder`` ``"writer"`` only, or all), with the bootstrap
    interval over each group's documents of :func:`toolkit.rates`. ``top``: keep the targets
    most judged over all groups.

    >>> target_rates(result, by="government", polarity_of="negative")   # doctest: +SKIP
    """
    from .stats.rates import rates

    markers = analysis.markers
    chosen = markers[(markers["category"] == category) & markers["target_entity"].notna()]
    if polarity_of is not None:
        chosen = chosen[[polarity(c, s) == polarity_of
                         for c, s in zip(chosen["category"], chosen["subtype"], strict=True)]]
    if holder is not None:
        chosen = chosen[chosen["holder"] == holder]
    if chosen.empty:  # nothing judged: an empty table with the columns of a full one
        by_list = [by] if isinstance(by, str) else list(by)
        return pd.DataFrame(columns=[*by_list, "category", "target_entity", "count", "words",
                                     "rate", "ci_low", "ci_high", "ci_method", "n_docs",
                                     "small_group"])
    view = SimpleNamespace(documents=analysis.documents,
                           markers=chosen.assign(lemma=chosen["target_entity"]))
    table = rates(view, by=by, level="lemma", n_resamples=n_resamples)
    table = table.rename(columns={"lemma": "target_entity"})
    if top is not None and len(table):
        totals = table.groupby("target_entity")["count"].sum().sort_values(ascending=False,
                                                                          kind="stable")
        table = table[table["target_entity"].isin(totals.index[:top])]
    return table.reset_index(drop=True)
