"""The examples MARKERS.md gives for its categories and its rules for the hard cases, each
written as a sentence: the toolkit must mark the example word with the example's category
(markers) or find a relation whose cue overlaps it (attribution). Examples it still misses are
strict expected failures with their reasons, so that a fix shows up as an unexpected pass."""

from __future__ import annotations

import pytest

import toolkit

MARKER_EXAMPLES = [
 ("intensifier", "unprecedented", "The regime launched an unprecedented crackdown on dissent."),
 ("intensifier", "massive", "The plan received massive support from voters."),
 ("intensifier", "crushing", "It was a crushing success for the coalition."),
 ("intensifier", "overwhelming", "An overwhelming majority backed the motion."),
 ("intensifier", "untold", "The war has claimed untold victims."),
 ("intensifier", "record", "The election saw record turnout."),
 ("intensifier", "fierce", "They waged a fierce campaign against the law."),
 ("intensifier", "than ever", "The need is greater than ever."),
 ("intensifier", "runaway", "Families suffer from runaway inflation."),
 ("intensifier", "staggering", "The firm reported staggering losses."),
 ("intensifier", "grossly", "The criticism is grossly unfair."),
 ("intensifier", "strongly", "The ministry strongly opposes the plan."),
 ("intensifier", "strong", "There is strong opposition to the plan."),
 ("intensifier", "deep", "We express deep concern about the arrests."),
 ("intensifier", "firmly", "The government firmly rejects the report."),
 ("intensifier", "such", "The findings rest on such a sloppy basis."),
 ("intensifier", "so", "The report is so biased."),
 ("intensifier", "such", "Violence reached such a level that schools closed."),
 ("intensifier", "completely", "The claims are completely false."),
 ("intensifier", "all-out", "We made all-out efforts to stop trafficking."),
 ("booster", "clearly", "The report is clearly wrong."),
 ("booster", "of course", "Of course, the report is wrong."),
 ("booster", "in fact", "In fact, the report is wrong."),
 ("booster", "must", "There must be a mistake in the figures."),
 ("booster", "has proved", "Experience has proved that the policy works."),
 ("booster", "demonstrates", "The vote demonstrates that the public supports reform."),
 ("booster", "shows", "The evidence shows that the claim is false."),
 ("booster", "under no circumstances", "Under no circumstances will we accept this."),
 ("booster", "not a single", "Not a single case was reported."),
 ("booster", "whatsoever", "There is no evidence whatsoever."),
 ("booster", "we know", "We know that the attacks were planned."),
 ("booster", "it is clear", "It is clear that the report is biased."),
 ("booster", "make clear", "Let me make clear that we will not yield."),
 ("booster", "taught", "The crisis taught us that preparation matters."),
 ("booster", "reminds", "This tragedy reminds us that peace is fragile."),
 ("booster", "proved", "The floods, which proved that the dams were weak, came in May."),
 ("hedge", "may", "The figures may be wrong."),
 ("hedge", "could", "Such a freeze could undermine the talks."),
 ("hedge", "would", "This would merely reward the aggressors."),
 ("hedge", "appears", "Much of the analysis appears to be based on hearsay."),
 ("hedge", "seem", "The talks seem to have stalled."),
 ("hedge", "perhaps", "Perhaps the talks will resume."),
 ("hedge", "likely", "The talks will likely resume."),
 ("hedge", "approximately", "Approximately 300 people attended."),
 ("hedge", "to some extent", "The reform has worked to some extent."),
 ("hedge", "in our view", "In our view, the reform has failed."),
 ("hedge", "to our knowledge", "To our knowledge, no one was hurt."),
 ("hedge", "often", "Such claims are often exaggerated."),
 ("hedge", "possible", "Researchers found a possible link between the two outbreaks."),
 ("hedge", "I believe", "I believe the reform will succeed."),
 ("hedge", "suggest", "These figures suggest that the policy failed."),
 ("downtoner", "merely", "The report is merely based on hearsay."),
 ("downtoner", "only", "Only three people attended."),
 ("downtoner", "just", "It is just a rumour."),
 ("downtoner", "alone", "January to April alone saw 300 cases."),
 ("downtoner", "barely", "The plan barely survived the vote."),
 ("downtoner", "slightly", "Prices rose slightly."),
 ("downtoner", "somewhat", "The plan is somewhat vague."),
 ("evaluation", "groundless", "The accusations are groundless."),
 ("evaluation", "hearsay", "The report is hearsay."),
 ("evaluation", "proactive", "The city took proactive measures."),
 ("evaluation", "important", "This is an important step."),
 ("evaluation", "meaningful", "We want meaningful dialogue."),
 ("evaluation", "lie", "That claim is a lie."),
 ("denial", "not", "The claim is not substantiated."),
 ("denial", "however", "However, the claim is false."),
 ("denial", "instead of", "They chose talks instead of sanctions."),
 ("denial", "despite", "Despite the warnings, they went ahead."),
 ("denial", "not", "They chose not to act."),
]

CUE_EXAMPLES = [
 ("said", "The report is biased, a government spokesman said in a statement."),
 ("cited", "The report is biased, a government spokesman said in a statement cited by Xinhua."),
 ("allegations", "The report relies on allegations made by unidentified sources."),
 ("claim", "The claim by the ministry was false."),
 ("according to", "According to the ministry, the talks failed."),
 ("reported", "It was reported that the talks failed."),
 ("said", "The minister is said to favour the plan."),
 ("rejected", "The senator rejected the plan."),
 ("supported", "The governor supported the bill."),
 ("threatened", "The company threatened litigation."),
 ("endorsed", "The mayor endorsed the candidate."),
 ("slammed", "The senator slammed the tariffs."),
 ("blasted", "Critics blasted the decision."),
 ("tore into", "The minister tore into the report."),
 ("shot down", "The premier shot down the proposal."),
 ("hit back at", "The mayor hit back at her critics."),
 ("peddled", "The group peddled conspiracy theories about the vote."),
 ("parroted", "The channel parroted Kremlin talking points."),
 ("ruled", "The court ruled that the law was void."),
 ("held", "The judge held that the search was unlawful."),
 ("indicted", "The mayor was indicted for fraud."),
 ("found", "The report found that the police used excessive force."),
 ("show", "Studies show that the policy works."),
 ("reportedly", "The minister reportedly resigned."),
 ("allegedly", "The firm allegedly bribed officials."),
 ("so-called", "The so-called referendum was a sham."),
 ("lies", "Voters are tired of Putin's lies."),
 ("comments", "Readers' comments were harsh."),
 ("complaints", "He filed complaints against the police."),
 (":", 'Sen. Tom Cotton: "This is a disgrace."'),
 ("said", "As I said last week, the plan will fail."),
 ("put it", "As the minister put it, the plan is dead."),
 ("informed", "The family was informed that the prisoner had died."),
 ("advised", "Residents were advised to leave."),
 ("ordered", "The troops were ordered to withdraw."),
 ("denounced", "The opposition denounced the verdict."),
 ("urged", "The envoy urged both sides to show restraint."),
 ("implored", "The bishop implored the rebels to lay down their arms."),
 ("reminded", "The minister reminded reporters that the law applies to all."),
 ("assertion", "The minister's assertion that the vote was fair was false."),
 ("warning", "The agency's warning that prices would rise proved right."),
 ("pledge", "The president's pledge to cut taxes was broken."),
 ("rebuttal", "The ministry's rebuttal of the report came quickly."),
 ("commended", "The council commended the mediators."),
 ("ridiculed", "The senator ridiculed the proposal."),
 ("castigated", "The editor castigated the government for the delay."),
]

#: cue examples still missed, and why
MISSED_CUES = {
    "hit back at": "its object *her critics* is an anonymous group, which the rule for "
                   "figurative verbs leaves out",
    "commended": "a common-noun person object (*the mediators*) does not make commend a "
                 "verbal act",
}


@pytest.fixture(scope="module")
def analysed():
    texts = {f"m{i}": text for i, (_, _, text) in enumerate(MARKER_EXAMPLES)}
    texts.update({f"a{i}": text for i, (_, text) in enumerate(CUE_EXAMPLES)})
    return toolkit.analyze(texts, cache=False)


def _overlaps(rows, start: int, end: int, first: str, last: str) -> bool:
    return any(getattr(r, first) < end and start < getattr(r, last) for r in rows.itertuples())


@pytest.mark.parametrize("index", range(len(MARKER_EXAMPLES)),
                         ids=[f"{c}:{w}" for c, w, _ in MARKER_EXAMPLES])
def test_markers_md_marker_example_is_marked(analysed, index):
    category, word, text = MARKER_EXAMPLES[index]
    start = text.lower().index(word.lower())
    markers = analysed.markers
    rows = markers[(markers.doc_id == f"m{index}") & (markers.category == category)]
    assert _overlaps(rows, start, start + len(word), "start", "end"), (category, word, text)


@pytest.mark.parametrize("index", [
    pytest.param(i, marks=pytest.mark.xfail(strict=True, reason=MISSED_CUES[cue]))
    if cue in MISSED_CUES else i for i, (cue, _) in enumerate(CUE_EXAMPLES)],
    ids=[cue for cue, _ in CUE_EXAMPLES])
def test_markers_md_attribution_example_is_found(analysed, index):
    cue, text = CUE_EXAMPLES[index]
    start = text.lower().index(cue.lower())
    relations = analysed.attributions
    rows = relations[relations.doc_id == f"a{index}"]
    assert _overlaps(rows, start, start + len(cue), "cue_start", "cue_end"), (cue, text)
