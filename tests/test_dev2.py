"""The second development set (evaluation/dev2): its make-up and its gold resolved from YAML."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys

from .conftest import ROOT, require_shared

DEV2 = ROOT / "evaluation" / "dev2"
BLIND = ROOT / "evaluation" / "blind"


def _rows(pattern: str, folder=DEV2) -> list[dict]:
    rows = []
    for path in sorted(folder.glob(pattern)):
        with path.open(encoding="utf-8") as handle:
            rows += list(csv.DictReader(handle))
    return rows


def test_every_text_has_its_origin_and_licence_and_is_not_in_the_blind_test():
    rows = _rows("sources.csv")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (DEV2 / "texts").glob("*.txt")}
    assert set(texts) == {r["id"] for r in rows}
    assert all(r["licence"].strip() and r["url"].strip() for r in rows)
    for row in rows:
        assert int(row["words"]) == len(re.findall(r"[A-Za-z]+", texts[row["id"]])), row["id"]
    blind = _rows("sources_batch*.csv", BLIND)
    assert not {r["url"].rstrip("/") for r in rows} & {r["url"].rstrip("/") for r in blind}
    assert not {r["id"] for r in rows} & {r["id"] for r in blind}


def test_the_gold_is_the_annotations_resolved():
    resolve = require_shared("gold", "resolve.py")
    yamls = sorted(p.name for p in (DEV2 / "annotations").glob("annotator*.yaml"))
    done = subprocess.run([sys.executable, str(resolve), "--stance", *yamls],
                          cwd=DEV2 / "annotations", capture_output=True, text=True, check=True)
    assert done.stdout == (DEV2 / "gold.jsonl").read_text(encoding="utf-8")
    ids = [json.loads(line)["id"] for line in done.stdout.splitlines()]
    assert sorted(ids) == sorted(r["id"] for r in _rows("sources.csv"))
