"""Context rules and productive rules for the `evaluation` family (see shared/MARKERS.md).

Evaluation is Attitude in Martin & White (2005) and Hyland's (2005) attitude markers: an
adjective or adverb (or one of the few nouns that judge truth or quality) whose core meaning
is a judgement: *groundless, biased, unfair, illogical, hearsay*; *constructive, notable,
swiftly, duly*. The lexicon (``toolkit/lexicons/evaluation.tsv``, built by
``scripts/build_evaluation_lexicon.py`` from Pattern, VADER and Martin & White) names the
rule that must accept each match:

- ``evaluative_modifier``: the word is used as an adjective or adverb, not inside a proper
  name (*One Big Beautiful Bill*) or as the first or last part of a hyphenated descriptive
  compound (*high-level*, *anti-trafficking*).
- ``evaluative_adverb``: a derived *-ly* adverb used as one, not before an adjective or
  adverb (*excessively high* is degree).
- ``evaluative_noun``: the word is a noun (*lies* the noun, not the verb *he lies*).
- ``importance_sense``: *critical, key, vital, crucial, essential, important, significant*
  as importance (positive), not *critical of*, *key* the noun, *vital signs*, *statistically
  significant*.
- ``genuine_sense``: *real, actual, true, genuine* meaning genuine, not *real estate*,
  *in real terms*, *actual figures*, *true of*.
- ``quality_sense``: *better, best, good, well, great* as quality, not *had better*, *at
  best*, *for good*, *as well*, *do our best*, attributive *great* (degree: *great need*).
- ``unlawful_act``: *illegal, unlawful, illicit* judge the legality of an act, a policy or
  a state of affairs (*an illegal war, illicit sanctions, the occupation is unlawful*), not
  classify people or goods (*illegal immigrants, illegal drugs, illegal armed groups*).
- ``liability_sense``: *accountable, answerable* as a quality (*accountable institutions*),
  not liability (*hold Iran accountable, accountable for*).
- ``abstract_head``: words with a physical sense beside the judging one judge only an
  abstract or human head (*sloppy basis*, not *sloppy soil*; *narrow interpretation*, not
  *narrow street*; *concrete steps*, not poured *concrete*; *empty promises*, not an *empty
  tank*); adjectives of status do not judge people and places (*poor governance*, not *poor
  countries*, *the poor*), *friendly* does not judge states and their relations, nor
  *productive* economic output (*productive capacity*).
- ``valence_sense``: *positive, negative* as good or bad qualities (*a positive
  contribution*), not a test result, a number or a legal kind (*tested positive, negative
  growth*), nor the direction of an effect (*negative impacts*, like *adverse*).
- ``fairness_sense``: the adjective *just* (*a just cause*), not the adverb.
- ``historic_sense``: *historic* as significance on an achievement, a decision or a chance
  (*a historic opportunity*), not of the past (*historic sites, historic ties*).
- ``tenacity_sense``: *steadfast, unwavering* judge a person, a position or a relation
  (*stand steadfast, a steadfast ally*), not an attitude they amplify (*steadfast support*).
- ``welcome_sense``: attributive *welcome* (*a welcome step*), not the hospitality formula
  (*you are always welcome*) or the ceremony (*welcome remarks*).
- ``correctness_sense``: predicative *right* meaning correct (*you are quite right*), not
  the noun (*the right to*), a place, side or time (*right now*), *might is right*, nor
  the mostly set attributive phrases (*strike the right balance*).
- ``professional_sense``: *professional(ly)* as conduct (*in a professional way*), not the
  class of a job, a body or a kind of misconduct (*professional training, misconduct*).
- ``validity_sense``: *valid, invalid* as the soundness of a claim (*a valid point*), not
  the legal status of a document (*the permit is still valid*).
- ``attributive_judgement``: *premier, measured* judge only attributively, in lower case
  (*the premier body, a measured response*; not *Premier Li*, *measured in tonnes*).
- ``fault_noun``: *error(s)* as a fault (*committed legal error*), not *margin of error,
  trial and error, error message*.
- ``evil_sense``: *evil* as an adjective or a noun (*evil forces, a necessary evil*).
- ``verdict_noun``: *shame, pity* as a verdict (*it was a shame, what a pity*), not the
  feeling (*showed no shame*).

Across the rules: *central, fundamental, integral* are importance only on a role noun or
with *to* (*a central role, integral to*), not places and legal kinds (*Central Asia,
fundamental rights*); predicative *true* judges a claim's truth (*that is all true*), not
its applicability (*the same is true for*); sincerity words scale a ritual attitude
(*sincerely hope, heartfelt condolences*: Graduation, not Attitude); *effective* in force
(*effective 1 July*) and the legal term *cruel, inhuman or degrading treatment* are no
judgement; greetings and formulas are fixed expressions (*good afternoon, best wishes, how
best to, for the better*).

The productive rule ``negated_judgement`` marks adjectives formed with a negative prefix on
a positive judgement adjective of the lexicon that no list holds (*un-* + *presidential*);
``inflected_evaluation`` marks comparatives and superlatives of evaluative adjectives
(*fairer, cruellest*); ``ill_compound`` marks *ill-* + participle (*ill-defined*);
``conjoined_evaluation`` an unlisted adjective coordinated with an evaluative one;
``judgement_frame`` an unlisted adjective as the verdict of *find/deem/consider X ADJ*.
No adjective inside the name of a criminal offence is evaluation (*on charges of malicious
hooliganism*), nor a capitalised word inside a title (*the Chair to Eliminate Stupid
Patents*). Two parser slips are repaired: an *-ing* adjective read as a verb with its noun
as object (*show appalling detention conditions*) and an adjective tagged as a verb in a
coordination of adjectives (*brutal and indiscriminate*).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..nlp import doc_text, doc_tokens, tokens_where
from .intensifiers import (
    ATTITUDE_NOUNS,
    COLLECTIVE_NOUNS,
    EARNEST_ACTS,
    QUANTITY_NOUNS,
    scales_effort,
    scales_ritual_attitude,
    significant_degree,
)
from .rules import (
    DOCUMENT_NOUNS,
    FINITE_TAGS,
    Marker,
    context_rule,
    is_parsed,
    next_token,
    prev_token,
    productive_rule,
    subject_of,
)

__all__ = ["is_modifier_use", "has_abstract_head", "excluded_words"]

ADJ_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS"})
#: participles used as adjectives (*biased findings*, *is prejudiced*) and their relations
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})

#: nouns naming physical things, places and substances: a word with a physical sense
#: beside its judging one (*sloppy, narrow, dirty*) does not judge these
PHYSICAL_HEADS = frozenset("""
soil ground earth mud road roads street streets path lane river water sea lake stream
floor wall walls roof room building house door window bridge field land surface rock
stone sand dust snow ice rain weather wind air food meal dish meat bread fruit tree trees
body hair skin face hand hands leg legs eye eyes blood bone car cars truck boat ship
train clothes shirt dress paper cloth metal wood glass plastic bottle box bag table
chair bed corridor passage gap valley canyon strip tunnel pipe channel border-crossing
energy fuel fuels coal technology technologies vehicle vehicles cooking
diesel transportation transport electricity hydrogen
""".split())

#: a complement that switches the adjective to a sense that does not judge
#: (*critical of*, *responsible for*, *true of*, *interested in*)
NONJUDGING_COMPLEMENTS = {"critical": {"of"}, "responsible": {"for"}, "true": {"of", "to"},
                          "capable": {"of"}, "incapable": {"of"}, "free": {"of", "from"},
                          "key": {"to"}, "friendly": {"to"}}
#: heads that make *significant, considerable* a quantity (degree), not significance
MEASURE_HEADS = frozenset({"number", "numbers", "amount", "amounts", "portion", "proportion",
                           "share", "percentage", "quantity", "quantities", "sum", "sums",
                           "degree", "extent", "majority", "minority", "part"})
#: fixed classifying terms: *vital signs, critical condition, essential workers*
IMPORTANCE_NOT_HEADS = frozenset({"sign", "signs", "statistics", "organ", "organs",
                                  "condition", "mass", "care", "thinking", "theory",
                                  "infrastructure", "worker", "workers", "oil", "oils",
                                  "amino", "nutrients", "race", "path", "point", "acclaim",
                                  "technology", "technologies", "mineral", "minerals",
                                  "material", "materials"})
#: what *critical* describes as criticising (WordNet 3.0 critical 1: "marked by a tendency to
#: find and call attention to errors and flaws"): a speaker's voice and the texts that
#: criticise (*critical voices, critical comments, a highly critical report*), not what
#: matters (*a critical message, a critical juncture*)
CRITICISING_HEADS = frozenset("""voice voices comment comments remark remarks reference
references article articles report reports coverage content editorial editorials review
reviews reporting journalism journalist journalists press media blog blogs blogger bloggers
post posts dialogue innuendo view views opinion opinions statement statements""".split())
#: adjectives whose importance sense is one of their senses (WordNet 3.0: *central,
#: fundamental* "serving as an essential component"; *integral* "essential to
#: completeness"): importance as the role of a component or as *ADJ to*, else a place or a
#: legal kind (*Central Asia, the central bank, fundamental rights, an integral manner*)
ROLE_IMPORTANCE = frozenset({"central", "fundamental", "integral"})
#: nouns naming the role of a component in a whole: *a central role, an integral part*
ROLE_HEADS = frozenset("""role roles part parts element elements pillar pillars place component
components tenet tenets framework plank planks cornerstone feature features aspect aspects
factor factors ingredient ingredients issue issues question questions concern concerns
priority priorities objective objectives goal goals focus""".split())


#: pronouns a postpositive adjective describes (*something fundamental*)
INDEFINITE_PRONOUNS = frozenset({"something", "nothing", "anything", "everything"})


def _role_importance(token: Token) -> bool:
    """*central, fundamental, integral* as importance: on a role noun (*a central role*) or
    predicative with *to* (*is central to peace*, *Central to peace is ...*)."""
    after = next_token(token)
    if after is not None and after.lower_ == "to":
        return True
    if token.dep_ in ("acomp", "oprd"):
        return True
    if token.dep_ == "amod" and token.head.lower_ in INDEFINITE_PRONOUNS \
            and token.head.i < token.i:
        return True  # postpositive, a predication: *something much more fundamental*
    head = _modified_noun(token)
    return head is not None and head.lower_ in ROLE_HEADS


GENUINE_NOT_HEADS = frozenset({"estate", "time", "terms", "gdp", "wages", "wage", "income",
                               "incomes", "value", "values", "growth", "number", "numbers",
                               "figure", "figures", "cost", "costs", "amount", "rate",
                               "world", "name", "size", "state", "property", "date",
                               "life"})
QUALITY_FIXED_BEFORE = {"had": {"better"}, "at": {"best", "least"}, "for": {"good"},
                        "how": {"best"}, "second": {"best"}, "next": {"best"},
                        "as": {"well", "good"}, "'d": {"better"}, "’d": {"better"}}
QUALITY_FIXED_AFTER = {"well": {"as", "-", "being"}, "great": {"deal", "britain", "lakes",
                                                                "wall", "depression", "power",
                                                                "powers", "-"},
                       "good": {"-", "faith", "offices", "friday", "afternoon", "morning",
                                "evening", "night", "conscience", "many", "few", "deal",
                                "day", "weekend", "spirits", "manners"},
                       "better": {"-", "part"},
                       "best": {"-", "of", "wishes", "regards", "practice", "practices",
                                "known", "able"}}
# (*good day, a good weekend*: greetings; *in good spirits*: a mood; *good manners*: a
# convention; *best practice*: the name of an established method; *best known, best able*:
# the superlative degree of *well*, no judgement)
#: nouns of people and work that attributive *great* judges (*a great friend, a great job*)
GREAT_JUDGED_HEADS = frozenset("""friend friends leader leaders statesman statesmen
stateswoman man woman hero heroes job work colleague colleagues partner partners
son daughter""".split())
#: agent suffixes (*peacemaker, humanist, negotiator*); *great powers* is a class of states
AGENT_SUFFIXES = ("maker", "makers", "ist", "ists", "or", "ors", "er", "ers")
GREAT_CLASS_HEADS = frozenset({"power", "powers", "number", "numbers", "deal", "matter",
                               "order", "letter", "manner", "other", "others", "danger",
                               "dangers", "disorder", "water", "waters", "border", "borders"})


def _judged_person_or_work(head: Token) -> bool:
    """A person judged by their quality (*a great peacemaker, humanist, friend*) or a piece
    of work (*a great job*), not a class of states (*the great powers*)."""
    word = head.lower_
    if head.pos_ != "NOUN" or word in GREAT_CLASS_HEADS:
        return False
    return word in GREAT_JUDGED_HEADS or (word.endswith(AGENT_SUFFIXES) and len(word) > 6)


#: verbs of the greeting formula *Good to see you, good to be here*
GREETING_VERBS = frozenset({"see", "meet", "be", "have", "hear", "talk", "speak"})
#: two words before that make a fixed expression: *for the better*, *in good conscience*
QUALITY_FIXED_FRAMES = {"better": {("for", "the")}, "worse": {("for", "the")}}


def _token(span: Span) -> Token:
    """The span's head word (multi-word terms: the root)."""
    return span.root


def is_modifier_use(span: Span) -> bool:
    """True when the match is used as an adjective or adverb (tagged so, or a participle in
    an adjectival relation), outside proper names, hyphenated descriptive compounds, names
    of offences and legal terms, and *effective* meaning in force."""
    token = _token(span)
    if _in_hyphen_compound(span) or _nonjudging_complement(token) or _in_offence_name(token) \
            or _in_legal_term(token) or _in_force(token) or _in_title_case_name(token):
        return False
    if token.pos_ == "PROPN":
        return _is_epithet(token) or _is_one_word_sentence(token)
    if token.tag_ in ADJ_TAGS or token.pos_ in ("ADJ", "ADV"):
        return True
    if token.tag_ in PARTICIPLE_TAGS and _adjectival_participle(token):
        return True
    if _adjective_tagged_noun(token) or _adjective_tagged_verb(token):
        return True
    return len(span) > 1 and any(t.pos_ in ("ADJ", "ADV") or t.tag_ in PARTICIPLE_TAGS
                                 for t in span)


#: suffixes that make adjectives, not nouns (*tireless, perfidious, shameful, laudable*)
ADJECTIVE_SUFFIXES = ("less", "ous", "ful", "able", "ible")


def _in_adjective_coordination(token: Token) -> bool:
    """A conjunct of an adjective with nothing of its own that a verb or a noun phrase would
    take (subject, object, auxiliary, determiner, possessive): coordination joins like with
    like (Quirk et al. 1985: 13.5), so the word is an adjective whatever its tag."""
    return token.dep_ == "conj" and token.head.pos_ == "ADJ" and token.is_lower and not any(
        c.dep_ in ("nsubj", "dobj", "aux", "det", "poss") for c in token.children)


def _adjective_tagged_noun(token: Token) -> bool:
    """An adjective that the tagger took for a noun: a premodifier (*tireless/NN efforts,
    Iran's malign/NN behaviour*, compound), a lexicon adjective before the noun it describes,
    with an adjective-forming suffix (Quirk et al. 1985: I.38, -less, -ous, -ful, -able) or no
    abstract noun sense in WordNet 3.0 (:func:`.intensifiers.wordnet_noun_lexfiles`); or a
    conjunct of an adjective (*accurate, and objective/NN*)."""
    from .intensifiers import wordnet_noun_lexfiles

    if token.tag_ == "NN" and _in_adjective_coordination(token):
        return True
    return (token.tag_ in ("NN", "NNP") and token.dep_ in ("compound", "amod")
            and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN")
            and token.is_lower and (token.lower_.endswith(ADJECTIVE_SUFFIXES) or
                                    token.lower_ not in wordnet_noun_lexfiles()))


def _adjective_tagged_verb(token: Token) -> bool:
    """A lexicon adjective the tagger took for a verb: a base form in a coordination of
    adjectives (*brutal and indiscriminate/VB in the way it has been conducted*), or an -ed
    form tagged as a past tense that the parser made an object predicate (*called the
    election flawed/VBD*), with no subject, object or auxiliary of its own."""
    if token.tag_ == "VBD" and token.dep_ == "oprd":
        return not any(c.dep_ in ("nsubj", "dobj", "aux") for c in token.children)
    return token.tag_ in ("VB", "VBP") and _in_adjective_coordination(token)


#: the legal term of the Convention against Torture (1984) and of human-rights law:
#: *cruel, inhuman or degrading treatment or punishment* names a category of acts
LEGAL_TERM_ADJECTIVES = frozenset({"cruel", "inhuman", "inhumane", "degrading"})
LEGAL_TERM_HEADS = frozenset({"treatment", "punishment", "treatments", "punishments"})


#: verbs of a legal status before *innocent* (*presumed innocent until proven guilty*)
LEGAL_STATUS_VERBS = frozenset({"presume", "prove", "find", "declare", "plead"})


def _in_legal_term(token: Token) -> bool:
    """One of the adjectives of *cruel, inhuman or degrading treatment* inside that term:
    the head is *treatment/punishment* and another adjective of the term stands next to it
    (MARKERS.md: adjectives that name a kind are not evaluation); copyright's *fair use*; the
    *grand jury*; a legal status, *presumed (proven, found) innocent*."""
    word = token.lower_
    if word in ("fair", "grand"):  # the doctrine of copyright law (17 USC 107); the jury
        after = next_token(token)  # that indicts (US Constitution, Fifth Amendment)
        return after is not None and after.lemma_.lower() == ("use" if word == "fair"
                                                                else "jury")
    if word == "innocent":
        before = prev_token(token)
        return before is not None and before.lemma_.lower() in LEGAL_STATUS_VERBS
    if word not in LEGAL_TERM_ADJECTIVES:
        return False
    window = token.doc[max(0, token.i - 4):token.i + 6]
    others = {t.lower_ for t in window if t.i != token.i} & LEGAL_TERM_ADJECTIVES
    return bool(others) and any(t.lower_ in LEGAL_TERM_HEADS for t in window
                                if t.i > token.i)


#: words after *effective* that make it "in force" (*effective immediately, effective 1
#: July*), and verbs before it (*became effective*): a legal status, not a judgement
IN_FORCE_AFTER = frozenset({"immediately", "from", "as", "on", "upon", "today", "tomorrow"})
IN_FORCE_VERBS = frozenset({"become", "remain", "go"})


def _in_force(token: Token) -> bool:
    """*effective* meaning in force (WordNet 3.0 sense "in operation"): *effective July 1,
    became effective in 2000*; not *effective action*."""
    if token.lower_ != "effective":
        return False
    after, before = next_token(token), prev_token(token)
    if after is not None and (after.lower_ in IN_FORCE_AFTER or after.ent_type_ == "DATE"
                              or after.like_num):
        return True
    return before is not None and before.lemma_.lower() in IN_FORCE_VERBS and (
        after is None or after.is_punct or after.pos_ == "ADP")


#: words that introduce the name of a criminal offence: *charges of, convicted of, charged
#: with, guilty of, accused of, on suspicion of*
OFFENCE_HEADS = frozenset({"charge", "charges", "accuse", "accused", "convict", "convicted",
                           "conviction", "indict", "indicted", "indictment", "guilty",
                           "suspicion", "suspected", "prosecute", "prosecuted", "prosecution",
                           "count", "counts", "charged", "sentence", "sentenced"})


def _in_offence_name(token: Token) -> bool:
    """An adjective inside the name of a criminal offence (*on charges of malicious
    hooliganism*, *convicted of gross negligence*): the name classifies the charge, it does
    not judge (shared/MARKERS.md: adjectives that name a kind are not evaluation)."""
    if token.dep_ not in ("amod", "compound"):
        return False
    noun = token.head
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    preposition = noun.head
    return (noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj"
            and preposition.lower_ in ("of", "with", "for")
            and (preposition.head.lower_ in OFFENCE_HEADS
                 or preposition.head.lemma_.lower() in OFFENCE_HEADS))


#: words before a postpositive *responsible* that make it liability (*those responsible,
#: the persons responsible*): the culprits are named, not judged
LIABLE_PERSON_WORDS = frozenset({"those", "persons", "person", "people", "anyone", "whoever",
                                 "individuals", "officials", "ministers", "parties"})


def _nonjudging_complement(token: Token) -> bool:
    """*critical of, responsible for, true of*: a complement that changes the sense; *the key
    to* is the noun, predicative *is key to* the importance adjective; postpositive *those
    responsible* names the liable."""
    after = next_token(token)
    before = prev_token(token)
    if token.lower_ == "responsible" and before is not None \
            and before.lower_ in LIABLE_PERSON_WORDS:
        return True
    if token.lower_ == "responsible" and is_parsed(token.doc) and token.dep_ in (
            "acomp", "oprd", "attr", "ccomp", "xcomp") and not any(
            c.dep_ == "expl" or c.lower_ == "it" and c.dep_ == "nsubj"
            for c in token.head.children):
        return True  # accountability, not a judgement of conduct: *the opposition is
        # responsible, who was responsible, we hold them fully responsible* (but *it is
        # responsible to ...*, and the attributive *a responsible official*, judge)
    if token.lower_ == "key" and token.tag_ == "JJ" and token.dep_ in ("acomp", "attr"):
        return False
    return after is not None and after.lower_ in NONJUDGING_COMPLEMENTS.get(token.lower_, ())


#: entity types whose names may contain a judging word that judges nothing (*Great Britain*,
#: *the One Big Beautiful Bill*, *Operation Epic Fury*)
NAME_ENTITY_TYPES = frozenset({"LAW", "GPE", "LOC", "EVENT", "WORK_OF_ART", "FAC", "PRODUCT"})
#: last words of names of laws, plans and institutions (*Fair Trade Commission*)
THING_NAME_HEADS = frozenset("""
bill act law party plan deal program programme fund initiative agreement treaty accord
commission committee council department ministry agency foundation institute institution
organization organisation association league union front movement army corps court
company bank watch centre center office bureau authority alliance coalition society
""".split())


def _adjectival_participle(token: Token) -> bool:
    """A participle used as an adjective: attributive or predicative (*biased findings*,
    *is prejudiced*), or coordinated with an adjective; not a verb in a series of acts
    (*killed, tortured, and abused*)."""
    if token.dep_ in ("amod", "acomp", "oprd"):
        return True
    if _predicative_participle(token):
        return True
    if token.dep_ == "conj":
        head = token.head
        return head.pos_ == "ADJ" or (head.tag_ in PARTICIPLE_TAGS and
                                      head.dep_ in ("amod", "acomp", "oprd"))
    return _attributive_ing_read_as_verb(token)


#: dependents a participle used as an adjective after *be* can have (no object, agent,
#: prepositional or clausal complement: those make it a verb)
_STATIVE_DEPENDENTS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "advmod", "neg",
                                 "punct", "cc", "conj", "mark", "npadvmod"})


def _predicative_participle(token: Token) -> bool:
    """A participle of the lexicon after *be* with nothing a verb would take (*the report is
    biased*, *the results are completely fabricated*, *closures were worrying*; Quirk et al.
    1985: 3.77, adjectival passives and -ing adjectives), which the parser reads as a passive
    or a progressive; or right after the object of a verb of calling or deeming (*called the
    hearing biased*), read as a reduced relative. Not with an agent, an object or a
    complement (*was dedicated to X*, *were fabricated by officials*)."""
    if token.tag_ not in ("VBN", "VBG"):
        return False
    be = "auxpass" if token.tag_ == "VBN" else "aux"
    if token.dep_ == "acl" and token.tag_ == "VBN" and not any(
            c.dep_ == be for c in token.children):  # (its reason may follow: for X-ing)
        noun = token.head
        return noun.i == token.i - 1 and noun.dep_ == "dobj" and \
            noun.head.lemma_.lower() in DEEMING_VERBS and all(
                c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
    if token.dep_ == "ccomp" and token.tag_ == "VBN" and \
            token.head.lemma_.lower() in DEEMING_VERBS and \
            any(c.dep_ == "nsubj" and c.i < token.i for c in token.children) and \
            all(c.dep_ in _STATIVE_DEPENDENTS for c in token.children):
        return True  # calling the claims "fully fabricated": the object's complement, which
        # the parser read as a clause
    if any(c.dep_ not in _STATIVE_DEPENDENTS and not _before_colon(c, token)
           for c in token.children):
        return False
    return any(c.dep_ == be and c.lemma_.lower() == "be" for c in token.children)


def _before_colon(dependent: Token, head: Token) -> bool:
    """A dependent the parser hung on ``head`` across a colon before it (*Let's be clear:
    the results are fabricated*): another clause, not the participle's own."""
    return dependent.i < head.i and any(
        t.text in (":", ";") for t in head.doc[dependent.right_edge.i + 1:head.i])


#: verbs of calling and deeming, whose object complement judges (Levin 1993, 29.2-29.4)
DEEMING_VERBS = frozenset("call deem consider find declare label brand term think judge "
                          "rule".split())


#: verbs that take a gerund clause (*stop insulting people, avoid shocking the markets*):
#: after them an *-ing* form is a verb
GERUND_VERBS = frozenset("""stop avoid continue keep start begin quit risk consider suggest
mind enjoy finish resume cease deny admit recommend try like love hate prefer go come spend
waste help be get end""".split())


def _attributive_ing_read_as_verb(token: Token) -> bool:
    """An evaluative *-ing* adjective the parser read as a verb whose object is the noun it
    describes (*accounts show appalling detention conditions*: *appalling* an ``xcomp``
    with ``conditions`` its object): the clause stands where the governing verb's own
    object is missing, with no auxiliary or subject of its own, not after a verb that takes
    a gerund (*end up accepting failure*), and a bare object (no determiner) right after it
    that is not a person (*avoid insulting people*)."""
    from .rules import HUMAN_NOUNS

    if token.tag_ != "VBG" or token.dep_ not in ("xcomp", "ccomp", "advcl") \
            or token.head.lemma_.lower() in GERUND_VERBS \
            or any(c.dep_ == "dobj" for c in token.head.children):
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    after = next_token(token)
    if len(objects) != 1 or after is None or after.i > objects[0].i:
        return False
    noun = objects[0]
    return (noun.pos_ == "NOUN" and noun.lower_ not in HUMAN_NOUNS
            and noun.lower_ not in PEOPLE_AND_PLACES
            and all(t.dep_ in ("compound", "amod") for t in token.doc[after.i:noun.i]))


def _is_epithet(token: Token) -> bool:
    """A judging adjective glued to a person's name (*Crazy Bernie*, *Sleepy Joe*): the
    word is capitalised and followed by a proper noun, and not itself a name part in the
    lexical sense (the tagger calls both PROPN)."""
    following = next_token(token)
    return (following is not None and following.pos_ == "PROPN"
            and following.ent_type_ not in NAME_ENTITY_TYPES
            and token.ent_type_ not in NAME_ENTITY_TYPES
            and not _name_part(token, following)
            and not _name_of_thing(token) and not _company_name(token))


def _name_part(token: Token, following: Token) -> bool:
    """A word the parser's entities put inside a person's name: its first name (*the
    government of Frank Bainimarama*: the entity begins with the word and goes on) or a
    later part (*Francis Scott Key*); an epithet stands outside the name (*Crazy Bernie*)."""
    return token.ent_type_ == "PERSON" and (token.ent_iob_ == "I" or following.ent_iob_ == "I")


#: the legal forms that end a company's name (*Wise Media, LLC*)
COMPANY_SUFFIXES = frozenset({"llc", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co.",
                              "plc", "gmbh", "l.l.c.", "lp", "llp", "s.a.", "ag"})


def _company_name(token: Token) -> bool:
    """The first word of a company's name (*Wise Media, LLC*): a legal form follows the
    capitalised run within two tokens."""
    i = token.i + 1
    while i < len(token.doc) and token.doc[i].pos_ == "PROPN" and token.doc[i].is_title:
        i += 1
    window = token.doc[i:i + 2]
    return any(t.lower_ in COMPANY_SUFFIXES for t in window)


def _is_one_word_sentence(token: Token) -> bool:
    """*Wrong.* standing alone (the tagger often calls a capitalised fragment a name)."""
    sentence = token.sent if token.doc.has_annotation("SENT_START") else token.doc[:]
    return all(t.i == token.i or t.is_punct for t in sentence)


def _name_of_thing(token: Token) -> bool:
    """Inside the title of a law, bill, act or organisation (*One Big Beautiful Bill*)."""
    right = token
    while right.i + 1 < len(token.doc) and token.doc[right.i + 1].pos_ == "PROPN":
        right = token.doc[right.i + 1]
    return right.lower_ in THING_NAME_HEADS


#: short words a title-case name keeps in lower case (*Chair to Eliminate Stupid Patents*)
TITLE_FUNCTION_WORDS = frozenset({"of", "to", "from", "and", "the", "for", "on", "in", "a", "an",
                                  "at", "by", "with"})


def _in_title_case_name(token: Token) -> bool:
    """A capitalised word inside a run of capitalised words, not at a sentence start: the
    title of a law, a body or a post (*the Saving High-Tech Innovators from Egregious Legal
    Disputes Act*, *the Chair to Eliminate Stupid Patents*), which names, not judges. An
    epithet before a person's name (*and Crazy Bernie Sanders*) is not a title."""
    if not token.is_title or token.is_sent_start:
        return False
    following = next_token(token)
    if following is not None and following.ent_type_ == "PERSON":
        return False

    def neighbour(step: int) -> Token | None:
        i = token.i + step
        while 0 <= i < len(token.doc) and token.doc[i].lower_ in TITLE_FUNCTION_WORDS \
                and not token.doc[i].is_title:
            i += step
        return token.doc[i] if 0 <= i < len(token.doc) else None

    before, after = neighbour(-1), neighbour(1)
    return (before is not None and after is not None and before.is_title and after.is_title
            and not before.is_sent_start)


def _in_hyphen_compound(span: Span) -> bool:
    """*high-level, low-income, anti-trafficking*: the span is one side of a hyphen."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    glued_after = after is not None and after.text in ("-", "–") and not span[-1].whitespace_
    glued_before = (before is not None and before.text in ("-", "–")
                    and not before.whitespace_)
    return glued_after or glued_before


def _modified_noun(token: Token) -> Token | None:
    """The noun an adjective describes: its head (attributive) or its subject
    (predicative: *the basis is sloppy*)."""
    if token.dep_ == "amod" or token.dep_ == "compound":
        return token.head
    if token.dep_ in ("acomp", "attr", "conj"):
        if token.dep_ == "conj":
            return _modified_noun(token.head)
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subjects[0] if subjects else None
    if token.dep_ == "advmod" and token.head.pos_ in ("ADJ",):
        return _modified_noun(token.head)
    return None


#: adjectives of wealth or strength that describe (not judge) people and places
#: (*poor countries, weak states*); they judge performances and ideas (*poor governance*)
STATUS_ADJECTIVES = frozenset({"poor", "weak", "rich", "healthy", "sick", "blind"})
PEOPLE_AND_PLACES = frozenset("""
people person persons man men woman women child children family families household households
community communities country countries nation nations state states region regions area
areas neighbourhood neighborhood neighbourhoods neighborhoods village villages city cities
farmer farmers worker workers patient patients population populations citizen citizens
""".split())


#: adjectives of the relation between states: *friendly countries, friendly relations*
#: name the kind of relation (diplomatic classification), not a judgement of character
RELATION_ADJECTIVES = frozenset({"friendly", "unfriendly"})
RELATION_HEADS = PEOPLE_AND_PLACES | frozenset("""relation relations relationship relationships
tie ties cooperation government governments power powers fire""".split())
#: heads on which *ethical* is relational, "of ethics" (*ethical issues, ethical
#: responsibilities, an ethical committee*), not a judgement of conduct (*ethical conduct*)
ETHICS_DOMAIN_HEADS = frozenset("""issue issues question questions dimension dimensions
consideration considerations responsibility responsibilities obligation obligations duty
duties standard standards framework frameworks code codes guideline guidelines principle
principles committee committees review reviews debate debates dilemma dilemmas aspect
aspects implication implications concern concerns""".split())
#: adjectives of containers, temperature and texture (*an empty tank, a hollow tube, warm
#: water, smooth stones*) that judge only abstractions (*empty promises, hollow words, a warm
#: welcome, a smooth transition*): any concrete noun is the physical sense here
CONTAINER_ADJECTIVES = frozenset({"empty", "hollow", "warm", "smooth"})
#: heads on which *productive* measures economic output (*productive capacity, productive
#: sectors*), a description, not a judgement of how well something went (*productive talks*)
OUTPUT_HEADS = frozenset("""capacity capacities sector sectors resource resources base
employment investment investments activity activities asset assets land lands force forces
population populations linkage linkages economy economies use uses work worker workers
chain chains structure structures apparatus industry industries""".split())


def has_abstract_head(span: Span) -> bool:
    """True unless the adjective describes a physical thing (*sloppy soil*), the status
    of people and places (*poor countries*, *the poor*), the relation between states
    (*friendly countries*) or economic output (*productive capacity*)."""
    token = _token(span)
    word = token.lemma_.lower() if token.tag_ in ("JJR", "JJS") else token.lower_
    if word in STATUS_ADJECTIVES and _nominal_use(token):
        return False  # *the poor, the weak*: a class of people
    head = _modified_noun(token)
    if head is None:
        return True
    if word in STATUS_ADJECTIVES and head.lower_ in PEOPLE_AND_PLACES:
        return False
    if word in RELATION_ADJECTIVES and head.lower_ in RELATION_HEADS:
        return False
    if word == "productive" and (head.lower_ in OUTPUT_HEADS
                                 or head.lemma_.lower() in OUTPUT_HEADS):
        return False
    if word == "ethical" and head.lower_ in ETHICS_DOMAIN_HEADS:
        return False
    if word in CONTAINER_ADJECTIVES and head.pos_ in ("NOUN", "PROPN"):
        from .intensifiers import is_abstract_noun

        return is_abstract_noun(head)  # *empty promises*, not *the tank was empty*
    following = next_token(token)
    if following is not None and following.i < head.i and following.dep_ == "compound" and \
            following.lower_ in PHYSICAL_HEADS:
        return False  # the physical noun of a compound: *clean air standards*
    return head.lower_ not in PHYSICAL_HEADS


def _nominal_use(token: Token) -> bool:
    """An adjective used as a noun for a class of people (*the poor, the world's poor*): it
    fills a noun's slot after a determiner, a possessive or an adjective."""
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        return False
    before = prev_token(token)
    return before is not None and (before.dep_ in ("det", "poss", "case")
                                   or before.pos_ == "ADJ")


#: adjectives of the forms of address of Parliament and the courts (Erskine May, 25th ed.,
#: 21.24: *the noble Lord*, *my hon. and gallant Friend*, *my right hon. and learned Friend*,
#: *the Honorable James Robertson*): a title, not a judgement of the person
ADDRESS_ADJECTIVES = frozenset({"noble", "gallant", "honourable", "honorable", "learned"})
#: the nouns those forms of address go with (not the vocatives of
#: ``toolkit.attribution.plumbing.ADDRESS_NOUNS``: *Mr. President*), and the words between
#: (*noble and learned*)
ADDRESS_FORM_NOUNS = frozenset("""lord lords lady ladies baroness baronesses viscount viscountess
earl countess duke duchess marquess friend friends gentleman gentlemen member members
""".split())
_ADDRESS_LINKS = ADDRESS_ADJECTIVES | {"and", "right", "hon.", "hon", "rt.", "rt"}


def form_of_address(token: Token) -> bool:
    """Whether ``token`` is an adjective of a form of address (:data:`ADDRESS_ADJECTIVES`):
    before one of :data:`ADDRESS_FORM_NOUNS` (*the noble Lord*, *my hon. and gallant Friend*) or,
    capitalised, before a name (*the Honorable James Robertson*)."""
    if token.lower_ not in ADDRESS_ADJECTIVES:
        return False
    following = next_token(token)
    while following is not None and following.lower_ in _ADDRESS_LINKS:
        following = next_token(following)
    if following is None:
        return False
    return following.lower_ in ADDRESS_FORM_NOUNS or token.text[:1].isupper() and \
        following.pos_ == "PROPN" and not token.is_sent_start


@context_rule("evaluative_modifier")
def evaluative_modifier(span: Span) -> bool:
    """An evaluative adjective or adverb used as one (Martin & White 2005: Attitude), not a
    sincerity word that scales a ritual attitude (*heartfelt condolences*) nor a form of
    address (*the noble Lord*)."""
    token = _token(span)
    return is_modifier_use(span) and not scales_ritual_attitude(token) and \
        not form_of_address(token)


def _in_effect(token: Token) -> bool:
    """*effectively* meaning "in effect" (WordNet 3.0's second sense, "in actuality or
    reality or fact") before a finite verb or a perfect participle (*Eritrea effectively
    enslaves people*, *have effectively criminalized*, *strikers effectively shut down the
    mines*); a judgement of manner modifies an infinitive, a gerund or follows its verb
    (*to effectively protect*, *respond effectively*)."""
    if token.lower_ != "effectively":
        return False
    verb = next_token(token)
    return verb is not None and token.head.i == verb.i and (
        verb.tag_ in FINITE_TAGS or verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


@context_rule("evaluative_adverb")
def evaluative_adverb(span: Span) -> bool:
    """A derived *-ly* adverb of an evaluative adjective used as a judgement of manner or
    of the proposition (*callously dismissed*, *Bizarrely, ...*); before an adjective or
    adverb it scales a degree (*excessively high, modestly larger*) and is no judgement
    (Quirk et al. 1985: 7.56, intensifying use of evaluative adverbs), nor is a sincerity
    word on a ritual attitude (*sincerely hope*) or an adverb of energy on a verb of effort
    (*furiously working*: intensifiers)."""
    token = _token(span)
    if not is_modifier_use(span) or scales_ritual_attitude(token) or scales_effort(token):
        return False
    if _in_effect(token):
        return False
    if token.head.lower_ == "so" and token.head.i == token.i + 1 and (
            token.head.i + 1 == len(token.doc) or token.doc[token.head.i + 1].is_punct):
        return True  # *and rightly so*: *so* stands for the clause judged
    if token.dep_ != "advmod":
        return True
    if token.head.pos_ in ("ADJ", "ADV") and token.head.i > token.i:
        return False
    following = next_token(token)
    # the parser may hang the adverb on the copula: *prices are outrageously high*
    return not (following is not None and following.pos_ == "ADJ"
                and following.head == token.head and following.dep_ == "acomp")


@context_rule("evaluative_noun")
def evaluative_noun(span: Span) -> bool:
    """A noun that judges truth or quality, used as a noun (*lies*, not *he lies*)."""
    token = _token(span)
    if _in_hyphen_compound(span):
        return False
    after = next_token(token)
    if token.dep_ == "ROOT" and after is not None and after.pos_ == "ADP":
        return False  # a verb tagged as a noun (*self-determination lie at the core*)
    if token.pos_ == "PROPN" or token.tag_ in ("NNP", "NNPS"):
        # a name (*Trygve Lie*), unless a capitalised label (*HOAX:*)
        return token.is_upper or (after is not None and after.text in (":", "!"))
    if token.pos_ == "NOUN" or token.tag_.startswith("NN"):
        return True
    if token.dep_ in ("amod", "compound") and token.head.pos_ == "NOUN" \
            and token.head.i > token.i:
        return True  # the noun used attributively, tagged as an adjective (*sham elections*)
    # one-word headlines and labels (*HOAX:*) are often mis-tagged: a noun-like token at
    # the start of a sentence followed by a colon
    return token.is_sent_start and after is not None and after.text in (":", "!")


@context_rule("importance_sense")
def importance_sense(span: Span) -> bool:
    """Adjectives of importance are positive evaluation (*critical priorities, of key
    significance*); not *critical of*, *key* as a noun, *vital signs*, *critical
    condition* (shared/MARKERS.md)."""
    token = _token(span)
    if _nonjudging_complement(token):
        return False
    if token.pos_ in ("NOUN", "PROPN", "VERB") and token.tag_ not in ("JJ",):
        # *key* as a noun (*the key to success*), not *of key significance* (tagged NOUN
        # sometimes: accept it when it modifies a noun)
        if not (token.dep_ in ("amod", "compound") and token.head.pos_ in ("NOUN", "PROPN")):
            return False
    head = _modified_noun(token)
    if head is not None and (head.lower_ in IMPORTANCE_NOT_HEADS or (
            token.lower_ == "significant" and head.lower_ in MEASURE_HEADS)):
        return False
    if token.lower_ == "critical" and head is not None and head.lower_ in CRITICISING_HEADS:
        return False  # critical voices, a highly critical report: criticising, no importance
    if token.lower_ in ROLE_IMPORTANCE and not _role_importance(token):
        return False
    if token.lower_ == "significant" and prev_token(token) is not None and \
            prev_token(token).lower_ == "statistically":
        return False
    if token.lower_ == "significant" and significant_degree(token):
        return False  # the degree sense, an intensifier: *a significant number of*
    following = next_token(token)
    if token.pos_ == "PROPN" and token.is_title and not token.is_sent_start and \
            following is not None and following.pos_ == "PROPN" and following.is_title:
        return False  # the first word of a name: *Key Stage 2*
    return is_modifier_use(span) or token.dep_ in ("amod", "compound")


@context_rule("genuine_sense")
def genuine_sense(span: Span) -> bool:
    """*real, actual, true, genuine* meaning genuine (*real solutions*, *genuine peace*);
    not *real estate*, *in real terms*, *actual figures*, *true of*, *come true*."""
    token = _token(span)
    if not is_modifier_use(span):
        return False
    head = _modified_noun(token)
    if head is not None and head.lower_ in GENUINE_NOT_HEADS:
        return False
    after = next_token(token)
    if after is not None and after.lower_ in ("of", "to") and token.lower_ == "true":
        return False  # *true of*, *true to* (a property, not a judgement of genuineness)
    before = prev_token(token)
    if before is not None and before.lemma_.lower() in ("come", "hold", "ring"):
        return False
    if after is not None and after.pos_ == "ADJ" and token.lower_ == "real" \
            and (token.head.i == after.i or token.dep_ != "amod"):
        return False  # emphatic *real* (*real good*) is degree, not genuineness; beside a
        # classifying adjective on the same noun it is genuineness (*real political will*)
    if token.lower_ == "true":
        return _true_as_judgement(token)
    return token.lower_ != "actual" or token.dep_ == "amod"


@context_rule("earnest_sense")
def earnest_sense(span: Span) -> bool:
    """*serious* meaning earnest or genuine (WordNet 3.0: "concerned with work or important
    matters rather than play"; MARKERS.md: genuineness is positive evaluation): on an act of
    talk, thought or trying (*serious negotiations, a serious effort, a serious answer*) or
    predicative with *about* (*is serious about peace*); not *serious* meaning grave (*serious
    crimes, a serious threat*), an intensifier."""
    token = _token(span)
    if not is_parsed(token.doc):
        return False
    if token.dep_ in {"acomp", "conj"} and any(
            c.dep_ == "prep" and c.lower_ == "about" for c in token.children):
        return True
    noun = token.head if token.dep_ == "amod" else None
    if noun is not None and noun.dep_ == "amod":
        noun = noun.head  # *a serious political process*
    return noun is not None and noun.lower_ in EARNEST_ACTS and not any(
        c.dep_ == "amod" and c.i > token.i and c.lower_ in {"legal", "constitutional"}
        for c in noun.children)


#: what follows a predicative *true* that applies a statement to a case (*the same is true
#: for women, that is especially true when ...*): applicability, not a verdict on truth
APPLICABILITY_AFTER = frozenset({"for", "of", "in", "with", "when", "to", "regarding",
                                 "due", "as", "where", "if", "across", "at", "on"})


def _true_as_judgement(token: Token) -> bool:
    """*true* as genuineness (attributive: *a true partner*) or as a verdict on a claim's
    truth (*that is all true*, Martin & White 2005: veracity); not the applicability of a
    statement to a case (*the same is true for women, that is true in conflicts*) or the
    concessive *True, ...* (a counter, not a judgement)."""
    if token.dep_ == "amod" or (token.dep_ == "conj" and token.head.dep_ == "amod"):
        return True
    after = next_token(token)
    if token.is_sent_start or (after is not None and after.lower_ in APPLICABILITY_AFTER):
        return False
    copula = token.head
    subjects = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(s.lower_ == "same" for s in subjects):
        return False
    if after is not None and after.lower_ == "that" and any(s.lower_ == "it" for s in subjects):
        return False  # *it is (perfectly) true that*: a certainty frame (a booster), no
        # verdict on a claim
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in
           copula.children) or subjects and copula.i < subjects[0].i:
        return False  # the claim's truth left open: *if these allegations are true*,
        # *whether that statement is true or false*, *is it not true that*
    return token.dep_ in ("acomp", "oprd")


@context_rule("quality_sense")
def quality_sense(span: Span) -> bool:
    """*better, best, good, well, great* as quality (*deserve better, the best thing*);
    not fixed expressions (*had better, at best, for good, as well, a great deal, a good
    many*) nor the greeting that opens a sentence or a turn (*MR PRICE: Good to see you*)."""
    token = _token(span)
    word = token.lower_
    before = prev_token(token)
    after = next_token(token)
    if before is not None and word in QUALITY_FIXED_BEFORE.get(before.lower_, ()):
        return False
    if after is not None and after.lower_ in QUALITY_FIXED_AFTER.get(word, ()):
        return False
    if token.i >= 2 and (token.doc[token.i - 2].lower_, before.lower_) in \
            QUALITY_FIXED_FRAMES.get(word, ()):
        return False
    if word == "well" and (token.is_sent_start or token.dep_ == "intj"):
        return False  # discourse *well*
    turn_start = token.is_sent_start or before is not None and before.text in (":", "—", "-")
    if word == "good" and turn_start and after is not None and after.lower_ == "to" \
            and token.i + 2 < len(token.doc) \
            and token.doc[token.i + 2].lemma_.lower() in GREETING_VERBS:
        return False  # the greeting *Good to see you all*
    if word == "great" and token.dep_ == "amod":
        # attributive *great* is degree (*great need, great disruption*), but judges a
        # person's quality or a piece of work (*a great peacemaker, a great friend, did a
        # great job*)
        return _judged_person_or_work(token.head)
    if word == "best" and before is not None and before.tag_ == "PRP$" and (
            after is None or after.pos_ not in ("NOUN", "ADJ")):
        return False  # *do our best*
    if token.pos_ == "PROPN" and not _is_epithet(token):
        return False
    return token.tag_ in ADJ_TAGS or token.pos_ in ("ADJ", "ADV")


#: heads after which *illegal, unlawful, illicit* classify a kind (a legal category), not
#: judge an act: *illegal immigration, illegal logging, illicit trade, unlawful entry*
CLASSIFIED_ACTS = frozenset("""immigration migration immigrant immigrants migrant migrants
alien aliens entry entries crossing crossings border logging fishing mining hunting trade
trafficking smuggling drug drugs substance substances weapon weapons arms firearm firearms
goods content possession gambling parking dumping workers worker employment residence
residents stay status presence financial flows flow wildlife timber proliferation diversion
transfer transfers exploitation extraction exports imports""".split())


#: legal categories that become a party's act with an agent or a people as object: *Russia's
#: illegal presence, the unlawful presence of foreign troops, the unlawful transfer of
#: children* (not *illegal presence in the territory, the illicit transfer of small arms*)
PARTY_ACT_HEADS = frozenset({"presence", "transfer", "transfers"})
#: the parties and peoples whose presence or transfer is an act of a state
PARTY_NOUNS = frozenset("""troops forces army armies military soldiers militias children
persons people population populations civilians""".split())


def _act_of_a_party(head: Token) -> bool:
    """*presence, transfer* as a party's act: a possessive agent (*Russia's presence*) or
    an *of* object naming troops or a people (*the transfer of children*)."""
    if head.lower_ not in PARTY_ACT_HEADS:
        return False
    if any(c.dep_ == "poss" for c in head.children):
        return True
    for preposition in head.children:
        if preposition.dep_ == "prep" and preposition.lower_ == "of":
            objects = [c for c in preposition.children if c.dep_ == "pobj"]
            if objects and objects[0].lower_ in PARTY_NOUNS:
                return True
    return False


#: verbs whose *illegally* names a legal category (*entered illegally, illegally imported*)
CLASSIFIED_VERBS = frozenset("""enter cross come immigrate migrate work reside stay live
import export possess carry sell buy fish log mine park trade smuggle download obtain own
employ hire""".split())


@context_rule("unlawful_act")
def unlawful_act(span: Span) -> bool:
    """*illegal, unlawful, illicit* as a judgement of legitimacy (Martin & White 2005:
    Judgement, propriety) on an act, a policy or a state of affairs (*Putin's illegal war,
    illicit sanctions, the annexation is unlawful*); not where they classify people, goods
    or a legal category of act (*illegal immigrants, illegal drugs, illegal armed groups,
    illegal logging*: MARKERS.md, classifying vocabulary is not evaluation), unless that act
    is one agent's (*Russia's illegal presence*) or is coordinated with an act that is no
    category (*the unlawful transfer and deportation of protected persons*)."""
    from .intensifiers import is_abstract_noun
    from .rules import names_speaker

    if not is_modifier_use(span):
        return False
    token = _token(span)
    if token.pos_ == "ADV" or token.tag_.startswith("RB"):
        # *illegally annexed, unlawfully detained*; not the legal category of an entry or a
        # trade (*entered illegally, illegally imported*)
        return token.head.lemma_.lower() not in CLASSIFIED_VERBS
    head = _modified_noun(token)
    if head is None:
        return token.dep_ in ("acomp", "oprd", "conj")
    if token.dep_ == "amod":
        while head.dep_ == "compound" and head.head.i > head.i \
                and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # *illegal government surveillance*: the act, not its agent
        after_head = next_token(head)
        if (head.i > token.i and head.tag_ == "NN" and after_head is not None
                and _gerund_act(after_head) and head.lower_ not in CLASSIFIED_ACTS
                and not any(c.dep_ == "dobj" for c in after_head.children)):
            # *illegal government spying*, parsed with *spying* as a verb: a singular noun
            # premodifies the act that follows (not *illegal immigrants seeking work*)
            return after_head.lower_ not in CLASSIFIED_ACTS
    lower, lemma = head.lower_, head.lemma_.lower()
    if names_speaker(head):
        return False
    if lower in CLASSIFIED_ACTS or lemma in CLASSIFIED_ACTS:
        # a legal category (*illegal presence, unlawful transfer*), unless the act is one
        # agent's (*Russia's illegal presence*) or is coordinated with an act that is no
        # category (*the unlawful transfer and deportation of protected persons*)
        agents = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        partners = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                    and c.lower_ not in CLASSIFIED_ACTS and c.lemma_.lower() not in
                    CLASSIFIED_ACTS]
        return (bool(agents) or any(is_abstract_noun(c) for c in partners)
                or _act_of_a_party(head))
    following = next_token(token)
    if following is not None and following.i < head.i and (
            following.lower_ in CLASSIFIED_ACTS or following.lemma_.lower() in CLASSIFIED_ACTS):
        return False  # *illegal immigrant visits, illicit drug trade*
    if head.pos_ == "PRON":
        return lower in ("it", "this", "that", "which")
    if head.i < token.i:
        return is_abstract_noun(head)  # predicative: *the occupation is unlawful*
    # the head or a noun compounded before it names the act (*the illegal spying dragnet*)
    return any(is_abstract_noun(t) or _gerund_act(t)
               for t in token.doc[token.i + 1:head.i + 1]
               if t.pos_ in ("NOUN", "VERB") and (t.i == head.i or t.dep_ in ("compound", "amod")))


def _gerund_act(token: Token) -> bool:
    """An *-ing* form used as the name of an act (*spying, killing, shelling*)."""
    return token.lower_.endswith("ing") and token.tag_ in ("VBG", "NN") and len(token) > 5


#: verbs that make *accountable, answerable* a demand for liability (*hold Iran accountable*)
LIABILITY_VERBS = frozenset({"hold", "make", "keep", "render"})


@context_rule("liability_sense")
def liability_sense(span: Span) -> bool:
    """*accountable, answerable* as a quality of an institution, attributively (*transparent
    and accountable institutions*: Martin & White 2005, propriety), not liability (*hold Iran
    accountable, we will all be accountable, accountable to parliament*), which names a
    relation, not a judgement."""
    if not is_modifier_use(span):
        return False
    token = _token(span)
    after = next_token(token)
    if after is not None and after.lower_ in ("for", "to"):
        return False
    if any(t.lemma_.lower() in LIABILITY_VERBS
           for t in token.doc[max(0, token.i - 6):token.i] if t.pos_ == "VERB"):
        return False
    # attributive (*accountable institutions*, *transparent and accountable government*), or
    # graded or coordinated as a quality (*more accountable, transparent and fair*);
    # a bare predicative *be accountable* is liability (*we will all be accountable*)
    before = prev_token(token)
    graded = before is not None and before.lower_ in ("more", "most", "less", "fully")
    coordinated = token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)
    return token.dep_ == "amod" or graded or coordinated


@context_rule("abstract_head")
def abstract_head(span: Span) -> bool:
    """A word with a physical and a judging sense judges only non-physical heads
    (*sloppy basis*, not *sloppy soil*); on a ritual attitude a sincerity word scales it
    (*warm congratulations*: an intensifier)."""
    return is_modifier_use(span) and has_abstract_head(span) and \
        not scales_ritual_attitude(_token(span))


#: heads on which *positive/negative* classify (a test result, a number, a legal kind):
#: *positive law, negative growth, negative security assurances, a positive list*
VALENCE_KIND_HEADS = frozenset("""law laws list lists number numbers integer integers value
values growth rate rates interest charge charges pole ion ions test tests case cases
assurance assurances obligation obligations right rights feedback sign-off""".split())
#: effect nouns: on these *positive/negative* name the direction of an effect (*negative
#: impacts of climate change*), as *adverse* and *harmful* do (MARKERS.md: adjectives that
#: name an effect are not evaluation)
VALENCE_EFFECT_HEADS = frozenset("""impact impacts effect effects consequence consequences
implication implications externality externalities spillover spillovers""".split())
#: words before *positive/negative* that make a test result (*tested positive*)
VALENCE_TEST_WORDS = frozenset({"test", "tests", "tested", "testing", "proved", "returned"})


@context_rule("valence_sense")
def valence_sense(span: Span) -> bool:
    """*positive, negative* as good or bad qualities (WordNet 3.0: "characterized by or
    displaying affirmation / good qualities"; Martin & White 2005: Appreciation, valuation):
    *a positive contribution, a negative attitude, the outcome was positive*; not a test
    result, a number or a legal kind (*tested positive, negative growth, positive law*), nor
    the direction of an effect (*negative impacts, positive effects*)."""
    if not is_modifier_use(span):
        return False
    token = _token(span)
    before = prev_token(token)
    if before is not None and before.lower_ in VALENCE_TEST_WORDS:
        return False
    head = _modified_noun(token)
    if head is None:
        return True
    words = {head.lower_, head.lemma_.lower()}
    return not words & (VALENCE_KIND_HEADS | VALENCE_EFFECT_HEADS)


@context_rule("fairness_sense")
def fairness_sense(span: Span) -> bool:
    """The adjective *just* (fair: Martin & White 2005, propriety): *a just cause, a just
    and lasting peace, the demands are just*; not the adverb (*just three people, has just
    arrived*: downtoner or time), which the tagger tags ``RB``."""
    token = _token(span)
    if _in_hyphen_compound(span):
        return False
    before, after = prev_token(token), next_token(token)
    if token.tag_ != "JJ":
        # the tagger often calls the adjective an adverb: between a determiner or an
        # adjective and *and* or a noun (*a just and lasting peace*, *legitimate and just
        # demands*), *just* can only be the adjective
        return (before is not None and after is not None
                and (before.tag_ in ("DT", "PRP$") or (token.dep_ == "conj"
                                                      and token.head.pos_ == "ADJ"))
                and (after.pos_ in ("NOUN", "ADJ") or after.lower_ in ("and", ",")))
    if token.dep_ == "amod":
        return token.head.pos_ in ("NOUN", "PROPN") and token.head.i > token.i
    if token.dep_ == "conj":
        return token.head.pos_ == "ADJ"
    if token.dep_ in ("acomp", "oprd"):
        return after is None or after.is_punct or after.lower_ in ("and", "or")
    return False


#: heads on which *historic* is importance in history (WordNet 3.0 sense 1, "important in
#: history": *a historic opportunity, historic achievements*); elsewhere it is of the past
#: (sense 2: *historic sites, historic ties, its historic mission*), which classifies
HISTORIC_EVENT_HEADS = frozenset("""opportunity opportunities achievement achievements
accomplishment accomplishments breakthrough breakthroughs milestone milestones victory
victories agreement agreements accord accords deal deals decision decisions step steps
success successes turning moment vote win triumph reform reforms progress change
changes resolution resolutions transformation""".split())


@context_rule("historic_sense")
def historic_sense(span: Span) -> bool:
    """*historic* as significance (positive, shared/MARKERS.md) on an achievement, a
    decision or a chance (``HISTORIC_EVENT_HEADS``); not *historic sites, ties, status,
    responsibility*, where it means of the past and classifies."""
    if not is_modifier_use(span):
        return False
    head = _modified_noun(_token(span))
    return head is not None and (head.lower_ in HISTORIC_EVENT_HEADS
                                 or head.lemma_.lower() in HISTORIC_EVENT_HEADS)


#: attitudes and nominalised processes that a tenacity adjective amplifies (*steadfast
#: commitment, unwavering support*): Graduation, left to the intensifiers (MARKERS.md: *firm*)
AMPLIFIED_ATTITUDES = frozenset("""commitment commitments support determination resolve
dedication opposition solidarity belief beliefs faith conviction convictions backing
adherence attachment devotion loyalty allegiance pursuit stance""".split())


@context_rule("clarity_sense")
def clarity_sense(span: Span) -> bool:
    """*unambiguous* as a judgement of clarity (Martin & White 2005: Appreciation,
    composition) of a text, a rule or a duty (*an unambiguous obligation, the law is
    unambiguous*); on an attitude it emphasizes it (*unambiguous condemnation*: an
    intensifier, Quirk et al. 1985: 7.33)."""
    if not is_modifier_use(span):
        return False
    noun = _modified_noun(_token(span))
    return noun is None or not {noun.lower_, noun.lemma_.lower()} & ATTITUDE_NOUNS


#: words after *right* in adverbial and directional uses (*right now, right away, right-wing,
#: right after*) and before it in political directions (*the far right, centre right*)
RIGHT_NOT_JUDGING_AFTER = frozenset("""now away here there after before at back behind from
into on through up down across next to of - ‐ wing hon hon. honourable honorable""".split())
# (*the right hon. Gentleman*: the form of address of a Privy Counsellor)
RIGHT_NOT_JUDGING_BEFORE = frozenset({"far", "centre", "center", "all", "hard", "extreme",
                                      "alt"})
#: nouns of a choice or a course of action that attributive *right* judges correct (*the
#: right approach, the right decision, the right thing to do*), unlike its set phrases
#: (*the right balance, the right direction, the right bank*)
RIGHT_CHOICE_NOUNS = frozenset("""approach way thing decision choice answer place step move
course response policy call""".split())
#: nouns of a side or a part of the body (*the right bank, the right hand*: WordNet 3.0 right,
#: adj. 1), and the nouns of set phrases (*strike the right balance, on the right track, a
#: step in the right direction, in their right mind*)
RIGHT_SIDE_NOUNS = frozenset("""side hand arm leg foot eye ear shoulder knee wrist bank wing
flank corner lane turn column margin field half mind balance track direction""".split())


@context_rule("correctness_sense")
def correctness_sense(span: Span) -> bool:
    """*right* as a judgement of correctness or propriety (Martin & White 2005: veracity,
    propriety), predicative: *you are quite right, I think that's right, it did not sound
    right*. Not the noun (*the right to life*), the proverb *might is right*, a time or place
    (*right now, right here*), a political direction (*the far right, right-wing*), nor the
    attributive adjective of a side or a set phrase (*the right bank, strike the right
    balance, in their right mind*: :data:`RIGHT_SIDE_NOUNS`); the attributive adjective
    judges on a noun of choice (*the right approach*: :data:`RIGHT_CHOICE_NOUNS`) and after
    *the* (*the right investments, the right people*)."""
    token = _token(span)
    if token.pos_ != "ADJ" or _in_hyphen_compound(span):
        return False
    after, before = next_token(token), prev_token(token)
    if after is not None and after.lower_ in RIGHT_NOT_JUDGING_AFTER and not (
            after.lower_ == "to" and token.dep_ == "acomp" and token.head.lemma_ == "be"):
        return False  # (but predicative *she is right to expect an apology*; not *let's get
        # right to questions*)
    if before is not None and before.lower_ in RIGHT_NOT_JUDGING_BEFORE:
        return False
    if token.dep_ == "amod" and token.head.lemma_.lower() in RIGHT_CHOICE_NOUNS:
        return True  # *the right approach, the right place to have this dialogue*
    if token.dep_ == "amod" and before is not None and before.lower_ == "the" and \
            token.head.pos_ == "NOUN" and token.head.lemma_.lower() not in RIGHT_SIDE_NOUNS:
        return True  # *the right investments, the right people, the right time*: the
        # correct one (WordNet 3.0 right, adj. 2); not a side (*the right bank*)
    if token.dep_ not in ("acomp", "attr", "oprd", "conj", "ccomp", "xcomp"):
        return False  # attributive *the right balance, the right track* are mostly set phrases
    before = [t.lower_ for t in token.doc[max(0, token.i - 4): token.i]]
    if "might" in before and {"is", "was", "makes", "make"} & set(
            before[before.index("might") + 1:]):
        return False  # the proverb *might is right* (the parser reads *might* as a modal)
    return True


#: verbs of holding a position: *stand steadfast, remain unwavering*
STANCE_VERBS = frozenset({"stand", "remain", "stay", "hold"})


@context_rule("tenacity_sense")
def tenacity_sense(span: Span) -> bool:
    """*steadfast, unwavering, unflinching, unswerving* as a judgement of tenacity (Martin &
    White 2005) of a person, a position or a relation: predicative (*Latvia has been
    steadfast, we stand steadfast*) or on such a noun (*a steadfast ally, our steadfast
    friendship*); on an attitude (*steadfast commitment, unwavering support*) the adjective
    amplifies it, an intensifier (shared/MARKERS.md: *firm*)."""
    token = _token(span)
    if token.dep_ in ("advmod", "acomp", "oprd") and token.head.lemma_.lower() in STANCE_VERBS:
        return True  # *stand steadfast* (the tagger often calls it an adverb or a noun)
    if not is_modifier_use(span) and (token.dep_ not in ("advcl", "xcomp")
                                      or token.tag_ != "JJ"):
        return False
    if token.dep_ in ("amod", "compound"):
        head = token.head
        return not ({head.lower_, head.lemma_.lower()} & AMPLIFIED_ATTITUDES)
    if token.dep_ == "conj" and token.head.dep_ == "amod":
        head = token.head.head
        return not ({head.lower_, head.lemma_.lower()} & AMPLIFIED_ATTITUDES)
    return token.dep_ in ("acomp", "oprd", "advcl", "xcomp", "conj")


#: heads of the ceremony of welcoming (*welcome remarks, a welcome reception*): a kind
WELCOME_CEREMONY_HEADS = frozenset("""message messages remarks address speech speeches
reception receptions ceremony dinner party letter note pack package centre center
desk sign mat""".split())


@context_rule("welcome_sense")
def welcome_sense(span: Span) -> bool:
    """*welcome* judges what it modifies as good to have (*a welcome step, a welcome source
    of income*), also predicatively of an abstraction (*the initiative is welcome, these
    efforts are most welcome*); not the hospitality formula (*you are always welcome,
    investors are welcome in our country, all are welcome to visit*, *Minister, welcome*)
    or the ceremony (*welcome remarks*)."""
    if not is_modifier_use(span):
        return False
    token = _token(span)
    if token.dep_ == "acomp":
        return _welcome_verdict(token)
    if token.dep_ != "amod":
        return False
    return token.head.lower_ not in WELCOME_CEREMONY_HEADS


#: what follows the hospitality *welcome* (*welcome to visit, welcome in our country*)
HOSPITALITY_AFTER = frozenset({"to", "in", "at", "here", "there", "back", "aboard"})


def _welcome_verdict(token: Token) -> bool:
    """Predicative *welcome* with an abstraction as subject (*the decision is welcome*) and
    no place or purpose after it: a verdict; people as subject are welcomed as guests."""
    from .intensifiers import is_abstract_noun
    from .rules import HUMAN_NOUNS

    after = next_token(token)
    if after is not None and after.lower_ in HOSPITALITY_AFTER:
        return False
    subject = _modified_noun(token)
    return (subject is not None and subject.pos_ == "NOUN"
            and subject.lower_ not in HUMAN_NOUNS and subject.lower_ not in PEOPLE_AND_PLACES
            and is_abstract_noun(subject))


#: heads on which *professional* names a class of work, training or conduct under a code
#: (*professional training, professional misconduct, professional bodies*), not a judgement
PROFESSIONAL_KIND_HEADS = frozenset("""misconduct responsibility responsibilities training
integration development qualification qualifications experience skills skill staff body
bodies association associations organisation organisations organization organizations service
services career careers sport sports athlete athletes player players life background
education level levels category categories standard standards ethics group groups network
networks field fields army soldiers judge judges football league licence license""".split())


@context_rule("professional_sense")
def professional_sense(span: Span) -> bool:
    """*professional(ly)* as a judgement of conduct (*run the presidency in a professional
    way, acted professionally, objective and professional reports*: Martin & White 2005,
    capacity), not the class of a job, a body, a duty or a kind of misconduct (*professional
    training, professional duties, professional misconduct*), nor inside a title (*the
    Professional Misconduct Review Unit*)."""
    token = _token(span)
    if token.pos_ == "ADV" or token.tag_.startswith("RB"):
        return evaluative_adverb(span)
    if not evaluative_modifier(span):
        return False
    head = _modified_noun(token)
    following = next_token(token)
    if any(t is not None and (t.lower_ in PROFESSIONAL_KIND_HEADS
                              or t.lemma_.lower() in PROFESSIONAL_KIND_HEADS)
           for t in (head, following)):
        return False
    if token.dep_ in ("acomp", "oprd", "attr"):
        return True  # the staff were professional: said of conduct
    # attributive: a judgement in a manner phrase (*in a professional way*) or beside
    # another adjective (*objective and professional reporting*: coordination joins like
    # with like, Quirk et al. 1985, 13.5); else the class of a duty, a code or a person
    # (*professional duties, rules of professional conduct, professional journalists*)
    return head is not None and head.lemma_.lower() in CONDUCT_MANNER_NOUNS or \
        token.dep_ == "conj" and token.head.pos_ == "ADJ" or any(
            c.dep_ == "conj" and c.pos_ == "ADJ" for c in token.children)


#: nouns of the way something is done, which an adjective of conduct judges
CONDUCT_MANNER_NOUNS = frozenset({"way", "manner", "fashion", "job"})


#: documents and acts whose validity is a legal status (*the permit is still valid, the
#: patent is invalid, a valid passport*)
LEGAL_INSTRUMENTS = frozenset("""permit permits patent patents licence licences license
licenses visa visas passport passports contract contracts ticket tickets certificate
certificates card cards registration registrations warrant warrants document documents
ballot ballots vote votes signature signatures marriage marriages title titles deed deeds
mandate mandates will wills claim claims trademark trademarks copyright copyrights
id identification""".split())


def _subject_or_head(token: Token) -> Token | None:
    """The noun an adjective describes, also through a raising or passive verb (*the
    patent is found to be invalid*: the subject of *found*)."""
    head = _modified_noun(token)
    if head is None and token.dep_ in ("acomp", "oprd"):
        verb = token.head
        while head is None and verb.dep_ in ("xcomp", "ccomp") and verb.head is not verb:
            verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            head = subjects[0] if subjects else None
    return head


@context_rule("validity_sense")
def validity_sense(span: Span) -> bool:
    """*valid, invalid* as the soundness of a claim or a reason (*a valid point, the
    argument is invalid*: Martin & White 2005, veracity), not the legal status of a document
    or an act (*the residence permit is still valid, the patent is found to be invalid*)."""
    if not evaluative_modifier(span):
        return False
    head = _subject_or_head(_token(span))
    return head is None or (head.lower_ not in LEGAL_INSTRUMENTS
                            and head.lemma_.lower() not in LEGAL_INSTRUMENTS)


@context_rule("attributive_judgement")
def attributive_judgement(span: Span) -> bool:
    """Words that judge only before a noun in lower case, an abstraction or a body: rank
    among institutions (*the world's premier body*, Martin & White 2005: normality) and
    restraint (*a calm and measured response*, propriety); not a title (*Premier Li*), the
    participle of measuring (*measured in tonnes, the measured distance*)."""
    token = _token(span)
    if not token.is_lower or _in_hyphen_compound(span):
        return False
    if token.dep_ == "conj" and token.head.dep_ == "amod":
        head = token.head.head
    elif token.dep_ in ("amod", "compound") and token.head.i > token.i:
        head = token.head  # the tagger often calls attributive *premier* a noun
    else:
        return False
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    from .intensifiers import is_abstract_noun

    return token.lower_ != "measured" or is_abstract_noun(head)


#: fixed expressions in which *error* names no fault: *margin of error, trial and error*,
#: a statistic's *standard error*, the computer's *error message*
ERROR_FIXED_BEFORE = frozenset({("margin", "of"), ("trial", "and"), ("margins", "of")})
ERROR_TECHNICAL_BEFORE = frozenset({"standard", "sampling", "rounding", "measurement",
                                    "typographical", "clerical"})
ERROR_TECHNICAL_AFTER = frozenset({"message", "messages", "bar", "bars", "rate", "rates",
                                   "term", "terms", "code", "codes", "correction"})


#: what an error of an account is an error of or in (*errors of fact, error of law*)
ERROR_OF_ACCOUNT = frozenset({"fact", "facts", "law", "reasoning", "judgment", "judgement"})
#: adjectives that make an error one of an account (*legal error, factual errors*)
ERROR_ACCOUNT_ADJECTIVES = frozenset({"legal", "factual"})
#: nouns judging an account's truth (MARKERS.md; Martin & White 2005, veracity) that an
#: error of the same account is coordinated with (*falsehoods and errors*)
VERACITY_NOUNS = frozenset("""falsehood falsehoods misrepresentation misrepresentations lie lies
distortion distortions inaccuracy inaccuracies untruth untruths fabrication fabrications
conjecture conjectures misstatement misstatements omission omissions hearsay innuendo
mischaracterization mischaracterizations mischaracterisation mischaracterisations""".split())
#: nouns of quantity whose of-phrase holds the errors (*a number of errors*)
ERROR_QUANTITIES = QUANTITY_NOUNS | COLLECTIVE_NOUNS
#: judges and courts: the error they commit is one of a judgement (*the district court
#: committed an error*: an error of law or of fact)
JUDICIAL_NOUNS = frozenset("court courts judge judges tribunal tribunals magistrate".split())
#: the words of an account whose content can be in error (*the "facts" are in error*)
ACCOUNT_NOUNS = DOCUMENT_NOUNS | frozenset(
    "fact facts claim claims allegation allegations account accounts story stories editorial "
    "editorials piece assertion assertions charge charges".split())


def _error_of_account(token: Token) -> bool:
    """*error(s)* judging the truth of an account: of fact or of law (*errors of fundamental
    fact*, *errors in fact*, *committed legal error*), a verdict (*the ruling was an error*),
    coordinated with a noun of veracity (*falsehoods and errors*), in what a text contains or
    what its facts are (*the article is riddled with errors*, *the "facts" are completely in
    error*), or what a court commits (*the district court committed an error*)."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in") and any(
                g.dep_ == "pobj" and g.lower_ in ERROR_OF_ACCOUNT for g in child.children):
            return True
        if child.dep_ == "amod" and child.lower_ in ERROR_ACCOUNT_ADJECTIVES:
            return True
    if token.dep_ == "attr" and token.head.lemma_ == "be":
        return True  # the decision was an error: a verdict on a judgement
    conjuncts = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        conjuncts.append(token.head)
    if any(c.lower_ in VERACITY_NOUNS for c in conjuncts):
        return True
    first = token.head if token.dep_ == "conj" else token
    while first.dep_ == "pobj" and first.head.lower_ == "of" and \
            first.head.head.lemma_.lower() in ERROR_QUANTITIES:
        first = first.head.head  # a number of errors, a series of errors: the quantity's role
    governor = first.head
    if first.dep_ == "pobj" and governor.dep_ == "prep":
        governor = governor.head  # riddled with errors, in error: the verb or adjective
    if governor.pos_ not in ("VERB", "AUX", "ADJ") and governor.lemma_ != "be":
        return False
    subject = subject_of(governor if governor.pos_ != "ADJ" else governor.head)
    return subject is not None and (subject.lower_ in ACCOUNT_NOUNS or (
        subject.lemma_.lower() in JUDICIAL_NOUNS and first.dep_ == "dobj"))


@context_rule("fault_noun")
def fault_noun(span: Span) -> bool:
    """*error(s)* judging the truth of an account (MARKERS.md: nouns that judge truth): of
    fact or of law, beside a noun of veracity, or in what a text contains (*the court
    committed legal error, an article riddled with errors of fact, falsehoods and errors*:
    :func:`_error_of_account`); not an error that names a kind of event in a process
    (*fraud and error, a procedure error, errors in the software*: MARKERS.md's nouns
    that name a kind of act), nor fixed and technical expressions (*margin of error, trial
    and error, standard error, error message*)."""
    token = _token(span)
    if not evaluative_noun(span):
        return False
    before, after = prev_token(token), next_token(token)
    if token.i >= 2 and (token.doc[token.i - 2].lower_, before.lower_) in ERROR_FIXED_BEFORE:
        return False
    if before is not None and before.lower_ in ERROR_TECHNICAL_BEFORE:
        return False
    if after is not None and after.lower_ in ERROR_TECHNICAL_AFTER:
        return False
    return _error_of_account(token)


@context_rule("evil_sense")
def evil_sense(span: Span) -> bool:
    """*evil* judges as an adjective (*evil forces*) and as a noun (*curb that evil, a
    necessary evil, the evils of corruption*: Martin & White 2005, propriety)."""
    token = _token(span)
    if token.pos_ == "NOUN" or token.tag_ in ("NN", "NNS"):
        return evaluative_noun(span)
    return is_modifier_use(span)


@context_rule("verdict_noun")
def verdict_noun(span: Span) -> bool:
    """*shame, pity* as a verdict on a state of affairs (*the attempts were a shame, it is a
    pity that*: Martin & White 2005, Appreciation), the complement of *be* or an
    exclamation (*what a shame*); not the feeling (*a sense of shame, without shame*) or the
    verb (*to shame them*)."""
    token = _token(span)
    if token.pos_ != "NOUN" or _in_hyphen_compound(span):
        return False
    if token.dep_ == "attr" and token.head.lemma_.lower() == "be":
        return True
    before = prev_token(token)
    return (before is not None and before.lower_ in ("a", "an") and token.i >= 2
            and token.doc[token.i - 2].lower_ == "what")


NEGATIVE_PREFIXES = ("un", "in", "il", "im", "ir", "dis")


@productive_rule("negated_judgement")
def negated_judgement(doc: Doc, lexicon) -> Iterable[Marker]:
    """Adjectives made of a negative prefix and a positive judgement adjective of the
    lexicon (*un-* + *presidential*) that no lexicon row holds (Martin & White 2005:
    negated Judgement)."""
    for token in tokens_where(doc, pos={"ADJ", "ADV"}):
        word = token.lower_
        if word in lexicon.by_word or len(word) < 6 or word in excluded_words():
            continue  # excluded: a motive or a state (*inadvertently*), not a judgement
        found = _judgement_base(word, lexicon)
        if found is None:
            continue
        subtype, base = found
        yield Marker(token.idx, token.idx + len(token), token.text, "evaluation", subtype,
                     token.lemma_.lower() or word, "rule:negated_judgement",
                     "Martin & White 2005")


@productive_rule("inflected_evaluation")
def inflected_evaluation(doc: Doc, lexicon) -> Iterable[Marker]:
    """Comparatives and superlatives of evaluative adjectives that no row lists as such
    (*fairer, cruellest, wisest, a brighter future*): the base is an evaluation adjective of
    the lexicon whose rule accepts the inflected form in context (``evaluative_modifier``,
    or ``abstract_head`` on an abstract head). The tagger sometimes calls an attributive
    comparative a noun (*a fairer/NN, more balanced world*): an ``amod`` in *-er/-est*
    counts too."""
    candidates = {t.i: t for t in (*tokens_where(doc, tag={"JJR", "JJS"}),
                                   *tokens_where(doc, dep={"amod"}))}
    for token in (candidates[i] for i in sorted(candidates)):
        if token.lower_ in lexicon.by_word or not token.is_alpha:
            continue
        inflected = token.tag_ in ("JJR", "JJS") or (
            token.dep_ == "amod" and token.tag_.startswith("NN")
            and token.lower_.endswith(("er", "est")))
        if not inflected:
            continue
        span = doc[token.i:token.i + 1]
        for base in _comparative_bases(token):
            entry = next((e for e in lexicon.by_word.get(base, ())
                          if e.category == "evaluation"
                          and e.rule in ("evaluative_modifier", "abstract_head")), None)
            if entry is None:
                continue
            modifier = is_modifier_use(span) or (token.dep_ == "amod"
                                                 and not _in_hyphen_compound(span))
            if modifier and (entry.rule != "abstract_head" or has_abstract_head(span)):
                yield Marker(token.idx, token.idx + len(token), token.text, "evaluation",
                             entry.subtype, base, "rule:inflected_evaluation",
                             "Martin & White 2005")
            break


def _comparative_bases(token: Token) -> list[str]:
    """Candidate bases of a comparative or superlative, the lemma first (*fairer -> fair,
    wiser -> wise, happier -> happy, sadder -> sad*)."""
    word = token.lower_
    bases = [token.lemma_.lower()] if token.lemma_.lower() != word else []
    for suffix in ("er", "est"):
        if word.endswith(suffix):
            stem = word[:-len(suffix)]
            bases += [stem, stem + "e"]
            if stem.endswith("i"):
                bases.append(stem[:-1] + "y")
            if len(stem) > 2 and stem[-1] == stem[-2]:
                bases.append(stem[:-1])
    return list(dict.fromkeys(b for b in bases if len(b) >= 3))


#: *ill-* compounds that describe a physical state or an act done to someone (*ill-fed,
#: ill-fitting, ill-treated*: the treatment is reported, not judged) rather than judge
ILL_DESCRIPTIVE_BASES = frozenset({"treated", "used", "fed", "dressed", "clad", "fitting",
                                   "smelling", "scented", "shapen", "health", "housed",
                                   "nourished", "paid"})


@productive_rule("ill_compound")
def ill_compound(doc: Doc, lexicon) -> Iterable[Marker]:
    """*ill-* + a participle or adjective (*ill-defined, ill-prepared, ill-suited*): *ill*
    as a prefix means "badly", a negative judgement of how something was done (Martin &
    White 2005: Judgement of capacity); physical and treatment compounds
    (``ILL_DESCRIPTIVE_BASES``) describe."""
    tokens = doc_tokens(doc)
    for token in tokens_where(doc, lower={"ill"}):
        if token.i >= len(tokens) - 2:
            break
        hyphen, base = tokens[token.i + 1], tokens[token.i + 2]
        if (token.whitespace_ or hyphen.text not in ("-", "–")
                or hyphen.whitespace_ or base.lower_ in ILL_DESCRIPTIVE_BASES
                or not base.is_alpha or base.lower_ in ("and", "or")):
            continue
        if base.tag_ not in ("VBN", "JJ", "VBG", "VBD") and base.pos_ != "ADJ":
            continue
        if base.pos_ in ("NOUN", "PROPN") or base.dep_ in ("nsubj", "dobj", "pobj"):
            continue
        text = doc_text(doc)[token.idx:base.idx + len(base)]
        yield Marker(token.idx, base.idx + len(base), text, "evaluation", "negative",
                     "ill-" + base.lower_, "rule:ill_compound", "Martin & White 2005")


#: *well-* compounds that describe (fame, wealth, record, attendance, position: *well-known,
#: well-off, well-documented, well-attended*) or name a state (*well-being*), not judge
WELL_DESCRIPTIVE_BASES = frozenset({"known", "off", "being", "documented", "established",
                                    "attended", "placed", "positioned", "connected", "to",
                                    "worn", "lit", "watered", "fed", "heeled", "done"})


@productive_rule("well_compound")
def well_compound(doc: Doc, lexicon) -> Iterable[Marker]:
    """*well-* + a participle, hyphenated or open (*well-managed, well-deserved, a system
    that is well managed*): *well* as a prefix means "in a good way", a positive judgement
    of how something was done (Martin & White 2005: Judgement of capacity), the mirror of
    :func:`ill_compound`; descriptive compounds (``WELL_DESCRIPTIVE_BASES``) and lexicon
    rows (*well-founded*) are left to their lists."""
    for token in tokens_where(doc, lower={"well"}):
        if token.i >= len(doc) - 1:
            break
        hyphen = doc[token.i + 1].text in ("-", "–") and not token.whitespace_
        base = doc[token.i + 2] if hyphen and token.i + 2 < len(doc) else doc[token.i + 1]
        if hyphen and doc[token.i + 1].whitespace_:
            continue
        if (base.lower_ in WELL_DESCRIPTIVE_BASES or not base.is_alpha
                or f"well-{base.lower_}" in lexicon.by_word
                or f"well {base.lower_}" in lexicon.by_word):
            continue
        if base.tag_ not in ("VBN", "JJ") or not base.lower_.endswith(("ed", "en", "wn")):
            continue
        if not hyphen:
            # open: *well* modifies a participle used as an adjective (*is well managed, a
            # well managed system*), not a verb (*has managed well*, *as well*)
            if token.dep_ != "advmod" or token.head.i != base.i or not (
                    base.dep_ in ("amod", "acomp", "conj") or any(
                        c.dep_ == "auxpass" for c in base.children)):
                continue
            if prev_token(token) is not None and prev_token(token).lower_ == "as":
                continue
        text = doc_text(doc)[token.idx:base.idx + len(base)]
        yield Marker(token.idx, base.idx + len(base), text, "evaluation", "positive",
                     "well-" + base.lower_, "rule:well_compound", "Martin & White 2005")


#: endings of classifying and relational adjectives (*economic, national, regional,
#: inclusive, Ukrainian, Japanese*), and participles: no judgement follows from
#: coordination with one (*a free, fair and inclusive process*)
CLASSIFYING_ENDINGS = ("al", "ic", "ary", "ory", "ive", "ian", "an", "ese", "ist", "ed", "ing",
                       "ar", "wide", "less")
OPPOSING_COORDINATORS = frozenset({"but", "yet"})


@lru_cache(maxsize=1)
def excluded_words() -> frozenset[str]:
    """The words the lexicon build keeps out of evaluation (descriptive, degree, certainty,
    emotion-state senses), from ``toolkit/lexicons/evaluation_excluded.tsv``."""
    path = Path(str(resources.files("toolkit") / "lexicons" / "evaluation_excluded.tsv"))
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return frozenset(line.strip() for line in lines if line.strip() and line[0] != "#")


def _unlisted_adjective(token: Token, lexicon) -> bool:
    """A lower-case adjective of five letters or more that no lexicon lists (any category),
    not excluded, not a name, and not classifying or participial by its ending: a candidate
    for the productive evaluation rules."""
    word = token.lower_
    return not (token.tag_ != "JJ" or token.pos_ != "ADJ" or not token.is_lower
                or not token.is_alpha or len(word) < 5 or word in lexicon.by_word
                or word.endswith(CLASSIFYING_ENDINGS) or token.ent_type_
                or word in excluded_words())


@productive_rule("conjoined_evaluation")
def conjoined_evaluation(doc: Doc, lexicon) -> Iterable[Marker]:
    """An adjective coordinated with an evaluative adjective of the lexicon is evaluative
    too (*preposterous and X acts*): conjoined adjectives share their orientation, and
    *but* reverses it (Hatzivassiloglou & McKeown 1997, "Predicting the semantic
    orientation of adjectives"). Only adjectives that no lexicon lists (any category), in
    lower case, not classifying or participial by their ending."""
    for token in tokens_where(doc, tag={"JJ"}, pos={"ADJ"}):
        word = token.lower_
        if not _unlisted_adjective(token, lexicon):
            continue
        partners = [c for c in token.children if c.dep_ == "conj"]
        if token.dep_ == "conj":
            partners.append(token.head)
        for partner in partners:
            subtype = _plain_evaluation(partner, lexicon)
            if subtype is None:
                continue
            first, last = sorted((token.i, partner.i))
            if any(t.lower_ in OPPOSING_COORDINATORS for t in doc[first:last]):
                subtype = "positive" if subtype == "negative" else "negative"
            yield Marker(token.idx, token.idx + len(token), token.text, "evaluation", subtype,
                         word, "rule:conjoined_evaluation", "Hatzivassiloglou & McKeown 1997")
            break


#: verbs whose object complement is the speaker's verdict (*find it regrettable, deemed
#: the search unlawful, called the move cynical*)
JUDGEMENT_FRAME_VERBS = frozenset({"find", "consider", "deem", "judge", "regard", "call",
                                   "label", "brand", "think"})


@productive_rule("judgement_frame")
def judgement_frame(doc: Doc, lexicon) -> Iterable[Marker]:
    """An adjective that the lexicon lacks, as the object complement of a verb of judging
    (*find X ADJ, deem X ADJ, consider it ADJ, call X ADJ*): the frame makes it a verdict
    (Hunston & Sinclair 2000, "A local grammar of evaluation"). The same word filters as
    :func:`conjoined_evaluation`. The subtype is ``negative``: the frame mostly finds fault,
    and the word's polarity is unknown to the lexicon (the category is the claim here)."""
    for token in tokens_where(doc, tag={"JJ"}, pos={"ADJ"}):
        word = token.lower_
        if not _unlisted_adjective(token, lexicon):
            continue
        verb = token.head
        if token.dep_ == "conj" and verb.pos_ == "ADJ":
            token_dep, verb = verb.dep_, verb.head
        else:
            token_dep = token.dep_
        if token_dep not in ("oprd", "ccomp", "xcomp") or verb.pos_ != "VERB" \
                or verb.lemma_.lower() not in JUDGEMENT_FRAME_VERBS:
            continue
        if any(c.dep_ in ("mark",) for c in token.children):
            continue  # *think that ...* clauses are not the frame
        yield Marker(token.idx, token.idx + len(token), token.text, "evaluation",
                     "negative", word, "rule:judgement_frame", "Hunston & Sinclair 2000")


def _plain_evaluation(token: Token, lexicon) -> str | None:
    """The subtype of ``token`` when the lexicon holds it as an evaluative adjective with
    no sense rule (``evaluative_modifier``) and it is used as one, else None."""
    if token.pos_ != "ADJ":
        return None
    for entry in lexicon.by_word.get(token.lower_, ()):
        if entry.category == "evaluation" and entry.rule in PLAIN_ADJECTIVE_RULES:
            span = token.doc[token.i:token.i + 1]
            return entry.subtype if PLAIN_ADJECTIVE_RULES[entry.rule](span) else None
    return None


#: the rules of adjectives whose sense rule only vetoes a few heads: a partner in
#: coordination judges when they accept (*as valid and pertinent today*)
PLAIN_ADJECTIVE_RULES = {"evaluative_modifier": is_modifier_use,
                         "validity_sense": validity_sense,
                         "professional_sense": professional_sense}


def _judgement_base(word: str, lexicon) -> tuple[str, str] | None:
    """(``negative``, base) when ``word`` is a negative prefix on a positive evaluation
    adjective of ``lexicon``, else None."""

    def evaluation_of(base: str) -> str | None:
        for entry in lexicon.by_word.get(base, ()):
            if entry.category == "evaluation" and entry.rule != "evaluative_noun":
                return entry.subtype
        return None

    for prefix in NEGATIVE_PREFIXES:
        base = word[len(prefix):]
        if word.startswith(prefix) and len(base) >= 4 and evaluation_of(base) == "positive":
            return "negative", base
    return None
