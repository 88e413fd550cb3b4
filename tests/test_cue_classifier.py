"""The learned attribution-cue classifier of the rules engine (toolkit.attribution.classifier):
verbs of speaking the cue lexicon does not list become relations built by the verb rule;
physical acts, belief and wishes, negated and performative speech do not. Sentences are
written for the construction (a speaker, an unlisted verb of VerbNet's communication classes
and a that-clause), not copied from any gold file."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path

import pandas as pd
import pytest

import toolkit
from toolkit.attribution import find_attributions
from toolkit.attribution.classifier import (
    MODEL_PATH,
    CueClassifier,
    cue_candidates,
    cue_classifier,
    cue_features,
    lemma_classes,
)
from toolkit.attribution.cues import cue_table
from toolkit.attribution.detect import _Finder
from toolkit.lexicon import default_lexicon
from toolkit.linear import LinearModel
from toolkit.predict import to_gold_schema

from .conftest import ROOT, SHARED, require_shared

# (sentence, cue, source, content): unlisted verbs of VerbNet's talk, chit_chat, joke and
# manner-of-speaking kin with a speaker subject and a that-clause
MUST_FIRE = [
    ("The senator joked that the budget was a fantasy.", "joked", "The senator",
     "the budget was a fantasy"),
    ("The chairman jested that the board never sleeps.", "jested", "The chairman",
     "the board never sleeps"),
    ("Local officials gossiped that the mayor would resign.", "gossiped", "Local officials",
     "the mayor would resign"),
]

# (sentence, the verb the classifier must not make a cue)
MUST_NOT_FIRE = [
    ("The farmers planted maize in the valley.", "planted"),          # a physical act
    ("The company built a new factory near the river.", "built"),
    ("The president visited the flooded region.", "visited"),
    ("They believed that the plan would fail.", "believed"),         # belief, not speech
    ("Officials knew that the dam was weak.", "knew"),
    ("The governor hoped that the rain would stop.", "hoped"),       # a wish
    ("The senator did not joke that the budget was a fantasy.", "joke"),  # negated
    ("We joke that the budget is a fantasy.", "joke"),               # the writer's own act
    ("The senator will joke that the budget is a fantasy.", "joke"),  # not (yet) done
]


def _relations(nlp, sentence: str, learned: bool = True):
    return [(sentence[a.cue[0]:a.cue[1]], a) for a in
            find_attributions(nlp(sentence), learned_cues=learned)]


@pytest.fixture(scope="module")
def classifier() -> CueClassifier:
    found = cue_classifier()
    assert found is not None, f"{MODEL_PATH} is missing: run `make train-cues`"
    return found


@pytest.mark.parametrize("sentence, cue, source, content", MUST_FIRE)
def test_an_unlisted_verb_of_speaking_becomes_a_relation(nlp, classifier, sentence, cue,
                                                         source, content):
    table = cue_table(default_lexicon())
    lemma = nlp(sentence)[[t.text for t in nlp(sentence)].index(cue)].lemma_
    assert lemma not in table.verbs  # the lexicon does not list it: the classifier found it
    found = dict(_relations(nlp, sentence))
    assert cue in found, found
    relation = found[cue]
    assert relation.rule == f"classifier:verb:{lemma}"
    assert sentence[relation.source[0]:relation.source[1]] == source
    assert sentence[relation.content[0]:relation.content[1]] == content
    assert (relation.kind, relation.stance) == ("indirect", "neutral")
    # the rules alone do not find it
    assert cue not in dict(_relations(nlp, sentence, learned=False))


@pytest.mark.parametrize("sentence, verb", MUST_NOT_FIRE)
def test_no_relation_for_acts_beliefs_and_unreported_speech(nlp, sentence, verb):
    cues = [cue for cue, _ in _relations(nlp, sentence)]
    assert not any(verb in cue for cue in cues), cues


def test_the_packaged_model_is_loaded_and_used(nlp, classifier):
    model = LinearModel.load(MODEL_PATH)
    assert classifier.model.weights == model.weights
    assert 0.0 < classifier.threshold < 1.0
    assert 0.0 <= classifier.veto < classifier.threshold
    assert set(classifier.context_max) == {"verb", "noun"}
    # never the frozen parts, dev3 nor dev7's held half; the tuning set is not a training set
    assert not any("dev3" in path or "test.jsonl" in path or "test2.jsonl" in path
                   for path in model.meta["trained_on"])
    assert all(path.endswith("#analysis") for path in model.meta["trained_on"] if "dev7" in path)
    assert model.meta["chosen_on"] not in model.meta["trained_on"]
    # the probability the detector compares is the model's own over the candidate's features
    doc = nlp(MUST_FIRE[0][0])
    table = cue_table(default_lexicon())
    finder = _Finder(doc, table)
    token = next(t for t in doc if t.text == MUST_FIRE[0][1])
    features = cue_features(token, table, finder.quote_at, False, doc.text)
    assert math.isclose(classifier.probability(token, table, finder.quote_at, False, doc.text),
                        model.probability(features), rel_tol=1e-9)
    assert token in classifier.candidates(doc, table)


def test_the_gate_passes_over_no_candidate_the_model_accepts(nlp, classifier):
    """The gate (lemma, tag and relation against the largest context share seen in
    training) never drops a token whose full probability reaches the threshold."""
    table = cue_table(default_lexicon())
    texts = [s for s, *_ in MUST_FIRE] + [s for s, _ in MUST_NOT_FIRE] + [
        path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpora" / "seed").glob(
            "*.txt"))]
    checked = 0
    for doc in nlp.pipe(texts):
        finder = _Finder(doc, table)
        gated = {t.i for t in classifier.candidates(doc, table)}
        for token in cue_candidates(doc):
            checked += 1
            if classifier.probability(token, table, finder.quote_at) >= classifier.threshold:
                assert token.i in gated, token.text
    assert checked > 100


def test_lemma_classes_come_from_verbnet_and_wordnet():
    classes = lemma_classes()
    first, files, verbnet = classes[("say", "verb")]
    assert first == "verb.communication" and "say-37.7" in verbnet
    assert classes[("allegation", "noun")][0] == "noun.communication"
    assert classes[("plant", "verb")][0] != "verb.communication"
    assert classes[("lemma", "noun")][0] == "noun.communication"  # a row, not the header


def test_the_lemma_table_is_rebuilt_byte_identical(tmp_path):
    """scripts/build_cue_features.py regenerates the packaged table from VerbNet 3.4 and
    WordNet 3.0 (the table is generated, never edited by hand)."""
    require_shared("lexicons", "verbnet34_members.tsv")
    wordnet = Path("/usr/share/wordnet")
    if not (wordnet / "index.verb").exists():
        pytest.skip("needs WordNet 3.0 in /usr/share/wordnet (Debian wordnet-base)")
    spec = importlib.util.spec_from_file_location(
        "build_cue_features", ROOT / "scripts" / "build_cue_features.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert module.table_text(SHARED, wordnet) == module.OUT.read_text(encoding="utf-8")


def test_training_on_a_tiny_set_writes_a_loadable_model(tmp_path):
    """scripts/train_cues.py on two hand-made documents, C and threshold given."""
    text_a = "The minister said that the talks had failed. The farmers planted maize."
    text_b = "Officials claimed the vote was rigged. The company built a factory."
    records = [
        {"id": "a", "text": text_a, "markers": [], "attributions": [
            {"cue": [13, 17], "source": [0, 12], "content": [23, 44], "kind": "indirect",
             "source_type": "official_role", "stance": "neutral"}]},
        {"id": "b", "text": text_b, "markers": [], "attributions": [
            {"cue": [10, 17], "source": [0, 9], "content": [18, 37], "kind": "indirect",
             "source_type": "official_role", "stance": "distancing"}]},
    ]
    assert text_a[13:17] == "said" and text_b[10:17] == "claimed"
    gold = tmp_path / "tiny.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "model.json"
    spec = importlib.util.spec_from_file_location("train_cues",
                                                  ROOT / "scripts" / "train_cues.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_cues"] = module  # (its dataclass looks its module up)
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["train_cues"]
    module.main(["train", "--c", "0.5", "--threshold", "0.5", "--out", str(out),
                 "--train", str(gold)])
    model = LinearModel.load(out)
    assert model.meta["threshold"] == 0.5 and model.meta["documents"] == 2
    assert model.meta["positives"] == 4  # said, claimed, and their unlisted copies
    assert set(model.meta["context_max"]) == {"verb", "noun"}
    loaded = cue_classifier(out)
    assert loaded is not None and loaded.threshold == 0.5


def test_dev_gold_stays_at_095_markers_and_cue(shared_dir):
    """The dev gold (seed + dev_extra), scored by the referee with the classifier on."""
    spec = importlib.util.spec_from_file_location("referee", shared_dir / "gold" / "score.py")
    referee = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(referee)
    gold = referee.load(shared_dir / "gold" / "stance.jsonl")
    analysis = toolkit.analyze(pd.DataFrame({"doc_id": list(gold),
                                             "text": [d["text"] for d in gold.values()]}))
    scores = referee.score(gold, {r["id"]: r for r in to_gold_schema(analysis)})
    assert scores["markers"]["micro"]["f1"] >= 0.95
    assert scores["attributions"]["cue"]["f1"] >= 0.95
