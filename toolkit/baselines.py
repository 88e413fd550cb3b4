"""Two baselines to set beside the toolkit, both in the gold schema of shared/MARKERS.md.

- :func:`plain_lexicon_predictions`: the same lexicon, every match counts: no context rule
  (so *May* the month and permission *may* are hedges) and no productive rule
  (``detect_markers(doc, lexicon, context=False)``). Markers only; no attributions.
- :func:`textacy_quotation_predictions`: ``textacy.extract.direct_quotations`` (speaker, cue,
  quotation) as attribution relations, converted as follows. Cue: the cue tokens; source: the
  speaker tokens textacy returns (usually the head word); content: the quotation span,
  quotation marks included; kind: always ``direct``; stance: the cue lemma's stance in the
  lexicon's reporting cues, else ``neutral``; source_type by a simple rule on the speaker
  token: none -> ``none``; *I/we* -> ``self``; a PERSON entity or *he/she* -> ``named_person``;
  an ORG, GPE or NORP entity -> ``institution``; any other noun or pronoun -> ``anonymous``.
  Quotations textacy gives the same cue are one relation (MARKERS.md: one relation per cue),
  its content running from the first quotation to the last. Attributions only; no markers.

Both parse with the toolkit's pipeline and parse cache, so they see the same Docs as
:func:`toolkit.analyze`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.tokens import Doc

from .lexicon import Lexicon, default_lexicon
from .markers import detect_markers
from .nlp import ParseCache, load_pipeline, parse_texts

__all__ = ["plain_lexicon_predictions", "textacy_quotation_predictions", "textacy_source_type",
           "parse_records"]

_SELF = {"i", "we"}
_PERSON_PRONOUNS = {"he", "she"}
_INSTITUTION_ENTS = {"ORG", "GPE", "NORP"}


def _texts(records: Mapping[str, str] | Iterable[dict]) -> dict[str, str]:
    if isinstance(records, Mapping):
        return {str(k): v for k, v in records.items()}
    texts = {}
    for record in records:
        if "id" not in record or not isinstance(record.get("text"), str):
            raise ValueError("baselines take {id: text} or records with 'id' and 'text'; got a "
                             f"record with keys {sorted(record)}")
        texts[str(record["id"])] = record["text"]
    return texts


def parse_records(records: Mapping[str, str] | Iterable[dict], *, pipeline: str | None = None,
                  cache: bool = True) -> dict[str, Doc]:
    """``{id: Doc}`` for ``{id: text}`` or records with ``id`` and ``text`` (parse cache)."""
    texts = _texts(records)
    nlp = load_pipeline(pipeline)
    docs = parse_texts(list(texts.values()), nlp, ParseCache(nlp, enabled=cache))
    return dict(zip(texts, docs, strict=True))


def plain_lexicon_predictions(records: Mapping[str, str] | Iterable[dict], *,
                              lexicon: Lexicon | None = None, pipeline: str | None = None,
                              cache: bool = True) -> list[dict]:
    """The plain-lexicon baseline: every lexicon match is a marker (no context, no productive
    rules). One gold-schema record per text, ``attributions`` empty.

    >>> plain_lexicon_predictions({"a": "You may apply online."})  # doctest: +SKIP
    """
    lexicon = lexicon or default_lexicon()
    out = []
    for doc_id, doc in parse_records(records, pipeline=pipeline, cache=cache).items():
        markers = [{"start": m.start, "end": m.end, "text": m.text, "category": m.category,
                    "subtype": m.subtype, "rule": m.rule}
                   for m in detect_markers(doc, lexicon, context=False)]
        out.append({"id": doc_id, "text": doc.text, "markers": markers, "attributions": []})
    return out


def textacy_source_type(speaker: list) -> str:
    """``source_type`` of a textacy speaker (a list of tokens) by the rule in the module doc."""
    if not speaker:
        return "none"
    lowered = {t.lower_ for t in speaker}
    if lowered & _SELF:
        return "self"
    if any(t.ent_type_ == "PERSON" for t in speaker) or lowered & _PERSON_PRONOUNS:
        return "named_person"
    if any(t.ent_type_ in _INSTITUTION_ENTS for t in speaker):
        return "institution"
    return "anonymous"


def _cue_stances(lexicon: Lexicon) -> dict[str, str]:
    cues = lexicon.cues
    if cues is None or cues.empty:
        return {}
    return {str(c).lower(): s for c, s in zip(cues["cue"], cues["stance"], strict=True)}


def _char_span(tokens) -> list[int] | None:
    tokens = list(tokens)
    if not tokens:
        return None
    return [min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)]


def textacy_quotation_predictions(records: Mapping[str, str] | Iterable[dict], *,
                                  lexicon: Lexicon | None = None, pipeline: str | None = None,
                                  cache: bool = True) -> list[dict]:
    """The textacy baseline: direct quotations as attributions (see the module doc for the
    conversion). One gold-schema record per text, ``markers`` empty."""
    from textacy.extract import direct_quotations

    stances = _cue_stances(lexicon or default_lexicon())
    out = []
    for doc_id, doc in parse_records(records, pipeline=pipeline, cache=cache).items():
        by_cue: dict[tuple[int, int], dict] = {}
        try:
            triples = list(direct_quotations(doc))
        except (ValueError, IndexError):  # textacy refuses unbalanced quotation marks
            triples = []
        for triple in triples:
            cue = _char_span(triple.cue)
            if cue is None:
                continue
            cue_lemma = " ".join(t.lemma_.lower() for t in triple.cue)
            cue_text = " ".join(t.lower_ for t in triple.cue)
            stance = stances.get(cue_lemma) or stances.get(cue_text) or "neutral"
            content = [triple.content.start_char, triple.content.end_char]
            known = by_cue.get(tuple(cue))
            if known is not None:  # "A," she said, "B." is one relation
                known["content"] = [min(known["content"][0], content[0]),
                                    max(known["content"][1], content[1])]
                continue
            by_cue[tuple(cue)] = {"cue": cue, "source": _char_span(triple.speaker),
                                  "content": content, "kind": "direct",
                                  "source_type": textacy_source_type(triple.speaker),
                                  "stance": stance}
        relations = sorted(by_cue.values(), key=lambda r: r["cue"])
        out.append({"id": doc_id, "text": doc.text, "markers": [], "attributions": relations})
    return out
