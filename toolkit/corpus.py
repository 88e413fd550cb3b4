"""Reading corpora: a folder of ``.txt`` + ``index.csv``, a folder tree with ``manifest.csv``
(the UNGDC layout), a JSONL file of ``{"id", "text", ...}``, or a CSV file or Excel workbook
(first sheet) with a text column.

Every reader returns the *documents table* of DESIGN.md before parsing: ``doc_id``, ``text``,
then the metadata columns unchanged. Problems with single documents are collected as
:class:`Problem` records on ``table.attrs["problems"]`` and never sink a corpus:

- ``severity="error"``: the document was skipped (an unreadable or binary file, an empty
  text, a malformed JSONL line, a duplicate id, an index row naming a missing file);
- ``severity="warning"``: the document was kept, but look at it (a file that is not UTF-8
  and was read as Windows-1252, UTF-16 without a byte-order mark, an index row with too many
  or too few cells, a file without an index row, a text identical to another one).

Problems with the corpus as a whole (a missing folder, an ``index.csv`` without an ``id``
column, no readable document at all) raise :class:`~toolkit.errors.CorpusError` naming the
path. ``table.attrs["where"]`` maps each ``doc_id`` to the file (and line) it came from.

Encodings (:func:`decode_text`): UTF-8 with or without a byte-order mark; UTF-16/32 with a
byte-order mark; UTF-16 without one when every other byte is NUL (a warning). A file that is
not UTF-8 is read line by line: lines that are UTF-8 stay so, the others are read as
Windows-1252 (a superset of the printable Latin-1), with a warning naming the lines, as long
as the result has almost no control characters; otherwise the file is reported as binary.
PDF, Word, ZIP, image and other binary files are recognised by their first bytes and
reported with what to do.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from .errors import CorpusError

__all__ = ["Problem", "load_corpus", "iter_corpus", "read_text_file", "decode_text",
           "documents_from_texts", "markup_remnants", "replace_surrogates", "SEVERITIES",
           "load_corpora", "corpus_subset"]

TEXT_COLUMNS = ("text", "body", "content")
ID_COLUMNS = ("id", "doc_id")
SEVERITIES = ("error", "warning")
#: names the reader itself sets; a metadata column with one of them gets the prefix ``meta_``
RESERVED_COLUMNS = ("doc_id", "text")
#: files in a corpus folder that are not documents and are never reported
FOLDER_EXTRAS = {"index.csv", "manifest.csv", "readme", "readme.md", "readme.txt",
                 "license", "licence", "license.md", "licence.md"}

#: first bytes of binary formats people mistake for text, and what to do about each
MAGIC = (
    (b"%PDF-", "a PDF file", "extract its text first (e.g. pdftotext -layout FILE.pdf)"),
    (b"PK\x03\x04", "a ZIP container (Word .docx, Excel .xlsx, OpenDocument, ...)",
     "save it as plain text (.txt, UTF-8) from the program that made it"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc/.xls)",
     "save it as plain text (.txt, UTF-8) from the program that made it"),
    (b"{\\rtf", "an RTF file", "save it as plain text (.txt, UTF-8)"),
    (b"\x89PNG", "a PNG image", "it holds no text to analyse"),
    (b"\xff\xd8\xff", "a JPEG image", "it holds no text to analyse"),
    (b"GIF8", "a GIF image", "it holds no text to analyse"),
    (b"\x1f\x8b", "a gzip archive", "decompress it first"),
)
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
#: control characters that never occur in text (tab, newline, CR, form feed and vertical
#: tab do, from PDF extraction)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CONTROL_RUN = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]{2}")
#: share of control characters above which a decoded file counts as binary
MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True)
class Problem:
    """One document that was skipped (``severity="error"``) or kept with a warning
    (``severity="warning"``), and why; ``where`` names the file and line."""

    where: str
    doc_id: str | None
    reason: str
    severity: str = "error"

    def __str__(self) -> str:
        who = f" (document {self.doc_id!r})" if self.doc_id else ""
        return f"{self.severity}: {self.where}{who}: {self.reason}"


class _Decoded(str):
    """A decoded text that remembers a warning about how it was decoded."""

    note: str | None = None


def decode_text(data: bytes, where: str = "<bytes>") -> tuple[str, str | None]:
    """Decode the bytes of a text file; return ``(text, warning or None)``.

    Raises :class:`CorpusError` naming ``where`` (and the line, where there is one) when the
    bytes are a binary format or no safe decoding exists. See the module docstring for the
    rules.
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
                return _remove_controls(text, None, where, nul="\x00" in text)
            except UnicodeDecodeError as exc:
                if codec == "utf-8-sig":
                    break  # a UTF-8 BOM on a file that is not all UTF-8: go line by line
                raise CorpusError(f"{where}: starts with a {codec.upper()} byte-order mark but "
                                  f"does not decode as {codec.upper()} at byte {exc.start}; "
                                  "re-save it as UTF-8") from exc
    for magic, kind, advice in MAGIC:
        if data.startswith(magic):
            raise CorpusError(f"{where}: is {kind}, not a text file; {advice}")
    head = data[:8192]
    if b"\x00" in head:
        decoded = _utf16_without_bom(data)
        if decoded is not None:
            return _remove_controls(*decoded, where, nul="\x00" in decoded[0])
    try:
        text, note = data.decode("utf-8"), None
    except UnicodeDecodeError:
        text, note = _decode_line_by_line(data, where)
    return _remove_controls(text, note, where, nul=b"\x00" in data)


def _remove_controls(text: str, note: str | None, where: str, *,
                     nul: bool) -> tuple[str, str | None]:
    """Remove control characters (a stray NUL or escape byte) from a decoded text, with a
    warning; a text with NUL bytes whose control characters are more than a few and more
    than :data:`MAX_CONTROL_SHARE` of it, or come in runs, is binary (:class:`CorpusError`)."""
    found = _CONTROL.findall(text)
    if not found:
        return text, note
    many = len(found) > max(2, MAX_CONTROL_SHARE * len(text))
    if nul and (many or _CONTROL_RUN.search(text)):
        raise CorpusError(f"{where}: looks like a binary file ({len(found):,} control "
                          "characters with NUL bytes among them), not text; convert it to "
                          "UTF-8 text first")
    shown = ", ".join(sorted({f"U+{ord(c):04X}" for c in found})[:5])
    removed = (f"{len(found)} control character{'s' if len(found) > 1 else ''} ({shown}) "
               "removed: they are no text (a damaged file or a bad conversion?)")
    return _CONTROL.sub("", text), f"{note}; {removed}" if note else removed


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a byte-order mark: ASCII-range text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        # two NULs at least: one stray NUL in a four-byte text is no evidence of UTF-16
        if zeros.count(0) > max(1, 0.4 * len(zeros)) and \
                others.count(0) < 0.05 * len(others):
            try:
                text = data[: len(data) - len(data) % 2].decode(codec)
            except UnicodeDecodeError:
                return None
            if len(_CONTROL.findall(text)) <= MAX_CONTROL_SHARE * len(text):
                return text, (f"UTF-16 without a byte-order mark: decoded as "
                              f"{codec.upper()}; re-save it as UTF-8")
    return None


def _decode_line_by_line(data: bytes, where: str) -> tuple[str, str]:
    """UTF-8 lines stay UTF-8; the others are read as Windows-1252 (else Latin-1)."""
    pieces: list[str] = []
    legacy_lines: list[int] = []
    utf8_non_ascii = False
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        try:
            piece = line.decode("utf-8-sig" if number == 1 else "utf-8")
            utf8_non_ascii = utf8_non_ascii or not line.isascii()
        except UnicodeDecodeError:
            try:
                piece = line.decode("cp1252")
            except UnicodeDecodeError:
                piece = line.decode("latin-1")
            legacy_lines.append(number)
        pieces.append(piece)
    text = "".join(pieces)
    controls = len(_CONTROL.findall(text))
    if controls > MAX_CONTROL_SHARE * max(1, len(text)):
        first = legacy_lines[0]
        raise CorpusError(f"{where}:{first}: neither UTF-8 nor Windows-1252/Latin-1 text "
                          f"({controls} control characters): a binary file? Convert it to "
                          "UTF-8 text first")
    shown = ", ".join(str(n) for n in legacy_lines[:5]) + (
        f" and {len(legacy_lines) - 5} more" if len(legacy_lines) > 5 else "")
    kind = "mixed encodings: " if utf8_non_ascii else ""
    line_word = "line" if len(legacy_lines) == 1 else "lines"
    return text, (f"{kind}not UTF-8 on {line_word} {shown}: read as Windows-1252 (Latin-1); "
                  "check accented characters and re-save the file as UTF-8 "
                  "(iconv -f cp1252 -t utf-8)")


def read_text_file(path: str | Path, problems: list[Problem] | None = None, *,
                   doc_id: str | None = None) -> str:
    """Read a text file (see :func:`decode_text` for the encodings accepted).

    A decoding that needed a guess (Windows-1252, UTF-16 without a byte-order mark) is
    appended to ``problems`` as a warning when a list is given. Raises :class:`CorpusError`
    naming the file (and line) when it cannot be read, is binary, or cannot be decoded.
    """
    path = Path(path)
    if path.is_dir():
        raise CorpusError(f"{path}: is a folder, not a text file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    text, note = decode_text(data, str(path))
    if note and problems is not None:
        problems.append(Problem(str(path), doc_id, note, "warning"))
    return text


_HTML_TAGS = ("a|abbr|article|b|blockquote|body|br|button|caption|center|code|div|em|"
              "figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|"
              "input|label|li|link|meta|nav|noscript|ol|p|pre|s|script|section|small|span|"
              "strong|style|sub|sup|table|tbody|td|th|thead|title|tr|u|ul")
_HTML_TAG = re.compile(rf"</?(?:{_HTML_TAGS})(?:\s[^<>]{{0,200}})?/?>", re.IGNORECASE)
_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")
_MARKDOWN = re.compile(r"^#{1,6} \S|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)|^```",
                       re.MULTILINE)


def markup_remnants(text: str) -> str | None:
    """A warning when ``text`` still holds HTML tags, HTML entities or Markdown syntax
    (scraped pages), else None. Markup is analysed as words: strip it before the run."""
    found = []
    for pattern, name in ((_HTML_TAG, "HTML tag"), (_HTML_ENTITY, "HTML entity"),
                          (_MARKDOWN, "Markdown mark")):
        hits = pattern.findall(text)
        if hits:
            example = hits[0] if isinstance(hits[0], str) else hits[0][0]
            found.append(f"{len(hits)} {name}{'s' if len(hits) > 1 else ''} "
                         f"(e.g. {example[:30]!r})")
    if not found:
        return None
    return ("markup left in the text: " + ", ".join(found)
            + "; it is analysed as words: strip it (html.unescape, an HTML-to-text tool) "
              "before the run")


_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> tuple[str, str | None]:
    """Replace lone surrogate code points (from broken ``\\ud800`` escapes in JSON or
    ``surrogateescape`` decoding; no file can hold them) by U+FFFD, one for one so that
    offsets do not move; return the text and a warning, or None."""
    found = _SURROGATE.findall(text)
    if not found:
        return text, None
    return _SURROGATE.sub("\ufffd", text), (
        f"{len(found)} lone surrogate code point{'s' if len(found) > 1 else ''} "
        f"(e.g. U+{ord(found[0]):04X}, a broken escape) replaced by U+FFFD")


def _check_text(text: object, where: str, doc_id: str) -> Problem | None:
    if not isinstance(text, str):
        kind = "missing" if text is None or (isinstance(text, float) and text != text) else \
            f"{type(text).__name__}, not a string"
        return Problem(where, doc_id, f"text is {kind}")
    if not text.strip():
        return Problem(where, doc_id, "empty text (nothing but white space)"
                       if text else "empty text")
    return None


@contextmanager
def _large_csv_fields() -> Iterator[None]:
    """Let the csv module read fields of megabytes (its default limit is 131,072)."""
    previous = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        yield
    finally:
        csv.field_size_limit(previous)


class _Formula(str):
    """An empty spreadsheet cell that holds a formula without a stored value."""

    formula: str = ""


def _spreadsheet_cell(value: object, formula: object = None) -> str:
    """A spreadsheet cell as the text a CSV export of it would hold (a formula whose value
    the workbook does not store: an empty :class:`_Formula`)."""
    import datetime

    if value is None:
        if isinstance(formula, str) and formula.startswith("="):
            cell = _Formula("")
            cell.formula = formula
            return cell
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else \
            value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _sheet_values(path: Path, *, data_only: bool) -> list[tuple]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=data_only)
    except Exception as exc:  # noqa: BLE001 - zipfile, XML and openpyxl errors alike
        raise CorpusError(f"{path}: cannot be read as an Excel workbook "
                          f"({type(exc).__name__}: {exc})") from exc
    try:
        return list(book.worksheets[0].iter_rows(values_only=True))
    except Exception as exc:  # noqa: BLE001
        raise CorpusError(f"{path}: cannot be read as an Excel workbook "
                          f"({type(exc).__name__}: {exc})") from exc
    finally:
        book.close()


def _xlsx_rows(path: Path) -> list[tuple[int, list[str]]]:
    """``(row number, cells)`` of the first sheet of an Excel workbook. Every row has the
    width of the widest row with a value (a merged header cell leaves empty header cells,
    which :func:`_csv_rows` names)."""
    values = _sheet_values(path, data_only=True)
    formulas: list[tuple] = []
    if any(v is None for row in values for v in row):  # formulas only where a value is missing
        formulas = _sheet_values(path, data_only=False)
    rows = []
    for number, row in enumerate(values, start=1):
        source = formulas[number - 1] if number <= len(formulas) else ()
        rows.append((number, [_spreadsheet_cell(v, source[i] if i < len(source) else None)
                              for i, v in enumerate(row)]))
    while rows and not any(c.strip() or isinstance(c, _Formula) for c in rows[-1][1]):
        rows.pop()
    # read-only sheets pad every row to the widest: trailing empty columns are no column
    width = max((i + 1 for _, cells in rows for i, c in enumerate(cells)
                 if c.strip() or isinstance(c, _Formula)), default=0)
    return [(n, cells[:width] + [""] * (width - len(cells))) for n, cells in rows]


def _delimiter(text: str) -> str:
    """The field separator of a CSV text, from its header line: a comma, unless the header
    has none and has semicolons, tabs or bars (a spreadsheet saved in a locale whose
    decimal mark is a comma writes semicolons)."""
    header = re.sub(r'"[^"]*"', "", text.split("\n", 1)[0])
    if "," in header:
        return ","
    counts = {sep: header.count(sep) for sep in (";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _text_rows(path: Path, problems: list[Problem]) -> list[tuple[int, list[str]]]:
    """``(line number, cells)`` of a CSV file (read with :func:`read_text_file`)."""
    text = read_text_file(path, problems)
    rows = []
    with _large_csv_fields():
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
        line = 1
        try:
            for cells in reader:
                rows.append((line, cells))
                line = reader.line_num + 1
        except csv.Error as exc:
            raise CorpusError(f"{path}:{reader.line_num}: cannot be read as CSV ({exc})") \
                from exc
    return rows


def _csv_rows(path: Path,
              problems: list[Problem]) -> tuple[list[str], Iterator[tuple[int, dict, bool]]]:
    """Header and ``(line, row dict, whole)`` triples of a CSV file or an Excel sheet. A row
    with too few cells is padded with '' (a warning); one with too many is cut to the
    header's length and flagged ``whole=False`` (its cells may be shifted: the caller
    decides)."""
    rows = _xlsx_rows(path) if path.suffix.lower() == ".xlsx" else _text_rows(path, problems)
    if not rows:
        raise CorpusError(f"{path}: empty file (no header row)")
    header = [c.strip() for c in rows[0][1]]
    for i, name in enumerate(header):
        if not name:
            header[i] = f"column_{i + 1}"
            if any(i < len(cells) and cells[i].strip() for _, cells in rows[1:]):
                problems.append(Problem(f"{path}:{rows[0][0]}", None,
                                        f"header cell {i + 1} is empty (a merged cell?): its "
                                        f"column is named {header[i]!r}", "warning"))
    seen: dict[str, int] = {}
    for i, name in enumerate(header):
        if name in seen:
            new = f"{name}.{seen[name]}"
            problems.append(Problem(f"{path}:{rows[0][0]}", None,
                                    f"duplicate column {name!r} renamed {new!r}", "warning"))
            seen[name] += 1
            header[i] = new
        else:
            seen[name] = 1

    def records() -> Iterator[tuple[int, dict, bool]]:
        for number, cells in rows[1:]:
            if not any(c.strip() or isinstance(c, _Formula) for c in cells):
                continue
            if len(cells) > len(header):
                yield number, dict(zip(header, cells[: len(header)], strict=True)), False
                continue
            if len(cells) < len(header):
                problems.append(Problem(
                    f"{path}:{number}", None,
                    f"row has {len(cells)} cells but the header has {len(header)}: the "
                    "missing cells are read as empty", "warning"))
                cells = cells + [""] * (len(header) - len(cells))
            yield number, dict(zip(header, cells, strict=True)), True

    return header, records()


def _safe_metadata(row: dict) -> dict:
    """Metadata cells, with names the reader sets itself prefixed ``meta_``."""
    return {(f"meta_{k}" if k in RESERVED_COLUMNS else k): v for k, v in row.items()}


def _too_many_cells(row: dict, header: list[str]) -> str:
    return (f"row has more cells than the header's {len(header)} (an unquoted comma?)")


def _read_index(index_path: Path, problems: list[Problem]) -> dict[str, dict]:
    header, rows = _csv_rows(index_path, problems)
    id_column = next((c for c in ID_COLUMNS if c in header), None)
    if id_column is None:
        problems.append(Problem(str(index_path), None,
                                f"no 'id' column (columns are {header}): the index is not "
                                "used and the .txt files are read without metadata; add an "
                                "'id' column naming each .txt file without its extension",
                                "warning"))
        return {}
    metadata: dict[str, dict] = {}
    for row_number, row, whole in rows:
        where = f"{index_path}:{row_number}"
        doc_id = str(row.pop(id_column)).strip()
        if not doc_id:
            problems.append(Problem(where, None, "row without an id: its metadata is not used",
                                    "warning"))
            continue
        if doc_id in metadata:
            problems.append(Problem(where, doc_id, "duplicate id in index.csv; the first row's "
                                                   "metadata is kept", "warning"))
            continue
        if not whole:
            problems.append(Problem(where, doc_id, _too_many_cells(row, header)
                                    + ": its metadata is not used (the document is kept "
                                      "without it); quote the field", "warning"))
            row = {k: None for k in row}
        metadata[doc_id] = _safe_metadata(row)
    return metadata


def _is_document_file(path: Path) -> bool:
    return path.suffix.lower() == ".txt" and not path.name.startswith(".")


def _records_from_folder(folder: Path, problems: list[Problem]) -> Iterator[dict]:
    index_path = folder / "index.csv"
    manifest_path = folder / "manifest.csv"
    if manifest_path.exists():
        yield from _records_from_manifest(folder, manifest_path, problems)
        return
    metadata: dict[str, dict] = {}
    if index_path.exists():
        metadata = _read_index(index_path, problems)
    entries = sorted(folder.iterdir())
    files = [p for p in entries if _is_document_file(p)]
    for path in entries:
        name = path.name.lower()
        if not _is_document_file(path) and not path.name.startswith(".") \
                and name not in FOLDER_EXTRAS and not path.is_dir():
            problems.append(Problem(str(path), None, "not read: only .txt files are read from "
                                                     "a corpus folder; convert it to UTF-8 "
                                                     "text", "warning"))
    stems = {p.stem for p in files}
    for doc_id in metadata:
        if doc_id not in stems:
            problems.append(Problem(str(index_path), doc_id,
                                    f"index.csv names {doc_id!r} but {doc_id}.txt is missing"))
    root = folder.resolve()
    for path in files:
        outside = _outside(path, root)
        if outside:
            problems.append(Problem(str(path), path.stem, outside))
            continue
        try:
            text = read_text_file(path, problems, doc_id=path.stem)
        except CorpusError as exc:
            problems.append(Problem(str(path), path.stem, _reason(exc, path)))
            continue
        record = {"doc_id": path.stem, "text": text, **metadata.get(path.stem, {}),
                  "_where": str(path)}
        if metadata and path.stem not in metadata:
            record["_note"] = "no row in index.csv: the document has no metadata"
        yield record


def _outside(path: Path, root: Path) -> str | None:
    """Why ``path`` may not be read as part of the corpus folder ``root`` (resolved), or
    None: after resolving links (``..``, symbolic links) it must lie inside ``root``."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError) as exc:  # a link loop
        return f"cannot resolve the path ({exc})"
    if resolved == root or root not in resolved.parents:
        return (f"{resolved} is outside the corpus folder {root} (after resolving links): "
                "not read; only files inside the corpus folder are read")
    return None


def _reason(exc: Exception, path: Path) -> str:
    """The message of ``exc`` without the leading file name (the Problem names the file)."""
    message = str(exc)
    prefix = f"{path}: "
    return message[len(prefix):] if message.startswith(prefix) else message


def _records_from_manifest(folder: Path, manifest_path: Path,
                           problems: list[Problem]) -> Iterator[dict]:
    header, rows = _csv_rows(manifest_path, problems)
    if "file" not in header:
        raise CorpusError(f"{manifest_path}: no 'file' column (columns are {header}); "
                          "add one giving each text file's path relative to the folder")
    root = folder.resolve()
    for row_number, row, whole in rows:
        where = f"{manifest_path}:{row_number}"
        if not whole:
            problems.append(Problem(where, row.get("id") or None, _too_many_cells(row, header)
                                    + ": row skipped; quote the field"))
            continue
        relative = row["file"].strip()
        if not relative:
            problems.append(Problem(where, None, "row without a file name"))
            continue
        path = folder / relative
        doc_id = str(row.get("id") or Path(relative).stem).strip()
        outside = _outside(path, root)
        if outside:
            problems.append(Problem(where, doc_id, f"file {relative!r}: {outside}"))
            continue
        # a duplicate id is reported by iter_corpus, which keeps the first with a text
        try:
            text = read_text_file(path, problems, doc_id=doc_id)
        except CorpusError as exc:
            problems.append(Problem(where, doc_id, str(exc)))
            continue
        meta = _safe_metadata({k: v for k, v in row.items() if k != "id"})
        yield {"doc_id": doc_id, "text": text, **meta, "_where": str(path)}


def _records_from_jsonl(path: Path, problems: list[Problem]) -> Iterator[dict]:
    text = read_text_file(path, problems)
    # lines end at "\n" (and "\r\n") only: str.splitlines() would also cut at U+2028,
    # U+0085, form feeds..., which a JSON encoder leaves unescaped inside strings
    for line_number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
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
            problems.append(Problem(where, None, "a line must be a JSON object "
                                                 '({"id": ..., "text": ...})'))
            continue
        doc_id = next((record[c] for c in ID_COLUMNS if c in record), None)
        if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()):
            problems.append(Problem(where, None, "no 'id' field"))
            continue
        text_value = next((record[c] for c in TEXT_COLUMNS if c in record), None)
        meta = {k: v for k, v in record.items() if k not in ID_COLUMNS and k not in TEXT_COLUMNS}
        yield {"doc_id": str(doc_id), "text": text_value, **meta, "_where": where}


def _records_from_csv(path: Path, problems: list[Problem]) -> Iterator[dict]:
    header, rows = _csv_rows(path, problems)
    text_column = next((c for c in TEXT_COLUMNS if c in header), None)
    if text_column is None:
        raise CorpusError(f"{path}: no text column (one of {TEXT_COLUMNS}); "
                          f"columns are {header}")
    id_column = next((c for c in ID_COLUMNS if c in header), None)
    for row_number, row, whole in rows:
        where = f"{path}:{row_number}"
        if not whole:
            problems.append(Problem(where, row.get(id_column) if id_column else None,
                                    _too_many_cells(row, header) + ": row skipped; quote the "
                                                                   "field"))
            continue
        doc_id = str(row.pop(id_column)).strip() if id_column else f"row{row_number - 1}"
        if not doc_id:
            problems.append(Problem(where, None, "row without an id"))
            continue
        text = row.pop(text_column)
        if isinstance(text, _Formula):
            problems.append(Problem(where, doc_id, f"the text cell holds a formula "
                                                   f"({text.formula[:60]!r}) without a stored "
                                                   "value: open the workbook in Excel or "
                                                   "LibreOffice and save it, so that the value "
                                                   "is stored, or paste it as values"))
            continue
        yield {"doc_id": doc_id, "text": text, **_safe_metadata(row), "_where": where}


def iter_corpus(path: str | Path, problems: list[Problem] | None = None, *,
                keep_empty: bool = False) -> Iterator[dict]:
    """Yield one record per readable, non-empty document of the corpus at ``path``.

    Records are dicts with ``doc_id``, ``text``, the metadata and ``_where`` (the file and
    line); skipped documents and warnings are appended to ``problems``. ``keep_empty``:
    a document whose text is empty, blank or missing is yielded too (``text`` then is the
    blank text or ``""``, and ``_empty`` is True) and reported as a warning, not skipped.
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
    elif path.suffix.lower() in {".csv", ".xlsx"}:
        records = _records_from_csv(path, problems)
    elif path.suffix.lower() == ".txt":
        records = iter([{"doc_id": path.stem, "text": read_text_file(path, problems),
                         "_where": str(path)}])
    else:
        raise CorpusError(f"{path}: unknown corpus format {path.suffix!r}; "
                          "use a folder of .txt files, .jsonl, .csv or .xlsx")
    seen: set[str] = set()
    hashes: dict[str, str] = {}
    for record in records:
        where = record["_where"]
        problem = _check_text(record.get("text"), where, record["doc_id"])
        if problem is None and record["doc_id"] in seen:
            problem = Problem(where, record["doc_id"], "duplicate id; the first is kept")
        elif keep_empty and problem is not None and record["doc_id"] not in seen and (
                record.get("text") is None or isinstance(record.get("text"), str)
                or record.get("text") != record.get("text")):  # None, NaN or blank
            seen.add(record["doc_id"])
            problems.append(Problem(where, record["doc_id"], f"{problem.reason}: nothing to "
                                                             "analyse", "warning"))
            text = record.get("text")
            record.pop("_note", None)
            yield {**record, "text": text if isinstance(text, str) else "", "_empty": True}
            continue
        if problem is not None:
            problems.append(problem)
            record.pop("_note", None)
            continue
        seen.add(record["doc_id"])
        record["text"], note = replace_surrogates(record["text"])
        for warning in (record.pop("_note", None), note):
            if warning:
                problems.append(Problem(where, record["doc_id"], warning, "warning"))
        digest = hashlib.sha256(record["text"].encode("utf-8")).hexdigest()
        if digest in hashes:
            problems.append(Problem(where, record["doc_id"],
                                    f"same text as document {hashes[digest]!r} (a duplicated "
                                    "file?); both are kept", "warning"))
        else:
            hashes[digest] = record["doc_id"]
        yield record


def documents_from_texts(texts: Iterable[str] | dict[str, str]) -> pd.DataFrame:
    """A documents table from plain strings (ids ``doc0``, ``doc1``, ... or the dict's keys).

    Lone surrogates are replaced by U+FFFD (a warning in ``table.attrs["problems"]``)."""
    items = texts.items() if isinstance(texts, dict) else (
        (f"doc{i}", t) for i, t in enumerate(texts))
    rows, problems = [], []
    for key, text in items:
        if isinstance(text, str):
            text, note = replace_surrogates(text)
            if note:
                problems.append(asdict(Problem("input", str(key), note, "warning")))
        rows.append({"doc_id": str(key), "text": text})
    table = pd.DataFrame(rows, columns=["doc_id", "text"], dtype=object)  # 5 stays int 5
    table.attrs["problems"] = problems
    return table


def load_corpus(path: str | Path) -> pd.DataFrame:
    """Read a corpus into a documents table: ``doc_id``, ``text``, then the metadata columns.

    ``path`` is a folder of ``.txt`` files with an optional ``index.csv`` keyed by ``id``; a
    folder tree with ``manifest.csv`` keyed by ``file`` (the UNGDC layout); a ``.jsonl``
    file of ``{"id", "text", ...}`` lines; or a ``.csv`` file or ``.xlsx`` workbook (first
    sheet) with a ``text`` column.
    Skipped documents and warnings are listed in ``table.attrs["problems"]`` (dicts with
    ``where``, ``doc_id``, ``reason``, ``severity``); ``table.attrs["where"]`` maps each
    ``doc_id`` to its file.

    >>> docs = load_corpus("corpora/seed")            # doctest: +SKIP
    >>> docs[["doc_id", "speaker"]].head(1)           # doctest: +SKIP
    """
    problems: list[Problem] = []
    records = list(iter_corpus(path, problems))
    if not records:
        errors = [p for p in problems if p.severity == "error"] or problems
        detail = "; ".join(str(p) for p in errors[:3])
        raise CorpusError(f"{path}: no readable documents" + (f" ({detail})" if detail else ""))
    where = {r["doc_id"]: r.pop("_where") for r in records}
    table = pd.DataFrame.from_records(records)
    table.attrs["problems"] = [asdict(p) for p in problems]
    table.attrs["where"] = where
    table.attrs["source"] = str(path)
    return table


def load_corpora(paths: Iterable[str | Path], *, names: Iterable[str] | None = None
                 ) -> pd.DataFrame:
    """Several corpora as one documents table, with a ``corpus`` column naming each
    document's corpus (the folder or file name, or ``names``).

    A ``doc_id`` that an earlier corpus already holds is skipped and listed in
    ``table.attrs["problems"]``, as within one corpus.

    >>> docs = load_corpora(["corpora/seed", "../shared/corpora/statements"])  # doctest: +SKIP
    >>> docs["corpus"].value_counts()                                           # doctest: +SKIP
    """
    paths = [Path(p) for p in paths]
    labels = list(names) if names is not None else [p.stem if p.is_file() else p.name
                                                     for p in paths]
    if len(labels) != len(paths):
        raise ValueError(f"load_corpora(): {len(paths)} paths but {len(labels)} names")
    frames, problems, seen = [], [], set()
    for path, label in zip(paths, labels, strict=True):
        table = load_corpus(path)
        problems.extend(table.attrs.get("problems", []))
        clash = table["doc_id"].isin(seen)
        for doc_id in table.loc[clash, "doc_id"]:
            problems.append(asdict(Problem(str(path), doc_id,
                                           "duplicate id across corpora; the first is kept")))
        table = table[~clash]
        seen.update(table["doc_id"])
        if "corpus" in table.columns:  # a metadata column of that name is kept, prefixed
            table = table.rename(columns={"corpus": "meta_corpus"})
        frames.append(table.assign(corpus=label))
    combined = pd.concat(frames, ignore_index=True)
    combined.attrs["problems"] = problems
    combined.attrs["source"] = ", ".join(str(p) for p in paths)
    return combined


def corpus_subset(path: str | Path, out: str | Path, *,
                  where: dict[str, object] | None = None, limit: int | None = None) -> Path:
    """Write the documents of the corpus at ``path`` whose metadata match ``where`` to a
    JSONL corpus at ``out`` (streamed: a large corpus is never held in memory); return
    ``out``.

    ``where`` maps a metadata column to a value or a list of values (compared as strings):
    ``{"iso3": ["USA", "CHN"], "year": ["2005", "2010"]}``. ``limit``: at most this many
    documents.

    >>> corpus_subset("../shared/corpora/ungdc", "sample.jsonl",
    ...               where={"iso3": ["USA"], "year": ["2020"]})          # doctest: +SKIP
    """
    wanted = {column: {str(v) for v in (value if isinstance(value, (list, tuple, set, range))
                                        else [value])}
              for column, value in (where or {}).items()}
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with out.open("w", encoding="utf-8") as handle:
        for record in iter_corpus(path):
            if any(str(record.get(column)) not in values for column, values in wanted.items()):
                continue
            handle.write(json.dumps({"id": record.pop("doc_id"), **record},
                                    ensure_ascii=False) + "\n")
            written += 1
            if limit is not None and written >= limit:
                break
    if not written:
        raise CorpusError(f"{path}: no document matches {where!r}")
    return out
