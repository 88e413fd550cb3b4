"""Analyses built by hand for the statistics tests: the tables of DESIGN.md, no parsing, so
each test knows every count it checks (marker detection changes while these tests stay)."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from toolkit.analysis import MARKER_COLUMNS
from toolkit.attribution import ATTRIBUTION_COLUMNS


def make_analysis(documents: list[dict], markers: list[dict],
                  attributions: list[dict] | None = None,
                  texts: dict[str, str] | None = None) -> SimpleNamespace:
    """``documents``: dicts with doc_id, words and metadata; ``markers``: dicts with at
    least doc_id and category (start, end, position... filled in when missing)."""
    docs = pd.DataFrame(documents)
    docs.insert(2, "tokens", docs["words"])
    docs.insert(3, "sentences", 1)
    texts = texts or {d["doc_id"]: "x " * d["words"] for d in documents}
    rows = []
    for m in markers:
        row = {"start": 0, "end": 1, "text": m.get("lemma", "x"), "subtype": None,
               "lemma": "x", "sentence": 0, "position": 0.0, "rule": "test",
               "reference": "test", **m}
        rows.append(row)
    marks = pd.DataFrame(rows, columns=MARKER_COLUMNS)
    attrs = pd.DataFrame(attributions or [], columns=ATTRIBUTION_COLUMNS)
    return SimpleNamespace(documents=docs, markers=marks, attributions=attrs, texts=texts)


def repeat(n: int, **marker) -> list[dict]:
    """``n`` copies of one marker row."""
    return [dict(marker) for _ in range(n)]
