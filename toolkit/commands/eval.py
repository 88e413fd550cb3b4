"""``python -m toolkit eval --out reports``: the evaluation report (``make eval``).

Writes ``OUT/evaluation.md`` and its figures (``OUT/figures/evaluation_*.svg|png``): the
scores on the dev gold (``shared/gold``) for the toolkit, the plain-lexicon baseline and the
textacy-quotation baseline side by side, the toolkit's agreement with the gold (kappa, alpha),
the error analysis by category, and the external sentence-level hedge benchmark (BioScope,
SFU) with the published CoNLL-2010 results. Every number is computed when the command runs.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from contextlib import nullcontext
from pathlib import Path

import pandas as pd

#: how the report names the three systems
OURS, PLAIN, TEXTACY = "toolkit", "plain lexicon", "textacy quotations"
GOLD_FILES = ("seed.jsonl", "dev_extra.jsonl")
_EVALUATION = Path(__file__).resolve().parents[2] / "evaluation"
HELDOUT = [_EVALUATION / "heldout" / "heldout.jsonl", _EVALUATION / "heldout2" / "heldout2.jsonl"]
HELDOUT_NOTES = {
    "heldout.jsonl": "annotated blind by MARKERS.md before the toolkit was run on them (see its "
                     "header and `ERRORS.md` beside it). Its error analysis was then used to find "
                     "general rules, so these numbers are optimistic too",
    "heldout2.jsonl": "annotated blind by MARKERS.md and scored once before any rule was "
                      "developed on it (see `SCORES.md` beside it); since 0.5.0 both learned "
                      "parts (the cue classifier and the span categorizer) train on it, so "
                      "these numbers are optimistic too: the blind test's frozen parts "
                      "(`evaluation/blind/SCORES.md`) are the fair estimate",
}


# --- formatting --------------------------------------------------------------------------

def _num(value, digits: int = 3) -> str:
    """A number truncated (never rounded up) to ``digits`` decimals; '–' when undefined."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return "–"
    if isinstance(value, (int,)) and not isinstance(value, bool):
        return str(value)
    scaled = math.floor(float(value) * 10**digits + 1e-9) / 10**digits
    return f"{scaled:.{digits}f}"


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_table(frame: pd.DataFrame) -> str:
    """A pipe table (GitHub Markdown) of ``frame``, cells as given."""
    head = "| " + " | ".join(_cell(c) for c in frame.columns) + " |"
    rule = "|" + "|".join("---" for _ in frame.columns) + "|"
    body = ["| " + " | ".join(_cell(v) for v in row) + " |"
            for row in frame.itertuples(index=False)]
    return "\n".join([head, rule, *body])


def _highlight(row) -> str:
    """The error's sentence with its span in bold."""
    sentence = row.sentence or ""
    if row.sentence_start is pd.NA or row.sentence_start is None or row.start is pd.NA:
        return sentence
    a = int(row.start) - int(row.sentence_start)
    b = min(len(sentence), int(row.end) - int(row.sentence_start))
    if not 0 <= a < b:
        return sentence
    return f"{sentence[:a]}**{sentence[a:b]}**{sentence[b:]}"


# --- dev gold ------------------------------------------------------------------------------

def _gold_records(paths: list[Path]) -> list[dict]:
    from ..evaluate import load_records

    return list(load_records(paths, name="gold").values())


def _predict_all(records: list[dict], *, cache: bool, pipeline: str | None):
    from ..analysis import analyze
    from ..baselines import plain_lexicon_predictions, textacy_quotation_predictions
    from ..predict import to_gold_schema

    documents = pd.DataFrame({"doc_id": [r["id"] for r in records],
                              "text": [r["text"] for r in records]})
    analysis = analyze(documents, cache=cache, pipeline=pipeline)
    ours = list(to_gold_schema(analysis))
    plain = plain_lexicon_predictions(records, lexicon=analysis.lexicon, pipeline=pipeline,
                                      cache=cache)
    textacy = textacy_quotation_predictions(records, lexicon=analysis.lexicon,
                                            pipeline=pipeline, cache=cache)
    return analysis, {OURS: ours, PLAIN: plain, TEXTACY: textacy}


def marker_table(results: dict) -> pd.DataFrame:
    """Per category (and micro): gold count, then P/R/F1 and subtype accuracy per system."""
    rows = []
    for category in [*results[OURS].scores["markers"]]:
        row = {"category": category,
               "gold": results[OURS].scores["markers"][category]["gold"]}
        for name in (OURS, PLAIN):
            scores = results[name].scores["markers"][category]
            row.update({f"{name} P": _num(scores["precision"]),
                        f"{name} R": _num(scores["recall"]),
                        f"{name} F1": _num(scores["f1"])})
            if name == OURS:
                low, high = results[name].f1_interval(category)
                row[f"{name} F1 95% CI"] = f"{_num(low)}–{_num(high)}"
            row.update({f"{name} subtype acc.": _num(scores.get("subtype_accuracy")),
                        f"{name} count / gold": _num(scores["predicted"] / scores["gold"], 2)
                        if scores["gold"] else "–"})
        rows.append(row)
    return pd.DataFrame(rows)


def subtype_table(results: dict) -> pd.DataFrame:
    """Per subtype: gold count, and P/R/F1 of a pair matched in its category with both sides
    of this subtype, per system."""
    frames = {name: results[name].markers.query("level == 'subtype'").set_index(
        ["category", "subtype"]) for name in (OURS, PLAIN)}
    rows = []
    for (category, subtype), ours in frames[OURS].iterrows():
        row = {"category": category, "subtype": subtype, "gold": int(ours["gold"])}
        for name in (OURS, PLAIN):
            s = frames[name].loc[(category, subtype)]
            row.update({f"{name} P": _num(s["precision"]), f"{name} R": _num(s["recall"]),
                        f"{name} F1": _num(s["f1"]), f"{name} predicted": int(s["predicted"])})
        rows.append(row)
    return pd.DataFrame(rows)


def attribution_table(results: dict) -> pd.DataFrame:
    """Cue, source and content P/R/F1, and kind/source_type/stance accuracy, per system."""
    rows = []
    for part in ("cue", "source", "content"):
        row = {"row": f"{part} (P / R / F1)",
               "gold": results[OURS].scores["attributions"][part]["gold"]}
        for name in (OURS, TEXTACY):
            s = results[name].scores["attributions"][part]
            row[name] = f"{_num(s['precision'])} / {_num(s['recall'])} / {_num(s['f1'])}"
            if name == OURS:
                low, high = results[name].f1_interval(part)
                row[f"{name} F1 95% CI"] = f"{_num(low)}–{_num(high)}"
        rows.append(row)
    for key in ("kind", "source_type", "stance"):
        row = {"row": f"{key} accuracy (matched cues)", "gold": "", f"{OURS} F1 95% CI": ""}
        for name in (OURS, TEXTACY):
            table = results[name].attributions.set_index("row")
            n = int(table.loc[key, "n"])
            acc = table.loc[key, "accuracy"]
            row[name] = f"{_num(None if n == 0 else float(acc))} (n={n})"
        rows.append(row)
    return pd.DataFrame(rows)


def agreement_table(predictions: dict, gold: list[dict]) -> pd.DataFrame:
    """Kappa and alpha of each system with the gold, token and sentence level."""
    from ..evaluate import agreement

    frames = []
    for unit in ("token", "sentence"):
        for name in (OURS, PLAIN):
            table = agreement(predictions[name], gold, unit=unit)
            frames.append(table.assign(system=name))
    joined = pd.concat(frames, ignore_index=True)
    rows = []
    for (category, unit), group in joined.groupby(["category", "unit"], sort=False):
        g = group.set_index("system")
        rows.append({"category": category, "unit": unit, "units": int(g.loc[OURS, "units"]),
                     "gold marked": int(g.loc[OURS, "marked_b"]),
                     f"{OURS} marked": int(g.loc[OURS, "marked_a"]),
                     f"{OURS} kappa": _num(g.loc[OURS, "kappa"]),
                     f"{OURS} alpha": _num(g.loc[OURS, "alpha"]),
                     f"{PLAIN} kappa": _num(g.loc[PLAIN, "kappa"]),
                     f"{PLAIN} alpha": _num(g.loc[PLAIN, "alpha"])})
    return pd.DataFrame(rows)


# --- error analysis ------------------------------------------------------------------------

def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _lemmas(analysis, doc_id: str, start: int, end: int) -> list[str]:
    """Lower-cased lemmas of the tokens of ``analysis``'s Doc ``doc_id`` in [start, end)."""
    try:
        doc = analysis.doc(doc_id)
    except KeyError:
        return []
    span = doc.char_span(start, end, alignment_mode="expand")
    return [] if span is None else [t.lemma_.lower() for t in span]


def add_causes(errors: pd.DataFrame, plain: list[dict], analysis=None) -> pd.DataFrame:
    """A ``cause`` per error.

    A missed marker the plain lexicon finds was *rejected in context* (a context rule said no,
    or a longer overlapping match won). One it does not find: *lemma in the lexicon, this form
    not matched* when the lexicon has the span's lemma in that category (the matcher compares
    word forms); *in the lexicon as another category* when the word is there under another
    category; else *not in the lexicon, no rule*. A false positive names the entry or rule that
    fired; a wrong subtype says which for which.
    """
    plain_by_doc = {r["id"]: r["markers"] for r in plain}
    terms: dict[str, set[str]] = {}
    if analysis is not None:
        for term, category in zip(analysis.lexicon.entries["term"],
                                  analysis.lexicon.entries["category"], strict=True):
            terms.setdefault(str(term).lower().strip(), set()).add(category)
    causes = []
    for row in errors.itertuples():
        if row.layer == "attribution":
            if row.error == "false_negative":
                causes.append(f"no relation at this cue (gold kind {row.gold_subtype})")
            elif row.error == "false_positive":
                causes.append(f"no gold relation at this cue (predicted kind "
                              f"{row.predicted_subtype})")
            elif row.error in ("wrong_source", "wrong_content"):
                causes.append(f"{row.error.replace('_', ' ')} (gold kind {row.gold_subtype})")
            else:  # wrong kind / source_type / stance: the detail says gold and predicted
                causes.append(row.detail)
        elif row.error == "false_negative":
            found = any(m["category"] == row.category
                        and _overlaps(m["start"], m["end"], int(row.start), int(row.end))
                        for m in plain_by_doc.get(row.doc_id, []))
            word = row.word.strip()
            lemma = " ".join(_lemmas(analysis, row.doc_id, int(row.start), int(row.end))
                             ) if analysis is not None else ""
            if found:
                causes.append("in the lexicon, rejected in context")
            elif lemma and lemma != word and row.category in terms.get(lemma, ()):
                causes.append("lemma in the lexicon, this form not matched")
            elif terms.get(word) or terms.get(lemma):
                other = sorted(terms.get(word, set()) | terms.get(lemma, set()))
                causes.append(f"in the lexicon as {'/'.join(other)} only")
            else:
                causes.append("not in the lexicon, no rule")
        elif row.error == "false_positive":
            causes.append(f"fired: {row.rule or 'unknown'}")
        else:
            causes.append(f"subtype {row.predicted_subtype} for {row.gold_subtype}")
    return errors.assign(cause=causes)


#: what to look at for an error class, by the start of its commonest cause
NEXT_STEPS = (
    ("in the lexicon, rejected in context", "review the context rule that rejects these "
     "(the `rule` column of the lexicon entry) against MARKERS.md's hard cases"),
    ("lemma in the lexicon", "match inflected forms (a lemma pattern or the missing forms as "
     "entries)"),
    ("in the lexicon as", "check the category in MARKERS.md; a word may need an entry in both "
     "categories or a sense rule"),
    ("not in the lexicon", "candidate lexicon entries or a productive rule, justified by "
     "MARKERS.md's definition and a source, not by the dev sentence alone"),
    ("fired:", "tighten the entry or rule that fired (it accepts senses MARKERS.md excludes)"),
    ("subtype", "check the subtype assignment of these entries"),
    ("no relation at this cue", "cue coverage: the cue type listed (noun cues, speaker labels, "
     "figurative verbs) in the attribution detector"),
    ("no gold relation", "cue precision: the attribution detector accepts non-speech uses"),
    ("wrong content", "content boundaries: where the reported clause ends (coordination, "
     "relative clauses, quotations)"),
    ("wrong source", "source spans: the noun phrase and its head"),
    ("gold ", "the attribute rules (kind / source type / stance) for these cues"),
)


def next_step(cause: str) -> str:
    """What to look at for an error class whose commonest cause is ``cause``."""
    for start, step in NEXT_STEPS:
        if cause.startswith(start):
            return step
    return "read the examples"


def error_count_table(errors: pd.DataFrame) -> pd.DataFrame:
    """Errors per category (rows) and kind of error (columns), with totals."""
    if errors.empty:
        return pd.DataFrame(columns=["category", "total"])
    table = errors.pivot_table(index="category", columns="error", values="doc_id",
                               aggfunc="count", fill_value=0)
    order = [c for c in ("false_negative", "false_positive", "wrong_subtype", "wrong_source",
                         "wrong_content", "wrong_kind", "wrong_source_type", "wrong_stance")
             if c in table.columns]
    table = table[order]
    table["total"] = table.sum(axis=1)
    table = table.sort_values("total", ascending=False)
    return table.reset_index().rename(columns=lambda c: c.replace("_", " "))


def error_classes(errors: pd.DataFrame) -> pd.DataFrame:
    """Error classes (category x kind of error), largest first, with their causes and
    commonest words."""
    if errors.empty:
        return pd.DataFrame(columns=["category", "error", "count", "causes", "commonest"])
    rows = []
    for (category, error), group in errors.groupby(["category", "error"]):
        causes = "; ".join(f"{c} ({n})" for c, n in group["cause"].value_counts().head(4).items())
        words = ", ".join(f"*{w}* ({n})" for w, n in group["word"].value_counts().head(8).items())
        rows.append({"category": category, "error": error.replace("_", " "),
                     "count": len(group), "causes": causes, "commonest": words})
    return pd.DataFrame(rows).sort_values(["count", "category"], ascending=[False, True],
                                          ignore_index=True)


def error_examples(errors: pd.DataFrame, category: str, error: str, n: int = 3) -> list[str]:
    """Up to ``n`` examples (one per distinct word, commonest words first) as Markdown
    bullets with the sentence, the span in bold."""
    group = errors[(errors["category"] == category) & (errors["error"] == error)]
    order = group["word"].value_counts().index.tolist()
    lines = []
    for word in order[:n]:
        row = next(group[group["word"] == word].itertuples())
        extra = (f" ({row.detail})" if row.layer == "attribution" and row.detail
                 and row.detail != row.cause else "")
        lines.append(f"- `{row.doc_id}`: {_highlight(row)} — {row.cause}{extra}".replace(
            "\n", " "))
    return lines


# --- figures -------------------------------------------------------------------------------

def _figures(results: dict, errors: pd.DataFrame, folder: Path) -> list[Path]:
    from matplotlib.figure import Figure

    try:
        from ..plots import category_color, publication_style, save_figure
    except ImportError:  # plots not installed: plain matplotlib, same files
        publication_style, category_color = nullcontext, (lambda c: "0.4")
        save_figure = None
    from ..lexicon import CATEGORIES

    written: list[Path] = []

    def save(fig, name):
        if save_figure is not None:
            written.extend(save_figure(fig, name, folder=folder, formats=("svg", "png")))
            return
        folder.mkdir(parents=True, exist_ok=True)
        for fmt, meta in (("svg", {"Date": None}), ("png", {"Software": None})):
            path = folder / f"{name}.{fmt}"
            fig.savefig(path, format=fmt, dpi=200, metadata=meta)
            written.append(path)

    with publication_style():
        fig = Figure(figsize=(7.2, 3.0), layout="constrained")
        ax_m, ax_a = fig.subplots(1, 2, width_ratios=[2, 1])
        labels = [*CATEGORIES, "micro"]
        width = 0.38
        for k, name in enumerate((OURS, PLAIN)):
            values = [results[name].scores["markers"][c]["f1"] for c in labels]
            xs = [i + (k - 0.5) * width for i in range(len(labels))]
            ax_m.bar(xs, values, width, label=name,
                     color=[category_color(c) for c in labels],
                     alpha=1.0 if name == OURS else 0.45,
                     edgecolor="black", linewidth=0.4)
        ax_m.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
        ax_m.set_ylim(0, 1.12)
        ax_m.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
        ax_m.set_ylabel("F1 on the dev gold")
        ax_m.set_title("Markers: toolkit (solid) vs plain lexicon (pale)")
        parts = ["cue", "source", "content"]
        for k, name in enumerate((OURS, TEXTACY)):
            values = [results[name].scores["attributions"][p]["f1"] for p in parts]
            xs = [i + (k - 0.5) * width for i in range(len(parts))]
            ax_a.bar(xs, values, width, label=name, color="0.25" if name == OURS else "0.7",
                     edgecolor="black", linewidth=0.4)
        ax_a.set_xticks(range(len(parts)), parts)
        ax_a.set_ylim(0, 1.12)
        ax_a.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
        ax_a.set_title("Attributions")
        ax_a.legend(loc="upper center", ncol=2, fontsize="x-small", frameon=False)
        save(fig, "evaluation_f1")

        kinds = {"false_negative": "0.15", "false_positive": "0.5",
                 "wrong_subtype": "0.8", "wrong_attribute": "white"}
        labelled = errors.assign(error=errors["error"].where(
            ~errors["error"].isin(["wrong_source", "wrong_content", "wrong_kind",
                                   "wrong_source_type", "wrong_stance"]), "wrong_attribute"))
        counts = labelled.pivot_table(index="category", columns="error", values="doc_id",
                                      aggfunc="count", fill_value=0)
        order = [*CATEGORIES, "attribution"]
        counts = counts.reindex(index=order, columns=list(kinds), fill_value=0)
        fig = Figure(figsize=(3.5, 2.8), layout="constrained")
        ax = fig.subplots()
        left = [0] * len(order)
        for error, shade in kinds.items():
            values = [int(v) for v in counts[error]]
            ax.barh(order, values, left=left, color=shade, edgecolor="black", linewidth=0.4,
                    label=error.replace("_", " "))
            left = [a + b for a, b in zip(left, values, strict=True)]
        ax.invert_yaxis()
        ax.set_xlabel("errors on the dev gold (toolkit)")
        ax.legend(loc="lower right", fontsize="small")
        save(fig, "evaluation_errors")
    return written


# --- external benchmark --------------------------------------------------------------------

TAXONOMY_NOTE = """\
How the taxonomies differ. BioScope and CoNLL-2010 mark *speculation* in scientific prose: any
cue that presents a proposition as possible rather than asserted, including alternatives and
open questions (*or*, *whether*, *either ... or*), dynamic and deontic modals (*can*,
*should*), conditionals (*if*, in SFU) and nouns and verbs of hypothesis (*hypothesis*,
*putative*, *investigate whether*). Our `hedge` follows Hyland (2005) and Martin & White's
"entertain" for political statements: the writer's withheld commitment (*may, might, could,
would* when epistemic; *appear, suggest, believe*; *perhaps, likely, reportedly*; shields), and
it also counts approximators of quantity and frequency (*about, nearly, largely, often*), which
BioScope does not. Our hearsay adverbs (*reportedly*, *allegedly*) are hedges and also
attributions. Readings compared: a sentence is *uncertain* for the toolkit when it holds a
`hedge` marker; the second reading drops `hedge/approximator`; the third asks for a hedge and no
`booster` in the sentence (a boosted claim read as committed). The negation row compares our
`denial/negation` with BioScope's and SFU's negation cues (our `denial/counter` left out)."""


def benchmark_section(benchmarks: Path, *, sample: int | None, seed: int, cache: bool,
                      pipeline: str | None) -> list[str]:
    """The external benchmark's Markdown lines (or why it was skipped)."""
    from ..benchmarks_external import PUBLISHED_RESULTS, hedge_benchmark

    lines = ["## 6. External benchmark: sentence-level hedge (uncertainty) detection", ""]
    if not (benchmarks / "bioscope").is_dir():
        return [*lines, f"Skipped: {benchmarks}/bioscope not found.", ""]
    result = hedge_benchmark(benchmarks, sample=sample, seed=seed, cache=cache,
                             pipeline=pipeline)
    splits = result.splits.assign(
        seed=result.splits["seed"].map(lambda s: "–" if pd.isna(s) else str(int(s))),
        recall_in_taxonomy=result.splits["recall_in_taxonomy"].map(lambda v: _num(v, 1)))
    lines += [
        "Corpora read in place from `../shared/benchmarks` (not copied into the project): "
        "BioScope (Vincze et al. 2008, CC BY 2.0) and the SFU Review Corpus with negation and "
        "speculation (Konstantinova et al. 2012, GPL v3). The CoNLL-2010 task 1 question "
        "(Farkas et al. 2010): is the sentence uncertain, i.e. does it hold a speculation cue? "
        "Scored as P/R/F1 (in %) of the uncertain class. Full papers are scored whole (the "
        "closest to CoNLL-2010's evaluation papers); abstracts and SFU are sampled with a "
        "fixed seed. Each sentence is parsed as its own text. The last five columns break "
        "down the errors of `toolkit: any hedge`: uncertain sentences missed, with a cue our "
        "lexicon has as a hedge (rejected in context) or not; certain sentences called "
        "uncertain, and of those, the ones whose only hedges are approximators. The *in "
        "taxonomy* columns keep the uncertain sentences with a cue MARKERS.md also lists as a "
        "hedge (*may, might, could, would, appear, seem, suggest, indicate, believe, tend, "
        "perhaps, possibly, probably, likely, apparently, possible, potential, apparent*, in "
        "any inflection): recall there is recall on our own definition, on unseen text.", "",
        markdown_table(splits.rename(columns=lambda c: c.replace("_", " "))), "",
    ]
    table = result.scores.copy()
    for col in ("precision", "recall", "f1"):
        table[col] = table[col].map(lambda v: _num(v, 1))
    table = table[["split", "system", "gold", "precision", "recall", "f1", "tp", "fp", "fn",
                   "sentences", "positive"]]
    lines += [markdown_table(table), "", "Published results beside ours (F1, %, from "
              "`shared/benchmarks/README.md`):", "",
              markdown_table(PUBLISHED_RESULTS.assign(f1=PUBLISHED_RESULTS["f1"].map(str))), "",
              "Read them with care: the published figures were measured on CoNLL-2010's own "
              "biomedical evaluation set (15 papers, not in `shared/benchmarks`), by systems "
              "trained on BioScope; ours is a rule-based detector for political statements "
              "that never saw biomedical text. The BioScope full-papers row is the closest "
              "comparison and is indicative, not a rank in that table. SFU has no published "
              "sentence-level figure.", "", TAXONOMY_NOTE, "",
              "Speculation cues in the sentences the toolkit called certain (missed), "
              "commonest first (a † marks a cue our lexicon has as a hedge, rejected there by "
              "a context rule; the others are outside our hedge lexicon); and the toolkit's "
              "hedges in sentences the corpus calls certain (false alarms):", ""]
    for split in result.splits["split"]:
        missed = result.missed_cues[result.missed_cues["split"] == split]
        alarms = result.false_alarms[result.false_alarms["split"] == split]
        lines.append(f"- **{split}** missed: "
                     + (", ".join(f"*{w}* ({n})" for w, n in zip(missed["word"],
                                                                missed["sentences"], strict=True))
                        or "none"))
        lines.append(f"- **{split}** false alarms: "
                     + (", ".join(f"*{w}* ({n})" for w, n in zip(alarms["word"],
                                                                alarms["sentences"], strict=True))
                        or "none"))
    lines.append("")
    return lines


# --- the report ----------------------------------------------------------------------------

def heldout_section(paths: list[Path], *, cache: bool, pipeline: str | None) -> list[str]:
    """Section 5b: the same tables on the project's held-out sets."""
    from ..evaluate import evaluate

    lines = ["## 5b. The project's held-out sets", ""]
    for path in paths:
        gold = _gold_records([path])
        _, predictions = _predict_all(gold, cache=cache, pipeline=pipeline)
        results = {name: evaluate(pred, gold) for name, pred in predictions.items()}
        words = sum(len(r["text"].split()) for r in gold)
        lines += [
            f"### `{path.parent.name}/{path.name}`", "",
            f"{len(gold)} excerpts ({words} words, {sum(len(r['markers']) for r in gold)} "
            f"markers, {sum(len(r['attributions']) for r in gold)} attributions) from "
            "statements and UN speeches that are not in the dev gold, "
            + HELDOUT_NOTES.get(path.name, "annotated by MARKERS.md") + ".", "",
            markdown_table(marker_table(results)), "",
            markdown_table(attribution_table(results)), "",
        ]
    return lines


def build_report(gold_paths: list[Path], out: Path, *, benchmarks: Path | None,
                 sample: int | None, seed: int, cache: bool, pipeline: str | None,
                 heldout: list[Path] | None = None) -> Path:
    """Compute everything and write ``out/evaluation.md`` and ``out/figures/``."""
    from .. import __version__
    from ..evaluate import evaluate

    gold = _gold_records(gold_paths)
    analysis, predictions = _predict_all(gold, cache=cache, pipeline=pipeline)
    results = {name: evaluate(pred, gold) for name, pred in predictions.items()}
    errors = add_causes(results[OURS].errors, predictions[PLAIN], analysis)
    n_markers = sum(len(r["markers"]) for r in gold)
    n_attr = sum(len(r["attributions"]) for r in gold)
    figures = _figures(results, errors, out / "figures")

    lines = [
        "# Evaluation report", "",
        "Generated by `make eval` (`python -m toolkit eval --out reports`); every number is "
        "computed when the command runs, from the current detectors and lexicons, and this "
        "file is overwritten each time. Numbers are truncated (never rounded up) to the "
        "decimals shown.", "",
        f"- toolkit {__version__}; pipeline `{analysis.pipeline}`; lexicon version "
        f"`{analysis.lexicon.version}`",
        f"- dev gold: {', '.join(p.name for p in gold_paths)} ({len(gold)} statements, "
        f"{n_markers} markers, {n_attr} attribution relations), scored as "
        "`shared/gold/score.py` scores it (`toolkit.evaluate`, tested to agree exactly). The "
        "detectors' rules were developed while looking at this dev gold, so its scores are "
        "optimistic: a held-out gold and the external benchmark (section 6) are the fairer "
        "measures of accuracy on new text",
        f"- systems: **{OURS}** (`toolkit.analyze`); **{PLAIN}** (the same lexicon, every "
        "match counts: no context rules, no productive rules; markers only); "
        f"**{TEXTACY}** (`textacy.extract.direct_quotations` as `direct` attributions; stance "
        "from the lexicon's reporting cues, else neutral; source type from the speaker's "
        "entity label or pronoun, see `toolkit/baselines.py`; attributions only)", "",
        "## 1. Markers per category (dev gold)", "",
        "P, R, F1 as `score.py`: a prediction is a true positive when it overlaps an unmatched "
        "gold span of the same category. Subtype accuracy is over matched pairs. The F1 "
        "interval is a percentile bootstrap over the gold statements (9,999 resamples, seed "
        "2010): with so few statements it is wide, and it cannot show the optimism of scoring "
        "on the data the rules were developed on. *count / gold*: how many markers the system "
        "counts for each one in the gold (1.00: the count an analyst would get is right on "
        "this gold, whatever the matching). The textacy baseline predicts no markers.", "",
        markdown_table(marker_table(results)), "",
        "![F1 per category and attribution part](figures/evaluation_f1.svg)", "",
        "## 2. Markers per subtype (dev gold)", "",
        "A subtype's true positive is a pair matched within its category where gold and "
        "prediction both have this subtype (so a wrong subtype costs precision and recall "
        "here, not in section 1).", "",
        markdown_table(subtype_table(results)), "",
        "## 3. Attributions (dev gold)", "",
        "Cue F1: cues overlap. Source: the predicted source names the gold head (MARKERS.md); "
        "content: word Jaccard >= 0.5; both also count when both are absent. The plain-lexicon "
        "baseline predicts no attributions.", "",
        markdown_table(attribution_table(results)), "",
        "## 4. Agreement with the gold (the system as a second coder)", "",
        "Cohen's kappa and Krippendorff's alpha (nominal) from "
        "`nltk.metrics.agreement.AnnotationTask`, via `toolkit.agreement`: for each word token "
        "(or sentence), did each coder mark a span of this category there? `all`: the set of "
        "categories on the unit; `attribution`: an attribution cue. '–': undefined (one label "
        "only). Unlike the overlap scoring of section 1, token-level agreement also counts "
        "span-boundary differences (*has proved* against *proved*).", "",
        markdown_table(agreement_table(predictions, gold)), "",
        "## 5. Error analysis (toolkit, dev gold)", "",
        "Causes: a missed marker that the plain lexicon finds was *rejected in context* (a "
        "context rule said no, or a longer overlapping match won); of those it does not find, "
        "*lemma in the lexicon, this form not matched* (the matcher compares word forms), *in "
        "the lexicon as another category only*, or *not in the lexicon, no rule*. A false "
        "positive names the entry or rule that fired.",
        "",
        markdown_table(error_count_table(errors)), "",
        "![errors per category](figures/evaluation_errors.svg)", "",
    ]
    classes = error_classes(errors)
    lines += ["### Error classes, largest first", "", markdown_table(classes.head(12)), ""]
    lines += ["### The three largest error classes", ""]
    for rank, row in enumerate(classes.head(3).itertuples(), start=1):
        lines.append(f"{rank}. **{row.category}, {row.error}** ({row.count}): {row.causes}. "
                     f"Commonest: {row.commonest}.")
        lines += ["   " + line for line in error_examples(errors, row.category,
                                                            row.error.replace(" ", "_"))]
        group = errors[(errors["category"] == row.category)
                       & (errors["error"] == row.error.replace(" ", "_"))]
        lines.append(f"   - next step: {next_step(group['cause'].value_counts().index[0])}")
    lines += ["", "### Examples by category (commonest words first)", ""]
    for category in errors["category"].drop_duplicates().tolist():
        lines.append(f"**{category}**")
        lines.append("")
        present = errors.loc[errors["category"] == category, "error"].value_counts().index
        for error in present:
            examples = error_examples(errors, category, error)
            if examples:
                lines.append(f"*{error.replace('_', ' ')}*")
                lines.append("")
                lines += examples
                lines.append("")
    present = [p for p in heldout or [] if p.exists()]
    if present:
        lines += heldout_section(present, cache=cache, pipeline=pipeline)
    if benchmarks is not None:
        lines += benchmark_section(benchmarks, sample=sample, seed=seed, cache=cache,
                                   pipeline=pipeline)
    out.mkdir(parents=True, exist_ok=True)
    report = out / "evaluation.md"
    report.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
    print(f"wrote {report} and {len(figures)} figure files", file=sys.stderr)
    return report


def run(args: argparse.Namespace) -> int:
    shared = args.shared
    gold_paths = args.gold or [shared / "gold" / name for name in GOLD_FILES]
    missing = [p for p in gold_paths if not p.exists()]
    if missing:
        print(f"error: gold file {missing[0]} not found; pass --shared DIR (the folder holding "
              "gold/ and benchmarks/) or --gold FILE...", file=sys.stderr)
        return 2
    benchmarks = None if args.no_benchmark else shared / "benchmarks"
    build_report(gold_paths, args.out, benchmarks=benchmarks,
                 sample=None if args.sample <= 0 else args.sample, seed=args.seed,
                 cache=not args.no_cache, pipeline=args.pipeline, heldout=args.heldout)
    return 0


def add_parser(sub) -> None:
    parser = sub.add_parser("eval", help="score the toolkit and two baselines on the dev gold, "
                                         "run the external hedge benchmark, write "
                                         "OUT/evaluation.md and figures")
    parser.add_argument("--out", type=Path, default=Path("reports"), help="output folder")
    parser.add_argument("--shared", type=Path,
                        default=Path(os.environ.get("TOOLKIT_SHARED", "../shared")),
                        help="folder with gold/ and benchmarks/ (default: TOOLKIT_SHARED or "
                             "../shared)")
    parser.add_argument("--gold", type=Path, nargs="+", default=None,
                        help="gold files, JSONL or hand-coding YAML (default: "
                             "SHARED/gold/seed.jsonl and "
                             "dev_extra.jsonl)")
    parser.add_argument("--heldout", type=Path, nargs="*", default=HELDOUT,
                        help="the project's held-out gold files (default: "
                             "evaluation/heldout/heldout.jsonl and "
                             "evaluation/heldout2/heldout2.jsonl)")
    parser.add_argument("--no-benchmark", action="store_true",
                        help="skip the external BioScope/SFU benchmark")
    parser.add_argument("--sample", type=int, default=2000,
                        help="sentences sampled from BioScope abstracts and SFU (0: all; "
                             "default 2000)")
    parser.add_argument("--seed", type=int, default=2010, help="sampling seed (default 2010)")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write caches")
    parser.add_argument("--pipeline", default=None, help="spaCy pipeline name")
    parser.set_defaults(func=run)
