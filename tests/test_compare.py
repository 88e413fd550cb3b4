"""compare(): one object with rates, keyness and dispersion; on hand-built tables, on a small
real analysis end to end, and on the shared statements corpus."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.stats.builders import make_analysis, repeat
from toolkit.compare import Comparison, compare, dispersion, keyness, rates, subset
from toolkit.lexicon import CATEGORIES


def _groups():
    documents = ([{"doc_id": f"art{i}", "words": 800, "genre": "article <rebuttal>"}
                  for i in range(6)]
                 + [{"doc_id": f"st{i}", "words": 900, "genre": "statement"}
                    for i in range(7)])
    markers = []
    for i in range(6):
        markers += repeat(12 + i, doc_id=f"art{i}", category="evaluation", lemma="lie",
                          subtype="negative", position=0.2)
        markers += repeat(1 + i % 3, doc_id=f"art{i}", category="denial", lemma="not",
                          subtype="negation", position=0.1)
    for i in range(7):
        markers += repeat(i % 2, doc_id=f"st{i}", category="evaluation", lemma="lie",
                          subtype="negative", position=0.7)
        markers += repeat(1 + (i + 1) % 3, doc_id=f"st{i}", category="denial", lemma="not",
                          subtype="negation", position=0.5)
    return make_analysis(documents, markers)


def test_compare_two_groups_holds_every_table():
    result = compare(_groups(), by="genre", a="article <rebuttal>", b="statement",
                     n_resamples=999)
    assert isinstance(result, Comparison)
    assert result.groups["n_docs"].tolist() == [6, 7]
    assert len(result.rates) == 2 * len(CATEGORIES)
    assert set(result.keyness["level"]) == {"category", "subtype", "lemma"}
    significant = result.significant
    assert set(zip(significant["level"], significant["item"], strict=True)) == {
        ("category", "evaluation"), ("subtype", "negative"), ("lemma", "lie")}
    assert (significant["higher_in"] == "article <rebuttal>").all()
    assert set(result.dispersion["genre"]) == {"article <rebuttal>", "statement"}
    assert set(result.tables()) == {"groups", "rates", "subtype_rates", "keyness",
                                    "dispersion"}
    assert "lie (evaluation)" in result.summary()


def test_compare_html_escapes_group_names():
    page = compare(_groups(), by="genre", a="article <rebuttal>", b="statement",
                   n_resamples=999)._repr_html_()
    assert "article &lt;rebuttal&gt;" in page
    assert "<rebuttal>" not in page
    assert "What differs" in page


def test_compare_each_against_the_rest_on_a_subset():
    analysis = _groups()
    some = subset(analysis, ["art0", "art1", "st0"])
    assert some.documents["doc_id"].tolist() == ["art0", "art1", "st0"]
    assert set(some.markers["doc_id"]) == {"art0", "art1", "st0"}
    result = compare(some, by="doc_id", n_resamples=999)
    assert set(result.keyness["group_a"]) == {"art0", "art1", "st0"}
    assert set(result.keyness["group_b"]) == {"rest"}
    assert (result.rates["ci_method"] == "exact Poisson (Garwood)").all()


def test_public_names_are_reexported():
    analysis = _groups()
    assert len(rates(analysis)) == 13 * len(CATEGORIES)
    assert not keyness(analysis, by="genre", a="statement").empty
    assert not dispersion(analysis).empty


def test_end_to_end_on_a_small_real_analysis(nlp):
    import toolkit

    corpus = pd.DataFrame({
        "doc_id": ["r1", "r2", "s1", "s2"],
        "text": ["This is clearly a lie. It is not true and never was.",
                 "The report is totally false. We absolutely reject it.",
                 "The committee may consider the proposal. It seems possible.",
                 "Perhaps the figures suggest a small change."],
        "speaker": ["rebuttal", "rebuttal", "statement", "statement"]})
    analysis = toolkit.analyze(corpus, pipeline=nlp, cache=False)
    result = compare(analysis, by="speaker", a="rebuttal", b="statement", n_resamples=999)
    by_group = analysis.markers.merge(analysis.documents[["doc_id", "speaker"]]).groupby(
        "speaker").size()
    counted = result.rates.groupby("speaker")["count"].sum()
    assert counted.reindex(by_group.index).tolist() == by_group.tolist()
    words = analysis.documents.groupby("speaker")["words"].sum()
    assert result.groups.set_index("group")["words"].to_dict() == words.to_dict()
    assert "<table" in result._repr_html_()


@pytest.mark.shared
def test_findings_on_the_shared_statements(statements_dir, nlp):
    import toolkit

    analysis = toolkit.analyze(statements_dir, pipeline=nlp)
    genres = compare(analysis, by="genre", a="White House article",
                     b="White House statement", n_resamples=999)
    assert genres.groups["n_docs"].tolist() == [8, 15]
    speeches = subset(analysis, analysis.documents["doc_id"].str.startswith("ungd_2020_"))
    each = compare(speeches, by="doc_id", n_resamples=999)
    assert sorted(set(each.keyness["group_a"])) == [
        "ungd_2020_chn", "ungd_2020_gbr", "ungd_2020_mys", "ungd_2020_tha", "ungd_2020_usa"]
    assert (each.keyness["words_a"] + each.keyness["words_b"]).nunique() == 1
