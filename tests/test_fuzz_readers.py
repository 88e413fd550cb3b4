"""The fuzz check of the corpus readers (``scripts/fuzz_readers.py``, issue 19) with a few
examples, so that ``make test`` stays fast. The full run of 10,000 generated corpora:
``python scripts/fuzz_readers.py --markdown reports/fuzz.md`` (its last output is in
``reports/fuzz.md``), or this test with ``TOOLKIT_FUZZ_EXAMPLES=10000``.
"""

from __future__ import annotations

import importlib.util
import os
import sys

import pytest

from .conftest import ROOT

#: examples per corpus format
EXAMPLES = int(os.environ.get("TOOLKIT_FUZZ_EXAMPLES", "12"))
FORMATS = ("folder", "folder+index", "manifest", "jsonl", "csv", "xlsx")


def _fuzz_module():
    spec = importlib.util.spec_from_file_location("fuzz_readers",
                                                  ROOT / "scripts" / "fuzz_readers.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("format", FORMATS)
def test_corpus_readers_lose_no_valid_document_on_generated_corpora(format):
    fuzz = _fuzz_module()
    assert fuzz.FORMATS == FORMATS
    tally = fuzz.run(EXAMPLES, formats=(format,))
    assert tally[format] == EXAMPLES
    assert tally["valid documents"] > 0


def test_the_fuzz_check_fails_when_a_reader_loses_a_document(monkeypatch):
    """The check itself can fail: a reader that drops the last document is caught."""
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
