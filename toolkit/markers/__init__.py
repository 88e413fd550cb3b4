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

import hashlib
import json
import os
import sys
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.attrs import LOWER
from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ..lexicon import Lexicon, default_lexicon
from ..nlp import cache_dir
from . import (  # noqa: F401  (importing registers each family's rules)
    boosters,
    denial,
    downtoners,
    evaluation,
    hedges,
    intensifiers,
)
from .rules import CONTEXT_RULES, PRODUCTIVE_RULES, Marker

__all__ = ["Marker", "detect_markers", "add_marker_spans", "CompiledLexicon", "compile_lexicon",
           "lowered_tokens"]

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

    def __init__(self, lexicon: Lexicon, vocab: Vocab, *, cache: bool = True):
        self.lexicon = lexicon
        # the matcher has a vocabulary of its own: PhraseMatcher.add makes a lexeme of each
        # key (a term), and making ~3,400 lexemes in the pipeline's vocabulary, each with all
        # its lexical attributes, took longer than the rest of compiling. It matches on
        # LOWER hashes, which are the same in every vocabulary, so it runs on the pipeline's
        # Docs all the same; a match's key is read from :attr:`key_of`.
        self.matcher = PhraseMatcher(Vocab(), attr="LOWER")
        #: match id -> the term (the matcher's key)
        self.key_of: dict[int, str] = {}
        self.entries: dict[str, list[Entry]] = defaultdict(list)
        #: lower-cased single-word terms -> their entries (for productive rules)
        self.by_word: dict[str, list[Entry]] = defaultdict(list)
        #: each new term -> the spellings it is matched in (both apostrophes)
        patterns: dict[str, list[str]] = {}
        for row in lexicon.entries.itertuples(index=False):
            term = row.term.strip()
            entry = Entry(term.lower(), row.category, row.subtype, row.source, row.rule)
            key = term.lower()
            if not self.entries[key]:
                patterns[key] = sorted({key, key.replace("'", "’"), key.replace("’", "'")})
            self.entries[key].append(entry)
            if " " not in key:
                self.by_word[key].append(entry)
        spellings = sorted({v for variants in patterns.values() for v in variants})
        lowered = lowered_tokens(spellings, vocab, cache=cache)
        strings = self.matcher.vocab.strings
        for key, variants in patterns.items():
            # a pattern as the LOWER values of its tokens (what PhraseMatcher.add takes from
            # a Doc, and takes as given when handed a sequence, as unpickling a matcher does)
            self.matcher.add(key, [[strings.add(t) for t in lowered[v]] for v in variants])
            self.key_of[strings[key]] = key

    def categories_of(self, word: str) -> set[str]:
        """Categories a single lower-cased word has in the lexicon."""
        return {e.category for e in self.by_word.get(word.lower(), ())}


def compile_lexicon(lexicon: Lexicon, vocab: Vocab, *, cache: bool = True) -> CompiledLexicon:
    """The lexicon compiled for ``vocab`` (compiled once per lexicon and vocabulary).

    ``cache=False``: tokenise every term now rather than read the tokenisation cache
    (:func:`tokenized_spellings`)."""
    compiled = lexicon.__dict__.setdefault("_compiled", {})
    key = id(vocab)
    if key not in compiled:
        compiled[key] = CompiledLexicon(lexicon, vocab, cache=cache)
    return compiled[key]


#: bump when the layout of a tokenisation-cache file changes
_TOKENS_FORMAT = 1


def _tokens_cache_path(spellings: list[str], vocab: Vocab) -> Path:
    lower = vocab.lex_attr_getters.get(LOWER)
    digest = hashlib.sha256()
    digest.update(json.dumps([_TOKENS_FORMAT, spacy.__version__, vocab.lang,
                              getattr(lower, "__module__", ""),
                              getattr(lower, "__qualname__", ""),
                              list(sys.version_info[:2])]).encode())
    digest.update("\0".join(spellings).encode("utf-8", "surrogatepass"))
    return cache_dir() / "lexicon-tokens" / f"{digest.hexdigest()[:32]}.json"


def lowered_tokens(spellings: list[str], vocab: Vocab, *, cache: bool = True
                   ) -> dict[str, list[str]]:
    """Each spelling of a lexicon term -> the lower-cased texts of its tokens, as spaCy's
    rule-based English tokenizer splits it (the PhraseMatcher patterns, ``attr="LOWER"``).

    Tokenising the ~5,000 spellings takes about a quarter of a second at every start of a
    process, so the result is kept in ``<cache dir>/lexicon-tokens/`` (``TOOLKIT_CACHE_DIR``,
    see :func:`toolkit.nlp.cache_dir`), in a JSON file named by the SHA-256 of the spellings
    themselves, spaCy's version, the vocabulary's language and lower-casing function and
    Python's version: any change to a lexicon term (a TSV edited, :meth:`Lexicon.add`) or to
    spaCy gives another file, so a stale tokenisation is never read. It depends on nothing
    else (no model weights, no parse): ``predict --no-cache`` and ``analyze(cache=False)``,
    which bypass the parse and result caches, still use it. ``cache=False`` tokenises anew
    and writes nothing. A damaged or unreadable file counts as a miss; a read-only cache
    folder is not an error.
    """
    path = _tokens_cache_path(spellings, vocab) if cache else None
    if path is not None:
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            if stored["spellings"] == spellings and len(stored["lower"]) == len(spellings):
                return {s: joined.split("\0")
                        for s, joined in zip(spellings, stored["lower"], strict=True)}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            pass  # missing or damaged: tokenise anew
    tokenizer = English(vocab=vocab).tokenizer
    lowered = {s: [t.lower_ for t in tokenizer(s)] for s in spellings}
    if path is not None:
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps({"spellings": spellings,
                                       "lower": ["\0".join(lowered[s]) for s in spellings]},
                                      ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:  # a full disk or a read-only cache: tokenised, not cached
            with suppress(OSError):
                tmp.unlink(missing_ok=True)
    return lowered


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
        key = compiled.key_of[match_id]
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
