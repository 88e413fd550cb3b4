"""The compiled lexicon's tokenisation cache (issue 19, item 17: start-up of ``predict``).

``compile_lexicon`` keeps the tokens of every term spelling in ``<cache dir>/lexicon-tokens``;
these tests check that a cached compile is the same matcher as a fresh one, that changing a
lexicon file gives a new cache file (a stale one is never read), and that a damaged or
unwritable cache is a miss, not an error or a wrong match.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import spacy

import toolkit.lexicon
from toolkit.lexicon import Lexicon, default_lexicon
from toolkit.markers import CompiledLexicon, compile_lexicon, lowered_tokens


def _patterns(compiled: CompiledLexicon) -> dict[str, set[tuple[int, ...]]]:
    """The matcher's patterns: key -> LOWER-hash sequences (what pickling a PhraseMatcher
    stores, and what it matches on)."""
    return compiled.matcher.__reduce__()[1][1]


def _token_files(cache: Path) -> list[Path]:
    return sorted((cache / "lexicon-tokens").glob("*.json"))


def _matches(compiled: CompiledLexicon, nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return sorted((compiled.key_of[m], doc[s:e].text) for m, s, e in compiled.matcher(doc))


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def lexicon_folder(tmp_path) -> Path:
    folder = tmp_path / "lexicon"
    shutil.copytree(Path(toolkit.lexicon.__file__).parent / "lexicons", folder)
    return folder


def test_a_cached_compile_is_the_same_matcher_as_a_fresh_one(cache):
    lexicon = default_lexicon()
    fresh = CompiledLexicon(lexicon, spacy.blank("en").vocab, cache=False)
    assert _token_files(cache) == []  # cache=False writes nothing
    first = CompiledLexicon(lexicon, spacy.blank("en").vocab)  # writes the file
    assert len(_token_files(cache)) == 1
    second = CompiledLexicon(lexicon, spacy.blank("en").vocab)  # reads it
    assert _patterns(fresh) == _patterns(first) == _patterns(second)
    assert len(_patterns(fresh)) == len({t.strip().lower() for t in lexicon.entries["term"]})


@pytest.mark.parametrize("spelling, tokens", [
    ("of course", ["of", "course"]),
    ("all-out", ["all", "-", "out"]),
    ("can't", ["ca", "n't"]),
    ("can’t", ["ca", "n’t"]),
    ("Very", ["very"]),
    ("by far", ["by", "far"]),
])
def test_spellings_are_split_as_the_english_tokenizer_splits_them(cache, spelling, tokens):
    vocab = spacy.blank("en").vocab
    assert lowered_tokens([spelling], vocab)[spelling] == tokens  # tokenised, written
    assert lowered_tokens([spelling], vocab)[spelling] == tokens  # read back


def test_changing_a_lexicon_file_gives_a_new_cache_file_and_the_new_term(
        cache, lexicon_folder):
    nlp = spacy.blank("en")
    text = "It was a stupendously wrongheaded plan."
    before = compile_lexicon(Lexicon.from_folder(lexicon_folder), nlp.vocab)
    assert ("stupendously", "stupendously") not in _matches(before, nlp, text)
    [old_file] = _token_files(cache)
    with (lexicon_folder / "intensifier.tsv").open("a", encoding="utf-8") as handle:
        handle.write("stupendously\tintensifier\tamplifier\tproject\t\ttest entry\n")
    after = compile_lexicon(Lexicon.from_folder(lexicon_folder), nlp.vocab)
    assert ("stupendously", "stupendously") in _matches(after, nlp, text)
    assert len(_token_files(cache)) == 2 and old_file in _token_files(cache)
    # and back: the first file is read again, and answers as a fresh compile does
    again = CompiledLexicon(Lexicon.from_folder(lexicon_folder).remove("stupendously"),
                            nlp.vocab)
    assert _patterns(again) == _patterns(before)


@pytest.mark.parametrize("damage", [
    b"",  # truncated to nothing
    b'{"spellings": [], "lower": []}',  # another list of spellings
    b"[1, 2, 3]",  # not the layout
    b"\xff\xfe not text",
])
def test_a_damaged_cache_file_is_a_miss(cache, damage):
    lexicon = default_lexicon()
    expected = _patterns(CompiledLexicon(lexicon, spacy.blank("en").vocab, cache=False))
    CompiledLexicon(lexicon, spacy.blank("en").vocab)
    [path] = _token_files(cache)
    path.write_bytes(damage)
    assert _patterns(CompiledLexicon(lexicon, spacy.blank("en").vocab)) == expected


def test_a_cache_file_with_wrong_tokens_for_other_spellings_is_not_used(cache):
    vocab = spacy.blank("en").vocab
    lowered_tokens(["of course"], vocab)
    [path] = _token_files(cache)
    path.write_text('{"spellings": ["of  course"], "lower": ["wrong"]}', encoding="utf-8")
    assert lowered_tokens(["of course"], vocab) == {"of course": ["of", "course"]}


def test_an_unwritable_cache_folder_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(blocker))
    vocab = spacy.blank("en").vocab
    assert lowered_tokens(["by far"], vocab) == {"by far": ["by", "far"]}
    assert blocker.read_text(encoding="utf-8") == "not a folder"
