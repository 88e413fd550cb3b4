"""The registry of context rules and productive rules, and the helpers rules share.

A *context rule* decides whether a lexicon match counts in its context: a function
``(span) -> bool`` over the matched :class:`spacy.tokens.Span`, registered by name with
:func:`context_rule` and named in a lexicon row's ``rule`` column (``epistemic_modal``
accepts *may* in *the figures may be wrong*, rejects *you may apply* and *May 2020*).

A *productive rule* finds markers that no list holds (a degree adverb before an evaluative
adjective: *grossly unfair*, *vehemently opposes*): a function ``(doc, lexicon_index) ->
Iterable[Marker]`` registered with :func:`productive_rule`.

The category modules (:mod:`toolkit.markers.intensifiers`, ...) register their rules when
:mod:`toolkit.markers` is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..nlp import doc_tokens

__all__ = ["Marker", "CONTEXT_RULES", "PRODUCTIVE_RULES", "context_rule", "productive_rule",
           "prev_token", "next_token", "is_negated_scope", "is_negated", "is_parsed",
           "is_tagged", "clause_head", "subject_of", "is_first_person", "names_speaker",
           "names_document", "words_after", "words_before", "is_finite", "negation_follows",
           "FIRST_PERSON",
           "HUMAN_NOUNS", "DOCUMENT_NOUNS", "FINITE_TAGS"]


@dataclass(frozen=True)
class Marker:
    """One detected marker: character offsets into the Doc's text and what fired."""

    start: int
    end: int
    text: str
    category: str
    subtype: str
    lemma: str
    rule: str
    reference: str


ContextRule = Callable[[Span], bool]
ProductiveRule = Callable[..., Iterable[Marker]]

CONTEXT_RULES: dict[str, ContextRule] = {}
PRODUCTIVE_RULES: dict[str, ProductiveRule] = {}


def context_rule(name: str) -> Callable[[ContextRule], ContextRule]:
    """Register a context rule under ``name`` (the value of a lexicon row's ``rule``)."""

    def register(function: ContextRule) -> ContextRule:
        if name in CONTEXT_RULES and CONTEXT_RULES[name] is not function:
            raise ValueError(f"context rule {name!r} is registered twice")
        CONTEXT_RULES[name] = function
        return function

    return register


def productive_rule(name: str) -> Callable[[ProductiveRule], ProductiveRule]:
    """Register a productive rule under ``name`` (reported as ``rule:<name>``)."""

    def register(function: ProductiveRule) -> ProductiveRule:
        PRODUCTIVE_RULES[name] = function
        return function

    return register


def prev_token(token: Token, skip_punct: bool = False) -> Token | None:
    """The token before ``token`` in its Doc (skipping whitespace tokens, and optionally
    punctuation), or None."""
    tokens = doc_tokens(token.doc)
    i = token.i - 1
    while i >= 0:
        candidate = tokens[i]
        if not (candidate.is_space or skip_punct and candidate.is_punct):
            return candidate
        i -= 1
    return None


def next_token(token: Token, skip_punct: bool = False) -> Token | None:
    """The token after ``token`` in its Doc (skipping whitespace tokens, and optionally
    punctuation), or None."""
    tokens = doc_tokens(token.doc)
    i = token.i + 1
    while i < len(tokens):
        if not (tokens[i].is_space or skip_punct and tokens[i].is_punct):
            return tokens[i]
        i += 1
    return None


NEGATORS = frozenset({"not", "n't", "n’t", "never", "no", "without"})
#: the forms of *not*
NOT_FORMS = frozenset({"not", "n't", "n’t"})


def negation_follows(word: Token) -> bool:
    """Whether *not* follows ``word``, at once or after an auxiliary (*simply not true, simply
    isn't, simply does not allow*): ``word`` emphasizes the negation."""
    following = next_token(word)
    if following is not None and following.pos_ == "AUX" and following.lower_ not in NOT_FORMS:
        following = next_token(following)
    return following is not None and following.lower_ in NOT_FORMS


def is_negated_scope(token: Token) -> bool:
    """True when ``token`` or its head has a negation dependent (``neg``) or a negator
    right before it (*not always*)."""
    before = prev_token(token)
    if before is not None and before.lower_ in NEGATORS:
        return True
    return any(child.dep_ == "neg" for child in (*token.children, *token.head.children))


# --- helpers the category modules share ---------------------------------------------------

FIRST_PERSON = frozenset({"i", "we"})
FIRST_PERSON_POSSESSIVE = frozenset({"my", "our"})
#: pronouns that name people (a third party when not first person)
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "who", "whom", "someone",
                               "somebody", "everyone", "everybody", "nobody", "anyone"})
#: nouns naming a document or a study: the subject of *found/shows* makes an attribution
#: (MARKERS.md: "the report found, studies show" are sources, not boosters)
DOCUMENT_NOUNS = frozenset("""
report reports study studies survey surveys research analysis analyses paper papers article
articles review reviews investigation investigations inquiry audit poll polls assessment
assessments statement statements letter document documents memo book census findings
results data record records footage video videos photo photos image images recording
recordings testimony ruling verdict resolution figures statistics estimates
""".split())
#: nouns naming people, groups of people and institutions (a speaker, not an event)
HUMAN_NOUNS = frozenset("""
people person persons man men woman women child children official officials minister
ministers spokesman spokeswoman spokesperson president presidents government governments
administration authorities authority police officer officers court courts judge judges
lawyer lawyers leader leaders member members party parties senator senators congress
parliament committee ministry department agency agencies activist activists critic critics
expert experts scientist scientists researcher researchers journalist journalists group groups
country countries state states nation nations side citizens voters workers residents
republicans democrats secretary ambassador chairman director staff military army troops
regime council commission prosecutor prosecutors witness witnesses victim victims
""".split())
#: entity types that name speakers rather than events or facts
SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def of_object(token: Token) -> Token | None:
    """The object of ``token``'s own *of* phrase (*all of these trends* -> *trends*, *a wave
    of attacks* -> *attacks*), or None."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def is_parsed(doc: Doc) -> bool:
    """True when the Doc has a dependency parse (a lexical-only Doc has none: rules that
    need the parse then fall back to neighbouring words)."""
    return doc.has_annotation("DEP")


def is_tagged(doc: Doc) -> bool:
    """True when the Doc has part-of-speech tags."""
    return doc.has_annotation("TAG") or doc.has_annotation("POS")


def clause_head(token: Token) -> Token:
    """The verb a token hangs on: an auxiliary's or a modal's head, else the token."""
    if token.dep_ in {"aux", "auxpass", "neg"} and token.head != token:
        return token.head
    return token


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of ``verb`` (following ``conj`` and ``xcomp`` up to a verb
    that has one); for a relative clause led by *which/that*, the noun it modifies."""
    seen = 0
    current = verb
    while seen < 4:
        subjects = [c for c in current.children
                    if c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}]
        if len(subjects) > 1:
            # a parse that gives a verb two subjects (*Inadequate health systems; the climate
            # crisis: the pandemic is showing us*): the one nearest before the verb is its own
            before = [c for c in subjects if c.i < current.i]
            subjects = [max(before, key=lambda c: c.i)] if before else subjects
        for child in subjects:
            if child.lower_ in {"which", "that"} and current.dep_ == "relcl":
                return current.head
            return child
        if current.dep_ in {"conj", "xcomp", "advcl"} and current.head != current:
            current = current.head
            seen += 1
            continue
        if current.dep_ == "relcl":
            return current.head
        return None
    return None


def is_first_person(token: Token | None) -> bool:
    """*I, we* (or a noun with *my/our*: *our study*)."""
    if token is None:
        return False
    if token.lower_ in FIRST_PERSON:
        return True
    return any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_POSSESSIVE for c in token.children)


def names_speaker(token: Token | None) -> bool:
    """True when ``token`` names a person, group or institution (a possible speaker):
    a personal pronoun other than *I/we*, a person/organisation/place entity or a plain
    proper name, a noun of :data:`HUMAN_NOUNS` or a common noun whose first WordNet sense
    is a person (``lexicons/person_nouns.tsv``). An event's name (*COVID-19*, an
    ``EVENT`` entity) is not a speaker."""
    if token is None:
        return False
    lower = token.lower_
    if lower in PERSONAL_PRONOUNS - FIRST_PERSON:
        return True
    if token.ent_type_ == "PERSON" and any(ch.isdigit() for ch in token.text):
        return False  # a tagger's slip: *COVID-19* is not a person
    if token.ent_type_ in SPEAKER_ENTITIES:
        return True
    if token.pos_ == "PROPN" and not token.ent_type_ and token.is_alpha:
        return True  # an unrecognised name; *COVID-19* (not a plain word) is an event
    if token.pos_ == "PROPN" and token.ent_type_ in {"EVENT", "LAW", "DATE", "WORK_OF_ART"}:
        return False
    lemma = token.lemma_.lower()
    if lower in HUMAN_NOUNS or lemma in HUMAN_NOUNS:
        return True
    return token.pos_ == "NOUN" and lemma in _person_nouns()


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """WordNet's person nouns (*representative, broadcaster, delegate*) as the attribution
    sources read them (imported late: the attribution package imports this module)."""
    from ..attribution.sources import wordnet_person_nouns

    return wordnet_person_nouns()


#: examinations that report what they found, as studies do, and records that say what
#: happened (MARKERS.md: documents and studies that report are sources): *other tests revealed
#: that, EPA's inspections revealed, emails showing that, the payrolls showed*
EXAMINATION_NOUNS = frozenset("""test tests testing inspection inspections examination
examinations check checks evaluation evaluations probe probes experiment experiments
monitoring request requests memorandum memoranda transcript transcripts payroll payrolls
hansard email emails e-mail e-mails cable cables log logs filing filings minutes""".split())
#: what :func:`names_document` accepts, joined once
_REPORTING_TEXTS = DOCUMENT_NOUNS | EXAMINATION_NOUNS


def names_document(token: Token | None) -> bool:
    """True when ``token`` is a noun of :data:`DOCUMENT_NOUNS` (*report, study, data*) or of
    :data:`EXAMINATION_NOUNS` (*tests, inspections, emails*)."""
    if token is None:
        return False
    return token.lower_ in _REPORTING_TEXTS or token.lemma_.lower() in _REPORTING_TEXTS


#: the tags of a finite verb (past, third person singular, other present)
FINITE_TAGS = ("VBD", "VBZ", "VBP")
#: reflexive pronouns (Quirk et al. 1985, 6.23): the object of a commissive that binds its own
#: subject (*committed themselves to*), or of *find oneself* (in a situation, no finding)
REFLEXIVES = frozenset("myself yourself himself herself itself ourselves yourselves "
                       "themselves oneself".split())


def is_finite(verb: Token) -> bool:
    """True when ``verb`` heads a finite clause: a finite tag of its own or a finite or modal
    auxiliary (*was speaking, may have given*); not an infinitive, a participle or a verbless
    clause (*while subject to the bar*)."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", *FINITE_TAGS) for c in verb.children)


def is_negated(token: Token) -> bool:
    """True when the clause of ``token`` is negated (a ``neg`` child of it or of its verb),
    or a negator stands right before it."""
    verb = clause_head(token)
    if any(c.dep_ == "neg" for c in (*token.children, *verb.children)):
        return True
    before = prev_token(token)
    return before is not None and before.lower_ in NEGATORS


def words_after(token: Token, n: int = 1) -> list[str]:
    """The lower-cased forms of the ``n`` tokens after ``token`` (whitespace tokens skipped;
    fewer at the end)."""
    tokens = doc_tokens(token.doc)
    words = [t.lower_ for t in tokens[token.i + 1: token.i + 1 + 2 * n + 2] if not t.is_space]
    return words[:n]


def words_before(token: Token, n: int = 1) -> list[str]:
    """The lower-cased forms of the ``n`` tokens before ``token`` (whitespace tokens
    skipped), nearest last."""
    tokens = doc_tokens(token.doc)
    words = [t.lower_ for t in tokens[max(0, token.i - 2 * n - 2): token.i] if not t.is_space]
    return words[-n:] if n else []
