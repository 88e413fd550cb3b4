"""The project's held-out set (evaluation/heldout): the gold is in sync with its YAML, and the
toolkit's scores on it stay above floors set a few points below the scores measured on
2026-11-25 (evaluation/heldout/ERRORS.md), so that a regression in generalisation fails.

The held-out texts were annotated blind, by MARKERS.md, and are not in the dev gold.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "evaluation" / "heldout"

# Measured (score.py and toolkit.evaluate agree): F1 per category and for the attribution parts,
# accuracy for kind / source_type / stance. Floors are a few points below each.
MARKER_F1_FLOORS = {
    "intensifier": 0.76,   # measured 0.800
    "booster": 0.91,       # measured 0.955
    "hedge": 0.95,         # measured 1.000
    "downtoner": 0.85,     # measured 1.000 (4 gold spans: one miss gives 0.857)
    "evaluation": 0.79,    # measured 0.831
    "denial": 0.93,        # measured 0.967
    "micro": 0.86,         # measured 0.897
}
ATTRIBUTION_F1_FLOORS = {
    "cue": 0.77,           # measured 0.805
    "source": 0.74,        # measured 0.780
    "content": 0.61,       # measured 0.654
}
ATTRIBUTE_ACCURACY_FLOORS = {
    "kind_accuracy": 0.89,         # measured 0.938
    "source_type_accuracy": 0.86,  # measured 0.906
    "stance_accuracy": 0.95,       # measured 1.000
}


def _gold() -> list[dict]:
    with open(HELDOUT / "heldout.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="module")
def heldout_result():
    import toolkit
    from toolkit.evaluate import evaluate
    from toolkit.predict import to_gold_schema

    gold = _gold()
    frame = pd.DataFrame([{"doc_id": d["id"], "text": d["text"]} for d in gold])
    predicted = list(to_gold_schema(toolkit.analyze(frame)))
    return evaluate(predicted, gold)


def test_heldout_jsonl_is_the_resolved_yaml():
    from toolkit.evaluate import read_coding_yaml

    resolved = {d["id"]: d for d in read_coding_yaml(HELDOUT / "heldout.yaml")}
    gold = {d["id"]: d for d in _gold()}
    assert resolved.keys() == gold.keys()
    key = json.dumps
    for doc_id, doc in gold.items():
        assert resolved[doc_id]["text"] == doc["text"]
        for part in ("markers", "attributions"):
            assert sorted(map(key, resolved[doc_id][part])) == sorted(map(key, doc[part])), doc_id


def test_heldout_is_not_empty_and_covers_every_category():
    gold = _gold()
    categories = {m["category"] for d in gold for m in d["markers"]}
    assert len(gold) == 12
    assert categories == set(MARKER_F1_FLOORS) - {"micro"}
    assert sum(len(d["attributions"]) for d in gold) >= 90


@pytest.mark.parametrize("category", sorted(MARKER_F1_FLOORS))
def test_marker_f1_floor(heldout_result, category):
    f1 = heldout_result.scores["markers"][category]["f1"]
    assert f1 >= MARKER_F1_FLOORS[category], f"{category} F1 {f1} on the held-out set"


@pytest.mark.parametrize("part", sorted(ATTRIBUTION_F1_FLOORS))
def test_attribution_f1_floor(heldout_result, part):
    f1 = heldout_result.scores["attributions"][part]["f1"]
    assert f1 >= ATTRIBUTION_F1_FLOORS[part], f"attribution {part} F1 {f1} on the held-out set"


@pytest.mark.parametrize("key", sorted(ATTRIBUTE_ACCURACY_FLOORS))
def test_attribute_accuracy_floor(heldout_result, key):
    accuracy = heldout_result.scores["attributions"][key]
    assert accuracy >= ATTRIBUTE_ACCURACY_FLOORS[key], f"{key} {accuracy} on the held-out set"
