"""Attribution relations: who says what, through which cue, with what stance.

``find_attributions(doc, lexicon)`` finds the relations of MARKERS.md in a parsed Doc
(:mod:`toolkit.attribution.detect`, which runs one module per construction family:
:mod:`~toolkit.attribution.quotations`, :mod:`~toolkit.attribution.verbs` (its contents:
:mod:`~toolkit.attribution.verb_contents`),
:mod:`~toolkit.attribution.nouns`, :mod:`~toolkit.attribution.adjuncts`), reading the
reporting-cue lexicon (:mod:`toolkit.attribution.cues`) and typing and linking sources
(:mod:`toolkit.attribution.sources`). ``sources_table`` and ``attribution_chains`` turn an
analysis's attributions table into the views an analyst reads
(:mod:`toolkit.attribution.tables`).
"""

from __future__ import annotations

from .detect import find_attributions, quotation_spans
from .model import ATTRIBUTION_COLUMNS, KINDS, Attribution
from .sources import SOURCE_TYPES
from .tables import attribution_chains, sources_table

__all__ = ["Attribution", "find_attributions", "ATTRIBUTION_COLUMNS", "KINDS", "SOURCE_TYPES",
           "sources_table", "attribution_chains", "quotation_spans"]
