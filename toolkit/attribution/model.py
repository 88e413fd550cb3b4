"""The attribution record and the columns of the attributions table (DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Attribution", "ATTRIBUTION_COLUMNS", "KINDS"]

ATTRIBUTION_COLUMNS = ["doc_id", "attribution_id", "cue_start", "cue_end", "cue", "source_start",
                       "source_end", "source", "source_head", "content_start", "content_end",
                       "content", "kind", "source_type", "stance", "speaker_id", "parent_id",
                       "rule"]
KINDS = ("direct", "mixed", "indirect", "according_to", "nominal")


@dataclass(frozen=True)
class Attribution:
    """One attribution relation; absent spans are None. ``parent`` is the index (in the
    document's list) of the relation that relays this one, ``speaker`` a per-document id
    shared by coreferent sources; ``rule`` names the rule and lexicon entry that fired
    (``verb:say``, ``noun:allegation``, ``hearsay:reportedly``, ``adjunct:according to``,
    ``speaker_label``; ``classifier:verb:quip`` for a verb or noun the lexicon does not list
    that the cue classifier accepted)."""

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
