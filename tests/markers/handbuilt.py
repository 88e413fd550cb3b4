"""Hand-built parses for rule tests (spaCy's own test style): a rule's test then does not
depend on what the statistical model happens to predict."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

VOCAB = spacy.blank("en").vocab


def parse(spec: str) -> Doc:
    """A Doc from ``word/POS/TAG/dep/head[/lemma]`` items (head: absolute index); a word
    ending in ``~`` has no space after it (*no~ -~ fly*)."""
    words, spaces, pos, tags, deps, heads, lemmas = [], [], [], [], [], [], []
    for item in spec.split():
        fields = item.split("/")
        word = fields[0]
        spaces.append(not word.endswith("~"))
        word = word.rstrip("~")
        words.append(word)
        pos.append(fields[1])
        tags.append(fields[2])
        deps.append(fields[3])
        heads.append(int(fields[4]))
        lemmas.append(fields[5] if len(fields) > 5 else word.lower())
    return Doc(VOCAB, words=words, spaces=spaces, pos=pos, tags=tags, deps=deps, heads=heads,
               lemmas=lemmas)


def span_of(doc: Doc, word: str, nth: int = 0) -> Span:
    """The one-token span of the ``nth`` occurrence of ``word`` (case-insensitive)."""
    hits = [t.i for t in doc if t.lower_ == word.lower()]
    return doc[hits[nth]:hits[nth] + 1]
