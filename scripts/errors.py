"""Error classes of a prediction against gold: missed and spurious markers and cues, by word.

    python scripts/errors.py GOLD.jsonl PRED.jsonl [--category booster] [--kind missed]
                             [--attribution] [--context 60] [--top 40] [--consistency]

Matching is the referee's (``shared/gold/score.py``): a predicted span matches an unmatched
gold span of the same category that it overlaps. Prints, per category, the most frequent
missed (gold, unmatched) and spurious (predicted, unmatched) spans by their lowercased text,
then each one in context. ``--consistency`` prints instead how the missed spans divide by
how the gold itself treats their words (``consistency``). For error analysis on development
data only: it refuses the blind test's frozen parts (its test half and its second set).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from toolkit.evaluate import _greedy_match, _overlap, load_records

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frozen_guard import refuse_frozen  # noqa: E402

CATEGORIES = ["intensifier", "booster", "hedge", "downtoner", "evaluation", "denial"]


def _unmatched(gold: list[tuple[int, int]], pred: list[tuple[int, int]]):
    """The referee's greedy one-to-one matching (``toolkit.evaluate``); returns (missed
    gold, spurious predicted)."""
    pairs, _ = _greedy_match(gold, pred, key=lambda span: span, same=_overlap)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    return ([g for i, g in enumerate(gold) if i not in matched_gold],
            sorted(p for j, p in enumerate(pred) if j not in matched_pred))


def errors(gold_docs: dict, pred_docs: dict, *, attribution: bool = False) -> list[dict]:
    """One row per missed or spurious span: doc, category, kind, start, end, text."""
    rows = []
    for doc_id, gold in gold_docs.items():
        pred = pred_docs.get(doc_id, {"markers": [], "attributions": []})
        text = gold["text"]
        if attribution:
            groups = {"cue": ([tuple(r["cue"]) for r in gold["attributions"]],
                              [tuple(r["cue"]) for r in pred.get("attributions", [])])}
        else:
            groups = {c: ([(m["start"], m["end"]) for m in gold["markers"] if m["category"] == c],
                          [(m["start"], m["end"]) for m in pred.get("markers", [])
                           if m["category"] == c]) for c in CATEGORIES}
        for category, (g, p) in groups.items():
            missed, spurious = _unmatched(g, p)
            for kind, spans in (("missed", missed), ("spurious", spurious)):
                rows += [{"doc": doc_id, "category": category, "kind": kind, "start": s,
                          "end": e, "text": text[s:e], "_doc_text": text} for s, e in spans]
    return rows


#: the groups of ``consistency``, in the order printed
CONSISTENCY_GROUPS = ("marked in at least half", "marked in fewer than half", "occurs once")


def consistency(gold_docs: dict, rows: list[dict], *, attribution: bool = False
                ) -> dict[str, Counter]:
    """How the missed spans divide by how the gold treats their words, per category: the
    span's text (lowercased, as a whole word) occurs in the gold's texts N times and the
    gold marks it so (that category; a cue) at M of them. ``marked in at least half``
    (M/N >= 0.5, N > 1): a word the gold mostly takes, which a lexicon entry or a looser
    rule could find; ``marked in fewer than half``: a word whose context decides, where only
    a rule that tells the contexts apart can gain (or the gold treats like contexts apart);
    ``occurs once``: the long tail. Returns {category: Counter(group -> missed spans)}."""
    marked: Counter = Counter()
    for doc in gold_docs.values():
        text = doc["text"]
        spans = ([("cue", tuple(r["cue"])) for r in doc["attributions"]] if attribution else
                 [(m["category"], (m["start"], m["end"])) for m in doc["markers"]])
        for category, (start, end) in spans:
            marked[(category, text[start:end].lower())] += 1
    missed = [r for r in rows if r["kind"] == "missed"]
    occurrences: Counter = Counter()
    for word in {r["text"].lower() for r in missed}:
        pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)
        occurrences[word] = sum(len(pattern.findall(doc["text"])) for doc in gold_docs.values())
    groups: dict[str, Counter] = {}
    for r in missed:
        word = r["text"].lower()
        seen = max(occurrences[word], 1)
        share = marked[(r["category"], word)] / seen
        group = CONSISTENCY_GROUPS[2] if seen == 1 else \
            CONSISTENCY_GROUPS[0] if share >= 0.5 else CONSISTENCY_GROUPS[1]
        groups.setdefault(r["category"], Counter())[group] += 1
    return groups


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument("--category", help="only this category (markers)")
    parser.add_argument("--kind", choices=["missed", "spurious"], help="only this kind")
    parser.add_argument("--attribution", action="store_true", help="cues, not markers")
    parser.add_argument("--context", type=int, default=60, help="characters either side")
    parser.add_argument("--top", type=int, default=40, help="most frequent words shown")
    parser.add_argument("--consistency", action="store_true",
                        help="only how the missed spans divide by the gold's own treatment "
                             "of their words")
    args = parser.parse_args(argv)
    gold_docs = load_records(args.gold, name="gold")
    refuse_frozen(args.gold, gold_docs)
    predictions = load_records(args.pred, name="predictions")
    rows = errors(gold_docs, predictions, attribution=args.attribution)
    rows = [r for r in rows if (not args.category or r["category"] == args.category)
            and (not args.kind or r["kind"] == args.kind)]
    if args.consistency:
        groups = consistency(gold_docs, rows, attribution=args.attribution)
        total: Counter = sum(groups.values(), Counter())
        print(f"{'missed':<14}{'all':>6}" + "".join(f"{g:>28}" for g in CONSISTENCY_GROUPS))
        for category, counts in [*sorted(groups.items()), ("all", total)]:
            print(f"{category:<14}{sum(counts.values()):>6}" +
                  "".join(f"{counts[g]:>28}" for g in CONSISTENCY_GROUPS))
        return
    for (category, kind) in sorted({(r["category"], r["kind"]) for r in rows}):
        group = [r for r in rows if (r["category"], r["kind"]) == (category, kind)]
        counts = Counter(r["text"].lower() for r in group)
        print(f"## {category} {kind}: {len(group)}")
        print("   " + ", ".join(f"{w} {n}" for w, n in counts.most_common(args.top)))
        for r in group:
            t, s, e, c = r["_doc_text"], r["start"], r["end"], args.context
            left = t[max(0, s - c):s].replace("\n", " ")
            right = t[e:e + c].replace("\n", " ")
            print(f"   {r['doc'][:28]:<28} {left:>{c}}[[{t[s:e]}]]{right}")
        print()


if __name__ == "__main__":
    main()
