"""Helpers for the marker tests: markers found in a sentence, and hand-built parses.

Rule tests build their parse by hand, as spaCy's own tests do
(``Doc(vocab, words=..., heads=..., deps=..., pos=...)``), so that what they check does not
depend on what the statistical model happens to predict; a few end-to-end tests per family
use the real model (the ``nlp`` fixture).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from toolkit.markers import detect_markers

#: an English vocabulary (its lexical attributes give ``LOWER``, ``like_num``), no model
VOCAB = spacy.blank("en").vocab


def found(doc: Doc, category: str) -> list[str]:
    """Lower-cased texts of the ``category`` markers detected in ``doc``, in text order."""
    return [m.text.lower() for m in detect_markers(doc) if m.category == category]


def subtypes(doc: Doc, category: str) -> dict[str, str]:
    """Marker text (lower-cased) -> subtype, for the ``category`` markers in ``doc``."""
    return {m.text.lower(): m.subtype for m in detect_markers(doc) if m.category == category}


def parse(spec: str) -> Doc:
    """A Doc from a compact hand-written parse, one token per item separated by spaces:
    ``word/POS/TAG/dep/head`` (head: the index of the head token; ``-`` for the root)::

        parse("It/PRON/PRP/nsubj/1 may/AUX/MD/aux/2 rain/VERB/VB/ROOT/-")

    Lemmas are the lower-cased words except for the few forms listed in ``LEMMAS``.
    """
    words, pos, tags, deps, heads = [], [], [], [], []
    for i, item in enumerate(spec.split()):
        word, p, tag, dep, head = item.rsplit("/", 4)
        words.append(word)
        pos.append(p)
        tags.append(tag)
        deps.append(dep)
        heads.append(i if head == "-" else int(head))
    lemmas = [LEMMAS.get(w.lower(), w.lower()) for w in words]
    return Doc(VOCAB, words=words, pos=pos, tags=tags, deps=deps, heads=heads, lemmas=lemmas)


LEMMAS = {"appeared": "appear", "appears": "appear", "seems": "seem", "seemed": "seem",
          "believes": "believe", "believed": "believe", "proved": "prove", "proves": "prove",
          "shows": "show", "showed": "show", "found": "find", "knew": "know", "known": "know",
          "has": "have", "had": "have", "is": "be", "was": "be", "are": "be", "were": "be",
          "taught": "teach", "reminded": "remind", "opposes": "oppose", "condemns": "condemn",
          "regrets": "regret", "worked": "work", "suggests": "suggest", "tends": "tend",
          "promulgated": "promulgate", "strikes": "strike"}
