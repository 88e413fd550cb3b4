"""The blind test of evaluation/blind (issue 14): its make-up, and its test half frozen."""

from __future__ import annotations

import csv
import hashlib
import json
import re

from .conftest import ROOT

BLIND = ROOT / "evaluation" / "blind"
FROZEN_TEST = "2302fe631625fe85a04371851cd55b606988b3381312903f88f9b6552d19586f"


def _sources() -> list[dict]:
    rows = []
    for path in sorted(BLIND.glob("sources_batch*.csv")):
        with path.open(encoding="utf-8") as handle:
            rows += list(csv.DictReader(handle))
    return rows


def test_the_test_half_is_frozen():
    digest = hashlib.sha256((BLIND / "gold" / "test.jsonl").read_bytes()).hexdigest()
    assert digest == FROZEN_TEST, "gold/test.jsonl changed: the frozen test half is not edited"


def test_the_blind_test_is_as_large_and_varied_as_issue_14_asks():
    rows = _sources()
    assert len(rows) >= 40
    assert len({r["kind"] for r in rows}) >= 10
    assert all(r["licence"].strip() and r["url"].strip() for r in rows)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (BLIND / "texts").glob("*.txt")}
    assert set(texts) == {r["id"] for r in rows}
    assert sum(len(re.findall(r"[A-Za-z]+", t)) for t in texts.values()) >= 12_000


def test_every_text_is_in_exactly_one_half_and_both_annotations():
    halves = {}
    for half in ("dev", "test"):
        for line in (BLIND / "gold" / f"{half}.jsonl").read_text().splitlines():
            doc = json.loads(line)
            assert doc["id"] not in halves
            halves[doc["id"]] = half
            text = (BLIND / "texts" / f"{doc['id']}.txt").read_text(encoding="utf-8")
            assert doc["text"] == text.strip("\n")
            assert all("target" in m and "holder" in m for m in doc["markers"])
    assert set(halves) == {r["id"] for r in _sources()}
    with (BLIND / "split.csv").open(encoding="utf-8") as handle:
        assert {r["id"]: r["half"] for r in csv.DictReader(handle)} == halves
    for annotator in ("annotator1", "annotator2"):
        annotated = set()
        for path in (BLIND / annotator).glob("batch*.yaml"):
            annotated |= set(re.findall(r"^id: (\S+)", path.read_text(encoding="utf-8"),
                                        re.M))
        assert annotated == set(halves)
