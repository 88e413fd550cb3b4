"""toolkit.benchmarks_external: BioScope / SFU readers, sampling, sentence-level scoring."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from toolkit.benchmarks_external import (
    SENTENCE_COLUMNS,
    SYSTEMS,
    read_bioscope,
    read_sfu,
    sample_sentences,
    score_decisions,
    sentence_markers,
)

from .conftest import require_shared

BIOSCOPE_XML = """<?xml version="1.0" encoding="utf-8"?>
<Annotation><DocumentSet>
 <Document type="Biological_abstract"><DocID type="PMID">1</DocID>
  <DocumentPart type="AbstractText">
   <sentence id="S1.1">The protein binds DNA.</sentence>
   <sentence id="S1.2">These data <xcope id="X1"><cue type="speculation" ref="X1">suggest
    that</cue> the factor <xcope id="X2"><cue type="speculation" ref="X2">may</cue> act
    early</xcope></xcope>.</sentence>
   <sentence id="S1.3">It was <xcope id="X3"><cue type="negation" ref="X3">not</cue>
    detected</xcope>.</sentence>
  </DocumentPart>
 </Document>
</DocumentSet></Annotation>
"""

SFU_XML = """<?xml version="1.0" encoding="UTF-8"?>
<DOCUMENT><P><SENTENCE><W>The</W><W>room</W><W>was</W><W>clean</W><W>.</W></SENTENCE>
<SENTENCE><W>It</W><cue ID="0" type="speculation"><W>might</W></cue><xcope ID="1"><W>rain</W>
</xcope><W>.</W></SENTENCE><SENTENCE><W></W></SENTENCE>
<SENTENCE><cue ID="2" type="negation"><W>No</W></cue><W>towels</W><W>.</W></SENTENCE></P>
</DOCUMENT>
"""


def test_read_bioscope_marks_speculative_sentences(tmp_path):
    path = tmp_path / "mini.xml"
    path.write_text(BIOSCOPE_XML, encoding="utf-8")
    table = read_bioscope(path)
    assert list(table.columns) == SENTENCE_COLUMNS
    assert table["speculative"].tolist() == [False, True, False]
    assert table.loc[1, "speculation_cues"] == "suggest that|may"
    assert table.loc[1, "text"] == "These data suggest that the factor may act early."
    assert table["negated"].tolist() == [False, False, True]
    assert table.loc[0, "corpus"] == "bioscope/mini"


def test_read_bioscope_refuses_other_xml(tmp_path):
    path = tmp_path / "other.xml"
    path.write_text("<root><p>hi</p></root>", encoding="utf-8")
    with pytest.raises(ValueError, match="no <sentence> elements"):
        read_bioscope(path)


def test_read_sfu_joins_words_and_skips_empty_sentences(tmp_path):
    (tmp_path / "HOTELS").mkdir()
    (tmp_path / "HOTELS" / "no1done.xml").write_text(SFU_XML, encoding="utf-8")
    table = read_sfu(tmp_path)
    assert table["text"].tolist() == ["The room was clean .", "It might rain .", "No towels ."]
    assert table["speculative"].tolist() == [False, True, False]
    assert table["negated"].tolist() == [False, False, True]
    assert table.loc[1, "speculation_cues"] == "might"
    assert table.loc[0, "document"] == "HOTELS/no1done"


def test_read_sfu_needs_review_files(tmp_path):
    with pytest.raises(ValueError, match="no review XML files"):
        read_sfu(tmp_path)


def test_sample_is_fixed_by_seed_and_keeps_order():
    table = pd.DataFrame({"text": [f"s{i}" for i in range(100)]})
    first = sample_sentences(table, 10, seed=7)
    assert first["text"].tolist() == sample_sentences(table, 10, seed=7)["text"].tolist()
    assert first["text"].tolist() != sample_sentences(table, 10, seed=8)["text"].tolist()
    numbers = [int(t[1:]) for t in first["text"]]
    assert numbers == sorted(numbers) and len(set(numbers)) == 10
    assert len(sample_sentences(table, None)) == len(sample_sentences(table, 500)) == 100


def test_score_decisions_counts_the_positive_class():
    result = score_decisions([True, True, False, False, True], [True, False, True, False, True])
    assert (result["tp"], result["fp"], result["fn"]) == (2, 1, 1)
    assert math.isclose(result["precision"], 200 / 3)
    assert math.isclose(result["f1"], 200 / 3)
    assert score_decisions([False], [False])["f1"] == 0.0
    with pytest.raises(ValueError, match="must be as many"):
        score_decisions([True], [])


@pytest.mark.parametrize("markers, any_hedge, without_approximator, booster_free", [
    ([("may", "hedge", "modal")], True, True, True),
    ([("about", "hedge", "approximator")], True, False, True),
    ([("may", "hedge", "modal"), ("clearly", "booster", "certainty")], True, True, False),
    ([("very", "intensifier", "amplifier")], False, False, False),
    ([], False, False, False),
])
def test_systems_map_hedge_markers_to_uncertain(markers, any_hedge, without_approximator,
                                                booster_free):
    row = pd.Series({"markers": markers, "markers_plain": []})
    assert SYSTEMS["toolkit: any hedge"][0](row) is any_hedge
    assert SYSTEMS["toolkit: hedge except approximator"][0](row) is without_approximator
    assert SYSTEMS["toolkit: hedge, no booster"][0](row) is booster_free


def test_missed_cues_are_labelled_by_the_plain_lexicon():
    from toolkit.benchmarks_external import _labelled_cues

    row = pd.Series({"speculation_cues": "may|whether|suggest that|may",
                     "markers_plain": [("may", "hedge", "modal"), ("suggest", "hedge", "x"),
                                       ("whether", "denial", "counter")]})
    assert _labelled_cues(row) == ["may †", "suggest that †", "whether"]


def test_negation_system_ignores_counter():
    row = pd.Series({"markers": [("but", "denial", "counter")], "markers_plain": []})
    assert SYSTEMS["toolkit: denial/negation (vs negation cues)"][0](row) is False


def test_real_bioscope_counts_and_a_few_sentences():
    papers = read_bioscope(require_shared("benchmarks", "bioscope", "full_papers.xml"))
    assert (len(papers), int(papers["speculative"].sum())) == (2670, 519)
    few = sentence_markers(papers.head(5))
    assert len(few) == 5
    assert {"markers", "markers_plain"} <= set(few.columns)
    assert all(isinstance(m, list) for m in few["markers"])


def test_benchmark_section_of_the_report_on_a_tiny_corpus(tmp_path):
    from toolkit.commands.eval import benchmark_section

    (tmp_path / "bioscope").mkdir()
    (tmp_path / "bioscope" / "full_papers.xml").write_text(BIOSCOPE_XML, encoding="utf-8")
    lines = benchmark_section(tmp_path, sample=None, seed=1, cache=False, pipeline=None)
    text = "\n".join(lines)
    assert "| bioscope/full_papers | 3 | 3 | False | – | 1 | 1 |" in text
    assert "Tang et al. 2010" in text and "86.4" in text
    assert ("| bioscope/full_papers | every sentence uncertain | speculative | 33.3 | 100.0 "
            "| 50.0 |") in text
    assert "How the taxonomies differ" in text


def test_benchmark_section_says_when_the_corpus_is_missing(tmp_path):
    from toolkit.commands.eval import benchmark_section

    lines = benchmark_section(tmp_path, sample=None, seed=1, cache=False, pipeline=None)
    assert any(line.startswith("Skipped:") for line in lines)


def test_in_taxonomy_cues_cover_inflections_and_exclude_bioscope_only_cues():
    from toolkit.benchmarks_external import IN_TAXONOMY_CUES

    assert {"suggesting", "indicated", "appears", "seemed", "may", "likely"} <= IN_TAXONOMY_CUES
    assert not {"or", "whether", "if", "can", "putative", "hypothesis"} & IN_TAXONOMY_CUES


def test_hedge_benchmark_counts_in_taxonomy_sentences(tmp_path):
    from toolkit.benchmarks_external import hedge_benchmark

    (tmp_path / "bioscope").mkdir()
    xml = BIOSCOPE_XML.replace('<sentence id="S1.1">The protein binds DNA.</sentence>',
                               '<sentence id="S1.1">It binds DNA <cue type="speculation">or'
                               '</cue> RNA.</sentence>')
    (tmp_path / "bioscope" / "full_papers.xml").write_text(xml, encoding="utf-8")
    result = hedge_benchmark(tmp_path, sample=None, cache=False, include_sfu=False)
    split = result.splits.iloc[0]
    assert (split["speculative"], split["speculative_in_taxonomy"]) == (2, 1)
    assert set(result.scores["system"]) == set(SYSTEMS)
