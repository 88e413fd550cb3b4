"""The development sets evaluation/dev2 to dev28: make-up (origin, licence, no text in an
earlier set), gold resolved from the YAML annotations."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys

import pytest

from .conftest import ROOT, require_shared

DEV2 = ROOT / "evaluation" / "dev2"
DEV3 = ROOT / "evaluation" / "dev3"
DEV4 = ROOT / "evaluation" / "dev4"
DEV5 = ROOT / "evaluation" / "dev5"
DEV6 = ROOT / "evaluation" / "dev6"
DEV7 = ROOT / "evaluation" / "dev7"
DEV8 = ROOT / "evaluation" / "dev8"
DEV9 = ROOT / "evaluation" / "dev9"
DEV10 = ROOT / "evaluation" / "dev10"
DEV11 = ROOT / "evaluation" / "dev11"
DEV12 = ROOT / "evaluation" / "dev12"
DEV13 = ROOT / "evaluation" / "dev13"
DEV14 = ROOT / "evaluation" / "dev14"
DEV15 = ROOT / "evaluation" / "dev15"
DEV16 = ROOT / "evaluation" / "dev16"
DEV17 = ROOT / "evaluation" / "dev17"
DEV18 = ROOT / "evaluation" / "dev18"
DEV19 = ROOT / "evaluation" / "dev19"
DEV20 = ROOT / "evaluation" / "dev20"
DEV21 = ROOT / "evaluation" / "dev21"
DEV22 = ROOT / "evaluation" / "dev22"
DEV23 = ROOT / "evaluation" / "dev23"
DEV24 = ROOT / "evaluation" / "dev24"
DEV25 = ROOT / "evaluation" / "dev25"
DEV26 = ROOT / "evaluation" / "dev26"
DEV27 = ROOT / "evaluation" / "dev27"
DEV28 = ROOT / "evaluation" / "dev28"
BLIND = ROOT / "evaluation" / "blind"
#: the sets in the order they were made: each must share no text with the ones before it
ORDER = [DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13, DEV14,
         DEV15, DEV16, DEV17, DEV18, DEV19, DEV20, DEV21, DEV22, DEV23, DEV24, DEV25, DEV26,
         DEV27, DEV28]
SETS = pytest.mark.parametrize("folder", ORDER, ids=[folder.name for folder in ORDER])


def _rows(pattern: str, folder=DEV2) -> list[dict]:
    rows = []
    for path in sorted(folder.glob(pattern)):
        with path.open(encoding="utf-8") as handle:
            rows += list(csv.DictReader(handle))
    return rows


@SETS
def test_every_text_has_its_origin_and_licence_and_is_not_in_an_earlier_set(folder):
    rows = _rows("sources.csv", folder)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (folder / "texts").glob("*.txt")}
    assert set(texts) == {r["id"] for r in rows}
    assert all(r["licence"].strip() and r["url"].strip() for r in rows)
    for row in rows:
        assert int(row["words"]) == len(re.findall(r"[A-Za-z]+", texts[row["id"]])), row["id"]
    earlier = ORDER[:ORDER.index(folder)]
    blind = _rows("sources_batch*.csv", BLIND) + [row for other in earlier
                                                  for row in _rows("sources.csv", other)]
    assert not {r["url"].rstrip("/") for r in rows} & {r["url"].rstrip("/") for r in blind}
    assert not {r["id"] for r in rows} & {r["id"] for r in blind}


@SETS
def test_the_gold_is_the_annotations_resolved(folder):
    resolve = require_shared("gold", "resolve.py")
    yamls = sorted(p.name for p in (folder / "annotations").glob("annotator*.yaml"))
    done = subprocess.run([sys.executable, str(resolve), "--stance", *yamls],
                          cwd=folder / "annotations", capture_output=True, text=True, check=True)
    assert done.stdout == (folder / "gold.jsonl").read_text(encoding="utf-8")
    ids = [json.loads(line)["id"] for line in done.stdout.splitlines()]
    assert sorted(ids) == sorted(r["id"] for r in _rows("sources.csv", folder))


def test_dev7_is_split_by_text_into_an_analysis_half_and_a_held_half():
    """dev7's held half stays unread: every text is in exactly one half, each annotator's
    (genre group's) texts alternate between the halves."""
    split = {r["id"]: r["half"] for r in _rows("split.csv", DEV7)}
    rows = _rows("sources.csv", DEV7)
    assert set(split) == {r["id"] for r in rows}
    assert set(split.values()) == {"analysis", "held"}
    for annotator in {r["annotator"] for r in rows}:
        ids = sorted(r["id"] for r in rows if r["annotator"] == annotator)
        assert [split[i] for i in ids] == [("analysis", "held")[k % 2] for k in range(len(ids))]
