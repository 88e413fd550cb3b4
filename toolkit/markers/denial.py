"""Context rules for the `denial` family (see shared/MARKERS.md).

Denial is Martin & White's (2005) Engagement: disclaim, with two subtypes:

- ``negation`` (deny): a negator that negates a proposition: *not, n't, never, no, nothing,
  none, nobody, no one, neither, nor, no longer*. Not in fixed expressions without denial
  (*not only ... but also*, *not to mention*, *whether or not*, *no doubt*, *make no
  mistake*, *no matter* (a concessive conditional: its own ``counter`` row, like *even
  if*), *nothing more than*, *knows no bounds*, *spare no effort*), nor
  *no* as the object of a verb of refusal or choice (*said no to the levy*, *voted no*).
  Negated infinitives (*chose not to act*) are negation. *without* is not in the list of
  MARKERS.md and the gold does not mark it: it is not negation here.
- ``counter``: counter-expectation (*however, but, yet, although, though, nevertheless,
  even, still* as concession; *instead*, *rather than*, *despite*, *even as*, *while at the
  same time*). Not: contrast without concession (*whereas, by contrast, meanwhile*,
  contrastive or temporal *while*), the *but* of *not only ... but also* and *but* meaning
  "except" (*all but, nothing but*), *yet* meaning "so far" (*has not yet, has yet to*),
  *still* meaning "continuing", *even* before a comparative (degree: *even more*; an
  intensifier, not counter) or as an adjective (*an even number*). *even if* is a
  concessive conditional (Quirk et al. 1985: 15.43): counter, marked as one span.

Each rule is a function (span) -> bool registered with :func:`context_rule`; the lexicon
(``toolkit/lexicons/denial.tsv``) names the rule for each term.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .rules import context_rule, is_finite, next_token, prev_token

__all__ = ["propositional_negation", "counter_but", "counter_yet", "counter_still",
           "counter_even", "counter_though", "concessive_while", "counter_rather",
           "antithetic_conjunct", "detached_conjunct"]

#: words after *not* that make *not only ... but also* and its kin (no denial)
#: *not only / just X*: addition (X and more), with or without a *but* after it
NOT_ADDITIVE = frozenset({"only", "just", "exclusively"})
#: *not merely X*: addition only with a *but* after it (*not merely X but Y*)
NOT_ADDITIVE_WITH_BUT = frozenset({"merely", "simply", "solely"})
#: fixed expressions that contain a negator but deny nothing, as word sequences that begin
#: at the negator (lower-cased tokens)
FIXED_NEGATOR_SEQUENCES: tuple[tuple[str, ...], ...] = (
    ("not", "to", "mention"), ("not", "least"), ("no", "doubt"), ("no", "matter"),
    ("no", "wonder"), ("no", "sooner"), ("no", "less", "than"), ("no", "more", "than"),
    ("no", "fewer", "than"), ("nothing", "more", "than"), ("nothing", "less", "than"),
    ("nothing", "short", "of"), ("nothing", "but"), ("none", "other", "than"),
    ("never", "mind"), ("not", "help", "but"), ("n't", "help", "but"),
)
#: fixed expressions where the negator is not the first word: (words before, negator)
FIXED_NEGATOR_CONTEXTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("whether", "or"), "not"), (("second", "to"), "none"), (("if",), "not"),
    (("spare",), "no"), (("spared",), "no"),
    (("spares",), "no"), (("sparing",), "no"), (("waste",), "no"), (("wasted",), "no"),
    (("wastes",), "no"), (("wasting",), "no"),
)
#: *knows no bounds / limits*: an amplifier idiom, not a denial
UNBOUNDED_NOUNS = frozenset({"bounds", "limits", "limit", "end"})
#: verbs whose object *no* is the word "no" (refusal or a vote), not a negator
SAY_NO_VERBS = frozenset({"say", "vote", "answer", "reply", "shout", "mean", "take"})
#: words before *but* that make it mean "except" (*all but, nothing but, anything but*)
BUT_EXCEPT_BEFORE = frozenset({"all", "anything", "nothing", "everything", "everyone",
                               "everybody", "none", "nobody", "last", "one"})
CONCESSIVE_SUBORDINATORS = frozenset({"although", "though", "despite", "notwithstanding",
                                      "albeit"})
COMPARATIVE_WORDS = frozenset({"more", "less", "further", "better", "worse", "greater",
                               "fewer", "higher", "lower", "larger", "smaller", "stronger"})


def _words(doc, start: int, n: int) -> tuple[str, ...]:
    return tuple(t.lower_.replace("’", "'") for t in doc[start:start + n])


def _glued_to_hyphen(span: Span) -> bool:
    """*no-fly zone*, *never-ending*, *all-but-admitted*: the span is part of a hyphenated
    word."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return ((after is not None and after.text in ("-", "–") and not span[-1].whitespace_)
            or (before is not None and before.text in ("-", "–") and not before.whitespace_))


def _in_fixed_expression(span: Span) -> bool:
    doc = span.doc
    if span[0].lower_ == "no" and span.start > 0 and doc[span.start - 1].lower_ in {
            "make", "makes", "made", "making"} and _words(doc, span.start, 2) == (
                "no", "mistake"):
        return True  # *make no mistake*, a booster; *make no products* denies
    for sequence in FIXED_NEGATOR_SEQUENCES:
        if _words(doc, span.start, len(sequence)) == sequence:
            return True
    word = span[0].lower_
    for before, negator in FIXED_NEGATOR_CONTEXTS:
        start = span.start - len(before)
        if word == negator and start >= 0 and _words(doc, start, len(before)) == before:
            if before == ("if",):
                # *many, if not most*: elliptical, no proposition (*if not, ...* is denial)
                after = next_token(span[-1])
                return after is not None and after.pos_ in ("ADJ", "DET", "ADV", "NUM")
            return True
    return False


def _in_title_cased_name(token: Token) -> bool:
    """A capitalised negator inside a title-cased proper name in running text (*the blog
    Not News*, *the film No Country for Old Men*): mid-sentence, after a lower-case word
    or a determiner (so not in a title-cased headline, *People Will Not Die*; the name may
    open with capitalised words, *the Do Not Call Registry*) and before a capitalised
    word. A clitic is read with its auxiliary (*the repeal of Don't Ask, Don't Tell*: the
    name's words may be separated by commas)."""
    after = next_token(token)
    if token.lower_ in ("n't", "n’t"):
        token = prev_token(token)  # (Do|n't Ask: the capitalised auxiliary)
        if token is None:
            return False
    if not token.is_title or token.is_sent_start:
        return False
    before = prev_token(token)
    def in_name(word: Token | None) -> bool:
        return word is not None and not word.is_sent_start and (
            word.is_title and word.is_alpha or word.lower_ in ("n't", "n’t"))

    while in_name(before) or before is not None and before.text == "," and in_name(
            prev_token(before)):
        before = prev_token(before)  # *the Do Not Call Registry*, *Don't Ask, Don't Tell*:
        # back to the word before the name
    if before is not None and before.is_title and before.is_alpha and \
            not before.is_sent_start and prev_token(before) is not None and \
            (prev_token(before).pos_ == "DET" or prev_token(before).tag_ == "DT"):
        before = prev_token(before)
    return (before is not None and after is not None and after.is_title and after.is_alpha
            and before.is_alpha and (before.is_lower or before.pos_ == "DET"
                                     or before.tag_ == "DT")
            and before.pos_ not in ("AUX", "VERB"))


def _clause_window(token: Token, limit: int = 60) -> list[Token]:
    """The tokens before ``token`` back to the previous sentence-final mark (. ! ? ;), at
    most ``limit``: the parser's sentence boundary may fall inside *not only X. but also
    Y* (a split before *but*), so the sentence alone is not enough."""
    window = []
    for i in range(token.i - 1, max(-1, token.i - 1 - limit), -1):
        word = token.doc[i]
        if word.text in (".", "!", "?", ";") and i != token.i - 1:
            break
        window.append(word)
    return window


def _is_additive_not(token: Token) -> bool:
    """*not only / just X (but also Y)* (and *not merely X but Y*): addition, not denial."""
    after = next_token(token)
    if after is None:
        return False
    if after.lower_ in NOT_ADDITIVE:
        return True  # *not just X* = X and more (*he's not just our boss, he's also a
        # friend*; *all EU citizens can apply, not just those who qualify*), with or
        # without a *but*
    if after.lower_ in NOT_ADDITIVE_WITH_BUT:
        sentence = token.sent if token.doc.has_annotation("SENT_START") else token.doc
        return any(t.lower_ == "but" and t.i > after.i for t in sentence)
    return False


@context_rule("propositional_negation")
def propositional_negation(span: Span) -> bool:
    """A negator that negates a proposition (Martin & White 2005: disclaim: deny)."""
    token = span[0]
    if _glued_to_hyphen(span) or _in_fixed_expression(span):
        return False
    if token.lower_ == "not" and _is_additive_not(token):
        return False
    if _in_title_cased_name(token):
        return False  # *the blog Not News*
    if token.lower_ == "no" and len(span) == 1:
        after = next_token(token)
        if token.text == "No" and not token.is_sent_start and after is not None and \
                after.like_num:
            return False  # *No 10* (Downing Street): the abbreviation of number
        if after is not None and after.text == ".":
            nxt = next_token(after)
            if nxt is not None and nxt.like_num:
                return False  # *No. 5*
        if token.head.lemma_.lower() in SAY_NO_VERBS and token.dep_ in ("dobj", "intj",
                                                                       "npadvmod", "advmod"):
            return False  # *said no to the levy*, *voted no*
        before = prev_token(token)
        if before is not None and before.lemma_.lower() in SAY_NO_VERBS and (
                after is None or after.lower_ in ("to", ",", ".", "on")):
            return False
        if after is not None and after.lower_ in UNBOUNDED_NOUNS and before is not None \
                and before.lemma_.lower() == "know":
            return False  # *knows no bounds*
    return True


def _sentence(token: Token):
    return token.sent if token.doc.has_annotation("SENT_START") else token.doc[:]


def _clause_initial(token: Token) -> bool:
    """First word of its sentence, or right after punctuation or a coordinator."""
    before = prev_token(token)
    return (before is None or token.is_sent_start or before.is_punct
            or before.lower_ in ("and", "but", "or", "so"))


@context_rule("counter_but")
def counter_but(span: Span) -> bool:
    """*but* as counter-expectation; not *not only ... but also*, not *but* = except."""
    token = span[0]
    if _glued_to_hyphen(span):
        return False
    before = prev_token(token)
    if before is not None and before.lower_ in BUT_EXCEPT_BEFORE:
        return False
    if before is not None and before.lower_ in ("not", "n't", "n’t"):
        return False  # *cannot but recognise* = must
    if before is not None and before.lower_ == "help" and prev_token(before) is not None \
            and prev_token(before).lower_ in ("not", "n't", "n’t"):
        return False  # *cannot help but be overwhelmed* = must
    after = next_token(token)
    if after is not None and after.lower_ == "for" and token.dep_ == "prep":
        return False  # *but for* = except for
    # the clause before *but*, across a sentence boundary the parser may have put there
    before_but = _clause_window(token)
    if after is not None and after.lower_ in ("also", "too"):
        return False  # additive *but also* (Quirk et al. 1985: 13.30; *to him and his
        # family, but also all of us*), with or without a *not only* before it
    if after is not None and after.lower_ == "as":
        if any(t.lower_ == "not" and _is_additive_not(t) for t in before_but):
            return False
    # *not only / just / merely X but Y* without *also*: addition, not a contrast
    return not any(t.lower_ == "not" and next_token(t) is not None
                   and next_token(t).lower_ in NOT_ADDITIVE | NOT_ADDITIVE_WITH_BUT
                   for t in before_but)


@context_rule("counter_yet")
def counter_yet(span: Span) -> bool:
    """*yet* as concession (*Yet Republicans won't act*, *simple yet effective*); not *yet*
    = "so far" (*has not yet*, *has yet to*, *as yet*) nor *yet another*."""
    token = span[0]
    before = prev_token(token)
    after = next_token(token)
    if after is not None and after.lower_ in ("to", "another", "again", "more", "further"):
        return False
    if before is not None and before.lower_ in ("as", "not", "n't", "n’t", "never"):
        return False
    return token.dep_ == "cc" or _clause_initial(token)


def _after_contrastive_coordinator(token: Token) -> bool:
    """True when ``token`` is in a clause coordinated by *but / yet* after a clause of its
    own (*X, but it is still wrong*; *changing, but still too slowly*): *still* there
    reinforces the concession (Quirk et al. 1985: 8.137, *yet still, but still*). Up to
    three words (a subject, an auxiliary) may stand between the coordinator and *still*."""
    for back in range(1, 5):
        i = token.i - back
        if i <= 0:
            return False
        word = token.doc[i]
        if word.is_punct:
            return False
        if word.lower_ in ("but", "yet"):
            before = token.doc[i - 1]
            return before.text == "," or before.pos_ in ("NOUN", "VERB", "ADJ", "ADV")
    return False


@context_rule("counter_still")
def counter_still(span: Span) -> bool:
    """*still* as concession: *Still, ...* at the start of a sentence, in a clause coordinated
    by *but / yet* (*but it is still wrong*), or in the main clause after a concessive clause
    (*Although X, Y still Z*); not *still* = continuing (nor *still* inside the concessive
    clause, nor *but there is still more to do*: degree)."""
    token = span[0]
    after = next_token(token)
    if token.is_sent_start or prev_token(token) is None:
        return after is not None and after.text == ","
    if _after_contrastive_coordinator(token) and not (
            after is not None and (after.lower_ in COMPARATIVE_WORDS | {"much", "to"} or
                                   after.tag_ in {"JJR", "RBR"})):
        return True  # *there may be reasons, but it is still wrong*: yet still, but still
    sentence = _sentence(token)
    for t in sentence:
        if t.i >= token.i or not (t.lower_ in CONCESSIVE_SUBORDINATORS or t.lower_ in {
                "while", "whilst"} and concessive_while(t.doc[t.i:t.i + 1])):
            continue
        # the concessive clause (the subordinator's head and what it governs) must not
        # hold *still* itself (*Though the world is still in the throes of ...*)
        clause = t.head if t.dep_ == "mark" else t
        if token not in clause.subtree:
            return True
    return False


@context_rule("counter_even")
def counter_even(span: Span) -> bool:
    """*even* as a focus particle of counter-expectation (*even Republicans admit*); not
    before a comparative (*even more*: degree) nor the adjective (*an even number*)."""
    token = span[0]
    if _glued_to_hyphen(span):
        return False
    after = next_token(token)
    if after is not None and (after.tag_ in ("JJR", "RBR") or after.lower_ in COMPARATIVE_WORDS):
        return False
    if token.pos_ == "ADJ" or token.dep_ in ("amod", "acomp"):
        return False
    before = prev_token(token)
    return not (before is not None and before.lemma_.lower() in ("break", "get"))


@context_rule("counter_though")
def counter_though(span: Span) -> bool:
    """*though* as concession (also clause-final: *It was hard, though*); not *as though*."""
    before = prev_token(span[0])
    return before is None or before.lower_ != "as"


@context_rule("antithetic_conjunct")
def antithetic_conjunct(span: Span) -> bool:
    """*to the contrary, quite the opposite* as a conjunct that counters what came before
    (*To the contrary, ...*; *..., quite the opposite.*; Quirk et al. 1985: 8.137), not a
    noun's postmodifier (*assertions to the contrary, evidence to the contrary*)."""
    before = prev_token(span[0])
    return before is None or before.is_punct or before.pos_ in ("CCONJ", "ADV")


@context_rule("far_from_negation")
def far_from_negation(span: Span) -> bool:
    """*far from* as a negator of degree before a predicate (*the crisis is far from over*,
    *far from clear*, *far from being resolved*, *far from it*: Quirk et al. 1985: 10.62,
    a negative that denies what follows), not the distance of a place (*far from home*)."""
    after = next_token(span[-1])
    if after is None:
        return False
    return after.pos_ in ("ADJ", "ADV") or after.tag_ in ("VBN", "VBG") or \
        after.lower_ in ("over", "it")


@context_rule("detached_conjunct")
def detached_conjunct(span: Span) -> bool:
    """*having said that, be that as it may, for all that* as a concessive conjunct set off
    from its clause (*For all that, the talks failed.*; Quirk et al. 1985: 8.137), not the
    words inside a clause (*grateful for all that he has done*)."""
    after = next_token(span[-1])
    return antithetic_conjunct(span) and (after is None or after.is_punct)


def _sentence_initial_clause(token: Token) -> bool:
    """Nothing but connectives and punctuation before ``token`` in its sentence
    (*While ...*, *Furthermore, while ...*, *But while ...*)."""
    sentence = _sentence(token)
    return all(t.is_punct or t.pos_ in ("CCONJ", "ADV", "SCONJ") or t.dep_ in ("cc", "advmod")
               for t in token.doc[sentence.start:token.i])


def _fronted_clause(mark: Token) -> bool:
    """The subordinator of an adverbial clause fronted before the whole clause it modifies,
    its subject included, inside a longer sentence (*told reporters that, while X, it could
    not ...*; *tell us while X, he stands to gain*): the initial position of a clause of its
    own (Quirk et al. 1985, 15.18); not one between a subject and its verb (*the Secretary,
    while we were in the region, called*)."""
    verb = mark.head
    if mark.dep_ != "mark" or verb.dep_ != "advcl" or verb.head.i < verb.i:
        return False
    if not is_finite(verb):
        return False  # a finite clause (not: *and, while subject to the bar, he ...*)
    subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subjects) and all(s.i > verb.i for s in subjects)


@context_rule("concessive_while")
def concessive_while(span: Span) -> bool:
    """*while* meaning *even though*: a sentence-initial *While* clause (connectives may
    precede: *Furthermore, while ...*), or one fronted before the subject of a clause inside
    the sentence (*said that, while X, Y*), that is not temporal (*While we welcome X, we reject
    Y*; not *While in office*, *While visiting*, *While he was speaking*). Mid-sentence
    *while* is contrast or time (*exports rose while imports fell*) and is not counter
    (MARKERS.md)."""
    token = span[0]
    if not (_sentence_initial_clause(token) or _fronted_clause(token)):
        return False
    after = next_token(token)
    if after is None or after.tag_ in ("VBG", "IN") or after.pos_ == "ADP":
        return False
    sentence = _sentence(token)
    clause_end = next((t.i for t in sentence if t.i > token.i and t.text == ","), sentence.end)
    clause = token.doc[token.i + 1:clause_end]
    progressive = any(t.tag_ == "VBG" and any(c.lemma_ == "be" and c.dep_ == "aux"
                                              for c in t.children) for t in clause)
    return not progressive


@context_rule("counter_rather")
def counter_rather(span: Span) -> bool:
    """*rather* as a correction (*but rather*, *Rather, ...*, *...; rather, ...*); not degree
    (*rather good*) nor preference (*would rather*)."""
    token = span[0]
    before = prev_token(token)
    after = next_token(token)
    if before is not None and before.lower_ == "but":
        return True
    clause_start = token.is_sent_start or before is None or before.text in (";", ":", "—")
    return clause_start and after is not None and after.text == ","
