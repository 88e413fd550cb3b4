"""Train the attribution-cue classifier (``toolkit/models/cue_classifier.json``).

``make train-cues`` (``python scripts/train_cues.py all``) does, deterministically:

1. ``tune``: fits on all training sets with each C of :data:`C_GRID` and scores the rules +
   classifier on the tuning set, ``evaluation/dev5/gold.jsonl`` (never trained on), at each
   threshold, with and without a veto of rule cues of very low
   probability; the best cue F1 chooses C, the threshold and the veto (ties: the smaller C,
   the lower threshold, no veto), provided it is at least the rules' alone;
2. ``cv``: grouped cross-validation by document over the training sets (5 folds, documents
   assigned by a hash of their id), at the chosen C: cue precision, recall and F1 of the
   rules alone and of the rules + classifier at each threshold, scored by the referee
   (``shared/gold/score.py``);
3. ``cv-unseen``: the same over lemmas the lexicon does not list (a fifth of its verb and
   noun cues taken out in each fold; :func:`cross_validate_unseen`);
4. ``train``: fits on all training sets with the chosen C and writes the model with its
   threshold, veto, gate and provenance in ``meta``.

Training sets (HELPER_BRIEF: what may be trained on): the dev gold with targets and holders
(``shared/gold/stance.jsonl``), ``training/silver/silver.jsonl``,
``evaluation/dev2/gold.jsonl``, ``evaluation/heldout/heldout.jsonl``,
``evaluation/heldout2/heldout2.jsonl``, ``evaluation/dev4/gold.jsonl``,
``evaluation/dev6/gold.jsonl`` (scored unread first, see its README), the blind test's dev
half (``evaluation/blind/gold/dev.jsonl``), dev7's analysis half
(``evaluation/dev7/gold.jsonl#analysis``), ``evaluation/dev8``, ``evaluation/dev9``,
``evaluation/dev10``, ``evaluation/dev11``, ``evaluation/dev12``, ``evaluation/dev14``,
``evaluation/dev15``, ``evaluation/dev16``, ``evaluation/dev17``, ``evaluation/dev18``,
``evaluation/dev19``, ``evaluation/dev20``, ``evaluation/dev21``, ``evaluation/dev22``,
``evaluation/dev23``, ``evaluation/dev24``, ``evaluation/dev25``, ``evaluation/dev26``,
``evaluation/dev27`` and ``evaluation/dev28`` (each scored unread
first, then training data),
each when it is there.
Never ``evaluation/dev3``, dev7's held half, ``evaluation/dev13`` nor the blind test's frozen
parts (its test half and its second set).

Why dev5 tunes and the blind dev half trains: the rules were developed by reading the blind
dev half (rules alone score cue F1 0.89 there, 0.74 on the frozen half), so on it every
setting ties the rules and the choice says nothing. ``evaluation/dev5`` was scored unread
before anything was trained on it (rules cue F1 0.696), the closest stand-in for text nobody
has read; the blind dev half's adjudicated labels are better spent on training.

A candidate is a verb or a common noun (``toolkit.attribution.classifier.cue_candidates``);
its label is 1 when it lies inside a gold cue span. The rules run first (the features say
whether they made the token a cue); the relations the classifier adds are built by the rules'
verb and noun machinery, exactly as ``find_attributions`` builds them.

Usage: ``python scripts/train_cues.py {all,cv,tune,train} [--c C] [--threshold T]
[--out FILE] [--shared DIR]`` (``train`` with ``--c`` and ``--threshold`` skips tuning).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's toolkit, whatever the environment installed
SHARED = Path(os.environ.get("SHARED", ROOT.parent / "shared"))
TRAINING = ("{shared}/gold/stance.jsonl", "training/silver/silver.jsonl",
            "evaluation/dev2/gold.jsonl", "evaluation/heldout/heldout.jsonl",
            "evaluation/heldout2/heldout2.jsonl", "evaluation/dev4/gold.jsonl",
            "evaluation/dev6/gold.jsonl", "evaluation/blind/gold/dev.jsonl",
            "evaluation/dev7/gold.jsonl#analysis", "evaluation/dev8/gold.jsonl",
            "evaluation/dev9/gold.jsonl", "evaluation/dev10/gold.jsonl",
            "evaluation/dev11/gold.jsonl", "evaluation/dev12/gold.jsonl",
            "evaluation/dev14/gold.jsonl", "evaluation/dev15/gold.jsonl",
            "evaluation/dev16/gold.jsonl", "evaluation/dev17/gold.jsonl",
            "evaluation/dev18/gold.jsonl", "evaluation/dev19/gold.jsonl",
            "evaluation/dev20/gold.jsonl", "evaluation/dev21/gold.jsonl",
            "evaluation/dev22/gold.jsonl", "evaluation/dev23/gold.jsonl",
            "evaluation/dev24/gold.jsonl", "evaluation/dev25/gold.jsonl",
            "evaluation/dev26/gold.jsonl", "evaluation/dev27/gold.jsonl",
            "evaluation/dev28/gold.jsonl")
TUNING = "evaluation/dev5/gold.jsonl"
C_GRID = (0.03, 0.1, 0.3, 1.0)
#: C of the cross-validations when none is given or chosen
DEFAULT_C = 0.3
THRESHOLDS = tuple(round(0.3 + 0.05 * k, 2) for k in range(14))  # 0.3 ... 0.95
VETOES = (0.0, 0.02, 0.05, 0.1)
FOLDS = 5
CLASS_WEIGHT = None
AUGMENT = True
#: logits added to the largest context share seen in training (the gate's margin)
CONTEXT_MARGIN = 1.0


@dataclass
class Parsed:
    """One document: its gold record, its parse, the rules' drafts and its candidates."""

    record: dict
    rule_cues: list[tuple[int, int]]
    rule_probabilities: list[float] = field(default_factory=list)
    # per candidate: features, label, the cue the rules build for it with a learned entry (or None)
    features: list[dict] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    built: list[tuple[int, int] | None] = field(default_factory=list)
    rule_features: list[dict] = field(default_factory=list)


def training_paths(shared: Path) -> list[Path]:
    from toolkit.linear import gold_file

    paths = [ROOT / p.format(shared=shared) if not p.startswith("{") else
             Path(p.format(shared=shared)) for p in TRAINING]
    return [p for p in paths if gold_file(p)[0].exists()]  # FILE#HALF: the file exists


def parse(paths: list[Path]) -> tuple[list[dict], list]:
    from toolkit.linear import gold_records, parsed_gold

    records = gold_records(paths)
    return records, parsed_gold(records)


def prepare(paths: list[Path], table=None, parsed: tuple[list[dict], list] | None = None,
            unseen: frozenset[str] = frozenset()) -> list[Parsed]:
    """Parse the documents, run the rules and read every candidate's features and label
    (``table``: the cue table, default the packaged lexicon's; ``unseen``: lemmas whose
    lemma feature is left out, as for a lemma never seen in training)."""
    from toolkit.attribution.classifier import cue_candidates, cue_features
    from toolkit.attribution.cues import cue_table
    from toolkit.attribution.detect import _Finder
    from toolkit.lexicon import default_lexicon

    table = table or cue_table(default_lexicon())
    records, docs = parsed or parse(paths)
    out = []
    for record, doc in zip(records, docs, strict=True):
        finder = _Finder(doc, table)
        drafts = finder.run_rules()
        covered = finder.covered(drafts)
        gold = [tuple(a["cue"]) for a in record["attributions"]]
        item = Parsed(record, [d.cue for d in drafts])
        for draft in drafts:  # the rule cue's own token, for the veto
            token = draft.cue_token
            if token.pos_ in ("VERB", "NOUN"):
                item.rule_features.append(cue_features(token, table, finder.quote_at, True,
                                                       finder.text))
            else:
                item.rule_features.append({})
        for token in cue_candidates(doc):
            ruled = token.i in covered
            features = cue_features(token, table, finder.quote_at, ruled, finder.text)
            if unseen and token.lemma_.lower() in unseen:
                del features["lemma"]
            item.features.append(features)
            item.labels.append(int(any(s < token.idx + len(token) and token.idx < e
                                       for s, e in gold)))
            built = None
            if not ruled and token.i not in finder.used:
                finder.relaxed, used = {token.i}, set(finder.used)
                try:
                    draft = finder.verb(token) if token.pos_ == "VERB" else finder.noun(token)
                finally:
                    finder.relaxed, finder.used = set(), used
                if draft is not None and draft.cue[0] >= finder.headline_end:
                    built = draft.cue
            item.built.append(built)
        out.append(item)
    return out


def fold_of(doc_id: str) -> int:
    return int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % FOLDS


#: the features a lemma the cue lexicon does not list lacks (or has otherwise)
LEXICAL = ("lemma", "lex", "rule")


def unlisted(features: dict) -> dict:
    """The example as if its lemma were unknown to the cue lexicon and to the training data:
    no lemma, no lexicon entry, no rule cue (what an unseen lemma looks like at run time)."""
    out = {k: v for k, v in features.items()
           if k not in LEXICAL and not k.startswith("lextag:")}
    out["lex"] = f"{features['pos']}:none"
    return out


def fit(items: list[Parsed], c: float, meta: dict | None = None):
    """Fit on every candidate, and on a copy of each as if its lemma were unlisted
    (:func:`unlisted`): the lexicon was built on much of the training data, so without the
    copies "unlisted" would mean "not a cue" and a new reporting verb could never win."""
    from toolkit.linear import LinearModel

    examples = [f for item in items for f in item.features]
    labels = [y for item in items for y in item.labels]
    if AUGMENT:
        examples += [unlisted(f) for f in examples]
        labels += labels
    return LinearModel.fit(examples, labels, c=c, class_weight=CLASS_WEIGHT, meta=meta)


def predictions(items: list[Parsed], model, threshold: float | None, veto: float = 0.0
                ) -> list[dict]:
    """Cue predictions (gold schema, cues only) of the rules (``threshold`` None) or of the
    rules + classifier: the relations the classifier adds, in text order, none overlapping a
    kept cue; rule cues of probability below ``veto`` are dropped."""
    out = []
    for item in items:
        cues = list(item.rule_cues)
        if model is not None and veto > 0:
            cues = [c for c, f in zip(item.rule_cues, item.rule_features, strict=True)
                    if not f or model.probability(f) >= veto]
        if threshold is not None:
            for f, built in zip(item.features, item.built, strict=True):
                if built is None or model.probability(f) < threshold:
                    continue
                if any(s < built[1] and built[0] < e for s, e in cues):
                    continue
                cues.append(built)
        out.append({"id": item.record["id"], "markers": [],
                    "attributions": [{"cue": list(c), "source": None, "content": None}
                                     for c in sorted(cues)]})
    return out


def cue_score(items: list[Parsed], preds: list[dict]) -> dict:
    """Cue precision, recall and F1 as the referee scores them (``toolkit.evaluate``, tested
    to agree exactly with ``shared/gold/score.py``)."""
    from toolkit.evaluate import evaluate

    gold = {i.record["id"]: i.record for i in items}
    return evaluate({p["id"]: p for p in preds}, gold).scores["attributions"]["cue"]


class _Cached:
    """A model whose probabilities are memoised per feature dict (the grids score the same
    examples many times)."""

    def __init__(self, model):
        self.model = model
        self.memo: dict[int, float] = {}

    def probability(self, features: dict) -> float:
        key = id(features)
        if key not in self.memo:
            self.memo[key] = self.model.probability(features)
        return self.memo[key]


def row(name: str, score: dict) -> str:
    # the referee's own figures (four decimals), not rounded again
    return (f"| {name} | {score['precision']} | {score['recall']} | {score['f1']} | "
            f"{score['tp']} | {score['predicted']} | {score['gold']} |")


HEAD = "| | P | R | F1 | tp | predicted | gold |\n|---|---|---|---|---|---|---|"


def cross_validate(items: list[Parsed], c: float) -> str:
    lines = [f"Grouped {FOLDS}-fold cross-validation by document over {len(items)} training "
             f"documents (C={c}); cue scores of the held-out folds pooled.", "", HEAD,
             row("rules", cue_score(items, predictions(items, None, None)))]
    held: list[tuple[Parsed, _Cached]] = []
    for k in range(FOLDS):
        train = [i for i in items if fold_of(i.record["id"]) != k]
        test = [i for i in items if fold_of(i.record["id"]) == k]
        model = _Cached(fit(train, c))
        held += [(i, model) for i in test]
    ordered = [i for i, _ in held]
    for threshold in THRESHOLDS:
        preds = []
        for item, model in held:
            preds += predictions([item], model, threshold)
        lines.append(row(f"rules + classifier >= {threshold}", cue_score(ordered, preds)))
    return "\n".join(lines)


def lemma_fold(lemma: str) -> int:
    return int(hashlib.sha256(lemma.split()[0].encode()).hexdigest(), 16) % FOLDS


def cross_validate_unseen(paths: list[Path], c: float) -> str:
    """Cross-validation of lemmas the lexicon does not list: in fold k the verb and noun
    cues whose (first) lemma falls in lemma fold k are taken out of the cue table, their
    lemmas' own features out of every example, and the model is fitted on the documents of
    the other document folds and scored on those of fold k. Rules with the reduced table
    against rules + classifier with the same table: what the classifier recovers of cues the
    lexicon has never listed."""
    from toolkit.attribution.cues import CueTable, cue_table
    from toolkit.lexicon import default_lexicon

    full = cue_table(default_lexicon())
    parsed = parse(paths)
    pooled_rules: list[dict] = []
    pooled: dict[float, list[dict]] = {t: [] for t in THRESHOLDS}
    tested: list[Parsed] = []
    for k in range(FOLDS):
        table = CueTable({key: e for key, e in full.verbs.items() if lemma_fold(key) != k},
                         {key: e for key, e in full.nouns.items() if lemma_fold(key) != k},
                         full.adverbs, full.adjectives, full.preps)
        unseen = frozenset(key.split()[0] for key in (*full.verbs, *full.nouns)
                           if lemma_fold(key) == k)
        items = prepare(paths, table, parsed, unseen)
        train = [i for i in items if fold_of(i.record["id"]) != k]
        test = [i for i in items if fold_of(i.record["id"]) == k]
        model = _Cached(fit(train, c))
        tested += test
        pooled_rules += predictions(test, None, None)
        for threshold in THRESHOLDS:
            pooled[threshold] += predictions(test, model, threshold)
    lines = [f"Unlisted-lemma cross-validation ({FOLDS} folds of lemmas x documents, C={c}): "
             "in each fold a fifth of the lexicon's verb and noun cues is taken out.", "",
             HEAD, row("rules, full lexicon", cue_score(items_full := prepare(
                 paths, full, parsed), predictions(items_full, None, None))),
             row("rules, reduced lexicon", cue_score(tested, pooled_rules))]
    for threshold in THRESHOLDS:
        lines.append(row(f"reduced + classifier >= {threshold}",
                         cue_score(tested, pooled[threshold])))
    return "\n".join(lines)


def tune(items: list[Parsed], tuning: list[Parsed]) -> tuple[dict, str]:
    rules = cue_score(tuning, predictions(tuning, None, None))
    lines = [f"Tuning on {TUNING} (fitted on all training sets).", "", HEAD,
             row("rules", rules)]
    best: dict = {"f1": -1.0}
    grid: dict[str, float] = {}  # "C/threshold/veto" -> cue F1 on the tuning set
    for c in C_GRID:
        model = _Cached(fit(items, c))
        for threshold in THRESHOLDS:
            for veto in VETOES:
                score = cue_score(tuning, predictions(tuning, model, threshold, veto))
                grid[f"{c}/{threshold}/{veto}"] = score["f1"]
                if veto == 0.0 or score["f1"] > best["f1"]:
                    lines.append(row(f"C={c}, >= {threshold}" + (f", veto < {veto}" if veto
                                                                  else ""), score))
                # ties keep the earlier (smaller C, lower threshold, no veto): of equal
                # scores, the one that lets the classifier add the most
                if score["f1"] > best["f1"]:
                    best = {"f1": score["f1"], "c": c, "threshold": threshold, "veto": veto,
                            "score": score}
    if best["f1"] < rules["f1"]:
        best = {"f1": rules["f1"], "c": None, "threshold": None, "veto": 0.0}
    best["rules_f1"] = rules["f1"]
    lines += ["", f"chosen: {json.dumps(best)}"]
    return dict(best, grid=grid), "\n".join(lines)


def named(path: Path) -> str:
    """A training file as the model's provenance names it: relative to the checkout or to
    ../shared, else its file name."""
    path = path.resolve()
    if path.is_relative_to(ROOT):
        return path.relative_to(ROOT).as_posix()
    if path.is_relative_to(SHARED.resolve()):
        return "shared/" + path.relative_to(SHARED.resolve()).as_posix()
    return path.name


def train(items: list[Parsed], c: float, threshold: float, veto: float, out: Path,
          paths: list[Path], tuned: dict | None) -> None:
    from toolkit.attribution.classifier import context_share

    meta = {"threshold": threshold, "veto": veto,
            "trained_on": [named(p) for p in paths],
            "documents": len(items), "chosen_on": TUNING if tuned else "command line",
            "script": "scripts/train_cues.py"}
    if tuned:  # the tuning set's cue F1 of the setting trained, given or chosen
        meta["tuning_cue_f1"] = tuned.get("grid", {}).get(f"{c}/{threshold}/{veto}")
        meta["tuning_rules_cue_f1"] = tuned.get("rules_f1")
    model = fit(items, c, meta)
    # the gate of toolkit.attribution.classifier: the largest context share of any training
    # verb and noun, plus a margin of one logit for contexts richer than any seen
    model.meta["context_max"] = {
        pos: round(max(context_share(model.weights, f) for item in items
                       for f in item.features if f["pos"] == pos) + CONTEXT_MARGIN, 4)
        for pos in ("verb", "noun")}
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    print(f"{out}: {len(model.weights)} weights, {model.meta['examples']} examples, "
          f"{model.meta['positives']} positives")


def main(argv: list[str] | None = None) -> None:
    global SHARED
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("all", "cv", "cv-unseen", "tune", "train"))
    parser.add_argument("--c", type=float, default=None)
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--veto", type=float, default=0.0)
    parser.add_argument("--out", type=Path, default=ROOT / "toolkit" / "models" /
                        "cue_classifier.json")
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--train", type=Path, nargs="*", default=None,
                        help="training files instead of the project's training sets")
    args = parser.parse_args(argv)
    SHARED = args.shared
    paths = args.train if args.train is not None else training_paths(args.shared)
    items = prepare(paths)
    print(f"training sets: {', '.join(str(p) for p in paths)}; {len(items)} documents, "
          f"{sum(len(i.labels) for i in items)} candidates, "
          f"{sum(sum(i.labels) for i in items)} positives", flush=True)
    tuned = None
    if args.command in ("all", "tune") or args.command == "train" and (
            args.c is None or args.threshold is None):
        tuned, report = tune(items, prepare([ROOT / TUNING]))
        print(report, flush=True)
    # the cross-validations at the C chosen on the tuning set (or given)
    c = args.c if args.c is not None else (tuned or {}).get("c") or DEFAULT_C
    if args.command in ("all", "cv"):
        print(cross_validate(items, c), flush=True)
    if args.command in ("all", "cv-unseen"):
        print(cross_validate_unseen(paths, c), flush=True)
    if args.command in ("all", "train"):
        c = args.c if args.c is not None else (tuned or {}).get("c")
        threshold = args.threshold if args.threshold is not None else (tuned or {}).get(
            "threshold")
        veto = args.veto if args.threshold is not None else (tuned or {}).get("veto", 0.0)
        if c is None or threshold is None:
            sys.exit("every C and threshold scores below the rules alone on the tuning set; "
                     "no model written")
        train(items, c, threshold, veto, args.out, paths, tuned)


if __name__ == "__main__":
    main()
