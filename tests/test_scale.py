"""Streaming analysis (toolkit.scale): batches to Parquet, resume, processes, Dask, lexical mode."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

import toolkit
from toolkit import scale
from toolkit.analysis import MARKER_COLUMNS
from toolkit.attribution import ATTRIBUTION_COLUMNS
from toolkit.lexicon import Lexicon, default_lexicon
from toolkit.markers.rules import context_rule
from toolkit.scale import ScaleError, analyze_corpus, lexical_weak_categories, read_results

from .conftest import ROOT

TEXTS = [
    "The minister said the report was grossly unfair. It is clearly wrong.",
    "Officials may perhaps revise the figures, which appear to be somewhat low.",
    "We firmly reject these groundless accusations; they are never true.",
    "The committee merely noted the proposal. It was not adopted.",
    "According to the agency, prices rose by about three percent in May.",
    "Of course the plan is very ambitious, but it is only a first step.",
    "The spokesman claimed that the allegations were completely false.",
    "Perhaps the delegates will agree. The talks seem to be constructive.",
    "The government strongly condemns the biased and unfair decision.",
]


def _write_corpus(path, texts=TEXTS, extra_lines=()):
    lines = [json.dumps({"id": f"d{i}", "text": t, "group": "a" if i % 2 else "b"})
             for i, t in enumerate(texts)]
    path.write_text("\n".join([*lines, *extra_lines]) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scale-corpus")
    return _write_corpus(folder / "tiny.jsonl", extra_lines=[
        "{not json", json.dumps({"id": "empty", "text": "   "})])


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("serial") / "run"
    analyze_corpus(corpus, out=out, scheduler="serial", batch_size=2, progress=False,
                   cache=False)
    return read_results(out)


def _assert_same(a: scale.ScaleResults, b: scale.ScaleResults) -> None:
    for name in ("documents", "markers", "attributions"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))


def test_serial_run_writes_the_three_tables_per_batch(serial, corpus):
    assert serial.info["batches"] == 5  # 9 documents in batches of 2
    assert list(serial.documents["doc_id"]) == [f"d{i}" for i in range(9)]
    assert list(serial.documents.columns[:4]) == ["doc_id", "words", "tokens", "sentences"]
    assert "group" in serial.documents.columns
    assert list(serial.markers.columns) == MARKER_COLUMNS
    assert list(serial.attributions.columns) == ATTRIBUTION_COLUMNS


def test_serial_run_agrees_with_analyze(serial, corpus):
    reference = toolkit.analyze(corpus, cache=False)
    pd.testing.assert_frame_equal(serial.markers, reference.markers, check_dtype=False)
    pd.testing.assert_frame_equal(serial.attributions, reference.attributions,
                                  check_dtype=False)
    assert list(serial.documents["words"]) == list(reference.documents["words"])


def test_bad_documents_are_logged_and_skipped(serial):
    reasons = {(p["doc_id"], p["reason"].split(" (")[0]) for p in serial.info["problems"]}
    assert any(doc_id is None and reason.startswith("malformed JSON")
               for doc_id, reason in reasons)
    assert any(doc_id == "empty" for doc_id, _ in reasons)
    assert "empty" not in set(serial.documents["doc_id"])


def test_a_document_that_fails_analysis_is_reported_and_the_batch_kept(corpus, tmp_path,
                                                                      monkeypatch):
    real = scale.analyze_doc

    def failing(doc_id, doc, lexicon):
        if doc_id == "d3":
            raise RuntimeError("detector crashed")
        return real(doc_id, doc, lexicon)

    monkeypatch.setattr(scale, "analyze_doc", failing)
    out = analyze_corpus(corpus, out=tmp_path / "run", scheduler="serial", batch_size=2,
                         progress=False, cache=False)
    result = read_results(out)
    assert "d3" not in set(result.documents["doc_id"])
    assert {"d2", "d4"} <= set(result.documents["doc_id"])
    assert any(p["doc_id"] == "d3" and "detector crashed" in p["reason"]
               for p in result.info["problems"])


def test_processes_give_the_serial_tables(serial, corpus, tmp_path):
    out = analyze_corpus(corpus, out=tmp_path / "run", scheduler="processes", n_process=2,
                         batch_size=2, progress=False, cache=False)
    _assert_same(read_results(out), serial)


@pytest.mark.slow
def test_dask_local_cluster_gives_the_serial_tables_and_loads_once_per_worker(
        serial, corpus, tmp_path):
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        out = analyze_corpus(corpus, out=tmp_path / "run", scheduler="dask",
                             address=cluster.scheduler_address, batch_size=2,
                             progress=False, cache=False)
        result = read_results(out)
        loads = client.run(lambda: __import__("toolkit.nlp").nlp.load_pipeline
                           .cache_info().misses)
    _assert_same(result, serial)
    assert len(loads) == 2
    assert set(loads.values()) == {1}  # one pipeline load per worker, not per task


def _spy(monkeypatch, calls):
    real = scale.analyze_batch

    def spy(number, records, settings):
        calls.append(number)
        return real(number, records, settings)

    monkeypatch.setattr(scale, "analyze_batch", spy)


def test_an_interrupted_run_resumes_without_losing_or_repeating(serial, corpus, tmp_path,
                                                                monkeypatch):
    out = tmp_path / "run"
    real_write = scale._write_batch
    written = []

    def crash_on_third(folder, result):
        if len(written) == 2:
            # half the third batch reaches the disk, then the machine "stops"
            result.documents.to_parquet(folder / "documents" / scale._part(result.batch))
            raise KeyboardInterrupt
        written.append(result.batch)
        real_write(folder, result)

    monkeypatch.setattr(scale, "_write_batch", crash_on_third)
    with pytest.raises(KeyboardInterrupt):
        analyze_corpus(corpus, out=out, scheduler="serial", batch_size=2, progress=False,
                       cache=False)
    assert sorted(read_results(out).documents["doc_id"]) == ["d0", "d1", "d2", "d3"]

    monkeypatch.setattr(scale, "_write_batch", real_write)
    calls: list[int] = []
    _spy(monkeypatch, calls)
    analyze_corpus(corpus, out=out, scheduler="serial", batch_size=2, progress=False,
                   cache=False)
    assert calls == [2, 3, 4]  # finished batches are not redone; the torn one is, once
    resumed = read_results(out)
    _assert_same(resumed, serial)
    assert resumed.documents["doc_id"].is_unique
    manifest = [json.loads(x) for x in (out / "manifest.jsonl").read_text().splitlines()]
    assert sorted(e["batch"] for e in manifest) == [0, 1, 2, 3, 4]

    calls.clear()
    analyze_corpus(corpus, out=out, scheduler="serial", batch_size=2, progress=False,
                   cache=False)
    assert calls == []  # a finished run is not redone


def test_max_batches_runs_in_sittings(serial, corpus, tmp_path):
    out = tmp_path / "run"
    for _ in range(3):
        analyze_corpus(corpus, out=out, scheduler="serial", batch_size=2, progress=False,
                       cache=False, max_batches=2)
    _assert_same(read_results(out), serial)


def test_resume_refuses_other_settings_or_a_changed_corpus(corpus, tmp_path):
    out = tmp_path / "run"
    analyze_corpus(corpus, out=out, scheduler="serial", batch_size=2, progress=False,
                   cache=False, max_batches=1)
    with pytest.raises(ScaleError, match="batch_size"):
        analyze_corpus(corpus, out=out, scheduler="serial", batch_size=3, progress=False,
                       cache=False)
    changed = _write_corpus(tmp_path / "tiny.jsonl", texts=["Another text.", *TEXTS])
    with pytest.raises(ScaleError, match="other settings"):
        analyze_corpus(changed, out=out, scheduler="serial", batch_size=2, progress=False,
                       cache=False)
    corpus_copy = tmp_path / "copy"
    corpus_copy.mkdir()
    moved = _write_corpus(corpus_copy / "tiny.jsonl")
    out2 = tmp_path / "run2"
    analyze_corpus(moved, out=out2, scheduler="serial", batch_size=2, progress=False,
                   cache=False, max_batches=1)
    _write_corpus(moved, texts=["Another text.", *TEXTS])
    with pytest.raises(ScaleError, match="changed"):
        analyze_corpus(moved, out=out2, scheduler="serial", batch_size=2, progress=False,
                       cache=False)
    analyze_corpus(moved, out=out2, scheduler="serial", batch_size=2, progress=False,
                   cache=False, resume=False)
    assert read_results(out2).documents["doc_id"].iloc[0] == "d0"


@pytest.mark.parametrize("bad", [{"scheduler": "threads"}, {"batch_size": 0},
                                 {"n_process": 0}, {"address": "tcp://127.0.0.1:1"}])
def test_bad_arguments_raise_naming_the_argument(corpus, tmp_path, bad):
    name = next(iter(bad))
    with pytest.raises(ValueError, match=name):
        analyze_corpus(corpus, out=tmp_path / "run", progress=False, **bad)


def test_out_must_be_empty_or_a_run(corpus, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ScaleError, match="not empty"):
        analyze_corpus(corpus, out=tmp_path, scheduler="serial", progress=False)


def test_lexical_only_marks_its_weak_categories(corpus, tmp_path, serial):
    out = analyze_corpus(corpus, out=tmp_path / "run", scheduler="serial", batch_size=2,
                         lexical_only=True, progress=False, cache=False)
    result = read_results(out)
    weak = lexical_weak_categories(default_lexicon())
    assert result.info["weak_categories"] == weak
    assert result.info["lexical_only"] is True
    assert result.attributions.empty
    assert "not produced" in result.info["attributions"]
    assert len(result.markers) > 0
    assert (result.markers["lexical_weak"] == result.markers["category"].isin(weak)).all()
    assert set(result.markers["rule"].str.split(":").str[0]) == {"lexicon"}
    assert list(result.documents["doc_id"]) == list(serial.documents["doc_id"])


def test_weak_categories_follow_the_lexicon():
    context_rule("scale_test_never")(lambda span: False)
    entries = pd.DataFrame([
        {"term": "perhaps", "category": "hedge", "subtype": "epistemic_adverb",
         "source": "test", "rule": "scale_test_never", "note": ""},
        {"term": "merely", "category": "downtoner", "subtype": "minimizer", "source": "test",
         "rule": "", "note": ""},
    ])
    weak = lexical_weak_categories(Lexicon(entries))
    assert "hedge" in weak and "context rule" in weak["hedge"]
    assert "downtoner" not in weak


def test_cli_scale_writes_a_dataset(tmp_path):
    corpus = _write_corpus(tmp_path / "c.jsonl", texts=TEXTS[:3])
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "toolkit", "scale", str(corpus), "--out",
                           str(out), "--scheduler", "serial", "--no-progress", "--no-cache"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "3 documents" in done.stderr
    assert (out / "markers" / "part-000000.parquet").exists()
    bad = subprocess.run([sys.executable, "-m", "toolkit", "scale", str(tmp_path / "nope"),
                          "--out", str(out)], capture_output=True, text=True, cwd=ROOT,
                         timeout=300)
    assert bad.returncode == 2
    assert "nope" in bad.stderr


@pytest.mark.slow
def test_a_killed_run_resumes_to_the_same_tables(serial, corpus, tmp_path):
    import os
    import signal
    import time

    out = tmp_path / "run"
    command = [sys.executable, "-m", "toolkit", "scale", str(corpus), "--out", str(out),
               "--scheduler", "processes", "--n-process", "2", "--batch-size", "2",
               "--no-progress", "--no-cache"]
    child = subprocess.Popen(command, cwd=ROOT, start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    manifest = out / "manifest.jsonl"
    deadline = time.monotonic() + 120
    while child.poll() is None and time.monotonic() < deadline:
        if manifest.exists() and manifest.read_text().strip():
            os.killpg(child.pid, signal.SIGKILL)  # the whole group: driver and workers
            break
        time.sleep(0.01)
    child.wait(timeout=60)
    assert manifest.read_text().strip()  # at least one batch finished before the kill
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr  # the corpus holds two bad documents: skipped
    resumed = read_results(out)
    _assert_same(resumed, serial)
    batches = [json.loads(x)["batch"] for x in manifest.read_text().splitlines()]
    assert sorted(batches) == list(range(5))  # each batch recorded once


def test_a_missing_batch_file_is_named_and_redone(serial, corpus, tmp_path, monkeypatch):
    out = analyze_corpus(corpus, out=tmp_path / "run", scheduler="serial", batch_size=2,
                         progress=False, cache=False)
    (out / "markers" / "part-000001.parquet").unlink()
    with pytest.raises(ScaleError, match="markers/part-000001.parquet"):
        read_results(out)
    calls: list[int] = []
    _spy(monkeypatch, calls)
    analyze_corpus(corpus, out=out, scheduler="serial", batch_size=2, progress=False,
                   cache=False)
    assert calls == [1]
    _assert_same(read_results(out), serial)
