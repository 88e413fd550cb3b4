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
                                    "dispersion", "model", "targets"}
    assert "lie (evaluation)" in result.summary()
    # 6 + 7 documents: every split enumerated, the document-level test decides
    assert result.keyness["test"].str.contains("exact, 1,716 splits").all()
    assert result.inference
    model = result.model.set_index(["level", "item"])
    assert model.loc[("category", "evaluation"), "significant"]
    assert not model.loc[("category", "denial"), "significant"]
    assert model.loc[("category", "evaluation"), "rate_ratio"] == pytest.approx(
        (3 / 6300) / (87 / 4800), rel=1e-3)  # one binary group: the ratio of pooled rates


def test_small_groups_get_no_document_level_inference():
    analysis = _groups()
    some = subset(analysis, ["art0", "art1", "art2", "art3", "st0", "st1", "st2", "st3",
                             "st4"])
    result = compare(some, by="genre", a="article <rebuttal>", b="statement",
                     n_resamples=999)
    assert not result.inference
    assert result.keyness["small_group"].all()
    assert result.keyness["p"].isna().all() and not result.keyness["significant"].any()
    assert result.keyness["token_significant"].any()  # the pooled test would have said yes
    assert "No document-level inference" in result.summary()
    assert "No document-level inference" in result._repr_html_()
    assert result.groups["small_group"].tolist() == [True, False]
    # the same rule for every grouping: one document is a small group under doc_id too
    by_doc = compare(some, by="doc_id", a="art0", b="st0", n_resamples=999)
    assert by_doc.groups["small_group"].all()
    assert by_doc.rates["small_group"].all()


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


def _small_real_analysis(nlp):
    """Two rebuttals and two statements, analysed by the real pipeline."""
    import toolkit

    corpus = pd.DataFrame({
        "doc_id": ["r1", "r2", "s1", "s2"],
        "text": ["This is clearly a lie. It is not true and never was.",
                 "The report is totally false. We absolutely reject it.",
                 "The committee may consider the proposal. It seems possible.",
                 "Perhaps the figures suggest a small change."],
        "speaker": ["rebuttal", "rebuttal", "statement", "statement"]})
    return toolkit.analyze(corpus, pipeline=nlp, cache=False)


def test_end_to_end_on_a_small_real_analysis(nlp):

    analysis = _small_real_analysis(nlp)
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
    # issue 16: the "FACT:" label of one page layout, 14 against 0 in 4 of 8 articles, is
    # significant with words pooled and not over documents
    fact = genres.keyness.set_index(["level", "item"]).loc[("lemma", "fact")]
    assert (fact["count_a"], fact["count_b"], fact["docs_with_a"]) == (14, 0, 4)
    assert fact["token_significant"] and not fact["significant"]
    assert fact["absent_in"] == "b" and fact["log_ratio"] == float("inf")
    speeches = subset(analysis, analysis.documents["doc_id"].str.startswith("ungd_2020_"))
    each = compare(speeches, by="doc_id", n_resamples=999)
    assert sorted(set(each.keyness["group_a"])) == [
        "ungd_2020_chn", "ungd_2020_gbr", "ungd_2020_mys", "ungd_2020_tha", "ungd_2020_usa"]
    assert (each.keyness["words_a"] + each.keyness["words_b"]).nunique() == 1


def _own_folder(folder):
    """A user's folder: .txt files and an index.csv with a genre column, 6 texts a side."""
    folder.mkdir()
    rows = ["id,genre"]
    for i in range(6):
        (folder / f"reb{i}.txt").write_text(
            "This claim is clearly a groundless lie. " * (1 + i % 3)
            + "We absolutely reject the report, and it is not true.", encoding="utf-8")
        (folder / f"stm{i}.txt").write_text(
            "The committee may consider the proposal next year. " * (1 + i % 2)
            + "Perhaps the figures suggest a small change.", encoding="utf-8")
        rows += [f"reb{i},rebuttal", f"stm{i},statement"]
    (folder / "index.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def test_run_compares_a_users_folder_from_the_command_line(tmp_path, capsys):
    from toolkit.cli import main
    from toolkit.export import read_export

    folder = _own_folder(tmp_path / "mine")
    out = tmp_path / "out"
    code = main(["run", str(folder), "--by", "genre", "--a", "rebuttal", "--b", "statement",
                 "--out", str(out), "--no-cache"])
    err = capsys.readouterr().err
    assert code == 0, err
    for name in ("documents", "markers", "attributions", "keyness", "comparison_rates",
                 "comparison_subtype_rates", "comparison_dispersion", "comparison_groups",
                 "model"):
        assert (out / f"{name}.csv").exists(), name
    for name in ("comparison_profile", "comparison_keyness"):
        for extension in ("png", "svg", "pdf"):
            assert (out / f"{name}.{extension}").stat().st_size > 0
    key = read_export(out / "keyness.csv")
    assert set(key["group_a"]) == {"rebuttal"} and set(key["group_b"]) == {"statement"}
    assert key["test"].str.contains("exact, 924 splits").all()  # 6 + 6 documents
    groundless = key[(key["level"] == "lemma") & (key["item"] == "groundless")].iloc[0]
    assert groundless["count_b"] == 0 and groundless["absent_in"] == "b"
    assert bool(groundless["significant"])
    assert "Comparison by genre: rebuttal (6 documents" in err
    model = read_export(out / "model.csv")
    assert set(model["term"]) == {"genre[statement]"}


def test_run_says_which_column_is_unknown(tmp_path, capsys):
    from toolkit.cli import main

    folder = _own_folder(tmp_path / "mine")
    code = main(["run", str(folder), "--by", "party", "--out", str(tmp_path / "out"),
                 "--no-cache"])
    assert code == 2
    assert "--by party" in capsys.readouterr().err
    assert main(["run", str(folder), "--a", "rebuttal", "--out", str(tmp_path / "o")]) == 2


def test_the_app_says_when_there_is_no_document_level_inference(nlp):
    from toolkit.widgets import ComparisonView

    analysis = _small_real_analysis(nlp)
    view = ComparisonView(analysis, by="speaker", a="rebuttal", b="statement",
                          n_resamples=199)
    assert "no document-level inference" in view.status.value
    assert any("No document-level inference" in title.value for title in view.table_titles)
    assert not view.comparison.inference
