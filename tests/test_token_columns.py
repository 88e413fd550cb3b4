"""``toolkit.nlp.tokens_where``: the rules' candidate search over a Doc's attribute arrays
must find exactly the tokens a loop over every token would."""

from __future__ import annotations

import pytest

from toolkit.nlp import doc_tokens, tokens_where

TEXT = ("The groundless report was very biased, and they acted swiftly. We could not be "
        "prouder of our staff, as strong as ever. My view is that it is ill-conceived.")


@pytest.mark.parametrize("allowed", [
    {"lower": {"could", "can"}},
    {"pos": {"ADJ", "ADV"}},
    {"pos": {"ADV"}, "dep": {"advmod"}},
    {"tag": {"JJ"}, "pos": {"ADJ"}},
    {"lower": {"my", "our"}, "dep": {"poss"}},
    {"lower": {"absent-from-the-text"}},
])
def test_tokens_where_matches_a_loop(nlp, allowed):
    doc = nlp(TEXT)
    attribute = {"lower": "lower_", "pos": "pos_", "tag": "tag_", "dep": "dep_"}
    expected = [t for t in doc_tokens(doc) if all(
        getattr(t, attribute[name]) in values for name, values in allowed.items())]
    assert tokens_where(doc, **allowed) == expected


def test_tokens_where_reads_each_doc_afresh(nlp):
    first, second = nlp("We could go."), nlp("Nothing here.")
    assert [t.text for t in tokens_where(first, lower={"could"})] == ["could"]
    assert tokens_where(second, lower={"could"}) == []
    assert tokens_where(nlp(""), lower={"could"}) == []
