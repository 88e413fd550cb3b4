"""Gold markers the plain lexicon finds and the rules drop, grouped by the rule that vetoes them.

    python scripts/vetoes.py GOLD.jsonl [GOLD.jsonl ...] [--category booster,hedge]
                             [--rightly] [--show-rightly] [--tsv OUT.tsv]

For each gold marker of a category, the plain-lexicon baseline (``toolkit.baselines``:
``detect_markers(doc, context=False)``, every lexicon match fires) and the rules
(``detect_markers(doc)``, what ``toolkit predict`` writes) are matched against the gold as the
referee matches them (``toolkit.evaluate``: greedy one-to-one, same category, one character of
overlap). A gold marker the baseline matches and the rules do not is *vetoed*; it is filed
under the context rule (the lexicon row's ``rule`` column) of every lexicon entry of that
category whose match overlaps it and whose rule rejects it there. When every overlapping
entry is accepted (or has no rule), the marker was lost elsewhere, filed as
``(matching)``: the rules' span that covers it matched another gold marker, or a longer
span of the same category won the overlap. For error analysis on development data only:
it refuses the blind test's frozen parts.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

from toolkit.baselines import parse_records
from toolkit.evaluate import _greedy_match, _overlap, load_records
from toolkit.lexicon import Lexicon, default_lexicon
from toolkit.markers import _apply_context, compile_lexicon, detect_markers

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frozen_guard import refuse_frozen  # noqa: E402

CATEGORIES = ["intensifier", "booster", "hedge", "downtoner", "evaluation", "denial"]
#: the file of a veto that no context rule explains
MATCHING = "(matching)"


def _matched_gold(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> set[int]:
    """Indices of the gold spans the referee's matching (``toolkit.evaluate``) pairs."""
    pairs, _ = _greedy_match(gold, pred, key=lambda span: span, same=_overlap)
    return {i for i, _ in pairs}


def _vetoing_rules(doc, compiled, category: str, span: tuple[int, int]) -> list[str]:
    """The context rules of ``category``'s lexicon entries matched over ``span`` that reject
    their match (sorted, distinct)."""
    rules = set()
    for match_id, start, end in compiled.matcher(doc):
        matched = doc[start:end]
        if not _overlap((matched.start_char, matched.end_char), span):
            continue
        for entry in compiled.entries[compiled.key_of[match_id]]:
            if entry.category == category and entry.rule and \
                    _apply_context(entry, matched) is None:
                rules.add(entry.rule)
    return sorted(rules)


def vetoes(gold_paths: list[Path], *, categories: list[str] | None = None,
           lexicon: Lexicon | None = None, rightly: bool = False) -> pd.DataFrame:
    """One row per gold marker the plain lexicon finds and the rules drop: ``gold`` (the
    file), ``doc``, ``category``, ``subtype``, ``start``, ``end``, ``text``, ``rule`` (the
    vetoing context rule, or ``(matching)``), ``vetoed`` (``gold``), ``sentence`` (the
    sentence, the span in ``[[ ]]``). ``rightly=True`` adds a row (``vetoed``: ``not gold``)
    for each baseline match that pairs with no gold marker and that no rules' span of its
    category overlaps: the vetoes the gold agrees with."""
    lexicon = lexicon or default_lexicon()
    categories = categories or CATEGORIES
    rows = []
    for path in gold_paths:
        gold_docs = load_records(path, name=str(path))
        refuse_frozen(path, gold_docs)
        docs = parse_records({k: r["text"] for k, r in gold_docs.items()})
        for doc_id, doc in docs.items():
            compiled = compile_lexicon(lexicon, doc.vocab)
            plain = detect_markers(doc, lexicon, context=False)
            ruled = detect_markers(doc, lexicon)
            markers = gold_docs[doc_id]["markers"]
            for category in categories:
                gold = [m for m in markers if m["category"] == category]
                spans = [(m["start"], m["end"]) for m in gold]
                by_plain = _matched_gold(spans, [(m.start, m.end) for m in plain
                                                 if m.category == category])
                by_rules = _matched_gold(spans, [(m.start, m.end) for m in ruled
                                                 if m.category == category])
                for i in sorted(by_plain - by_rules):
                    rules = _vetoing_rules(doc, compiled, category, spans[i]) or [MATCHING]
                    s, e = spans[i]
                    rows.append({"gold": str(path), "doc": doc_id, "category": category,
                                 "subtype": gold[i]["subtype"], "start": s, "end": e,
                                 "text": doc.text[s:e], "rule": "+".join(rules),
                                 "vetoed": "gold", "sentence": _sentence(doc, s, e)})
                if not rightly:
                    continue
                # the baseline's matches no gold marker pairs with and no rules' span covers
                ruled_spans = [(m.start, m.end) for m in ruled if m.category == category]
                plain_spans = [(m.start, m.end) for m in plain if m.category == category]
                pairs, _ = _greedy_match(spans, plain_spans, key=lambda span: span,
                                         same=_overlap)
                paired = {j for _, j in pairs}
                for j, (s, e) in enumerate(plain_spans):
                    if j in paired or any(_overlap((s, e), r) for r in ruled_spans):
                        continue
                    rules = _vetoing_rules(doc, compiled, category, (s, e)) or [MATCHING]
                    rows.append({"gold": str(path), "doc": doc_id, "category": category,
                                 "subtype": "", "start": s, "end": e, "text": doc.text[s:e],
                                 "rule": "+".join(rules), "vetoed": "not gold",
                                 "sentence": _sentence(doc, s, e)})
    return pd.DataFrame(rows, columns=["gold", "doc", "category", "subtype", "start", "end",
                                       "text", "rule", "vetoed", "sentence"])


def _sentence(doc, start: int, end: int) -> str:
    """The sentence around a span, the span in ``[[ ]]``, on one line."""
    span = doc.char_span(start, end, alignment_mode="expand")
    sent = span.sent if span is not None else doc[:]
    text = doc.text
    return (text[sent.start_char:start] + "[[" + text[start:end] + "]]"
            + text[end:sent.end_char]).replace("\n", " ").strip()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+")
    parser.add_argument("--category", default="booster,hedge,downtoner,denial",
                        help="comma-separated categories (default: booster,hedge,downtoner,"
                             "denial; 'all' for every category)")
    parser.add_argument("--rightly", action="store_true",
                        help="also count, per rule, the baseline's matches it keeps out "
                             "that are not gold (and list them with --show-rightly)")
    parser.add_argument("--show-rightly", action="store_true",
                        help="list the vetoes the gold agrees with, too")
    parser.add_argument("--tsv", type=Path, help="also write the table here")
    args = parser.parse_args(argv)
    categories = CATEGORIES if args.category == "all" else args.category.split(",")
    unknown = set(categories) - set(CATEGORIES)
    if unknown:
        raise SystemExit(f"--category: unknown {sorted(unknown)}; allowed: {CATEGORIES}")
    table = vetoes(args.gold, categories=categories,
                   rightly=args.rightly or args.show_rightly)
    if args.tsv:
        table.to_csv(args.tsv, sep="\t", index=False)
    for category in categories:
        group = table[table.category == category]
        wrong = group[group.vetoed == "gold"]
        print(f"# {category}: {len(wrong)} gold markers the plain lexicon finds and the "
              "rules drop" + (f"; {len(group) - len(wrong)} baseline matches the rules keep "
                              "out that are not gold" if args.rightly or args.show_rightly
                              else ""))
        for rule, by_rule in sorted(group.groupby("rule"),
                                    key=lambda kv: (-(kv[1].vetoed == "gold").sum(),
                                                    -len(kv[1]), kv[0])):
            for vetoed, rows in by_rule.groupby("vetoed", sort=True):
                if vetoed == "not gold" and not args.show_rightly:
                    print(f"## {category} / {rule}: keeps out {len(rows)} not gold")
                    continue
                words = Counter(rows.text.str.lower())
                print(f"## {category} / {rule}: {len(rows)} {vetoed} ("
                      + ", ".join(f"{w} {n}" for w, n in words.most_common()) + ")")
                for r in rows.itertuples(index=False):
                    print(f"   {Path(r.gold).stem[:10]:<10} {r.doc[:26]:<26} {r.sentence}")
        print()


if __name__ == "__main__":
    main()
