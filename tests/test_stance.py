"""Targets and holders of markers (MARKERS.md, "Targets and holders"; toolkit.stance)."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

import toolkit
from toolkit import plots, stance

from .conftest import ROOT, SHARED, require_shared

SEED = "seed-hksar-2020-06-26"


def _markers(text: str) -> pd.DataFrame:
    return toolkit.analyze({"d": text}).markers


def _row(markers: pd.DataFrame, word: str, category: str, n: int = 0) -> pd.Series:
    rows = markers[(markers["text"].str.lower() == word) & (markers["category"] == category)]
    assert len(rows) > n, f"no {category} marker {word!r} in {markers['text'].tolist()}"
    return rows.iloc[n]


# the rule, then a sentence, the marker and the target it must get (written for the rule)
TARGETS = [
    ("attributive adjective: its noun", "The committee rejected the reckless plan.",
     "reckless", "evaluation", "plan"),
    ("coordinated attributive adjectives share the noun",
     "They published misleading and dishonest claims.", "dishonest", "evaluation", "claims"),
    ("predicative adjective: the subject", "The new rules are unfair.", "unfair", "evaluation",
     "The new rules"),
    ("object predicate after a relative subject: the object, not the relative pronoun",
     "The observers, who called the election flawed, left early.", "flawed", "evaluation",
     "the election"),
    ("a participle taken for an adjective with its own subject: that subject",
     "The minister found the report biased.", "biased", "evaluation", "the report"),
    ("an as-complement: the verb's object, not the preposition",
     "The ministry dismissed the allegations as baseless.", "baseless", "evaluation",
     "the allegations"),
    ("a coordinated as-complement noun: the verb's object",
     "The spokesman described the report as biased and a fabrication.", "fabrication",
     "evaluation", "the report"),
    ("an as-complement of a passive: its subject", "The findings were dismissed as baseless.",
     "baseless", "evaluation", "The findings"),
    ("an anticipatory it: the clause it stands for",
     "It is regrettable that the report ignores the facts.", "regrettable", "evaluation",
     "the report ignores the facts"),
    ("an anticipatory it as object: the clause", "We find it unacceptable that the rules "
     "were ignored.", "unacceptable", "evaluation", "the rules were ignored"),
    ("a referring it stays", "The plan is good. It is important.", "important", "evaluation",
     "It"),
    ("a prenominal adjective the parser took for a head: the noun after it",
     "Russia tries to divert our attention through false, everchanging allegations.",
     "false", "evaluation", "allegations"),
    ("restrictive on a noun phrase: up to its head",
     "The sentencing is just the latest in a series of attempts to silence him.", "just",
     "downtoner", "the latest"),
    ("restrictive on a partitive: with its noun",
     "The case is just one of many suits aimed at the telecoms.", "just", "downtoner",
     "one of many suits"),
    ("a comment clause's booster: the clause it comments on",
     "As you are aware, Russia launched a war against its neighbour.", "aware", "booster",
     "Russia launched a war against its neighbour"),
    ("a booster announcing with a colon: what follows",
     "International commitments are clear: torture can never be justified.", "clear",
     "booster", "torture can never be justified"),
    ("a certainty frame with an anticipatory it: the clause", "It is clear that the plan "
     "failed.", "clear", "booster", "the plan failed"),
    ("a hedge in a relative clause: the relative clause",
     "Leaders should refrain from any statements that may lead to violence.", "may", "hedge",
     "that may lead to violence"),
    ("a proposition ends before a non-restrictive relative clause",
     "They would have no comment on the report, which says that everyone was tortured.",
     "no", "denial", "They would have no comment on the report"),
    ("a factive that tells its addressees: what it tells them",
     "This tragic crash reminds us all that our soldiers take extraordinary risks.",
     "reminds", "booster", "our soldiers take extraordinary risks"),
    ("a phrasal minimizer: the adverb after it",
     "We might have drafted parts of it a little bit differently.", "a little bit",
     "downtoner", "differently"),
    ("a phrasal minimizer after a verb: the verb",
     "Today I want to talk a little bit about something else.", "a little bit", "downtoner",
     "talk"),
    ("adverb of degree: the adjective", "The decision was deeply unfair.", "deeply",
     "intensifier", "unfair"),
    ("adverb: the verb", "The ministry strongly condemns the attack.", "strongly",
     "intensifier", "condemns"),
    ("degree word: the adjective it scales", "It was such a careless mistake.", "such",
     "intensifier", "careless"),
    ("restrictive: the phrase it focuses", "Only two journalists were released.", "only",
     "downtoner", "two journalists"),
    ("denial: the clause denied", "The allegations are not supported by any evidence.",
     "not", "denial", "The allegations are not supported by any evidence"),
    ("factive booster: its complement clause",
     "This has proved that the law was used against journalists.", "has proved", "booster",
     "the law was used against journalists"),
    ("factive booster: its noun-phrase object",
     "The bombings demonstrate the brutality of the regime.", "demonstrate", "booster",
     "the brutality of the regime"),
    ("understatement: the judgement it amplifies, with its degree words",
     "He was very dismissive of it, to say the least.", "to say the least", "intensifier",
     "very dismissive"),
    ("counter connective: the clause it introduces",
     "The ministry promised reforms, but the prisons remain overcrowded.", "but", "denial",
     "the prisons remain overcrowded"),
    ("negated possibility of a higher degree: the quality after more",
     "The findings could not be more relevant.", "could not be more", "intensifier",
     "relevant"),
    ("negated possibility of a higher degree: the comparative",
     "We could not be prouder of them.", "could not be prouder", "intensifier", "prouder"),
    ("cannot be overstated: what is said of its subject",
     "Its value cannot be overstated.", "cannot be overstated", "intensifier", "Its value"),
    ("a hedge on an attributive adjective: the proposition, not the noun phrase",
     "The following is a near-verbatim transcript of the briefing.", "near", "hedge",
     "The following is a near-verbatim transcript of the briefing"),
    ("a booster on an attributive adjective: the noun phrase",
     "We need truly independent courts.", "truly", "booster", "truly independent courts"),
    ("the writer's belief noun: the clause after the copula",
     "It is my understanding that the vote would be a breach.", "it is my understanding",
     "hedge", "the vote would be a breach"),
]


@pytest.mark.parametrize("rule, text, word, category, expected", TARGETS,
                         ids=[t[0] for t in TARGETS])
def test_marker_targets(rule, text, word, category, expected):
    row = _row(_markers(text), word, category)
    assert row["target"] == expected
    assert text[row["target_start"]:row["target_end"]] == expected


@pytest.mark.parametrize("text", ["Lies and smears.",
                                  "They have nothing left but the most unhinged smears.",
                                  "Despite the continued peddling of lies, we have seen people "
                                  "stand up."])
def test_evaluative_noun_without_a_predicate_has_no_target(text):
    markers = _markers(text)
    rows = markers[markers["category"] == "evaluation"]
    rows = rows[~rows["text"].str.lower().isin(["unhinged"])]
    assert len(rows) and rows["target"].isna().all()


@pytest.mark.parametrize("text, word, expected", [
    ("The article contains a number of errors.", "errors", "The article"),
    ("The district court committed an error.", "error", "The district court"),
    ("This is nothing but a ruse.", "ruse", "This"),
])
def test_evaluative_noun_of_a_bearer_or_a_predicate_targets_the_subject(text, word, expected):
    row = _row(_markers(text), word, "evaluation")
    assert row["target"] == expected


HOLDERS = [
    ("the writer's own voice", "The reckless plan failed.", "reckless", "evaluation",
     "writer", None),
    ("inside reported speech: the source",
     "The spokesman said the findings were groundless.", "groundless", "evaluation",
     "speaker", "The spokesman"),
    ("on the cue: the reporting voice", "The minister strongly condemned the attack.",
     "strongly", "intensifier", "writer", None),
    ("innermost attribution", "The minister said the envoy told reporters that the claims "
     "were absurd.", "absurd", "evaluation", "speaker", "the envoy"),
]


@pytest.mark.parametrize("rule, text, word, category, kind, holder_text", HOLDERS,
                         ids=[h[0] for h in HOLDERS])
def test_marker_holders(rule, text, word, category, kind, holder_text):
    row = _row(_markers(text), word, category)
    if kind == "writer":
        assert row["holder"] == "writer" and pd.isna(row["holder_text"])
    else:
        assert row["holder"].startswith("speaker ")
        assert row["holder_text"] == holder_text
        assert text[row["holder_start"]:row["holder_end"]] == holder_text


def test_seed_stance_table_contrasts_the_report_and_hong_kongs_efforts(seed_analysis):
    table = seed_analysis.stances
    assert list(table.columns) == ["doc_id", "holder", "holder_text", "target_entity",
                                   "category", "polarity", "count", "examples", "targets"]
    spokesman = table[table["holder_text"].fillna("").str.contains("spokesman")
                      & (table["category"] == "evaluation")]
    judged = spokesman.groupby(["target_entity", "polarity"])["count"].sum()
    assert judged[("effort", "positive")] >= 2          # proactive, dedicated efforts
    assert judged[("basis", "negative")] == 2            # sloppy and prejudiced basis
    assert judged[("finding", "negative")] >= 1          # the findings are groundless
    writer = table[(table["holder"] == "writer") & (table["category"] == "evaluation")]
    assert writer["examples"].tolist() == ["swiftly"]    # the only judgement in the text's voice
    assert set(table["polarity"]) <= {"negative", "positive", "raise", "lower", "proclaim",
                                      "entertain", "disclaim"}
    assert table["count"].sum() == len(seed_analysis.markers)


def test_target_rates_compare_groups_by_what_they_judge():
    result = toolkit.analyze({"a1": "The report is unfair. The unfair report failed.",
                              "a2": "The report is sloppy.",
                              "b1": "The plan is excellent.", "b2": "It was a fair plan."})
    result.documents["side"] = ["A", "A", "B", "B"]
    negative = stance.target_rates(result, by="side", polarity_of="negative", n_resamples=99)
    counts = negative.set_index(["side", "target_entity"])["count"]
    assert counts[("A", "report")] == 3 and counts[("B", "report")] == 0
    positive = stance.target_rates(result, by="side", polarity_of="positive", n_resamples=99)
    assert positive.set_index(["side", "target_entity"])["count"][("B", "plan")] == 2
    assert negative["small_group"].all()                 # two documents a side


def test_predict_writes_targets_and_holders(tmp_path):
    source = tmp_path / "in.jsonl"
    text = "The spokesman said the findings were groundless. The plan is reckless."
    source.write_text(json.dumps({"id": "x", "text": text}) + "\n")
    done = subprocess.run([sys.executable, "-m", "toolkit", "predict", str(source)],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    record = json.loads(done.stdout)
    by_word = {m["text"]: m for m in record["markers"]}
    groundless, reckless = by_word["groundless"], by_word["reckless"]
    assert text[slice(*groundless["target"])] == "the findings"
    assert text[slice(*groundless["holder"])] == "The spokesman"
    assert text[slice(*reckless["target"])] == "The plan" and reckless["holder"] == "writer"


def test_dev_gold_targets_and_holders(tmp_path):
    """score.py's target and holder accuracy on the dev gold (gold/stance.jsonl)."""
    gold = require_shared("gold", "stance.jsonl")
    source = tmp_path / "in.jsonl"
    with source.open("w") as handle:
        for line in gold.read_text().splitlines():
            doc = json.loads(line)
            handle.write(json.dumps({"id": doc["id"], "text": doc["text"]}) + "\n")
    predicted = tmp_path / "pred.jsonl"
    with predicted.open("w") as handle:
        subprocess.run([sys.executable, "-m", "toolkit", "predict", str(source)], stdout=handle,
                       cwd=ROOT, check=True)
    done = subprocess.run([sys.executable, str(SHARED / "gold" / "score.py"), str(gold),
                           str(predicted), "--json"], capture_output=True, text=True,
                          check=True)
    micro = json.loads(done.stdout)["markers"]["micro"]
    assert micro["target_accuracy"] >= 0.85      # measured 0.902 when the rules were written
    assert micro["holder_accuracy"] >= 0.95      # measured 0.986


def test_stance_figures_draw_edges_and_intervals(seed_analysis):
    with plots.publication_style():
        ax = plots.plot_stance_network(seed_analysis.stances, SEED)
        edges = [line for line in ax.lines if (line.get_gid() or "").startswith("edge:")]
        stances = seed_analysis.stances
        expected = stances[(stances["doc_id"] == SEED) & stances["target_entity"].notna()
                           & (stances["category"] == "evaluation")]
        top = expected.groupby("target_entity")["count"].sum().nlargest(12).index
        assert len(edges) == len(expected[expected["target_entity"].isin(top)]
                                 .groupby(["holder", "target_entity", "polarity"]))
        colours = {line.get_color() for line in edges}
        assert colours == {plots.POLARITY_COLORS["negative"], plots.POLARITY_COLORS["positive"]}
        table = pd.DataFrame({"side": ["A", "A", "B"], "target_entity": ["plan", "report",
                                                                         "plan"],
                              "rate": [1.0, 2.0, 0.5], "ci_low": [0.2, 1.0, 0.0],
                              "ci_high": [2.0, 3.5, 1.5], "small_group": [False, False, True]})
        ax = plots.plot_target_rates(table, by="side")
        assert len(ax.collections) == 2 + 2 + 1   # intervals A, B; points A; B open only
        assert [t.get_text() for t in ax.get_yticklabels()] == ["plan", "report"]


def test_stance_view_follows_its_controls(seed_analysis):
    from toolkit import widgets

    view = widgets.StanceView(seed_analysis)
    assert view.picker.value == SEED
    assert 'alt="stance network"' in view.figure.value
    evaluation = view.rows()
    assert set(evaluation["category"]) == {"evaluation"}
    assert "the writer" in set(evaluation["holder"])        # swiftly
    assert len(view.table.df) == len(evaluation)
    view.category.value = "all"
    assert len(view.rows()) == len(seed_analysis.stances)
    assert len(view.table.df) == len(seed_analysis.stances)


def test_compare_says_what_each_side_judges():
    result = toolkit.analyze({f"a{i}": "The report is unfair. The unfair report failed."
                              for i in range(5)} | {f"b{i}": "The plan is excellent."
                                                    for i in range(5)})
    result.documents["side"] = ["A"] * 5 + ["B"] * 5
    comparison = toolkit.compare(result, by="side", a="A", b="B", n_resamples=99,
                                 model=False)
    targets = comparison.targets.set_index(["side", "polarity", "target_entity"])["count"]
    assert targets[("A", "negative", "report")] == 10
    assert targets[("B", "positive", "plan")] == 5
    assert "targets" in comparison.tables()


@pytest.mark.parametrize("text", ["Only three people.", "Merely a rumour.",
                                  "Only the brave, only the few."])
def test_a_focus_word_before_a_verbless_root_ends(text):
    """spaCy makes a new Token object at every access, so the root's head is the root but
    not the same object: climbing by identity never stopped (a sentence without a verb after
    a restrictive hung the analysis). Run in a child process with a time limit."""
    code = ("import toolkit, sys; r = toolkit.analyze({'d': sys.argv[1]}, cache=False); "
            "print(r.markers[['text', 'target']].to_json())")
    done = subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "target" in done.stdout
