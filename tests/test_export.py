"""Exports: every table written as CSV, Parquet or XLSX reads back as the same table, with a
data dictionary; the ``run`` command writes them and reports bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

import toolkit
from toolkit.analysis import attributions_frame, markers_frame, problems_frame
from toolkit.export import ExportError, ExportWarning, export_tables, read_export

from .conftest import ROOT

FORMATS = ["csv", "parquet", "xlsx"]
PROVENANCE = {"toolkit_version": toolkit.__version__, "pipeline": "en_test-1.0",
              "lexicon_version": "abc123"}
TRICKY = ["comma, inside", 'quote " inside', "new\nline", "naïve — “curly” 中文",
          "=HYPERLINK(\"http://x\")", "+1", "0042", "  spaces  ", "True"]


def _tables() -> dict[str, pd.DataFrame]:
    markers = markers_frame([
        {"doc_id": f"d{i}", "start": i, "end": i + 3, "text": t, "category": "hedge",
         "subtype": "modal", "lemma": t.lower(), "sentence": i % 2, "position": 1 / (i + 3),
         "rule": "lexicon:may", "reference": "Hyland 2005"} for i, t in enumerate(TRICKY)])
    attributions = attributions_frame([
        {"doc_id": "d0", "attribution_id": 0, "cue_start": 10, "cue_end": 14, "cue": "said",
         "source_start": None, "source_end": None, "source": None, "source_head": None,
         "content_start": 15, "content_end": 40, "content": "that, \"it\" is\nfalse",
         "kind": "indirect", "source_type": "unnamed", "stance": "neutral", "speaker_id": None,
         "parent_id": None, "rule": "rule:x"},
        {"doc_id": "d1", "attribution_id": 0, "cue_start": 0, "cue_end": 12,
         "cue": "according to", "source_start": 13, "source_end": 19, "source": "Xinhua",
         "source_head": "Xinhua", "content_start": None, "content_end": None, "content": None,
         "kind": "indirect", "source_type": "media", "stance": "distancing", "speaker_id": 1,
         "parent_id": 0, "rule": "rule:y"}])
    documents = pd.DataFrame({
        "doc_id": ["d0", "d1", "d2"], "words": pd.array([10, 0, 2**40], dtype="Int64"),
        "tokens": pd.array([12, 1, None], dtype="Int64"), "sentences": pd.array([1, 1, 2]),
        "speaker": ["A, the first", "", "=cmd|' /C calc'!A0"],
        "date": pd.Series(["2020-01-01", None, "2021"], dtype="str")})
    statistics = pd.DataFrame({
        "doc_id": ["d0", "d1", "d2"], "category": ["hedge"] * 3, "count": [3, 0, 7],
        "rate": [0.1 + 0.2, np.nan, 1e-300], "ci_low": [1 / 3, 0.0, 2 / 3],
        "small_group": [True, False, True]})
    problems = problems_frame([{"where": "x.txt:3", "doc_id": None, "reason": "bad, \"row\"",
                                "severity": "warning"},
                               {"where": "y.txt", "doc_id": "y", "reason": "binary"}])
    return {"documents": documents, "markers": markers, "attributions": attributions,
            "rates": statistics, "problems": problems}


@pytest.mark.parametrize("format", FORMATS)
def test_every_table_reads_back_unchanged(tmp_path, format):
    tables = _tables()
    paths = export_tables(tables, tmp_path, format=format, provenance=PROVENANCE)
    expected = {"tables.xlsx"} if format == "xlsx" else {f"{name}.{format}" for name in tables}
    assert {p.name for p in paths} == expected | {"datadictionary.json", "datadictionary.md"}
    for name, table in tables.items():
        back = read_export(tmp_path / f"{name}.{format}")
        # XLSX stores floats with 16 significant digits (openpyxl's "%.16g"): not bit-exact
        pd.testing.assert_frame_equal(back, table, check_exact=format != "xlsx", rtol=1e-15)


@pytest.mark.parametrize("format", FORMATS)
def test_analysis_export_round_trip(tmp_path, seed_analysis, format):
    from toolkit.compare import dispersion, rates

    statistics = {"rates": rates(seed_analysis, level="subtype"),
                  "dispersion": dispersion(seed_analysis)}
    seed_analysis.export(tmp_path, format=format, tables=statistics)
    expected = {"documents": seed_analysis.documents, "markers": seed_analysis.markers,
                "attributions": seed_analysis.attributions,
                "problems": seed_analysis.problems_table(), **statistics}
    for name, table in expected.items():
        back = read_export(tmp_path / f"{name}.{format}")
        pd.testing.assert_frame_equal(back, table.reset_index(drop=True),
                                      check_exact=format != "xlsx", rtol=1e-15)


def test_data_dictionary_names_types_meanings_and_versions(tmp_path):
    export_tables(_tables(), tmp_path, format="csv", provenance=PROVENANCE)
    dictionary = json.loads((tmp_path / "datadictionary.json").read_text(encoding="utf-8"))
    assert dictionary["toolkit_version"] == toolkit.__version__
    assert dictionary["pipeline"] == "en_test-1.0"
    assert dictionary["lexicon_version"] == "abc123"
    columns = {c["name"]: c for c in dictionary["tables"]["attributions"]["columns"]}
    assert columns["source_start"]["dtype"] == "Int64"
    assert columns["source_start"]["missing"] == 1
    assert "offset" in columns["source_start"]["meaning"]
    for table in dictionary["tables"].values():
        for column in table["columns"]:
            assert column["meaning"], f"{column['name']} has no meaning"
    markdown = (tmp_path / "datadictionary.md").read_text(encoding="utf-8")
    assert "| cue_start | Int64 |" in markdown and "abc123" in markdown


def test_csv_is_utf8_with_a_header(tmp_path):
    export_tables(_tables(), tmp_path, format="csv", provenance=PROVENANCE)
    raw = (tmp_path / "markers.csv").read_bytes()
    assert raw.startswith(b"doc_id,start,end,text,category")
    assert "naïve — “curly” 中文".encode() in raw


def test_xlsx_stores_formula_like_text_as_text(tmp_path):
    from openpyxl import load_workbook

    export_tables(_tables(), tmp_path, format="xlsx", provenance=PROVENANCE)
    sheet = load_workbook(tmp_path / "tables.xlsx")["documents"]
    cells = {c.value: c.data_type for row in sheet.iter_rows() for c in row}
    assert cells["=cmd|' /C calc'!A0"] == "s"


@pytest.mark.parametrize("value, message, written", [
    ("x" * 40_000, "32,767", "x" * 32_766 + "…"),
    ("bell \x07 char", "control characters", "bell \ufffd char")])
def test_xlsx_fits_what_excel_cannot_hold_naming_the_cell(tmp_path, value, message, written):
    table = pd.DataFrame({"doc_id": ["a"], "text": [value]})
    with pytest.warns(ExportWarning, match=message) as info:
        export_tables({"markers": table}, tmp_path, format="xlsx", provenance=PROVENANCE)
    text = str(info[0].message)
    assert "'markers'" in text and "'text'" in text and "document 'a'" in text
    assert list(read_export(tmp_path / "markers.xlsx")["text"]) == [written]


def test_export_rejects_unknown_format_and_bad_names(tmp_path):
    with pytest.raises(ExportError, match="format='json'"):
        export_tables(_tables(), tmp_path, format="json", provenance=PROVENANCE)
    with pytest.raises(ExportError, match="table name '../x'"):
        export_tables({"../x": pd.DataFrame()}, tmp_path, provenance=PROVENANCE)


# --- the run command ----------------------------------------------------------------------

class _Result:
    def __init__(self, returncode: int, stderr: str):
        self.returncode, self.stderr = returncode, stderr


@pytest.fixture
def _run(capsys):
    """``python -m toolkit run ARGS`` in this process (the pipeline is loaded once)."""
    from toolkit.cli import main

    def run(*args) -> _Result:
        capsys.readouterr()
        code = main(["run", *map(str, args)])
        return _Result(code, capsys.readouterr().err)

    return run


def test_run_as_a_subprocess_exits_0_with_a_summary(tmp_path):
    out = subprocess.run([sys.executable, "-m", "toolkit", "run", str(ROOT / "corpora" / "seed"),
                          "--out", str(tmp_path), "--format", "parquet"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert "1 documents analysed, 0 skipped" in out.stderr
    assert len(read_export(tmp_path / "markers.parquet")) > 10


@pytest.mark.parametrize("format", FORMATS)
def test_run_writes_every_table_in_the_format(_run, tmp_path, format):
    out = _run(ROOT / "corpora" / "seed", "--out", tmp_path, "--format", format)
    assert out.returncode == 0, out.stderr
    for name in ("documents", "markers", "attributions", "problems", "rates_by_document",
                 "subtype_rates_by_document", "dispersion_by_document"):
        assert len(read_export(tmp_path / f"{name}.{format}").columns), name
        assert format == "xlsx" or (tmp_path / f"{name}.{format}").exists(), name
    markers = read_export(tmp_path / f"markers.{format}")
    assert markers["start"].dtype == "Int64" and len(markers) > 10
    assert "0 skipped" in out.stderr


def test_run_with_bad_documents_keeps_the_rest_and_exits_1(_run, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("This is clearly and grossly unfair.", encoding="utf-8")
    (corpus / "empty.txt").write_text("   ", encoding="utf-8")
    (corpus / "scan.txt").write_bytes(b"%PDF-1.5 binary")
    (corpus / "index.csv").write_text("id,speaker\ngood,A\nempty,B\nscan,C\nlost,D\n")
    out = _run(corpus, "--out", tmp_path / "out")
    assert out.returncode == 1, out.stderr
    assert "3 skipped" in out.stderr and "1 documents analysed" in out.stderr
    assert "scan.txt [scan]: is a PDF file" in out.stderr
    assert "lost.txt is missing" in out.stderr
    problems = read_export(tmp_path / "out" / "problems.csv")
    assert set(problems["doc_id"]) == {"empty", "scan", "lost"}
    assert list(read_export(tmp_path / "out" / "documents.csv")["doc_id"]) == ["good"]


def test_run_with_nothing_readable_exits_2(_run, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(b"\x00\x01\x02")
    out = _run(corpus, "--out", tmp_path / "out")
    assert out.returncode == 2
    assert "a.txt" in out.stderr and "Traceback" not in out.stderr
    missing = _run(tmp_path / "nowhere", "--out", tmp_path / "out")
    assert missing.returncode == 2 and "nowhere" in missing.stderr


def test_run_with_a_bad_lexicon_names_file_and_line(_run, tmp_path):
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "hedge.tsv").write_text("term\tcategory\tsubtype\tsource\n"
                                       "perhaps\thedge\tepistemic_adverb\tHyland 2005\n"
                                       "maybe\thedge\tguess\tme\n", encoding="utf-8")
    out = _run(ROOT / "corpora" / "seed", "--out", tmp_path / "out", "--lexicon", lexicon)
    assert out.returncode == 2
    assert "hedge.tsv:3" in out.stderr and "guess" in out.stderr
    assert "Traceback" not in out.stderr
