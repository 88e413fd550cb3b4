"""``analyze`` on what analysts feed it: every bad document is reported (which one, why) and
skipped, every other result is kept; long texts, markup, other languages; bad lexicons;
caches without pickle that are invalidated when what produced them changes."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest
import spacy

import toolkit
import toolkit.analysis as analysis_module
from toolkit.analysis import ResultCache, analyze
from toolkit.errors import DocumentError, LexiconError
from toolkit.lexicon import Lexicon, read_lexicon_file
from toolkit.nlp import (
    DEFAULT_PIPELINE,
    ParseCache,
    doc_text,
    pipeline_id,
    split_long_text,
    text_hash,
)

from .conftest import ROOT

GOOD = "This is clearly and grossly unfair. Perhaps it was merely a mistake."


def _reasons(result, severity="error") -> dict[str, str]:
    return {p["doc_id"]: p["reason"] for p in result.problems if p["severity"] == severity}


def _assert_offsets_index_the_text(result):
    for row in result.markers.itertuples():
        text = result.texts[row.doc_id]
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start:row.end] == row.text


# --- empty and odd inputs -----------------------------------------------------------------

def test_empty_and_whitespace_texts_are_skipped_and_named(nlp):
    result = analyze({"empty": "", "blank": " \n\t\u00a0\u2003 ", "none": None, "good": GOOD},
                     pipeline=nlp, cache=False)
    assert list(result.documents["doc_id"]) == ["good"]
    reasons = _reasons(result)
    assert reasons["empty"] == "empty text"
    assert "white space" in reasons["blank"]
    assert "missing" in reasons["none"]
    assert sorted(result.skipped) == ["blank", "empty", "none"]


@pytest.mark.parametrize("texts", [[], [""], ["   ", "\n\n"], {"a": None}])
def test_nothing_to_analyse_is_one_clear_error(nlp, texts):
    with pytest.raises(DocumentError, match="no document with text to analyse"):
        analyze(texts, pipeline=nlp, cache=False)


def test_duplicate_and_missing_ids_in_a_table(nlp):
    table = pd.DataFrame({"doc_id": ["a", "a", None, "b"],
                          "text": [GOOD, "Second a.", "No id.", "Never."]})
    result = analyze(table, pipeline=nlp, cache=False)
    assert list(result.documents["doc_id"]) == ["a", "b"]
    assert result.texts["a"] == GOOD
    messages = [p["reason"] for p in result.problems]
    assert "duplicate id; the first is kept" in messages
    assert "document without an id" in messages


@pytest.mark.parametrize("text", [".", "..", "/", " tests", "-"])
def test_a_short_string_without_letters_is_a_text_not_a_path(nlp, text, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = analyze(text, pipeline=nlp, cache=False)
    assert result.texts == {"doc0": text}


def test_a_string_naming_a_folder_is_read_as_a_corpus(nlp, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = analyze("corpora/seed", pipeline=nlp, cache=False)
    assert list(result.texts) == ["seed-hksar-2020-06-26"]


# --- long texts ---------------------------------------------------------------------------

def test_split_long_text_cuts_at_paragraphs_and_keeps_offsets():
    paragraph = "It is very clear. Perhaps not entirely. " * 40 + "\n\n"
    text = paragraph * 800  # 1.3 million characters: over spaCy's default max_length
    assert len(text) > 1_000_000
    pieces = split_long_text(text, 100_000)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 100_000 for _, p in pieces)
    assert all(p.endswith("\n\n") for _, p in pieces)
    assert all(text[o:o + len(p)] == p for o, p in pieces)


def test_text_longer_than_the_pipelines_max_length_is_parsed_in_pieces():
    nlp = spacy.load(DEFAULT_PIPELINE, exclude=["senter"])
    nlp.max_length = 3_000
    paragraphs = [f"Paragraph {i}: this is clearly wrong, and perhaps grossly unfair."
                  for i in range(150)]
    text = "\n\n".join(paragraphs)
    assert len(text) > 3 * nlp.max_length
    result = analyze([text], pipeline=nlp, cache=False)
    assert result.problems == []
    _assert_offsets_index_the_text(result)
    doc = result.doc("doc0")
    assert doc.text == text
    assert (result.markers["start"] > len(text) - 200).any()  # markers in the last piece
    counts = result.markers["text"].str.lower().value_counts()
    assert counts["grossly"] == counts["perhaps"] == 150


# --- markup and other languages -----------------------------------------------------------

@pytest.mark.parametrize("text, warning", [
    ("<p>The report is grossly unfair &amp; biased.</p>\n<p>Never.</p>", "HTML tag"),
    ("## Statement\n\nThe report is **grossly** unfair. [Read](http://x.org)", "Markdown"),
])
def test_markup_is_analysed_with_a_warning(nlp, text, warning):
    result = analyze({"page": text}, pipeline=nlp, cache=False)
    assert warning in _reasons(result, "warning")["page"]
    _assert_offsets_index_the_text(result)
    assert "grossly" in set(result.markers["text"].str.lower())


@pytest.mark.parametrize("text, share", [
    ("Le gouvernement a fermement condamné cette décision injuste et inacceptable.", "%"),
    ("Правительство решительно осуждает это решение и требует объяснений.", "%"),
    ("中国政府坚决反对美国的无理指责，这是对中国内政的粗暴干涉。", "100.0 %"),
])
def test_non_english_text_gets_a_warning_with_the_oov_share(nlp, text, share):
    result = analyze({"foreign": text, "english": GOOD}, pipeline=nlp, cache=False)
    warnings = _reasons(result, "warning")
    assert "probably not English" in warnings["foreign"] and share in warnings["foreign"]
    assert "english" not in warnings
    assert list(result.documents["doc_id"]) == ["foreign", "english"]


def test_english_statements_get_no_language_warning(statements_dir):
    from toolkit.language import vocabulary_check

    docs = toolkit.load_corpus(statements_dir)
    shares = [vocabulary_check(t).share for t in docs["text"]]
    assert max(shares) < 0.1


# --- one bad document never sinks the corpus ----------------------------------------------

def test_a_document_whose_detection_fails_is_reported_and_skipped(nlp, monkeypatch):
    real = analysis_module.analyze_doc

    def fragile(doc_id, doc, lexicon, engine="rules"):
        if "BOOM" in doc.text:
            raise RuntimeError("detector exploded")
        return real(doc_id, doc, lexicon, engine)

    monkeypatch.setattr(analysis_module, "analyze_doc", fragile)
    result = analyze({"a": GOOD, "bad": "It is BOOM clearly.", "c": "Never again."},
                     pipeline=nlp, cache=False)
    assert list(result.documents["doc_id"]) == ["a", "c"]
    assert "RuntimeError: detector exploded" in _reasons(result)["bad"]
    assert set(result.markers["doc_id"]) <= {"a", "c"} and len(result.markers) > 0
    assert "bad" not in result.texts


def test_a_document_whose_parse_fails_is_reported_and_skipped(nlp, monkeypatch):
    real = analysis_module.parse_texts

    def fragile(texts, *args, **kwargs):
        texts = list(texts)
        if any("BOOM" in t for t in texts):
            raise ValueError("parser exploded")
        return real(texts, *args, **kwargs)

    monkeypatch.setattr(analysis_module, "parse_texts", fragile)
    result = analyze({"a": GOOD, "bad": "BOOM.", "c": "Never again."}, pipeline=nlp,
                     cache=False)
    assert list(result.documents["doc_id"]) == ["a", "c"]
    assert "parser exploded" in _reasons(result)["bad"]


def test_corpus_problems_travel_into_the_analysis(tmp_path, nlp):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    (tmp_path / "c.txt").write_bytes("Désolé: it is clearly wrong.".encode("cp1252"))
    result = analyze(tmp_path, pipeline=nlp, cache=False)
    assert sorted(result.documents["doc_id"]) == ["a", "c"]
    table = result.problems_table()
    assert list(table.columns) == ["where", "doc_id", "reason", "severity"]
    rows = {r.doc_id: r for r in table.itertuples()}
    assert rows["b"].severity == "error" and rows["b"].where.endswith("b.txt")
    assert rows["c"].severity == "warning" and "Windows-1252" in rows["c"].reason


# --- lexicon files ------------------------------------------------------------------------

@pytest.mark.parametrize("row, message", [
    ("maybe\thedge\tguess\tme", "unknown subtype 'guess'"),
    ("maybe\thedges\tmodal\tme", "unknown category 'hedges'"),
    ("maybe\thedge", "expected at least 4"),
    ("\thedge\tmodal\tme", "expected at least 4"),
    ("maybe\thedge\tmodal\tme\tno_such_rule", "unknown context rule"),
    ("maybe\thedge\tmodal\tme\t\tnote\textra", "at most 6"),
])
def test_bad_lexicon_row_names_file_and_line(tmp_path, row, message):
    path = tmp_path / "hedge.tsv"
    path.write_text("term\tcategory\tsubtype\tsource\n# a comment\n"
                    f"perhaps\thedge\tepistemic_adverb\tHyland 2005\n{row}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as info:
        read_lexicon_file(path)
    assert f"{path}:4" in str(info.value)


def test_non_utf8_lexicon_names_file_and_line(tmp_path):
    path = tmp_path / "hedge.tsv"
    path.write_bytes("perhaps\thedge\tepistemic_adverb\tme\npeut-être\thedge\tmodal\tme\n"
                     .encode("cp1252"))
    with pytest.raises(LexiconError, match=r"hedge\.tsv:2: not UTF-8"):
        read_lexicon_file(path)


def test_missing_lexicon_folder_is_named(tmp_path):
    with pytest.raises(LexiconError, match="no such lexicon folder"):
        Lexicon.from_folder(tmp_path / "nowhere")


# --- caches -------------------------------------------------------------------------------

def test_no_pickle_anywhere_in_the_toolkit():
    sources = list((ROOT / "toolkit").rglob("*.py"))
    assert len(sources) > 10
    for path in sources:
        code = path.read_text(encoding="utf-8")
        assert "import pickle" not in code and "cloudpickle" not in code, path
        assert "joblib" not in code and "shelve" not in code, path


def test_caches_hold_only_docbin_and_parquet(tmp_path, monkeypatch, nlp):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path))
    analyze({"a": GOOD}, pipeline=nlp)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert {p.suffix for p in files if p.name != "complete"} == {".spacy", ".parquet"}
    assert sum(p.name == "complete" for p in files) == 1  # the result entry's flag


def test_result_cache_key_changes_with_pipeline_lexicon_toolkit_and_detectors(monkeypatch):
    documents = pd.DataFrame({"doc_id": ["a"], "text": [GOOD]})
    lexicon = toolkit.default_lexicon()
    base = ResultCache.key(documents, "en_core_web_sm-3.8.0", lexicon)
    assert ResultCache.key(documents, "en_core_web_sm-3.8.0", lexicon) == base
    assert ResultCache.key(documents, "en_core_web_md-3.8.0", lexicon) != base
    assert ResultCache.key(documents, "en_core_web_sm-3.8.0", lexicon.remove("perhaps")) != base
    assert ResultCache.key(documents.assign(text=GOOD + " "), "en_core_web_sm-3.8.0",
                           lexicon) != base
    monkeypatch.setattr(analysis_module, "__version__", "99.0")
    assert ResultCache.key(documents, "en_core_web_sm-3.8.0", lexicon) != base
    monkeypatch.setattr(analysis_module, "__version__", toolkit.__version__)
    monkeypatch.setattr(analysis_module, "detector_version", lambda: "changed")
    assert ResultCache.key(documents, "en_core_web_sm-3.8.0", lexicon) != base


def test_parse_cache_is_namespaced_by_pipeline_and_components(nlp):
    without_ner = spacy.load(DEFAULT_PIPELINE, exclude=["senter", "ner"])
    assert "-no-ner" in pipeline_id(without_ner) and "-no-" not in pipeline_id(nlp)
    assert ParseCache(without_ner).folder != ParseCache(nlp).folder


@pytest.mark.parametrize("text, tokens", [
    ('remained "poor"\u2014claiming', ["remained", '"', "poor", '"', "\u2014", "claiming"]),
    ("a \u201cgroundless\u201d\u2014and biased report",
     ["a", "\u201c", "groundless", "\u201d", "\u2014", "and", "biased", "report"]),
    ("he said:\u201cNo", ["he", "said", ":", "\u201c", "No"]),
    ("pages 10\u201312", ["pages", "10", "\u2013", "12"]),
    # not split: a time, an apostrophe, a hyphenated word, a colon before a letter
    ("at 10:30 it isn\u2019t so-called", ["at", "10:30", "it", "is", "n\u2019t", "so", "-",
                                             "called"]),
    ("Note:see", ["Note", ":", "see"]),
])
def test_quotation_marks_and_dashes_against_words_are_tokens(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_the_parse_cache_namespace_names_the_tokenizer_rules(nlp):
    """Built from the patterns and special cases the tokenizer uses, not from a constant: a
    pipeline loaded without :func:`add_infixes` or without :func:`add_title_abbreviations`
    gets another namespace, and adding them gives the same."""
    import json

    import spacy

    from toolkit.nlp import (
        EXTRA_INFIXES,
        add_curly_contractions,
        add_infixes,
        add_title_abbreviations,
        default_pipeline_name,
    )
    infix = nlp.tokenizer.infix_finditer.__self__.pattern
    assert all(extra in infix for extra in EXTRA_INFIXES)
    plain = spacy.load(default_pipeline_name(), exclude=["senter"])
    assert pipeline_id(plain) != pipeline_id(nlp)
    assert pipeline_id(add_infixes(plain)) != pipeline_id(nlp)  # the abbreviations differ
    assert pipeline_id(add_title_abbreviations(plain)) != pipeline_id(nlp)  # (no clitics)
    assert pipeline_id(add_curly_contractions(plain)) == pipeline_id(nlp)
    expected = hashlib.sha256("\n".join([*(
        getattr(nlp.tokenizer, name).__self__.pattern
        for name in ("prefix_search", "suffix_search", "infix_finditer")),
        json.dumps(sorted(nlp.tokenizer.rules))]).encode()).hexdigest()[:8]
    assert pipeline_id(nlp).endswith("-tokenizer" + expected)


@pytest.mark.parametrize("text, sentences", [
    ("Does my hon. Friend agree that the answer is wrong?", 1),
    ("Lt. Col. Smith and Amb. Jones spoke. Sec. Blinken said so.", 2),
    ("The Rt. Hon. Member for Dover asked a question.", 1),
])
def test_title_abbreviations_do_not_end_a_sentence(nlp, text, sentences):
    """Hansard's *hon.* and the titles of The Chicago Manual of Style keep their full stop
    (one token), so the parser does not end a sentence there."""
    doc = nlp(text)
    assert len(list(doc.sents)) == sentences
    assert any(t.text.endswith(".") and len(t) > 1 for t in doc)


@pytest.mark.parametrize("text", [
    "The spokesman makes the following response:\n\nCommentary on the system is wrong.",
    "Statement from the Chair\n\nThe committee rejects the report.",
])
def test_a_blank_line_ends_a_sentence(nlp, text):
    """A paragraph break is a sentence boundary, which the small parser otherwise runs
    across after a colon or a heading: the paragraph after it has a root of its own."""
    doc = nlp(text)
    second = text.split("\n\n")[1]
    start = next(t for t in doc if t.idx == text.index(second))
    assert start.is_sent_start and start.sent.text == second


@pytest.mark.parametrize("text, title, noun", [
    ("The hon. Gentleman raised the matter with me.", "hon.", "Gentleman"),
    ("My hon. Friend raised the matter with me.", "hon.", "Friend"),
    ("Does my right hon. Friend agree that the Minister was wrong?", "hon.", "Friend"),
    ("I spoke to Amb. Smith yesterday.", "Amb.", "Smith"),
])
def test_a_title_abbreviation_modifies_the_noun_after_it(nlp, text, title, noun):
    """The parser, which reads *hon.* as a noun of its own, gets the title attached to its
    noun, and the noun keeps the sentence's role (the subject of *raised*, *agree*)."""
    doc = nlp(text)
    token = next(t for t in doc if t.text == title)
    assert token.head.text == noun and token.dep_ == "compound"
    assert all(t.head.text != title for t in doc if t != token)
    assert sum(t.dep_ == "ROOT" for t in doc) == 1


@pytest.mark.parametrize("curly, straight", [
    ("The report isn\u2019t accurate and we can\u2019t accept it.",
     "The report isn't accurate and we can't accept it."),
    ("They\u2019ve said that the minister\u2019s claim is what she\u2019d call a lie.",
     "They've said that the minister's claim is what she'd call a lie."),
    ("I\u2019m sure they\u2019re wrong and we\u2019ll say so.",
     "I'm sure they're wrong and we'll say so."),
])
def test_curly_apostrophes_parse_as_straight_ones(nlp, curly, straight):
    """A clitic spelt with a curly apostrophe (*isn’t*, *they’ve*, *minister’s*: how most
    published statements write them) gets the tags, dependencies and lemmas of its straight
    spelling; spaCy's small model tags *n’t* as punctuation or a number otherwise."""
    read = [(t.tag_, t.dep_, t.head.i, t.lemma_.replace("\u2019", "'")) for t in nlp(curly)]
    assert read == [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in nlp(straight)]


def test_a_corrupt_parse_cache_entry_is_a_miss(tmp_path, nlp):
    cache = ParseCache(nlp, tmp_path)
    cache.put(nlp(GOOD))
    assert cache.get(GOOD).text == GOOD
    path = cache.folder / text_hash(GOOD)[:2] / f"{text_hash(GOOD)}.spacy"
    path.write_bytes(b"garbage")
    assert cache.get(GOOD) is None


def test_doc_text_is_joined_once_per_doc_and_forgotten_with_it(nlp):
    import gc

    from toolkit.nlp import _DOC_TEXTS
    doc = nlp.make_doc("It is \u201cgroundless\u201d\u2014and biased.")
    first = doc_text(doc)
    assert first == doc.text and doc_text(doc) is first  # the same string, not joined again
    other = nlp.make_doc("It is \u201cgroundless\u201d\u2014and biased.")
    assert doc_text(other) == first and doc in _DOC_TEXTS and other in _DOC_TEXTS
    count = len(_DOC_TEXTS)
    del doc
    gc.collect()
    assert len(_DOC_TEXTS) == count - 1
