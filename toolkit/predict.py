"""Predictions in the gold schema of shared/MARKERS.md (what ``score.py`` reads)."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .analysis import Analysis, SkippedDocumentsWarning, analyze
from .corpus import Problem, iter_corpus
from .lexicon import Lexicon

__all__ = ["to_gold_schema", "predict_file"]


def _span(start, end) -> list[int] | None:
    return None if pd.isna(start) else [int(start), int(end)]


def to_gold_schema(analysis: Analysis) -> Iterable[dict]:
    """One dict per document: ``id``, ``text``, ``markers``, ``attributions`` (gold schema)."""
    markers = analysis.markers.groupby("doc_id", sort=False)
    attributions = analysis.attributions.groupby("doc_id", sort=False)
    marker_groups = {k: g for k, g in markers}
    attribution_groups = {k: g for k, g in attributions}
    for doc_id, text in analysis.texts.items():
        m = marker_groups.get(doc_id, analysis.markers.iloc[0:0])
        a = attribution_groups.get(doc_id, analysis.attributions.iloc[0:0])
        yield {
            "id": doc_id,
            "text": text,
            "markers": [{"start": int(r.start), "end": int(r.end), "text": r.text,
                         "category": r.category, "subtype": r.subtype, "rule": r.rule,
                         "target": _span(r.target_start, r.target_end),
                         "holder": "writer" if r.holder == "writer" or pd.isna(r.holder_start)
                         else [int(r.holder_start), int(r.holder_end)]}
                        for r in m.itertuples(index=False)],
            "attributions": [{"cue": [int(r.cue_start), int(r.cue_end)],
                              "source": _span(r.source_start, r.source_end),
                              "content": _span(r.content_start, r.content_end),
                              "kind": r.kind, "source_type": r.source_type,
                              "stance": r.stance} for r in a.itertuples(index=False)],
        }


def predict_file(path: str | Path, *, lexicon: Lexicon | None = None, cache: bool = True,
                 pipeline: str | None = None, engine: str = "rules"
                 ) -> tuple[list[dict], list[Problem]]:
    """Predictions for every ``{"id", "text"}`` line of a JSONL file, in the order of the
    file, and the problems: lines skipped (``severity="error"``: no id, malformed JSON, a
    duplicate id, a text that is not a string, a document the analysis failed on) and
    warnings, from reading and from the analysis. A line with an id and an empty, blank or
    missing text gets a record with empty ``markers`` and ``attributions`` (a warning), as
    a gold file may hold such a document. ``engine``: see :func:`toolkit.analyze`."""
    problems: list[Problem] = []
    records = list(iter_corpus(path, problems, keep_empty=True))
    texts = [r for r in records if not r.get("_empty")]
    predicted: dict[str, dict] = {}
    if texts:
        documents = pd.DataFrame([{"doc_id": r["doc_id"], "text": r["text"]} for r in texts])
        documents.attrs["where"] = {r["doc_id"]: r["_where"] for r in texts}
        with warnings.catch_warnings():  # each skipped document is in the problems
            warnings.simplefilter("ignore", SkippedDocumentsWarning)
            analysis = analyze(documents, lexicon=lexicon, cache=cache, pipeline=pipeline,
                               engine=engine)
        problems.extend(Problem(p["where"], p["doc_id"], p["reason"],
                                p.get("severity", "error")) for p in analysis.problems)
        predicted = {r["id"]: r for r in to_gold_schema(analysis)}
    out = []
    for record in records:
        if record.get("_empty"):
            out.append({"id": record["doc_id"], "text": record["text"], "markers": [],
                        "attributions": []})
        elif record["doc_id"] in predicted:
            out.append(predicted[record["doc_id"]])
    return out, problems


def write_jsonl(records: Iterable[dict], handle) -> None:
    """Write records as JSON lines (UTF-8, non-ASCII kept)."""
    for record in records:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
