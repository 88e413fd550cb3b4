"""The learned detector and the engine choice (issue 15; toolkit.learned)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import toolkit
from toolkit import learned
from toolkit.attribution import find_attributions
from toolkit.nlp import load_pipeline

from .conftest import ROOT

TEXT = ("The minister said the report was deeply biased and utterly groundless. "
        "It may perhaps be wrong, but the findings are clearly unfounded.")


def test_the_model_ships_with_the_package():
    assert learned.model_available()
    meta = json.loads((learned.MODEL_DIR / "meta.json").read_text())
    labels = set(meta["labels"]["spancat"])
    assert "attribution_cue" in labels
    assert {label.split("/")[0] for label in labels if "/" in label} == set(toolkit.CATEGORIES)


def test_engines_name_what_found_each_marker():
    rules = toolkit.analyze({"d": TEXT}, engine="rules")
    model = toolkit.analyze({"d": TEXT}, engine="model")
    combined = toolkit.analyze({"d": TEXT}, engine="combined")
    assert rules.markers["score"].isna().all()
    assert (model.markers["rule"] == "model:spancat").all()
    assert model.markers["score"].between(0.5, 1.0).all()
    assert set(model.markers["category"]) <= set(toolkit.CATEGORIES)
    # combined keeps the rule markers and adds the model's markers only in the categories
    # and above the thresholds chosen on the tuning sets (since 0.7.26: none)
    assert learned.COMBINED_THRESHOLD is None
    ruled = set(zip(rules.markers["start"], rules.markers["category"], strict=True))
    both = set(zip(combined.markers["start"], combined.markers["category"], strict=True))
    assert ruled <= both
    added = combined.markers[combined.markers["rule"] == "model:spancat"]
    assert set(added["category"]) <= set(learned.COMBINED_CATEGORY_THRESHOLDS)
    assert all(row.score >= learned.COMBINED_CATEGORY_THRESHOLDS[row.category]
               for row in added.itertuples())
    assert len(both - ruled) == len(added)
    assert combined.engine == "combined"


def test_combined_takes_the_rules_cues_and_only_the_models_confident_ones():
    # cues the rules miss, which the model scores (its scores change with each retraining,
    # so the expected cues are read off the shipped model itself)
    text = ("Messages suggested that customers had subscribed. The minister had not "
            "discussed the terms. He lamented that nobody listened. The ministry announced "
            "new rules. Critics decried the plan, and activists derided the new fees.")
    frames = {engine: toolkit.analyze({"d": text}, engine=engine, cache=False).attributions
              for engine in ("rules", "model", "combined")}
    cues = {name: set(zip(frame["cue_start"], frame["cue_end"], strict=True))
            for name, frame in frames.items()}
    assert cues["rules"] < cues["combined"] <= cues["model"]
    doc = load_pipeline()(text)
    scores = {(start, end): score for start, end, label, score in learned.model_spans(doc)
              if label == learned.CUE}
    added = cues["combined"] - cues["rules"]
    assert added and all(scores[span] >= learned.COMBINED_CUE_THRESHOLD for span in added)
    assert set(frames["combined"].loc[frames["combined"]["rule"] == "model:spancat", "cue"]
               ) >= {"suggested"}
    # the threshold itself, on given scores: a cue under it, or over a rule's cue, stays out
    at = {word: (text.index(word), text.index(word) + len(word))
          for word in ("suggested", "discussed", "lamented")}
    spans = [(*at["suggested"], learned.CUE, 0.95), (*at["discussed"], learned.CUE, 0.6),
             (*at["lamented"], learned.CUE, 0.99)]
    kept = learned.model_cue_relations(doc, spans, [at["lamented"]], threshold=0.7)
    assert [text[r.cue[0]:r.cue[1]] for r in kept] == ["suggested"]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The plan was denounced by the opposition.", "denounced", "the opposition", "The plan"),
    ("Officials speaking on condition of anonymity went on to deny the reports.", "deny",
     "Officials", "the reports"),
    ("Putin's lies about the war spread quickly.", "lies", "Putin's", None),
    ("The allegations by the opposition were rejected.", "allegations", "the opposition",
     None),
    ("The ministry's claim that the vote was rigged spread quickly.", "claim",
     "The ministry's", "the vote was rigged"),
    ("The minister said that the talks had failed.", "said", "The minister",
     "the talks had failed"),
    ("The report, which showed that prices rose, was published.", "showed", "The report",
     "prices rose"),
    ("We have also joined others in calling for a humanitarian pause.", "calling for", "We",
     "a humanitarian pause"),
])
def test_a_model_cue_takes_its_speaker_from_the_parse(text, cue, source, content):
    """A model cue's source as the rules read it: a passive's agent (not its subject, which
    is what was said), an infinitive's controller, a noun's possessor or by-phrase, a
    relative pronoun's antecedent; its content a clause, an object, or the object of the
    cue's own preposition."""
    doc = load_pipeline()(text)
    start = text.index(cue)
    [rel] = learned.model_cue_relations(doc, [(start, start + len(cue), learned.CUE, 0.99)],
                                        [], threshold=0.5)
    found = [None if s is None else text[s[0]:s[1]] for s in (rel.source, rel.content)]
    assert found == [source, content]


def test_combine_markers_keeps_rules_and_adds_confident_new_spans():
    rule = [{"start": 0, "end": 5, "category": "hedge", "score": None}]
    model = [{"start": 1, "end": 4, "category": "hedge", "score": 0.99},   # overlaps a rule
             {"start": 1, "end": 4, "category": "booster", "score": 0.9},  # a new category
             {"start": 10, "end": 12, "category": "denial", "score": 0.2}]  # not confident
    kept = learned.combine_markers(rule, model, threshold=0.5, category_thresholds={})
    assert [(r["start"], r["category"]) for r in kept] == [(0, "hedge"), (1, "booster")]
    assert learned.combine_markers(rule, model, threshold=None, category_thresholds={}) == rule
    # a category's own threshold overrides the general one, in both directions
    by_category = learned.combine_markers(rule, model, threshold=None,
                                          category_thresholds={"booster": 0.8})
    assert [(r["start"], r["category"]) for r in by_category] == [(0, "hedge"), (1, "booster")]
    assert learned.combine_markers(rule, model, threshold=0.5,
                                   category_thresholds={"booster": 0.95}) == rule
    # by default, the packaged thresholds (since 0.7.26 no category's model markers join)
    extra = [{"start": 20, "end": 25, "category": "intensifier", "score": 0.91},
             {"start": 30, "end": 35, "category": "intensifier", "score": 0.89},
             {"start": 40, "end": 45, "category": "evaluation", "score": 0.99}]
    assert [r["start"] for r in learned.combine_markers(rule, model + extra)] == [0]


def test_an_unknown_engine_is_named():
    with pytest.raises(ValueError, match="rules, model, combined"):
        toolkit.analyze({"d": TEXT}, engine="neural")


def test_predict_takes_the_engine(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "x", "text": TEXT}) + "\n")
    done = subprocess.run([sys.executable, "-m", "toolkit", "predict", str(source), "--engine",
                           "model"], capture_output=True, text=True, cwd=ROOT, check=True)
    record = json.loads(done.stdout)
    assert record["markers"] and all(m["rule"] == "model:spancat" for m in record["markers"])


def test_the_app_analyses_with_the_chosen_engine():
    from toolkit import widgets

    app = widgets.AppView({"seed": str(ROOT / "corpora" / "seed")}, autoload=False)
    app.engine.value = "combined"
    app.load()
    assert app.holder.analysis.engine == "combined"
    assert app.holder.analysis.markers["rule"].str.startswith(("lexicon:", "rule:",
                                                               "model:")).all()


@pytest.mark.parametrize("text, cue, expected", [
    ("The minister spoke.\n\nUnidentified speaker: Yes.", ":",
     (":", "Unidentified speaker", "Yes.", "direct")),
    ("We agreed. Then: no.", ":", None),  # a sentence before the colon: no label
])
def test_a_model_cue_at_a_colon_is_a_speaker_label_when_a_name_stands_before_it(
        text, cue, expected):
    doc = load_pipeline()(text)
    start = text.rindex(cue)
    relations = find_attributions(doc, model_cues=[(start, start + len(cue))])
    found = [(text[r.cue[0]:r.cue[1]], text[r.source[0]:r.source[1]],
              text[r.content[0]:r.content[1]], r.kind) for r in relations if r.cue[0] == start]
    assert found == ([expected] if expected else [])


def test_the_combined_engine_keeps_each_parent_the_relation_whose_content_holds_the_child():
    """The model's relations are merged into the rules' in text order, and each ``parent_id``
    still names the row whose content holds the relayed cue (it is an index in that list)."""
    text = ("Messages suggested that customers had subscribed. The spokesman said that the "
            "minister had claimed the deal was dead.")
    frame = toolkit.analyze({"d": text}, engine="combined", cache=False).attributions
    assert frame["rule"].iloc[0] == "model:spancat"  # (before the rules' relations)
    rows = frame.set_index("attribution_id")
    linked = rows[rows["parent_id"].notna()]
    assert len(linked) == 1
    for _, row in linked.iterrows():
        parent = rows.loc[int(row["parent_id"])]
        assert parent["content_start"] <= row["cue_start"] < parent["content_end"]
