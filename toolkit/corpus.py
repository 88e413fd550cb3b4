"""Reading corpora: a folder of ``.txt`` + ``index.csv``, a folder tree with ``manifest.csv``
(the UNGDC layout), a JSONL file of ``{"id", "text", ...}`` or a CSV file with a text column.

Every reader returns the *documents table* of DESIGN.md before parsing: ``doc_id``, ``text``,
then the metadata columns unchanged. Problems with single documents (an unreadable file, an
empty text, a malformed JSONL line) are collected as :class:`Problem` records on
``table.attrs["problems"]`` and the document is skipped, so one bad document never sinks a
corpus; problems with the corpus as a whole (a missing folder, no documents at all) raise
:class:`~toolkit.errors.CorpusError` naming the path.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from .errors import CorpusError

__all__ = ["Problem", "load_corpus", "iter_corpus", "read_text_file", "documents_from_texts"]

TEXT_COLUMNS = ("text", "body", "content")
ID_COLUMNS = ("id", "doc_id")


@dataclass(frozen=True)
class Problem:
    """One document that was skipped, and why (``where`` names the file and line)."""

    where: str
    doc_id: str | None
    reason: str

    def __str__(self) -> str:
        who = f" (document {self.doc_id!r})" if self.doc_id else ""
        return f"{self.where}{who}: {self.reason}"


def read_text_file(path: str | Path) -> str:
    """Read a text file as UTF-8 (a byte-order mark is dropped; UTF-16 with a BOM is decoded).

    Raises :class:`CorpusError` naming the file when it is binary or not UTF-8, with the
    byte offset of the first undecodable byte and what to do.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{path}: starts with a UTF-16 byte-order mark but does not decode "
                              f"as UTF-16 at byte {exc.start}") from exc
    if b"\x00" in data[:8192]:
        raise CorpusError(f"{path}: looks like a binary file (NUL bytes), not text; "
                          "convert it to UTF-8 text first")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CorpusError(
            f"{path}:{line}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save the file as UTF-8 (for Latin-1/Windows-1252: "
            "iconv -f cp1252 -t utf-8)") from exc


def _check_text(text: str, where: str, doc_id: str) -> Problem | None:
    if not isinstance(text, str):
        return Problem(where, doc_id, f"text is {type(text).__name__}, not a string")
    if not text.strip():
        return Problem(where, doc_id, "empty text (nothing but white space)")
    return None


def _records_from_folder(folder: Path, problems: list[Problem]) -> Iterator[dict]:
    index_path = folder / "index.csv"
    manifest_path = folder / "manifest.csv"
    if manifest_path.exists():
        yield from _records_from_manifest(folder, manifest_path, problems)
        return
    metadata: dict[str, dict] = {}
    if index_path.exists():
        metadata = _read_index(index_path, problems)
    files = sorted(p for p in folder.glob("*.txt") if p.is_file())
    stems = {p.stem for p in files}
    for doc_id in metadata:
        if doc_id not in stems:
            problems.append(Problem(str(index_path), doc_id,
                                    f"index.csv names {doc_id!r} but {doc_id}.txt is missing"))
    for path in files:
        try:
            text = read_text_file(path)
        except CorpusError as exc:
            problems.append(Problem(str(path), path.stem, str(exc).split(": ", 1)[-1]))
            continue
        yield {"doc_id": path.stem, "text": text, **metadata.get(path.stem, {}),
               "_where": str(path)}


def _read_index(index_path: Path, problems: list[Problem]) -> dict[str, dict]:
    try:
        frame = pd.read_csv(index_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise CorpusError(f"{index_path}: cannot be read as a UTF-8 CSV file ({exc})") from exc
    id_column = next((c for c in ID_COLUMNS if c in frame.columns), None)
    if id_column is None:
        raise CorpusError(f"{index_path}: no 'id' column (columns are {list(frame.columns)}); "
                          "add an 'id' column naming each .txt file without its extension")
    metadata: dict[str, dict] = {}
    for row_number, row in enumerate(frame.to_dict("records"), start=2):
        doc_id = str(row.pop(id_column)).strip()
        if not doc_id:
            problems.append(Problem(f"{index_path}:{row_number}", None, "row without an id"))
            continue
        if doc_id in metadata:
            problems.append(Problem(f"{index_path}:{row_number}", doc_id,
                                    "duplicate id; the first row's metadata is kept"))
            continue
        metadata[doc_id] = row
    return metadata


def _records_from_manifest(folder: Path, manifest_path: Path,
                           problems: list[Problem]) -> Iterator[dict]:
    frame = pd.read_csv(manifest_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    if "file" not in frame.columns:
        raise CorpusError(f"{manifest_path}: no 'file' column (columns are {list(frame.columns)})")
    seen: set[str] = set()
    for row_number, row in enumerate(frame.to_dict("records"), start=2):
        relative = row["file"]
        path = folder / relative
        doc_id = str(row.get("id") or Path(relative).stem)
        if doc_id in seen:
            problems.append(Problem(f"{manifest_path}:{row_number}", doc_id, "duplicate id"))
            continue
        seen.add(doc_id)
        try:
            text = read_text_file(path)
        except CorpusError as exc:
            problems.append(Problem(f"{manifest_path}:{row_number}", doc_id, str(exc)))
            continue
        meta = {k: v for k, v in row.items() if k != "id"}
        yield {"doc_id": doc_id, "text": text, **meta, "_where": str(path)}


def _records_from_jsonl(path: Path, problems: list[Problem]) -> Iterator[dict]:
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    with handle:
        try:
            for line_number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                where = f"{path}:{line_number}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    problems.append(Problem(where, None, f"malformed JSON ({exc.msg}, column "
                                                         f"{exc.colno})"))
                    continue
                if not isinstance(record, dict):
                    problems.append(Problem(where, None, "a line must be a JSON object"))
                    continue
                doc_id = next((record[c] for c in ID_COLUMNS if c in record), None)
                if doc_id is None:
                    problems.append(Problem(where, None, "no 'id' field"))
                    continue
                text = next((record[c] for c in TEXT_COLUMNS if c in record), None)
                meta = {k: v for k, v in record.items()
                        if k not in ID_COLUMNS and k not in TEXT_COLUMNS}
                yield {"doc_id": str(doc_id), "text": text, **meta, "_where": where}
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{path}: not UTF-8 ({exc.reason}); re-save it as UTF-8") from exc


def _records_from_csv(path: Path, problems: list[Problem]) -> Iterator[dict]:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError, csv.Error) as exc:
        raise CorpusError(f"{path}: cannot be read as a UTF-8 CSV file ({exc})") from exc
    text_column = next((c for c in TEXT_COLUMNS if c in frame.columns), None)
    if text_column is None:
        raise CorpusError(f"{path}: no text column (one of {TEXT_COLUMNS}); "
                          f"columns are {list(frame.columns)}")
    id_column = next((c for c in ID_COLUMNS if c in frame.columns), None)
    for row_number, row in enumerate(frame.to_dict("records"), start=2):
        doc_id = str(row.pop(id_column)) if id_column else f"row{row_number - 1}"
        text = row.pop(text_column)
        yield {"doc_id": doc_id, "text": text, **row, "_where": f"{path}:{row_number}"}


def iter_corpus(path: str | Path, problems: list[Problem] | None = None) -> Iterator[dict]:
    """Yield one record per readable, non-empty document of the corpus at ``path``.

    Records are dicts with ``doc_id``, ``text`` and the metadata; skipped documents are
    appended to ``problems``. Streams: a large corpus is never held in memory at once.
    """
    problems = [] if problems is None else problems
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder; give a folder of .txt files, "
                          "a .jsonl file or a .csv file")
    if path.is_dir():
        records = _records_from_folder(path, problems)
    elif path.suffix.lower() in {".jsonl", ".ndjson"}:
        records = _records_from_jsonl(path, problems)
    elif path.suffix.lower() == ".csv":
        records = _records_from_csv(path, problems)
    elif path.suffix.lower() == ".txt":
        records = iter([{"doc_id": path.stem, "text": read_text_file(path), "_where": str(path)}])
    else:
        raise CorpusError(f"{path}: unknown corpus format {path.suffix!r}; "
                          "use a folder of .txt files, .jsonl or .csv")
    seen: set[str] = set()
    for record in records:
        where = record.pop("_where")
        problem = _check_text(record.get("text"), where, record["doc_id"])
        if problem is None and record["doc_id"] in seen:
            problem = Problem(where, record["doc_id"], "duplicate id; the first is kept")
        if problem is not None:
            problems.append(problem)
            continue
        seen.add(record["doc_id"])
        yield record


def documents_from_texts(texts: Iterable[str] | dict[str, str]) -> pd.DataFrame:
    """A documents table from plain strings (ids ``doc0``, ``doc1``, ... or the dict's keys)."""
    items = texts.items() if isinstance(texts, dict) else (
        (f"doc{i}", t) for i, t in enumerate(texts))
    return pd.DataFrame([{"doc_id": str(k), "text": v} for k, v in items],
                        columns=["doc_id", "text"])


def load_corpus(path: str | Path) -> pd.DataFrame:
    """Read a corpus into a documents table: ``doc_id``, ``text``, then the metadata columns.

    ``path`` is a folder of UTF-8 ``.txt`` files with an optional ``index.csv`` keyed by
    ``id``; a folder tree with ``manifest.csv`` keyed by ``file`` (the UNGDC layout); a
    ``.jsonl`` file of ``{"id", "text", ...}`` lines; or a ``.csv`` file with a ``text``
    column. Skipped documents are listed in ``table.attrs["problems"]`` (dicts with
    ``where``, ``doc_id``, ``reason``).

    >>> docs = load_corpus("corpora/seed")            # doctest: +SKIP
    >>> docs[["doc_id", "speaker"]].head(1)           # doctest: +SKIP
    """
    problems: list[Problem] = []
    records = list(iter_corpus(path, problems))
    if not records:
        detail = "; ".join(str(p) for p in problems[:3])
        raise CorpusError(f"{path}: no readable documents" + (f" ({detail})" if detail else ""))
    table = pd.DataFrame.from_records(records)
    table.attrs["problems"] = [asdict(p) for p in problems]
    table.attrs["source"] = str(path)
    return table
