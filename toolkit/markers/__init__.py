"""Marker detection: lexicon matches checked in context, plus productive rules.

:func:`detect_markers` is a pure function over a parsed spaCy ``Doc``. It matches every
lexicon term with one ``PhraseMatcher`` (``attr="LOWER"``), keeps a match when the entry's
context rule accepts it (see :mod:`toolkit.markers.rules`), adds what the productive rules
find, and resolves overlaps within a category (the longest span wins; two categories on one
token both stay: *never* is ``booster/absolute`` and ``denial/negation``).

:func:`add_marker_spans` writes the same markers to ``doc.spans["markers"]`` with the
category as label, for displaCy and other spaCy tools.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ..lexicon import Lexicon, default_lexicon
from . import (  # noqa: F401  (importing registers each family's rules)
    boosters,
    denial,
    downtoners,
    evaluation,
    hedges,
    intensifiers,
)
from .rules import CONTEXT_RULES, PRODUCTIVE_RULES, Marker

__all__ = ["Marker", "detect_markers", "add_marker_spans", "CompiledLexicon", "compile_lexicon"]

APOSTROPHES = ("'", "’")


@dataclass(frozen=True)
class Entry:
    term: str
    category: str
    subtype: str
    source: str
    rule: str


class CompiledLexicon:
    """A lexicon compiled against one vocabulary: a PhraseMatcher over all terms, the
    entries of each term, and a term index productive rules can query."""

    def __init__(self, lexicon: Lexicon, vocab: Vocab):
        self.lexicon = lexicon
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self.entries: dict[str, list[Entry]] = defaultdict(list)
        tokenizer = English(vocab=vocab).tokenizer
        #: lower-cased single-word terms -> their entries (for productive rules)
        self.by_word: dict[str, list[Entry]] = defaultdict(list)
        for row in lexicon.entries.itertuples(index=False):
            term = row.term.strip()
            entry = Entry(term.lower(), row.category, row.subtype, row.source, row.rule)
            key = term.lower()
            if not self.entries[key]:
                variants = {key, key.replace("'", "’"), key.replace("’", "'")}
                self.matcher.add(key, [tokenizer(v) for v in sorted(variants)])
            self.entries[key].append(entry)
            if " " not in key:
                self.by_word[key].append(entry)

    def categories_of(self, word: str) -> set[str]:
        """Categories a single lower-cased word has in the lexicon."""
        return {e.category for e in self.by_word.get(word.lower(), ())}


def compile_lexicon(lexicon: Lexicon, vocab: Vocab) -> CompiledLexicon:
    """The lexicon compiled for ``vocab`` (compiled once per lexicon and vocabulary)."""
    cache = lexicon.__dict__.setdefault("_compiled", {})
    key = id(vocab)
    if key not in cache:
        cache[key] = CompiledLexicon(lexicon, vocab)
    return cache[key]


def _apply_context(entry: Entry, span: Span, context: bool = True) -> str | None:
    """The subtype to record when the entry counts in this context, else None."""
    if not entry.rule or not context:
        return entry.subtype
    verdict = CONTEXT_RULES[entry.rule](span)
    if not verdict:
        return None
    return verdict if isinstance(verdict, str) else entry.subtype


def _resolve_overlaps(markers: Iterable[Marker]) -> list[Marker]:
    """Within each category keep the longest of overlapping spans (earliest on ties)."""
    kept: list[Marker] = []
    by_category: dict[str, list[Marker]] = defaultdict(list)
    for marker in markers:
        by_category[marker.category].append(marker)
    for group in by_category.values():
        # chosen spans never overlap, so sorted by start the non-empty ones are sorted by end
        # too: a new span need only be checked against its nearest non-empty neighbour on the
        # left and its neighbour on the right (n log n, not n^2: a text of megabytes has tens
        # of thousands of markers)
        chosen: list[Marker] = []
        starts: list[int] = []
        for marker in sorted(group, key=lambda m: (-(m.end - m.start), m.start)):
            i = bisect_right(starts, marker.start)
            j = i - 1
            while j >= 0 and chosen[j].start == chosen[j].end:
                j -= 1
            if (j >= 0 and chosen[j].end > marker.start and chosen[j].start < marker.end) or (
                    i < len(chosen) and chosen[i].start < marker.end):
                continue
            starts.insert(i, marker.start)
            chosen.insert(i, marker)
        kept.extend(chosen)
    return sorted(kept, key=lambda m: (m.start, m.end, m.category))


def detect_markers(doc: Doc, lexicon: Lexicon | None = None, *,
                   context: bool = True) -> list[Marker]:
    """All markers in ``doc``: lexicon matches accepted by their context rules, and the
    productive rules' finds, overlaps resolved per category, in text order.

    ``context=False`` is the plain-lexicon baseline: every match of every entry counts, no
    context rule is asked and no productive rule runs.
    """
    lexicon = lexicon or default_lexicon()
    compiled = compile_lexicon(lexicon, doc.vocab)
    found: list[Marker] = []
    for match_id, start, end in compiled.matcher(doc):
        span = doc[start:end]
        key = doc.vocab.strings[match_id]
        for entry in compiled.entries[key]:
            subtype = _apply_context(entry, span, context)
            if subtype is None:
                continue
            rule = f"rule:{entry.rule}" if entry.rule and context else f"lexicon:{entry.term}"
            found.append(Marker(span.start_char, span.end_char, span.text, entry.category,
                                subtype, span.lemma_.lower() or span.text.lower(), rule,
                                entry.source))
    if context:
        for rule_function in PRODUCTIVE_RULES.values():
            found.extend(rule_function(doc, compiled))
    return _resolve_overlaps(found)


def sentence_index(doc: Doc):
    """A function from a character offset to the index of its sentence in ``doc``."""
    starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    return lambda offset: max(0, bisect_right(starts, offset) - 1)


def add_marker_spans(doc: Doc, markers: Iterable[Marker], key: str = "markers") -> Doc:
    """Write markers to ``doc.spans[key]`` (label: category) and return the Doc."""
    spans = []
    for marker in markers:
        span = doc.char_span(marker.start, marker.end, label=marker.category,
                             alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[key] = spans
    return doc
