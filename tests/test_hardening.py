"""Issue 19: what a hostile tester and a new analyst found. One test (or a few) per item,
named after it; each failed on the code before the fix.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

import pandas as pd
import pytest

import toolkit
from toolkit.analysis import analyze
from toolkit.cli import build_parser, main
from toolkit.corpus import decode_text, load_corpus
from toolkit.export import export_tables, read_export

from .conftest import ROOT

GOOD = "The minister clearly said so. It was perhaps a grossly unfair report."
PROVENANCE = {"toolkit_version": toolkit.__version__, "pipeline": "en_test-1.0",
              "lexicon_version": "abc123"}


def _cli(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- 1. a manifest or a link reads files outside the corpus ---------------------------------

def _manifest_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "mf"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "a.txt").write_text("The minister clearly said so.", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("SECRET. He clearly said so.", encoding="utf-8")
    return corpus


def test_issue19_1_manifest_paths_outside_the_corpus_are_refused_and_named(tmp_path):
    corpus = _manifest_corpus(tmp_path)
    (corpus / "manifest.csv").write_text(
        f"file\nsub/a.txt\n../secret.txt\n{tmp_path / 'secret.txt'}\n", encoding="utf-8")
    docs = load_corpus(corpus)
    assert list(docs["doc_id"]) == ["a"]
    assert not docs["text"].str.contains("SECRET").any()
    refused = [p for p in docs.attrs["problems"] if "outside the corpus folder" in p["reason"]]
    assert len(refused) == 2
    assert all(p["severity"] == "error" for p in refused)
    assert any("../secret.txt" in p["reason"] for p in refused)


def test_issue19_1_links_that_leave_the_corpus_are_refused(tmp_path):
    corpus = _manifest_corpus(tmp_path)
    (corpus / "sub" / "link.txt").symlink_to(tmp_path / "secret.txt")
    (corpus / "manifest.csv").write_text("file\nsub/a.txt\nsub/link.txt\n", encoding="utf-8")
    assert list(load_corpus(corpus)["doc_id"]) == ["a"]
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "leak.txt").symlink_to(tmp_path / "secret.txt")
    docs = load_corpus(folder)
    assert list(docs["doc_id"]) == ["good"]
    assert any(p["doc_id"] == "leak" and "outside the corpus folder" in p["reason"]
               for p in docs.attrs["problems"])


def test_issue19_1_a_link_inside_the_corpus_is_read(tmp_path):
    corpus = _manifest_corpus(tmp_path)
    (corpus / "sub" / "same.txt").symlink_to(corpus / "sub" / "a.txt")
    (corpus / "manifest.csv").write_text("file,id\nsub/same.txt,s\n", encoding="utf-8")
    assert list(load_corpus(corpus)["doc_id"]) == ["s"]


# --- 2. CSV exports carry formulas ---------------------------------------------------------

FORMULAS = ["=1+1", "+1", "-2+3", "@realDonaldTrump", "\tcmd", "\rcmd", "'=already quoted"]


def test_issue19_2_csv_cells_that_start_a_formula_are_neutralised(tmp_path):
    table = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(FORMULAS))],
                          "speaker": FORMULAS, "count": range(len(FORMULAS))})
    export_tables({"documents": table}, tmp_path, format="csv", provenance=PROVENANCE)
    raw = pd.read_csv(tmp_path / "documents.csv", dtype=str, keep_default_na=False)
    for value in raw["speaker"]:
        assert value.startswith("'"), value
    back = read_export(tmp_path / "documents.csv")
    assert list(back["speaker"]) == FORMULAS
    dictionary = (tmp_path / "datadictionary.md").read_text(encoding="utf-8")
    assert "OWASP" in dictionary and "CSV injection" in dictionary


def test_issue19_2_run_neutralises_formula_metadata(capsys, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "x", "text": GOOD, "source": "@realDonaldTrump",
                                  "note": "=1+1"}) + "\n", encoding="utf-8")
    code, _, err = _cli(capsys, "run", corpus, "--out", tmp_path / "o")
    assert code == 0, err
    raw = (tmp_path / "o" / "documents.csv").read_text(encoding="utf-8")
    assert ",'@realDonaldTrump," in raw and ",'=1+1" in raw
    assert ",@realDonaldTrump" not in raw and ",=1+1" not in raw


# --- 3. one document sinks the whole XLSX export -------------------------------------------

def test_issue19_3_xlsx_replaces_what_excel_cannot_hold_with_a_warning(tmp_path):
    table = pd.DataFrame({"doc_id": ["ok", "c"], "text": ["fine", "said\x0bthe\x0cwas"]})
    with pytest.warns(UserWarning, match=r"'c'.*control character"):
        export_tables({"markers": table}, tmp_path, format="xlsx", provenance=PROVENANCE)
    back = read_export(tmp_path / "markers.xlsx")
    assert list(back["text"]) == ["fine", "said\ufffdthe\ufffdwas"]


def test_issue19_3_run_with_a_control_character_writes_xlsx(capsys, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id":"c","text":"The minister said\\u000bthe report\\u000cwas clearly '
                      'groundless."}\n', encoding="utf-8")
    code, _, err = _cli(capsys, "run", corpus, "--out", tmp_path / "o", "--format", "xlsx")
    assert code == 0, err
    assert "Traceback" not in err
    markers = read_export(tmp_path / "o" / "markers.xlsx")
    assert len(markers) >= 1


def test_issue19_3_a_failed_export_leaves_the_folder_as_it_was(tmp_path, monkeypatch):
    import toolkit.export as export_module

    out = tmp_path / "o"
    export_tables({"documents": pd.DataFrame({"doc_id": ["old"]})}, out, format="csv",
                  provenance=PROVENANCE)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real = export_module._write_table
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(export_module, "_write_table", failing)
    tables = {"documents": pd.DataFrame({"doc_id": ["new"]}),
              "markers": pd.DataFrame({"doc_id": ["new"]})}
    with pytest.raises(OSError, match="disk full"):
        export_tables(tables, out, format="csv", provenance=PROVENANCE)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


# --- 4. a long text without line breaks ----------------------------------------------------

def test_issue19_4_pieces_of_a_long_text_are_parsed_one_at_a_time(nlp, monkeypatch):
    """Peak memory of a long unbroken text grows with one piece, not with the text: before,
    every piece went into one ``nlp.pipe`` batch (1 MB of text: 3.6 GB)."""
    import toolkit.nlp as nlp_module

    monkeypatch.setattr(nlp_module, "MAX_CHUNK_CHARS", 2_000)

    def peak(text: str) -> int:
        tracemalloc.start()
        doc = nlp_module._parse_one(nlp, text)
        _, high = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert doc.text == text
        return high

    one = peak("word " * 390)
    many = peak("word " * 390 * 16)
    assert many < 4 * one, (one, many)


def test_issue19_4_long_documents_show_progress(nlp, monkeypatch, capsys):
    import toolkit.nlp as nlp_module

    monkeypatch.setattr(nlp_module, "MAX_CHUNK_CHARS", 2_000)
    analyze({"long": "word " * 2_000}, pipeline=nlp, cache=False, progress=True)
    err = capsys.readouterr().err
    assert "parsing long (10,000 characters)" in err and "/5 [" in err  # a bar of 5 pieces


# --- 5. scale: workers outlive a killed parent; two runs into one folder -------------------

def test_issue19_5_a_second_run_into_a_folder_in_use_is_refused(tmp_path):
    from toolkit.scale import ScaleError, analyze_corpus, out_lock

    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": GOOD}) + "\n", encoding="utf-8")
    out = tmp_path / "run"
    with out_lock(out), pytest.raises(ScaleError, match="in use by another run"):
        analyze_corpus(corpus, out=out, scheduler="serial", progress=False, cache=False)
    analyze_corpus(corpus, out=out, scheduler="serial", progress=False, cache=False)
    assert len((out / "manifest.jsonl").read_text().splitlines()) == 1


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children")
        if children.exists():
            found |= {int(c) for c in children.read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_issue19_5_workers_die_with_a_killed_parent(tmp_path):
    corpus = tmp_path / "c.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for i in range(400):
            handle.write(json.dumps({"id": f"d{i}", "text": GOOD * 4}) + "\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "toolkit", "scale", str(corpus), "--out", str(tmp_path / "o"),
         "--n-process", "2", "--batch-size", "1", "--no-progress", "--no-cache"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(workers) < 2:
            time.sleep(0.2)
            workers = _children(process.pid)
        assert len(workers) >= 2, "no worker processes started"
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.2)
        assert not any(_alive(w) for w in workers)
    finally:  # the test's own processes, by id: none is left behind even when it fails
        process.kill()
        process.wait()
        for worker in workers:
            if _alive(worker):
                os.kill(worker, signal.SIGKILL)


# --- 6. one exit-status rule for every command ---------------------------------------------

EXIT_RULE = "0 all analysed; 1 some skipped"


def test_issue19_6_every_command_documents_the_exit_rule():
    parser = build_parser()
    assert EXIT_RULE in parser.format_help()
    commands = parser._subparsers._group_actions[0].choices
    for name, sub in commands.items():
        assert EXIT_RULE in sub.format_help(), name


def test_issue19_6_scale_exits_1_when_documents_were_skipped(capsys, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": GOOD}) + "\n"
                      + json.dumps({"id": "e", "text": ""}) + "\n", encoding="utf-8")
    code, _, err = _cli(capsys, "scale", corpus, "--out", tmp_path / "o", "--scheduler",
                        "serial", "--no-progress", "--no-cache")
    assert code == 1, err


def test_issue19_6_predict_writes_a_line_for_every_id_and_empty_lists_for_empty_text(
        capsys, tmp_path):
    corpus = tmp_path / "e.jsonl"
    corpus.write_text(json.dumps({"id": "e", "text": ""}) + "\n"
                      + json.dumps({"id": "b", "text": "  \n"}) + "\n"
                      + json.dumps({"id": "g", "text": GOOD}) + "\n", encoding="utf-8")
    code, out, err = _cli(capsys, "predict", corpus, "--no-cache")
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in lines] == ["e", "b", "g"]
    assert lines[0] == {"id": "e", "text": "", "markers": [], "attributions": []}
    assert lines[1]["markers"] == [] and lines[1]["attributions"] == []
    assert lines[2]["markers"]


def test_issue19_6_predict_exits_1_when_a_line_was_skipped_and_2_when_all(capsys, tmp_path):
    some = tmp_path / "some.jsonl"
    some.write_text(json.dumps({"id": "g", "text": GOOD}) + "\n{broken\n", encoding="utf-8")
    code, out, _ = _cli(capsys, "predict", some, "--no-cache")
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["g"]
    none = tmp_path / "none.jsonl"
    none.write_text("{broken\n", encoding="utf-8")
    code, out, _ = _cli(capsys, "predict", none, "--no-cache")
    assert code == 2 and out == ""


# --- 7. analyze() on what it does not take -------------------------------------------------

@pytest.mark.parametrize("given, named", [(None, "NoneType"), (5, "int (5)"),
                                          (3.5, "float (3.5)")])
def test_issue19_7_analyze_names_what_was_given_and_what_is_accepted(given, named):
    with pytest.raises(TypeError) as info:
        analyze(given)
    message = str(info.value)
    assert named in message
    assert "a list of strings" in message and "documents table" in message


def test_issue19_7_non_strings_are_named_by_their_type_and_drops_warn(nlp):
    with pytest.warns(UserWarning, match=r"2 of 4 documents .*skipped") as record:
        result = analyze({"good": GOOD, "number": 5, "none": None, "also": "Clearly so."},
                         pipeline=nlp, cache=False)
    reasons = {p["doc_id"]: p["reason"] for p in result.problems}
    assert "int" in reasons["number"] and "5" in reasons["number"]
    assert "missing" in reasons["none"]
    assert "number" in str(record[0].message)
    with pytest.warns(UserWarning):
        analyze([GOOD, 2.5], pipeline=nlp, cache=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        analyze([GOOD], pipeline=nlp, cache=False)


# --- 8. kwic on an empty result ------------------------------------------------------------

def test_issue19_8_kwic_of_a_result_without_markers_is_empty(nlp):
    result = analyze({"a": "!!!"}, pipeline=nlp, cache=False)
    for query in ("hedge", "clearly", "said"):
        lines = toolkit.kwic(result, query)
        assert len(lines) == 0
        assert {"doc_id", "left", "match", "right"} <= set(lines.columns)


# --- 9. readers: NUL bytes, index files, XLSX headers and formulas -------------------------

def test_issue19_9_an_isolated_control_character_is_removed_with_a_warning(tmp_path):
    text, note = decode_text(b"The minister\x00 clearly said so.", "x.txt")
    assert text == "The minister clearly said so."
    assert note is not None and "U+0000" in note
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"The minister clearly\x00 said so.\x1b And so on.")
    docs = load_corpus(folder)
    assert list(docs["doc_id"]) == ["a"]
    assert "\x00" not in docs["text"][0] and "\x1b" not in docs["text"][0]
    assert any(p["severity"] == "warning" and "control character" in p["reason"]
               for p in docs.attrs["problems"])


def test_issue19_9_binary_files_are_still_binary():
    from toolkit.errors import CorpusError

    for data in (b"\x00\x01\x02", b"ab\x00\x00\x00\x00cd" * 50, bytes(range(256)) * 4):
        with pytest.raises(CorpusError):
            decode_text(data, "x.bin")


@pytest.mark.parametrize("index", ["id;speaker\na;Ann\nb;Bob\n", "id\tspeaker\na\tAnn\nb\tBob\n"])
def test_issue19_9_index_delimiter_is_sniffed(tmp_path, index):
    folder = tmp_path / "c"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(GOOD, encoding="utf-8")
    (folder / "index.csv").write_text(index, encoding="utf-8")
    docs = load_corpus(folder)
    assert list(docs["speaker"]) == ["Ann", "Bob"]


def test_issue19_9_index_without_an_id_column_falls_back_to_the_files(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(GOOD, encoding="utf-8")
    (folder / "index.csv").write_text("name,speaker\na,Ann\nb,Bob\n", encoding="utf-8")
    docs = load_corpus(folder)
    assert list(docs["doc_id"]) == ["a", "b"]
    warned = [p for p in docs.attrs["problems"] if p["severity"] == "warning"
              and "index.csv" in p["where"]]
    assert warned and "no 'id' column" in warned[0]["reason"]


def test_issue19_9_xlsx_header_with_a_merged_cell_keeps_every_row(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["id", "text", "speaker", None])
    sheet.merge_cells("C1:D1")
    sheet.append(["a", GOOD, "Ann", "UK"])
    sheet.append(["b", "Clearly so.", "Bob", "US"])
    book.save(tmp_path / "c.xlsx")
    docs = load_corpus(tmp_path / "c.xlsx")
    assert list(docs["doc_id"]) == ["a", "b"]
    assert list(docs["speaker"]) == ["Ann", "Bob"]
    assert not any("unquoted comma" in p["reason"] for p in docs.attrs["problems"])


def test_issue19_9_xlsx_formula_without_a_stored_value_is_named(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["id", "text"])
    sheet.append(["a", GOOD])
    sheet.append(["f", '=CONCAT("The minister ", "said so.")'])
    book.save(tmp_path / "c.xlsx")
    docs = load_corpus(tmp_path / "c.xlsx")
    reasons = {p["doc_id"]: p["reason"] for p in docs.attrs["problems"]}
    assert "formula" in reasons["f"] and "empty text" not in reasons["f"]


# --- 11. the data dictionary ---------------------------------------------------------------

def test_issue19_11_data_dictionary_meanings(tmp_path, seed_analysis):
    from toolkit.attribution.model import KINDS
    from toolkit.export import data_dictionary

    documents = seed_analysis.documents.assign(source="BBC")
    dictionary = data_dictionary({"documents": documents,
                                  "attributions": seed_analysis.attributions,
                                  "markers": seed_analysis.markers}, PROVENANCE)
    columns = {(t, c["name"]): c["meaning"] for t, table in dictionary["tables"].items()
               for c in table["columns"]}
    assert "metadata" in columns[("documents", "source")]
    assert "who says" in columns[("attributions", "source")]
    for kind in KINDS:
        assert kind in columns[("attributions", "kind")]
    references = dictionary["references"]
    used = set(seed_analysis.markers["reference"].dropna())
    assert used and used <= set(references)
    for short, full in references.items():
        assert len(full) > len(short) and any(ch.isdigit() for ch in full), (short, full)


def test_issue19_11_every_lexicon_source_has_a_full_citation():
    from toolkit.export import _citations
    from toolkit.lexicon import default_lexicon

    sources = set(default_lexicon().entries["source"].dropna().astype(str))
    missing = sources - set(_citations())
    assert not missing, f"add these to toolkit/references.tsv: {sorted(missing)}"


# --- 12. one XLSX workbook -----------------------------------------------------------------

def test_issue19_12_xlsx_is_one_workbook_with_a_dictionary_sheet(tmp_path, seed_analysis):
    from openpyxl import load_workbook

    paths = seed_analysis.export(tmp_path, format="xlsx")
    workbooks = [p for p in paths if p.suffix == ".xlsx"]
    assert len(workbooks) == 1
    book = load_workbook(workbooks[0])
    assert {"documents", "markers", "attributions", "problems",
            "datadictionary"} <= set(book.sheetnames)
    sheet = book["markers"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
    widths = [sheet.column_dimensions[c].width for c in "ABCD"]
    assert all(w and 6 <= w <= 60 for w in widths)
    markers = read_export(tmp_path / "markers.xlsx")
    pd.testing.assert_frame_equal(markers, seed_analysis.markers.reset_index(drop=True),
                                  check_dtype=False)


# --- 15. no machine paths in the evaluation notes ------------------------------------------

def test_issue19_15_heldout2_scores_name_project_paths_only():
    text = (ROOT / "evaluation" / "heldout2" / "SCORES.md").read_text(encoding="utf-8")
    assert "/work/" not in text and "/home/" not in text and "/tmp/" not in text


# --- 17. import what a command needs when it needs it --------------------------------------

def _fresh_modules(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\n"
                          "print('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, cwd=ROOT, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    return set(out.stdout.split())


def test_issue19_17_import_toolkit_loads_no_statistics_or_word_list():
    loaded = _fresh_modules("import toolkit")
    assert not {m for m in loaded if m.startswith(("scipy", "wordfreq", "toolkit.stats",
                                                   "toolkit.compare", "matplotlib"))}


def test_issue19_17_the_public_api_is_unchanged():
    loaded = _fresh_modules("import toolkit\nassert callable(toolkit.compare)\n"
                            "assert callable(toolkit.rates) and callable(toolkit.kwic)\n"
                            "from toolkit import dispersion, keyness, Comparison\n"
                            "assert set(toolkit.__all__) <= set(dir(toolkit))")
    assert "toolkit.compare" in loaded


def test_issue19_17_the_language_check_loads_its_word_list_once(monkeypatch):
    import toolkit.language as language

    calls = []
    real = language._load_known_words

    def counting():
        calls.append(1)
        return real()

    language._known_words.cache_clear()
    language._known.cache_clear()
    monkeypatch.setattr(language, "_load_known_words", counting)
    for text in ("The minister said so.", "Die Bundesregierung verurteilt das aufs Schärfste",
                 "Another text of English words, with Xinhua in it."):
        language.language_warning(text)
    assert len(calls) == 1
    language._known_words.cache_clear()


def test_issue19_17_the_word_list_answers_as_wordfreq_does():
    from wordfreq import zipf_frequency

    import toolkit.language as language

    text = ("The minister’s report, it’s said, can't be groundless: Xinhua and Reuters "
            "reported naïve café Straße Schärfste Bundesregierung gouvernement français "
            "Правительство России 中文文本 qwzxv o’clock don’t well-known")
    words = set(language._WORD.findall(text.lower()))
    language._known.cache_clear()
    assert {w: language._known(w) for w in words} == \
        {w: zipf_frequency(w, "en") > 0 for w in words}


# --- found by the fuzz run of the readers (scripts/fuzz_readers.py) -------------------------

def test_fuzz_found_jsonl_lines_end_at_newlines_only(tmp_path):
    path = tmp_path / "c.jsonl"
    records = [{"id": "a", "text": "The\u2028minister\x0bsaid\x0cso\u2029."},
               {"id": "b", "text": GOOD}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    docs = load_corpus(path)
    assert list(docs["text"]) == [r["text"] for r in records]


def test_fuzz_found_a_stray_nul_in_a_tiny_file_is_not_utf16(tmp_path):
    assert decode_text(b"\x00The", "x.txt")[0] == "The"
    assert decode_text("Hi".encode("utf-16-le"), "x.txt")[0] == "Hi"


def test_fuzz_found_control_characters_after_a_byte_order_mark_are_removed():
    text, note = decode_text(b"\xef\xbb\xbf\x00The minister", "x.txt")
    assert text == "The minister" and "U+0000" in note


def test_fuzz_found_a_valid_row_after_an_empty_one_with_the_same_id_is_kept(tmp_path):
    corpus = tmp_path / "c"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "0.txt").write_text("", encoding="utf-8")
    (corpus / "sub" / "1.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "manifest.csv").write_text("file,id\nsub/0.txt,x\nsub/1.txt,x\n",
                                         encoding="utf-8")
    docs = load_corpus(corpus)
    assert list(docs["text"]) == [GOOD]
