"""Content spans that decide marker holders (MARKERS.md, "Targets and holders": the holder is
the source of the innermost attribution whose content holds the marker), by class: a split
quotation that goes on after its cue's sentence, a quotation after an addressee and a colon,
speech reported inside a quotation, the quoted speaker's own performatives, and relative
clauses after a comma. Sentences are written for the rules, not copied from any gold file."""

from __future__ import annotations

import pandas as pd
import pytest

import toolkit

from .test_attribution import _relation, _text


def _content(nlp, sentence: str, cue: str) -> str | None:
    return _text(sentence, _relation(nlp, sentence, cue).content)


# (text, cue, content): the quotation goes on after the cue's addressee and adjuncts
SPLIT_QUOTATIONS = [
    ('"The talks have stalled," Maria Lopez, head of the union, told reporters. "Nobody '
     'is listening."', "told",
     '"The talks have stalled," Maria Lopez, head of the union, told reporters. "Nobody is '
     'listening."'),
    ('"We are ready," the mayor told the council on Monday. "The money is there."', "told",
     '"We are ready," the mayor told the council on Monday. "The money is there."'),
    # a quotation after the addressee and a colon is what was asked, not the addressee
    ('Last week the senator asked the minister:\n\n"Will the report be published?"', "asked",
     '"Will the report be published?"'),
]
# ... but not a quotation in the next paragraph, nor one after a verb of its own
NOT_CONTINUED = [
    ('"The talks have stalled," she told reporters.\n\n"Nobody is listening," he replied.',
     "told", '"The talks have stalled,"'),
    ('"The talks have stalled," she told reporters, adding that she was tired. "Nobody '
     'cares."', "told", '"The talks have stalled,"'),
]


@pytest.mark.parametrize("text,cue,content", SPLIT_QUOTATIONS + NOT_CONTINUED,
                         ids=lambda v: str(v)[:40])
def test_quotation_goes_on_after_the_cue(nlp, text, cue, content):
    assert _content(nlp, text, cue) == content


def test_a_split_quotation_with_a_long_source_is_direct(nlp):
    text = ('"The vote was rigged," Ana Diaz, director of the Centre for Electoral Rights, '
            'told the BBC. "Nobody trusts the count."')
    assert _relation(nlp, text, "told").kind == "direct"


# speech reported inside a quotation (MARKERS.md: an attribution inside another's content
# is annotated too) and the quoted speaker's own performatives, which are not reports
REPORTED_IN_QUOTATION = [
    ('"When she says that the budget is balanced, she is wrong," the senator said.', "says",
     "she", "the budget is balanced"),
    ('"They claim the vote was fair, but it was not," he said.', "claim", "They",
     "the vote was fair"),
    ('"But we are asking for a modest remedy," the lawyer said.', "asking", "we",
     "a modest remedy"),
]
QUOTED_PERFORMATIVES = [
    ('"We would encourage all departments to publish their data," the chairman said.',
     "encourage"),
    ('"I must urge the government to act now," the senator said.', "urge"),
    ('"We condemn this attack," the minister said.', "condemn"),
]


@pytest.mark.parametrize("text,cue,source,content", REPORTED_IN_QUOTATION,
                         ids=lambda v: str(v)[:40])
def test_speech_reported_inside_a_quotation(nlp, text, cue, source, content):
    relation = _relation(nlp, text, cue)
    assert _text(text, relation.source) == source
    assert _text(text, relation.content) == content


@pytest.mark.parametrize("text,cue", QUOTED_PERFORMATIVES, ids=lambda v: str(v)[:40])
def test_the_quoted_speakers_performative_is_no_report(nlp, text, cue):
    from toolkit.attribution import find_attributions
    from toolkit.lexicon import default_lexicon

    relations = find_attributions(nlp(text), default_lexicon())
    assert [text[r.cue[0]:r.cue[1]] for r in relations] == ["said"]


# (text, cue, content): a relative clause after a comma belongs to the noun phrase, unless
# a speaker of its own says it (then it is that speaker's comment, not the content)
RELATIVES = [
    ("The council condemned the new law, which bans public meetings.", "condemned",
     "the new law, which bans public meetings"),
    ("The minister welcomed the report, which calls for more teachers.", "welcomed",
     "the report, which calls for more teachers"),
    ("The envoy criticised the agreement, which the opposition said was illegal.",
     "criticised", "the agreement"),
    ("The ministry denied reports of abuse in the camps, which the UN said were credible.",
     "denied", "reports of abuse in the camps"),
    # a relative clause whose own subject is the relative pronoun is part of the content
    ("The spokesman said that only three cases were found, which has proved that the problem "
     "is rare.", "said",
     "only three cases were found, which has proved that the problem is rare"),
]


# a clause coordinated after the reported one that reports another speaker's act is a
# relation of its own; an apposition after a comma identifies the noun for the reader
OTHER_PARTS = [
    ("The opposition is alleging that the army moved voters across the border but the "
     "ruling party is refuting the claim.", "alleging",
     "the army moved voters across the border"),
    ("Farmers claimed that the company poisoned the river but the company denied the charge.",
     "claimed", "the company poisoned the river"),
    ("The opposition alleged that the ruling party bought votes and the police ignored it.",
     "alleged", "the ruling party bought votes and the police ignored it"),
    ("The letter expresses support for the Clean Water Act, a bill from two senators that "
     "would protect rivers.", "expresses", "support for the Clean Water Act"),
    ("The minister praised the report's clarity, honesty and ambition.", "praised",
     "the report's clarity, honesty and ambition"),
]


@pytest.mark.parametrize("text,cue,content", RELATIVES + OTHER_PARTS,
                         ids=lambda v: str(v)[:40])
def test_relative_clauses_after_a_comma(nlp, text, cue, content):
    assert _content(nlp, text, cue) == content


# (text, marker word, category, holder text or None for the writer)
HOLDERS = [
    ('"It was a fair vote," Ana Diaz, an observer, told reporters. "The count was clean."',
     "clean", "evaluation", "Ana Diaz, an observer"),
    ('"When she says that the plan is not ready, she is wrong," the senator said.', "not",
     "denial", "she"),
    ('"We would encourage every ministry to treat scrutiny as an important duty," the '
     'chairman said.', "important", "evaluation", "the chairman"),
    ("The minister criticised the treaty, which the opposition said was deeply flawed.",
     "deeply", "intensifier", "the opposition"),
]


@pytest.mark.parametrize("text,word,category,holder", HOLDERS, ids=lambda v: str(v)[:40])
def test_marker_holders_by_class(text, word, category, holder):
    markers = toolkit.analyze([text], cache=False).markers
    rows = markers[(markers["text"] == word) & (markers["category"] == category)]
    assert len(rows) == 1
    row = rows.iloc[0]
    if holder is None:
        assert row["holder"] == "writer" and pd.isna(row["holder_text"])
    else:
        assert text[row["holder_start"]:row["holder_end"]] == holder


# (text, cue, content): a connective before a fronted as-clause is the writer's, and a
# subordinate clause after it is part of what was said; a verb with an object of its own
# reports that object, not the sentence before it
ADJUNCT_HOSTS = [
    ("Still, as the envoy noted, when the council fails to act, it loses credibility.",
     "noted", "when the council fails to act, it loses credibility"),
    ("But as the minister said, the plan will fail.", "said", "the plan will fail"),
    ("As I said last week, the plan will fail.", "said", "the plan will fail"),
    # a time is no content of an as-clause; a clause coordinated after the host with a
    # subject of its own is the writer's; a trailing as-clause covers the whole predicate
    ("As we stated time and again, the war has no military solution and Norway welcomes "
     "the talks.", "stated", "the war has no military solution"),
    ("Our pledge is by far our largest and stands at five million a year, as I announced "
     "at the conference in London.", "announced",
     "Our pledge is by far our largest and stands at five million a year"),
    # ... and a topic (with regard to X) is what the comment is about, not what it says
    ("As my delegation has often observed with regard to the Goals, it is consumption that "
     "places a burden on the planet.", "observed",
     "it is consumption that places a burden on the planet"),
    # a participle with an agent modifying a noun: the noun is what was said, not the
    # participle's own phrase (the theme proposed by X for the session)
    ("We welcome the plan proposed by the minister for the coming session.", "proposed",
     "the plan"),
    # a free relative before a colon stands for the clause after it, which is what was said
    ("The minister confirmed what everyone suspected: the budget was far too small.",
     "confirmed", "the budget was far too small"),
    # ... but a noun's own to-infinitive goes with it
    ("We note the willingness expressed by the donors to support the talks.", "expressed",
     "to support the talks"),
    ("On 18 May the ministry published its reply.[3] It rejected every recommendation we "
     "had made.", "rejected", "every recommendation we had made"),
    # ... but an addressee is no content: the quotation before the cue is
    ('"The plan is dead," the envoy told council members on Monday.', "told",
     '"The plan is dead,"'),
]


@pytest.mark.parametrize("text,cue,content", ADJUNCT_HOSTS, ids=lambda v: str(v)[:40])
def test_hosts_of_as_clauses_and_objects(nlp, text, cue, content):
    assert _content(nlp, text, cue) == content


def _cues(nlp, text: str) -> list[str]:
    from toolkit.attribution import find_attributions
    from toolkit.lexicon import default_lexicon

    return [text[r.cue[0]:r.cue[1]] for r in find_attributions(nlp(text), default_lexicon())]


# a court's decision acting on an object is no attribution (MARKERS.md: *vetoed the bill*),
# so markers inside its object stay the writer's; a position on a claim stays one
COURT_DECISIONS = [
    ("A federal court has ordered the operators of the scam to pay refunds to immigrants.",
     "ordered", False),
    ("As a result, the court rejected a settlement between the agency and the bank that "
     "reflected the likely relief.", "rejected", False),
    ("The judge approved the plea agreement on Monday.", "approved", False),
    ("The minister ordered the army to withdraw from the border.", "ordered", True),
    ("The court rejected the claim that the law was void.", "rejected", True),
    ("The judge dismissed the charges as political.", "dismissed", True),
]


@pytest.mark.parametrize("text,cue,reported", COURT_DECISIONS, ids=lambda v: str(v)[:40])
def test_court_decisions_are_not_reports(nlp, text, cue, reported):
    assert (cue in _cues(nlp, text)) is reported


# (text, cue, content): the relative pronoun of a relative clause after a comma is what was
# said (it stands for the noun, which stays in the writer's voice: *a rehash of amateurish
# claims, which we debunked*); a restrictive relative's noun phrase is the content
RELATIVE_PRONOUNS = [
    ("We heard a rehash of amateurish claims, which we discussed and debunked last week.",
     "discussed", "which"),
    ("It raises important points of principle, which have been discussed to some extent "
     "today.", "discussed", "which"),
    ("These are the examples I mentioned.", "mentioned", "These"),
    ("They now reject the results of a process that they had requested.", "requested",
     "a process"),
    ("The question that is always asked is how to pay for it.", "asked",
     "how to pay for it"),
    ("He met the governor, who was praised by the mayor for her handling of the floods.",
     "praised", "her handling of the floods"),
    ("The firm hired Smith, who is also being charged with fraud.", "charged", "fraud"),
]


@pytest.mark.parametrize("text,cue,content", RELATIVE_PRONOUNS, ids=lambda v: str(v)[:40])
def test_relative_pronouns_as_content(nlp, text, cue, content):
    assert _content(nlp, text, cue) == content


def test_a_marker_on_the_noun_of_a_relative_pronoun_is_the_writers():
    text = "We heard a rehash of amateurish claims, which we discussed and debunked last week."
    markers = toolkit.analyze([text], cache=False).markers
    row = markers[markers["text"] == "amateurish"].iloc[0]
    assert row["holder"] == "writer"


# (text, cue, content): the of-phrase of a neutral speech-act noun is what is announced (an
# objective genitive), unless its object is a speaker (the testimony of witnesses)
NOUN_OF_PHRASES = [
    ("The ministry's announcement of new sanctions against the regime surprised traders.",
     "announcement", "of new sanctions against the regime"),
    ("The Assembly sent a clear message of unity and solidarity.", "message",
     "of unity and solidarity"),
    ("The testimony of witnesses was heard on Monday.", "testimony", None),
]


@pytest.mark.parametrize("text,cue,content", NOUN_OF_PHRASES, ids=lambda v: str(v)[:40])
def test_of_phrases_of_speech_act_nouns(nlp, text, cue, content):
    assert _content(nlp, text, cue) == content


# (text, cue, content): a noun phrase coordinated after the content that the parser hung on
# the verb governing the cue goes on with the content; a second infinitive does not
COORDINATED_OBJECTS = [
    ("The activist has continued to speak out against the suppression of the press, and "
     "the growing restrictions on travel.", "speak out against",
     "the suppression of the press, and the growing restrictions on travel"),
    ("The minister stressed the importance of acting quickly, firmly, and in a united way.",
     "stressed", "the importance of acting quickly, firmly, and in a united way"),
]


@pytest.mark.parametrize("text,cue,content", COORDINATED_OBJECTS, ids=lambda v: str(v)[:40])
def test_coordinated_objects(nlp, text, cue, content):
    assert _content(nlp, text, cue) == content


# (text, cue, content): a participle after a comma that says what the reported subject does
# is part of the claim; a resultative one (making it, bringing the total) is the reporter's
PARTICIPLES = [
    ("The group argues that the new law is unconstitutional, violating the right to free "
     "speech.", "argues",
     "the new law is unconstitutional, violating the right to free speech"),
    ("Officials reported that nine people were killed, bringing the total to forty.",
     "reported", "nine people were killed"),
]


@pytest.mark.parametrize("text,cue,content", PARTICIPLES, ids=lambda v: str(v)[:40])
def test_participles_after_the_reported_clause(nlp, text, cue, content):
    assert _content(nlp, text, cue) == content
