"""Fuzz the corpus readers (issue 19): hypothesis generates corpora as folders of ``.txt``
files (with and without ``index.csv``), ``manifest.csv`` trees, JSONL, CSV and XLSX files,
with valid documents mixed with bad ones (empty and blank texts, binary files, malformed
JSON lines, duplicate ids, rows with too many cells, paths outside the corpus, stray control
characters, byte-order marks, CRLF, semicolon- or tab-separated index files, index files
without an id column), and checks on every one:

- ``load_corpus`` returns a table or raises :class:`~toolkit.errors.CorpusError` (only when
  no valid document exists): any other exception is a failure (a traceback);
- no valid document is lost: every document with an id and a non-blank text comes back
  with exactly its text (stray control characters removed; XLSX turns CR into LF, as XML
  does), the first of a duplicated id wins, and nothing else comes back (no text from
  outside the corpus folder).

Usage: ``python scripts/fuzz_readers.py [--examples 10000] [--markdown reports/fuzz.md]``;
``tests/test_fuzz_readers.py`` runs the same check with a few examples in ``make test``.
"""

from __future__ import annotations

import argparse
import collections
import csv
import io
import json
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from toolkit.corpus import load_corpus  # noqa: E402
from toolkit.errors import CorpusError  # noqa: E402

FORMATS = ("folder", "folder+index", "manifest", "jsonl", "csv", "xlsx")
#: appended to the texts of files outside the corpus folder: a private-use character, which
#: generated texts never hold
OUTSIDE = "\ue000outside the corpus\ue000"
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")

#: characters that make texts hard: quotes, separators, line breaks, BOM, RTL, emoji...
HARD = ["\"", "'", ",", ";", "\t", "\n", "\r\n", "\r", "|", "=", "+", "-", "@", "\ufeff",
        "\u202e", "\u2028", "\u00a0", "é", "ß", "中", "😀", "e\u0301", "\\", "{", "}", "[",
        "]", "<b>", "&amp;", " "]
WORDS = ["The", "minister", "clearly", "said", "so.", "perhaps", "grossly", "unfair",
         "according", "to", "Xinhua", "never", "very", "it", "was", "a", "lie"]


def _valid_text(text: str) -> bool:
    return bool(text.strip()) and not _CONTROL.search(text) and not _SURROGATE.search(text)


pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(HARD),
                   st.text(st.characters(blacklist_categories=("Cs", "Cc", "Co")), max_size=6))
texts = st.lists(pieces, min_size=1, max_size=12).map(" ".join)
bad_texts = st.sampled_from(["", " ", "\n\t ", "\u00a0\u2003"])
ids = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd"),
                            whitelist_characters="_-é中"), min_size=1, max_size=10)


@dataclass
class Document:
    doc_id: str
    text: str
    #: what is wrong with it, if anything: "", "blank", "binary", "control" (one stray
    #: control character: kept, the character removed), "outside" (manifest: a path out)
    defect: str = ""


@dataclass
class Corpus:
    format: str
    documents: list[Document]
    options: dict = field(default_factory=dict)


@st.composite
def corpora(draw, formats: tuple[str, ...] = FORMATS) -> Corpus:
    fmt = draw(st.sampled_from(formats))
    n = draw(st.integers(1, 6))
    documents = []
    for _ in range(n):
        doc_id = draw(ids)
        if fmt.startswith("folder") or fmt == "manifest":
            doc_id = doc_id.lstrip(".") or "x"
        defect = draw(st.sampled_from(["", "", "", "blank"] + (
            ["binary", "control"] if fmt.startswith("folder") or fmt == "manifest" else [])
            + (["outside"] if fmt == "manifest" else [])))
        text = draw(bad_texts) if defect == "blank" else draw(texts)
        if defect == "control":
            where = draw(st.integers(0, len(text)))
            text = text[:where] + draw(st.sampled_from(["\x00", "\x1b", "\x7f", "\x08"])) \
                + text[where:]
        documents.append(Document(doc_id, text, defect))
    options = {
        "bom": draw(st.booleans()),
        "crlf": draw(st.booleans()),
        "delimiter": draw(st.sampled_from([",", ";", "\t"])),
        "index_id": draw(st.sampled_from(["id", "id", "doc_id", "name"])),
        "junk_lines": draw(st.lists(st.sampled_from(
            ["{broken", "[1, 2]", "42", '{"text": "no id"}', '{"id": ""}', "   "]),
            max_size=3)),
        "broken_row": draw(st.booleans()),
        "ensure_ascii": draw(st.booleans()),
    }
    return Corpus(fmt, documents, options)


def _expected(corpus: Corpus) -> dict[str, str]:
    """The documents a reader must return: id -> text."""
    expected: dict[str, str] = {}
    documents = corpus.documents
    if corpus.format in ("folder", "folder+index"):  # one file per id: the first
        documents = list({d.doc_id: d for d in reversed(documents)}.values())[::-1]
    for document in documents:
        if document.defect in ("blank", "binary", "outside"):
            continue
        text = document.text
        if corpus.format in ("folder", "folder+index", "manifest") and (
                corpus.format == "manifest" or not corpus.options["bom"]) and \
                text.startswith("\ufeff"):
            text = text[1:]  # a UTF-8 byte-order mark at the start of a file is no text
        if document.defect == "control":
            text = _CONTROL.sub("", text)
        if corpus.format == "xlsx":
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip() or not _valid_text(text):
            continue
        expected.setdefault(document.doc_id, text)
    return expected


def _folder_corpus(corpus: Corpus, folder: Path) -> None:
    folder.mkdir()
    written = set()
    for document in corpus.documents:
        if document.doc_id in written:  # one file per id in a folder
            continue
        written.add(document.doc_id)
        path = folder / f"{document.doc_id}.txt"
        if document.defect == "binary":
            path.write_bytes(b"%PDF-1.4\x00\x01\x02" + document.text.encode("utf-8"))
        else:
            data = document.text.encode("utf-8")
            path.write_bytes((b"\xef\xbb\xbf" if corpus.options["bom"] else b"") + data)
    if corpus.format == "folder+index":
        sep = corpus.options["delimiter"]
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=sep,
                            lineterminator="\r\n" if corpus.options["crlf"] else "\n")
        writer.writerow([corpus.options["index_id"], "speaker"])
        for i, document in enumerate(corpus.documents):
            writer.writerow([document.doc_id, f"speaker {i}, {sep} \"quoted\""])
        writer.writerow(["missing-file", "nobody"])
        (folder / "index.csv").write_text(buffer.getvalue(), encoding="utf-8")


def _manifest_corpus(corpus: Corpus, folder: Path) -> None:
    (folder / "sub" / "deeper").mkdir(parents=True)
    outside = folder.parent / "outside"
    outside.mkdir()
    rows = [["file", "id", "year"]]
    for i, document in enumerate(corpus.documents):
        relative = f"sub/{i}.txt" if i % 2 else f"sub/deeper/{i}.txt"
        if document.defect == "outside":
            (outside / f"{i}.txt").write_text(document.text + OUTSIDE, encoding="utf-8")
            relative = f"../outside/{i}.txt" if i % 2 else str(outside / f"{i}.txt")
        elif document.defect == "binary":
            (folder / relative).write_bytes(b"\x00\x01\x02\x03" * 8)
        else:
            (folder / relative).write_bytes(document.text.encode("utf-8"))
        rows.append([relative, document.doc_id, str(2000 + i)])
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n" if corpus.options["crlf"] else "\n"
               ).writerows(rows)
    (folder / "manifest.csv").write_text(buffer.getvalue(), encoding="utf-8")


def _jsonl_corpus(corpus: Corpus, path: Path) -> None:
    newline = "\r\n" if corpus.options["crlf"] else "\n"
    lines = [json.dumps({"id": d.doc_id, "text": d.text, "n": i},
                        ensure_ascii=corpus.options["ensure_ascii"])
             for i, d in enumerate(corpus.documents)]
    for junk in corpus.options["junk_lines"]:
        lines.insert(len(lines) // 2, junk)
    data = newline.join(lines) + newline
    path.write_bytes((b"\xef\xbb\xbf" if corpus.options["bom"] else b"")
                     + data.encode("utf-8", "surrogatepass"))


def _csv_corpus(corpus: Corpus, path: Path) -> None:
    sep = corpus.options["delimiter"] if corpus.options["delimiter"] != "\t" else ","
    buffer = io.StringIO()
    # with "\n" rows, csv leaves a bare "\r" unquoted (a broken file): quote every field
    writer = csv.writer(buffer, delimiter=sep,
                        quoting=csv.QUOTE_MINIMAL if corpus.options["crlf"] else csv.QUOTE_ALL,
                        lineterminator="\r\n" if corpus.options["crlf"] else "\n")
    writer.writerow(["id", "text", "speaker"])
    for i, document in enumerate(corpus.documents):
        writer.writerow([document.doc_id, document.text, f"s{i}"])
    text = buffer.getvalue()
    if corpus.options["broken_row"]:
        text += f"zz-broken{sep}a{sep}b{sep}c{sep}d\n"  # too many cells: skipped
    path.write_bytes((b"\xef\xbb\xbf" if corpus.options["bom"] else b"")
                     + text.encode("utf-8"))


def _xlsx_corpus(corpus: Corpus, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell

    book = Workbook()
    sheet = book.active
    sheet.append(["id", "text", "speaker"])
    for i, document in enumerate(corpus.documents):
        cells = []
        for value in (document.doc_id, document.text, f"s{i}"):
            cell = Cell(sheet, value=value)
            cell.data_type = "s"  # stored as text, as a spreadsheet stores typed text
            cells.append(cell)
        sheet.append(cells)
    book.save(path)


def write_corpus(corpus: Corpus, where: Path) -> Path:
    """Write ``corpus`` under the folder ``where``; return the corpus path."""
    if corpus.format in ("folder", "folder+index"):
        _folder_corpus(corpus, where / "corpus")
        return where / "corpus"
    if corpus.format == "manifest":
        (where / "corpus").mkdir()
        _manifest_corpus(corpus, where / "corpus")
        return where / "corpus"
    path = where / f"corpus.{corpus.format}"
    {"jsonl": _jsonl_corpus, "csv": _csv_corpus, "xlsx": _xlsx_corpus}[corpus.format](
        corpus, path)
    return path


def check(corpus: Corpus, tally: collections.Counter | None = None) -> None:
    """Write ``corpus``, read it back, and assert the invariants of the module docs."""
    expected = _expected(corpus)
    with tempfile.TemporaryDirectory() as folder:
        path = write_corpus(corpus, Path(folder))
        try:
            table = load_corpus(path)
        except CorpusError as exc:
            assert not expected, f"{corpus.format}: CorpusError ({exc}) with valid documents"
            got = {}
        else:
            got = dict(zip(table["doc_id"], table["text"], strict=True))
    if tally is not None:
        tally[corpus.format] += 1
        tally["documents"] += len(corpus.documents)
        tally["valid documents"] += len(expected)
    assert got == expected, (corpus.format, expected, got)
    for text in got.values():
        assert OUTSIDE not in text


def run(examples: int, *, seed: int | None = None,
        formats: tuple[str, ...] = FORMATS) -> collections.Counter:
    """Check ``examples`` generated corpora (of ``formats``); return counts by format."""
    tally: collections.Counter = collections.Counter()

    @settings(max_examples=examples, deadline=None, database=None,
              derandomize=seed is None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.filter_too_much])
    @given(corpora(formats))
    def property_(corpus: Corpus) -> None:
        check(corpus, tally)

    if seed is not None:
        property_ = __import__("hypothesis").seed(seed)(property_)
    property_()
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=None,
                        help="a random seed (default: hypothesis's derandomized examples)")
    parser.add_argument("--markdown", type=Path, default=None, help="write the result here")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    tally = run(args.examples, seed=args.seed)
    seconds = time.perf_counter() - started
    total = sum(tally[f] for f in FORMATS)
    lines = [f"{total:,} generated corpora checked in {seconds:.0f} s, no failure "
             f"(no traceback, no valid document lost):",
             *(f"- {fmt}: {tally[fmt]:,}" for fmt in FORMATS),
             f"- documents written: {tally['documents']:,}, of them valid (must come back "
             f"exactly): {tally['valid documents']:,}"]
    print("\n".join(lines))
    if args.markdown:
        command = "python scripts/fuzz_readers.py " + " ".join(argv or sys.argv[1:])
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(
            "# Fuzz run of the corpus readers\n\n"
            f"Command: `{command.strip()}` (hypothesis; see the script's docstring for what "
            "is generated and checked). The count includes every example hypothesis ran, "
            "the shrinking of none (no failure).\n\n" + "\n".join(lines) + "\n",
            encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
