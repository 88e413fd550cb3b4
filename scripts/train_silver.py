"""Train the learned marker and cue detector on the silver corpus (issue 15): ``make train``.

    python scripts/train_silver.py resolve     # annotations -> silver.jsonl (needs ../shared)
    python scripts/train_silver.py agreement   # the double-annotated sample: F1 of the two
    python scripts/train_silver.py train       # silver.jsonl -> training/model (spaCy spancat)
    python scripts/train_silver.py score HALF  # the model on evaluation/blind/gold/HALF.jsonl

``resolve`` turns the hand annotations into offsets with ``shared/gold/resolve.py`` and writes
``training/silver/silver.jsonl`` (committed, so training needs nothing outside the
repository). ``train`` tokenises with the toolkit's pipeline (tokenizer only), puts every
marker on ``doc.spans["sc"]`` labelled ``category/subtype`` and every attribution cue labelled
``attribution_cue``, splits the texts 90/10 (seed 15) and runs ``spacy train`` with
``training/spancat.cfg`` (fixed seeds); the model goes to ``training/model/model-best``.
"""

from __future__ import annotations

import argparse
import json
import random
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


def train(args) -> None:
    from toolkit.nlp import load_pipeline

    records = [json.loads(line) for line in (SILVER / "silver.jsonl").read_text().splitlines()]
    random.Random(15).shuffle(records)
    cut = max(1, len(records) // 10)
    nlp = load_pipeline()
    data = ROOT / "training" / "data"
    data.mkdir(parents=True, exist_ok=True)
    _docbin(records[cut:], nlp).to_disk(data / "train.spacy")
    _docbin(records[:cut], nlp).to_disk(data / "dev.spacy")
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "spacy", "train", str(ROOT / "training" / "spancat.cfg"),
                    "--output", str(ROOT / "training" / "model"), "--paths.train",
                    str(data / "train.spacy"), "--paths.dev", str(data / "dev.spacy"),
                    "--nlp.batch_size", "256"], check=True)
    print(f"trained in {time.monotonic() - started:.0f} s on {len(records) - cut} texts "
          f"({cut} held out for early stopping)")
    package = ROOT / "toolkit" / "models" / "spancat"  # package data: no download at run time
    shutil.rmtree(package, ignore_errors=True)
    shutil.copytree(ROOT / "training" / "model" / "model-best", package)
    print(f"model copied to {package.relative_to(ROOT)}")


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
    sub.add_parser("train").set_defaults(func=train)
    scoring = sub.add_parser("score")
    scoring.add_argument("half", choices=["dev", "test"])
    scoring.add_argument("--threshold", type=float, default=0.5)
    scoring.set_defaults(func=score)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
