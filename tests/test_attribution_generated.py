"""Cues from general sources (VerbNet 3.4, WordNet 3.0; scripts/build_reporting_cues.py) and
the constructions added with them (issue 14): verbs of judging and directives with their
argument frames, passives of telling and ordering, speech-act nouns with an explicit source,
a transcript's speaker labels, reporting *as*-clauses. Each construction has a table of
sentences that must fire and sentences that must not, written for the rule (not copied from
any gold file); where the model's parse is unreliable, a hand-built parse."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from toolkit.attribution import find_attributions
from toolkit.attribution.cues import cue_table
from toolkit.lexicon import default_lexicon

from .conftest import IN_CI, require_shared
from .test_attribution import _check, _text
from .test_attribution_rules import parsed

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "toolkit" / "lexicons" / "reporting_cues.tsv"
WORDNET = Path("/usr/share/wordnet")

# (sentence, cue, source, content, kind, source_type, stance)
JUDGING = [
    ("The senator castigated the administration for its handling of the crisis.",
     "castigated", "The senator", "the administration for its handling of the crisis",
     "indirect", "official_role", "opposing"),
    ("Critics vilified the judge.", "vilified", "Critics", "the judge", "indirect",
     "anonymous", "opposing"),
    # (a pronoun takes no postmodifier: *in public* is the verb's adjunct, not the content)
    ("The senator abused him in public.", "abused", "The senator", "him",
     "indirect", "official_role", "opposing"),
    ("The ambassador commended the mediators for their efforts.", "commended",
     "The ambassador", "the mediators for their efforts", "indirect", "official_role",
     "endorsing"),
    ("The president lauded the volunteers.", "lauded", "The president", "the volunteers",
     "indirect", "official_role", "endorsing"),
    ("The opposition denounced the election as a sham.", "denounced", "The opposition",
     "the election as a sham", "indirect", "institution", "opposing"),
    # a verb converted from a speech-act noun (WordNet)
    ("The general reprimanded the officers for their conduct.", "reprimanded",
     "The general", "the officers for their conduct", "indirect", "official_role",
     "opposing"),
]
DIRECTIVES = [
    ("The minister implored donors to increase their aid.", "implored", "The minister",
     "donors to increase their aid", "indirect", "official_role", "directive"),
    ("The union exhorted its members to strike.", "exhorted", "The union",
     "its members to strike", "indirect", "institution", "directive"),
    ("The mayor cautioned residents to stay indoors.", "cautioned", "The mayor",
     "residents to stay indoors", "indirect", "official_role", "directive"),
    ("The government guaranteed that the elections would be free.", "guaranteed",
     "The government", "the elections would be free", "indirect", "institution",
     "directive"),
    ("Activists petitioned the court to release the prisoners.", "petitioned", "Activists",
     "the court to release the prisoners", "indirect", "anonymous", "directive"),
]
PASSIVES_OF_TELLING = [
    ("The detainees were informed that their appeal had been rejected.", "informed", None,
     "their appeal had been rejected", "indirect", "none", "neutral"),
    ("The soldiers were ordered to open fire.", "ordered", None, "to open fire", "indirect",
     "none", "directive"),
    ("The embassy staff were instructed to destroy documents.", "instructed", None,
     "to destroy documents", "indirect", "none", "directive"),
    ("Officials were advised by the police to leave.", "advised", "the police", "to leave",
     "indirect", "institution", "neutral"),
    # the agent the parser hangs on the infinitive or the as-phrase is the source
    ("Residents were advised to leave the area by the police.", "advised", "the police",
     "to leave the area", "indirect", "institution", "neutral"),
    ("He was denounced as a traitor by state media.", "denounced", "state media",
     "a traitor", "indirect", "media", "opposing"),
    # ... not the agent of a passive infinitive, nor a means of travel
    ("The prisoners were ordered to be killed by the army.", "ordered", None,
     "to be killed by the army", "indirect", "none", "directive"),
    ("Staff were told to travel by train.", "told", None, "to travel by train", "indirect",
     "none", "neutral"),
]
SPEECH_ACT_NOUNS = [
    # the of-phrase of an act on something is what the act is on: its content, as the
    # object of the verb is (denounced the coup)
    ("The minister's denunciation of the coup was swift.", "denunciation",
     "The minister's", "of the coup", "nominal", "official_role", "opposing"),
    ("The government issued a rebuttal of the report.", "issued a rebuttal", "The government",
     "of the report", "nominal", "institution", "opposing"),
    ("The minister's confirmation that troops had left was welcomed.", "confirmation",
     "The minister's", "troops had left", "nominal", "official_role", "endorsing"),
    ("The envoy's reprimand was made public.", "reprimand", "The envoy's", None, "nominal",
     "official_role", "opposing"),
    # a noun with a physical sense is a verbal act on a speech act or a named person
    ("The senator's attack on the report was fierce.", "attack", "The senator's", None,
     "nominal", "official_role", "opposing"),
    # a noun whose first WordNet sense is not speech (threat: a danger) needs its clause
    ("Russia's threat to use nuclear weapons alarmed Europe.", "threat", "Russia's",
     "to use nuclear weapons", "nominal", "institution", "directive"),
]
AS_CLAUSES = [
    ("As the minister put it, the war is over.", "put it", "the minister", "the war is over",
     "according_to", "official_role", "neutral"),
    ("The economy is growing, as the central bank noted last week.", "noted",
     "the central bank", "The economy is growing", "according_to", "institution", "neutral"),
    # an as-clause inside the clause it comments on (the parser hangs it on the noun)
    ("The senators said the plan, as one of them put it, was dead on arrival.", "put it",
     "one of them", "the plan, as one of them put it, was dead on arrival", "according_to",
     "anonymous", "neutral"),
    # ... but a fronted one ends at its comma, a conjunction before it is no content
    ("We begin with the truth, because as someone once said, the truth shall set you free.",
     "said", "someone", "the truth shall set you free", "according_to", "anonymous", "neutral"),
    ("The plan will fail, according to officials.", "according to", "officials",
     "The plan will fail", "according_to", "official_role", "neutral"),
]


@pytest.mark.parametrize("case", JUDGING + DIRECTIVES + PASSIVES_OF_TELLING +
                         SPEECH_ACT_NOUNS + AS_CLAUSES, ids=lambda c: c[0][:40])
def test_general_source_cues_fire_with_their_frame(nlp, case):
    _check(nlp, *case)


# (sentence, cue): no relation with this cue
NOT_ATTRIBUTIONS = [
    # a verb of judging with a physical or ceremonial sense needs a verbal act
    ("Troops assailed the fortress at dawn.", "assailed"),
    ("The hospital honored its nurses.", "honored"),
    # a verb whose speech senses take a person only ([person]): a thing or a group as object
    # is its other sense (misuse, ill-treatment)
    ("Russia has abused its veto to defend its illegal actions.", "abused"),
    ("Google abused its market dominance as a search engine.", "abused"),
    ("Soldiers have tortured and abused thousands of detainees.", "abused"),
    # a directive needs its clause or infinitive, not an object alone
    ("The chef commanded a high salary.", "commanded"),
    ("The bank guaranteed the loan.", "guaranteed"),
    # a manner-of-speaking verb needs what was said
    ("Prices rumbled higher after the report.", "rumbled"),
    ("The crowd chanted slogans against the government.", "chanted"),
    # imparting a skill is not a report
    ("The children were taught to read at home.", "taught"),
    # a speech-act noun needs an explicit source; a noun of a later sense needs its clause
    ("A denial of service attack hit the bank.", "denial"),
    ("The president's acknowledgment of the error surprised many.", "acknowledgment"),
    # questioning is a request for information, not a reported speech act
    ("The army's questioning of the suspects lasted hours.", "questioning"),
    ("Russia's threat to regional stability grew.", "threat"),
    ("Russia's attack on the city killed dozens.", "attack"),
    # the of-phrase of a noun of an act on someone is its target, not its source
    ("The speaker condemned the defamation of their followers.", "defamation"),
    # put it: a reporting verb only in an as-clause
    ("He put it on the table.", "put it"),
    # the writer's hedged wording: an agentless passive under a modal of possibility
    ("This is what could be described as an order deficit.", "described"),
    # the writer's performatives stay out
    ("We condemn the attack and implore all parties to show restraint.", "implore"),
]


@pytest.mark.parametrize("sentence,cue", NOT_ATTRIBUTIONS, ids=lambda v: str(v)[:40])
def test_general_source_cues_do_not_fire_outside_their_frame(nlp, sentence, cue):
    relations = find_attributions(nlp(sentence), default_lexicon())
    assert cue not in [_text(sentence, r.cue) for r in relations]


def test_a_petition_calling_on_is_the_source_not_a_relation(nlp):
    sentence = "They circulated a petition calling on the council to resign."
    cues = [_text(sentence, r.cue) for r in find_attributions(nlp(sentence))]
    assert "calling on" in cues
    assert "petition" not in cues


def test_the_of_phrase_of_an_act_noun_is_its_target_not_its_source(nlp):
    sentence = "The denial of the report came late."
    assert find_attributions(nlp(sentence)) == []  # no explicit source: no relation


# --- transcripts ----------------------------------------------------------------------

BRIEFING = ("MR PRICE: Thank you very much. We have two announcements.\n"
            "Q: Is there an update on the talks?\n"
            "MR PRICE: Not at this time.\n")


def test_transcript_turns_are_direct_relations_with_the_label_as_source(nlp):
    relations = find_attributions(nlp(BRIEFING))
    got = [(_text(BRIEFING, r.cue), _text(BRIEFING, r.source), _text(BRIEFING, r.content),
            r.kind, r.source_type) for r in relations]
    assert got == [
        (":", "MR PRICE", "Thank you very much. We have two announcements.", "direct",
         "named_person"),
        (":", "Q", "Is there an update on the talks?", "direct", "anonymous"),
        (":", "MR PRICE", "Not at this time.", "direct", "named_person"),
    ]
    assert relations[0].speaker == relations[2].speaker != relations[1].speaker


@pytest.mark.parametrize("text,expected", [
    ("MODERATOR: Welcome to the briefing.\nQ: Is the embassy open?\n", ["MODERATOR", "Q"]),
    ("Secretary Blinken: Good morning, everyone.\n", ["Secretary Blinken"]),
    ("THE PRESIDENT: Thank you all.\nQ: Will you run again?\n", ["THE PRESIDENT", "Q"]),
    ("SENIOR ADMINISTRATION OFFICIAL: Thanks, everyone.\n",
     ["SENIOR ADMINISTRATION OFFICIAL"]),
    ("Executive Summary: The report finds gaps.\n", []),
    # headings, not speakers: no title or role
    ("FACT: The economy grew.\nFACT: Wages rose.\n", []),
    ("Prime Minister's Remarks: Good evening.\n", []),
    # a questioner's label alone (no speaker's label in the document) is a heading too
    ("Q: Why now?\nA: Because the law changed.\n", []),
], ids=lambda v: str(v)[:30])
def test_transcript_labels_need_a_title_or_role(nlp, text, expected):
    relations = [r for r in find_attributions(nlp(text)) if r.rule == "speaker_label"]
    assert [_text(text, r.source) for r in relations] == expected


# --- hand-built parses: the as-clause the tagger reads as a participle -----------------

AS_THE_BANK_NOTED = """
Growth 2 nsubj NN NOUN growth
is 2 aux VBZ AUX be
slowing 2 ROOT VBG VERB slow
, 2 punct , PUNCT ,
as 7 mark IN SCONJ as
the 6 det DT DET the
bank 7 nsubj NN NOUN bank
noted 2 advcl VBN VERB note
. 2 punct . PUNCT .
"""


def test_as_clause_with_a_subject_is_not_a_passive_participle():
    doc = parsed(AS_THE_BANK_NOTED)
    [rel] = find_attributions(doc, default_lexicon())
    text = doc.text
    assert _text(text, rel.cue) == "noted"
    assert _text(text, rel.source) == "the bank"
    assert _text(text, rel.content) == "Growth is slowing"


WITH_PEOPLE_CHARGED = """
with 0 ROOT IN ADP with
29 2 nummod CD NUM 29
people 0 pobj NNS NOUN people
charged 2 acl VBN VERB charge
. 0 punct . PUNCT .
"""


def test_a_reduced_passive_stays_passive():
    doc = parsed(WITH_PEOPLE_CHARGED)
    [rel] = find_attributions(doc, default_lexicon())
    assert rel.source is None and rel.stance == "distancing"


# --- the lexicon --------------------------------------------------------------------------

def _generated_rows() -> list[dict[str, str]]:
    lines = LEXICON.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("# --- GENERATED"))
    rows = csv.reader((line for line in lines[start:] if not line.startswith("#")),
                      delimiter="\t")
    return [dict(zip(["cue", "stance", "source", "note"], r, strict=True)) for r in rows]


def test_every_generated_cue_names_its_source_and_frame():
    rows = _generated_rows()
    assert len(rows) > 250
    for row in rows:
        assert row["source"].startswith(("VN:", "WN:")), row
        if row["source"].startswith("WN:"):  # a noun, or a verb converted from one
            assert row["note"].startswith("[noun]") or "verb.communication" in row["note"], row
            assert row["source"][3:].isdigit() and len(row["source"]) == 11, row
        else:
            assert "VerbNet " + row["source"][3:] in row["note"], row


def test_generated_cues_never_shadow_a_hand_made_row():
    hand = LEXICON.read_text(encoding="utf-8").split("# --- GENERATED")[0]
    hand_keys = {(cells[0], "[noun]" in cells[3]) for cells in
                 (line.split("\t") for line in hand.splitlines()
                  if line.strip() and not line.startswith("#"))}
    table = cue_table(default_lexicon())
    for row in _generated_rows():
        is_noun = row["note"].startswith("[noun]")
        assert (row["cue"], is_noun) not in hand_keys, row
        part = table.nouns if is_noun else table.verbs
        assert part[row["cue"]].source == row["source"], row


def test_generated_verb_classes_exist_in_verbnet():
    members = require_shared("lexicons", "verbnet34_members.tsv")
    pairs = set()
    for line in members.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) > 2 and not line.startswith("#"):
            pairs.add((cells[1], cells[2].replace("_", " ").replace("-", " ")))
    for row in _generated_rows():
        if row["source"].startswith("VN:"):
            cue = row["cue"]
            if "PP.topic" in row["note"]:  # speak about: the member with its topic preposition
                cue = cue.split()[0]
            british = cue.endswith("ise") and (row["source"][3:], cue[:-3] + "ize") in pairs
            assert (row["source"][3:], cue) in pairs or british, row


def test_the_build_is_reproducible(tmp_path):
    shared = require_shared("lexicons")
    if not (WORDNET / "data.noun").exists():
        message = f"needs {WORDNET} (Debian package wordnet-base)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    copy = tmp_path / "reporting_cues.tsv"
    copy.write_text(LEXICON.read_text(encoding="utf-8"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_reporting_cues.py"),
                    "--shared", str(shared.parent), "--out", str(copy)],
                   check=True, capture_output=True, env=env)
    assert copy.read_text(encoding="utf-8") == LEXICON.read_text(encoding="utf-8")


def test_a_transcript_turn_runs_over_its_paragraphs_to_the_next_label(nlp):
    text = ("MR PRICE: Thank you. We have two announcements.\n\nThe first is about the "
            "talks, which were clearly useful.\n\nQUESTION: Any update?\n\nMR PRICE: No.")
    relations = find_attributions(nlp(text))
    contents = [_text(text, r.content) for r in relations]
    assert contents == ["Thank you. We have two announcements.\n\nThe first is about the "
                        "talks, which were clearly useful.", "Any update?", "No."]
