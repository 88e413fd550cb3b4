"""``scripts/vetoes.py``: gold markers the plain lexicon finds and the rules drop, filed under
the context rule that vetoes them; the vetoes the gold agrees with; the frozen parts refused."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from .conftest import ROOT


def _vetoes_module():
    spec = importlib.util.spec_from_file_location("vetoes_script", ROOT / "scripts" / "vetoes.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# permission *may* (vetoed by epistemic_modal), epistemic *may* (kept), *May* the month
# (vetoed, and not gold either)
TEXT = "You may apply online. The figures may be wrong. It closed in May 2020."


def _hedge(text: str, word: str, occurrence: int) -> dict:
    start = -1
    for _ in range(occurrence):
        start = text.index(word, start + 1)
    return {"start": start, "end": start + len(word), "text": word, "category": "hedge",
            "subtype": "modal"}


def _gold_file(tmp_path, markers):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "d", "text": TEXT, "markers": markers,
                                "attributions": []}) + "\n", encoding="utf-8")
    return path


def test_a_vetoed_gold_marker_is_filed_under_the_rule_that_rejects_it(tmp_path):
    path = _gold_file(tmp_path, [_hedge(TEXT, "may", 1), _hedge(TEXT, "may", 2)])
    table = _vetoes_module().vetoes([path], categories=["hedge"])
    assert table[["start", "text", "rule", "vetoed"]].to_dict("records") == [
        {"start": TEXT.index("may"), "text": "may", "rule": "epistemic_modal",
         "vetoed": "gold"}]
    assert table.sentence.tolist() == ["You [[may]] apply online."]


def test_rightly_adds_the_baseline_matches_the_rules_keep_out_that_are_not_gold(tmp_path):
    path = _gold_file(tmp_path, [_hedge(TEXT, "may", 2)])
    table = _vetoes_module().vetoes([path], categories=["hedge"], rightly=True)
    found = sorted(zip(table.text, table.vetoed, table.rule, strict=True))
    assert found == [("May", "not gold", "epistemic_modal"),
                     ("may", "not gold", "epistemic_modal")]


@pytest.mark.parametrize("name", ["test.jsonl", "test2.jsonl"])
def test_the_frozen_parts_of_the_blind_test_are_refused(tmp_path, name):
    frozen = tmp_path / "evaluation" / "blind" / "gold" / name
    frozen.parent.mkdir(parents=True)
    frozen.write_text(json.dumps({"id": "d", "text": TEXT, "markers": [],
                                  "attributions": []}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="frozen parts"):
        _vetoes_module().main([str(frozen)])
