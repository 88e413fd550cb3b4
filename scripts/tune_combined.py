"""Choose the thresholds of the ``combined`` engine (toolkit.learned) on a tuning set.

    python scripts/tune_combined.py [--gold evaluation/dev5/gold.jsonl ...] [--model DIR]

Parses the gold texts once, runs the rules and the span categorizer once (every span the
model scores at least 0.05), then scores as the referee does (``toolkit.evaluate``, tested to
agree exactly with ``shared/gold/score.py``):

- markers: the rules' markers plus the model's markers of at least T that no rule marker of
  the same category overlaps (``combine_markers``), for each T, and the rules alone; the
  same with only the model's markers of words no lexicon lists (``new_words_only``), and
  with only one category's model markers at a time (``only``: the per-category thresholds);
- cues: the rules' attributions plus the model's cues of at least C that overlap no rule cue
  (``model_attributions``), for each C, and the rules' attributions alone.

Markers and attributions are scored independently, so the two sweeps are
independent. The thresholds in toolkit/learned.py were chosen with this script on
``evaluation/dev5`` (the default) with a model trained on every other training set
(``train_silver.py train --sets`` all but dev5 ``--no-package``, then ``--model``), and since
0.7.21 on dev5, dev21 and dev22 scored as one set (``--gold`` with the three, a model trained
without them; each set also alone, since a category joins only where each gains), since
0.7.22 with dev23 as a fourth; until
0.7.1 the tuning set was the blind test's dev half, on which the rules were developed. It
refuses the sets kept unread: the blind test's two frozen parts, evaluation/dev3,
evaluation/dev13 and dev7's held half (dev7's gold unless it is its ``#analysis`` half).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
MARKER_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99)
CUE_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99)
FORBIDDEN = ("test.jsonl", "test2.jsonl", "/dev3/", "/dev13/")


def _relation_record(rel) -> dict:
    return {"cue": list(rel.cue), "source": None if rel.source is None else list(rel.source),
            "content": None if rel.content is None else list(rel.content), "kind": rel.kind,
            "source_type": rel.source_type, "stance": rel.stance}


def sweep(gold_paths: list[Path], model: Path | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Markers (one row per threshold, ``None`` = rules alone) and cues (likewise)."""
    import toolkit
    from toolkit import learned
    from toolkit.predict import to_gold_schema

    if model is not None:
        learned.MODEL_DIR = model
        learned._model.cache_clear()
    from toolkit.evaluate import evaluate, load_records
    from toolkit.lexicon import CATEGORIES

    gold = load_records(list(gold_paths), name="gold")
    documents = pd.DataFrame([{"doc_id": k, "text": d["text"]} for k, d in gold.items()])
    analysis = toolkit.analyze(documents, engine="rules")
    rules = {r["id"]: r for r in to_gold_schema(analysis)}
    spans, docs = {}, {}
    for doc_id, doc in analysis.docs():
        spans[doc_id] = learned.model_spans(doc, threshold=0.05)
        docs[doc_id] = doc

    from toolkit.lexicon import default_lexicon
    from toolkit.markers.evaluation import excluded_words

    entries = default_lexicon().entries
    known_terms = set(zip(entries["term"].str.lower(), entries["category"], strict=True))
    excluded = excluded_words()

    def novel(row: dict, doc) -> bool:
        """The span's words are no lexicon entry of its category (nor an excluded evaluation
        word): the rules have not already decided on them."""
        span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
        forms = {row["text"].lower()}
        if span is not None:
            forms.add(" ".join(t.lemma_.lower() for t in span))
        if row["category"] == "evaluation" and forms & excluded:
            return False
        return not any((form, row["category"]) in known_terms for form in forms)

    def scored(threshold: float | None, cue_threshold: float | None,
               novel_only: bool = False, category: str | None = None) -> dict:
        predicted = {}
        for doc_id, record in rules.items():
            doc = docs[doc_id]
            markers = record["markers"]
            if threshold is not None:
                rows = learned.model_marker_rows(doc_id, doc, spans[doc_id])
                if novel_only:
                    rows = [r for r in rows if novel(r, doc)]
                if category is not None:
                    rows = [r for r in rows if r["category"] == category]
                markers = learned.combine_markers(markers, rows, threshold=threshold,
                                                  category_thresholds={})
            attributions = list(record["attributions"])
            if cue_threshold is not None:  # as the engine builds them (model_attributions)
                attributions = [_relation_record(r) for r in learned.model_attributions(
                    doc, None, spans[doc_id], cue_threshold)]
            predicted[doc_id] = {"id": doc_id, "markers": markers, "attributions": attributions}
        return evaluate(predicted, gold).scores

    marker_rows, cue_rows = [], []
    for threshold, novel_only, category in [
            (None, False, None), *((t, False, None) for t in MARKER_THRESHOLDS),
            *((t, True, None) for t in MARKER_THRESHOLDS),
            *((t, False, c) for c in CATEGORIES for t in MARKER_THRESHOLDS)]:
        result = scored(threshold, None, novel_only, category)["markers"]
        row = {"threshold": "rules" if threshold is None else threshold,
               "new_words_only": novel_only, "only": category or "all"}
        for part in ("precision", "recall", "f1"):
            row[part] = result["micro"][part]
        row["predicted"] = result["micro"]["predicted"]
        row.update({category: result[category]["f1"] for category in CATEGORIES})
        marker_rows.append(row)
    for cue_threshold in (None, *CUE_THRESHOLDS):
        result = scored(None, cue_threshold)["attributions"]
        row = {"cue_threshold": "rules" if cue_threshold is None else cue_threshold}
        for part in ("cue", "source", "content"):
            for measure in ("precision", "recall", "f1"):
                row[f"{part}_{measure[0]}"] = result[part][measure]
        row["predicted"] = result["cue"]["predicted"]
        cue_rows.append(row)
    return pd.DataFrame(marker_rows), pd.DataFrame(cue_rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, nargs="+",
                        default=[ROOT / "evaluation" / "dev5" / "gold.jsonl"],
                        help="gold files, scored as one set (default: evaluation/dev5)")
    parser.add_argument("--model", type=Path, default=None,
                        help="a spancat model directory (default: the packaged model)")
    parser.add_argument("--json", type=Path, default=None, help="also write both tables here")
    args = parser.parse_args()
    for path in args.gold:
        resolved = str(path.resolve())
        if any(part in resolved for part in FORBIDDEN) or (
                "/dev7/" in resolved and not str(path).endswith("#analysis")):
            sys.exit(f"{path}: the sets kept unread (the frozen parts, dev3, dev13, dev7's held "
                     "half) are never scored here")
    markers, cues = sweep(args.gold, args.model)
    with pd.option_context("display.width", 200, "display.max_columns", 30):
        print(markers.to_string(index=False))
        print()
        print(cues.to_string(index=False))
    if args.json is not None:
        args.json.write_text(json.dumps({"markers": markers.to_dict("records"),
                                         "cues": cues.to_dict("records")}, indent=1))


if __name__ == "__main__":
    main()
