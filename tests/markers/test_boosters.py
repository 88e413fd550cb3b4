"""Boosters (Hyland 2005; MARKERS.md): certainty adverbs and frames, epistemic *must*,
factives with an event or the writer as subject, and absolutes."""

from __future__ import annotations

import pytest

from . import found, parse, subtypes

FIRES = [
    # certainty adverbs and phrases
    ("The charges are clearly politically motivated.", "clearly"),
    ("The regime will certainly retaliate.", "certainly"),
    ("Of course, the talks will continue.", "of course"),
    ("The election was, in fact, rigged.", "in fact"),
    ("They are no doubt aware of the risks.", "no doubt"),
    ("The court is undisputedly the final arbiter.", "undisputedly"),  # Hyland 2005
    ("Such tactics have indeed failed.", "indeed"),
    ("The plan would actually raise prices.", "actually"),
    ("We need truly independent courts.", "truly"),
    # epistemic must on a meaning with its that-clause, or on a progressive
    ("That must mean that there is nothing going on.", "must"),
    ("They must be seriously writing already.", "must"),
    # certainty raised to the top after its verb; a stated position stated clearly
    ("The position had been set out very clearly by the Prime Minister.", "clearly"),
    ("The Home Secretary has clearly stated that his priority is safety.", "clearly"),
    ("Make no mistake: this is an invasion.", "make no mistake"),
    # certainty frames
    ("It is clear that the vote was unfair.", "clear"),
    ("It is also clear that the road to peace is long.", "clear"),
    ("We are making it very clear that partners must pay.", "clear"),
    ("It is now clear to all that the deal is dead.", "clear"),
    ("To be clear: the sanctions stay.", "to be clear"),
    ("The minister made it clear that talks were over.", "clear"),
    ("The evidence is crystal clear.", "crystal clear"),
    ("We categorically reject these claims.", "categorically"),
    ("FACT: The bill cuts taxes for families.", "fact"),
    ("Myth: the plan closes schools. Reality: no school will close.", "reality"),
    ("Claim: the fund is empty. Truth: the fund holds two billion.", "truth"),
    ("Families will literally starve.", "literally"),
    ("The opposition predictably attacked the plan.", "predictably"),
    ("The motive is obvious.", "obvious"),
    ("They must have known about the plot.", "must"),
    ("This must be a mistake.", "must"),
    ("There must be some misunderstanding about the figures.", "must"),
    ("I am sure that the deal will hold.", "sure"),
    # factives
    ("The crisis has proved that the system works.", "has proved"),
    ("Ten arrests were made, which has proved that the law works.", "has proved"),
    ("We know that the virus spreads quickly.", "know"),
    ("I know what I am going to do.", "know"),
    ("Our study shows that the policy reduced crime.", "shows"),
    ("We found that the rate had doubled.", "found"),
    ("The pandemic taught us that supply chains are fragile.", "taught"),
    ("His death reminds us that freedom has a price.", "reminds"),
    ("COVID-19 reminds us that we live in one global village.", "reminds"),
    ("The attack only reinforced how fragile the truce was.", "reinforced"),
    ("Officials have known that the dam was unsafe.", "known"),
    ("Lawmakers have known for years that this was the plan.", "known"),
    # absolutes
    ("China will never seek hegemony.", "never"),
    ("We will always stand with our allies.", "always"),
    ("There is no evidence at all.", "at all"),
    ("There is no justification whatsoever.", "whatsoever"),
    ("Under no circumstances will we negotiate.", "under no circumstances"),
    ("No amount of spin will change that.", "no amount of"),
    ("Not a single vote was cast for the motion.", "not a single"),
    ("The claim is patently false.", "patently"),
    ("There is no denying that the plan failed.", "there is no denying"),
    ("It is well known that sanctions hurt the poor.", "it is well known that"),
    ("At no time did we agree to the plan.", "at no time"),
    ("Small countries are invariably the victims.", "invariably"),
    # certainty frames (MARKERS.md: to be clear, categorically) and a first-person
    # finding with a bare clause
    ("We issued a categorical denial.", "categorical"),
    ("For the avoidance of doubt, the talks are over.", "for the avoidance of doubt"),
    ("It seems clear that the plan failed.", "clear"),
    ("We found he assisted the tribes only once.", "found"),
]

DOES_NOT_FIRE = [
    ("The water was clear and cold.", "clear"),
    ("They published a clear plan.", "clear"),
    ("The water is clear.", "clear"),
    ("Making prices and risks clear protects consumers.", "clear"),
    ("The rules need to be very clear and simple.", "clear"),
    ("What really strikes me is the silence of the Council.", "really"),
    ("It is part of a truly extraordinary campaign.", "truly"),
    ("Our goals are clear, and we will pursue them.", "clear"),
    ("The police cleared the square.", "clear"),
    ("The fact remains that prices rose.", "fact"),
    ("He spoke clearly and slowly.", "clearly"),
    ("Beijing must stop targeting journalists.", "must"),
    ("Those responsible must be held accountable.", "must"),
    ("There must be an investigation into the killings.", "must"),
    ("This must be a priority for every member state.", "must"),
    ("Make sure you vote.", "sure"),
    ("Certain countries abstained.", "certain"),
    ("The report found that abuses increased.", "found"),
    # examinations and records report as studies do: attributions, no boosters
    ("Other tests revealed that ten transmitters did not meet the standard.", "revealed"),
    ("The agency's inspections revealed that the motors idled for hours.", "revealed"),
    ("There are emails showing that the director was involved.", "showing"),
    ("Studies show that masks work.", "show"),
    # a graded manner after its verb, and the pro-form *so*
    ("He made his point fairly clearly.", "clearly"),
    ("The Government should say so clearly and explain why.", "clearly"),
    ("The spokesman confirmed that talks had ended.", "confirmed"),
    ("He has demonstrated a deep commitment to reform.", "demonstrated"),
    ("The minister reminded reporters that the law applies.", "reminded"),
    ("Let me remind this Assembly that peace is fragile.", "remind"),
    ("Our grandchildren will know that we failed.", "know"),
    ("The drug has been found to cause harm.", "found"),
    ("The suspect is known to the police.", "known"),
    ("He was found guilty of fraud.", "found"),
    ("I don't know when the paycheck will come.", "know"),
    ("We need to know what is going on.", "know"),
    ("The protesters showed great courage.", "showed"),
    ("Markets are not always rational.", "always"),
    ("We do not believe that force is always the answer.", "always"),
    ("Officials at all levels were involved.", "at all"),
    ("The phrase was translated literally.", "literally"),
    ("It is not really a crisis.", "really"),
    ("The minister is known to have lied.", "known"),
    ("We thank the Government of Chile, which confirmed its support.", "confirmed"),
    ("The policy exposes workers to serious risk.", "exposes"),
    ("The journalist exposed the scandal.", "exposed"),
    ("A study finding that the drug works was published.", "finding"),
    ("Growth and peace are mutually reinforcing.", "reinforcing"),
    ("The two markets keep reinforcing each other.", "reinforcing"),
    ("Small countries are almost invariably the victims.", "invariably"),
]


@pytest.mark.parametrize(("sentence", "marker"), FIRES)
def test_booster_fires(nlp, sentence, marker):
    assert marker in found(nlp(sentence), "booster")


@pytest.mark.parametrize(("sentence", "marker"), DOES_NOT_FIRE)
def test_booster_does_not_fire(nlp, sentence, marker):
    assert marker.lower() not in found(nlp(sentence), "booster")


@pytest.mark.parametrize(("sentence", "marker", "subtype"), [
    ("Of course, the talks will continue.", "of course", "certainty"),
    ("The crisis has proved that the system works.", "has proved", "factive"),
    ("China will never seek hegemony.", "never", "absolute"),
])
def test_booster_subtypes(nlp, sentence, marker, subtype):
    assert subtypes(nlp(sentence), "booster")[marker] == subtype


# hand-built parses ---------------------------------------------------------------------------

EVENT_PROVED = "The/DET/DT/det/1 crisis/NOUN/NN/nsubj/3 has/AUX/VBZ/aux/3 " \
    "proved/VERB/VBN/ROOT/- that/SCONJ/IN/mark/6 it/PRON/PRP/nsubj/6 works/VERB/VBZ/ccomp/3"
REPORT_SHOWS = "The/DET/DT/det/1 report/NOUN/NN/nsubj/2 shows/VERB/VBZ/ROOT/- " \
    "that/SCONJ/IN/mark/5 it/PRON/PRP/nsubj/5 works/VERB/VBZ/ccomp/2"
HE_SHOWED = "He/PRON/PRP/nsubj/1 showed/VERB/VBD/ROOT/- that/SCONJ/IN/mark/4 " \
    "it/PRON/PRP/nsubj/4 works/VERB/VBZ/ccomp/1"
WE_FOUND = "We/PRON/PRP/nsubj/1 found/VERB/VBD/ROOT/- that/SCONJ/IN/mark/4 " \
    "it/PRON/PRP/nsubj/4 works/VERB/VBZ/ccomp/1"


@pytest.mark.parametrize(("spec", "expected"), [
    (EVENT_PROVED, ["has proved"]), (REPORT_SHOWS, []), (HE_SHOWED, []),
    (WE_FOUND, ["found"]),
])
def test_factive_evidence_on_hand_built_parses(spec, expected):
    assert found(parse(spec), "booster") == expected


NOT_ALWAYS = "It/PRON/PRP/nsubj/1 is/AUX/VBZ/ROOT/- not/PART/RB/neg/1 " \
    "always/ADV/RB/advmod/1 true/ADJ/JJ/acomp/1"
ALWAYS = "We/PRON/PRP/nsubj/2 will/AUX/MD/aux/2 always/ADV/RB/advmod/3 stand/VERB/VB/ROOT/-"


@pytest.mark.parametrize(("spec", "expected"), [(NOT_ALWAYS, []), (ALWAYS, ["always"])])
def test_always_inside_negation_on_hand_built_parses(spec, expected):
    assert found(parse(spec), "booster") == expected


# Hyland's (2005) boosters that need context: findings with a proposition, *well-known* facts

HYLAND_BOOSTERS_FIRE = [
    ("We have established that the files were altered.", "established"),
    ("We have determined that the regime conducted the attack.", "determined"),
    ("We have concluded that the government ordered the raid.", "concluded"),
    # a committee's or an inspector's finding in the present (a report's conclusions)
    ("We conclude that the assessment was not suppressed.", "conclude"),
    ("It is a well-known fact that sanctions hurt the poor.", "well-known"),
    ("It is well known that the camps exist.", "it is well known that"),
    ("It is true that the economy grew.", "it is true that"),
    ("The evidence is incontestable.", "incontestable"),
]

HYLAND_BOOSTERS_DO_NOT_FIRE = [
    ("The council established a committee.", "established"),
    ("The court concluded that the law was void.", "concluded"),  # an attribution
    ("It was determined that the entities qualify.", "determined"),  # agentless: attribution
    ("We are determined to win.", "determined"),
    ("She is a well-known singer.", "well-known"),
    ("The suspect is well known to the police.", "well known"),
    ("The talks concluded on Friday.", "concluded"),
    ("Under section 110 of the Act, I determine that no aid will be given.", "determine"),
    # absolutes need their negative clause; *as* of time or reason is no comment clause
    ("You may apply at any time.", "at any time"),
    ("We welcome support of any kind.", "of any kind"),
    ("If there is the slightest chance of peace, we will take it.", "the slightest"),
    ("Whatever they say, we will act.", "whatever"),
    ("Has Iran reacted in any way to the report?", "in any way"),
    ("Security Council reform must mean expanding its membership.", "must"),
    ("We must be doing more to help the refugees.", "must"),
    ("We must understand that the crisis is global.", "must"),
    ("Britain will help in any way that we can.", "in any way"),
    ("As he knew the area well, he led the way.", "knew"),
]

# absolutes that deny any exception (Quirk et al. 1985: 10.61, 15.42) and knowledge presented
# as shared (*as hon. Members know*, *the whole world knows*: 15.53)
ABSOLUTES_AND_SHARED_KNOWLEDGE = [
    ("They found that there was no basis whatever for the statement.", "whatever"),
    ("He should not be allowed in any way to make a statement.", "in any way"),
    # the negation of a clause starting with nor, or of the clause above the complement
    ("Nor, as I made clear yesterday, was the answer in any sense a blocking answer.",
     "in any sense"),
    ("No one can possibly believe that I in any way distorted his words.", "in any way"),
    ("The errors did not in anyway invalidate the intelligence.", "in anyway"),
    ("No rule was contravened at any stage.", "at any stage"),
    ("No personal charge of any kind was made against any Member.", "of any kind"),
    ("The program ran without warrants or authorization of any sort.", "of any sort"),
    ("There is not the slightest foundation for the allegation.", "the slightest"),
    ("The allegations were made without a shred of credible evidence.", "a shred of"),
    ("No matter what they claim, these areas remain part of Ukraine.", "no matter what"),
    ("It was, by any standards, a misleading remark.", "by any standards"),
    ("A regime that will stop at nothing to hold onto power.", "stop at nothing"),
    ("Not even once did he mention it.", "not even once"),
    ("As hon. Members know, I was not present in person.", "know"),
    ("As the hon. Gentleman is aware, I am not responsible for the answers.", "aware"),
    ("The whole world knows the government has acted with restraint.", "knows"),
]


@pytest.mark.parametrize(("sentence", "marker"), ABSOLUTES_AND_SHARED_KNOWLEDGE)
def test_absolutes_and_shared_knowledge(nlp, sentence, marker):
    assert marker in found(nlp(sentence), "booster")


@pytest.mark.parametrize(("sentence", "marker"), HYLAND_BOOSTERS_FIRE)
def test_hyland_booster_fires(nlp, sentence, marker):
    assert marker in found(nlp(sentence), "booster")


@pytest.mark.parametrize(("sentence", "marker"), HYLAND_BOOSTERS_DO_NOT_FIRE)
def test_hyland_booster_does_not_fire(nlp, sentence, marker):
    assert marker.lower() not in found(nlp(sentence), "booster")


# the writer's conviction (Martin & White 2005: pronounce), concurring comments, absolutes --

CONVICTION_FIRES = [
    ("We are convinced that dialogue is the only way.", "convinced"),
    ("Malaysia is convinced that the veto must be reformed.", "convinced"),
    ("Naturally, the talks failed.", "naturally"),
    ("Unsurprisingly, the vote was delayed.", "unsurprisingly"),
    ("The truth will come out, and it will stay out forever.", "forever"),
    ("They have not changed their position in the slightest.", "in the slightest"),
    ("We condemned the attack in no uncertain terms.", "in no uncertain terms"),
    ("In reality, the evidence was questionable.", "in reality"),
]

CONVICTION_DOES_NOT_FIRE = [
    ("They are convinced that the vote was rigged.", "convinced"),  # a third party's belief
    ("We are convinced of our cause.", "convinced"),  # no proposition
    ("Our recently concluded meeting adopted a declaration.", "concluded"),
    ("We are not convinced that the plan works.", "convinced"),
    ("The gas occurs naturally in the region.", "naturally"),
    ("Peace does not last forever.", "forever"),
    ("It is achievable in the least costly manner.", "in the least"),  # a superlative
]


@pytest.mark.parametrize(("sentence", "marker"), CONVICTION_FIRES)
def test_conviction_booster_fires(nlp, sentence, marker):
    assert marker in found(nlp(sentence), "booster")


@pytest.mark.parametrize(("sentence", "marker"), CONVICTION_DOES_NOT_FIRE)
def test_conviction_booster_does_not_fire(nlp, sentence, marker):
    assert marker.lower() not in found(nlp(sentence), "booster")


WE_ARE_CONVINCED = "We/PRON/PRP/nsubj/1 are/AUX/VBP/ROOT/- convinced/ADJ/JJ/acomp/1 " \
    "that/SCONJ/IN/mark/5 it/PRON/PRP/nsubj/5 works/VERB/VBZ/ccomp/2"
THEY_ARE_CONVINCED = "They/PRON/PRP/nsubj/1 are/AUX/VBP/ROOT/- convinced/ADJ/JJ/acomp/1 " \
    "that/SCONJ/IN/mark/5 it/PRON/PRP/nsubj/5 works/VERB/VBZ/ccomp/2"


@pytest.mark.parametrize(("spec", "expected"), [
    (WE_ARE_CONVINCED, ["convinced"]), (THEY_ARE_CONVINCED, []),
])
def test_writer_conviction_on_hand_built_parses(spec, expected):
    assert found(parse(spec), "booster") == expected


@pytest.mark.parametrize(("sentence", "marker", "fires"), [
    ("The recent crisis has further highlighted the seriousness of the threat.", "highlighted",
     True),
    ("The pandemic has highlighted the need for cooperation.", "highlighted", True),
    ("The minister highlighted the need for reform.", "highlighted", False),
    ("Allow me to highlight some of the steps we took.", "highlight", False),
    ("It is plain that the plan failed.", "plain", True),
    ("They wore plain clothes.", "plain", False),
])
def test_event_highlights_and_plain(nlp, sentence, marker, fires):
    assert (marker in found(nlp(sentence), "booster")) is fires


# factives with a fact or an event as subject, knowledge, awareness and perception -------
# (MARKERS.md, factives; Kiparsky & Kiparsky 1970; Hyland 2005: 222)

FACTIVE_FIRES = [
    ("These sanctions demonstrate our resolve to defend the rule of law.", "demonstrate"),
    ("The bombings demonstrate the brutality of the regime.", "demonstrate"),
    ("The referendum showed the depth of public anger.", "showed"),
    ("The dam has proved to be a costly mistake.", "has proved"),
    ("The reform proved effective within a year.", "proved"),
    ("Most of these crises remind us that cooperation matters.", "remind"),
    ("The famine reminded us of the cost of inaction.", "reminded"),
    ("Every winter we are reminded of our dependence on imported gas.", "reminded"),
    ("We must heed the lessons that the war has taught us.", "taught"),
    ("History tells us that blockades fail.", "tells"),
    ("The ruins stand as a testament to the violence of the siege.", "testament"),
    ("The floods are a stark reminder that the climate is changing.", "reminder"),
    ("As shown by the figures, unemployment has fallen.", "shown"),
    ("Growth has returned, as evidenced by rising exports.", "evidenced"),
    ("The new embassy testifies to the strength of our ties.", "testifies"),
    ("The country signed the treaty, demonstrating its commitment to disarmament.",
     "demonstrating"),
    ("The Baltic states have demonstrated that small nations can resist.", "demonstrated"),
    ("We know the causes of this crisis.", "know"),
    ("Most of our citizens know that the vaccine is safe.", "know"),
    ("The board knew that the accounts were false.", "knew"),
    ("He knows the majority of the people believe her.", "knows"),
    ("We are aware that our resources are limited.", "aware"),
    ("As delegates are aware, the talks resumed in May.", "aware"),
    ("I am confident that the agreement will hold.", "confident"),
    ("As we have seen this year, the truce is fragile.", "seen"),
    ("I have seen how fragile these gains are.", "seen"),
    ("The attack was a clear violation of the ceasefire.", "clear"),
    ("There is clear and mounting evidence of fraud.", "clear"),
    ("As was made painfully clear last winter, the grid is weak.", "clear"),
    ("The cost of delay is becoming increasingly clear.", "clear"),
    ("What is clear is that the plan failed.", "clear"),
    ("It is clear from the record that the vote was rigged.", "clear"),
    ("I want to be very clear about our position.", "clear"),
    ("The Foreign Secretary made our position quite clear yesterday.", "clear"),
    ("He made those intentions clear in the debate.", "clear"),
    ("And just to be very clear, the declaration is a response to threats.", "clear"),
    ("These claims are without merit. The facts are clear.", "clear"),
    ("The report chronicles what really took place that night.", "really"),
    ("It really represents the interests of all members.", "really"),
    ("The danger has become more evident than ever.", "evident"),
    ("Dialogue is the only sure way to peace.", "sure"),
    ("Prices are bound to rise next year.", "bound to"),
    ("The collapse of the talks was inevitable.", "inevitable"),
    ("The new rules will inevitably raise costs.", "inevitably"),
    ("The message from voters was loud and clear.", "loud and clear"),
    ("It rejects any and all interference.", "any and all"),
    ("The reply was not actually a response to the letter.", "actually"),
    ("The regime will persist, evidenced by Monday's highly provocative launch.", "evidenced"),
    ("That lack of progress is evidenced in the continued non-cooperation of the regime.",
     "evidenced"),
    ("They indicted him for an assault that never actually occurred.", "actually"),
    # a speaker's clause about itself: its own conduct as evidence (shows_itself)
    ("Internet providers have already demonstrated that they are willing to block content.",
     "demonstrated"),
    ("The government has demonstrated that it cannot be trusted.", "demonstrated"),
    # a comment clause of evidence whose gap is the host clause (as history shows)
    ("As history has shown, sanctions alone do not work.", "shown"),
    ("As we have shown above, the costs are rising.", "shown"),
]

# vetoes narrowed: a rhetorical question's *really*, *what we know to be*, an as-frame with
# more words before the participle, *which* hung on a place after a noun of an event
NARROWED_VETOES_FIRE = [
    ("Can we really end poverty by 2030?", "really"),
    ("Can we really trust a regime that breaks every promise?", "really"),
    ("These are what we know to be the facts.", "know"),
    ("Our people will decide, as it has been repeatedly demonstrated in our history.",
     "demonstrated"),
    ("We welcome the reforms in Chile, which illustrate the value of dialogue.", "illustrate"),
]


@pytest.mark.parametrize(("sentence", "marker"), NARROWED_VETOES_FIRE)
def test_narrowed_vetoes_fire(nlp, sentence, marker):
    assert marker in found(nlp(sentence), "booster")


FACTIVE_DOES_NOT_FIRE = [
    ("The United States is aware of reports that five workers were detained.", "aware"),
    ("To be clear, I am aware of claims by certain groups and industries.", "aware"),
    ("Meanwhile, the representative of the United States highlighted the brutality.",
     "highlighted"),
    ("Broadcasters today are prominently highlighting the news that a convoy was hit.",
     "highlighting"),
    ("We are awaiting the scheduling of the resolution so we know the date.", "know"),
    ("The frog asks, \"How do I know you won't sting me?\"", "know"),
    ("I just wanted to start by letting you know that, today, our adviser left.", "know"),
    ("Well, the important thing to know is that we reorganized the boxes.", "know"),
    ("The claim evidenced by the minister is false.", "evidenced"),
    ("We saw that with the Keystone XL debate.", "saw"),
    ("We'll wait and see what the council says.", "see"),
    ("We've seen what Russia's idea of multilateralism means.", "seen"),
    ("I wanted to let you know that the office is closed.", "know"),
    ("The right hon. Gentleman has made his point fairly clearly.", "clearly"),
    ("The Quad, as it's known, meets next week.", "known"),
    ("The volunteers showed great patience.", "showed"),
    ("The ambassador demonstrated her skill as a negotiator.", "demonstrated"),
    ("The minister told reporters that the talks had failed.", "told"),
    ("A waiter told her that the kitchen was closed.", "told"),
    ("The summit confirmed its support for the plan.", "confirmed"),
    ("I confirm that the payment was made.", "confirm"),
    ("Let me underline that the deadline is binding.", "underline"),
    ("The new units reinforce the northern border.", "reinforce"),
    ("The sanctions expose and isolate the companies involved.", "expose"),
    ("The witness testified before the committee.", "testified"),
    ("He sent a reminder to all members.", "reminder"),
    ("The regime must know that these steps are critical.", "know"),
    ("I know him well.", "know"),
    ("The President knows what he was talking about.", "knows"),  # an embedded question
    ("Little did we know then that the virus would spread.", "know"),
    ("We are not aware of any such programme.", "aware"),
    ("I spoke, acutely aware that the hall was empty.", "aware"),
    ("They are confident of victory.", "confident"),
    ("It is vital that we see a serious response.", "see"),
    ("We saw the minister yesterday.", "saw"),
    ("The state is bound to the treaty.", "bound to"),
    ("Be sure to vote early.", "sure"),
    ("The Assembly meets as a matter of course.", "of course"),
    ("The cuts will harm absolutely everyone.", "absolutely"),
    ("We are forever grateful to our partners.", "forever"),
    ("The goals were clearly articulated in the charter.", "clearly"),
    ("I really want to thank our hosts.", "really"),
    ("I am really grateful to be here.", "really"),
    ("The measures can be truly effective.", "truly"),
    # a limit on the claim (a hedge), and a hyphenated name
    ("As far as I know, the report has not been challenged.", "know"),
    ("The matter is closed, so far as we know.", "know"),
    ("The Fact-Finding Mission is the only independent body.", "fact"),
    ("Reality television drew record audiences.", "reality"),
    # *a single* as a plain count, outside negation; knowing that is itself asked about
    ("The hours were worked in a single workweek.", "a single"),
    ("A single vote decided the motion.", "a single"),
    ("He was asking if they knew what could happen to a child.", "knew"),
    ("Did they know where the money went?", "know"),
    ("It is too soon to tell whether the claims will be borne out.", "borne out"),
    ("These reasons are not borne out by the facts.", "borne out"),
    ("The truth is what matters.", "the truth is"),
    # ... not an act to come, nor a finding about something else
    ("They have to follow the law and prove their case.", "prove"),
    ("Experts have shown that the software is riddled with errors.", "shown"),
    # ... but a document or another speaker reports it (an attribution)
    ("As the report shows, the funds were misused.", "shows"),
    ("As he has shown, the costs are rising.", "shown"),
]

#: negative-polarity *a single* (Quirk et al. 1985: 10.64) and a third party's knowledge of
#: an answer or of what a relative clause names (MARKERS.md: factives presuppose)
NEGATION_AND_KNOWN_ANSWER_FIRE = [
    ("It doesn't help a single family.", "a single"),
    ("The party failed to win a single seat.", "a single"),
    ("He left without a single word.", "a single"),
    ("No one has named a single source.", "a single"),
    ("They said that they knew where the weapons were.", "knew"),
    ("He knows how believable the witness is.", "knows"),
    ("The military knew what it was doing was wrong.", "knew"),
    ("He read out statements that officials knew to be incorrect.", "knew"),
    # negative time adverbials (Quirk et al. 1985) and evidence that bears a claim out
    ("At no stage did my office request that figures be changed.", "at no stage"),
    ("At no point did he say that.", "at no point"),
    ("I think that is borne out by the fact that the trucks were found.", "borne out"),
    # a certainty frame before a bare clause that starts with a noun phrase
    ("The fact is the minister lied.", "the fact is"),
]


@pytest.mark.parametrize(("sentence", "marker"), NEGATION_AND_KNOWN_ANSWER_FIRE)
def test_negative_polarity_single_and_known_answer_fire(nlp, sentence, marker):
    assert marker in found(nlp(sentence), "booster")


@pytest.mark.parametrize(("sentence", "marker"), FACTIVE_FIRES)
def test_factive_and_certainty_boosters_fire(nlp, sentence, marker):
    assert marker in found(nlp(sentence), "booster")


@pytest.mark.parametrize(("sentence", "marker"), FACTIVE_DOES_NOT_FIRE)
def test_factive_and_certainty_boosters_do_not_fire(nlp, sentence, marker):
    assert marker.lower() not in found(nlp(sentence), "booster")


STRIKES_DEMONSTRATE = "The/DET/DT/det/1 strikes/NOUN/NNS/nsubj/2 demonstrate/VERB/VBP/ROOT/- " \
    "the/DET/DT/det/4 reality/NOUN/NN/dobj/2"
PEOPLE_DEMONSTRATE = "The/DET/DT/det/1 people/NOUN/NNS/nsubj/2 demonstrate/VERB/VBP/ROOT/- " \
    "the/DET/DT/det/4 courage/NOUN/NN/dobj/2"
WE_ARE_AWARE = "We/PRON/PRP/nsubj/1 are/AUX/VBP/ROOT/- aware/ADJ/JJ/acomp/1 " \
    "that/SCONJ/IN/mark/5 it/PRON/PRP/nsubj/5 works/VERB/VBZ/ccomp/2"
THEY_ARE_AWARE = "They/PRON/PRP/nsubj/1 are/AUX/VBP/ROOT/- aware/ADJ/JJ/acomp/1 " \
    "that/SCONJ/IN/mark/5 it/PRON/PRP/nsubj/5 works/VERB/VBZ/ccomp/2"


@pytest.mark.parametrize(("spec", "expected"), [
    (STRIKES_DEMONSTRATE, ["demonstrate"]), (PEOPLE_DEMONSTRATE, []),
    (WE_ARE_AWARE, ["aware"]), (THEY_ARE_AWARE, []),
])
def test_factive_object_and_awareness_on_hand_built_parses(spec, expected):
    assert found(parse(spec), "booster") == expected


@pytest.mark.parametrize(("sentence", "marker", "fires"), [
    ("All of us understand that nothing is more precious than independence.", "understand",
     True),
    # the plural too reports what the speaker has been told
    ("We understand that two days ago the court sentenced him.", "understand", False),
    ("We find ourselves facing a wide array of threats.", "find", False),  # a situation
    ("We fully appreciate that the border is long.", "appreciate", True),
    ("I understand that the vote is next week.", "understand", False),  # hearsay: a hedge
    ("We appreciate your support.", "appreciate", False),
    ("Our joint exercises demonstrate the strength of the alliance.", "demonstrate", True),
    ("It is important that we demonstrate our resolve.", "demonstrate", False),
    ("It is time for the world to demonstrate solidarity.", "demonstrate", False),
    ("The arms race shows no sign of abating.", "shows", False),
    ("We have known war and famine.", "known", False),
    ("Chile is convinced that reform is overdue.", "convinced", True),
    ("Is it not proof of their contempt for the law?", "proof", False),
    ("The crisis illustrates clearly the need for reform.", "clearly", True),
    ("His claims lacked any basis in fact.", "in fact", False),
    ("The vote was, in fact, rigged.", "in fact", True),
])
def test_understanding_acts_and_idioms(nlp, sentence, marker, fires):
    assert (marker in found(nlp(sentence), "booster")) is fires


@pytest.mark.parametrize(("sentence", "fires"), [
    ("No country has ever grown rich without trade.", True),
    ("Nobody has ever been punished for the massacre.", True),
    ("Our ties are stronger than ever.", False),
    ("Ever since its founding, the league has grown.", False),
    ("Our resolve is as strong as ever.", False),
    ("It was the first-ever summit of its kind.", False),
])
def test_ever_under_negation(nlp, sentence, fires):
    assert ("ever" in found(nlp(sentence), "booster")) is fires


# a parse that gives *showing* two subjects: the nearest before the verb is its own
TWO_SUBJECTS = ("Systems/NOUN/NNS/nsubj/4 ;/PUNCT/:/punct/0 the/DET/DT/det/3 "
                "pandemic/NOUN/NN/nsubj/4 shows/VERB/VBZ/ROOT/- us/PRON/PRP/dative/4 "
                "the/DET/DT/det/7 fragility/NOUN/NN/dobj/4")
ONE_SUBJECT = ("The/DET/DT/det/1 pandemic/NOUN/NN/nsubj/2 shows/VERB/VBZ/ROOT/- "
               "the/DET/DT/det/4 fragility/NOUN/NN/dobj/2")


@pytest.mark.parametrize(("spec", "verb", "subject"), [(TWO_SUBJECTS, 4, "pandemic"),
                                                       (ONE_SUBJECT, 2, "pandemic")])
def test_subject_of_takes_the_nearest_of_two_subjects(spec, verb, subject):
    from toolkit.markers.rules import subject_of

    assert subject_of(parse(spec)[verb]).text == subject


# vetoes narrowed where MARKERS.md counts the word (found by scripts/vetoes.py on dev2)
DEV2_VETOES = [
    ("So, as you know, Russia is taking the chair.", "know", True),
    ("As you all know, the vote is tomorrow.", "know", True),
    ("You know him well.", "know", False),
    ("We don't have to turn the other cheek, you know.", "know", False),
    ("As all of you know, the crisis has shaken our conscience.", "know", True),
    ("The order prohibits the recipient from ever revealing it.", "ever", True),
    ("They can search records without ever having to show cause.", "ever", True),
    ("It was the coldest winter ever recorded.", "ever", False),
    ("The international community has been clear.", "clear", True),
    ("We have been clear that we will not accept this.", "clear", True),
    ("Our goals are clear.", "clear", False),
    ("The water in the lake is clear.", "clear", False),
    ("The Council maintains a clear bias against one country.", "clear", True),
    ("We need a clear plan.", "clear", False),
    ("These complaints should remind us all of a simple truth.", "remind", True),
    ("The report would show how the funds were spent.", "show", False),
    ("Images of the released soldiers show appalling conditions.", "show", True),
    ("Satellite photos show the destruction of the village.", "show", True),
    ("The report shows that abuses increased.", "shows", False),
    ("Just this week, we learned that the agency had obtained the records.", "learned", True),
    ("We have learned to listen to various voices.", "learned", False),
    ("The truth of the matter is that they lied.", "the truth of the matter is", True),
    ("But the truth of the matter is it's a rotating seat.", "the truth of the matter is",
     True),
    ("The reality is they lied.", "the reality is", True),
    ("The truth is hard to find.", "the truth is", False),
    ("The fact remains that far too many governments suppress dissent.", "the fact remains",
     True),
    ("The simple reality is that I did not receive an invitation.", "the simple reality is",
     True),
    ("But look, the bottom line is that there are no troops there.", "the bottom line is",
     True),
    ("The bottom line is important for investors.", "the bottom line is", False),
    ("The hard truth is hard to accept.", "the hard truth is", False),
    ("The message from voters was loud and clear.", "loud and clear", True),
    ("Millions said in a loud and clear voice that they rejected it.", "loud and clear",
     False),
    ("But I really did want to stop by.", "really", True),
    ("We truly do care about the outcome.", "truly", True),
]


@pytest.mark.parametrize(("sentence", "marker", "fires"), DEV2_VETOES)
def test_dev2_booster_vetoes(nlp, sentence, marker, fires):
    assert (marker in found(nlp(sentence), "booster")) is fires


#: *clear* in the writer's classification of a case (*X is / represents a clear Y*), the
#: writer's *know* before a clause whose subject is a pronoun, and first-person findings and
#: knowledge in a pseudo-cleft (*what we found is*); not a description of clarity, not
#: knowing a person
CLASSIFIED_CASES_AND_PSEUDO_CLEFTS = [
    ("The pandemic is a clear test of international cooperation.", "clear", True),
    ("This power represents a clear conflict of interest.", "clear", True),
    ("Do you view this move as a clear result of the vacancy?", "clear", True),
    ("There is a clear scorecard for every department.", "clear", False),
    ("Our troops need a clear mission.", "clear", False),
    ("I know you don't preview sanctions.", "know", True),
    ("I know it is hard work.", "know", True),
    ("I know him well.", "know", False),
    ("What we found is this: the money was wasted.", "found", True),
    ("What we know is that they lied.", "know", True),
    ("We do not know what they want.", "know", False),
    # the writer vouching for a fact, and evidence the writer found
    ("I can confirm that the issue was raised.", "confirm", True),
    ("Tests can confirm the diagnosis.", "confirm", False),
    ("In our investigation, we found evidence that a warden directed the cover-up.", "found",
     True),
    ("We found no evidence of fraud.", "found", False),
    # certainty about a clause without *that*, and *feel sure*
    ("I am sure the Table Office will be able to advise him.", "sure", True),
    ("I feel sure that he has noted what has been said.", "sure", True),
    ("Be sure to vote.", "sure", False),
    # knowledge presented as everyone's
    ("They asked to pass a bill that everyone knows isn't unanimous.", "knows", True),
    ("Mr. President, as the world knows by now, we had another hearing.", "knows", True),
    # *simply* as an emphasizer of a negation, not merely
    ("These stories are simply not true.", "simply", True),
    ("It simply won't work.", "simply", True),
    ("Russia simply did not want to vote for it.", "simply", False),
    ("The Chancellor simply refused to answer.", "simply", False),
    # a certainty disjunct after its verb: no manner sense (obviously) or set off by commas
    ("They discussed, obviously, the situation in Israel.", "obviously", True),
    ("There are obviously a lot of issues outstanding.", "obviously", True),
    ("She spoke clearly about the plan.", "clearly", False),
    # the emphatic particularizer in an identifying copular clause
    ("And that is precisely what we are seeing here.", "precisely", True),
    ("That was exactly why the Council acted.", "exactly", True),
    ("I set out precisely what I expect of them.", "precisely", False),
    ("The meeting started at exactly nine.", "exactly", False),
    # *discover* with a clause: came to know (Kiparsky & Kiparsky 1970), like *learned*
    ("Investigators discovered JAG attempted to obstruct the investigation.", "discovered",
     True),
    ("As we discovered, it is not possible to understand the case.", "discovered", True),
    ("I just discovered this in the last fifteen minutes.", "discovered", False),
    ("There is precedent for a minister who discovers that he has misled the House.",
     "discovers", False),
]


@pytest.mark.parametrize(("sentence", "marker", "fires"), CLASSIFIED_CASES_AND_PSEUDO_CLEFTS)
def test_classified_cases_and_pseudo_clefts(nlp, sentence, marker, fires):
    assert (marker in found(nlp(sentence), "booster")) is fires
