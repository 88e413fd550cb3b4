"""Scoring against gold, the error list, and inter-coder agreement.

:func:`evaluate` scores predictions against gold annotations in the schema of
``shared/MARKERS.md`` ("Gold data" and "Scoring") and returns the same numbers as the
referee script ``shared/gold/score.py`` (``EvaluationResult.scores`` equals its ``--json``
output), plus tidy tables an analyst can read: per category and per subtype precision,
recall and F1, the attribution rows, and every error (false positive, false negative, wrong
subtype or attribute) with the sentence it occurs in.

:func:`agreement` measures how far two codings agree (two hand coders, or a coder and the
toolkit), token by token or sentence by sentence, with Cohen's kappa and Krippendorff's alpha
from :class:`nltk.metrics.agreement.AnnotationTask`.

Matching rules (MARKERS.md, "Scoring"), implemented here from the specification:

- markers, per category: predictions in text order (start, end) each take the first gold span
  of the same category, in gold order, that they overlap by at least one character and that is
  still unmatched;
- attributions: the same greedy matching on overlapping cues; source correct when the
  predicted source overlaps the gold source's head or its own head lies inside the gold phrase
  and it is at most ``max(2 * len(gold), len(gold) + 30)`` characters long (or both absent);
  content correct when the word-token Jaccard overlap is at least 0.5 (or both absent).
"""

from __future__ import annotations

import json
import re
import warnings
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import ToolkitError
from .lexicon import CATEGORIES, SUBTYPES

__all__ = ["evaluate", "agreement", "EvaluationResult", "GoldFormatError", "load_records",
           "read_coding_yaml", "ERROR_COLUMNS"]

#: columns of :attr:`EvaluationResult.errors`
ERROR_COLUMNS = ["doc_id", "layer", "error", "category", "gold_subtype", "predicted_subtype",
                 "start", "end", "text", "word", "sentence", "sentence_start", "rule", "detail"]
_HEAD_CUT = {"of", "at", "in", "for", "from", "on", "including", "with", "by", "who", "which",
             "that"}
_ATTRIBUTES = ("kind", "source_type", "stance")


class GoldFormatError(ToolkitError, ValueError):
    """A gold or prediction record does not follow the schema of MARKERS.md."""


# ---------------------------------------------------------------------------------------
# reading records


def _read_jsonl(path: Path) -> list[dict]:
    records = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read ({exc})") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or "id" not in record:
            raise GoldFormatError(f"{path}:{number}: a record needs an 'id'")
        records.append({**record, "_where": f"{path}:{number}"})
    return records


def _find_span(text: str, spec: str, *, after: int = 0) -> tuple[int, int]:
    """Offsets of ``spec`` (text, optionally ``#k`` for its k-th occurrence) on word
    boundaries, starting at or after ``after``."""
    match = re.fullmatch(r"(.*)#(\d+)", spec, flags=re.S)
    needle, occurrence = (match.group(1), int(match.group(2))) if match else (spec, 1)
    pattern = re.escape(needle)
    if needle[:1].isalnum():
        pattern = r"(?<!\w)" + pattern
    if needle[-1:].isalnum():
        pattern += r"(?!\w)"
    hits = [m for m in re.finditer(pattern, text) if m.start() >= after]
    if len(hits) < occurrence:
        raise ValueError(f"span {spec!r} not found"
                         + (f" after offset {after}" if after else "")
                         + (f" ({len(hits)} occurrence(s))" if hits else ""))
    return hits[occurrence - 1].start(), hits[occurrence - 1].end()


def _resolve_span(text: str, spec: str | None) -> list[int] | None:
    """A YAML span: ``"word"``, ``"word#2"`` or ``"from A|to B"`` (a long span) -> offsets."""
    if spec is None:
        return None
    spec = str(spec)
    if "|" in spec:
        head, tail = spec.split("|", 1)
        start, _ = _find_span(text, head)
        _, end = _find_span(text, tail, after=start)
        return [start, end]
    return list(_find_span(text, spec))


def read_coding_yaml(path: str | Path) -> list[dict]:
    """Hand coding written in the YAML form of ``shared/gold/*.yaml``, as gold-schema records.

    One YAML document per statement: ``id``, ``text`` (or ``text_file``, relative to the YAML
    file), ``markers`` (``span``, ``category``, ``subtype``) and ``attributions`` (``cue``,
    ``source``, ``content``, ``kind``, ``source_type``, ``stance``). A span is the text it
    covers, ``#k`` for its k-th occurrence, or ``A|B`` from A to the end of the first B after
    it; spans match on word boundaries. An unresolvable span raises :class:`GoldFormatError`
    naming the file, the statement and the span.
    """
    import yaml

    path = Path(path)
    try:
        documents = [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8-sig")) if d]
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise GoldFormatError(f"{path}: cannot read as YAML ({exc})") from exc
    records = []
    for number, doc in enumerate(documents, start=1):
        where = f"{path} (statement {number}, id {doc.get('id')!r})"
        if "id" not in doc:
            raise GoldFormatError(f"{where}: needs an 'id'")
        if "text_file" in doc:
            try:
                text = (path.parent / doc["text_file"]).read_text(encoding="utf-8")
            except OSError as exc:
                raise GoldFormatError(f"{where}: text_file {doc['text_file']!r}: {exc}") from exc
        elif isinstance(doc.get("text"), str):
            text = doc["text"]
        else:
            raise GoldFormatError(f"{where}: needs 'text' or 'text_file'")
        text = text.strip("\n")
        record: dict = {"id": str(doc["id"]), "text": text, "markers": [], "attributions": []}
        try:
            for m in doc.get("markers") or []:
                start, end = _resolve_span(text, m["span"])
                record["markers"].append({"start": start, "end": end, "text": text[start:end],
                                          "category": m["category"], "subtype": m["subtype"]})
            for a in doc.get("attributions") or []:
                relation = {part: _resolve_span(text, a.get(part))
                            for part in ("cue", "source", "content")}
                if relation["cue"] is None:
                    raise ValueError(f"attribution without a cue: {a}")
                relation.update({k: a[k] for k in _ATTRIBUTES})
                record["attributions"].append(relation)
        except (ValueError, KeyError, TypeError) as exc:
            raise GoldFormatError(f"{where}: {exc}") from exc
        record["markers"].sort(key=lambda m: (m["start"], m["category"]))
        record["attributions"].sort(key=lambda r: r["cue"][0])
        records.append(record)
    return records


def _read_coding(path: Path) -> list[dict]:
    if path.suffix.lower() in (".yaml", ".yml"):
        return read_coding_yaml(path)
    return _read_jsonl(path)


def load_records(source: Any, *, name: str = "records") -> dict[str, dict]:
    """Records in the gold schema keyed by id, from whatever :func:`evaluate` accepts.

    ``source``: a JSONL or YAML path (YAML: hand coding in the form of
    ``shared/gold/*.yaml``, see :func:`read_coding_yaml`), a list of paths (read as one, like
    ``score.py``), an
    :class:`~toolkit.Analysis`, a dict ``{id: record}``, or an iterable of records with
    ``id``, ``markers`` and ``attributions`` (``text`` where known). A duplicate id raises
    :class:`GoldFormatError` naming it.
    """
    from .analysis import Analysis

    if isinstance(source, Analysis):
        from .predict import to_gold_schema

        items: list[dict] = list(to_gold_schema(source))
    elif isinstance(source, (str, Path)):
        items = _read_coding(Path(source))
    elif isinstance(source, Mapping):
        items = [{"id": key, **value} for key, value in source.items()]
    elif isinstance(source, Iterable):
        items = []
        for item in source:
            if isinstance(item, (str, Path)):
                items.extend(_read_coding(Path(item)))
            elif isinstance(item, Mapping):
                items.append(dict(item))
            else:
                raise GoldFormatError(f"{name}: expected records (dicts) or JSONL paths, got "
                                      f"{type(item).__name__}")
    else:
        raise GoldFormatError(f"{name}: expected a JSONL path, an Analysis or records, got "
                              f"{type(source).__name__}")
    records: dict[str, dict] = {}
    for item in items:
        if "id" not in item:
            raise GoldFormatError(f"{name}: a record has no 'id' (keys: {sorted(item)})")
        where = item.pop("_where", f"{name} id {item['id']!r}")
        if item["id"] in records:
            raise GoldFormatError(f"{where}: duplicate id {item['id']!r} in {name}")
        item.setdefault("markers", [])
        item.setdefault("attributions", [])
        records[item["id"]] = item
    return records


def _check_gold(gold: dict[str, dict]) -> None:
    for doc_id, record in gold.items():
        if not isinstance(record.get("text"), str):
            raise GoldFormatError(f"gold {doc_id!r}: needs the statement's 'text'")
        for i, marker in enumerate(record["markers"]):
            missing = {"start", "end", "category", "subtype"} - set(marker)
            if missing:
                raise GoldFormatError(f"gold {doc_id!r} marker {i}: missing {sorted(missing)}")
        for i, relation in enumerate(record["attributions"]):
            missing = {"cue", "source", "content", *_ATTRIBUTES} - set(relation)
            if missing:
                raise GoldFormatError(f"gold {doc_id!r} attribution {i}: missing "
                                      f"{sorted(missing)}")


# ---------------------------------------------------------------------------------------
# the scoring rules of MARKERS.md


def _overlap(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    """Precision, recall, F1 (rounded to 4 places, as score.py prints them) and the counts."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def _greedy_match(gold: list, pred: list, key, same) -> tuple[list[tuple[int, int]], list[int]]:
    """Greedy one-to-one matching: predictions in ``key`` order (stable), each takes the first
    unmatched gold item it is ``same`` as. Returns (gold index, pred index) pairs and the
    prediction order."""
    order = sorted(range(len(pred)), key=lambda j: key(pred[j]))
    used: set[int] = set()
    pairs = []
    for j in order:
        for i, g in enumerate(gold):
            if i not in used and same(g, pred[j]):
                used.add(i)
                pairs.append((i, j))
                break
    return pairs, order


_WORD = re.compile(r"\w[\w'-]*")


def _head(text: str, span):
    """The last word of a noun phrase before its first *of, at, in, ...* (MARKERS.md)."""
    if span is None:
        return None
    words = list(_WORD.finditer(text[span[0]:span[1]]))
    if not words:
        return span
    cut = [w for w in words[1:] if w.group().lower() in _HEAD_CUT]
    last = [w for w in words if not cut or w.start() < cut[0].start()][-1]
    return [span[0] + last.start(), span[0] + last.end()]


def _same_source(text: str, gold, pred) -> bool:
    if pred[1] - pred[0] > max(2 * (gold[1] - gold[0]), gold[1] - gold[0] + 30):
        return False
    head = _head(text, pred)
    return _overlap(_head(text, gold), pred) or (gold[0] <= head[0] and head[1] <= gold[1])


def _tokens(text: str, span) -> set[str]:
    return set(re.findall(r"\w+", text[span[0]:span[1]].lower())) if span else set()


def _source_correct(text: str, gold, pred) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return _same_source(text, gold, pred)


def _content_correct(text: str, gold, pred) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    a, b = _tokens(text, gold), _tokens(text, pred)
    return len(a & b) / max(1, len(a | b)) >= 0.5


# ---------------------------------------------------------------------------------------
# sentences (for the error list and sentence-level agreement)


@lru_cache(maxsize=1)
def _sentencizer():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=256)
def _sentence_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of ``text``: spaCy's rule-based sentencizer, and every line break."""
    bounds = []
    for line in re.finditer(r"[^\n]+", text):
        doc = _sentencizer()(line.group())
        for sent in doc.sents:
            bounds.append((line.start() + sent.start_char, line.start() + sent.end_char))
    return tuple(bounds) or ((0, len(text)),)


def _sentence_of(text: str, offset: int) -> tuple[str, int | None]:
    """The sentence holding ``offset`` (stripped) and its start offset in ``text``."""
    for start, end in _sentence_bounds(text):
        if start <= offset < end:
            piece = text[start:end]
            return piece.strip(), start + len(piece) - len(piece.lstrip())
    return "", None


# ---------------------------------------------------------------------------------------
# evaluate


@dataclass(frozen=True)
class EvaluationResult:
    """Scores of predictions against gold.

    - ``scores``: the dict ``shared/gold/score.py --json`` prints for the same files;
    - ``markers``: one row per category, per subtype and ``micro`` (columns ``level``,
      ``category``, ``subtype``, ``precision``, ``recall``, ``f1``, ``tp``, ``predicted``,
      ``gold``, ``subtype_accuracy``). A subtype row counts a pair matched within its
      category as a hit when both sides have that subtype;
    - ``attributions``: rows ``cue``, ``source``, ``content`` (P/R/F1 and counts) and
      ``kind``, ``source_type``, ``stance`` (``accuracy`` over matched cues, ``n``);
    - ``errors``: one row per error (:data:`ERROR_COLUMNS`): ``false_positive``,
      ``false_negative``, ``wrong_subtype`` for markers; the same plus ``wrong_source``,
      ``wrong_content``, ``wrong_kind``, ``wrong_source_type``, ``wrong_stance`` for
      attributions (for attributions the ``*_subtype`` columns hold the ``kind``); each with
      its text, its lower-cased ``word``, its sentence and the sentence's start offset;
    - ``warnings``: what score.py would print to stderr (text mismatches, unknown categories);
    - ``by_document``: ``doc_id``, ``item`` (a category, ``cue``, ``source``, ``content``),
      ``tp``, ``predicted``, ``gold`` per gold document (what :meth:`f1_interval` resamples).
    """

    scores: dict
    markers: pd.DataFrame
    attributions: pd.DataFrame
    errors: pd.DataFrame
    warnings: list[str] = field(default_factory=list)
    by_document: pd.DataFrame = field(default_factory=pd.DataFrame)

    def f1_interval(self, item: str = "micro", *, confidence: float = 0.95,
                    n_resamples: int = 9999, seed: int = 2010) -> tuple[float, float]:
        """A bootstrap confidence interval for the F1 of ``item`` (a category, ``micro``,
        ``cue``, ``source`` or ``content``), resampling documents (percentile method, fixed
        seed; Efron & Tibshirani 1993). Wide intervals say the gold is too small to tell."""
        import numpy as np
        from scipy.stats import bootstrap

        frame = self.by_document
        if item == "micro":
            frame = frame[frame["item"].isin(CATEGORIES)].groupby("doc_id", sort=False)[
                ["tp", "predicted", "gold"]].sum().reset_index()
        else:
            frame = frame[frame["item"] == item]
        if frame.empty or frame["gold"].sum() + frame["predicted"].sum() == 0:
            return (float("nan"), float("nan"))
        columns = [frame[c].to_numpy(dtype=float) for c in ("tp", "predicted", "gold")]

        def f1(tp, predicted, gold, axis=-1):
            tp, predicted, gold = (x.sum(axis=axis) for x in (tp, predicted, gold))
            with np.errstate(invalid="ignore", divide="ignore"):
                return np.nan_to_num(2 * tp / (predicted + gold))

        if len(frame) < 2:
            value = float(f1(*columns))
            return (value, value)
        result = bootstrap(columns, f1, paired=True, vectorized=True, method="percentile",
                           confidence_level=confidence, n_resamples=n_resamples,
                           random_state=np.random.default_rng(seed))
        return (float(result.confidence_interval.low), float(result.confidence_interval.high))

    def to_dict(self) -> dict:
        """The score.py JSON (a deep copy)."""
        return json.loads(json.dumps(self.scores))

    def error_classes(self, *, by: tuple[str, ...] = ("layer", "category", "error")
                      ) -> pd.DataFrame:
        """Errors counted by ``by`` (largest first), with up to three example words."""
        if self.errors.empty:
            return pd.DataFrame(columns=[*by, "count", "examples"])
        grouped = self.errors.groupby(list(by), sort=False)
        table = grouped.size().rename("count").reset_index()
        examples = grouped["word"].agg(
            lambda words: ", ".join(f"{w} ({n})" for w, n in words.value_counts().head(3).items()))
        table = table.merge(examples.rename("examples").reset_index(), on=list(by))
        return table.sort_values(["count", *by], ascending=[False, *[True] * len(by)],
                                 ignore_index=True)


def _error_row(doc_id, text, layer, error, category, gold_subtype, predicted_subtype, span,
               rule="", detail=""):
    start, end = (None, None) if span is None else (int(span[0]), int(span[1]))
    piece = "" if span is None else text[start:end]
    sentence, sentence_start = _sentence_of(text, start) if start is not None else ("", None)
    return {"doc_id": doc_id, "layer": layer, "error": error, "category": category,
            "gold_subtype": gold_subtype, "predicted_subtype": predicted_subtype,
            "start": start, "end": end, "text": piece, "word": piece.lower(),
            "sentence": sentence, "sentence_start": sentence_start, "rule": rule or "",
            "detail": detail}


def _describe(text: str, relation: dict) -> str:
    parts = []
    for part in ("source", "content"):
        span = relation.get(part)
        parts.append(f"{part}: {text[span[0]:span[1]]!r}" if span else f"{part}: none")
    parts.extend(f"{k}: {relation.get(k)}" for k in _ATTRIBUTES)
    return "; ".join(parts)


def evaluate(predicted: Any, gold: Any) -> EvaluationResult:
    """Score ``predicted`` against ``gold`` as ``shared/gold/score.py`` does (MARKERS.md).

    Both take a JSONL path, a list of paths, an :class:`~toolkit.Analysis` (predicted only),
    records in the gold schema, or ``{id: record}``. Gold documents without a prediction count
    as predicted empty; predictions for documents not in the gold are ignored.

    >>> result = evaluate(toolkit.analyze(texts), ["gold/seed.jsonl"])   # doctest: +SKIP
    >>> result.markers.query("level == 'category'")                      # doctest: +SKIP
    >>> result.errors.query("category == 'hedge'")[["error", "text", "sentence"]]  # doctest: +SKIP
    """
    gold_docs = load_records(gold, name="gold")
    pred_docs = load_records(predicted, name="predicted")
    _check_gold(gold_docs)
    notes: list[str] = []
    unknown: dict[str, int] = defaultdict(int)
    for doc_id, pred in pred_docs.items():
        if doc_id in gold_docs and "text" in pred and pred["text"] != gold_docs[doc_id]["text"]:
            notes.append(f"{doc_id}: predicted text differs from the gold text")
        for m in pred["markers"]:
            if m.get("category") not in CATEGORIES:
                unknown[m.get("category")] += 1
    notes.extend(f"{n} predicted markers of unknown category {c!r}" for c, n in unknown.items())
    for note in notes:
        warnings.warn(note, stacklevel=2)

    counts = {c: [0, 0, 0] for c in CATEGORIES}
    subtype_counts = {(c, s): [0, 0, 0] for c in CATEGORIES for s in SUBTYPES[c]}
    subtype_hits = {c: [0, 0] for c in CATEGORIES}
    rel = {part: [0, 0, 0] for part in ("cue", "source", "content")}
    attr_hits: dict[str, list[int]] = {}
    errors: list[dict] = []
    doc_rows: list[dict] = []
    for doc_id, gold_doc in gold_docs.items():
        before = {**{c: list(v) for c, v in counts.items()}, **{p: list(v) for p, v in rel.items()}}
        pred = pred_docs.get(doc_id, {"markers": [], "attributions": []})
        text = gold_doc["text"]
        for cat in CATEGORIES:
            g = [m for m in gold_doc["markers"] if m["category"] == cat]
            p = [m for m in pred["markers"] if m.get("category") == cat]
            pairs, _ = _greedy_match(g, p, lambda m: (m["start"], m["end"]),
                                     lambda a, b: _overlap((a["start"], a["end"]),
                                                           (b["start"], b["end"])))
            counts[cat][0] += len(pairs)
            counts[cat][1] += len(p)
            counts[cat][2] += len(g)
            for m in p:
                if (cat, m.get("subtype")) in subtype_counts:
                    subtype_counts[cat, m.get("subtype")][1] += 1
            for m in g:
                if (cat, m["subtype"]) in subtype_counts:
                    subtype_counts[cat, m["subtype"]][2] += 1
            for i, j in pairs:
                same = g[i]["subtype"] == p[j].get("subtype")
                subtype_hits[cat][0] += same
                subtype_hits[cat][1] += 1
                if same and (cat, g[i]["subtype"]) in subtype_counts:
                    subtype_counts[cat, g[i]["subtype"]][0] += 1
                if not same:
                    errors.append(_error_row(doc_id, text, "marker", "wrong_subtype", cat,
                                             g[i]["subtype"], p[j].get("subtype"),
                                             (p[j]["start"], p[j]["end"]), p[j].get("rule", "")))
            matched_g = {i for i, _ in pairs}
            matched_p = {j for _, j in pairs}
            for j, m in enumerate(p):
                if j not in matched_p:
                    errors.append(_error_row(doc_id, text, "marker", "false_positive", cat, None,
                                             m.get("subtype"), (m["start"], m["end"]),
                                             m.get("rule", "")))
            for i, m in enumerate(g):
                if i not in matched_g:
                    errors.append(_error_row(doc_id, text, "marker", "false_negative", cat,
                                             m["subtype"], None, (m["start"], m["end"])))
        g_rel = gold_doc["attributions"]
        p_rel = list(pred["attributions"])
        pairs, _ = _greedy_match(g_rel, p_rel, lambda r: tuple(r["cue"]),
                                 lambda a, b: _overlap(a["cue"], b["cue"]))
        rel["cue"][0] += len(pairs)
        for part in rel:
            rel[part][1] += len(p_rel)
            rel[part][2] += len(g_rel)
        for i, j in pairs:
            a, b = g_rel[i], p_rel[j]
            checks = {"source": _source_correct(text, a["source"], b.get("source")),
                      "content": _content_correct(text, a["content"], b.get("content"))}
            for part, ok in checks.items():
                rel[part][0] += ok
                if not ok:
                    gold_span, pred_span = a[part], b.get(part)
                    detail = (f"gold {part}: "
                              + (repr(text[gold_span[0]:gold_span[1]]) if gold_span else "none")
                              + f"; predicted {part}: "
                              + (repr(text[pred_span[0]:pred_span[1]]) if pred_span else "none"))
                    errors.append(_error_row(doc_id, text, "attribution", f"wrong_{part}",
                                             "attribution", a["kind"], b.get("kind"), b["cue"],
                                             detail=detail))
            for key in _ATTRIBUTES:
                hit = attr_hits.setdefault(key, [0, 0])
                ok = a[key] == b.get(key)
                hit[0] += ok
                hit[1] += 1
                if not ok:
                    errors.append(_error_row(doc_id, text, "attribution", f"wrong_{key}",
                                             "attribution", a["kind"], b.get("kind"), b["cue"],
                                             detail=f"gold {a[key]}, predicted {b.get(key)}"))
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        for j, r in enumerate(p_rel):
            if j not in matched_p:
                errors.append(_error_row(doc_id, text, "attribution", "false_positive",
                                         "attribution", None, r.get("kind"), r["cue"],
                                         detail=_describe(text, r)))
        for i, r in enumerate(g_rel):
            if i not in matched_g:
                errors.append(_error_row(doc_id, text, "attribution", "false_negative",
                                         "attribution", r["kind"], None, r["cue"],
                                         detail=_describe(text, r)))
        after = {**counts, **rel}
        for item, values in after.items():
            doc_rows.append({"doc_id": doc_id, "item": item,
                             **dict(zip(("tp", "predicted", "gold"),
                                        (a - b for a, b in zip(values, before[item],
                                                               strict=True)), strict=True))})

    scores_markers: dict[str, dict] = {cat: _prf(*counts[cat]) for cat in CATEGORIES}
    scores_markers["micro"] = _prf(*(sum(counts[c][i] for c in CATEGORIES) for i in range(3)))
    for cat in CATEGORIES:
        hit, n = subtype_hits[cat]
        scores_markers[cat]["subtype_accuracy"] = round(hit / n, 4) if n else None
    scores_attr: dict[str, Any] = {part: _prf(*rel[part]) for part in rel}
    for key, (hit, n) in attr_hits.items():
        scores_attr[f"{key}_accuracy"] = round(hit / n, 4) if n else None
    scores = {"markers": scores_markers, "attributions": scores_attr}

    rows = []
    for cat in CATEGORIES:
        rows.append({"level": "category", "category": cat, "subtype": None,
                     **scores_markers[cat]})
        for sub in SUBTYPES[cat]:
            rows.append({"level": "subtype", "category": cat, "subtype": sub,
                         **_prf(*subtype_counts[cat, sub]), "subtype_accuracy": None})
    rows.append({"level": "micro", "category": "micro", "subtype": None,
                 **scores_markers["micro"], "subtype_accuracy": None})
    markers = pd.DataFrame(rows)
    attr_rows = [{"row": part, **scores_attr[part], "accuracy": None, "n": None}
                 for part in ("cue", "source", "content")]
    for key in _ATTRIBUTES:
        hit, n = attr_hits.get(key, (0, 0))
        attr_rows.append({"row": key, "accuracy": round(hit / n, 4) if n else None, "n": n})
    attributions = pd.DataFrame(attr_rows, columns=["row", "precision", "recall", "f1", "tp",
                                                    "predicted", "gold", "accuracy", "n"])
    attributions = attributions.astype({c: "Int64" for c in ("tp", "predicted", "gold", "n")})
    attributions["accuracy"] = attributions["accuracy"].astype("Float64")
    error_frame = pd.DataFrame(errors, columns=ERROR_COLUMNS).astype(
        {"start": "Int64", "end": "Int64", "sentence_start": "Int64"})
    by_document = pd.DataFrame(doc_rows, columns=["doc_id", "item", "tp", "predicted", "gold"])
    return EvaluationResult(scores, markers, attributions, error_frame, notes, by_document)


# ---------------------------------------------------------------------------------------
# agreement

_LABEL_NONE = "none"


def _token_bounds(text: str) -> list[tuple[int, int]]:
    """Word tokens (spaCy's English tokenizer, punctuation and spaces left out)."""
    doc = _sentencizer().make_doc(text)
    return [(t.idx, t.idx + len(t)) for t in doc if not (t.is_punct or t.is_space)]


def _unit_labels(record: dict, units: list[tuple[int, int]]) -> list[set[str]]:
    """For each unit, the set of categories (and ``attribution``) a coder marked in it."""
    spans = [((m["start"], m["end"]), m["category"]) for m in record["markers"]]
    spans += [(tuple(r["cue"]), "attribution") for r in record["attributions"]]
    return [{cat for (s, e), cat in spans if s < end and start < e} for start, end in units]


def agreement(coder_a: Any, coder_b: Any, *, unit: str = "token",
              categories: Iterable[str] | None = None) -> pd.DataFrame:
    """Cohen's kappa and Krippendorff's alpha between two codings of the same texts.

    Each coding is what :func:`evaluate` accepts (records in the gold schema, a JSONL path, an
    :class:`~toolkit.Analysis`). The units are the word tokens of each text (``unit="token"``)
    or its sentences (``unit="sentence"``); a unit's label for a category is whether the coder
    marked a span of that category overlapping it (``attribution``: an attribution cue). Rows:
    one per category (a binary decision), and ``all`` whose label is the set of categories of
    the unit (nominal: the same set or not). Only documents both codings hold are compared.

    Columns: ``category``, ``unit``, ``units``, ``marked_a``, ``marked_b``,
    ``observed_agreement``, ``kappa``, ``alpha``. Kappa and alpha are undefined (NaN) when both
    coders give every unit the same label.

    Cohen's kappa, (A_o - A_e) / (1 - A_e) with each coder's own label distribution (Cohen
    1960); Krippendorff's alpha, 1 - D_o / D_e with pooled distributions and the nominal
    distance (Krippendorff 1980); both as computed by NLTK's ``AnnotationTask`` (Artstein &
    Poesio 2008).
    """
    from nltk.metrics.agreement import AnnotationTask

    if unit not in ("token", "sentence"):
        raise ValueError(f"agreement(unit={unit!r}): allowed values are 'token' and 'sentence'")
    a_docs = load_records(coder_a, name="coder_a")
    b_docs = load_records(coder_b, name="coder_b")
    shared = [doc_id for doc_id in a_docs if doc_id in b_docs]
    if not shared:
        raise ValueError("agreement(): the two codings have no document id in common "
                         f"(coder_a: {list(a_docs)[:3]}..., coder_b: {list(b_docs)[:3]}...)")
    wanted = list(categories) if categories is not None else [*CATEGORIES, "attribution"]
    unknown = set(wanted) - {*CATEGORIES, "attribution"}
    if unknown:
        raise ValueError(f"agreement(categories=...): unknown {sorted(unknown)}; allowed: "
                         f"{', '.join([*CATEGORIES, 'attribution'])}")
    items_a: list[set] = []
    items_b: list[set] = []
    for doc_id in shared:
        text = a_docs[doc_id].get("text") or b_docs[doc_id].get("text")
        other = b_docs[doc_id].get("text")
        if not isinstance(text, str):
            raise GoldFormatError(f"agreement(): document {doc_id!r} has no 'text' in either "
                                  "coding")
        if isinstance(other, str) and other != text:
            raise GoldFormatError(f"agreement(): document {doc_id!r} has different texts in the "
                                  "two codings")
        units = _token_bounds(text) if unit == "token" else list(_sentence_bounds(text))
        items_a.extend(_unit_labels(a_docs[doc_id], units))
        items_b.extend(_unit_labels(b_docs[doc_id], units))
    rows = []
    for category in [*wanted, "all"]:
        if category == "all":
            la = ["+".join(sorted(s & set(wanted))) or _LABEL_NONE for s in items_a]
            lb = ["+".join(sorted(s & set(wanted))) or _LABEL_NONE for s in items_b]
        else:
            la = [category if category in s else _LABEL_NONE for s in items_a]
            lb = [category if category in s else _LABEL_NONE for s in items_b]
        data = [("a", i, x) for i, x in enumerate(la)] + [("b", i, x) for i, x in enumerate(lb)]
        same = sum(x == y for x, y in zip(la, lb, strict=True))
        observed = same / len(la) if la else float("nan")
        if len(set(la) | set(lb)) < 2:
            kappa = alpha = float("nan")
        else:
            task = AnnotationTask(data=data)
            kappa, alpha = task.kappa(), task.alpha()
        rows.append({"category": category, "unit": unit, "units": len(la),
                     "marked_a": sum(x != _LABEL_NONE for x in la),
                     "marked_b": sum(x != _LABEL_NONE for x in lb),
                     "observed_agreement": observed, "kappa": kappa, "alpha": alpha})
    return pd.DataFrame(rows)
