"""Chains, coreference and the analyst tables of toolkit.attribution; the seed's chain
spokesman -> statement -> Xinhua; the dev gold scores of issue 3."""

from __future__ import annotations

import importlib.util
import json

import pandas as pd
import pytest

import toolkit
from toolkit.attribution import attribution_chains, find_attributions, sources_table
from toolkit.attribution.tables import CHAIN_COLUMNS, SOURCES_COLUMNS
from toolkit.predict import to_gold_schema

SEED = "seed-hksar-2020-06-26"


def test_seed_chain_spokesman_statement_xinhua(seed_analysis):
    chains = attribution_chains(seed_analysis, SEED)
    assert list(chains.columns) == CHAIN_COLUMNS
    edge = chains[chains["child_cue"] == "said"].iloc[0]
    assert edge["child_source"] == "a HKSAR government spokesman"
    assert (edge["parent_cue"], edge["parent_content"], edge["parent_source"]) == (
        "cited", "a statement", "Xinhua news agency")
    assert edge["link"] == "medium"
    assert edge["chain"] == "a HKSAR government spokesman -> a statement -> Xinhua news agency"


def test_seed_relations_and_their_parents(seed_analysis):
    table = seed_analysis.attributions
    assert len(table) == 12
    assert table["cue"].tolist() == ["expressed", "allegations", "said", "cited", "said", "said",
                                     "said", "said", "said", "attacking", "said", "added"]
    by_id = table.set_index("attribution_id")
    # the allegations are inside what the spokesman said, which Xinhua cited
    assert by_id.loc[1, "parent_id"] == 2 and by_id.loc[2, "parent_id"] == 3
    assert pd.isna(by_id.loc[3, "parent_id"])
    assert by_id.loc[9, "parent_id"] == 8  # "attacking" is inside the 6th "said"


def test_seed_spokesman_is_one_speaker_with_eight_relations(seed_analysis):
    sources = sources_table(seed_analysis)
    assert list(sources.columns) == SOURCES_COLUMNS
    top = sources.iloc[0]
    assert (top["source"], top["source_head"], top["source_type"]) == (
        "a HKSAR government spokesman", "spokesman", "official_role")
    assert (top["relations"], top["neutral"]) == (8, 8)
    assert top["cues"] == "said, added"
    sourceless = sources[sources["speaker_id"].isna()]
    assert sourceless["source_type"].tolist() == ["none"]


COREFERENT = [
    ("A government spokesman said the border was closed. The spokesman added that it would "
     "reopen soon.", "said", "added"),
    ("Anna Lindqvist said the talks had failed. She added that a new round was planned.",
     "said", "added"),
    ("Maria Chen claimed the vote was rigged. Later Chen said that she had proof.", "claimed",
     "said"),
    ("The ministry said the dam was safe. It added that inspections would continue.", "said",
     "added"),
    ("The ministry's spokesman, Li Wei, said the plan was fair. Li added that talks would "
     "continue.", "said", "added"),
]


@pytest.mark.parametrize("text,first,second", COREFERENT, ids=lambda v: str(v)[:30])
def test_coreferent_sources_share_a_speaker(nlp, text, first, second):
    relations = {text[r.cue[0]:r.cue[1]]: r for r in find_attributions(nlp(text))}
    assert relations[first].speaker is not None
    assert relations[first].speaker == relations[second].speaker
    assert relations[first].source_type == relations[second].source_type


def test_first_person_inside_a_quotation_is_the_quoted_speaker(nlp):
    text = '"We rejected the offer last week," the union leader said.'
    rejected, said = find_attributions(nlp(text))
    assert rejected.parent == 1
    # the same speaker id as the quoted speaker, but the type of the words: *we* is self
    # (MARKERS.md source_type; the blind dev gold and the silver label it so)
    assert (rejected.source_type, rejected.speaker) == ("self", said.speaker)


def test_distinct_sources_have_distinct_speakers(nlp):
    text = "Officials said the plan was working. Critics said it had failed."
    relations = find_attributions(nlp(text))
    assert len({r.speaker for r in relations}) == 2


def test_pronoun_takes_its_antecedents_type(nlp):
    text = "I met the President of Ukraine. He asked us for help."
    rel = next(r for r in find_attributions(nlp(text)) if text[r.cue[0]:r.cue[1]] == "asked")
    assert text[rel.source[0]:rel.source[1]] == "He"
    assert rel.source_type == "official_role"


def test_sources_table_shows_who_gets_distancing_cues():
    text = ("Our researchers showed that the water is clean. The minister said the plant is "
            "safe. Critics claimed the river was poisoned. The critics also alleged that the "
            "data were faked.")
    analysis = toolkit.analyze({"letter": text}, cache=False)
    sources = sources_table(analysis).set_index("source")
    critics = sources.loc["The critics"]  # the fullest mention names the speaker
    assert (critics["relations"], critics["distancing"], critics["neutral"]) == (2, 2, 0)
    assert critics["cues"] == "claimed, alleged"
    assert sources.loc["The minister", "neutral"] == 1
    assert sources.loc["Our researchers", "endorsing"] == 1


def test_sources_table_accepts_the_attributions_frame(seed_analysis):
    from_frame = sources_table(seed_analysis.attributions)
    pd.testing.assert_frame_equal(from_frame, sources_table(seed_analysis))


def test_tables_reject_wrong_input(seed_analysis):
    with pytest.raises(TypeError, match="Analysis or its attributions"):
        sources_table([1, 2])
    with pytest.raises(KeyError, match="no attributions for doc_id 'nope'"):
        attribution_chains(seed_analysis, "nope")


def test_empty_attributions_give_empty_tables():
    analysis = toolkit.analyze({"plain": "The river is wide and the sky is blue."}, cache=False)
    assert analysis.attributions.empty
    assert sources_table(analysis).empty
    assert list(sources_table(analysis).columns) == SOURCES_COLUMNS
    assert attribution_chains(analysis, "plain").empty


def test_predict_schema_carries_the_relations(seed_analysis):
    record = next(iter(to_gold_schema(seed_analysis)))
    relation = record["attributions"][3]
    text = record["text"]
    assert text[relation["cue"][0]:relation["cue"][1]] == "cited"
    assert text[relation["source"][0]:relation["source"][1]] == "Xinhua news agency"
    assert (relation["kind"], relation["source_type"], relation["stance"]) == (
        "indirect", "media", "neutral")
    assert json.dumps(record)  # plain JSON types only


def _referee(shared_dir):
    spec = importlib.util.spec_from_file_location("referee_score",
                                                  shared_dir / "gold" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_gold_scores_meet_issue_3(shared_dir, gold_paths):
    """Issue 3: cue F1 >= 0.90, source F1 >= 0.85, content F1 >= 0.80, stance accuracy
    >= 0.90 on the dev gold, scored by the referee (shared/gold/score.py)."""
    referee = _referee(shared_dir)
    gold = referee.load(*gold_paths)
    analysis = toolkit.analyze(pd.DataFrame({"doc_id": list(gold),
                                             "text": [d["text"] for d in gold.values()]}))
    predicted = {r["id"]: r for r in to_gold_schema(analysis)}
    scores = referee.score(gold, predicted)["attributions"]
    assert scores["cue"]["f1"] >= 0.90
    assert scores["source"]["f1"] >= 0.85
    assert scores["content"]["f1"] >= 0.80
    assert scores["stance_accuracy"] >= 0.90
