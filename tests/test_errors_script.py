"""``scripts/errors.py``, the error-analysis listing: the referee's matching, and its refusal
of the blind test's frozen parts."""

from __future__ import annotations

import importlib.util
import json
import re
import sys

import pytest

from .conftest import ROOT


def _errors_module():
    spec = importlib.util.spec_from_file_location("errors_script", ROOT / "scripts" / "errors.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TEXT = "They firmly reject the deeply flawed report, a spokesman said."


def _marker(word: str, category: str) -> dict:
    start = TEXT.index(word)
    return {"start": start, "end": start + len(word), "category": category, "subtype": "x"}


def test_a_gold_span_matches_one_overlapping_prediction_of_its_category_only_once():
    errors = _errors_module().errors
    gold = {"d": {"text": TEXT, "attributions": [], "markers": [
        _marker("firmly", "intensifier"), _marker("deeply", "intensifier"),
        _marker("flawed", "evaluation")]}}
    # 'firm' overlaps 'firmly' (a match); 'deeply flawed' overlaps both the intensifier
    # 'deeply' (a match) and the evaluation 'flawed', which it cannot match: other category
    start = TEXT.index("deeply flawed")
    pred = {"d": {"attributions": [], "markers": [
        _marker("firm", "intensifier"), _marker("firmly", "intensifier"),
        {"start": start, "end": start + 13, "category": "intensifier", "subtype": "x"}]}}
    rows = errors(gold, pred)
    found = sorted((r["category"], r["kind"], r["text"]) for r in rows)
    assert found == [("evaluation", "missed", "flawed"), ("intensifier", "spurious", "firmly")]


def test_cues_are_matched_by_overlap_and_listed_under_cue():
    errors = _errors_module().errors
    said = [TEXT.index("said"), TEXT.index("said") + 4]
    reject = [TEXT.index("reject"), TEXT.index("reject") + 6]
    gold = {"d": {"text": TEXT, "markers": [], "attributions": [{"cue": said}]}}
    pred = {"d": {"markers": [], "attributions": [{"cue": reject}]}}
    rows = errors(gold, pred, attribution=True)
    assert sorted((r["kind"], r["text"]) for r in rows) == [("missed", "said"),
                                                            ("spurious", "reject")]


@pytest.mark.parametrize("name", ["test.jsonl", "test2.jsonl"])
def test_the_frozen_parts_of_the_blind_test_are_refused(tmp_path, name):
    module = _errors_module()
    frozen = tmp_path / "evaluation" / "blind" / "gold" / name
    frozen.parent.mkdir(parents=True)
    frozen.write_text(json.dumps({"id": "d", "text": TEXT, "markers": [],
                                  "attributions": []}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="frozen parts"):
        module.main([str(frozen), str(frozen)])


@pytest.mark.parametrize("name", ["test.jsonl", "test2.jsonl"])
def test_a_copy_of_a_frozen_document_is_refused_wherever_it_lies(tmp_path, name):
    module = _errors_module()
    frozen = ROOT / "evaluation" / "blind" / "gold" / name
    record = json.loads(frozen.read_text(encoding="utf-8").splitlines()[0])
    dev = json.loads((ROOT / "evaluation" / "blind" / "gold" / "dev.jsonl")
                     .read_text(encoding="utf-8").splitlines()[0])
    pooled = tmp_path / "pooled.jsonl"  # a dev document and a frozen one, under another name
    pooled.write_text(json.dumps(dev) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=re.escape(
            f"1 documents of the blind test's frozen parts (e.g. {record['id']})")):
        module.main([str(pooled), str(pooled)])
    alone = tmp_path / "dev.jsonl"  # the dev half alone is read
    alone.write_text(json.dumps(dev) + "\n", encoding="utf-8")
    module.main([str(alone), str(alone)])


def test_consistency_divides_the_missed_spans_by_how_the_gold_treats_their_words():
    module = _errors_module()
    texts = {"a": "They firmly reject it, deeply so.", "b": "They firmly deny it; deeply.",
             "c": "Very clearly, very deeply so."}
    marks = {"a": [("firmly", "intensifier"), ("deeply", "intensifier")],
             "b": [("firmly", "intensifier")], "c": [("clearly", "booster")]}
    gold = {doc: {"text": text, "attributions": [], "markers": [
        {"start": text.index(w), "end": text.index(w) + len(w), "category": c, "subtype": "x"}
        for w, c in marks[doc]]} for doc, text in texts.items()}
    # nothing predicted: every gold span is missed. 'firmly' is marked at both of its
    # occurrences, 'deeply' at one of three, 'clearly' occurs once
    rows = module.errors(gold, {})
    groups = module.consistency(gold, rows)
    at_least, fewer, once = module.CONSISTENCY_GROUPS
    assert groups["intensifier"] == {at_least: 2, fewer: 1}
    assert groups["booster"] == {once: 1}
