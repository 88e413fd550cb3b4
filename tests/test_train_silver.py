"""``scripts/train_silver.py`` (the training sets of the learned model, the best step read off
spaCy's log) and ``scripts/tune_combined.py`` (its refusal of the sets never scored)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from toolkit import learned

from .conftest import ROOT


def _script(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_script",
                                                  ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


train_silver = _script("train_silver")

LOG = """E    #       LOSS TOK2VEC  LOSS SPANCAT  SPANS_SC_F  SPANS_SC_P  SPANS_SC_R  SCORE
---  ------  ------------  ------------  ----------  ----------  ----------  ------
  0       0        136.73       3136.50        0.20        0.10       46.95    0.00
  1     400          6.32       3271.68       58.12       86.92       43.66    0.58
  3     800          3.64       2355.52       65.51       85.61       53.05    0.66
  4    1000          4.64       2328.63       65.90       85.13       53.76    0.66
  5    1200          5.39       2281.16       60.76       84.53       55.16    0.61
\u2714 Saved pipeline to output directory
"""


def test_the_best_step_is_the_first_of_the_highest_scores():
    assert train_silver._best_step(LOG) == 800
    assert train_silver._best_step("no table here") is None


def test_the_training_sets_never_include_the_sets_scored_unread():
    paths = [str(p) for p in train_silver.TRAINING_SETS.values()]
    assert not [p for p in paths if "test.jsonl" in p or "test2.jsonl" in p or "dev3" in p
                or p.endswith("#held")]
    assert train_silver.TRAINING_SETS["silver"].exists()
    # dev7 trains on its analysis half only
    assert str(train_silver.TRAINING_SETS["dev7"]).endswith("gold.jsonl#analysis")


def test_a_half_of_a_split_set_is_read_by_its_split(tmp_path):
    from toolkit.linear import gold_records, half_ids

    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"id": i, "text": "x"}) + "\n" for i in "abc"))
    (tmp_path / "split.csv").write_text("id,half\na,analysis\nb,held\nc,analysis\n")
    assert [r["id"] for r in gold_records([f"{gold}#analysis"])] == ["a", "c"]
    assert [r["id"] for r in gold_records([gold])] == ["a", "b", "c"]
    assert half_ids(tmp_path / "split.csv", "held") == {"b"}
    with pytest.raises(ValueError, match="split.csv: no document in half 'other'"):
        gold_records([f"{gold}#other"])


def test_absent_sets_are_skipped_and_silver_is_required(tmp_path, monkeypatch, capsys):
    silver = tmp_path / "silver.jsonl"
    silver.write_text(json.dumps({"id": "a", "text": "x", "markers": [],
                                  "attributions": []}) + "\n\n")
    monkeypatch.setattr(train_silver, "TRAINING_SETS",
                        {"silver": silver, "dev9": tmp_path / "absent.jsonl"})
    sets = train_silver.training_sets(["silver", "dev9"])
    assert list(sets) == ["silver"] and [r["id"] for r in sets["silver"]] == ["a"]
    assert "dev9" in capsys.readouterr().out
    silver.unlink()
    with pytest.raises(SystemExit, match="silver.jsonl is missing"):
        train_silver.training_sets(["silver"])


def test_a_packaged_config_names_no_training_files(tmp_path):
    config = tmp_path / "config.cfg"
    config.write_text('[paths]\ntrain = "/machine/a/train.spacy"\ndev = "/machine/a/dev.spacy"\n'
                      'vectors = null\n\n[corpora.train]\npath = ${paths.train}\n')
    train_silver.unset_corpus_paths(config)
    assert config.read_text() == ("[paths]\ntrain = null\ndev = null\nvectors = null\n\n"
                                  "[corpora.train]\npath = ${paths.train}\n")
    shipped = (learned.MODEL_DIR / "config.cfg").read_text()
    assert "train = null" in shipped and "dev = null" in shipped


def test_the_shipped_model_names_the_sets_it_saw():
    meta = json.loads((learned.MODEL_DIR / "meta.json").read_text())
    training = meta["stance_toolkit_training"]
    assert "silver" in training["sets"]
    assert set(training["sets"]) <= set(train_silver.TRAINING_SETS)
    assert all(entry["texts"] > entry["held_out"] >= 1 for entry in training["sets"].values())
    assert (learned.MODEL_DIR / "LICENSE-en_core_web_sm").exists()


@pytest.mark.parametrize("gold", ["evaluation/dev3/gold.jsonl",
                                  "evaluation/blind/gold/test.jsonl",
                                  "evaluation/blind/gold/test2.jsonl",
                                  "evaluation/dev13/gold.jsonl",
                                  "evaluation/dev7/gold.jsonl"])
def test_tune_combined_refuses_the_sets_never_scored(gold):
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "tune_combined.py"),
                           "--gold", gold], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode != 0
    assert "never scored here" in done.stderr
