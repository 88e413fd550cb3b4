"""Intensifiers: modifiers that scale up the force of a quality, process or attitude.

Graduation: force, raise (Martin & White 2005: 140-152); amplifiers and maximizers
(Quirk et al. 1985: 589-597, 8.104-8.113); Biber (1988) feature 48 (amplifiers).
Words live in ``lexicons/intensifier.tsv``; this module holds the context rules a row can
name and the productive rules: :func:`degree_adverbs` finds degree adverbs that no list
holds (*outrageously unfair*, *vehemently opposes*), :func:`superlative_ever` the
*largest-ever* compounds and :func:`ever_compound` the *ever-deepening* ones.

Degree adjectives come in classes, each with the nouns it grades (MARKERS.md: "an adjective
whose core meaning is degree or extent is an intensifier"): degree and size adjectives on
any abstract noun (:func:`is_abstract_noun`, which also reads the nouns whose first WordNet
sense is an abstraction, ``lexicons/abstract_nouns.tsv``), attitude adjectives on attitudes,
slope adjectives on changes (*steep drops*), participles of runaway change (*mounting
evidence, skyrocketing rates*) and heat adjectives on feelings (*seething hatred*);
maximizers on acts and states (*full implementation*, not *a full member*), *close* on
attention and joint action, adjectives of a damage on any event (*devastating drought*),
*fundamental/radical* on changes, and collective nouns graded through their complement (*a
huge wave of attacks*). :func:`as_ever` finds *as strong as ever*. A degree word is an
intensifier only (MARKERS.md): *significant* in its degree sense (:func:`significant_degree`:
*a significant number of*) is no evaluation.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..nlp import doc_text, doc_tokens, tokens_where
from .rules import (
    Marker,
    context_rule,
    is_parsed,
    is_tagged,
    next_token,
    of_object,
    prev_token,
    productive_rule,
    words_after,
    words_before,
)

if TYPE_CHECKING:
    from . import CompiledLexicon

__all__ = ["degree_adverbs", "superlative_ever", "ever_compound", "as_ever",
           "unsurpassable_degree",
           "is_abstract_noun", "significant_degree", "wordnet_abstract_nouns",
           "scales_ritual_attitude", "scales_effort",
           "wordnet_noun_lexfiles",
           "ATTITUDE_NOUNS", "ATTITUDE_VERBS", "NON_DEGREE_ADVERBS", "UNSURPASSABLE",
           "POSSIBILITY_MODALS"]

#: nominalised attitudes and processes, relations and agents of an attitude that *strong,
#: firm, deep* intensify (MARKERS.md: *strong opposition, deep concern*; *a strong advocate*
#: as *strongly advocates*; not *strong wind*)
ATTITUDE_NOUNS = frozenset("""
opposition support condemnation objection objections protest protests concern concerns
commitment commitments resolve determination belief conviction convictions desire interest
satisfaction
dissatisfaction disapproval displeasure regret regrets sympathy sympathies sorrow gratitude
appreciation respect solidarity rejection criticism criticisms warning warnings message
signal response reaction reactions action actions measures measure sanctions opposition
resistance backing endorsement indignation outrage anger anxiety fear fears suspicion
suspicions doubt doubts reservations disagreement dismay shock sadness grief admiration
dedication devotion loyalty attachment trust confidence faith hope hopes aspiration
aspirations desire wish wishes will willingness cooperation engagement condolences
disappointment frustration discontent resentment skepticism scepticism scrutiny pressure
emphasis priority preference insistence plea appeal appeals rebuke
crackdown repression honor honour privilege pleasure delusion delusions hatred contempt
distrust mistrust love affection division divisions divide rift rifts rejection bitterness
rage fury wrath passion zeal enthusiasm animosity enmity animus loathing hostility envy
jealousy scorn disgust terror panic despair indignation ambition yearning longing appetite
relationship relationships partnership partnerships collaboration friendship ties bond bonds
leadership pushback backlash stance position approach fight struggle stand
advocate advocates supporter supporters proponent proponents opponent opponents critic critics
champion champions believer believers
case cases argument arguments voice
""".split())

#: abstract nouns (besides nominalisations recognised by their suffix) that degree adjectives
#: intensify (*unprecedented crackdown, massive support, overwhelming majority*)
ABSTRACT_NOUNS = ATTITUDE_NOUNS | frozenset("""
threat threats challenge challenges problem problems blow blows setback setbacks risk risks
crisis crises obstacle obstacles violation violations breach breaches breakthrough step steps
achievement achievements success successes failure failures mistake mistakes error errors
disaster disasters damage harm impact impacts effect effects change changes shift
escalation offensive
victory defeat loss losses cost costs burden consequences consequence abuse abuses crime
crimes injustice hypocrisy damage danger dangers pain suffering hardship hardships difficulty
difficulties effort efforts progress growth decline increase increases decrease drop rise
surge gains majority turnout support toll price debt deficit inflation
unemployment poverty corruption fraud violence war wars attack attacks assault campaign
fighting battle struggle conflict tension tensions divide divisions gap influence power
importance significance urgency care pride pleasure honour honor lengths strides interest
victims casualties deaths losses protesters crowds crowd demonstrators refugees
contempt disregard disdain hostility hatred mess chaos blunder scandal shame disgrace
nonsense lie lies failure collapse betrayal overreach negligence incompetence waste
tragedy tragedies catastrophe catastrophes travesty farce outrage nightmare fiasco sham joke
madness folly disaster hoax fraud embarrassment humiliation triumph win victory breakdown
smear smears attacks lives deaths people civilians children families hours times incidents
cases arrests killings atrocities rounds disruption destruction devastation fragility
uncertainty instability insecurity benefit benefits slander slanders falsehood falsehoods
distortion distortions fabrication fabrications misconduct neglect""".split())

#: nouns of physical things: amplifying adjectives on them describe size, not force
PHYSICAL_NOUNS = frozenset("""
wind winds water waters wall walls building buildings warehouse warehouses house houses
ship ships river rivers sea mountain mountains rock rocks tree trees box boxes room rooms
city cities town towns country countries land area areas field fields screen screens
table tables car cars truck trucks vehicle vehicles bridge bridges road roads tower towers
station stations plant plants factory factories door doors body bodies hand hands arm arms
face eyes storm storms fire fires flood floods rain snow ice wave waves hole holes
""".split())

#: nouns of manner, scale and dimension: a degree adjective on them grades the whole
#: process (*in an unprecedented manner, on a massive scale, at a staggering pace*); only
#: :func:`is_abstract_noun` reads them (*great* leaves *way* out: *a great way to*)
DIMENSION_NOUNS = frozenset("""manner way fashion scale scope pace rate rates speed
magnitude proportions intensity extent depth breadth severity gravity""".split())

#: nouns of an amount or a measure: the hyperbolic adjectives of :data:`HYPERBOLIC_QUANTITY`
#: and the change participles of :data:`CHANGE_PARTICIPLE_VERBS` grade them (*a record
#: number, staggering costs, skyrocketing prices*); *total number* only describes
MEASURE_NOUNS = frozenset("""number numbers amount amounts cost costs price prices rate
rates level levels value values figure figures sum sums toll volume volumes total totals
percentage share bill bills debt debts deficit deficits fee fees rent rents premium premiums
tuition wage wages salary salaries profit profits revenue revenues spending expenditure
expenditures emissions budget budgets tax taxes tariff tariffs population supply supplies
output production sales exports imports investment investments turnout attendance""".split())

#: nouns of a change in amount (lemmas): the slope adjectives of :data:`SLOPE_ADJECTIVES`
#: grade them (*steep drops, a sharp rise, a precipitous decline*)
CHANGE_NOUNS = frozenset("""drop fall rise increase decrease decline reduction cut jump
surge spike growth gain loss slump plunge downturn upturn uptick hike escalation
deterioration improvement rebound recovery contraction expansion swing slide dip climb
acceleration slowdown devaluation depreciation appreciation inflation change shift
transformation reversal turnaround""".split())

#: adjectives of slope or contrast (Bolinger 1972: degree adjectives of extent) that grade a
#: change in amount (:data:`CHANGE_NOUNS`), and for *steep*, a price (*a steep price*); on
#: anything else they describe (*a steep hill, a sharp knife, a marked car*)
SLOPE_ADJECTIVES = frozenset({"steep", "sharp", "precipitous", "marked", "pronounced",
                              "dramatic", "drastic", "hefty", "explosive", "exponential",
                              "meteoric"})
#: what *steep* and *hefty* also grade: a price paid (*a steep price, a hefty fine*)
PRICE_NOUNS = frozenset({"price", "cost", "toll", "penalty", "fine", "fee", "bill"})

#: verbs of steep or runaway change in amount: the members of Levin's (1993: 45.6)
#: calibratable change-of-state verbs whose manner is extreme (*soar, skyrocket, plummet*)
#: and the metaphors of accumulation (*mount, snowball, balloon, mushroom*). Their present
#: participles raise the force of an abstract noun or an amount (*mounting evidence,
#: skyrocketing rates*): the lexicon lists the participles (rule ``change_participle``).
#: Verbs that name only the direction of a trend (*growing, rising, increasing,
#: intensifying*) describe it and are left out.
CHANGE_PARTICIPLE_VERBS = frozenset("""mount soar skyrocket sky-rocket rocket surge spiral
balloon mushroom snowball explode spike plummet plunge nosedive burgeon""".split())

#: adjectives and participles of heat and boiling used of feelings (Kövecses 2000: anger is
#: a hot fluid in a container): they raise the force of an emotion or attitude noun
#: (*seething hatred, burning desire, searing criticism*), not of a thing (*burning
#: buildings*). *raging* also grades any abstract noun (*raging inflation*).
HEAT_ADJECTIVES = frozenset({"seething", "boiling", "burning", "raging", "searing", "blazing",
                             "scorching", "fiery", "white-hot", "red-hot", "feverish",
                             "fevered", "incandescent"})

#: adjectives of the depth of a change (WordNet 3.0 *fundamental*: "far-reaching and
#: thoroughgoing in effect especially on the nature of something", *fundamental changes*;
#: *radical*: "markedly new or introducing extreme change", *radical departure*): they grade a
#: change or a reform (and *fundamental importance*), they classify elsewhere (*fundamental
#: rights, radical groups*)
RADICAL_ADJECTIVES = frozenset({"fundamental", "radical"})
#: what :data:`RADICAL_ADJECTIVES` grade besides :data:`CHANGE_NOUNS`
REFORM_NOUNS = frozenset("""reform reforms change changes transformation transformations
overhaul departure rethink rethinking restructuring shift shifts break importance difference
differences flaw flaws""".split())
#: adjectives of weight that grade a price paid (*impose severe costs, a heavy toll*)
PENALTY_ADJECTIVES = frozenset({"severe", "heavy", "harsh", "grave", "crippling"})

#: adjectives of the extent of a damage (WordNet 3.0 synset *crushing, devastating*: "physically
#: or spiritually devastating", *a crushing blow*): they grade an event of any kind, a natural
#: one too (*devastating consequences, a devastating war, devastating drought*)
DAMAGE_ADJECTIVES = frozenset({"devastating", "crushing", "crippling"})

#: verbs of a change in degree whose ``ever-`` participle is an amplifier (*ever-growing,
#: ever-deepening, ever-shrinking*; not *ever-changing, ever-present*): the direction verbs
#: of Levin (1993: 45.4, 45.6)
EVER_CHANGE_VERBS = frozenset("""grow increase expand widen deepen rise worsen intensify
mount escalate accelerate tighten shrink diminish dwindle decrease decline narrow spread
multiply swell strengthen lengthen heighten soar spiral sharpen harden broaden lower
raise climb""".split())

NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ity", "ism", "ness", "cy", "ure")

#: nouns of quantity: *total number, complete list* describe, they do not intensify
QUANTITY_NOUNS = frozenset("""number amount sum total list text population area cost costs
value figure figures size volume length duration period time range set series""".split())

#: adjectives that intensify only nominalised attitudes and processes
ATTITUDE_ADJECTIVES = frozenset("""strong strongest firm firmest staunch
steadfast unwavering unstinting resolute keen sincere utmost
wholehearted unflinching unswerving vehement fervent ardent uncompromising unyielding
unshakable unshakeable ironclad unconditional insatiable unequivocal unambiguous
categorical""".split())

#: the attitude adjectives of force that MARKERS.md names (*strong opposition*, *firm
#: rejection*): besides :data:`ATTITUDE_NOUNS` they intensify any noun of an act, a speech
#: act, a feeling or a motive (:func:`_names_an_act`: *strong steps, a strong resolution, a
#: firm step, strong protections*), not an institution or a partner (*strong institutions, a
#: strong partner*: force as power, not as degree)
FORCE_ADJECTIVES = frozenset({"strong", "strongest", "firm", "firmest"})

#: WordNet 3.0 lexicographer files of the nouns :data:`FORCE_ADJECTIVES` intensify
FORCE_NOUN_LEXFILES = frozenset({"act", "communication", "feeling", "motive"})

#: degree adjectives that intensify anything that is not a physical thing
DEGREE_ADJECTIVES = frozenset("""severe serious grave gross extreme intense fierce relentless
overwhelming unprecedented untold record staggering runaway crushing blistering drastic
dramatic sharp heavy utter sheer total complete absolute outright massive huge enormous
immense tremendous vast colossal rampant acute great greatest major harsh bitter endless
countless innumerable infinite whopping crippling considerable substantial sizeable sizable
boundless limitless unbridled unparalleled unmatched unrivalled unrivaled
phenomenal astronomical monumental gigantic mammoth incalculable immeasurable inordinate
precipitous widespread pervasive deep deepest profound vigorous intensive strict
stringent devastating unimaginable stark wide-ranging far-reaching big biggest
extraordinary abundant ample plentiful copious unrelenting""".split())

#: adjectives of abundance (WordNet 3.0, the cluster of *abundant*: "present in great
#: quantity"; *ample, copious, plentiful*): quantification of a mass or a number (Martin &
#: White 2005: 151), on an abstract noun or an amount (*ample evidence, ample time, arrests
#: have been abundant*), not on a physical thing (*abundant water*)
ABUNDANCE_ADJECTIVES = frozenset({"abundant", "ample", "plentiful", "copious"})

#: hyperbolic adjectives of quantity: they also intensify a number (*a staggering 70%*,
#: *a record 5 million*, *untold numbers*)
HYPERBOLIC_QUANTITY = frozenset({"staggering", "whopping", "record", "massive", "huge",
                                 "enormous", "untold", "countless", "endless", "innumerable",
                                 "unprecedented", "vast", "overwhelming", "immense",
                                 "astronomical", "colossal", "gigantic", "mammoth",
                                 "incalculable", "immeasurable", "phenomenal", "monumental",
                                 "unimaginable"})
#: adjectives of the low end of a scale: coordinated with one of them, a degree adjective
#: names a range of sizes or kinds (*big and small corporations, major and minor roads, full
#: and partial exemptions*), it raises no force
OPPOSITE_DEGREES = frozenset({"small", "smaller", "little", "minor", "medium", "modest",
                              "low", "weak", "light", "shallow", "partial", "limited",
                              "mild", "moderate", "slight"})

#: *serious* means earnest, not grave, with these nouns (*serious negotiations*)
EARNEST_NOUNS = frozenset({"negotiations", "negotiation", "talks", "dialogue", "discussion",
                           "discussions", "consideration", "engagement", "candidate",
                           "journalism", "study", "research", "proposal", "offer",
                           "conversation", "conversations", "question", "questions",
                           "consultations", "consultation", "debate", "analysis",
                           "analyses", "reflection", "thought", "attention"})
#: acts and attempts that *serious* judges as genuine, with the talks and thought above: an
#: evaluation (``evaluation.earnest_sense``), not a degree (*a serious effort, answer*)
EARNEST_ACTS = EARNEST_NOUNS | frozenset({"effort", "efforts", "attempt", "attempts",
                                          "answer", "answers", "treatment", "commitment",
                                          "commitments", "process", "point", "approach",
                                          "response", "partner", "partners", "document"})

#: adjectives that classify as often as they intensify: they need a noun of
#: :data:`ABSTRACT_NOUNS` (*harsh sanctions*; not *harsh winters*). *great* and *major* take
#: any abstract noun but those of rank in :data:`CLASSIFYING_USES` (*great sacrifice, a major
#: role*; not *the great powers, a major convention*)
LISTED_ONLY_ADJECTIVES = frozenset({"heavy", "sharp", "harsh",
                                    "bitter", "dramatic"})

#: adjectives without precedent (WordNet 3.0 *unprecedented*: "having no precedent";
#: Bolinger 1972's *unparalleled, unmatched, unrivalled*): they set their noun above every
#: earlier case, the top of whatever scale it has, and name no physical property, so they
#: intensify any noun and said of anything (*an unprecedented data-mining system, this
#: unprecedented time, the outbreak is unprecedented in scale*)
WITHOUT_PRECEDENT = frozenset({"unprecedented", "unparalleled", "unmatched", "unrivalled",
                               "unrivaled"})

#: maximizers (Quirk et al. 1985: 7.33, *complete, total, utter*; WordNet 3.0 *full*:
#: "constituting the full quantity or extent; complete", *gave full attention*): they raise an
#: act, a process or a state to the top of its scale (*full implementation, complete
#: denuclearization, total elimination, full respect*) but only describe a status, a list or a
#: capacity (*a full member, a complete list, their full potential*: :data:`STATUS_NOUNS`)
MAXIMIZER_ADJECTIVES = frozenset({"full", "fullest", "total", "complete", "maximum"})
#: what *maximum* sets a legal or numerical ceiling on (*the maximum penalty, a maximum
#: sentence of five years*), not a degree of conduct (*exercise maximum restraint*)
CEILING_NOUNS = frozenset("""penalty penalties sentence sentences fine fines imprisonment
prison jail punishment award damages""".split())
#: nouns of a status, a set or a capacity that a maximizer completes without grading; also
#: a text or a body of data (*the full report, the full transcript, the full data set*), the
#: facts or the scope of a thing (*the full facts, the full scope of the disaster*) and a body
#: of people sitting whole (*a full committee hearing, the full parliament*): the whole of it,
#: not the top of a scale
STATUS_NOUNS = frozenset("""member members membership state states potential view list lists
text range capacity scale picture story details name title century year years day days time
session swing circle tank stomach price costs cost sum value set series spectrum term terms
control report reports transcript transcripts statement statements version versions paper
papers data datum dataset breakdown record records copy copies document documents agenda
minutes article articles facts scope committee parliament house council assembly board
chamber senate cabinet""".split())
#: acts and states a maximizer grades that no suffix or WordNet sense gives (*a complete end*)
MAXIMIZED_NOUNS = frozenset({"end", "knowledge", "share", "confidence", "freedom", "access"})

#: what *close* grades (WordNet 3.0 *close*: "rigorously attentive; strict and thorough",
#: *paid close attention*; "close in relationship", *close cooperation*): attention and joint
#: action, not distance (*close to the border*) nor people (*close partners*)
CLOSE_NOUNS = frozenset("""attention cooperation coordination collaboration partnership
partnerships relationship relationships consultation consultations contact contacts scrutiny
watch monitoring supervision dialogue engagement coordination ties friendship
interaction""".split())

#: technical terms in which a degree adjective classifies (*gross national income* against
#: net income, *acute disease* against chronic disease): adjective -> the nouns it classifies
CLASSIFYING_USES = {
    "gross": MEASURE_NOUNS | frozenset("""income product output earnings margin margins
weight tonnage enrolment enrollment""".split()),
    "absolute": frozenset("""terms value values number numbers majority poverty""".split()),
    "acute": frozenset("""disease diseases illness illnesses infection infections condition
conditions phase care stage malnutrition respiratory insecurity""".split()),
    # *grave breaches* of the Geneva Conventions (Art. 147 GC IV) are a legal class
    "grave": frozenset({"breach", "breaches"}),
    # the World Bank's poverty line (*extreme poverty*: below $2.15 a day), the legal class of
    # *serious crimes* and *deep* in names of kinds (*the deep state, deep learning*)
    "extreme": frozenset({"poverty"}),
    # *great* and *major* of rank or quality, not degree (*the great powers, a great job, a
    # major international convention*; WordNet 3.0: "of major significance or importance")
    "great": frozenset("""power powers nation nations democracy democracies job work
endeavour endeavor idea deal leader leaders country countries way""".split()),
    "greatest": frozenset("""power powers nation nations democracy democracies leader leaders
country countries""".split()),
    "big": frozenset("""picture business businesses data brother bang tent deal""".split()),
    "extraordinary": frozenset("""session sessions summit summits meeting meetings chambers
rendition rendering general""".split()),
    "major": frozenset("""power powers party parties economy economies market markets
convention conventions agreement agreements project projects player players donor donors
actor actors producer producers movement movements event events""".split()),
    "serious": frozenset({"crime", "crimes", "offence", "offences", "offense", "offenses",
                          "injury", "injuries", "illness", "illnesses"}),
    "deep": frozenset({"state", "learning", "sea", "seas", "space", "web", "freeze"}),
    "deepest": frozenset({"state", "sea", "seas"}),
}

#: predicative adjectives of resolve that intensify with *in/on/about*: *firm in upholding*
RESOLVE_ADJECTIVES = frozenset({"firm", "resolute", "steadfast", "unwavering", "adamant",
                                "unequivocal", "unshakable", "unshakeable", "relentless",
                                "strong", "determined"})  # (*serious about*: earnest,
# an evaluation, ``evaluation.earnest_sense``)


@lru_cache(maxsize=1)
def wordnet_noun_lexfiles() -> dict[str, str]:
    """The lexicographer file (*act, attribute, communication, state* ...) of the most
    frequent WordNet 3.0 sense of each noun whose sense is an abstraction, from the packaged
    ``lexicons/abstract_nouns.tsv`` (built by ``scripts/build_abstract_nouns.py``)."""
    path = resources.files("toolkit") / "lexicons" / "abstract_nouns.tsv"
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#") and not line.startswith("noun\t"))
    return {cells[0]: cells[1] if len(cells) > 1 else "" for cells in rows}


@lru_cache(maxsize=1)
def _lemma_class_rows() -> dict[tuple[str, str], str]:
    """``(lemma, "verb"|"noun") ->`` the rest of its row of the packaged
    ``lexicons/cue_lemma_classes.tsv``, unparsed: a lookup parses only the rows it asks for
    (the table has about 20,000 rows; parsing them all took a one-sentence run 0.15 s)."""
    path = resources.files("toolkit") / "lexicons" / "cue_lemma_classes.tsv"
    rows = {}
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    for line in lines[1:]:  # (the first is the column names)
        lemma, pos, rest = (line.split("\t", 2) + ["", ""])[:3]
        rows[(lemma, pos)] = rest
    return rows


@lru_cache(maxsize=32768)
def lemma_senses(lemma: str, pos: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A lemma's first-sense WordNet file, all its files and its VerbNet classes, for
    ``pos`` ``"verb"`` or ``"noun"`` (:func:`lemma_classes`; empty for a lemma it does not
    list)."""
    rest = _lemma_class_rows().get((lemma, pos))
    if rest is None:
        return "", (), ()
    first, files, verbnet = (rest.split("\t") + ["", ""])[:3]
    return first, tuple(files.split()), tuple(verbnet.split())


def lemma_classes() -> dict[tuple[str, str], tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """``(lemma, "verb"|"noun") -> (first-sense file, all files, VerbNet classes)`` from the
    packaged ``lexicons/cue_lemma_classes.tsv`` (built by ``scripts/build_cue_features.py``
    from WordNet 3.0 and VerbNet 3.4): the whole table, each row parsed by
    :func:`lemma_senses`."""
    return {key: lemma_senses(*key) for key in _lemma_class_rows()}


def verb_senses(lemma: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A verb's first-sense WordNet file, all its files and its VerbNet classes
    (:func:`lemma_senses`; empty for a verb it does not list)."""
    return lemma_senses(lemma, "verb")


@lru_cache(maxsize=1)
def wordnet_abstract_nouns() -> frozenset[str]:
    """Nouns whose most frequent WordNet 3.0 sense is an abstraction (an act, attribute,
    event, feeling, state ...: *plight, havoc, incident, sacrifice*): the nouns of
    :func:`wordnet_noun_lexfiles`. Miller (1990); Fellbaum (1998)."""
    return frozenset(wordnet_noun_lexfiles())


def is_abstract_noun(token: Token) -> bool:
    """True for a noun of :data:`ABSTRACT_NOUNS` or :data:`DIMENSION_NOUNS` (*manner, scale,
    pace*), a nominalisation (*-tion, -ment, -ity, -ness, -cy* ...) or a noun whose first
    WordNet sense is an abstraction (:func:`wordnet_abstract_nouns`: *plight, havoc*), and
    not a physical or a quantity noun."""
    lower, lemma = token.lower_, token.lemma_.lower()
    if {lower, lemma} & (PHYSICAL_NOUNS | QUANTITY_NOUNS):
        return False
    if {lower, lemma} & (ABSTRACT_NOUNS | DIMENSION_NOUNS):
        return True
    return len(lemma) > 5 and lemma.endswith(NOMINAL_SUFFIXES) or \
        bool({lower, lemma} & wordnet_abstract_nouns())  # the list holds some plurals only


def _modified_noun(adjective: Token) -> Token | None:
    """The noun an attributive adjective modifies (through coordinated adjectives: *the swift
    and severe measures*), or the next noun when the Doc has no parse."""
    if not is_parsed(adjective.doc):
        following = next_token(adjective)
        return following if following is not None and following.is_alpha else None
    if adjective.tag_ == "VBG":
        # a participle the parser read as a verb: *deliver crushing blows*
        objects = [c for c in adjective.children if c.dep_ == "dobj" and c.i == adjective.i + 1]
        if objects:
            return objects[0]
    current = adjective
    for _ in range(4):
        if current.dep_ == "conj":
            current = current.head
            continue
        if current.dep_ in {"amod", "compound", "nmod"} and \
                current.head.pos_ in {"NOUN", "PROPN"}:
            return current.head  # *nmod*: an adjective the tagger read as a noun
        if current.dep_ == "amod":
            return current.head
        return None
    return None


#: nouns of a collection or a sequence: a degree adjective on them grades what they hold
#: (*a huge wave of attacks, a vast array of challenges, an endless stream of lies*), so the
#: amplifier rules read the complement of *of* instead (MARKERS.md: counts of people or events)
COLLECTIVE_NOUNS = frozenset("""wave waves array stream streams flood torrent avalanche
barrage litany catalogue catalog string series spate raft host wall mountain sea tide
deluge onslaught volley""".split())


def _graded_noun(noun: Token) -> Token:
    """The noun a degree adjective grades: for a collective noun with an *of* complement
    (:data:`COLLECTIVE_NOUNS`: *a huge wave of attacks*), the complement; else ``noun``."""
    if noun.lower_ not in COLLECTIVE_NOUNS or not is_parsed(noun.doc):
        return noun
    return of_object(noun) or noun


def _predicated_noun(adjective: Token) -> Token | None:
    """The subject noun a predicative adjective is said of (*the challenges are enormous*:
    *challenges*), or None."""
    if not is_parsed(adjective.doc) or adjective.dep_ != "acomp":
        return None
    verb = adjective.head
    if verb.lemma_.lower() not in {"be", "become", "remain", "seem", "appear", "prove"}:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    return subject


@context_rule("amplifying_adjective")
def amplifying_adjective(span: Span) -> bool:
    """*strong opposition, deep concern, severe measures, unprecedented crackdown, massive
    support, firm in upholding*: an adjective of force or degree on an abstract noun (an
    attitude or process for *strong, firm, deep, full*), a predicative degree adjective said
    of one (*the challenges are enormous*), or a predicative adjective of resolve with *in/on*
    (*we are firm in upholding*). Not a physical property (*strong wind, a huge
    warehouse*), not a classifying use (*major cities*) and not a comparative (*stronger
    border security*). Martin & White (2005: 141-148); MARKERS.md."""
    return _amplifies(span[-1], span[-1].lower_)


def _amplifies(adjective: Token, lower: str) -> bool:
    """:func:`amplifying_adjective` for ``adjective`` read as the listed form ``lower`` (a
    superlative is read as its base: *gravest* as *grave*)."""
    if adjective.tag_ in {"JJR", "RBR"} or lower.endswith("er") and lower[:-2] in {
            "strong", "deep", "firm", "great", "harsh", "sever", "grav"}:
        return False
    hyphen = next_token(adjective)
    if hyphen is not None and hyphen.text in {"-", "‐"} and \
            hyphen.idx == adjective.idx + len(adjective.text):
        return False  # the first part of a compound: *a full-service bank, deep-rooted*
    if is_parsed(adjective.doc):
        partners = [c for c in adjective.children if c.dep_ == "conj"]
        if adjective.dep_ == "conj":
            partners.append(adjective.head)
        if any(p.lower_ in OPPOSITE_DEGREES for p in partners):
            return False  # a range of sizes, not a degree: *big and small corporations*
    noun = _modified_noun(adjective)
    if noun is not None and adjective.text.istitle() and noun.text.istitle() and \
            not adjective.is_sent_start:
        return False  # a name or a headline: *the One Big Beautiful Bill, Close Ties*
    if lower in WITHOUT_PRECEDENT:
        return True
    if noun is None:
        if lower in RESOLVE_ADJECTIVES and adjective.dep_ in {"acomp", "attr", "ROOT", "conj",
                                                              "advcl"} \
                and any(c.dep_ == "prep" and c.lower_ in {"in", "on", "about"}
                        for c in adjective.children):
            return True
        noun = _predicated_noun(adjective)
        if noun is None or lower not in DEGREE_ADJECTIVES - LISTED_ONLY_ADJECTIVES or \
                lower == "serious":
            return False  # predicative *serious* is mostly earnest: *the plan is serious*
    noun = _graded_noun(noun)
    if lower in HYPERBOLIC_QUANTITY and (noun.lower_ in MEASURE_NOUNS | {"%", "percent", "per"}
                                         or any(c.dep_ == "nummod" for c in noun.children)):
        return True
    if lower in SLOPE_ADJECTIVES:
        lemma = noun.lemma_.lower()
        if lemma in CHANGE_NOUNS or lower in {"steep", "hefty"} and lemma in PRICE_NOUNS:
            return True  # *steep drops, a sharp rise, a steep price*
        if lower not in DEGREE_ADJECTIVES:
            return False  # *a steep hill, a marked car*
    if lower in {"countless", "untold", "endless", "innumerable"} and noun.tag_ == "NNS" and \
            noun.lower_ not in PHYSICAL_NOUNS:
        return True  # hyperbolic number of anything countable: *countless calls*
    if lower == "serious" and noun.lower_ in EARNEST_ACTS:
        return False
    if lower in ABUNDANCE_ADJECTIVES:
        words = {noun.lower_, noun.lemma_.lower()}
        return not words & PHYSICAL_NOUNS and (
            bool(words & (QUANTITY_NOUNS | MEASURE_NOUNS)) or is_abstract_noun(noun))
    if noun.lower_ in CLASSIFYING_USES.get(lower, ()):
        return False  # *gross national income, acute diseases, in absolute terms*
    if lower == "major" and wordnet_noun_lexfiles().get(noun.lemma_.lower()) == "communication":
        return False  # a major newspaper, channel, publication or question: of rank among
        # media and texts (WordNet 3.0 major, 1: "of greater importance or stature or rank"),
        # not the degree of a harm or a change (a major setback, a major threat)
    # the listed form itself, not its lemma: *major interest* intensifies, *major
    # interests* classifies
    if lower == "close":
        return noun.lower_ in CLOSE_NOUNS
    if lower in RADICAL_ADJECTIVES:
        return bool({noun.lower_, noun.lemma_.lower()} & (REFORM_NOUNS | CHANGE_NOUNS))
    if lower in PENALTY_ADJECTIVES and noun.lemma_.lower() in PRICE_NOUNS:
        return True  # *impose severe costs on Russia*
    if lower in DAMAGE_ADJECTIVES:
        return not is_parsed(adjective.doc) or noun.pos_ in {"NOUN", "PROPN"}
    if lower == "maximum" and (noun.lemma_.lower() in CEILING_NOUNS or any(
            c.dep_ in {"det", "poss"} for c in noun.children)):
        return False  # a ceiling (*a maximum penalty, the maximum amount*): with zero
        # article it is the degree of an act or attitude (*maximum restraint, maximum
        # transparency*)
    if lower in MAXIMIZER_ADJECTIVES:
        return _maximizes(noun)
    if lower in ATTITUDE_ADJECTIVES:  # the plural of a listed noun too (*deep disagreements*)
        return noun.lower_ in ATTITUDE_NOUNS or (
            noun.tag_ == "NNS" and noun.lemma_.lower() in ATTITUDE_NOUNS) or (
            lower in FORCE_ADJECTIVES and _names_an_act(noun))
    if lower in LISTED_ONLY_ADJECTIVES:
        return noun.lower_ in ABSTRACT_NOUNS
    if is_parsed(adjective.doc) and noun.pos_ not in {"NOUN", "PROPN"}:
        return False  # *nothing serious*
    return is_abstract_noun(noun)


def _names_an_act(noun: Token) -> bool:
    """Whether the first WordNet 3.0 sense of ``noun`` (its lemma, else its form) is an act,
    a communication, a feeling or a motive (:data:`FORCE_NOUN_LEXFILES`: *step, protection,
    resolution, record*; *need*, a state, stays out)."""
    lexfiles = wordnet_noun_lexfiles()
    lexfile = lexfiles.get(noun.lemma_.lower()) or lexfiles.get(noun.lower_)
    return lexfile in FORCE_NOUN_LEXFILES and (
        not is_parsed(noun.doc) or noun.pos_ == "NOUN")


def _maximizes(noun: Token) -> bool:
    """A maximizer (:data:`MAXIMIZER_ADJECTIVES`) grades ``noun``: an attitude, an act, a
    process or a state (*full support, full implementation, complete denuclearization*), not
    a status, a set or a capacity (:data:`STATUS_NOUNS`: *full membership, a complete
    list*)."""
    lower, lemma = noun.lower_, noun.lemma_.lower()
    if {lower, lemma} & (STATUS_NOUNS | MEASURE_NOUNS):
        return False  # *full membership, total emissions*
    modifiers = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    if modifiers and modifiers[0].lower_ in STATUS_NOUNS:
        return False  # a full committee hearing: the whole committee sits
    if is_parsed(noun.doc) and noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    return bool({lower, lemma} & (ATTITUDE_NOUNS | MAXIMIZED_NOUNS)) or is_abstract_noun(noun)


#: words before an attributive participle that the parser may read as a verb (*America's
#: skyrocketing rates, the mounting evidence*): with a determiner or a possessive before it,
#: the participle is a modifier
_NOUN_PHRASE_STARTERS = frozenset({"DET", "PRON", "PART", "ADJ", "NUM"})


def _attributive_noun(participle: Token) -> Token | None:
    """The noun an attributive participle or adjective modifies, or None for a verb
    (*pressure is mounting*, *Russia is mounting attacks*)."""
    if is_parsed(participle.doc) and participle.dep_ not in {"amod", "compound", "conj",
                                                              "nmod"}:
        before = prev_token(participle)
        if participle.tag_ != "VBG" or before is None or before.pos_ not in \
                _NOUN_PHRASE_STARTERS or before.lower_ in {"that", "which", "who"}:
            return None
    before = prev_token(participle)
    if participle.tag_ == "VBG" and before is not None and before.lemma_ == "be" and \
            is_parsed(participle.doc) and any(c.dep_ in {"nsubj", "nsubjpass"}
                                              for c in before.children):
        return None  # a progressive the parser took for a modifier: *Russia is mounting attacks*
    noun = _modified_noun(participle)
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"} and is_parsed(participle.doc):
        return None
    return noun


@context_rule("change_participle")
def change_participle(span: Span) -> bool:
    """*mounting evidence, skyrocketing rates, soaring costs, plummeting trust*: the present
    participle of a verb of steep or runaway change (:data:`CHANGE_PARTICIPLE_VERBS`) before
    an abstract noun, an amount or a change (MARKERS.md: an adjective whose core meaning is
    degree or extent is an intensifier). Not a verb (*prices are soaring, they are mounting
    attacks*) and not a physical thing (*soaring towers*). Levin (1993: 45.6); Martin &
    White (2005: 141-148)."""
    participle = span[-1]
    noun = _attributive_noun(participle)
    if noun is None:
        return False
    lower, lemma = noun.lower_, noun.lemma_.lower()
    if {lower, lemma} & PHYSICAL_NOUNS:
        return False
    return is_abstract_noun(noun) or bool({lower, lemma} & (MEASURE_NOUNS | CHANGE_NOUNS))


@context_rule("heat_adjective")
def heat_adjective(span: Span) -> bool:
    """*seething hatred, burning desire, searing criticism, raging inflation*: an adjective of
    heat or boiling (:data:`HEAT_ADJECTIVES`) on a noun of emotion or attitude (for *raging*,
    on any abstract noun). Not a physical heat (*burning buildings, boiling water*) nor
    urgency (*a burning issue*). Kövecses (2000); Martin & White (2005: 141-148)."""
    adjective = span[-1]
    noun = _attributive_noun(adjective)
    if noun is None:
        return False
    lower, lemma = noun.lower_, noun.lemma_.lower()
    if {lower, lemma} & ATTITUDE_NOUNS:
        return True
    return adjective.lower_ == "raging" and is_abstract_noun(noun)


#: words of sincerity (WordNet 3.0, the cluster of *sincere*: *heartfelt, earnest,
#: wholehearted*, "sincerely or intensely felt") that scale the force of a ritual speech act
#: (*sincerely hope, heartfelt condolences, wholeheartedly welcome*): Graduation (force), like
#: *deep concern* and *strongly condemn* (MARKERS.md), not a judgement of what they modify
SINCERITY_WORDS = frozenset({"sincere", "sincerely", "heartfelt", "heartily", "wholehearted",
                             "wholeheartedly", "earnest", "earnestly", "warmly", "cordially",
                             "warm", "cordial"})  # WordNet 3.0: *heartily, cordially, warmly*
# ("in a hearty manner": we welcomed her warmly) and *ardent, warm* ("warm support")
#: ritual attitudes and speech acts: thanks, condolences, hopes, welcomes
RITUAL_ATTITUDES = frozenset("""hope hopes thank thanks gratitude appreciation appreciate
condolence condolences sympathy sympathies congratulation congratulations congratulate
apology apologies apologize apologise welcome welcomes wish wishes regret regrets
support supports endorse""".split())


def scales_ritual_attitude(token: Token) -> bool:
    """A sincerity word (:data:`SINCERITY_WORDS`) on a ritual attitude (*we sincerely hope,
    heartfelt condolences*): an intensifier, and so no evaluation."""
    if token.lower_ not in SINCERITY_WORDS:
        return False
    head = token.head
    return token.dep_ in ("amod", "advmod") and (head.lower_ in RITUAL_ATTITUDES
                                                 or head.lemma_.lower() in RITUAL_ATTITUDES)


@context_rule("sincerity_force")
def sincerity_force(span: Span) -> bool:
    """*we sincerely hope, our heartfelt condolences, earnestly appeal*: a sincerity word on
    a ritual attitude or speech act raises its force (:func:`scales_ritual_attitude`); not a
    judgement of a person or a claim (*a sincere man, a sincere apology was not offered* is
    the attitude itself). Martin & White (2005: 141-148)."""
    return scales_ritual_attitude(span[-1])


#: adverbs of the energy of an act (WordNet 3.0: *furious, ferocious, fierce*, "marked by
#: extreme and violent energy"; *feverish*, "marked by intense agitation"; *strenuous*,
#: "performed with much energy or force"; *aggressive*, "energetic pursuit of your ends"):
#: on a verb of effort or of a stance they raise its force (*furiously working, strenuously
#: objected, aggressively pursue*); on a verb of saying or looking they are a manner of anger
#: (*he shouted furiously*)
EFFORT_ADVERBS = frozenset({"furiously", "ferociously", "feverishly", "frantically",
                            "frenetically", "strenuously", "aggressively", "energetically"})
#: verbs of effort, struggle and pursuit that :data:`EFFORT_ADVERBS` grade
EFFORT_VERBS = frozenset("""work try fight struggle strive campaign lobby push press battle
scramble race labour labor toil pursue pursuing resist defend seek search hunt prepare build
rebuild expand enforce prosecute negotiate backpedal"""
                         .split())


def scales_effort(token: Token) -> bool:
    """An adverb of energy (:data:`EFFORT_ADVERBS`) on a verb of effort or of a stance
    (:data:`EFFORT_VERBS`, :data:`ATTITUDE_VERBS`): *furiously working, strenuously
    objected*; an intensifier, and so no evaluation."""
    if token.lower_ not in EFFORT_ADVERBS or not is_parsed(token.doc):
        return False
    head = token.head
    return token.dep_ == "advmod" and head.pos_ == "VERB" and \
        head.lemma_.lower() in EFFORT_VERBS | ATTITUDE_VERBS


@context_rule("degree_of_effort")
def degree_of_effort(span: Span) -> bool:
    """*are furiously working to, strenuously objected, aggressively pursue*: an adverb of
    energy on a verb of effort or of a stance (:func:`scales_effort`). Not a manner of anger
    (*he shouted furiously, she stared furiously*). Quirk et al. (1985: 8.104, manner adverbs
    used as intensifiers)."""
    return scales_effort(span[-1])


#: emphasizing adjectives (Quirk et al. 1985: 7.33, *a plain lie, pure fiction, sheer
#: nonsense, an outright lie*; WordNet 3.0, the cluster of *complete*: *downright,
#: out-and-out, sheer*, "complete and without restriction or qualification")
EMPHASIZER_ADJECTIVES = frozenset({"plain", "pure", "downright", "out-and-out"})
#: nouns of truth and of a judged act or quality that an emphasizer takes to the top of the
#: scale (*the plain truth, pure propaganda, downright lies*); on anything else the
#: adjectives describe (*plain language, pure water, plain sight*)
EMPHASIZED_NOUNS = frozenset("""truth truths fact facts reality nonsense lie lies falsehood
falsehoods fabrication fabrications fiction fantasy invention propaganda speculation
hypocrisy folly madness stupidity ignorance arrogance greed malice evil cruelty racism hatred
hostility aggression theft robbery blackmail extortion bullying terror terrorism fraud
negligence incompetence luck chance coincidence farce sham hoax deception disinformation
misinformation slander smear distortion distortions insult insults provocation
lawlessness barbarism brutality spite vindictiveness opportunism cynicism defiance
""".split())


def _following_noun(span: Span) -> Token | None:
    """The noun right after ``span`` (past adjectives, adverbs and hyphens: *pure political
    propaganda*), or None."""
    doc = span.doc
    for token in doc[span.end: span.end + 4]:
        if token.pos_ in {"NOUN", "PROPN"}:
            return token
        if token.pos_ not in {"ADJ", "ADV"} and token.text not in {"-", "‐"}:
            return None
    return None


@context_rule("emphasizing_adjective")
def emphasizing_adjective(span: Span) -> bool:
    """*the plain truth, pure propaganda, downright lies*: an emphasizer
    (:data:`EMPHASIZER_ADJECTIVES`) before a noun of truth or of a judged act
    (:data:`EMPHASIZED_NOUNS`). Not *plain language, pure water, in plain sight*; not
    predicative (*it is plain that* is certainty, a booster). Quirk et al. (1985: 7.33)."""
    noun = _following_noun(span)
    return noun is not None and bool({noun.lower_, noun.lemma_.lower()} & EMPHASIZED_NOUNS)


@context_rule("hyperbolic_collective")
def hyperbolic_collective(span: Span) -> bool:
    """*a host of meetings, a flood of complaints, a plethora of rules*: a collective noun
    whose WordNet 3.0 sense is a hyperbolic number or amount (*host, horde, legion*: "a vast
    multitude"; *flood, deluge, torrent*: "an overwhelming number or amount"; *avalanche*;
    *plethora*: "extreme excess") with *of* (Martin & White 2005: 151, quantification). Not
    a physical mass (*a torrent of water*)."""
    if span[0].lower_ == "hosts" and words_before(span[0], 1) not in (["whole"], ["the"]):
        return False  # *protections for hosts of online content*: the hosts themselves
    for token in span.doc[span.end: span.end + 4]:
        if token.pos_ in {"NOUN", "PROPN"}:
            return not {token.lower_, token.lemma_.lower()} & PHYSICAL_NOUNS
        if token.pos_ not in {"DET", "ADJ", "ADV", "NUM", "PUNCT"}:
            return False
    return False


@context_rule("plenty_of")
def plenty_of(span: Span) -> bool:
    """*plenty of time, plenty more*: *plenty* as a quantifier of abundance (WordNet 3.0
    *plenty*: "a full supply"; Martin & White 2005: 151, quantification), not the noun of
    wealth (*a land of plenty*)."""
    return words_after(span[-1], 1) in (["of"], ["more"])


@context_rule("degree_so")
def degree_so(span: Span) -> bool:
    """*so biased, so many that*: *so* before an adjective, an adverb or a quantifier
    (Quirk et al. 1985: 7.91). Not the conjunction (*so we left*), *so that, so far,
    so-called, and so on, or so, do so, so as to, so long as*."""
    so = span[0]
    following = next_token(so)
    if following is None or following.lower_ in {"that", "far", "-", "as", "long", "called",
                                                  "on", "forth", "too", "so", "to", "first",
                                                  "firstly", "then", "now", "again",
                                                  "given"}:
        return False  # (*So first of all, ...*: the discourse marker before a sequence word;
        # *So given X, we will act*: before the preposition-like participle)
    if words_before(so, 1) in (["or"], ["and"], ["do"], ["did"], ["does"], ["doing"],
                               ["done"], ["even"], ["if"], ["not"]) and \
            following.pos_ not in {"ADJ", "ADV"}:
        return False
    if words_before(so, 1) in (["do"], ["did"], ["does"], ["doing"], ["done"]) and \
            following.lower_ not in {"many", "much"}:
        return False  # the pro-form: *we must set about doing so immediately, do so alone*
    if following.lower_ in {"many", "much", "few", "little"}:
        return True
    if is_parsed(so.doc) and following.dep_ == "amod" and following.head.i > following.i \
            and words_after(following, 1) not in (["a"], ["an"]):
        return False  # *So simplified rules might help*: degree *so* premodifies an
        # attributive adjective only before *a* (*so big a deal*, not *so big deals*),
        # so this is the connective
    if is_tagged(so.doc):
        if following.tag_ == "VBN" and is_parsed(so.doc) and so.head == following:
            return True  # an adjectival participle: *so obsessed, so divided*
        before = prev_token(so)
        if is_parsed(so.doc) and so.head != following and (
                so.is_sent_start or before is None or before.is_punct or so.head.i < so.i):
            return False  # the connective that opens a clause (*So here we are, So instead
            # they distract, ..., so perhaps you will advise us*) or the pro-form after its
            # verb (*say so clearly*): degree *so* hangs on the word it grades, or comes
            # inside its clause (*a crime that so obviously did not occur*)
        return following.pos_ in {"ADJ", "ADV"} and following.tag_ not in {"WRB"} and (
            not is_parsed(so.doc) or so.head == following or so.dep_ == "advmod")
    return False


#: adjectives of kind or novelty: after *such* they refer back to a kind (*such a new
#: mechanism, such other measures*), they grade nothing
REFERRING_ADJECTIVES = frozenset({"new", "other", "same", "similar", "different",
                                  "additional", "further", "particular", "specific", "certain",
                                  "related", "comparable", "equivalent"})
#: nouns of force or intensity: *such* on them is a degree (*with such virulence*)
DEGREE_NOUNS = frozenset({"virulence", "ferocity", "brutality", "cruelty", "vigour", "vigor",
                          "zeal", "fervour", "fervor", "vehemence", "force", "speed",
                          "urgency", "determination", "contempt", "disregard", "impunity"})


@context_rule("degree_such")
def degree_such(span: Span) -> bool:
    """*such a sloppy basis, reached such a level that*: *such* before an evaluative noun
    phrase (one with an adjective) or in a result construction (*such ... that*). Not
    *such as*, *as such*, *such measures* (a plain reference back) or a quantifier before it
    (*other such unresolved cases*, *no such order*: of that kind). Quirk et al.
    (1985: 6.62, 15.42); MARKERS.md."""
    such = span[0]
    following = next_token(such)
    if following is None or following.lower_ in {"as", "a-"} or words_before(such, 1) in (
            ["as"], ["other"], ["any"], ["no"], ["all"], ["some"], ["many"]):
        return False  # *other such cases, any such request, no such order*: of that kind
    tokens = [t for t in such.doc[such.i + 1: such.i + 16] if not t.is_space]
    i = 0
    if i < len(tokens) and tokens[i].lower_ in {"a", "an"}:
        i += 1
    has_adjective = False
    while i < len(tokens) and (tokens[i].pos_ in {"ADJ", "ADV", "CCONJ", "PUNCT"} and
                               tokens[i].lower_ not in {".", ";", ":", "as"}
                               or tokens[i].tag_ == "VBN" and tokens[i].dep_ == "amod"):
        if tokens[i].pos_ == "ADJ" or tokens[i].tag_ == "VBN":
            has_adjective = True
        i += 1
    while i < len(tokens) and tokens[i].pos_ in {"NOUN", "PROPN"}:
        i += 1
    rest = [t.lower_ for t in tokens[i: i + 2]]
    if rest[:1] == ["as"] and rest[1:] != ["to"]:
        return False  # *such persistent problems as violence*: *such ... as* gives examples
    if has_adjective:
        return not any(t.lower_ in REFERRING_ADJECTIVES for t in tokens[:i])
    if i > 0 and tokens[i - 1].lower_ in DIMENSION_NOUNS | DEGREE_NOUNS:
        return True  # *with such virulence, such an intensity*
    return rest[:1] == ["that"] and rest[1:] != ["well"] or rest == ["as", "to"]


#: nouns of an extreme point or of what something rests on: the emphatic adjective *very*
#: takes them to their limit (*from the very beginning, to the very end, the very essence, the
#: very foundations*)
EXTREMITY_NOUNS = frozenset("""beginning beginnings start outset end heart core centre center
edge top bottom root roots essence foundation foundations fabric basis existence survival
nature notion idea concept principle principles values tenets soul life lives
inception""".split())


@context_rule("degree_very")
def degree_very(span: Span) -> bool:
    """*very*: the degree adverb before an adjective or adverb (*very serious*), and the
    emphatic adjective that takes a noun to its limit (Quirk et al. 1985: 7.33, intensifying
    adjectives): after a possessive (*our very existence*), before *of* (*the very tenets of
    civilization*) or on a noun of an extreme point or a foundation (:data:`EXTREMITY_NOUNS`:
    *since the very beginning*). Not identity (*at this very moment, the very same*) nor a
    bound (*at the very least*)."""
    very = span[-1]
    following = next_token(very)
    if following is None or following.lower_ in {"same", "least"}:
        return False
    if following.pos_ not in {"NOUN", "PROPN"} or not is_tagged(very.doc):
        return True
    before = prev_token(very)
    if before is not None and before.tag_ == "PRP$":
        return True
    return words_after(following, 1) == ["of"] or following.lower_ in EXTREMITY_NOUNS


@context_rule("degree_too")
def degree_too(span: Span) -> bool:
    """*too* as a degree adverb of excess before an adjective, an adverb or a quantifier
    (*too late, too weak to, all too often, far too long, too much poverty*; Quirk et al.
    1985: 7.88), not the additive adverb (*we will battle against that too; This applies,
    too, to*)."""
    too = span[-1]
    following = next_token(too)
    if following is None or following.is_punct:
        return False
    if following.lower_ in {"much", "many", "few", "little", "often", "long", "late", "soon",
                            "early", "far"}:
        return True
    if is_tagged(too.doc):
        return following.pos_ in {"ADJ", "ADV"} and following.tag_ != "WRB" or \
            following.tag_ == "VBN" and following.dep_ in {"acomp", "amod"}
    return False


#: adjectives of a status that one has or lacks: *truly, really* before them mean genuinely
#: (a booster of certainty), they grade nothing (*truly independent States*)
STATUS_ADJECTIVES = frozenset({"independent", "sovereign", "universal", "unique", "equal",
                               "free", "alone"})

#: verbs of wanting and relying that *really, truly* grade (*I really want to, we truly hope*)
WANT_VERBS = frozenset({"want", "count", "need", "wish", "look"})


#: verbs that *really, truly* on them do not grade but assert (*it really is, can really
#: have two meanings*): the copula and the verbs of possession and existence
NON_GRADABLE_VERBS = frozenset({"be", "have", "exist", "happen", "occur", "mean"})
#: verbs of feeling, wanting and thinking, which *really, truly* grade (*what really strikes
#: me, we really think, it really seems*): VerbNet 3.4's psychological classes (amuse-31.1,
#: admire-31.2, marvel-31.3, want-32.1, long-32.2, care-88.1) and seem-109, and verbs whose
#: first WordNet 3.0 sense is of emotion or cognition; on other verbs they mean genuinely
#: (*it really represents, power is really exercised*)
GRADABLE_VERB_CLASSES = frozenset({"amuse-31.1", "admire-31.2", "marvel-31.3", "want-32.1",
                                   "long-32.2", "care-88.1", "seem-109"})
GRADABLE_VERB_FILES = frozenset({"verb.emotion", "verb.cognition"})


def really_grades(adverb: Token) -> bool:
    """True when *really, truly* grade what they modify (Quirk et al. 1985: 8.104,
    emphasizers that raise force with a gradable word): before an adjective or adverb
    (*truly essential, really grateful, a truly democratic system*) or on a verb of feeling,
    wanting or thinking (*I really applaud, we truly hope, what really strikes me, we have to
    really think*; :data:`GRADABLE_VERB_CLASSES`).
    Not a question or an emphatic *do* (*can we really say, I really did want*: certainty, a
    booster), not before a noun phrase (*is truly a milestone*), not on *be, have* and verbs
    of existence (*who is really behind, can really have two meanings*), not negated (*not
    really*) and not before an adjective of status (*truly independent States*: genuinely)."""
    before = prev_token(adverb)
    if before is not None and before.lower_ in {"not", "n't", "n’t", "never"}:
        return False
    following = next_token(adverb)
    if following is None or following.lower_ in {"not", "n't", "n’t", "never"}:
        return False
    if following.lower_ in {"do", "does", "did"}:
        return False  # emphatic *do* after it asserts the truth: *I really did want to*
    if following.lower_ in STATUS_ADJECTIVES:
        return False  # *truly independent States*: genuinely so, a booster
    if following.pos_ in {"ADJ", "ADV"} and following.tag_ != "WRB" and \
            following.lower_ not in {"only", "just", "also", "even", "still"}:
        return True
    if not is_parsed(adverb.doc):
        return following.lemma_.lower() in ATTITUDE_VERBS | WANT_VERBS
    head = adverb.head
    if head.pos_ != "VERB" or head.lemma_.lower() in NON_GRADABLE_VERBS or head.i < adverb.i:
        return False
    lemma = head.lemma_.lower()
    first_sense, _, verbnet = verb_senses(lemma)
    if not (lemma in ATTITUDE_VERBS | WANT_VERBS or first_sense in GRADABLE_VERB_FILES
            or set(verbnet) & GRADABLE_VERB_CLASSES):
        return False  # *really represents, is truly exercised*: genuinely, a booster
    sentence = adverb.sent
    return not (sentence.text.rstrip().endswith("?") or any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" for c in head.children))


@context_rule("degree_really")
def degree_really(span: Span) -> bool:
    """*really, truly* as degree adverbs (:func:`really_grades`)."""
    return really_grades(span[-1])


@context_rule("degree_quite")
def degree_quite(span: Span) -> bool:
    """*quite* as a maximizer or booster before an adjective or adverb (*quite different,
    quite rightly, quite a good start*; Quirk et al. 1985: 7.56, 8.105; WordNet 3.0 *quite*:
    "to the greatest extent; completely"). Not negated (*not quite*, an approximator), not a
    quantity (*quite a few, quite a lot of*) and not before a noun phrase (*quite the
    opposite*)."""
    quite = span[-1]
    before = prev_token(quite)
    if before is not None and before.lower_ in {"not", "n't", "never"}:
        return False
    following = next_token(quite)
    if following is not None and following.lower_ in {"a", "an"}:
        following = next_token(following)
    if following is None or following.lower_ in {"few", "little", "lot", "bit", "number",
                                                 "many", "much"}:
        return False
    return following.pos_ in {"ADJ", "ADV"} and following.tag_ != "WRB" or \
        following.tag_ == "VBN" and following.dep_ in {"acomp", "amod"}


@context_rule("comparative_ever")
def comparative_ever(span: Span) -> bool:
    """*ever* in the second term of a comparison (*more than they ever could, better than
    anyone ever imagined*): like *(more) than ever* (MARKERS.md), it raises the first term
    above every past instance (Martin & White 2005: 141-148). Not *ever* elsewhere (*if ever,
    have you ever*)."""
    ever = span[-1]
    for token in reversed(ever.doc[max(0, ever.i - 3): ever.i]):
        if token.lower_ == "than":
            return True
        if token.is_punct or token.pos_ not in {"PRON", "NOUN", "PROPN", "DET", "AUX"}:
            return False
    return False


#: words that *way* grades as a degree adverb (WordNet 3.0 *way*: "to a great degree or by
#: a great distance; very much": *way too, way beyond, way above*)
WAY_GRADED = frozenset({"too", "beyond", "above", "below", "over", "under", "ahead",
                        "behind", "past", "off", "short", "more", "less", "better", "worse"})


@context_rule("degree_way")
def degree_way(span: Span) -> bool:
    """*way* as a degree adverb before *too*, a comparative or a preposition of a level
    (*way beyond dangerous, way too late, way more*). Not the noun (*the way forward, a long
    way, by way of, no way, way out*)."""
    way = span[-1]
    before = prev_token(way)
    if before is not None and (before.pos_ in {"DET", "ADJ", "PRON", "ADP", "NUM"}
                               or before.lower_ in {"no", "the", "a", "this", "that"}):
        return False
    following = next_token(way)
    if following is None:
        return False
    return following.lower_ in WAY_GRADED or following.tag_ in {"JJR", "RBR"}


@context_rule("degree_well")
def degree_well(span: Span) -> bool:
    """*well* as a degree adverb before a preposition of position or time (*well above the
    target, well ahead of 2025, well within the territory*) and in *well aware*; Quirk et al.
    (1985: 7.56, 8.105). Not manner (*worked well*), *as well (as)*, the interjection."""
    well = span[-1]
    if words_before(well, 1) == ["as"]:
        return False
    return words_after(well, 1)[:1] in (["above"], ["below"], ["ahead"], ["within"],
                                        ["beyond"], ["over"], ["under"], ["behind"],
                                        ["past"], ["into"], ["aware"])


#: verbs of dependence and of harm that *critically* grades (*depend critically on,
#: critically endangering*); on verbs of judgement it is manner (*reviewed it critically*)
CRITICAL_VERBS = frozenset("""depend rely hinge need endanger threaten undermine weaken
damage affect impair jeopardize jeopardise compromise injure wound""".split())


@context_rule("degree_critically")
def degree_critically(span: Span) -> bool:
    """*critically* as a degree adverb (WordNet 3.0: "to a critical degree", *critically
    important, critically ill*): before an adjective or a participle, or on a verb of
    dependence or harm (:data:`CRITICAL_VERBS`). Not judgement (*spoke critically of*,
    *examine critically*)."""
    adverb = span[-1]
    following = next_token(adverb)
    if following is not None and (following.pos_ == "ADJ" or following.tag_ == "VBN"):
        return True
    if is_parsed(adverb.doc):
        return adverb.head.lemma_.lower() in CRITICAL_VERBS
    return following is not None and following.lemma_.lower() in CRITICAL_VERBS


@context_rule("scale_of_war")
def scale_of_war(span: Span) -> bool:
    """*full-scale* war as *all-out* war (a maximizer), not the *full-scale invasion* that
    names the 2022 invasion of Ukraine against the limited one of 2014 (a classifying use)."""
    for token in span.doc[span.end: span.end + 4]:
        if token.lower_ in {"invasion", "invasions"}:
            return False  # also with a modifier between: *Russia's full-scale illegal invasion*
        if token.pos_ not in {"ADJ", "ADV", "PUNCT", "CCONJ"}:
            break
    return True


@context_rule("degree_on_verb")
def degree_on_verb(span: Span) -> bool:
    """A degree adverb on a verb (*strictly adhering, focused intensively*), not before an
    adjective, where it restricts (*a strictly military approach*: a downtoner)."""
    adverb = span[-1]
    following = next_token(adverb)
    if following is not None and following.pos_ in {"ADJ"} and following.tag_ != "VBN":
        return False
    if is_parsed(adverb.doc):
        return adverb.head.pos_ in {"VERB", "AUX"} and adverb.head.tag_ != "JJ"
    return following is not None and following.pos_ == "VERB"


@context_rule("degree_much")
def degree_much(span: Span) -> bool:
    """*much* as a degree adverb: in compounds (*much-needed*), before a comparative (*much
    better*, *much more*), after *very/so/too* or on a verb (*regret it very much*). Not the
    quantifier (*much of the analysis, much talk, how much*)."""
    much = span[0]
    after = words_after(much, 2)
    if after[:1] == ["-"]:
        return True
    following = next_token(much)
    if following is not None and following.tag_ == "VBN" and following.lower_ in {
            "needed", "awaited", "anticipated", "publicized", "publicised", "vaunted",
            "maligned", "discussed", "debated", "admired", "loved", "desired"}:
        return True  # *much needed change* written without the hyphen
    if after[:1] == ["of"] or words_before(much, 1) in (["how"], ["as"], ["that"], ["this"]):
        return False
    following = next_token(much)
    if following is not None and following.lower_ in {"more", "less"}:
        # *much more effective* grades; *much more must be done, much more progress* counts
        after = next_token(following)
        return after is not None and (after.pos_ in {"ADJ", "ADV"} or after.lower_ == "than"
                                      or after.tag_ == "VBN")
    if following is not None and (following.tag_ in {"JJR", "RBR"}
                                  or following.lower_ in {"better", "worse"}):
        return True
    if words_before(much, 1) in (["very"], ["so"], ["too"]):
        return following is None or following.pos_ not in {"NOUN"}
    return is_parsed(much.doc) and much.dep_ == "advmod" and much.head.pos_ == "VERB" and (
        following is None or following.pos_ not in {"NOUN", "ADJ"})


@context_rule("degree_most")
def degree_most(span: Span) -> bool:
    """*most* as a degree adverb: the superlative of an adjective or adverb (*most
    disgusting, most notably*), on a verb (*needed most, those most in need, suffer the
    most*), or the superlative of *much* on a mass noun (*have the most impact*; Martin &
    White 2005: 151, quantification). Not the quantifier (*most of, most countries, the most
    people, the most confirmation hearings*), *for the most part* or *at most*."""
    most = span[0]
    following = next_token(most)
    if following is None or words_before(most, 1) == ["at"] or following.lower_ == "of":
        return False
    if following.lower_ in {"likely", "recent", "recently", "often", "frequently", "of"}:
        return False  # *most likely* (a hedge), *most recently* (time)
    before = prev_token(most)
    if before is not None and before.text in {"-", "‐"} and before.idx + 1 == most.idx:
        return False  # an ordinal compound: *the second-most potent gas*
    if most.text == "Most" and not most.is_sent_start and following.text.istitle():
        return False  # a title: *Persons Responsible for the Most Serious Crimes*
    if following.pos_ in {"ADJ", "ADV"}:
        return True
    after = next_token(following)
    if following.pos_ == "NOUN" and after is not None and after.text in {"-", "‐"}:
        compound = next_token(after)
        if compound is not None and compound.pos_ == "ADJ":
            return True  # a compound adjective: *the most disaster-prone regions*
    superlative_of_much = words_before(most, 1) == ["the"] and \
        words_before(most, 2)[:1] != ["at"] and following.text not in {"-", "‐"}
    if superlative_of_much and following.tag_ == "NN" and following.lower_ not in {
            "part", "time"} and is_abstract_noun(following) and not (
            following.dep_ == "compound" and following.head.tag_ == "NNS"):
        return True  # the superlative of *much* on a mass noun: *have the most impact*
    if following.pos_ in {"NOUN", "PROPN", "NUM", "DET", "PRON"}:
        return False
    if superlative_of_much and (following.is_punct or following.pos_ in {"ADP", "SCONJ",
                                                                          "CCONJ"}):
        return True  # on a verb: *those suffering the most from it, what matters the most*
    if following.lower_ in {"in", "at", "for", "to"} and is_parsed(most.doc) and \
            (most.head.pos_ in {"PRON", "NOUN", "AUX", "VERB"} or most.head == following):
        return True  # *those most in need, victims who are most at risk*
    return is_parsed(most.doc) and most.dep_ == "advmod" and most.head.pos_ in {"VERB", "ADJ"}


@context_rule("comparative_even")
def comparative_even(span: Span) -> bool:
    """*even, still, yet* right before a comparative (*even more repressively, even more
    pressure, still further, yet further*): they raise the degree the comparative already
    raises (Quirk et al. 1985: 7.85, premodifiers of comparatives, like *far, much*). Not
    *even* of counter-expectation (*even the minister*), *still* of time (*still more to
    do* keeps its comparative: *still* must stand right before it) nor *yet* as a
    conjunction after a comma (*, yet more ...*)."""
    word = span[0]
    following = next_token(word)
    if following is None or not (following.tag_ in {"JJR", "RBR"} or following.lower_ in {
            "more", "less", "further", "better", "worse", "greater", "fewer"}):
        return False
    before = prev_token(word)
    if word.lower_ == "yet" and (before is None or before.is_punct):
        return False  # *, yet more people came*: the conjunction
    if word.lower_ == "still" and following.lower_ in {"more", "less", "fewer"}:
        after = next_token(following)
        return after is not None and after.pos_ in {"ADJ", "ADV"}  # still more severe
    return True


@context_rule("degree_far")
def degree_far(span: Span) -> bool:
    """*far* as a degree adverb: *far more, far better, far too, far surpassed, far exceeds*,
    and before a preposition of a level (*far below our expectations, far above, far short
    of*; *lagging far behind*). Not distance or scope (*so far, as far as, far from,
    far-right, thus far, far behind the lines*)."""
    far = span[0]
    before, after = words_before(far, 1), words_after(far, 1)
    if before and before[0] in {"so", "as", "thus", "how", "too", "by"}:
        return False
    if after[:1] in (["below"], ["above"], ["short"]):
        return True
    if after[:1] == ["behind"] and prev_token(far) is not None and \
            prev_token(far).lemma_.lower() in {"lag", "fall", "trail", "leave"}:
        return True  # *lagging far behind*: a level, not a place
    if not after or after[0] in {"from", "-", "away", "off", "beyond", "behind", "and"}:
        return False
    following = next_token(far)
    if following.tag_ in {"JJR", "RBR"} or following.lower_ in {"more", "less", "too",
                                                                "better", "worse",
                                                                "superior", "inferior"}:
        return True
    return following.pos_ == "VERB" and following.tag_ in {"VBD", "VBZ", "VBP", "VBN"}


@context_rule("degree_hard")
def degree_hard(span: Span) -> bool:
    """*hard* as an adverb of effort after a verb (*worked hard, fought hard*), not the
    adjective (*a hard line*)."""
    hard = span[0]
    before = prev_token(hard)
    if before is None or hard.pos_ == "ADJ" and hard.dep_ != "advmod":
        return False
    if is_parsed(hard.doc):
        return hard.dep_ in {"advmod", "acomp"} and hard.head.pos_ == "VERB" and \
            hard.head.i < hard.i
    return before.pos_ == "VERB"


#: adverbs and adjectives of time and place: *especially* before them focuses a
#: circumstance (*especially now, particularly early in the year*), it grades nothing
TIME_PLACE_WORDS = frozenset("""late later lately early earlier recently recent now today
tonight nowadays currently soon once then here there abroad overseas nearby locally
afterwards beforehand""".split())


#: universal pronouns and determiners that maximizers premodify (Quirk et al. 1985: 8.108,
#: *absolutely everyone, absolutely nothing*)
UNIVERSAL_WORDS = frozenset({"everyone", "everybody", "everything", "nothing", "nobody",
                             "none", "all", "no", "every", "anyone", "anything"})


def _participial_adjective(token: Token) -> bool:
    """A participle used as a predicative adjective of feeling or effect (*troubled,
    concerned, appalled, concerning, damaging*: Quirk et al. 1985, 7.15-7.16): the
    complement of *be* (or its passive auxiliary), with no object of its own; not a verb in
    the progressive (*is particularly targeting civilians*, *we are especially working on*)."""
    if token.tag_ not in ("VBN", "VBG") or not is_parsed(token.doc):
        return False
    if any(c.dep_ in ("dobj", "dative") or c.dep_ in ("ccomp", "xcomp") and token.tag_ == "VBG"
           for c in token.children):
        return False  # (but a feeling's clause: *is particularly appalled that X*)
    if token.dep_ == "acomp":
        return True
    personal = ("i", "we", "you", "they")
    return any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" for c in token.children) and (
        token.tag_ == "VBN" or not any(c.dep_ == "nsubj" and c.lower_ in personal
                                       for c in token.children))


@context_rule("degree_before_adjective")
def degree_before_adjective(span: Span) -> bool:
    """*particularly, especially, absolutely* as degree words before an adjective or
    adverb (*particularly egregious*), not as focusing words before a phrase (*especially
    for the countries of Africa*) or a circumstance of time or place (*especially late in
    pregnancy, especially now*). Quirk et al. (1985: 8.116)."""
    following = next_token(span[-1])
    if following is not None and span[-1].lower_ == "absolutely" and \
            following.lower_ in UNIVERSAL_WORDS:
        return True  # a maximizer on a universal pronoun: *harm absolutely everyone*
    if following is not None and span[-1].lower_ not in ("simply", "increasingly") and \
            _participial_adjective(following):
        return True  # *we are particularly troubled by, is particularly concerning*; but on
        # a participle *simply* means merely and *increasingly* tells a change (*simply
        # inserted, increasingly replaced*)
    if following is None or following.pos_ not in {"ADJ", "ADV"} or following.lower_ in {
            "not", "never", "no"} or following.ent_type_ in {"NORP", "GPE", "LANGUAGE"}:
        return False
    if following.lower_ in TIME_PLACE_WORDS:
        return False  # focus on a time or a place: *especially late in pregnancy*
    if is_parsed(following.doc) and following.dep_ in {"advmod", "npadvmod"} and \
            following.pos_ == "ADJ" and any(c.dep_ == "prep" for c in following.children):
        return False  # an adverbial phrase the word focuses: *particularly close to the border*
    # before an attributive adjective the word may focus the noun phrase (*especially
    # African countries*): then it must modify the adjective itself
    return not is_parsed(following.doc) or following.dep_ != "amod" or \
        span[-1].head == following


@context_rule("degree_on_verb_or_adjective")
def degree_on_verb_or_adjective(span: Span) -> bool:
    """A degree adverb in a degree use: *seriously abused*, *badly needed*, *dramatically
    improves*; not a manner adverb (*take it seriously*, *behaved badly*) nor a sentence
    adverb of comment (*Dramatically, it has become routine*)."""
    adverb = span[0]
    before = prev_token(adverb)
    if words_after(adverb, 1) == [","] and (before is None or before.is_punct):
        return False  # a sentence adverb of comment: *Dramatically, it has become routine*
    if is_parsed(adverb.doc) and adverb.head.lemma_.lower() in {"take", "treat", "behave",
                                                                "act", "perform"}:
        return False
    if adverb.lower_ in ATTENTION_MANNER_ADVERBS and is_parsed(adverb.doc) and \
            adverb.head.pos_ == "VERB" and attention_verb(adverb.head):
        return False  # *followed the case closely, monitor it closely*: careful attention
    return True


#: adverbs that, on a verb of watching or examining, say how carefully, not how much
ATTENTION_MANNER_ADVERBS = frozenset({"closely", "carefully", "attentively"})
#: VerbNet 3.4 classes of watching, examining and searching (Levin 1993: 30.2 sight, 30.3
#: peer, 34.1 assessment, 35.2 search, 35.4 investigate): *watch, monitor, follow, listen,
#: observe, scrutinize, inspect, study*
ATTENTION_CLASSES = ("sight-30.2", "peer-30.3", "assessment-34.1", "search-35.2",
                     "investigate-35.4")


def attention_verb(verb: Token) -> bool:
    """Whether ``verb`` is a verb of watching or examining by its VerbNet classes, and not
    also one of talking or meeting (*closely consult with allies*: close cooperation)."""
    classes = verb_senses(verb.lemma_.lower())[2]
    return any(c.startswith(ATTENTION_CLASSES) for c in classes) and not any(
        c.split("-")[1].startswith(("36.", "37.")) for c in classes if "-" in c)


#: nouns of a share or a count that a degree adjective of size grades (*a significant number
#: of reports, a significant portion*)
SHARE_NOUNS = MEASURE_NOUNS | frozenset("""portion portions proportion proportions majority
part parts degree extent quantity quantities fraction minority""".split())


def significant_degree(adjective: Token) -> bool:
    """*significant* in its degree sense (WordNet 3.0: "fairly large"): on a count or a share
    (*a significant number of reports, a significant portion*: Martin & White 2005: 151,
    quantification), where it is no judgement of importance. On anything else, a harm
    included (*significant corruption, the challenges remain significant*), it is the
    significance MARKERS.md makes ``evaluation/positive``; the evaluation rule
    ``importance_sense`` leaves the degree uses out."""
    before = prev_token(adjective)
    if before is not None and before.lower_ in {"most", "more", "least", "less"}:
        return False  # *the most significant threat* ranks by importance: evaluation
    noun = _modified_noun(adjective) or _predicated_noun(adjective)
    if noun is None:
        return False
    lower, lemma = noun.lower_, noun.lemma_.lower()
    return bool({lower, lemma} & SHARE_NOUNS)


@context_rule("measure_degree")
def measure_degree(span: Span) -> bool:
    """*significant* as a degree of a count or a share (:func:`significant_degree`: *a
    significant number of reports, a significant portion*)."""
    return significant_degree(span[-1])


@context_rule("degree_not_quantity")
def degree_not_quantity(span: Span) -> bool:
    """*a great deal, a good deal, a lot* as degree (*has suffered a great deal, a lot
    worse, a great deal more dangerous*), not as a quantity of something (*a great deal of
    money, a lot of people*) nor a noun phrase (*a lot in common*). Quirk et al. (1985: 8.105);
    Biber (1988: feature 49)."""
    after = words_after(span[-1], 1)
    if after[:1] == ["of"]:
        return False
    following = next_token(span[-1])
    if following is not None and following.lower_ in {"more", "less", "fewer"}:
        after = next_token(following)
        if after is not None and after.pos_ in {"NOUN", "PROPN"}:
            return False  # *a lot more things to talk about*: a quantity
    if following is not None and (following.tag_ in {"JJR", "RBR"} or following.lower_ in {
            "more", "less", "better", "worse"}):
        return True
    before = prev_token(span[0])
    return before is not None and before.pos_ in {"VERB", "AUX"} and (
        following is None or following.is_punct or following.pos_ in {"ADP", "SCONJ", "CCONJ"})


# --- the productive rule ---------------------------------------------------------------------

#: verbs of attitude and of speech acts that express one (*vehemently opposes, strongly
#: condemns, deeply regrets*)
ATTITUDE_VERBS = frozenset("""
oppose condemn reject regret deplore denounce criticize criticise object protest resent
disagree agree support welcome endorse applaud commend appreciate value believe hope wish
urge encourage recommend doubt fear worry care respect admire thank apologize apologise
insist deny refute dispute question challenge warn caution affirm reaffirm defend uphold
champion favour favor prefer hate dislike love want concern trouble disturb alarm shock
dismay sadden grieve mourn sympathize sympathise commit dedicate disapprove resist rebuke
slam blast decry lament abhor detest despise distrust mistrust suspect admonish reprimand
""".split())

#: adverbs that are not degree words (manner, time, viewpoint, frequency, focus)
NON_DEGREE_ADVERBS = frozenset("""
publicly openly repeatedly officially formally explicitly expressly directly personally
unanimously jointly swiftly quickly promptly immediately recently previously currently
initially finally eventually ultimately politically legally economically militarily
internationally domestically historically traditionally consistently constantly routinely
frequently regularly usually generally typically normally widely loudly vocally privately
secretly increasingly equally similarly likewise deliberately intentionally knowingly
falsely wrongly rightly correctly properly duly fairly reasonably relatively early daily
weekly monthly yearly annually only simply merely really truly actually clearly obviously
certainly surely apparently reportedly allegedly supposedly possibly probably presumably
seemingly arguably evidently largely mostly mainly partly partially nearly roughly
approximately unilaterally collectively individually independently separately mutually
respectfully silently quietly calmly peacefully safely successfully effectively efficiently
unfairly unjustly illegally unlawfully arbitrarily wrongfully violently forcibly
newly lately shortly soon already still also further hereby thereby firstly secondly
specifically particularly especially notably originally ostensibly purportedly formerly
broadly narrowly strictly loosely briefly moderately thankfully fortunately unfortunately
sadly regrettably hopefully luckily happily ironically surprisingly interestingly
understandably predictably frankly honestly seriously actively gradually cautiously
carefully warmly kindly sincerely proudly gladly readily willingly reluctantly strategically
systematically steadily progressively continuously continually thirdly fourthly fifthly
lastly additionally critically closely jointly genuinely rapidly slowly fully solemnly humbly
accordingly consequently subsequently presently necessarily equally purposefully rightfully
justly deservedly lightly primarily environmentally socially culturally technically financially
physically mentally ethically nationally regionally globally locally digitally medically
scientifically geographically commercially constitutionally institutionally structurally
administratively ideologically religiously racially ethnically sexually verbally orally
positively negatively favourably favorably universally unanimously
realistically terminally timely costly friendly lively orderly elderly deadly likely
""".split())


def _respect_or_name(token: Token) -> bool:
    """A viewpoint adverb (Quirk et al. 1985: 8.89, *politically, morally, legally,
    financially*): the ``-ally`` adverb of an ``-al`` adjective (*fiscal, factual,
    professional, constitutional*) says in which respect, not how much (*factually
    incorrect, morally reprehensible*); not ``-ically``, mostly of ``-ic`` adjectives whose
    adverb can grade (*emphatically, dramatically, diametrically*). A capitalised word inside a
    sentence is a name the tagger took for an adverb (*Special Representative Bathily*)."""
    lower = token.lower_
    return lower.endswith("ally") and not lower.endswith("ically") or \
        token.is_title and not token.is_sent_start


@productive_rule("degree_adverb")
def degree_adverbs(doc: Doc, compiled: CompiledLexicon) -> Iterable[Marker]:
    """Degree adverbs that no list holds: an ``-ly`` adverb (``advmod``, POS ``ADV``, not a
    manner, time or viewpoint adverb of :data:`NON_DEGREE_ADVERBS`, not a lexicon entry of
    another category) right before an evaluative adjective (an ``evaluation`` lexicon entry:
    *outrageously unfair*) or on a verb of attitude or speech act (*vehemently opposes,
    bitterly resents*), is ``intensifier/amplifier``. Quirk et al. (1985: 8.104-8.113);
    Martin & White (2005: 141)."""
    if not is_parsed(doc):
        return
    for token in tokens_where(doc, pos={"ADV"}, dep={"advmod"}):
        lower = token.lower_
        if not lower.endswith("ly") or lower in NON_DEGREE_ADVERBS or len(lower) < 5 or \
                _respect_or_name(token):
            continue
        categories = compiled.categories_of(lower)
        if categories - {"intensifier", "evaluation"}:
            continue
        head = token.head
        if head.pos_ == "ADJ" and head.i == token.i + 1:
            if "evaluation" not in compiled.categories_of(head.lower_):
                continue
        elif head.pos_ == "VERB" and head.lemma_.lower() in ATTITUDE_VERBS:
            if "evaluation" in categories:
                continue
        else:
            continue
        yield Marker(token.idx, token.idx + len(token.text), token.text, "intensifier",
                     "amplifier", lower, "rule:degree_adverb", "Quirk et al. 1985")


#: superlatives that name position, not degree (*the first-ever, the latest-ever*)
_NON_DEGREE_SUPERLATIVES = frozenset({"latest", "earliest", "first", "last", "next"})


@productive_rule("superlative_ever")
def superlative_ever(doc: Doc, compiled: CompiledLexicon) -> Iterable[Marker]:
    """*the largest-ever drop, its worst-ever crisis, the highest-ever turnout*: a
    superlative adjective joined to *ever* by a hyphen is a hyperbolic amplifier (MARKERS.md:
    *record turnout*; Bolinger 1972: superlatives of extent), span superlative to *ever*.
    Not *first-ever* (an ordinal) nor *the largest ever recorded* (no hyphen: a
    comparison). Martin & White (2005: 141-148)."""
    if not is_tagged(doc):
        return
    for token in tokens_where(doc, tag={"JJS"}):
        if token.i >= len(doc) - 2:
            break
        if token.lower_ in _NON_DEGREE_SUPERLATIVES:
            continue
        hyphen, ever = doc[token.i + 1], doc[token.i + 2]
        if hyphen.text not in {"-", "‐", "–"} or ever.lower_ != "ever" or \
                hyphen.idx != token.idx + len(token.text) or ever.idx != hyphen.idx + 1:
            continue
        yield Marker(token.idx, ever.idx + len(ever.text),
                     doc_text(doc)[token.idx: ever.idx + len(ever.text)], "intensifier",
                     "amplifier", f"{token.lower_}-ever", "rule:superlative_ever",
                     "Martin & White 2005")


def _superlative_base(token: Token) -> str | None:
    """The base of a superlative adjective (*gravest -> grave, harshest -> harsh, biggest
    -> big*): the lemma, else the form without *-est* (and a doubled consonant)."""
    lower = token.lower_
    if not lower.endswith("est") or len(lower) < 6:
        return None
    stem = lower[:-3]
    candidates = [token.lemma_.lower(), stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    if stem.endswith("i"):
        candidates.append(stem[:-1] + "y")
    return next((c for c in candidates if c != lower and c in
                 DEGREE_ADJECTIVES | ATTITUDE_ADJECTIVES), None)


@productive_rule("superlative_amplifier")
def superlative_amplifier(doc: Doc, compiled: CompiledLexicon) -> Iterable[Marker]:
    """*the gravest threat, the harshest sanctions, the fiercest battles*: the superlative of
    an amplifying adjective of the lexicon that no row lists in that form raises force as
    its base does (Martin & White 2005: 141-148, force at the top of the scale), under the
    same conditions as :func:`amplifying_adjective` (an abstract noun, not a physical one)."""
    if not is_tagged(doc):
        return
    for token in tokens_where(doc, tag={"JJS"}):
        if compiled.categories_of(token.lower_):
            continue
        base = _superlative_base(token)
        if base is None or "intensifier" not in compiled.categories_of(base):
            continue
        if _amplifies(token, base):
            yield Marker(token.idx, token.idx + len(token.text), token.text, "intensifier",
                         "amplifier", base, "rule:superlative_amplifier",
                         "Martin & White 2005")


@productive_rule("ever_compound")
def ever_compound(doc: Doc, compiled: CompiledLexicon) -> Iterable[Marker]:
    """*ever-growing, ever-deepening, ever-shrinking, ever-greater*: *ever-* with the
    participle of a verb of change in degree (:data:`EVER_CHANGE_VERBS`) or with a
    comparative, written as one word with a hyphen, is an amplifier. Not *ever-changing* or
    *ever-present* (time, not degree). Martin & White (2005: 141-148)."""
    for token in tokens_where(doc, lower={"ever"}):
        if token.i >= len(doc) - 2:
            break
        hyphen, word = doc[token.i + 1], doc[token.i + 2]
        if hyphen.text not in {"-", "‐"} or hyphen.idx != token.idx + len(token.text) or \
                word.idx != hyphen.idx + 1:
            continue
        lower = word.lower_
        verb = lower[:-3] if lower.endswith("ing") else ""
        is_change = word.lemma_.lower() in EVER_CHANGE_VERBS and lower.endswith("ing") or any(
            stem in EVER_CHANGE_VERBS for stem in {verb, verb + "e", verb[:-1]} if verb)
        comparative = word.tag_ in {"JJR", "RBR"} or lower in {"more", "greater", "closer"}
        if not (is_change or comparative):
            continue
        yield Marker(token.idx, word.idx + len(word.text),
                     doc_text(doc)[token.idx: word.idx + len(word.text)], "intensifier",
                     "amplifier", f"ever-{lower}", "rule:ever_compound", "Martin & White 2005")


@productive_rule("as_ever")
def as_ever(doc: Doc, compiled: CompiledLexicon) -> Iterable[Marker]:
    """*as strong as ever, as urgent as ever*: the equative with *ever* raises a quality to
    its highest point so far, as *(more) than ever* does (MARKERS.md: *(more) than ever* is an
    amplifier; Martin & White 2005: 141-148); span *as* to *ever*. Not *as soon as ever* of
    time nor *as ever* alone (*as ever, we stand ready*)."""
    if not is_tagged(doc):
        return
    for token in tokens_where(doc, lower={"as"}):
        if token.i >= len(doc) - 3:
            break
        quality, second, ever = doc[token.i + 1], doc[token.i + 2], doc[token.i + 3]
        if quality.pos_ not in {"ADJ", "ADV"} or quality.lower_ in {"soon", "long", "far",
                                                                     "much", "many", "well"}:
            continue
        if second.lower_ != "as" or ever.lower_ != "ever":
            continue
        yield Marker(token.idx, ever.idx + len(ever.text),
                     doc_text(doc)[token.idx: ever.idx + len(ever.text)], "intensifier",
                     "amplifier", f"as {quality.lower_} as ever", "rule:as_ever",
                     "Martin & White 2005")


#: the modals whose negation denies a higher degree (*could not, cannot*; *ca* of *can't*)
POSSIBILITY_MODALS = frozenset({"could", "can", "ca"})
#: participles of a claim that no wording could exceed (*cannot be overstated*)
UNSURPASSABLE = frozenset({"overstated", "overemphasized", "overemphasised", "exaggerated",
                            "overestimated"})


#: adjectives whose *-er* comparative the tagger can miss (*prouder* as a noun)
_COMPARATIVE_BASES = frozenset({"proud", "happi", "glad", "great", "strong", "high", "clos",
                                "hard", "easi"})


@productive_rule("unsurpassable_degree")
def unsurpassable_degree(doc: Doc, compiled: CompiledLexicon) -> Iterable[Marker]:
    """*could not be more important, could not be prouder, cannot be overstated, could not
    agree more*: a negated possibility of a higher degree puts the quality at the top of its
    scale, a maximizer (Quirk et al. 1985: 8.108; Martin & White 2005: 141, maximisation);
    span the modal to the degree word. Only *can/could* (*it would not be easier* compares);
    *could not be clearer* is certainty, a booster of the lexicon."""
    if not is_tagged(doc):
        return
    tokens = doc_tokens(doc)
    for modal in tokens_where(doc, lower=POSSIBILITY_MODALS):
        if modal.i >= len(tokens) - 3:
            break
        j = modal.i + 1
        if tokens[j].lower_ in {"not", "n't", "n’t"}:
            j += 1
        elif not modal.lower_.endswith("not"):
            continue
        if tokens[j].lower_ == "agree" and j + 1 < len(tokens) and tokens[j + 1].lower_ == \
                "more":
            end = tokens[j + 1]  # could not agree more
        elif tokens[j].lower_ == "be" and j + 1 < len(tokens):
            degree = tokens[j + 1]
            if degree.lower_ == "more" and j + 2 < len(tokens) and \
                    tokens[j + 2].pos_ in {"ADJ", "ADV"}:
                end = degree  # could not be more important
            elif (degree.tag_ in {"JJR", "RBR"} or degree.lower_.endswith("er") and
                  degree.lower_[:-2] in _COMPARATIVE_BASES) and degree.lower_ not in {
                      "clearer", "more", "less", "fewer", "worse"}:
                end = degree  # could not be prouder (tagged a noun at times)
            elif degree.lower_ in UNSURPASSABLE:
                end = degree  # cannot be overstated
            else:
                continue
        else:
            continue
        phrase = doc_text(doc)[modal.idx:end.idx + len(end.text)]
        yield Marker(modal.idx, end.idx + len(end.text), phrase, "intensifier", "maximizer",
                     phrase.lower(), "rule:unsurpassable_degree", "Quirk et al. 1985")
