"""The blind test of evaluation/blind (issue 14): its make-up, and its test half frozen."""

from __future__ import annotations

import csv
import hashlib
import json
import re

import pytest

from .conftest import ROOT, require_shared

BLIND = ROOT / "evaluation" / "blind"
FROZEN_TEST = "2302fe631625fe85a04371851cd55b606988b3381312903f88f9b6552d19586f"
FROZEN_TEST2 = "8909e1d99f222f2306750feab082ed0b9f33f279810b239de8caed11ed3d0853"


def _blind_script():
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("blind_test_script",
                                                  ROOT / "scripts" / "blind_test.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


#: the script's own reading of the sets: its batches and its ``sources_batchN.csv`` rows
SCRIPT = _blind_script()
FIRST_SET, SECOND_SET = SCRIPT.FIRST_SET, SCRIPT.SECOND_SET
_sources = SCRIPT.sources


def test_the_test_half_is_frozen():
    digest = hashlib.sha256((BLIND / "gold" / "test.jsonl").read_bytes()).hexdigest()
    assert digest == FROZEN_TEST, "gold/test.jsonl changed: the frozen test half is not edited"


def test_the_second_set_is_frozen():
    digest = hashlib.sha256((BLIND / "gold" / "test2.jsonl").read_bytes()).hexdigest()
    assert digest == FROZEN_TEST2, "gold/test2.jsonl changed: the second frozen set is not edited"
    assert (FIRST_SET, SECOND_SET) == (("1", "2"), ("3", "4", "5", "6", "7"))


@pytest.mark.parametrize("batches", [FIRST_SET, SECOND_SET], ids=["first set", "second set"])
def test_each_set_is_as_large_and_varied_as_issue_14_asks(batches):
    rows = _sources(batches)
    assert len(rows) >= 40
    assert len({r["kind"] for r in rows}) >= 10
    assert all(r["licence"].strip() and r["url"].strip() for r in rows)
    texts = {r["id"]: (BLIND / "texts" / f"{r['id']}.txt").read_text(encoding="utf-8")
             for r in rows}
    assert sum(len(re.findall(r"[A-Za-z]+", t)) for t in texts.values()) >= 12_000


def test_the_texts_folder_holds_exactly_the_listed_texts():
    texts = {p.stem for p in (BLIND / "texts").glob("*.txt")}
    rows = _sources()
    assert texts == {r["id"] for r in rows} and len(rows) == len(texts)


def test_every_text_is_in_exactly_one_half_and_both_annotations():
    halves = {}
    for half in ("dev", "test", "test2"):
        for line in (BLIND / "gold" / f"{half}.jsonl").read_text().splitlines():
            doc = json.loads(line)
            assert doc["id"] not in halves
            halves[doc["id"]] = half
            text = (BLIND / "texts" / f"{doc['id']}.txt").read_text(encoding="utf-8")
            assert doc["text"] == text.strip("\n")
            assert all("target" in m and "holder" in m for m in doc["markers"])
    assert set(halves) == {r["id"] for r in _sources()}
    with (BLIND / "split.csv").open(encoding="utf-8") as handle:
        assert {r["id"]: r["half"] for r in csv.DictReader(handle)} == {
            doc_id: half for doc_id, half in halves.items() if half != "test2"}
    assert {doc_id for doc_id, half in halves.items() if half == "test2"} == {
        r["id"] for r in _sources(SECOND_SET)}
    for annotator in ("annotator1", "annotator2"):
        annotated = set()
        for path in (BLIND / annotator).glob("batch*.yaml"):
            annotated |= set(re.findall(r"^id: (\S+)", path.read_text(encoding="utf-8"),
                                        re.M))
        assert annotated == set(halves)


def test_each_f1_of_a_round_comes_with_its_bootstrap_interval_over_documents(tmp_path):
    script = _blind_script()
    texts = [f"Document {i}: the plan is groundless and not credible, critics said."
             for i in range(6)]

    def record(i: int, text: str, keep: bool) -> dict:
        start = text.index("groundless")
        markers = [{"start": start, "end": start + 10, "text": "groundless",
                    "category": "evaluation", "subtype": "negative"}]
        if keep:
            start = text.index("not")
            markers.append({"start": start, "end": start + 3, "text": "not",
                            "category": "denial", "subtype": "negation"})
        return {"id": f"d{i}", "text": text, "markers": markers, "attributions": []}

    gold, predicted = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text("".join(json.dumps(record(i, t, True)) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    predicted.write_text("".join(json.dumps(record(i, t, i % 2 == 0)) + "\n"
                                 for i, t in enumerate(texts)), encoding="utf-8")
    intervals = script.f1_intervals(gold, predicted)
    assert intervals["evaluation"] == (1.0, 1.0)  # right in every document
    low, high = intervals["micro"]  # 9 of 12 found: F1 0.857, uneven over the documents
    assert low < 2 * 9 / (12 + 9) < high and high <= 1.0
    result = {"markers": {name: {"precision": 1.0, "recall": 1.0, "f1": 1.0, "gold": 1}
                          for name in [*script.CATEGORIES, "micro"]},
              "attributions": {part: {"precision": None, "recall": None, "f1": None, "gold": 0}
                               for part in ("cue", "source", "content")}}
    table = script.score_table(result, intervals)
    assert table[0].startswith("| | P | R | F1 | F1 95 % CI | gold |")
    assert any(line.startswith("| evaluation | 1.000 | 1.000 | 1.000 | 1.000-1.000 | 1 |")
               for line in table)
    assert all(line.count("|") == table[0].count("|") for line in table[2:11])


def test_a_round_can_be_read_by_kind_of_source(tmp_path, monkeypatch):
    require_shared("gold", "score.py")
    script = _blind_script()
    text = "The plan is groundless, critics said."
    gold_docs = [{"id": f"d{i}", "text": text, "attributions": [], "markers": [
        {"start": 12, "end": 22, "text": "groundless", "category": "evaluation",
         "subtype": "negative", "target": [0, 8], "holder": "writer"}]} for i in range(3)]
    gold, predicted = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text("".join(json.dumps(d) + "\n" for d in gold_docs), encoding="utf-8")
    found = [dict(d, markers=d["markers"] if d["id"] != "d2" else []) for d in gold_docs]
    predicted.write_text("".join(json.dumps(d) + "\n" for d in found), encoding="utf-8")
    monkeypatch.setattr(script, "sources", lambda *batches: [
        {"id": "d0", "kind": "news_report"}, {"id": "d1", "kind": "news_report"},
        {"id": "d2", "kind": "legal"}])
    table = script.kind_table(gold, predicted, tmp_path)
    assert table[2].startswith("| legal | 1 | 1 | 0.000 | 0 | – |")  # missed; no cue to score
    assert table[3].startswith("| news_report | 2 | 2 | 1.000 | 0 | – |")
