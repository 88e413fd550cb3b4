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

from spacy.tokens import Doc, Span, Token

__all__ = ["Marker", "CONTEXT_RULES", "PRODUCTIVE_RULES", "context_rule", "productive_rule",
           "prev_token", "next_token", "is_negated_scope"]


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
    """The token before ``token`` in its Doc (optionally skipping punctuation), or None."""
    i = token.i - 1
    while i >= 0:
        if not (skip_punct and token.doc[i].is_punct):
            return token.doc[i]
        i -= 1
    return None


def next_token(token: Token, skip_punct: bool = False) -> Token | None:
    """The token after ``token`` in its Doc (optionally skipping punctuation), or None."""
    doc: Doc = token.doc
    i = token.i + 1
    while i < len(doc):
        if not (skip_punct and doc[i].is_punct):
            return doc[i]
        i += 1
    return None


NEGATORS = frozenset({"not", "n't", "n’t", "never", "no", "without"})


def is_negated_scope(token: Token) -> bool:
    """True when ``token`` or its head has a negation dependent (``neg``) or a negator
    right before it (*not always*)."""
    before = prev_token(token)
    if before is not None and before.lower_ in NEGATORS:
        return True
    return any(child.dep_ == "neg" for child in (*token.children, *token.head.children))
