"""Attribution relations: who says what, through which cue, with what stance.

(Interface in place; the detector is being written under issue 3.)
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from .lexicon import Lexicon

__all__ = ["Attribution", "find_attributions", "ATTRIBUTION_COLUMNS"]

ATTRIBUTION_COLUMNS = ["doc_id", "attribution_id", "cue_start", "cue_end", "cue", "source_start",
                       "source_end", "source", "source_head", "content_start", "content_end",
                       "content", "kind", "source_type", "stance", "speaker_id", "parent_id",
                       "rule"]


@dataclass(frozen=True)
class Attribution:
    """One attribution relation; absent spans are None. ``parent`` is the index (in the
    document's list) of the relation that relays this one, ``speaker`` a per-document id
    shared by coreferent sources."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    kind: str
    source_type: str
    stance: str
    source_head: tuple[int, int] | None = None
    speaker: int | None = None
    parent: int | None = None
    rule: str = ""


def find_attributions(doc: Doc, lexicon: Lexicon) -> list[Attribution]:
    """Attribution relations in ``doc`` (in text order of their cues)."""
    return []
