"""The guard the error-analysis scripts share (``errors.py``, ``span_errors.py``,
``vetoes.py``): the blind test's frozen parts (its test half and its second set) are scored
once per round of changes and never read for error analysis.

A gold file is refused by its place (``evaluation/blind/gold/test*.jsonl``) and by what it
holds: a file anywhere with a document of the frozen parts (a copy, or a set pooled with
them) is refused too, naming one such document.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

#: where the blind test's gold lives
BLIND_GOLD = Path(__file__).resolve().parents[1] / "evaluation" / "blind" / "gold"
#: the frozen parts: the first set's test half and the second set
FROZEN_FILES = ("test.jsonl", "test2.jsonl")
_ADVICE = "use its dev half (evaluation/blind/gold/dev.jsonl)"


@cache
def frozen_ids(folder: Path = BLIND_GOLD) -> frozenset[str]:
    """The document ids of the frozen parts present in ``folder`` (none if it is absent),
    read once per folder (``vetoes.py`` checks every gold file it is given)."""
    ids: set[str] = set()
    for name in FROZEN_FILES:
        path = folder / name
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                ids.update(json.loads(line)["id"] for line in handle if line.strip())
    return frozenset(ids)


def refuse_frozen(path: Path, ids: Iterable[str] = (), folder: Path = BLIND_GOLD) -> None:
    """Exit with a message naming ``path`` if it is one of the frozen parts or if any of
    ``ids`` (the documents read from it) belongs to them."""
    if "blind" in path.parts and path.name.startswith("test"):
        raise SystemExit(f"{path}: the blind test's frozen parts are never used for error "
                         f"analysis; {_ADVICE}")
    held = set(ids) & frozen_ids(folder)
    if held:
        raise SystemExit(f"{path}: holds {len(held)} documents of the blind test's frozen "
                         f"parts (e.g. {min(held)}), which are never used for error analysis; "
                         f"{_ADVICE}")
