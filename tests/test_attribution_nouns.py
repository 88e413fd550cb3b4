"""Speech-act nouns (MARKERS.md: a ``nominal`` relation only with an explicit source):
nouns of proposing and advising (WordNet's proposal subtree), converted nouns (*a call*),
sources in a relative clause or a passive of a producing verb, the content a directive noun
asks for, and the writer's earlier speech acts. Sentences are written for the rules, not
copied from any gold file."""

from __future__ import annotations

import pytest

from toolkit.attribution import find_attributions
from toolkit.lexicon import default_lexicon

from .test_attribution import _check, _text

# (sentence, cue, source, content, kind, source_type, stance)
NOMINAL = [
    # nouns of advising and proposing (WordNet 3.0: under proposal): a possessive, an
    # of-phrase or a producing verb's subject is enough
    ("The council adopted the minister's recommendations on procurement.", "recommendations",
     "the minister's", None, "nominal", "official_role", "directive"),
    ("Farmers welcomed the recommendations of the Water Board.", "recommendations",
     "the Water Board", None, "nominal", "institution", "directive"),
    ("The committee provides recommendations to the minister every spring.",
     "recommendations", "The committee", None, "nominal", "institution", "directive"),
    # a converted noun (the verb call; a request) with what it asks for
    ("Despite repeated calls for restraint from the union leaders, the strike went on.",
     "calls for", "the union leaders", "for restraint", "nominal", "official_role",
     "directive"),
    ("The union's call to members to stay home was ignored.", "call", "The union's",
     "to stay home", "nominal", "institution", "directive"),
    ("The senators issued a call for new elections.", "call for", "The senators",
     "for new elections", "nominal", "official_role", "directive"),
    # the source in a relative clause or the agent of a passive producing verb
    ("Nobody read the recommendations that the inspectors issued last year.",
     "recommendations", "the inspectors", None, "nominal", "official_role", "directive"),
    ("The demands were made by the striking nurses.", "demands", "the striking nurses",
     None, "nominal", "anonymous", "directive"),
    # the writer's earlier speech acts (MARKERS.md: *as I said last week* is self)
    ("Only half of the recommendations we made in 2019 were adopted.", "recommendations",
     "we", None, "nominal", "self", "directive"),
    ("Some thought my previous remarks too harsh.", "remarks", "my", None, "nominal",
     "self", "neutral"),
]


@pytest.mark.parametrize("case", NOMINAL, ids=lambda c: f"{c[1]}: {c[0][:40]}")
def test_speech_act_nouns(nlp, case):
    _check(nlp, *case)


# (sentence, cue): no relation with this cue
NOT_NOMINAL = [
    ("I made a phone call to my sister.", "call"),  # a telephone call
    ("He made a call to the bank about his loan.", "call"),  # a light verb: any call
    ("The flood was a wake-up call for the city.", "call"),  # another sense
    ("The company's challenges from new rivals are growing.", "challenges"),  # difficulties
    ("Their world order is collapsing.", "order"),  # an ambiguous noun with a possessive
    ("The order advocated by the party is unjust.", "order"),  # the party speaks of it
    ("The threats of the cartel and its violence terrify the town.", "threats"),
    # the writer's performatives in the text itself (MARKERS.md)
    ("We renew our call for a ceasefire.", "call for"),
    ("We reiterate our recommendations to the council.", "recommendations"),
    ("Our recommendations are set out below.", "recommendations"),
    ("The recommendations were adopted.", "recommendations"),  # no source
]


@pytest.mark.parametrize("sentence,cue", NOT_NOMINAL, ids=lambda v: str(v)[:40])
def test_not_nominal(nlp, sentence, cue):
    relations = find_attributions(nlp(sentence), default_lexicon())
    assert cue not in [_text(sentence, r.cue) for r in relations]
