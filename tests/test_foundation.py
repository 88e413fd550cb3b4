"""The flow end to end on the real model: corpus -> analyze -> tables -> predict."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

import toolkit
from toolkit.analysis import MARKER_COLUMNS
from toolkit.attribution import ATTRIBUTION_COLUMNS

from .conftest import ROOT


def test_seed_corpus_loads_with_metadata():
    docs = toolkit.load_corpus(ROOT / "corpora" / "seed")
    assert list(docs["doc_id"]) == ["seed-hksar-2020-06-26"]
    assert docs.loc[0, "speaker"] == "HKSAR government spokesman"
    assert docs.loc[0, "text"].startswith("The Hong Kong Special Administrative Region")


def test_analyze_tables_have_the_design_columns(seed_analysis):
    assert list(seed_analysis.markers.columns) == MARKER_COLUMNS
    assert list(seed_analysis.attributions.columns) == ATTRIBUTION_COLUMNS
    docs = seed_analysis.documents
    assert list(docs.columns[:4]) == ["doc_id", "words", "tokens", "sentences"]
    assert "speaker" in docs.columns
    assert 300 < int(docs.loc[0, "words"]) < int(docs.loc[0, "tokens"])


def test_marker_offsets_index_the_text(seed_analysis):
    text = seed_analysis.texts["seed-hksar-2020-06-26"]
    for row in seed_analysis.markers.itertuples():
        assert text[row.start:row.end] == row.text
        assert 0 <= row.position < 1


def test_seed_finds_the_headline_markers(seed_analysis):
    found = set(zip(seed_analysis.markers["text"].str.lower(), seed_analysis.markers["category"],
                    strict=True))
    for expected in [("grossly", "intensifier"), ("all-out", "intensifier"),
                     ("groundless", "evaluation"), ("merely", "downtoner"),
                     ("appears", "hedge"), ("never", "booster"), ("never", "denial")]:
        assert expected in found


def test_metadata_column_named_like_a_count_is_prefixed():
    docs = pd.DataFrame({"doc_id": ["a"], "text": ["It is very clear."], "words": ["meta"]})
    result = toolkit.analyze(docs, cache=False)
    assert result.documents.loc[0, "meta_words"] == "meta"
    assert result.documents.loc[0, "words"] == 4


def test_with_lexicon_reuses_parses_and_changes_markers(seed_analysis):
    text = seed_analysis.texts["seed-hksar-2020-06-26"]
    lexicon = seed_analysis.lexicon.add("trafficking", "evaluation", "negative")
    changed = seed_analysis.with_lexicon(lexicon)
    added = changed.markers[changed.markers["text"].str.lower() == "trafficking"]
    assert len(added) == text.lower().count("trafficking") > 0
    assert set(added["rule"]) == {"lexicon:trafficking"}
    assert changed.lexicon.version != seed_analysis.lexicon.version
    assert len(changed.markers) == len(seed_analysis.markers) + len(added)
    removed = changed.with_lexicon(lexicon.remove("trafficking"))
    pd.testing.assert_frame_equal(removed.markers, seed_analysis.markers)


def test_second_analysis_reads_the_result_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path))
    first = toolkit.analyze(["Perhaps it is very unfair."])
    import toolkit.analysis as analysis_module

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(analysis_module, "parse_texts", no_parse)
    second = toolkit.analyze(["Perhaps it is very unfair."])
    pd.testing.assert_frame_equal(first.markers, second.markers)


def test_predict_cli_writes_gold_schema(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "text": "This is grossly unfair."}) + "\n")
    out = subprocess.run([sys.executable, "-m", "toolkit", "predict", str(src)],
                         capture_output=True, text=True, check=True)
    record = json.loads(out.stdout)
    assert record["id"] == "x"
    assert {"start", "end", "category", "subtype"} <= set(record["markers"][0])
    assert record["attributions"] == [] or "cue" in record["attributions"][0]


@pytest.mark.parametrize("content, message, status, ids", [
    ('{"id": "a", "text": "fine"}\n{"id": "b", "text": \n', "in.jsonl:2", 1, ["a"]),
    # a blank text is no error: an empty prediction and a warning (issue 19, item 6)
    ('{"id": "a", "text": "   "}\n', "in.jsonl:1", 0, ["a"]),
])
def test_predict_cli_bad_line_names_file_and_line(tmp_path, content, message, status, ids):
    src = tmp_path / "in.jsonl"
    src.write_text(content)
    out = subprocess.run([sys.executable, "-m", "toolkit", "predict", str(src)],
                         capture_output=True, text=True)
    assert out.returncode == status
    assert message in out.stderr
    assert [json.loads(line)["id"] for line in out.stdout.splitlines()] == ids


def test_predict_cli_missing_file(tmp_path):
    out = subprocess.run([sys.executable, "-m", "toolkit", "predict", str(tmp_path / "no.jsonl")],
                         capture_output=True, text=True)
    assert out.returncode == 2
    assert "no.jsonl" in out.stderr and "Traceback" not in out.stderr
