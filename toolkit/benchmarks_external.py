"""External benchmark: sentence-level hedge (uncertainty) detection on corpora nobody on this
project wrote, read in place from ``../shared/benchmarks`` (never copied into the project).

- BioScope (Vincze et al. 2008; CC BY 2.0): biomedical abstracts and full papers, speculation
  and negation cues marked in XML. CoNLL-2010 shared task 1 (Farkas et al. 2010) asked: is
  this sentence uncertain (does it hold a speculation cue)? Its best biomedical F1 was 86.4
  (Tang et al. 2010), measured on the task's own evaluation set of 15 papers that is not in
  ``shared/benchmarks``; BioScope was the systems' training data. Our figure on BioScope is
  therefore indicative, not a rank in that table.
- SFU Review Corpus with negation and speculation (Konstantinova et al. 2012; GPL v3): product
  reviews; no published sentence-level figure to set beside ours.

The mapping: a sentence is *uncertain* for the toolkit when it holds a ``hedge`` marker
(MARKERS.md: Hyland's hedges, Martin & White's "entertain"). A second reading leaves out
``hedge/approximator`` (*about, nearly, largely, often*), which BioScope's guidelines do not
count as speculation; a third asks for a hedge and no ``booster`` in the sentence. A sentence
is *negated* when it holds a ``denial/negation`` marker, compared with BioScope's negation
cues.
"""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .lexicon import Lexicon, default_lexicon
from .markers import detect_markers
from .nlp import ParseCache, load_pipeline, parse_texts

__all__ = ["read_bioscope", "read_sfu", "sample_sentences", "sentence_markers",
           "score_decisions", "hedge_benchmark", "HedgeBenchmark", "PUBLISHED_RESULTS",
           "SYSTEMS", "SENTENCE_COLUMNS", "IN_TAXONOMY_CUES"]

#: columns of the sentence tables the readers return
SENTENCE_COLUMNS = ["corpus", "document", "sentence_id", "text", "speculative",
                    "speculation_cues", "negated", "negation_cues"]

#: published sentence-level results (F1 of the uncertain class), as listed in
#: shared/benchmarks/README.md; measured on the CoNLL-2010 biomedical evaluation set
PUBLISHED_RESULTS = pd.DataFrame([
    {"system": "Tang et al. 2010 (CoNLL-2010 task 1, best biomedical)",
     "data": "CoNLL-2010 biomedical evaluation set (15 full papers)", "f1": 86.4},
    {"system": "Vlachos & Craven 2010", "data": "CoNLL-2010 biomedical evaluation set",
     "f1": 85.21},
])

_APPROXIMATOR = "approximator"


def _forms(*verbs: str) -> set[str]:
    out = set()
    for verb in verbs:
        stem = verb[:-1] if verb.endswith("e") else verb
        out |= {verb, verb + "s", stem + "ed", stem + "ing"}
    return out


#: speculation-cue words that MARKERS.md lists as hedges (its `hedge` row and the rule on
#: epistemic adjectives), in their inflected forms: a benchmark sentence with such a cue is
#: uncertain in our taxonomy too, so the toolkit's recall on those sentences measures our
#: detector on our own definition, on text it never saw
IN_TAXONOMY_CUES = frozenset({
    "may", "might", "could", "would", "perhaps", "possibly", "probably", "likely", "apparently",
    "arguably", "reportedly", "possible", "potential", "apparent", "unlikely",
    *_forms("appear", "seem", "suggest", "indicate", "believe", "tend"),
})


def _cue_text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split()).lower()


def read_bioscope(path: str | Path, *, corpus: str | None = None) -> pd.DataFrame:
    """Sentences of a BioScope XML file (``abstracts.xml`` or ``full_papers.xml``).

    Returns :data:`SENTENCE_COLUMNS`: ``speculative`` is True when the sentence holds a cue of
    type ``speculation``; ``speculation_cues`` lists their texts (lower case, ``|``-joined);
    the same for negation. Titles count as sentences, as in the CoNLL-2010 data.
    """
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise ValueError(f"{path}: cannot read as BioScope XML ({exc})") from exc
    corpus = corpus or f"bioscope/{path.stem}"
    rows = []
    for document in root.iter("Document"):
        doc_id_el = document.find("DocID")
        doc_id = (doc_id_el.text or "").strip() if doc_id_el is not None else ""
        for sentence in document.iter("sentence"):
            text = " ".join("".join(sentence.itertext()).split())
            spec = [_cue_text(c) for c in sentence.iter("cue") if c.get("type") == "speculation"]
            neg = [_cue_text(c) for c in sentence.iter("cue") if c.get("type") == "negation"]
            rows.append({"corpus": corpus, "document": doc_id,
                         "sentence_id": sentence.get("id", ""), "text": text,
                         "speculative": bool(spec), "speculation_cues": "|".join(spec),
                         "negated": bool(neg), "negation_cues": "|".join(neg)})
    if not rows:
        raise ValueError(f"{path}: no <sentence> elements; is this a BioScope file?")
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def read_sfu(folder: str | Path) -> pd.DataFrame:
    """Sentences of the SFU Review Corpus (negation and speculation), read in place.

    Words (``<W>``) are joined with single spaces; cues are ``<cue type="speculation">`` and
    ``<cue type="negation">``. Returns :data:`SENTENCE_COLUMNS`.
    """
    folder = Path(folder)
    files = sorted(folder.glob("*/*.xml"))
    if not files:
        raise ValueError(f"{folder}: no review XML files (expected CATEGORY/*.xml)")
    rows = []
    for path in files:
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as exc:
            raise ValueError(f"{path}: not well-formed XML ({exc})") from exc
        for number, sentence in enumerate(root.iter("SENTENCE"), start=1):
            words = [w.text.strip() for w in sentence.iter("W") if w.text and w.text.strip()]
            if not words:
                continue
            cues = {"speculation": [], "negation": []}
            for cue in sentence.iter("cue"):
                if cue.get("type") in cues:
                    cues[cue.get("type")].append(
                        " ".join(w.text.strip().lower() for w in cue.iter("W") if w.text))
            rows.append({"corpus": "sfu_review", "document": f"{path.parent.name}/{path.stem}",
                         "sentence_id": str(number), "text": " ".join(words),
                         "speculative": bool(cues["speculation"]),
                         "speculation_cues": "|".join(cues["speculation"]),
                         "negated": bool(cues["negation"]),
                         "negation_cues": "|".join(cues["negation"])})
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def sample_sentences(sentences: pd.DataFrame, n: int | None, *, seed: int = 2010
                     ) -> pd.DataFrame:
    """``n`` sentences drawn without replacement with a fixed seed (all when ``n`` is None or
    at least the table's length), in their original order."""
    if n is None or n >= len(sentences):
        return sentences.reset_index(drop=True)
    chosen = sorted(random.Random(seed).sample(range(len(sentences)), n))
    return sentences.iloc[chosen].reset_index(drop=True)


def sentence_markers(sentences: pd.DataFrame, *, lexicon: Lexicon | None = None,
                     pipeline: str | None = None, cache: bool = True) -> pd.DataFrame:
    """The sentence table plus, per sentence, the toolkit's markers (``markers``: a list of
    ``(text, category, subtype)``) and the plain-lexicon baseline's (``markers_plain``).

    Each sentence is parsed as its own text (parse cache on), as the benchmark's unit.
    """
    lexicon = lexicon or default_lexicon()
    nlp = load_pipeline(pipeline)
    ours, plain = [], []
    for doc in parse_texts(sentences["text"].tolist(), nlp, ParseCache(nlp, enabled=cache)):
        ours.append([(m.text.lower(), m.category, m.subtype) for m in detect_markers(doc, lexicon)])
        plain.append([(m.text.lower(), m.category, m.subtype)
                      for m in detect_markers(doc, lexicon, context=False)])
    return sentences.assign(markers=ours, markers_plain=plain)


def _has(column: str, category: str, exclude: tuple[str, ...] = ()) -> Callable[[pd.Series], bool]:
    def decide(row: pd.Series) -> bool:
        return any(c == category and s not in exclude for _, c, s in row[column])
    return decide


#: the systems compared: name -> (decision per sentence row, what the gold column is)
SYSTEMS: dict[str, tuple[Callable[[pd.Series], bool], str]] = {
    "toolkit: any hedge": (_has("markers", "hedge"), "speculative"),
    "toolkit: hedge except approximator": (_has("markers", "hedge", (_APPROXIMATOR,)),
                                           "speculative"),
    "toolkit: hedge, no booster": (
        lambda row: _has("markers", "hedge")(row) and not _has("markers", "booster")(row),
        "speculative"),
    "plain lexicon: any hedge": (_has("markers_plain", "hedge"), "speculative"),
    "every sentence uncertain": (lambda row: True, "speculative"),
    "toolkit: denial/negation (vs negation cues)": (
        _has("markers", "denial", ("counter",)), "negated"),
}


def score_decisions(gold: Sequence[bool], predicted: Sequence[bool]) -> dict:
    """Precision, recall and F1 (in %, as CoNLL-2010 reports them) of the positive class,
    with the counts. CoNLL-2010 task 1 scored the *uncertain* class this way (Farkas et al.
    2010)."""
    if len(gold) != len(predicted):
        raise ValueError(f"score_decisions(): {len(gold)} gold and {len(predicted)} predicted "
                         "decisions; they must be as many")
    tp = sum(bool(g) and bool(p) for g, p in zip(gold, predicted, strict=True))
    fp = sum(not g and bool(p) for g, p in zip(gold, predicted, strict=True))
    fn = sum(bool(g) and not p for g, p in zip(gold, predicted, strict=True))
    precision = 100 * tp / (tp + fp) if tp + fp else 0.0
    recall = 100 * tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn,
            "sentences": len(gold), "positive": sum(map(bool, gold))}


@dataclass(frozen=True)
class HedgeBenchmark:
    """``scores``: one row per split and system; ``missed_cues``: the corpus's speculation
    cues in sentences the toolkit called certain (per split, most frequent first; `` †`` marks a
    cue the plain lexicon finds as a hedge there, so a context rule rejected it);
    ``false_alarms``: the toolkit's hedges in sentences the corpus calls certain;
    ``splits``: each split's size, sample size and seed, and how many uncertain sentences the
    toolkit missed (``missed``), of which with a cue the lexicon has as a hedge
    (``missed_cue_in_lexicon``) or not (``missed_cue_not_in_lexicon``), and how many certain
    sentences it called uncertain (``false_alarms``), of which on approximators alone; and the
    uncertain sentences with a cue of :data:`IN_TAXONOMY_CUES`, how many the toolkit found and
    its recall (%) on them."""

    scores: pd.DataFrame
    missed_cues: pd.DataFrame
    false_alarms: pd.DataFrame
    splits: pd.DataFrame


def _count(rows: pd.DataFrame, values: Callable[[pd.Series], list[str]], split: str,
           top: int) -> pd.DataFrame:
    counter: Counter = Counter()
    for _, row in rows.iterrows():
        counter.update(values(row))
    return pd.DataFrame([{"split": split, "word": w, "sentences": n}
                         for w, n in counter.most_common(top)],
                        columns=["split", "word", "sentences"])


def _labelled_cues(row: pd.Series) -> list[str]:
    """The sentence's speculation cues; a cue gets `` †`` when the plain lexicon marks one of
    its words as a hedge in this sentence (the lexicon has it; a context rule said no)."""
    plain_words = {w for text, c, _ in row["markers_plain"] if c == "hedge" for w in text.split()}
    cues = sorted(set(filter(None, row["speculation_cues"].split("|"))))
    return [f"{cue} †" if set(cue.split()) & plain_words else cue for cue in cues]


def hedge_benchmark(benchmarks_dir: str | Path, *, sample: int | None = 2000, seed: int = 2010,
                    lexicon: Lexicon | None = None, pipeline: str | None = None,
                    cache: bool = True, include_sfu: bool = True, top: int = 12
                    ) -> HedgeBenchmark:
    """Sentence-level uncertainty detection on BioScope (full papers: all sentences, the
    closest to CoNLL-2010's evaluation papers; abstracts: a sample) and the SFU reviews (a
    sample), for the systems in :data:`SYSTEMS`.

    ``sample``: sentences drawn (fixed ``seed``) from each large split; None takes all.
    """
    root = Path(benchmarks_dir)
    splits: list[tuple[str, pd.DataFrame, int | None]] = []
    papers = root / "bioscope" / "full_papers.xml"
    abstracts = root / "bioscope" / "abstracts.xml"
    sfu = root / "sfu_review_negspec"
    for path, size in ((papers, None), (abstracts, sample)):
        if path.exists():
            splits.append((f"bioscope/{path.stem}", read_bioscope(path), size))
    if include_sfu and sfu.is_dir():
        splits.append(("sfu_review", read_sfu(sfu), sample))
    if not splits:
        raise FileNotFoundError(f"{root}: neither bioscope/*.xml nor sfu_review_negspec/ found")
    score_rows, missed, alarms, split_rows = [], [], [], []
    for name, table, size in splits:
        chosen = sample_sentences(table, size, seed=seed)
        split_rows.append({"split": name, "sentences_in_corpus": len(table),
                           "sentences_scored": len(chosen),
                           "sampled": size is not None and size < len(table),
                           "seed": seed if size is not None and size < len(table) else None,
                           "speculative": int(chosen["speculative"].sum()),
                           "negated": int(chosen["negated"].sum())})
        decided = sentence_markers(chosen, lexicon=lexicon, pipeline=pipeline, cache=cache)
        for system, (decide, gold_column) in SYSTEMS.items():
            predicted = decided.apply(decide, axis=1).tolist()
            score_rows.append({"split": name, "system": system, "gold": gold_column,
                               **score_decisions(decided[gold_column].tolist(), predicted)})
        ours = decided.apply(SYSTEMS["toolkit: any hedge"][0], axis=1)
        missed_rows = decided[decided["speculative"] & ~ours]
        missed.append(_count(missed_rows, _labelled_cues, name, top))
        in_lexicon = missed_rows.apply(lambda r: any(c.endswith(" †") for c in _labelled_cues(r)),
                                       axis=1) if len(missed_rows) else pd.Series(dtype=bool)
        in_taxonomy = decided["speculation_cues"].map(
            lambda cues: any(set(c.split()) & IN_TAXONOMY_CUES for c in cues.split("|") if c))
        covered = decided[decided["speculative"] & in_taxonomy]
        found = int(ours[covered.index].sum())
        split_rows[-1].update(speculative_in_taxonomy=len(covered), found_in_taxonomy=found,
                              recall_in_taxonomy=100 * found / len(covered) if len(covered)
                              else float("nan"))
        alarm_rows = decided[~decided["speculative"] & ours]
        approximator_only = sum(
            all(sub == _APPROXIMATOR for _, c, sub in markers if c == "hedge")
            for markers in alarm_rows["markers"])
        split_rows[-1].update(missed=len(missed_rows),
                              missed_cue_in_lexicon=int(in_lexicon.sum()),
                              missed_cue_not_in_lexicon=int(len(missed_rows) - in_lexicon.sum()),
                              false_alarms=len(alarm_rows),
                              false_alarms_approximator_only=int(approximator_only))
        alarms.append(_count(decided[~decided["speculative"] & ours],
                             lambda r: sorted({f"{w} ({s})" for w, c, s in r["markers"]
                                               if c == "hedge"}), name, top))
    return HedgeBenchmark(pd.DataFrame(score_rows), pd.concat(missed, ignore_index=True),
                          pd.concat(alarms, ignore_index=True), pd.DataFrame(split_rows))
