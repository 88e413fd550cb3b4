"""toolkit.evaluate: the scorer agrees with shared/gold/score.py; errors; agreement."""

from __future__ import annotations

import copy
import json
import math
import random
import subprocess
import sys

import pandas as pd
import pytest

from toolkit.evaluate import GoldFormatError, agreement, evaluate, load_records

from .conftest import require_shared

TEXT = ("The report is grossly unfair and the figures may be wrong, a spokesman said. "
        "We never accepted it.")


def _span(word: str, text: str = TEXT, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def _marker(word, category, subtype):
    start, end = _span(word)
    return {"start": start, "end": end, "text": word, "category": category, "subtype": subtype}


GOLD = {
    "id": "d1", "text": TEXT,
    "markers": [_marker("grossly", "intensifier", "amplifier"),
                _marker("unfair", "evaluation", "negative"),
                _marker("may", "hedge", "modal"),
                _marker("never", "booster", "absolute"),
                _marker("never", "denial", "negation")],
    "attributions": [{"cue": list(_span("said")), "source": list(_span("a spokesman")),
                      "content": [0, _span("wrong")[1]], "kind": "indirect",
                      "source_type": "official_role", "stance": "neutral"}],
}


def test_hand_built_prediction_counts_and_errors():
    pred = copy.deepcopy(GOLD)
    pred["markers"] = [_marker("grossly", "intensifier", "maximizer"),  # TP, wrong subtype
                       _marker("report", "evaluation", "negative"),     # FP
                       _marker("may", "hedge", "modal"),                # TP
                       _marker("never", "denial", "negation")]          # TP; booster FN
    pred["attributions"][0] = dict(pred["attributions"][0], source=list(_span("spokesman")),
                                   stance="distancing")
    result = evaluate([pred], [GOLD])
    markers = result.scores["markers"]
    assert markers["intensifier"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1,
                                      "predicted": 1, "gold": 1, "subtype_accuracy": 0.0}
    assert (markers["evaluation"]["tp"], markers["evaluation"]["predicted"]) == (0, 1)
    assert markers["booster"]["recall"] == 0.0
    assert markers["micro"] == {"precision": 0.75, "recall": 0.6, "f1": 0.6667, "tp": 3,
                                "predicted": 4, "gold": 5}
    attributions = result.scores["attributions"]
    assert attributions["source"]["tp"] == 1  # the head 'spokesman' names the gold source
    assert attributions["stance_accuracy"] == 0.0
    assert attributions["kind_accuracy"] == 1.0
    errors = result.errors.set_index(["category", "error"])
    assert errors.loc[("evaluation", "false_positive"), "text"] == "report"
    assert errors.loc[("evaluation", "false_negative"), "text"] == "unfair"
    assert errors.loc[("booster", "false_negative"), "sentence"] == "We never accepted it."
    assert errors.loc[("intensifier", "wrong_subtype"), "predicted_subtype"] == "maximizer"
    assert errors.loc[("attribution", "wrong_stance"), "detail"] == ("gold neutral, predicted "
                                                                     "distancing")
    assert errors.loc[("evaluation", "false_positive"), "sentence"].startswith("The report is")
    subtype = result.markers.query("level == 'subtype' and subtype == 'amplifier'").iloc[0]
    assert (subtype["tp"], subtype["predicted"], subtype["gold"]) == (0, 0, 1)


def test_perfect_prediction_scores_one_and_has_no_errors():
    result = evaluate([GOLD], [GOLD])
    assert result.scores["markers"]["micro"]["f1"] == 1.0
    assert result.scores["attributions"]["content"]["f1"] == 1.0
    assert result.errors.empty


def test_missing_prediction_counts_as_empty_and_omits_attribute_accuracies():
    result = evaluate([], [GOLD])
    assert result.scores["markers"]["micro"]["recall"] == 0.0
    assert "kind_accuracy" not in result.scores["attributions"]
    assert set(result.errors["error"]) == {"false_negative"}
    assert len(result.errors) == 6


@pytest.mark.parametrize("bad, message", [
    ([GOLD, GOLD], "duplicate id 'd1'"),
    ([{"text": "x"}], "no 'id'"),
])
def test_bad_records_raise_naming_the_problem(bad, message):
    with pytest.raises(GoldFormatError, match=message):
        load_records(bad, name="gold")


def test_gold_without_text_is_refused():
    with pytest.raises(GoldFormatError, match="needs the statement's 'text'"):
        evaluate([], [{"id": "x", "markers": [], "attributions": []}])


def test_text_mismatch_is_a_warning_like_score_py():
    pred = dict(GOLD, text=TEXT.upper())
    with pytest.warns(UserWarning, match="predicted text differs"):
        result = evaluate([pred], [GOLD])
    assert result.warnings == ["d1: predicted text differs from the gold text"]


# --- agreement with the referee, shared/gold/score.py, on perturbed dev gold ---------------

def _perturb(records: list[dict], how: str, seed: int) -> list[dict]:
    """Predictions built from the gold: drop, shift, relabel, stretch or add spans."""
    rng = random.Random(seed)
    out = copy.deepcopy(records)
    cats = ["intensifier", "booster", "hedge", "downtoner", "evaluation", "denial"]
    for doc in out:
        n = len(doc["text"])
        if how == "drop":
            doc["markers"] = [m for m in doc["markers"] if rng.random() > 0.3]
            doc["attributions"] = [r for r in doc["attributions"] if rng.random() > 0.3]
        elif how == "shift":
            for m in doc["markers"]:
                k = rng.choice([-12, -3, 0, 2, 8])
                m["start"], m["end"] = max(0, m["start"] + k), min(n, m["end"] + k)
            for r in doc["attributions"]:
                k = rng.choice([-9, 0, 4])
                r["cue"] = [max(0, r["cue"][0] + k), min(n, r["cue"][1] + k)]
        elif how == "relabel":
            for m in doc["markers"]:
                if rng.random() < 0.3:
                    m["category"] = rng.choice(cats)
                if rng.random() < 0.3:
                    m["subtype"] = "other"
            for r in doc["attributions"]:
                for key, values in (("kind", ["direct", "indirect", "nominal"]),
                                    ("stance", ["neutral", "distancing", "opposing"]),
                                    ("source_type", ["none", "institution", "anonymous"])):
                    if rng.random() < 0.4:
                        r[key] = rng.choice(values)
        elif how == "spans":
            for r in doc["attributions"]:
                choice = rng.random()
                if choice < 0.25:
                    r["source"] = None
                elif choice < 0.5 and r["source"]:
                    r["source"] = [max(0, r["source"][0] - 40), r["source"][1]]
                elif choice < 0.75:
                    r["content"] = None if r["content"] else [0, min(n, 30)]
                elif r["content"]:
                    r["content"] = [r["content"][0], (r["content"][0] + r["content"][1]) // 2]
        elif how == "extra":
            for _ in range(5):
                start = rng.randrange(0, max(1, n - 10))
                doc["markers"].append({"start": start, "end": start + rng.randrange(1, 10),
                                       "category": rng.choice(cats), "subtype": "x"})
                doc["attributions"].append({"cue": [start, start + 4], "source": None,
                                            "content": None, "kind": "direct",
                                            "source_type": "none", "stance": "neutral"})
            rng.shuffle(doc["markers"])
            rng.shuffle(doc["attributions"])
    if how == "subset":
        out = out[::2]
    if how == "foreign":
        out.append({"id": "not-in-gold", "markers": [], "attributions": []})
    return out


@pytest.fixture(scope="module")
def dev_gold():
    paths = [require_shared("gold", "seed.jsonl"), require_shared("gold", "dev_extra.jsonl")]
    score_py = require_shared("gold", "score.py")
    records = [json.loads(line) for p in paths for line in p.read_text("utf-8").splitlines()
               if line.strip()]
    return paths, score_py, records


@pytest.mark.parametrize("how", ["identity", "drop", "shift", "relabel", "spans", "extra",
                                 "subset", "foreign", "empty"])
@pytest.mark.parametrize("seed", [0, 1])
def test_scores_equal_score_py_on_perturbed_dev_gold(dev_gold, tmp_path, how, seed):
    paths, score_py, records = dev_gold
    if how == "empty":
        pred = [{"id": r["id"], "markers": [], "attributions": []} for r in records]
    else:
        pred = _perturb(records, how, seed)
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(r) + "\n" for r in pred), encoding="utf-8")
    referee = subprocess.run([sys.executable, str(score_py), *map(str, paths), str(pred_path),
                              "--json"], capture_output=True, text=True, check=True)
    expected = json.loads(referee.stdout)
    assert evaluate(pred_path, paths).scores == expected
    assert evaluate(pred, records).scores == expected


def test_error_list_accounts_for_every_miss(dev_gold):
    _, _, records = dev_gold
    pred = _perturb(records, "drop", 3)
    result = evaluate(pred, records)
    for cat, row in result.scores["markers"].items():
        if cat == "micro":
            continue
        errs = result.errors[(result.errors["category"] == cat)]
        assert (errs["error"] == "false_negative").sum() == row["gold"] - row["tp"]
        assert (errs["error"] == "false_positive").sum() == row["predicted"] - row["tp"]
    fn = result.errors[result.errors["error"] == "false_negative"]
    assert fn["sentence"].str.len().gt(0).all()
    assert all(w in s.lower() for w, s in zip(fn["word"], fn["sentence"], strict=True))
    texts = {r["id"]: r["text"] for r in records}
    for row in fn.itertuples():
        assert texts[row.doc_id][row.sentence_start:].startswith(row.sentence)
        assert row.sentence_start <= row.start < row.sentence_start + len(row.sentence)


# --- agreement -----------------------------------------------------------------------------

def _cohen_kappa(a: list[str], b: list[str]) -> float:
    """Cohen (1960) from the confusion counts, computed without NLTK."""
    n = len(a)
    labels = set(a) | set(b)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    expected = sum((a.count(k) / n) * (b.count(k) / n) for k in labels)
    return (observed - expected) / (1 - expected)


def _alpha_nominal(a: list[str], b: list[str]) -> float:
    """Krippendorff's alpha, two coders, nominal data, no missing values (coincidences)."""
    pooled = a + b
    n = len(pooled)
    disagree = sum(x != y for x, y in zip(a, b, strict=True))
    d_o = 2 * disagree / n
    counts = pd.Series(pooled).value_counts()
    d_e = (n * n - (counts**2).sum()) / (n * (n - 1))
    return 1 - d_o / d_e


def test_token_agreement_equals_independent_kappa_and_alpha():
    other = copy.deepcopy(GOLD)
    other["markers"] = [m for m in other["markers"] if m["category"] != "evaluation"]
    other["markers"].append(_marker("report", "evaluation", "negative"))
    other["markers"].append(_marker("wrong", "evaluation", "negative"))
    table = agreement([GOLD], [other], unit="token").set_index("category")
    words = [w for w in TEXT.replace(",", " ").replace(".", " ").split()]
    gold_lab = ["evaluation" if w == "unfair" else "none" for w in words]
    other_lab = ["evaluation" if w in ("report", "wrong") else "none" for w in words]
    row = table.loc["evaluation"]
    assert row["units"] == len(words) == 18
    assert math.isclose(row["kappa"], _cohen_kappa(gold_lab, other_lab))
    assert math.isclose(row["alpha"], _alpha_nominal(gold_lab, other_lab))
    assert (row["marked_a"], row["marked_b"]) == (1, 2)
    assert table.loc["hedge", "kappa"] == 1.0
    assert math.isnan(table.loc["downtoner", "kappa"])  # nobody marked one: undefined


def test_sentence_agreement_uses_sentences():
    other = copy.deepcopy(GOLD)
    other["markers"] = [m for m in other["markers"] if m["category"] != "booster"]
    table = agreement([GOLD], [other], unit="sentence").set_index("category")
    assert table.loc["booster", "units"] == 2
    assert table.loc["booster", "observed_agreement"] == 0.5
    assert table.loc["intensifier", "kappa"] != table.loc["booster", "kappa"]


@pytest.mark.parametrize("kwargs, message", [
    ({"unit": "word"}, "allowed values are 'token' and 'sentence'"),
    ({"categories": ["hedges"]}, "unknown \\['hedges'\\]"),
])
def test_agreement_rejects_bad_arguments(kwargs, message):
    with pytest.raises(ValueError, match=message):
        agreement([GOLD], [GOLD], **kwargs)


def test_agreement_needs_common_documents():
    with pytest.raises(ValueError, match="no document id in common"):
        agreement([GOLD], [dict(GOLD, id="d2")])


# --- the `eval` command (make eval) --------------------------------------------------------

def test_eval_command_writes_the_report_and_figures(tmp_path):
    from toolkit.cli import main

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    out = tmp_path / "reports"
    assert main(["eval", "--gold", str(gold), "--out", str(out), "--no-benchmark"]) == 0
    report = (out / "evaluation.md").read_text(encoding="utf-8")
    for heading in ("## 1. Markers per category", "## 2. Markers per subtype",
                    "## 3. Attributions", "## 4. Agreement with the gold",
                    "## 5. Error analysis", "### The three largest error classes"):
        assert heading in report
    assert "| micro | 5 |" in report
    assert "| cue (P / R / F1) | 1 |" in report
    assert "## 6. External benchmark" not in report
    for name in ("evaluation_f1", "evaluation_errors"):
        assert (out / "figures" / f"{name}.svg").stat().st_size > 0
        assert (out / "figures" / f"{name}.png").stat().st_size > 0


def test_eval_command_names_a_missing_gold_file(tmp_path, capsys):
    from toolkit.cli import main

    missing = tmp_path / "nope.jsonl"
    assert main(["eval", "--gold", str(missing), "--out", str(tmp_path)]) == 2
    assert f"gold file {missing} not found" in capsys.readouterr().err


def test_numbers_in_the_report_are_truncated_not_rounded():
    from toolkit.commands.eval import _num

    assert _num(0.99999) == "0.999"
    assert _num(0.3) == "0.300"
    assert _num(65.59, 1) == "65.5"
    assert _num(float("nan")) == "–"
    assert _num(None) == "–"


def test_error_causes_tell_lexicon_gaps_from_context_rejections():
    import toolkit
    from toolkit.commands.eval import add_causes
    from toolkit.lexicon import MARKER_COLUMNS, Lexicon

    text = "These are lies, not a bit of truth, and the plan is sloppy."
    entries = pd.DataFrame([{"term": "lie", "category": "evaluation", "subtype": "negative",
                             "source": "test", "rule": "", "note": ""},
                            {"term": "sloppy", "category": "intensifier",
                             "subtype": "amplifier", "source": "test", "rule": "", "note": ""}],
                           columns=MARKER_COLUMNS)
    analysis = toolkit.analyze({"d": text}, lexicon=Lexicon(entries), cache=False)
    gold = {"id": "d", "text": text, "attributions": [],
            "markers": [{**dict(zip(("start", "end"), _span(w, text), strict=True)),
                         "category": c, "subtype": s}
                        for w, c, s in (("lies", "evaluation", "negative"),
                                        ("a bit", "downtoner", "minimizer"),
                                        ("sloppy", "evaluation", "negative"),
                                        ("not", "denial", "negation"))]}
    plain = [{"id": "d", "markers": [{**dict(zip(("start", "end"), _span("not", text),
                                                 strict=True)), "category": "denial"}]}]
    errors = evaluate([{"id": "d", "markers": [], "attributions": []}], [gold]).errors
    causes = dict(zip(errors["word"], add_causes(errors, plain, analysis)["cause"],
                      strict=True))
    assert causes == {"lies": "lemma in the lexicon, this form not matched",
                      "a bit": "not in the lexicon, no rule",
                      "sloppy": "in the lexicon as intensifier only",
                      "not": "in the lexicon, rejected in context"}


# --- hand coding in YAML (the form shared/gold/*.yaml is written in) -------------------------

CODING_YAML = """\
id: mine-1
text: |
  The minister said the plan is grossly unfair. The plan is unfair, she said.
markers:
  - {span: "grossly", category: intensifier, subtype: amplifier}
  - {span: "unfair#2", category: evaluation, subtype: negative}
attributions:
  - {cue: "said", source: "The minister", content: "the plan|unfair", kind: indirect,
     source_type: official_role, stance: neutral}
  - {cue: "said#2", source: "she", content: null, kind: indirect, source_type: official_role,
     stance: neutral}
---
id: mine-2
text: "No markers here."
"""


def test_yaml_hand_coding_resolves_spans(tmp_path):
    from toolkit.evaluate import read_coding_yaml

    path = tmp_path / "coder.yaml"
    path.write_text(CODING_YAML, encoding="utf-8")
    first, second = read_coding_yaml(path)
    text = first["text"]
    assert text.endswith("she said.")
    assert [text[m["start"]:m["end"]] for m in first["markers"]] == ["grossly", "unfair"]
    assert first["markers"][1]["start"] == text.rindex("unfair")
    said, said2 = first["attributions"]
    assert text[slice(*said["content"])] == "the plan is grossly unfair"
    assert said2["content"] is None and text[slice(*said2["source"])] == "she"
    assert second == {"id": "mine-2", "text": "No markers here.", "markers": [],
                      "attributions": []}
    assert agreement(path, path).loc[0, "units"] > 0
    assert evaluate(path, path).scores["markers"]["micro"]["f1"] == 1.0


def test_yaml_span_that_does_not_resolve_names_file_statement_and_span(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\ntext: The plan is fair.\nmarkers:\n"
                    "  - {span: unfair, category: evaluation, subtype: negative}\n",
                    encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"bad.yaml \(statement 1, id 'x'\): span "
                                              r"'unfair' not found"):
        load_records(path)


def test_shared_gold_yaml_resolves_to_the_shared_jsonl():
    from toolkit.evaluate import read_coding_yaml

    for name in ("seed", "dev_extra"):
        from_yaml = read_coding_yaml(require_shared("gold", f"{name}.yaml"))
        jsonl = require_shared("gold", f"{name}.jsonl").read_text("utf-8").splitlines()
        expected = [{k: r[k] for k in ("id", "text", "markers", "attributions")}
                    for r in map(json.loads, jsonl)]
        assert from_yaml == expected


def test_agreement_command_two_codings_and_coding_vs_toolkit(tmp_path, capsys):
    from toolkit.cli import main

    a = tmp_path / "a.yaml"
    a.write_text(CODING_YAML, encoding="utf-8")
    b = tmp_path / "b.yaml"
    b.write_text(CODING_YAML.replace('  - {span: "grossly", category: intensifier, '
                                     'subtype: amplifier}\n', ""), encoding="utf-8")
    assert main(["agreement", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "token level: a.yaml vs b.yaml" in out
    intensifier = next(line for line in out.splitlines() if line.strip().startswith("intens"))
    assert intensifier.split()[3:5] == ["1", "0"]  # marked by a, by b
    assert main(["agreement", str(a), "--unit", "sentence"]) == 0
    out = capsys.readouterr().out
    assert "sentence level: a.yaml vs toolkit" in out
    assert "toolkit scored against a.yaml" in out


def test_per_document_counts_add_up_and_the_interval_holds_the_estimate(dev_gold):
    _, _, records = dev_gold
    result = evaluate(_perturb(records, "drop", 5), records)
    sums = result.by_document.groupby("item")[["tp", "predicted", "gold"]].sum()
    for category, row in result.scores["markers"].items():
        if category != "micro":
            assert tuple(sums.loc[category]) == (row["tp"], row["predicted"], row["gold"])
    assert tuple(sums.loc["content"]) == tuple(
        result.scores["attributions"]["content"][k] for k in ("tp", "predicted", "gold"))
    for item in ("micro", "evaluation", "cue"):
        low, high = result.f1_interval(item, n_resamples=999)
        estimate = (result.scores["markers"].get(item) or result.scores["attributions"][item])
        assert low <= estimate["f1"] <= high
        assert high - low > 0
    perfect = evaluate(records, records)
    assert perfect.f1_interval("hedge", n_resamples=999) == (1.0, 1.0)
