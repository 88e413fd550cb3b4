"""toolkit.linear: the JSON logistic regression agrees with scikit-learn's, and bad files
and lines are named."""

import json

import numpy as np
import pytest
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from toolkit.linear import LinearModel, gold_records

EXAMPLES = [{"lemma": "say", "ccomp": True, "n": 2}, {"lemma": "table", "ccomp": False, "n": 0},
            {"lemma": "claim", "ccomp": True, "n": 1}, {"lemma": "eat", "ccomp": False, "n": 3},
            {"lemma": "say", "ccomp": False, "n": 1}, {"lemma": "chair", "ccomp": True, "n": 0}]
LABELS = [1, 0, 1, 0, 1, 0]


def test_probabilities_equal_scikit_learn(tmp_path):
    model = LinearModel.fit(EXAMPLES, LABELS, c=10.0)
    vectorizer = DictVectorizer()
    reference = LogisticRegression(C=10.0, max_iter=5000).fit(
        vectorizer.fit_transform(EXAMPLES), LABELS)
    expected = reference.predict_proba(vectorizer.transform(EXAMPLES))[:, 1]
    assert np.allclose(model.probabilities(EXAMPLES), expected, atol=1e-4)
    path = tmp_path / "model.json"
    model.save(path)
    again = LinearModel.load(path)
    assert again.probabilities(EXAMPLES) == model.probabilities(EXAMPLES)
    assert again.meta["examples"] == 6 and again.meta["positives"] == 3
    # an unseen value contributes nothing: the bias and the known features decide
    assert model.probability({"lemma": "unseen"}) == pytest.approx(1 / (1 + np.exp(-model.bias)))


def test_fit_needs_both_classes():
    with pytest.raises(ValueError, match="positive and negative"):
        LinearModel.fit(EXAMPLES, [1] * 6)


def test_load_names_a_bad_file(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"weights": []}')
    with pytest.raises(ValueError, match="broken.json"):
        LinearModel.load(path)


def test_gold_records_name_the_bad_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "It is."}) + "\n" + '{"id": "b"}\n')
    with pytest.raises(ValueError, match=r"gold.jsonl:2"):
        gold_records([path])
    path.write_text(json.dumps({"id": "a", "text": "It is."}) + "\n")
    assert gold_records([path]) == [{"id": "a", "text": "It is.", "markers": [],
                                     "attributions": []}]
