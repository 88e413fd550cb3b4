"""Speech-act nouns whose source is a possessive, a court, the addressee or the subject of a
verb of taking up an act; documents as sources of a reporting verb the parser took into a
noun phrase; a third party's viewpoint adjunct (MARKERS.md: a speech-act noun is a relation
only with an explicit source; documents that report are sources). Sentences are written for
the rules, not copied from any gold file."""

from __future__ import annotations

import pytest

from toolkit.attribution import find_attributions
from toolkit.lexicon import default_lexicon

from .test_attribution import _check, _text

# (sentence, cue, source, content, kind, source_type, stance)
FIRES = [
    # nouns of results (finding, conclusion): a possessive speaker is enough in the plural
    # or with a noun possessor; the content is the that-clause when there is one
    ("The council ignored the inspectors' findings.", "findings", "the inspectors'", None,
     "nominal", "official_role", "neutral"),
    ("Nobody disputed the inspectors' conclusion that the bridge was unsafe.", "conclusion",
     "the inspectors'", "the bridge was unsafe", "nominal", "official_role", "neutral"),
    ("Critics disputed the auditors' earlier conclusions.", "conclusions", "the auditors'",
     None, "nominal", "official_role", "neutral"),
    # an *its* bound by its own clause's subject, a speaker the resolver does not take
    ("The regulator sent its findings to parliament.", "findings", "its", None, "nominal",
     "institution", "neutral"),
    # judicial decisions: only with a court, a judge or a jury as source
    ("Lawyers for the city studied the tribunal's ruling.", "ruling", "the tribunal's", None,
     "nominal", "institution", "neutral"),
    ("The jury's verdict was read out at noon.", "verdict", "The jury's", None, "nominal",
     "anonymous", "neutral"),
    ("The appeals court's decision that the law was void ended the case.", "decision",
     "The appeals court's", "the law was void", "nominal", "institution", "neutral"),
    # the addressee of a speech: a second-person possessive (an identifiable person, like
    # *his*: named_person, MARKERS.md)
    ("Thank you, Madam Chair, for your briefing.", "briefing", "your", None, "nominal",
     "named_person", "neutral"),
    ("We welcome your remarks on the budget.", "remarks", "your", None, "nominal",
     "named_person", "neutral"),
    # a noun of answering put out by its speaker
    ("The ministry published its response on Friday.", "response", "its", None, "nominal",
     "institution", "neutral"),
    # the subject of a cue verb that reports nothing (a modal directive of the writer)
    # (a complaint about something is complaining: opposing; a legal complaint distancing)
    ("The union's complaints about pay should remind managers of their duties.",
     "complaints", "The union's", None, "nominal", "institution", "opposing"),
    ("The investors' complaint was filed in federal court.", "complaint", "The investors'",
     None, "nominal", "anonymous", "distancing"),
    # the subject of a verb of taking up an act
    ("The government resorted to propaganda again.", "propaganda", "The government", None,
     "nominal", "institution", "distancing"),
    ("The ruling party engaged in disinformation for years.", "disinformation",
     "The ruling party", None, "nominal", "institution", "distancing"),
    # the writer's earlier speech acts told as past by their own clause or by an answer
    ("Our proposals were ignored by the ministry.", "proposals", "Our", None, "nominal",
     "self", "directive"),
    ("The council's reply to our recommendations was brief.", "recommendations", "our", None,
     "nominal", "self", "directive"),
    # a press release (WordNet noun.communication, under announcement)
    ("Details are in the ministry's press release.", "press release", "the ministry's", None,
     "nominal", "institution", "neutral"),
    # a third party's viewpoint adjunct
    ("The tribunal dismissed the claim because, in its view, the evidence was weak.",
     "in its view", "its", "the evidence was weak", "according_to", "institution",
     "neutral"),
    ("In the opinion of the auditors, the accounts are sound.", "In the opinion",
     "the auditors", "the accounts are sound", "according_to", "official_role", "neutral"),
    # a document's reporting verb that the parser takes into a noun phrase
    ("The union's brief notes that the law was never enforced.", "notes",
     "The union's brief", "the law was never enforced", "indirect", "document", "neutral"),
    ("Without these powers, the testimony states, the agency cannot act.", "states",
     "the testimony", "Without these powers, the testimony states, the agency cannot act",
     "according_to", "document", "neutral"),
    # a part of a document speaks for it (the parser hangs the verb on the of-phrase)
    ("Article 12 of the Treaty states that members may leave.", "states",
     "Article 12 of the Treaty", "members may leave", "indirect", "document", "neutral"),
    ("The third chapter argues that the reform failed.", "argues", "The third chapter",
     "the reform failed", "indirect", "document", "neutral"),
    # legal documents that state claims are sources (MARKERS.md: documents that report)
    ("The union filed a lawsuit challenging the new rules.", "challenging", "a lawsuit",
     "the new rules", "indirect", "document", "opposing"),
    # a document's report inside a quotation is the document's, not the quoted speaker's
    # performative; research that shows (MARKERS.md: studies show)
    ('The chair said: "The report shows that the scheme has failed."', "shows", "The report",
     "the scheme has failed", "indirect", "document", "endorsing"),
    ("Research shows that sleep improves memory.", "shows", "Research",
     "sleep improves memory", "indirect", "document", "endorsing"),
    # *it* takes up a document that was a subject
    ("The report was published on Monday. It expresses concern about the prisons.",
     "expresses", "It", "concern about the prisons", "indirect", "document", "neutral"),
    # a promise kept: made before, with what it promises; a recommendation made
    ("The minister kept her promise to resign.", "promise", "her", "to resign", "nominal",
     "official_role", "directive"),
    ("The prosecutor made the recommendation.", "recommendation", "The prosecutor", None,
     "nominal", "official_role", "directive"),
    # a messaging noun as a modifier names the apparatus of its messaging
    ("The regime's propaganda machine worked overtime.", "propaganda", "The regime's", None,
     "nominal", "institution", "distancing"),
    # a motion put to an assembly, with what it proposes
    ("The opposition's motion to dissolve parliament failed.", "motion", "The opposition's",
     "to dissolve parliament", "nominal", "institution", "directive"),
]


@pytest.mark.parametrize("case", FIRES, ids=lambda c: f"{c[1]}: {c[0][:40]}")
def test_noun_sources(nlp, case):
    _check(nlp, *case)


# (sentence, cue): no relation with this cue
DOES_NOT_FIRE = [
    # the with-phrase of a verb of agreeing names another's act the subject joins
    ("Norway and Iceland align themselves with this statement.", "statement"),
    ("The ministry concurred with the recommendations.", "recommendations"),
    # a decision that is a choice, not a court's pronouncement; a court's act on an object;
    # a kind of decision (a compound), no one court's
    ("Lithuania's decision to open an office angered Beijing.", "decision"),
    ("The company's decision was final.", "decision"),
    ("The court's decision to close the case upset the families.", "decision"),
    ("Decades of court decisions have upheld such deals.", "decisions"),
    # a conclusion that is an end, not a finding
    ("The negotiators hope for their swift conclusion.", "conclusion"),
    ("The conclusion of the treaty took ten years.", "conclusion"),
    # the addressee's speech act asked for or awaited, not yet made
    ("I ask for your advice on this matter.", "advice"),
    ("We await your response.", "response"),
    # the writer's own viewpoint (a hedge), a cause (in view of), a noun's own phrase
    ("In our view, the plan is sound.", "In our view"),
    ("In view of the delays, the plan was dropped.", "In view"),
    ("The change in his views surprised us.", "views"),
    # the writer's own speech acts in the present; a discussion the writer took part in
    ("Our proposals are set out below.", "proposals"),
    ("Our debate tonight recognised those facts.", "debate"),
    # a document noun and a plural that is no reporting verb
    ("The brief notes were lost in the post.", "notes"),
    # a speech act denied by the verb that would produce it; a promise that is a potential;
    # the idiom *in charge of*
    ("The prosecutor did not make the recommendation.", "recommendation"),
    ("The council fulfils its promise as a forum for all.", "promise"),
    ("She is the official in charge of registering voters.", "charge"),
    # a speech act required or not carried out (obligation, negative implicative verbs)
    ("The judge had to make a recommendation on bail.", "recommendation"),
    ("The ministry failed to issue a reply.", "reply"),
    # a noun modifier names a kind of thing, no speech act
    ("The agency's complaint review process is slow.", "complaint"),
    # the quoted speaker's own performative stays no relation
    ('"We condemn the attack," the minister said.', "condemn"),
    # a speech-act noun without a source and without content
    ("The findings were published in May.", "findings"),
    ("The decision was announced on Friday.", "decision"),
    # a motion without a source, or of the hand
    ("A motion to adjourn was carried.", "motion"),
    ("With a quick motion of her hand she closed the door.", "motion"),
]


@pytest.mark.parametrize("sentence,cue", DOES_NOT_FIRE, ids=lambda v: str(v)[:40])
def test_not_a_noun_source(nlp, sentence, cue):
    relations = find_attributions(nlp(sentence), default_lexicon())
    assert cue not in [_text(sentence, r.cue) for r in relations]


@pytest.mark.parametrize("sentence", [
    "The report's cover was blue.",  # a possessive that is no source, on a plain noun
    "Its publication date was moved to May.",
    "The report ran to forty pages.",  # a document named, no speech act with a source
])
def test_possessive_of_a_plain_noun_is_no_relation(nlp, sentence):
    assert find_attributions(nlp(sentence), default_lexicon()) == []
