"""Error classes of attribution spans, source types and marker holders over matched pairs.

    python scripts/span_errors.py GOLD.jsonl PRED.jsonl [--show source|content|type|holder]
                                  [--limit 30]

Cues are matched as the referee does (``shared/gold/score.py``: greedy, overlapping cues);
over the matched pairs the script sorts wrong sources and contents into classes (missing,
spurious, too long, too short, elsewhere), counts source-type confusions, and sorts wrong
marker holders by what went wrong (the gold holder is a source but the prediction says
writer: is the gold attribution found at all, does its predicted content hold the marker?).
For error analysis on development data only: it refuses the blind test's frozen parts.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from toolkit.evaluate import _content_correct as same_content
from toolkit.evaluate import _overlap, load_records
from toolkit.evaluate import _same_source as same_source

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frozen_guard import refuse_frozen  # noqa: E402

# the referee's rules (MARKERS.md, Scoring) as toolkit.evaluate implements them


def _match(gold: list, pred: list, key) -> list[tuple]:
    used, pairs = set(), []
    for p in sorted(pred, key=key):
        for i, g in enumerate(gold):
            if i not in used and _overlap(tuple(g["cue"]), tuple(p["cue"])):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def source_class(text: str, gold, pred) -> str | None:
    """None when right, else the class of the error."""
    if gold is None and pred is None:
        return None
    if gold is None:
        return "spurious source"
    if pred is None:
        return "missing source"
    if same_source(text, gold, pred):
        return None
    return _placement(gold, pred, "too short (head outside)")


def content_class(text: str, gold, pred) -> str | None:
    if same_content(text, gold, pred):
        return None
    if gold is None:
        return "should be null"
    if pred is None:
        return "missing content"
    return _placement(gold, pred, "too short")


def _placement(gold, pred, too_short: str) -> str:
    """Where a wrong predicted span lies against the gold span."""
    if not _overlap(gold, pred):
        return "elsewhere"
    if pred[0] <= gold[0] and gold[1] <= pred[1]:
        return "too long"
    if gold[0] <= pred[0] and pred[1] <= gold[1]:
        return too_short
    return "partial overlap"


def _show(text: str, span) -> str:
    return "∅" if span is None else repr(text[span[0]:span[1]][:160])


def analyse(gold_docs: dict, pred_docs: dict) -> dict[str, list]:
    """Rows of each error group: source, content, type, holder."""
    out: dict[str, list] = {"source": [], "content": [], "type": [], "holder": []}
    for doc_id, gold in gold_docs.items():
        pred = pred_docs.get(doc_id, {"markers": [], "attributions": []})
        text = gold["text"]
        pairs = _match(gold["attributions"], pred.get("attributions", []),
                       key=lambda r: tuple(r["cue"]))
        for g, p in pairs:
            cue = text[g["cue"][0]:g["cue"][1]]
            where = (doc_id, cue, g["cue"][0])
            cls = source_class(text, g["source"], p.get("source"))
            if cls:
                out["source"].append((cls, where, _show(text, g["source"]),
                                      _show(text, p.get("source"))))
            cls = content_class(text, g["content"], p.get("content"))
            if cls:
                out["content"].append((cls, where, _show(text, g["content"]),
                                       _show(text, p.get("content"))))
            if g["source_type"] != p.get("source_type"):
                out["type"].append((f"{g['source_type']} -> {p.get('source_type')}", where,
                                    _show(text, g["source"]), _show(text, p.get("source"))))
        # holders over matched markers (overlap, same category)
        pred_markers = sorted(pred.get("markers", []), key=lambda m: (m["start"], m["end"]))
        for category in sorted({m["category"] for m in gold["markers"]}):
            gm = [m for m in gold["markers"] if m["category"] == category]
            used = set()
            for pm in (m for m in pred_markers if m["category"] == category):
                for i, m in enumerate(gm):
                    if i in used or not _overlap((m["start"], m["end"]), (pm["start"], pm["end"])):
                        continue
                    used.add(i)
                    if "holder" not in m:
                        break
                    gh, ph = m["holder"], pm.get("holder")
                    right = gh == ph if gh == "writer" or ph in ("writer", None) else \
                        same_source(text, gh, ph)
                    if not right:
                        out["holder"].append((_holder_class(gold, pred, m, gh, ph),
                                              (doc_id, m["text"], m["start"]),
                                              _show(text, None if gh == "writer" else gh) if
                                              gh != "writer" else "writer",
                                              ph if ph in ("writer", None) else _show(text, ph)))
                    break
    return out


def _holder_class(gold: dict, pred: dict, marker: dict, gh, ph) -> str:
    where = (marker["start"], marker["end"])
    if gh == "writer":
        holders = [r for r in pred.get("attributions", []) if r.get("content") and
                   r["content"][0] <= where[0] and where[1] <= r["content"][1]]
        gold_holding = [r for r in gold["attributions"] if r.get("content") and
                        r["content"][0] <= where[0] and where[1] <= r["content"][1]]
        if not holders:
            return "gold writer, pred source (no predicted content holds it: cue phrase?)"
        if gold_holding:
            return "gold writer, pred source (gold relation holds it, without a source)"
        return "gold writer, pred source (predicted content too long or spurious cue)"
    # gold is a source span: which gold relation has it as its source, holding the marker?
    rel = [r for r in gold["attributions"] if r.get("source") and r.get("content") and
           r["content"][0] <= where[0] and where[1] <= r["content"][1]]
    if not rel:
        return f"gold source, pred {'writer' if ph == 'writer' else 'other source'} " \
               "(no gold content holds the marker)"
    inner = min(rel, key=lambda r: r["content"][1] - r["content"][0])
    found = [r for r in pred.get("attributions", []) if _overlap(tuple(r["cue"]),
                                                                  tuple(inner["cue"]))]
    if ph != "writer":
        return "gold source, pred other source"
    if not found:
        return "gold source, pred writer (attribution missed)"
    content = found[0].get("content")
    if content is None:
        return "gold source, pred writer (predicted content null)"
    if not (content[0] <= where[0] and where[1] <= content[1]):
        return "gold source, pred writer (predicted content does not hold it)"
    return "gold source, pred writer (content holds it, holder not passed)"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument("--show", choices=["source", "content", "type", "holder"],
                        help="list the cases of this group")
    parser.add_argument("--cls", help="only the cases whose class contains this text")
    parser.add_argument("--limit", type=int, default=40)
    args = parser.parse_args(argv)
    gold_docs = load_records(args.gold, name="gold")
    refuse_frozen(args.gold, gold_docs)
    out = analyse(gold_docs, load_records(args.pred, name="predictions"))
    for group, rows in out.items():
        print(f"== {group}: {len(rows)} wrong")
        for cls, n in Counter(r[0] for r in rows).most_common():
            print(f"  {n:4d}  {cls}")
    if args.show:
        rows = [r for r in out[args.show] if not args.cls or args.cls in r[0]]
        for cls, where, g, p in rows[:args.limit]:
            print(f"\n[{cls}] {where[0]} cue={where[1]!r}@{where[2]}\n  gold: {g}\n  pred: {p}")


if __name__ == "__main__":
    main()
