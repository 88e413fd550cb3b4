"""Linear classifiers over parse features, stored as JSON package data.

The learned parts of the rules engine (a cue classifier, a marker re-ranker) are logistic
regressions over sparse features read off the parse: a feature is a name with a string value
(an indicator ``name=value``, as scikit-learn's ``DictVectorizer`` encodes it) or a number.
scikit-learn fits them (``LinearModel.fit``, in the training scripts); the toolkit applies
them with plain arithmetic over a JSON file of weights, so nothing is unpickled and no
scikit-learn version is tied to the package data.

:func:`gold_records` and :func:`parsed_gold` read the project's annotated sets (the gold
schema of ``shared/gold``) and parse them with the toolkit's pipeline and parse cache, for the
training and evaluation scripts.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

__all__ = ["Features", "LinearModel", "gold_file", "gold_records", "half_ids", "parsed_gold"]

#: one example's features: ``name -> value`` (a string value is an indicator, a number a weight)
Features = Mapping[str, "str | float | int | bool"]


def _encode(features: Features) -> Iterable[tuple[str, float]]:
    """``(column, value)`` pairs of one example, as ``DictVectorizer`` names its columns."""
    for name, value in features.items():
        if isinstance(value, str):
            yield f"{name}={value}", 1.0
        elif value:
            yield name, float(value)


@dataclass
class LinearModel:
    """A logistic regression: ``P(positive) = sigmoid(bias + sum of weight * value)``."""

    weights: dict[str, float]
    bias: float
    meta: dict = field(default_factory=dict)

    @classmethod
    def fit(cls, examples: Sequence[Features], labels: Sequence[int], *, c: float = 1.0,
            class_weight: str | None = None, meta: dict | None = None) -> LinearModel:
        """Fit by scikit-learn's ``LogisticRegression`` (L2, ``C=c``, lbfgs, deterministic);
        features whose weight rounds to zero are dropped."""
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        if len(examples) != len(labels):
            raise ValueError(f"{len(examples)} examples but {len(labels)} labels")
        if len(set(labels)) < 2:
            raise ValueError("training needs positive and negative examples")
        vectorizer = DictVectorizer()
        matrix = vectorizer.fit_transform([dict(_encode(f)) for f in examples])
        model = LogisticRegression(C=c, class_weight=class_weight, max_iter=5000)
        model.fit(matrix, list(labels))
        weights = {name: round(float(w), 6) for name, w in
                   zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
                   if round(float(w), 6) != 0.0}
        return cls(weights=weights, bias=round(float(model.intercept_[0]), 6),
                   meta=dict(meta or {}, examples=len(labels), positives=int(sum(labels)),
                             c=c, class_weight=class_weight))

    def probability(self, features: Features) -> float:
        """The model's probability that one example is positive."""
        score = self.bias + sum(self.weights.get(name, 0.0) * value
                                for name, value in _encode(features))
        return 1.0 / (1.0 + math.exp(-score)) if score > -700 else 0.0

    def probabilities(self, examples: Iterable[Features]) -> list[float]:
        return [self.probability(f) for f in examples]

    def save(self, path: str | Path) -> None:
        """Write the model as JSON (weights sorted by name, so the file diffs cleanly)."""
        data = {"meta": self.meta, "bias": self.bias, "weights": dict(sorted(self.weights.items()))}
        Path(path).write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n",
                              encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> LinearModel:
        """Read a model written by :meth:`save`; a clear error names a file that is not one."""
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(weights={str(k): float(v) for k, v in data["weights"].items()},
                       bias=float(data["bias"]), meta=dict(data.get("meta", {})))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"{path}: not a linear model written by LinearModel.save ({exc})"
                             ) from exc


def half_ids(split: Path, half: str) -> frozenset[str]:
    """The ids of one half of a set split in two (a ``split.csv`` with columns ``id`` and
    ``half``, as ``evaluation/dev7`` has: an ``analysis`` half that may be read and trained
    on, a ``held`` half scored unread); an error names the file when the half is empty."""
    with Path(split).open(encoding="utf-8", newline="") as rows:
        ids = frozenset(row["id"] for row in csv.DictReader(rows) if row.get("half") == half)
    if not ids:
        raise ValueError(f"{split}: no document in half {half!r}")
    return ids


def gold_file(path: str | Path) -> tuple[Path, str]:
    """The file and the half a gold path names: ``FILE#HALF`` -> ``(FILE, HALF)``, a plain
    path -> ``(path, "")``."""
    file, _, half = str(path).partition("#")
    return Path(file), half


def gold_records(paths: Iterable[str | Path]) -> list[dict]:
    """The documents of gold JSONL files (the schema of ``shared/gold``), in file order; a
    line that is not a gold document is an error naming its file and line. A path written
    ``FILE#HALF`` keeps only the documents of that half of the ``split.csv`` beside the file
    (:func:`half_ids`)."""
    records = []
    for path in paths:
        path, half = gold_file(path)
        keep = half_ids(path.parent / "split.csv", half) if half else None
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc})") from exc
            if not isinstance(record, dict) or "id" not in record \
                    or not isinstance(record.get("text"), str):
                raise ValueError(f"{path}:{number}: a gold document needs 'id' and 'text'")
            if keep is not None and record["id"] not in keep:
                continue
            record.setdefault("markers", [])
            record.setdefault("attributions", [])
            records.append(record)
    return records


def parsed_gold(records: Sequence[dict], nlp=None) -> list[Doc]:
    """The records' texts parsed by the toolkit's pipeline, through the parse cache."""
    from .nlp import ParseCache, load_pipeline, parse_texts

    nlp = nlp or load_pipeline()
    return list(parse_texts((r["text"] for r in records), nlp, ParseCache(nlp)))
