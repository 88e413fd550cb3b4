"""The fuzz check of the corpus readers (``scripts/fuzz_readers.py``, issue 19) with a few
examples, so that ``make test`` stays fast. The full run of 10,000 generated corpora:
``python scripts/fuzz_readers.py --markdown reports/fuzz.md`` (its last output is in
``reports/fuzz.md``), or this test with ``TOOLKIT_FUZZ_EXAMPLES=10000``.
"""

from __future__ import annotations

import importlib.util
import os

from .conftest import ROOT

EXAMPLES = int(os.environ.get("TOOLKIT_FUZZ_EXAMPLES", "60"))


def _fuzz_module():
    spec = importlib.util.spec_from_file_location("fuzz_readers",
                                                  ROOT / "scripts" / "fuzz_readers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_readers_lose_no_valid_document_on_generated_corpora():
    fuzz = _fuzz_module()
    tally = fuzz.run(EXAMPLES)
    assert sum(tally[f] for f in fuzz.FORMATS) == EXAMPLES
    assert all(tally[f] for f in fuzz.FORMATS), tally  # every reader was fuzzed
    assert tally["valid documents"] > 0


def test_the_fuzz_check_fails_when_a_reader_loses_a_document(monkeypatch):
    """The check itself can fail: a reader that drops the last document is caught."""
    import pytest

    import toolkit.corpus as corpus

    fuzz = _fuzz_module()
    real = corpus.iter_corpus

    def losing(path, problems=None, **kwargs):
        records = list(real(path, problems, **kwargs))
        yield from records[:-1]

    monkeypatch.setattr(corpus, "iter_corpus", losing)
    document = fuzz.Document("a", "The minister clearly said so.")
    with pytest.raises(AssertionError):
        fuzz.check(fuzz.Corpus("jsonl", [document, fuzz.Document("b", "Perhaps.")],
                               {"bom": False, "crlf": False, "delimiter": ",",
                                "index_id": "id", "junk_lines": [], "broken_row": False,
                                "ensure_ascii": True}))
