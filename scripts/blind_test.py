"""The blind test of ``evaluation/blind/``: agreement, adjudication lists, the split, scoring.

    python scripts/blind_test.py agreement [--second] # annotator1 vs annotator2 -> AGREEMENT.md
    python scripts/blind_test.py disagreements N      # batch N's differences, for adjudication
    python scripts/blind_test.py split                # gold/{dev,test}.jsonl from batches 1-2
    python scripts/blind_test.py freeze               # gold/test2.jsonl from batches 3-7
    python scripts/blind_test.py score --half test --label "round 1" [--previous REV]

Texts from sources nobody on the project had read were annotated twice, independently, by
``shared/MARKERS.md`` before any toolkit run touched them (``annotator1/``, ``annotator2/``),
then adjudicated (``gold/batchN.yaml``). ``split`` assigns every text to the *dev* half (for
error analysis) or the *test* half (frozen: scored once per round of changes, each score
recorded in ``SCORES.md`` with its commit), stratified by kind of source, by the SHA-256 of
the text's id, so the split depends on nothing else. Scores come from the referee,
``shared/gold/score.py``.

The second set (batches 3 to 7, made the same way on 2026-12-07) is frozen whole:
``freeze`` writes ``gold/test2.jsonl``, ``score --half test2`` scores it and ``--half
frozen`` scores both frozen parts pooled. There are dev sets enough to read (``evaluation/
dev*``); what the first frozen half lacked was size.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "evaluation" / "blind"
SHARED = Path(os.environ.get("TOOLKIT_SHARED", ROOT.parent / "shared"))
RESOLVE = SHARED / "gold" / "resolve.py"
SCORE = SHARED / "gold" / "score.py"
CATEGORIES = ["intensifier", "booster", "hedge", "downtoner", "evaluation", "denial"]
FIRST_SET = ("1", "2")  #: the batches split into the dev half and the frozen test half
SECOND_SET = ("3", "4", "5", "6", "7")  #: the batches frozen whole as ``test2``
#: the gold files each ``score --half`` reads
HALVES = {"dev": ("dev",), "test": ("test",), "test2": ("test2",), "frozen": ("test", "test2")}
#: how a round's heading names what it scored
PART_NAMES = {"dev": "dev half", "test": "test half", "test2": "second set",
              "frozen": "both frozen parts"}


def resolve(yaml_paths: list[Path], out: Path) -> Path:
    """YAML annotations -> offset JSONL with targets and holders (``resolve.py --stance``)."""
    done = subprocess.run([sys.executable, str(RESOLVE), "--stance", *map(str, yaml_paths)],
                          capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"resolve.py failed on {yaml_paths}:\n{done.stderr}")
    out.write_text(done.stdout, encoding="utf-8")
    return out


def referee(gold: list[Path], predicted: Path) -> dict:
    done = subprocess.run([sys.executable, str(SCORE), *map(str, gold), str(predicted),
                           "--json"], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def sources(batches: tuple[str, ...] = FIRST_SET + SECOND_SET) -> list[dict]:
    """The rows of ``sources_batchN.csv`` for the given batches."""
    rows = []
    for batch in batches:
        with (BLIND / f"sources_batch{batch}.csv").open(encoding="utf-8") as handle:
            rows += list(csv.DictReader(handle))
    return rows


def _f(value) -> str:
    return "–" if value is None else f"{int(value * 1000) / 1000:.3f}"  # truncated


def f1_intervals(gold: Path, predicted: Path) -> dict[str, tuple[float, float]]:
    """95 % bootstrap intervals of each category's, the micro and the cue, source and
    content F1, resampling the gold's documents (:meth:`toolkit.evaluate.EvaluationResult.
    f1_interval`, whose F1 agrees with score.py's)."""
    sys.path.insert(0, str(ROOT))
    from toolkit.evaluate import evaluate

    result = evaluate(predicted, gold)
    return {item: result.f1_interval(item)
            for item in (*CATEGORIES, "micro", "cue", "source", "content")}


def _interval(intervals: dict | None, item: str) -> str:
    if not intervals or item not in intervals:
        return ""
    low, high = intervals[item]
    if low != low:  # NaN: nothing to score in any document
        return " – |"
    return f" {_f(low)}-{_f(high)} |"


def score_table(result: dict, intervals: dict | None = None) -> list[str]:
    """Markdown rows: P/R/F1 per category and micro, cue/source/content, accuracies; with
    ``intervals`` (:func:`f1_intervals`) a column of the F1's 95 % interval."""
    ci_head, ci_rule = (" F1 95 % CI |", "---|") if intervals else ("", "")
    lines = [f"| | P | R | F1 |{ci_head} gold | subtype acc. | target acc. |",
             f"|---|---|---|---|{ci_rule}---|---|---|"]
    for name in [*CATEGORIES, "micro"]:
        row = result["markers"][name]
        lines.append(f"| {name} | {_f(row['precision'])} | {_f(row['recall'])} | "
                     f"{_f(row['f1'])} |{_interval(intervals, name)} {row['gold']} | "
                     f"{_f(row.get('subtype_accuracy'))} | "
                     f"{_f(row.get('target_accuracy'))} |")
    attributions = result["attributions"]
    for part in ("cue", "source", "content"):
        row = attributions[part]
        lines.append(f"| attribution {part} | {_f(row['precision'])} | {_f(row['recall'])} | "
                     f"{_f(row['f1'])} |{_interval(intervals, part)} {row['gold']} | | |")
    micro = result["markers"]["micro"]
    lines.append(f"\nkind acc. {_f(attributions.get('kind_accuracy'))}, source_type acc. "
                 f"{_f(attributions.get('source_type_accuracy'))}, stance acc. "
                 f"{_f(attributions.get('stance_accuracy'))}; holder acc. "
                 f"{_f(micro.get('holder_accuracy'))}, target acc. "
                 f"{_f(micro.get('target_accuracy'))}")
    return lines


def agreement(args) -> None:
    """Each annotator as the other's 'prediction': F1 is symmetric in the two roles."""
    tmp = Path(tempfile.mkdtemp())
    chosen = SECOND_SET if args.second else FIRST_SET
    batches = [f"batch{b}.yaml" for b in chosen if (BLIND / "annotator1" / f"batch{b}.yaml")
               .exists() and (BLIND / "annotator2" / f"batch{b}.yaml").exists()]
    a = resolve([BLIND / "annotator1" / b for b in batches], tmp / "a1.jsonl")
    b = resolve([BLIND / "annotator2" / b for b in batches], tmp / "a2.jsonl")
    result = referee([a], b)
    n_a = sum(len(json.loads(line)["markers"]) for line in a.read_text().splitlines())
    n_b = sum(len(json.loads(line)["markers"]) for line in b.read_text().splitlines())
    lines = ["# Agreement of the two independent annotations", "",
             f"{', '.join(batches)}: annotator 1 as reference, annotator 2 scored against it "
             "with `shared/gold/score.py` (F1 is the same either way round; P and R swap). "
             f"Annotator 1: {n_a} markers; annotator 2: {n_b}. Target and holder accuracy "
             "are over the markers both marked.", "", *score_table(result), ""]
    target = BLIND / ("AGREEMENT2.md" if args.second else "AGREEMENT.md")
    target.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def disagreements(args) -> None:
    """Every difference between the two annotations of a batch, text by text."""
    tmp = Path(tempfile.mkdtemp())
    name = f"batch{args.batch}.yaml"
    one = {d["id"]: d for d in map(json.loads, resolve(
        [BLIND / "annotator1" / name], tmp / "1.jsonl").read_text().splitlines())}
    two = {d["id"]: d for d in map(json.loads, resolve(
        [BLIND / "annotator2" / name], tmp / "2.jsonl").read_text().splitlines())}
    out = [f"# Disagreements, batch {args.batch}", ""]
    for doc_id in sorted(set(one) | set(two)):
        if doc_id not in one or doc_id not in two:
            out += [f"## {doc_id}: annotated by only one annotator", ""]
            continue
        text = one[doc_id]["text"]

        def span(s, text=text):
            """A span's words, and where they start when the same characters occur earlier
            in the text (the two annotations may name the same words at different places)."""
            if not isinstance(s, list):
                return s
            words = text[s[0]:s[1]]
            return words if text.find(words) == s[0] else f"{words} @{s[0]}"

        rows = []
        for m in one[doc_id]["markers"]:
            hit = [n for n in two[doc_id]["markers"] if n["category"] == m["category"]
                   and _overlap((m["start"], m["end"]), (n["start"], n["end"]))]
            where = text[max(0, m["start"] - 50):m["end"] + 50].replace("\n", " ")
            if not hit:
                rows.append(f"- only A: {m['category']}/{m['subtype']} «{m['text']}» … {where}")
                continue
            n = hit[0]
            for key in ("subtype", "target", "holder"):
                if span(m.get(key)) != span(n.get(key)):
                    rows.append(f"- {key}: «{m['text']}» ({m['category']}) A={span(m.get(key))!r}"
                                f" B={span(n.get(key))!r}")
        for n in two[doc_id]["markers"]:
            if not any(m["category"] == n["category"] and _overlap(
                    (m["start"], m["end"]), (n["start"], n["end"]))
                    for m in one[doc_id]["markers"]):
                where = text[max(0, n["start"] - 50):n["end"] + 50].replace("\n", " ")
                rows.append(f"- only B: {n['category']}/{n['subtype']} «{n['text']}» … {where}")
        for r in one[doc_id]["attributions"]:
            hit = [s for s in two[doc_id]["attributions"] if _overlap(r["cue"], s["cue"])]
            if not hit:
                rows.append(f"- only A attribution: cue «{span(r['cue'])}» source "
                            f"{span(r['source'])!r} content {span(r['content'])!r}")
                continue
            s = hit[0]
            for key in ("source", "content"):
                if span(r[key]) != span(s[key]):
                    rows.append(f"- attribution «{span(r['cue'])}» {key}: A={span(r[key])!r} "
                                f"B={span(s[key])!r}")
            for key in ("kind", "source_type", "stance"):
                if r[key] != s[key]:
                    rows.append(f"- attribution «{span(r['cue'])}» {key}: A={r[key]} B={s[key]}")
        for s in two[doc_id]["attributions"]:
            if not any(_overlap(r["cue"], s["cue"]) for r in one[doc_id]["attributions"]):
                rows.append(f"- only B attribution: cue «{span(s['cue'])}» source "
                            f"{span(s['source'])!r} content {span(s['content'])!r}")
        out += [f"## {doc_id} ({len(rows)})", "", *(rows or ["(none)"]), ""]
    target = BLIND / f"disagreements_batch{args.batch}.md"
    target.write_text("\n".join(out), encoding="utf-8")
    print(f"{target}: {sum(line.startswith('- ') for line in out)} differences")


def half_of(doc_id: str, kind_order: dict[str, int]) -> str:
    return "dev" if kind_order[doc_id] % 2 == 0 else "test"


def split(_args) -> None:
    """dev/test halves, stratified by kind: within each kind, texts ordered by the SHA-256 of
    their id alternate dev, test, dev, ..."""
    rows = sources(FIRST_SET)
    by_kind: dict[str, list[str]] = {}
    for row in rows:
        by_kind.setdefault(row["kind"], []).append(row["id"])
    order, flip = {}, 0
    for kind in sorted(by_kind):  # alternate the first half across kinds too (odd counts)
        ids = sorted(by_kind[kind], key=lambda i: hashlib.sha256(i.encode()).hexdigest())
        for rank, doc_id in enumerate(ids):
            order[doc_id] = rank + flip
        flip += len(ids) % 2
    docs = _adjudicated(FIRST_SET, rows)
    for half in ("dev", "test"):
        _write_half(half, [d for d in docs if half_of(d["id"], order) == half])
    with (BLIND / "split.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "kind", "half"])
        for row in sorted(rows, key=lambda r: r["id"]):
            writer.writerow([row["id"], row["kind"], half_of(row["id"], order)])


def _adjudicated(batches: tuple[str, ...], rows: list[dict]) -> list[dict]:
    """The adjudicated gold of ``batches``, resolved; every text of ``rows`` must be in it."""
    gold_yaml = [BLIND / "gold" / f"batch{b}.yaml" for b in batches]
    docs = [json.loads(line) for line in resolve(gold_yaml, Path(tempfile.mkdtemp())
                                                  / "gold.jsonl").read_text().splitlines()]
    missing = {r["id"] for r in rows} - {d["id"] for d in docs}
    if missing:
        raise SystemExit(f"no adjudicated gold for {sorted(missing)}")
    return docs


def _write_jsonl(path: Path, docs: list[dict]) -> Path:
    """Gold documents as JSONL, one per line."""
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs),
                    encoding="utf-8")
    return path


def _write_half(half: str, docs: list[dict]) -> None:
    path = _write_jsonl(BLIND / "gold" / f"{half}.jsonl", docs)
    words = sum(len(re.findall(r"[A-Za-z]+", d["text"])) for d in docs)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    print(f"{half}: {len(docs)} texts, {words} words, "
          f"{sum(len(d['markers']) for d in docs)} markers, "
          f"{sum(len(d['attributions']) for d in docs)} attributions; sha256 {digest}")


def freeze(_args) -> None:
    """The second set, frozen whole: gold/test2.jsonl from the adjudicated batches 3-7."""
    _write_half("test2", _adjudicated(SECOND_SET, sources(SECOND_SET)))


def _inputs(golds: list[Path], out: Path) -> Path:
    with out.open("w", encoding="utf-8") as handle:
        for gold in golds:
            for line in gold.read_text(encoding="utf-8").splitlines():
                doc = json.loads(line)
                handle.write(json.dumps({"id": doc["id"], "text": doc["text"]}) + "\n")
    return out


def predict_with(tree: Path, inputs: Path, out: Path, *, plain: bool = False,
                 engine: str = "rules") -> Path:
    """Predictions of the toolkit in ``tree`` (a checkout or a worktree of a commit)."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    if plain:
        code = ("import json,sys; from toolkit.baselines import plain_lexicon_predictions;"
                "recs=[json.loads(l) for l in open(sys.argv[1])];"
                "[print(json.dumps(p)) for p in plain_lexicon_predictions(recs)]")
        command = [sys.executable, "-c", code, str(inputs)]
    else:
        command = [sys.executable, "-m", "toolkit", "predict", str(inputs)]
        if engine != "rules":
            command += ["--engine", engine]
    with out.open("w", encoding="utf-8") as handle:
        subprocess.run(command, cwd=tree, env=env, stdout=handle, check=True)
    return out


def _commit(tree: Path) -> str:
    return subprocess.run(["git", "-C", str(tree), "rev-parse", "--short", "HEAD"],
                          capture_output=True, text=True, check=True).stdout.strip()


def score(args) -> None:
    golds = [BLIND / "gold" / f"{name}.jsonl" for name in HALVES[args.half]]
    tmp = Path(tempfile.mkdtemp())
    inputs = _inputs(golds, tmp / "in.jsonl")
    head = _commit(ROOT)
    toolkit = predict_with(ROOT, inputs, tmp / "toolkit.jsonl")
    systems = {f"toolkit {head}": toolkit,
               "plain lexicon": predict_with(ROOT, inputs, tmp / "plain.jsonl", plain=True)}
    for engine in args.engines:
        systems[f"toolkit {head}, engine {engine}"] = predict_with(
            ROOT, inputs, tmp / f"{engine}.jsonl", engine=engine)
    for number, revision in enumerate(args.previous):
        tree = tmp / f"previous{number}"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree),
                        revision], check=True)
        try:
            systems[f"previous release {_commit(tree)}"] = predict_with(
                tree, inputs, tmp / f"previous{number}.jsonl")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(tree)], check=True)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    named = " and ".join(f"`evaluation/blind/gold/{g.name}` (sha256 "
                         f"`{hashlib.sha256(g.read_bytes()).hexdigest()[:16]}`)" for g in golds)
    lines = [f"## {args.label}: {PART_NAMES[args.half]}, scored {stamp}", "",
             f"Gold {named}; working tree "
             f"{'clean' if not _dirty() else 'DIRTY'} at commit {head}.", ""]
    pooled = golds[0] if len(golds) == 1 else _pooled(golds, tmp / "gold.jsonl")
    for name, predicted in systems.items():
        lines += [f"### {name}", "",
                  *score_table(referee(golds, predicted), f1_intervals(pooled, predicted)), ""]
    if args.by_kind:
        lines += [f"### toolkit {head} by kind of source", "",
                  *kind_table(pooled, toolkit, tmp), ""]
    with (BLIND / "SCORES.md").open("a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    print("\n".join(lines))


def _f1_if_any(row: dict) -> str:
    """A referee row's F1, or – where the gold holds none of it."""
    return _f(row["f1"]) if row["gold"] else "–"


def kind_table(gold: Path, predicted: Path, tmp: Path) -> list[str]:
    """Markdown rows: the scores of the texts of each kind of source (``sources_batch*.csv``),
    each kind scored alone by the referee; few texts each, so read them as where to look."""
    kind_of = {row["id"]: row["kind"] for row in sources()}
    docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    lines = ["| kind | texts | markers | markers F1 | cues | cue F1 | source F1 | content F1 "
             "| holder acc. |", "|---|---|---|---|---|---|---|---|---|"]
    for kind in sorted({kind_of[d["id"]] for d in docs}):
        chosen = [d for d in docs if kind_of[d["id"]] == kind]
        result = referee([_write_jsonl(tmp / f"kind_{kind}.jsonl", chosen)], predicted)
        micro, attributions = result["markers"]["micro"], result["attributions"]
        lines.append(f"| {kind} | {len(chosen)} | {micro['gold']} | {_f1_if_any(micro)} | "
                     f"{attributions['cue']['gold']} | {_f1_if_any(attributions['cue'])} | "
                     f"{_f1_if_any(attributions['source'])} | "
                     f"{_f1_if_any(attributions['content'])} "
                     f"| {_f(micro.get('holder_accuracy'))} |")
    return lines


def _pooled(golds: list[Path], out: Path) -> Path:
    """One JSONL of several gold files, for the bootstrap over all their documents."""
    out.write_text("".join(g.read_text(encoding="utf-8") for g in golds), encoding="utf-8")
    return out


def _dirty() -> bool:
    return bool(subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "toolkit"],
                               capture_output=True, text=True).stdout.strip())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(required=True)
    agree = sub.add_parser("agreement")
    agree.add_argument("--second", action="store_true",
                       help="the second set (batches 3-7) -> AGREEMENT2.md")
    agree.set_defaults(func=agreement)
    one = sub.add_parser("disagreements")
    one.add_argument("batch", type=int)
    one.set_defaults(func=disagreements)
    sub.add_parser("split").set_defaults(func=split)
    sub.add_parser("freeze").set_defaults(func=freeze)
    scoring = sub.add_parser("score")
    scoring.add_argument("--half", choices=list(HALVES), required=True)
    scoring.add_argument("--label", required=True)
    scoring.add_argument("--previous", nargs="*", default=[],
                         help="also score these commits (e.g. the last release)")
    scoring.add_argument("--engines", nargs="*", default=[], choices=["model", "combined"],
                         help="also score the learned engines (toolkit.learned)")
    scoring.add_argument("--by-kind", action="store_true",
                         help="also score the toolkit on each kind of source alone")
    scoring.set_defaults(func=score)
    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
