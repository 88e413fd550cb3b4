"""Corpus readers on the inputs analysts actually have: every bad input names its file and
line, skips what must be skipped, and keeps everything else."""

from __future__ import annotations

import json

import pytest

from toolkit.corpus import decode_text, iter_corpus, load_corpus, markup_remnants, read_text_file
from toolkit.errors import CorpusError

ENGLISH = "The report is grossly unfair and entirely groundless.\n"


def _problems(table):
    return [(p["severity"], p["where"], p["doc_id"], p["reason"]) for p in table.attrs["problems"]]


def _folder(tmp_path, files: dict[str, bytes | str], index: str | None = None):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if index is not None:
        (folder / "index.csv").write_text(index, encoding="utf-8")
    return folder


# --- encodings ----------------------------------------------------------------------------

@pytest.mark.parametrize("data, expected", [
    ("Café déjà vu – “quoted”".encode(), "Café déjà vu – “quoted”"),
    (b"\xef\xbb\xbfWith a BOM", "With a BOM"),
    ("UTF-16 with BOM: café".encode("utf-16"), "UTF-16 with BOM: café"),
    ("UTF-32: café".encode("utf-32"), "UTF-32: café"),
])
def test_decode_text_reads_unicode_encodings(data, expected):
    text, note = decode_text(data)
    assert text == expected
    assert note is None


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected_with_a_warning(codec):
    text, note = decode_text("The statement is false.\nIt is a lie.".encode(codec), "x.txt")
    assert text == "The statement is false.\nIt is a lie."
    assert codec.upper() in note


def test_latin1_file_is_read_as_cp1252_with_a_warning_naming_the_lines():
    data = "First line is ASCII.\nThe café’s “menu” was déjà vu.\n".encode("cp1252")
    text, note = decode_text(data, "old.txt")
    assert text == "First line is ASCII.\nThe café’s “menu” was déjà vu.\n"
    assert "line 2" in note and "Windows-1252" in note


def test_mixed_encodings_are_read_line_by_line():
    data = "UTF-8 line: naïve\n".encode() + "cp1252 line: naïve\n".encode("cp1252")
    text, note = decode_text(data, "mixed.txt")
    assert text == "UTF-8 line: naïve\ncp1252 line: naïve\n"
    assert note.startswith("mixed encodings") and "line 2" in note


@pytest.mark.parametrize("data, words", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP container"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
    (bytes(range(256)) * 4, "binary"),
    (b"\x01\x02\x03\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b" * 20, "binary"),
])
def test_binary_inputs_are_reported_not_decoded(data, words):
    with pytest.raises(CorpusError, match="blob.txt") as info:
        decode_text(data, "blob.txt")
    assert words in str(info.value)


def test_read_text_file_names_a_folder_and_a_missing_file(tmp_path):
    with pytest.raises(CorpusError, match="is a folder"):
        read_text_file(tmp_path)
    with pytest.raises(CorpusError, match="cannot read file"):
        read_text_file(tmp_path / "gone.txt")


# --- folders ------------------------------------------------------------------------------

def test_folder_with_missing_duplicated_unreadable_and_binary_files(tmp_path):
    folder = _folder(tmp_path, {
        "a.txt": ENGLISH,
        "b.txt": ENGLISH,                       # the same text twice (a duplicated file)
        "empty.txt": "  \n\t\n",
        "binary.txt": b"\x00\x01\x02\x00binary\x00",
        "scan.pdf": b"%PDF-1.4",
        "latin.txt": "Déjà vu: it is clearly wrong.".encode("cp1252"),
    }, index="id,speaker\na,A\nb,B\nmissing,M\n")
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    docs = load_corpus(folder)
    assert sorted(docs["doc_id"]) == ["a", "b", "latin"]
    assert docs.set_index("doc_id").loc["latin", "text"] == "Déjà vu: it is clearly wrong."
    problems: dict[tuple, str] = {}
    for severity, _, doc_id, reason in _problems(docs):
        problems[(severity, doc_id)] = problems.get((severity, doc_id), "") + reason + " | "
    assert "same text as document 'a'" in problems[("warning", "b")]
    assert "nothing but white space" in problems[("error", "empty")]
    assert "binary" in problems[("error", "binary")]
    assert "cannot read file" in problems[("error", "broken")]
    assert "missing.txt is missing" in problems[("error", "missing")]
    assert "Windows-1252" in problems[("warning", "latin")]
    assert "only .txt files" in problems[("warning", None)]
    assert "no row in index.csv" in " ".join(problems.values())


def test_every_problem_names_its_file(tmp_path):
    folder = _folder(tmp_path, {"a.txt": ENGLISH, "bad.txt": b"\x00\x00"})
    (problem,) = load_corpus(folder).attrs["problems"]
    assert problem["where"].endswith("bad.txt")
    assert problem["doc_id"] == "bad" and problem["severity"] == "error"


def test_folder_without_any_readable_document_raises_naming_the_reason(tmp_path):
    folder = _folder(tmp_path, {"a.txt": "", "b.txt": b"\x00\x01"})
    with pytest.raises(CorpusError, match="no readable documents") as info:
        load_corpus(folder)
    assert "a.txt" in str(info.value) or "b.txt" in str(info.value)


# --- index.csv ----------------------------------------------------------------------------

def test_index_with_missing_id_duplicate_ids_and_extra_cells(tmp_path):
    index = ("id,speaker,date\n"
             "a,Alice,2020-01-01\n"
             ",Nobody,2020-01-02\n"            # line 3: no id
             "a,Again,2020-01-03\n"            # line 4: duplicate id
             "b,Bob, Jr.,2020-01-04\n"         # line 5: an unquoted comma: one cell too many
             "c,Carol\n")                      # line 6: one cell short
    folder = _folder(tmp_path, {"a.txt": ENGLISH, "b.txt": "Perhaps.", "c.txt": "Never."},
                     index=index)
    docs = load_corpus(folder).set_index("doc_id")
    assert docs.loc["a", "speaker"] == "Alice"          # the first row wins
    assert docs.loc["c", "speaker"] == "Carol" and docs.loc["c", "date"] == ""
    assert docs["speaker"].isna()["b"]                  # shifted cells are not used
    found = {(w.rsplit(":", 1)[-1], severity): reason
             for severity, w, _, reason in _problems(docs)}
    assert "without an id" in found[("3", "warning")]
    assert "duplicate id" in found[("4", "warning")]
    assert "more cells" in found[("5", "warning")]
    assert "missing cells" in found[("6", "warning")]


def test_index_extra_columns_are_metadata_and_reserved_names_are_prefixed(tmp_path):
    folder = _folder(tmp_path, {"a.txt": ENGLISH},
                     index="id,text,notes,genre\na,NOT THE TEXT,scraped,statement\n")
    docs = load_corpus(folder)
    assert docs.loc[0, "text"] == ENGLISH
    assert docs.loc[0, "meta_text"] == "NOT THE TEXT"
    assert docs.loc[0, "notes"] == "scraped"


def test_index_without_id_column_is_not_used_with_a_warning(tmp_path):
    folder = _folder(tmp_path, {"a.txt": ENGLISH}, index="name,speaker\na,A\n")
    docs = load_corpus(folder)
    assert list(docs["doc_id"]) == ["a"] and "speaker" not in docs.columns
    assert any(p["where"].endswith("index.csv") and "no 'id' column" in p["reason"]
               and p["severity"] == "warning" for p in docs.attrs["problems"])


def test_latin1_index_is_read_with_a_warning(tmp_path):
    folder = _folder(tmp_path, {"a.txt": ENGLISH})
    (folder / "index.csv").write_bytes("id,speaker\na,Désiré\n".encode("cp1252"))
    docs = load_corpus(folder)
    assert docs.loc[0, "speaker"] == "Désiré"
    assert any("index.csv" in p["where"] and p["severity"] == "warning"
               for p in docs.attrs["problems"])


# --- JSONL and CSV files ------------------------------------------------------------------

def test_jsonl_with_one_malformed_line_keeps_the_others(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "a", "text": ENGLISH}), '{"id": "b", "text": "unterminated',
             "[1, 2]", json.dumps({"text": "no id"}), json.dumps({"id": "c", "text": None}),
             json.dumps({"id": "d", "text": "Fine.", "speaker": "D"}), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    docs = load_corpus(path)
    assert list(docs["doc_id"]) == ["a", "d"]
    where = {p["where"].rsplit(":", 1)[-1]: p["reason"] for p in docs.attrs["problems"]}
    assert "malformed JSON" in where["2"]
    assert "JSON object" in where["3"]
    assert "no 'id'" in where["4"]
    assert "missing" in where["5"]


def test_csv_corpus_with_a_broken_row_and_a_megabyte_cell(tmp_path):
    big = "It is very clear. " * 70_000  # 1.26 MB in one cell: over csv's default limit
    path = tmp_path / "corpus.csv"
    path.write_text(f'id,text,genre\na,"{big}",long\nb,Short, unquoted text,bad\n'
                    f"c,Fine text.,ok\n", encoding="utf-8")
    docs = load_corpus(path)
    assert list(docs["doc_id"]) == ["a", "c"]
    assert docs.loc[0, "text"] == big
    (problem,) = [p for p in docs.attrs["problems"] if p["severity"] == "error"]
    assert problem["where"].endswith("corpus.csv:3") and "more cells" in problem["reason"]


def test_iter_corpus_unknown_format_and_missing_path(tmp_path):
    with pytest.raises(CorpusError, match="no such file or folder"):
        list(iter_corpus(tmp_path / "nothing"))
    (tmp_path / "x.docx").write_bytes(b"PK\x03\x04")
    with pytest.raises(CorpusError, match="unknown corpus format '.docx'"):
        list(iter_corpus(tmp_path / "x.docx"))


# --- markup -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("<p>The claim is <b>false</b>.</p>", "HTML tag"),
    ("Fish &amp; chips &#8212; the &quot;best&quot;", "HTML entit"),
    ("# Heading\n\nThis is **clearly** wrong, see [here](http://x.org).", "Markdown"),
])
def test_markup_remnants_are_named(text, found):
    assert found in markup_remnants(text)


@pytest.mark.parametrize("text", [
    "Plain text with 3 < 4 and 5 > 2, and fish & chips.",
    "A list:\n- one\n- two\n",
    "A *single* star, an arrow -> here, and x<y or y>z.",
])
def test_plain_text_has_no_markup_warning(text):
    assert markup_remnants(text) is None


def test_xlsx_corpus_with_dates_numbers_and_a_broken_row(tmp_path):
    import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["id", "text", "date", "speaker"])
    sheet.append([1, ENGLISH, datetime.datetime(2020, 6, 26), "A"])
    sheet.append([2, "   ", datetime.datetime(2020, 6, 27), "B"])          # row 3: empty text
    sheet.append([3, "Perhaps.", "2021-01", "C", "extra"])  # row 4: a cell without header
    sheet.append([4, "Never.", None, 4.0])
    path = tmp_path / "scraped.xlsx"
    book.save(path)
    docs = load_corpus(path)
    assert list(docs["doc_id"]) == ["1", "3", "4"]
    assert docs.loc[0, "date"] == "2020-06-26" and docs.loc[2, "speaker"] == "4"
    assert list(docs["column_5"]) == ["", "extra", ""]
    found = {p["where"]: p["reason"] for p in docs.attrs["problems"]}
    assert "empty text" in found[f"{path}:3"]
    assert "header cell 5 is empty" in found[f"{path}:1"]


def test_file_named_xlsx_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "export.xlsx"
    path.write_text("id,text\na,b\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"export\.xlsx: cannot be read as an Excel workbook"):
        load_corpus(path)


def test_load_corpora_names_each_corpus_and_keeps_a_corpus_column(tmp_path):
    from toolkit.corpus import load_corpora

    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / f"{name}1.txt").write_text("It is very clear.", encoding="utf-8")
        (folder / "index.csv").write_text(f"id,corpus\n{name}1,from-{name}\n", encoding="utf-8")
    (tmp_path / "b" / "a1.txt").write_text("A clash of ids.", encoding="utf-8")
    table = load_corpora([tmp_path / "a", tmp_path / "b"])
    assert list(table["doc_id"]) == ["a1", "b1"]
    assert list(table["corpus"]) == ["a", "b"]
    assert list(table["meta_corpus"]) == ["from-a", "from-b"]
    assert any("across corpora" in p["reason"] for p in table.attrs["problems"])
