"""Start-up of ``predict`` (issue 19, item 17): what a run keeps in the cache folder so that
the next process does not redo it, and that what it keeps answers exactly as redoing it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import toolkit.language as language

ROOT = Path(__file__).resolve().parents[1]
WORDS = "Die Regierung in Südtirol, naïve café, Правительство, the minister said so"


def _clear_language_caches() -> None:
    language._known.cache_clear()
    language._known_words.cache_clear()
    language._wordfreq_answers.cache_clear()
    language._unsaved.clear()


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    _clear_language_caches()
    yield tmp_path / "cache"
    _clear_language_caches()


def test_wordfreq_answers_are_kept_and_answer_as_wordfreq_does(fresh_cache, monkeypatch):
    from wordfreq import zipf_frequency

    first = language.vocabulary_check(WORDS)
    stored = json.loads(language._answers_path().read_text(encoding="utf-8"))
    non_ascii = {w for w in language._WORD.findall(WORDS.lower())
                 if not w.isascii() and w not in language._known_words()}
    assert non_ascii and set(stored) == non_ascii
    assert stored == {w: zipf_frequency(w, "en") > 0 for w in non_ascii}
    # another process: the answers come from the file, wordfreq cannot even be imported
    _clear_language_caches()
    monkeypatch.setitem(sys.modules, "wordfreq", None)
    assert language.vocabulary_check(WORDS) == first


def test_a_damaged_answers_file_is_a_miss(fresh_cache):
    expected = language.vocabulary_check(WORDS)
    language._answers_path().write_text('{"südtirol": "yes"', encoding="utf-8")
    _clear_language_caches()
    assert language.vocabulary_check(WORDS) == expected
    stored = json.loads(language._answers_path().read_text(encoding="utf-8"))
    assert all(isinstance(a, bool) for a in stored.values())


def test_a_second_predict_process_needs_neither_wordfreq_nor_a_tokenisation(tmp_path):
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "The minister from Südtirol clearly said "
                                                     "so, perhaps."}) + "\n", encoding="utf-8")
    code = ("import sys\n"
            "import toolkit.markers as markers\n"
            "calls = []\n"
            "real = markers.English\n"
            "markers.English = lambda *a, **k: calls.append(1) or real(*a, **k)\n"
            "from toolkit.cli import main\n"
            f"status = main(['predict', '--no-cache', {str(source)!r}])\n"
            "print('wordfreq' in sys.modules, len(calls), status, file=sys.stderr)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TOOLKIT_CACHE_DIR": str(tmp_path / "c")}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           cwd=ROOT, env=env) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[-1].stderr
    assert [r.stderr.split()[-3:] for r in runs] == [["True", "1", "0"], ["False", "0", "0"]]
    assert runs[0].stdout == runs[1].stdout and '"category": "hedge"' in runs[0].stdout


def test_an_unwritable_cache_folder_is_not_an_error_for_the_language_check(tmp_path,
                                                                           monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(blocker))
    _clear_language_caches()
    try:
        check = language.vocabulary_check(WORDS)
    finally:
        _clear_language_caches()
    assert check.words == len(language._WORD.findall(WORDS.lower())) and check.oov >= 1
    assert blocker.read_text(encoding="utf-8") == "not a folder"
