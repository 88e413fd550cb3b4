"""Hedges: the writer withholds full commitment to a proposition.

Hyland (2005: 52-53, 218-224), Engagement: entertain (Martin & White 2005: 104-111);
epistemic modals and stance verbs (Biber 1988: features 52-54; Quirk et al. 1985: 4.49-4.58);
approximators (Quirk et al. 1985: 8.104). Words live in ``lexicons/hedge.tsv``; this module
holds the context rules that separate epistemic from other uses (MARKERS.md, "Rules for the
hard cases").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..nlp import doc_text, doc_tokens, tokens_where
from .rules import (
    Marker,
    clause_head,
    context_rule,
    is_first_person,
    is_negated,
    is_parsed,
    is_tagged,
    names_speaker,
    next_token,
    prev_token,
    productive_rule,
    subject_of,
    words_after,
    words_before,
)

if TYPE_CHECKING:
    from ..lexicon import CompiledLexicon

__all__ = ["generalizing_in_general", "approximating_virtually", "approximating_just_about",
           "approximating_broadly", "epistemic_modal", "hypothetical_would", "inference_verb",
           "writer_belief", "evidential_verb", "epistemic_adjective", "approximator_number",
           "frequency_hedge", "hedging_kind_of", "tend_to", "unclear_frame", "hedging_phrase",
           "writer_claim", "claim_shield", "epistemic_ought", "virtual_state", "possibility_adverb",
           "approximating_as_good_as", "writer_expectation", "near_prefix"]

#: verbs that, after *may*, grant permission rather than weigh a possibility
PERMISSION_VERBS = frozenset("""apply submit request contact use enter choose opt visit
download register join call email write attend bring leave proceed continue ask""".split())

#: verbs of wishing (Quirk et al. 1985: 14.25, *wish* + past modal): *would* in their clause
#: says what is wanted, not what is predicted
WISHING_VERBS = frozenset("wish hope want desire prefer pray".split())

#: verbs of the writer's own speech that *I may / I might* turn into a formula (*I might add,
#: I may say*): politeness, not doubt (MARKERS.md)
SAYING_FORMULA_VERBS = frozenset("add say mention note remind observe".split())

#: verbs after *could* that describe an outcome, not a deliberate act (epistemic *could*)
OUTCOME_VERBS = frozenset("""plunge slide slip sink descend drift lose miss see witness spiral
be have lead result cause pose become mean prove affect harm hurt
help benefit threaten undermine damage trigger spark fuel provoke destabilize destabilise
jeopardize jeopardise endanger worsen escalate face suffer collapse fail happen occur
reach rise fall increase decrease take cost exceed include contain reflect explain
indicate suggest signal""".split())


#: deliberate acts after *could*: a proposal or an ability, not a possibility
PROPOSAL_VERBS = frozenset("""seek try work choose decide agree consider do make use open join
build create start act ask call give offer provide adopt establish launch pursue set say
end stop send put find bring""".split())


#: collective agents that make *could* + a deliberate act a proposal (*the world could seek*)
AGENT_COLLECTIVES = frozenset("""world community humanity mankind organization organisation
union assembly region continent leadership side international""".split())


def _modal_verb(modal: Token) -> Token:
    return clause_head(modal) if is_parsed(modal.doc) else (next_token(modal) or modal)


def _in_condition(verb: Token) -> bool:
    """True when ``verb`` heads an *if/unless/whether/so that/where* clause."""
    markers = {c.lower_ for c in verb.children if c.dep_ in {"mark", "advmod"}}
    if markers & {"if", "unless", "whether", "where", "when", "whereby", "so"}:
        return True
    doc = verb.doc
    sentence_start = verb.sent.start if doc.has_annotation("SENT_START") else 0
    before = [t.lower_ for t in doc[max(sentence_start, verb.i - 8): verb.i]]
    return "so" in before and "that" in before or "where" in before or "if" in before


#: participles after *may be* that tell the reader what to do (*questions may be directed to*)
INSTRUCTION_PARTICIPLES = frozenset("""directed submitted sent addressed obtained found
accessed viewed downloaded made forwarded emailed mailed filed reached""".split())
#: people an announcement permits to act (*the public may attend*)
PERMITTED_PEOPLE = frozenset("""public participants applicants visitors members media press
attendees guests delegates candidates bidders one anyone everyone""".split())


def _wish_or_concession(modal: Token, subject: Token | None) -> bool:
    """*may* that is not epistemic (Quirk et al. 1985: 4.55, 11.39, 15.40): a wish (*May
    this Conference succeed, may God bless, we hope that he may find*), a rhetorical
    formula (*one may ask*), an instruction or a permission in an announcement (*questions
    may be directed to, the public may attend*), or a concession (*however overwhelming the
    situation may be, we may be a small country but*)."""
    doc = modal.doc
    following = next_token(modal)
    before = prev_token(modal, skip_punct=True)
    sentence_start = modal.sent.start if doc.has_annotation("SENT_START") else 0
    if modal.text == "May" and (modal.i == sentence_start or before is None or
                                before.text in {".", "!", "?", "and", "And", "\n"}):
        return True  # optative: *May this Conference not frustrate expectations*
    if subject is not None and subject.i > modal.i:
        return True  # inverted subject: *and may God bless the United Nations*
    window = [t.lower_ for t in doc[max(sentence_start, modal.i - 8): modal.i]]
    verb = clause_head(modal) if is_parsed(doc) else None
    if verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in {
            "hope", "wish", "pray", "trust"}:
        return True  # *we hope that he may find the best path*
    if subject is not None and subject.lower_ == "one" and following is not None and \
            following.lemma_.lower() in {"ask", "say", "wonder", "argue", "add", "note"}:
        return True  # *one may ask*
    if words_after(modal, 1) == ["be"]:
        third = words_after(modal, 2)[1:]
        if third and third[0] in INSTRUCTION_PARTICIPLES:
            return True  # *questions may be directed to*
    if subject is not None and subject.lower_ in PERMITTED_PEOPLE and following is not None \
            and following.pos_ == "VERB":
        return True  # *the public may attend, participants may register*
    if {"however", "whatever", "whoever", "wherever", "whichever"} & set(window) or (
            "matter" in window and "no" in window):
        return True  # concession: *however overwhelming the situation may be*
    if subject is not None and subject.lower_ in {"we", "i"} and words_after(modal, 1) == [
            "be"]:
        tail = [t.lower_ for t in doc[modal.i: min(len(doc), modal.i + 12)]]
        return "but" in tail  # *we may be a small country, but we have huge needs*
    return False


@context_rule("generalizing_in_general")
def generalizing_in_general(span: Span) -> bool:
    """*in general* as a hedge on a claim (*In general, prices rose*), not after a noun, where
    it means *as a whole* (*environmental issues in general, the Sahel in general*), nor
    where *general* modifies the noun after it (*spoke in general comments*)."""
    following = next_token(span[-1])
    if following is not None and is_tagged(span.doc) and following.pos_ in {"NOUN", "ADJ"}:
        return False  # *in [general comments], in [general concluding remarks]*
    before = prev_token(span[0])
    if before is None or before.is_punct:
        return True
    return before.pos_ not in {"NOUN", "PROPN"} if is_tagged(span.doc) else True


@context_rule("approximating_virtually")
def approximating_virtually(span: Span) -> bool:
    """*virtually* meaning almost (*virtually all, virtually impossible, virtually
    destroyed*), not online (*meets virtually, will take place virtually*): after a verb or
    at the end of a clause it is manner."""
    word = span[0]
    following = next_token(word)
    if following is None or following.is_punct or following.lower_ in {"from", "with", "on",
                                                                       "via", "at", "in"}:
        return False
    before = prev_token(word)
    return not (before is not None and before.pos_ == "VERB" and following.pos_ in {
        "ADP", "PUNCT", "ADV", "CCONJ"})


@context_rule("approximating_just_about")
def approximating_just_about(span: Span) -> bool:
    """*just about* as an approximator before a quantity, a quantifier or a state (*just
    about every country, just about finished*), not *just* + the preposition *about*
    (*it is not just about money*)."""
    following = next_token(span[-1])
    if following is None:
        return False
    if following.lower_ in {"every", "all", "any", "anything", "everything", "everyone",
                            "everybody", "anyone", "nothing", "none", "no", "half"}:
        return True
    return following.like_num or following.pos_ in {"NUM", "ADJ"} or following.tag_ == "VBN"


@context_rule("approximating_broadly")
def approximating_broadly(span: Span) -> bool:
    """*broadly* as an approximator before an adjective or adverb (*broadly encouraging,
    broadly similar, broadly in line*: Hyland 2005), not as manner or extent before a
    participle (*broadly shared, broadly based*) nor widening a topic (*more broadly, ...*)."""
    word = span[0]
    before = prev_token(word)
    if before is not None and before.lower_ in {"more", "most", "less", "very", "so", "too"}:
        return False  # *more broadly*: a wider scope, not a hedge
    following = next_token(word)
    if following is None:
        return False
    after = next_token(following)
    if following.lower_ == "in" and after is not None and \
            after.lower_ in {"line", "agreement", "step", "keeping"}:
        return True  # *broadly in line with*
    participle = following.tag_ in {"VBN", "VBD"} or following.lower_.endswith("ed")
    return following.pos_ in {"ADJ", "ADV"} and not participle


@context_rule("epistemic_modal")
def epistemic_modal(span: Span) -> bool:
    """Epistemic *may, might, could* (*the figures may be wrong*, *they could lead to
    collapse*). Not *May* the month (*May 2020*), not permission (*you may apply online*), not
    negated ability (*could not attend*), not *could* in a condition or a purpose clause (*if
    we could*, *so that they could*), nor *could* of an agent's ability to act (*Russia could
    end it right now*). Hyland (2005: 220); Quirk et al. (1985: 4.53-4.58); MARKERS.md."""
    modal = span[0]
    lower = modal.lower_
    doc = modal.doc
    if modal.text == "May" and (modal.pos_ == "PROPN" or modal.ent_type_ == "DATE"
                                or modal.i == 0 or words_before(modal, 1) in (
                                    ["in"], ["of"], ["since"], ["until"], ["by"], ["early"],
                                    ["late"], ["mid"], ["last"], ["next"], ["this"])):
        return False
    following = next_token(modal)
    if following is None or following.is_punct or following.like_num or following.lower_ in {
            "is", "was", "makes", "made"}:
        return False  # the noun: *might is right*, *might makes right*
    before = prev_token(modal)
    if before is not None and before.pos_ in {"ADP", "DET", "ADJ"} and before.lower_ not in {
            "that", "which", "as"} and not (before.pos_ == "ADJ" and following.tag_ == "VB"):
        # the noun or the month: *beyond might*, *its military might*; an adjective ending
        # a subject before a modal and its verb is no noun phrase of *might* (*those who are
        # powerful might hang on*)
        return False
    if doc.has_annotation("TAG") and modal.tag_ != "MD":
        return False
    if following.lower_ in {"i", "we", "you", "he", "she", "they"}:
        return False  # a question or a wish: *may I remind them*, *could we*
    verb = _modal_verb(modal)
    subject = subject_of(verb) if is_parsed(doc) else prev_token(modal)
    if lower == "may" and _wish_or_concession(modal, subject):
        return False
    if lower in {"may", "might"}:
        if lower == "might" and words_after(modal, 2) == ["as", "well"]:
            return False
        if words_before(modal, 1) == ["i"] and words_after(modal, 1)[:1] and \
                words_after(modal, 1)[0] in SAYING_FORMULA_VERBS:
            return False  # *I might add, I may say*: a formula of the writer's own speech
            # act (MARKERS.md: politeness formulas), no doubt on a proposition
        if lower == "may" and subject is not None and subject.lower_ == "you":
            return False
        if is_parsed(doc) and any(c.dep_ == "mark" and c.lower_ in {"so", "that"} and
                                  c.i < modal.i and "so" in words_before(c, 1) + [c.lower_]
                                  for c in verb.children):
            return False  # purpose: *so that the families may be reunited*
        if lower == "may" and verb.lemma_.lower() in PERMISSION_VERBS and (
                subject is None or names_speaker(subject) or subject.lower_ in {"i", "we"}):
            return False
        return True
    # could
    if is_negated(verb) or words_after(modal, 1) in (["not"], ["n't"], ["n’t"]):
        return False
    if subject is not None and subject.i > modal.i and is_parsed(doc):
        return False  # a question: *how could the territories be ignored?*
    if is_parsed(doc) and _in_condition(verb):
        return False
    if is_parsed(doc) and any(
            c.dep_ == "advcl" and c.tag_ == "VBD" and any(
                m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
            for c in verb.children):
        # the consequence of a hypothetical condition in the past form (*agencies could
        # save billions if OMB focused more*: Quirk et al. 1985: 14.23), whoever acts
        return True
    if is_parsed(doc) and any(c.dep_ == "auxpass" for c in verb.children) and (
            verb.dep_ == "relcl" or any(c.dep_ == "nsubjpass" and c.lower_ in {
                "that", "which", "what", "who"} for c in verb.children)) and \
            verb.lemma_.lower() not in WORDING_VERBS:
        return False  # what can possibly be done, in the past form: a relative or
        # interrogative clause of a passive (*avenues that could be pursued, the progress
        # that could be made, asked what could be done*) names a root possibility (Coates
        # 1983: root *can* is typical of the agentless passive), no weighed prediction; but
        # *what could be described as X* hedges the wording (Hyland 2005)
    # the first word after *could* that is not an adverb (*could almost be called*)
    first_verb = next((t for t in doc[modal.i + 1: modal.i + 4] if t.pos_ != "ADV"
                       and not t.is_space), None)
    if first_verb is not None and first_verb.lower_ == "have" and \
            first_verb.i + 1 < len(doc) and doc[first_verb.i + 1].tag_ == "VBN":
        return False  # the main clause of a counterfactual past, as *would have* (MARKERS.md):
        # *we could have sent a clear message*, *could have been better managed*
    if words_after(modal, 1) in (["have"], ["be"]) or verb.lemma_.lower() in OUTCOME_VERBS or (
            first_verb is not None and first_verb.lower_ in {"have", "be"}):
        return True
    adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if adverbs & {"eventually", "well", "possibly", "easily", "potentially", "soon", "even"}:
        return True
    if adverbs & {"now", "simply", "only"} or subject is None:
        return False
    if subject.lower_ in {"we", "i", "you"}:
        # a proposal or an ability (*we could open the research*), unless an *if/unless*
        # clause before it makes the sentence a hypothetical whose consequence *could*
        # weighs (*If every nation had such a platform, we could revive the United
        # Nations*): MARKERS.md, a hypothetical consequence presented as less than certain
        return is_parsed(doc) and any(
            c.dep_ == "advcl" and c.i < modal.i and any(
                m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
            for c in verb.children)
    agent = names_speaker(subject) or subject.lemma_.lower() in AGENT_COLLECTIVES
    if verb.lemma_.lower() in PROPOSAL_VERBS and agent:
        return False  # a proposal: *the world could seek to minimise the danger*
    return not agent or subject.lower_ in {"they", "it"}


#: verbs of naming or wording: *what could be described / called / seen as X* hedges the
#: name it gives
WORDING_VERBS = frozenset("""describe call term characterize characterise regard see view
consider label dub""".split())
#: verbs that *would* softens into a hedge (*this would suggest, I would argue*)
SOFTENED_VERBS = frozenset("""suggest seem appear argue say think expect imagine guess assume
estimate venture add note submit contend question doubt""".split())

#: verbs of a polite request, an offer or a wish after a first-person *would* (*I would like
#: to thank, we would ask, I would invite*): politeness and volition, not a hedge
POLITENESS_VERBS = frozenset("""like love prefer ask invite urge thank welcome appreciate
encourage request wish want recommend propose remind call hope care mind beg appeal implore
emphasize emphasise stress underline underscore reiterate highlight recall commend congratulate
express extend join echo pay acknowledge recognize recognise refer draw insist respectfully
advise
kindly support request encourage look""".split())

#: verbs of saying and proposing that a first-person *would* turns into a formula of the
#: speaker's own turn (*what I would say to him is, the last thing I would add, I would
#: respectfully suggest*): politeness, as *I would like to*, not a prediction; the read
#: development sets' gold leaves *would* unmarked in 7 of 8 (a suggesting verb is a hedge of
#: its own, :func:`evidential_verb`)
FORMULA_VERBS = frozenset("""say add suggest submit note""".split())


def _speech_formula(would: Token, verb_word: str) -> bool:
    """True for a first-person *would* before a verb of :data:`FORMULA_VERBS` (*I would
    add*, *we would suggest*)."""
    if verb_word not in FORMULA_VERBS:
        return False
    before = words_before(would, 1)
    return bool(before) and before[0] in {"i", "we"}


#: adjectives of willingness after *would be* (*we would be grateful, happy, ready to*)
VOLITION_ADJECTIVES = frozenset("""happy glad pleased grateful thankful honoured honored
delighted willing ready prepared interested keen eager remiss obliged open""".split())

#: verbs of saying and believing whose reported clause puts *would* in the future of the
#: past (*told reporters that the BBC would comply*)
REPORTING_VERBS = frozenset("""say tell state announce declare add note report claim insist
promise pledge vow warn predict confirm assure reply respond answer explain write reveal
agree decide threaten indicate signal suggest hint maintain argue contend assert allege deny
testify swear guarantee inform notify advise acknowledge admit concede stress emphasize
emphasise reiterate repeat expect hope think believe know learn hear feel fear assume suppose
understand decide determine plan intend""".split())

#: nouns of speech and expectation whose clause reports a future (*the promise that he would*)
REPORTING_NOUNS = frozenset("""promise pledge assurance assurances guarantee warning
announcement statement news word expectation hope belief claim threat vow commitment
decision indication sign signal concern concerns fear fears mention suggestion report reports
allegation allegations prediction forecast speculation rumour rumor""".split())

#: adverbs of repeated past action: *would* then tells a habit (*they would often meet*)
HABIT_ADVERBS = frozenset("""often usually sometimes regularly frequently habitually
routinely occasionally normally typically invariably generally""".split())


def _reported_clause(verb: Token) -> bool:
    """True when ``verb`` heads the clause of a verb or noun of saying or believing that is
    past or a third party's (*he said he would resign*, *we knew it would fail*, *the promise
    that it would*), or a relative clause in a past narrative (*they built institutions that
    would provide security*); a present belief of the writer (*I believe that peace would
    follow*) is not reported."""
    clause = verb
    for _ in range(3):
        if clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head
            continue
        break
    governor = clause.head
    if clause.dep_ in {"acl", "relcl"} and governor.lemma_.lower() in REPORTING_NOUNS:
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or \
            clause.dep_ == "acl"
    if clause.dep_ == "relcl":
        # a relative clause in a past narrative: *they established institutions that would
        # provide security* (the future of the past)
        verb_above = governor
        for _ in range(4):
            if verb_above.pos_ in {"VERB", "AUX"} or verb_above.head == verb_above:
                break
            verb_above = verb_above.head
        return verb_above.tag_ == "VBD"
    # a that-less complement the parser may take for an adverbial clause (*could not have
    # anticipated there would be veterans*): the governor's clause, as a ccomp
    bare_advcl = clause.dep_ == "advcl" and clause.i > governor.i and not any(
        c.dep_ in {"mark", "advmod"} for c in clause.children)
    if not bare_advcl and (clause.dep_ not in {"ccomp", "xcomp", "parataxis"} or
                           governor == clause):
        return False
    present_frame = governor.tag_ == "VBN" and (any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBP", "VBZ"} and c.lemma_.lower() == "be"
        for c in governor.children) or governor.dep_ == "acomp" and governor.head.tag_ in {
        "VBP", "VBZ"})  # *we are convinced that it would*: a present state
    if (governor.tag_ in {"VBD", "VBN"} and not present_frame) or any(
            c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "did", "was", "were"}
            for c in governor.children):
        return True  # the future of the past: *we knew it would fail*
    if governor.lemma_.lower() not in REPORTING_VERBS:
        return False
    subject = subject_of(governor)
    return not (is_first_person(subject) or _writers_side(subject, governor))


def _habitual(verb: Token) -> bool:
    """True when ``verb`` tells a repeated past action: *every year they would meet*,
    *whenever he came he would*, *they would often stay*."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in HABIT_ADVERBS:
            return True
        if child.dep_ == "advcl" and any(m.lower_ == "whenever" for m in child.children):
            return True
        if child.dep_ in {"npadvmod", "advmod", "prep"} and any(
                d.lower_ in {"every", "each"} for d in child.subtree):
            return True
        if child.dep_ == "prep" and " ".join(t.lower_ for t in child.subtree) in {
                "from time to time", "at times"}:
            return True  # *from time to time we would hold hearings*
    return False


def _refusal(verb: Token, subject: Token | None) -> bool:
    """True for a negated *would* of a person's or an institution's deliberate act: *he would
    not allow inspectors in*, *the government would not accept* (= refused)."""
    if not is_negated(verb) or subject is None:
        return False
    if subject.lower_ in {"it", "there", "this", "that", "which", "what"}:
        return False
    if verb.lemma_.lower() in {"be", "have"} | OUTCOME_VERBS or any(
            c.dep_ == "auxpass" for c in verb.children):
        return False
    return names_speaker(subject) or is_first_person(subject)


def _perfect_after(would: Token) -> bool:
    """*would (not, never ...) have* + a past participle (VBN), the main clause of a
    counterfactual past (*you would have found, we would have set the record straight*)."""
    doc = would.doc
    i = would.i + 1
    while i < len(doc) and (doc[i].dep_ in {"neg", "advmod"} or doc[i].text == ","):
        i += 1
    return i + 1 < len(doc) and doc[i].lower_ == "have" and doc[i + 1].tag_ == "VBN"


@context_rule("hypothetical_would")
def hypothetical_would(span: Span) -> bool:
    """*would* in a prediction or a hypothetical consequence the writer presents as less
    than certain (*such a move would merely reward the aggressors*, *there would be no
    delay*, *that would be the end of the war*), and *would* softening a claim (*this would
    suggest, I would argue*). Not: the future of a reported clause (*told reporters that the
    BBC would comply*, *we knew it would fail*), habit (*every year they would meet*),
    politeness and volition (*I would like to thank, we would ask, would you, would rather,
    we would be grateful*), refusal (*he would not allow it*), a condition or a purpose
    (*if they would, so that it would*), nor the main clause of a counterfactual past (*the
    tragedy would never have happened*). MARKERS.md ("Rules for the hard cases"); Hyland
    (2005: 220); Quirk et al. (1985: 4.60-4.65, 14.23-14.25)."""
    would = span[0]
    doc = would.doc
    if not would.whitespace_ and words_after(would, 2) == ["-", "be"]:
        return False  # the adjective *would-be* (*would-be victims*): aspiring, no modal
    if doc.has_annotation("TAG") and would.tag_ != "MD":
        return False
    after = [w for w in words_after(would, 4) if w not in {"also", "therefore", "thus",
                                                            "then", "indeed", "certainly",
                                                            "respectfully", ","}]
    if not after or after[0] in {"i", "we", "you", "he", "she", "they", "it", "there", "that",
                                 "this", "anyone", "anybody"}:
        return False  # a question or a request: *would you*, *would it be*
    if _speech_formula(would, after[0]):
        return False  # *the last thing I would add, what I would say to him is*
    if after[0] in SOFTENED_VERBS:
        return after[0] not in {"appear", "seem"} or len(after) > 1 and after[1] in {
            "to", "that", "as", "like", "likely", "unlikely", "so"}  # not *would appear in*
    if after[0] in {"rather", "sooner", "like", "love", "prefer", "care", "mind", "wish",
                    "want", "desire", "hope"}:
        return False  # volition: *would rather, would like to, no one would wish that*
    tail = [w for w in after if w not in {"not", "n't", "n’t", "never", "ever", "surely",
                                          "probably", "likely", "perhaps", "certainly",
                                          "otherwise"}]
    if tail[:1] == ["have"] and len(tail) > 1 and (tail[1].endswith("ed") or tail[1].endswith(
            "en") or tail[1] in {"been", "had", "done", "made", "gone", "come", "seen", "got",
                                 "won", "lost", "felt", "met", "paid", "put", "run",
                                 "held", "kept", "left", "brought", "taught", "thought"}):
        return False  # counterfactual past: *would never have happened*
    if doc.has_annotation("TAG") and _perfect_after(would):
        return False  # the same with any participle the tagger knows (*would have set*)
    if not is_parsed(doc):
        return words_before(would, 1) not in (["said"], ["that"], ["if"])
    verb = _modal_verb(would)
    subject = subject_of(verb)
    if subject is not None and subject.i > would.i:
        return False  # a question or a request: *Would the Minister care to make a statement?*
    lemma = verb.lemma_.lower()
    own_side = is_first_person(subject) or subject is not None and (
        subject.ent_type_ == "GPE" or subject.lemma_.lower() in OWN_SIDE_NOUNS)
    if own_side and lemma in POLITENESS_VERBS:
        return False  # *we would ask, I would invite, the United States would welcome*
    if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in VOLITION_ADJECTIVES
                             for c in verb.children):
        return False  # *we would be grateful*
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether", "so", "lest"}
           and c.i < would.i for c in verb.children):
        return False  # a condition or a purpose: *if they would*, *so that it would*
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and \
            "so" in words_before(would, 6)[-6:] and verb.dep_ == "advcl":
        return False  # purpose: *so that the families would be reunited*
    if _reported_clause(verb) or _habitual(verb) or _refusal(verb, subject):
        return False
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in WISHING_VERBS:
        return False  # volition: *we wish it would apply the same urgency, to hope that the
        # Government would take the opportunity* (what is wanted, not predicted)
    return True


@context_rule("inference_verb")
def inference_verb(span: Span) -> bool:
    """*appear/seem* marking inference: with an infinitive (*appears to be based on*), a
    clause (*it appears that*), a predicative adjective (*seems unlikely*) or *as if/like*.
    Not literal appearance (*appeared in court, appeared on television, appeared before the
    judge*). Hyland (2005: 221); MARKERS.md."""
    verb = span[-1]
    after = words_after(verb, 2)
    if not after:
        return False
    if after[0] in {"to", "that", "as", "like", "likely", "unlikely"}:
        return not (after[0] == "to" and len(after) > 1 and after[1] in {"the", "a", "an"})
    if after[0] in {"in", "on", "at", "before", "for", "with", "alongside", "together", "via",
                    "outside", "inside", "onstage", "live", "publicly"}:
        # literal appearance, unless a *to be / to have* infinitive follows the phrase
        # (*what had appeared in 1919 to be a promise*); not a purpose (*appeared in court
        # to answer charges*)
        return is_parsed(verb.doc) and any(
            c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in {"be", "have"} and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children)
    if verb.lemma_.lower() == "seem" or verb.lower_.startswith("seem"):
        return True
    if is_parsed(verb.doc):
        if any(c.dep_ in {"xcomp", "ccomp", "acomp", "attr", "oprd"} for c in verb.children):
            return True
        subject = subject_of(verb)
        return subject is not None and subject.lower_ == "it"
    following = next_token(verb)
    return following is not None and following.pos_ in {"ADJ", "DET"}


#: degree words between *look* and *like* (*looks more like an attempt*)
LIKE_DEGREES = frozenset({"more", "rather", "very", "much", "a", "lot", "bit", "increasingly",
                          "just", "exactly", "less"})


@context_rule("resemblance_inference")
def resemblance_inference(span: Span) -> bool:
    """*look like* as the writer's inference, a hedge like *seem* (Wormer 2016: *looks
    like*): a finite *look(s) like* whose complement is an abstraction or a clause (*this
    looks like an attempt to control opinion, it looks like the talks will fail*). Not a
    literal look or a picture of a state (*what the future would look like, make it look like
    a street*, *they look like their father*)."""
    from .intensifiers import is_abstract_noun

    verb = span[-1]
    after = words_after(verb, 4)
    while after and after[0] in LIKE_DEGREES:
        after = after[1:]
    if after[:1] != ["like"] or not is_parsed(verb.doc) or verb.tag_ not in {"VBZ", "VBD",
                                                                             "VBP"}:
        return False
    if any(c.dep_ == "aux" for c in verb.children) or verb.dep_ in {"xcomp", "ccomp"} and \
            verb.head.lemma_.lower() in {"make", "let", "have"}:
        return False  # *would look like*, *make it look like*
    subject = subject_of(verb)
    if subject is None or subject.lower_ in {"what", "he", "she", "they", "you", "i", "we"}:
        return False  # *what it looks like*; a person's look (*he looks like his father*)
    like = next(t for t in verb.doc[verb.i + 1:] if t.lower_ == "like")
    objects = [c for c in like.children if c.dep_ == "pobj"]
    if objects:
        return is_abstract_noun(objects[0]) or objects[0].lemma_.lower() in {"case",
                                                                             "attempt"}
    return subject.lower_ == "it" or any(c.dep_ in {"ccomp", "advcl"} for c in like.children)


#: verbs of belief that hedge with a first-person subject (Hyland 2005: 221)
BELIEF_VERBS = frozenset({"believe", "think", "suppose", "suspect", "assume", "guess", "feel",
                          "reckon", "presume", "doubt", "gather", "understand", "imagine"})
#: adverbs that make a belief a conviction (*firmly believe*: not a hedge)
CONVICTION_ADVERBS = frozenset({"firmly", "strongly", "truly", "deeply", "sincerely",
                                "fully", "really", "genuinely", "passionately", "profoundly",
                                "wholeheartedly", "absolutely", "very"})


#: nouns by which a statement names its own issuer in the third person (*The United States
#: believes that ...*, *My administration does not believe ...*)
OWN_SIDE_NOUNS = frozenset({"administration", "government", "country", "nation", "states",
                            "kingdom", "republic", "federation", "delegation"})


def _writers_side(subject: Token | None, verb: Token) -> bool:
    """True when a present-tense belief is ascribed to the issuer of the statement in the
    third person: a country or an administration (*The United States believes*, *China
    believes*, *The Trump Administration does not believe*) -- the writer's own side
    (MARKERS.md). Past-tense beliefs (*the government believed*) are third parties'."""
    if subject is None:
        return False
    if verb.dep_ == "relcl" or subject.lower_ in {"that", "which", "who"}:
        return False  # a class of third parties: *no country that believes its measures*
    present = verb.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ == "aux" and c.lower_ in {"does", "do"} for c in verb.children)
    if not present:
        return False
    # a country, its people or a body that issues the statement, named in the third person
    # (*Nepal believes, Mongolians believe, the Holy See believes*); not a person
    return subject.ent_type_ in {"GPE", "NORP"} or subject.lemma_.lower() in OWN_SIDE_NOUNS \
        or subject.pos_ == "PROPN" and subject.ent_type_ in {"", "ORG"} and (
            subject.is_title or subject.is_upper and len(subject.text) > 1)  # *the FTC*


@context_rule("writer_belief")
def writer_belief(span: Span) -> bool:
    """*I believe that, we think*: the writer's (first-person, or the issuing country's or
    administration's: *The United States believes*) belief about a proposition, negated or
    not (*I do not believe that*). Not *firmly believe*, not *believe in* a value
    (*I believe in patriotism*), not a third party's belief (*they believed*), and not a
    belief verb without a proposition (*I think of*). MARKERS.md; Hyland (2005: 221)."""
    verb = span[-1]
    doc = verb.doc
    after = words_after(verb, 1)
    clause_follows = is_parsed(doc) and any(c.dep_ == "ccomp" and c.i > verb.i
                                            for c in verb.children)
    following = next_token(verb)
    if after[:1] in (["in"], ["of"], ["about"]) and (
            verb.lemma_.lower() == "believe" or not clause_follows):
        return False  # *believe in* a value, *think of*
    if clause_follows:
        pass  # *I believe it is not, I think in this instance the platform helps*
    elif after and after[0] == "so" and following is not None and (
            words_after(following, 1)[:1] in ([], ["."], [","], [";"], ["!"], ["?"])):
        pass  # *I do not think so.*: *so* stands for the clause
    elif after and after[0] in {"in", "of", "about", "so", "it", "him", "her", "them", "me",
                                "us", "you", "this"}:
        return False
    if after and verb.lemma_.lower() in {"feel", "understand", "gather", "imagine"} and \
            after[0] not in {"that", ",", "."} and not (clause_follows and any(
                c.dep_ == "ccomp" and any(g.dep_ in {"nsubj", "nsubjpass", "expl"}
                                          for g in c.children) for c in verb.children)):
        return False  # (but *I understand the house is full*, *It was, I understand, X*)
    if verb.lemma_.lower() == "trust" and not (clause_follows or after[:1] == ["that"]):
        return False  # *we trust the government*: no clause
    if verb.lemma_.lower() == "consider" and after[:1] != ["that"]:
        return False  # *we consider the proposal (unacceptable)*: a judgement, not a belief
    if verb.lemma_.lower() == "understand" and words_before(verb, 1) != ["i"]:
        return False  # hearsay *I understand that*; *we understand that* acknowledges
    if is_parsed(doc):
        adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
        if adverbs & CONVICTION_ADVERBS:
            return False
        if not is_negated(verb) and any(c.dep_ == "aux" and c.lower_ in {"do", "does", "did"}
                                        and c.i < verb.i for c in verb.children):
            return False  # emphatic *do*: *we do believe that* is conviction (Quirk 18.51)
        subject = subject_of(verb)
        if not (is_first_person(subject) or _writers_side(subject, verb)):
            return False
        if verb.dep_ == "amod" or verb.tag_ == "VBN":
            return False
        if verb.dep_ == "xcomp" and verb.head.lower_ in {"used", "use"}:
            return False  # a past belief given up: *we used to think that*
        has_clause = any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)
        parenthetical = verb.dep_ in {"parataxis", "advcl"} or (
            after and (after[0] in {",", "."} or not after))
        return has_clause or parenthetical or bool(after and after[0] in {"that", "so"})
    before = words_before(verb, 3)
    return bool(before) and (before[-1] in {"i", "we"} or
                             before[-2:] in (["do", "not"], ["don't"]) or "i" in before[:1])


@context_rule("evidential_verb")
def evidential_verb(span: Span) -> bool:
    """*suggest / indicate* with a clause and a non-human subject (*the evidence suggests
    that, this would indicate*) or the writer (*we suggest that*). Not a speech act by a
    person (*the minister suggested a meeting*, *it was suggested that*, the writer's own
    past *I suggested that*: attributions) and not *indicate* with a plain object (*signs
    indicate the exit*). Hyland (2005: 221)."""
    verb = span[-1]
    doc = verb.doc
    after = words_after(verb, 1)
    if not is_parsed(doc):
        return bool(after) and after[0] == "that"
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    has_clause = any(c.dep_ == "ccomp" for c in verb.children) or (after and after[0] in
                                                                   {"that", "a", "an"})
    if not has_clause:
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # *it was suggested that*: an agentless report, not the writer's inference
    subject = subject_of(verb)
    if subject is None:
        # a participle that draws the inference from the clause before: *..., suggesting
        # that the fire was set*; not the object of a preposition, which names someone's
        # act (*criticised her for suggesting that*, *after suggesting that*)
        return verb.tag_ == "VBG" and bool(after) and after[0] == "that" and not (
            verb.dep_ == "pcomp" or verb.head.pos_ == "ADP")
    if verb.tag_ == "VBD" and speaking_verb(verb):
        return False  # *I suggested that, the PMOS suggested that, the modelling suggested
        # that*: the past of a verb of saying reports an earlier act; the hedge is the writer's
        # present inference (*the evidence suggests*; but *the results indicated that*)
    return subject.lower_ in {"i", "we"} or not names_speaker(subject)


def speaking_verb(verb: Token) -> bool:
    """Whether ``verb`` is also a verb of saying (VerbNet 3.4 say-37.7: *suggest*, not
    *indicate*)."""
    from .intensifiers import verb_senses

    return "say-37.7" in verb_senses(verb.lemma_.lower())[2]


@context_rule("tend_to")
def tend_to(span: Span) -> bool:
    """*tend to* + infinitive (*prices tend to rise*), not *tend the garden* or *tend to the
    wounded*."""
    verb = span[-1]
    after = words_after(verb, 2)
    if after[:1] != ["to"] or len(after) < 2:
        return False
    following = next_token(next_token(verb))
    return following is not None and (following.pos_ in {"VERB", "AUX"}
                                      or following.tag_ == "VB")


#: nouns an epistemic adjective qualifies as a claim (*a possible link between A and B*)
CLAIM_NOUNS = frozenset("""link links connection connections cause causes explanation
explanations involvement role motive motives reason reasons relationship correlation
association influence effect effects source sources origin explanation attempt attempts
violation violations breach case cases interference collusion contamination exposure
suicide homicide murder poisoning attack hack leak collusion coordination""".split())


#: what *possible* modifies when it names an outcome, a penalty or an option, not a claim
#: (*a possible jail term, possible solutions*: MARKERS.md)
OPTION_NOUNS = frozenset("""term sentence sentences fine fines penalty penalties punishment
prison jail imprisonment death outcome outcomes option options solution solutions way ways
means scenario scenarios step steps measure measures action actions use uses date dates time
times extent level levels cost costs candidate candidates course courses approach approaches
alternative alternatives answer answers choice choices avenue avenues venue location
site sites return resumption extension expansion deal agreement agreements settlement
support assistance help cooperation opportunities opportunity""".split())


@context_rule("epistemic_adjective")
def epistemic_adjective(span: Span) -> bool:
    """*possible, potential, apparent, probable, plausible* when they qualify the writer's
    commitment to a claim: *it is possible that, a possible link between, an apparent
    attempt*. Not a legal or physical possibility (*a possible jail term, the potential
    buyers*), feasibility (*it is possible to, everything possible, as soon as possible*)
    or evidence (*it became apparent that*). MARKERS.md; Hyland (2005: 221)."""
    adjective = span[-1]
    lower = adjective.lower_
    doc = adjective.doc
    before, after = words_before(adjective, 2), words_after(adjective, 2)
    if before[-1:] in (["as"], ["everything"], ["anything"], ["if"], ["where"], ["when"],
                       ["whenever"], ["make"], ["made"], ["makes"], ["making"]):
        return False
    if lower == "apparent":
        if after[:1] == ["that"] or before[-1:] in (["became"], ["become"], ["becomes"]):
            return False
        return adjective.dep_ == "amod" if is_parsed(doc) else True
    if after[:1] == ["that"]:
        return True
    if after[:1] == ["to"]:
        return False
    if lower in {"probable", "plausible"} and (
            adjective.dep_ in {"acomp", "attr", "conj"} if is_parsed(doc)
            else bool(set(before) & {"is", "was", "are", "be", "become", "becomes"})):
        return True  # predicative probability: *conflict has become increasingly probable*
    following = next_token(adjective)
    if following is None or following.pos_ not in {"NOUN", "PROPN"}:
        return False
    if lower == "probable" and following.lower_ == "cause" and words_after(following, 1) != [
            "of"]:
        # *probable cause* (to search): a legal standard of proof, not the writer's doubt;
        # *a probable cause of the fire* is a claim held open
        return False
    if lower == "possible":
        # *a possible link, possible war crimes*: a claim held open; not an outcome, a
        # penalty or an option (*a possible jail term, possible solutions*), nor a
        # superlative's range (*the best possible care, every possible means*)
        if before[-1:] and (before[-1] in {"every", "all", "only", "any"} or
                            before[-1].endswith("est") or before[-1] in {"most", "least"}):
            return False
        return not (following.lower_ in OPTION_NOUNS or
                    following.lemma_.lower() in OPTION_NOUNS)
    return following.lower_ in CLAIM_NOUNS or following.lemma_.lower() in CLAIM_NOUNS


@context_rule("approximator_number")
def approximator_number(span: Span) -> bool:
    """*about / around / some / close to / an estimated* before a number (*about 300
    people*), or *or so* after one. Not the preposition (*talk about, around the world*)
    or the determiner (*some people*). Quirk et al. (1985: 8.104)."""
    last = span[-1]
    if span[0].lower_ == "or":
        before = prev_token(span[0])
        return before is not None and (before.like_num or before.pos_ == "NUM" or
                                       before.lower_ in {"years", "months", "weeks", "days",
                                                         "hours"})
    following = next_token(last)
    if following is None:
        return False
    if following.lower_ in {"$", "€", "£", "us$"}:
        return True
    if following.like_num or following.pos_ == "NUM" and following.lower_ not in {"one"}:
        return True
    if following.lower_ in {"a", "an"} and words_after(following, 1) and words_after(
            following, 1)[0] in {"dozen", "hundred", "thousand", "million", "billion",
                                 "third", "quarter", "half", "fifth", "tenth"}:
        return True
    return following.lower_ in {"half", "a third", "dozens", "hundreds", "thousands",
                                "millions", "one-third", "two-thirds", "twice"}


@context_rule("frequency_hedge")
def frequency_hedge(span: Span) -> bool:
    """*often, usually, generally*: a frequency hedge (MARKERS.md), not where a degree word
    raises it into an assertion of high frequency (*ever more often, so often, all too often,
    very often, how often*)."""
    first = span[0]
    before = words_before(first, 1)
    if before == ["as"] and first.lower_ not in {"often", "commonly", "frequently"}:
        return True  # a conjunction, not degree: *as sometimes seems to be the case*
    return not (before and before[0] in {"more", "so", "too", "very", "how", "as", "ever",
                                         "quite", "most", "less", "not"})


@context_rule("hedging_kind_of")
def hedging_kind_of(span: Span) -> bool:
    """*kind of / sort of* before an adjective, a verb or an adverb (*sort of admitted*), and
    *a sort of / a kind of* before a noun (*a sort of analysis*); not the noun *kind* (*this
    kind of order, a new sort of war, what kind of*)."""
    first = span[0]
    before = prev_token(first)
    following = next_token(span[-1])
    if before is not None and before.lower_ in {"a", "an", "some"} and following is not None and \
            following.pos_ in {"NOUN", "ADJ"}:
        # *give us a sort of analysis, some kind of truce*: the writer approximates the
        # category (Biber 1988: hedges); an adjective before *sort* names a new kind (*a new
        # sort of war*: caught below), a demonstrative picks one (*this kind of order*)
        return True
    if before is not None and (before.pos_ in {"DET", "ADJ", "NUM"} or before.lower_ in
                               {"the", "a", "an", "this", "that", "what", "any", "every",
                                "some", "same", "new", "one", "of"}):
        return False
    return following is not None and following.pos_ in {"ADJ", "VERB", "ADV", "AUX"}



@context_rule("unclear_frame")
def unclear_frame(span: Span) -> bool:
    """*it is unclear whether / uncertain how / doubtful that*: the writer marks an open
    question (Hyland 2005: 221); not *unclear rules* (a judgement of the rules)."""
    after = words_after(span[-1], 1)
    if after == ["that"]:
        return span[-1].lower_ == "doubtful"  # *it is doubtful that*; *unclear that* is rare
    if after in (["of"], ["about"]) and span[-1].lower_ in {"uncertain", "unclear"}:
        # the writer's own uncertainty (*we are uncertain of reaching a solution*, like *not
        # sure*); a third party's (*investors are uncertain about*) is not the writer's
        before = words_before(span[-1], 3)
        return bool(set(before) & {"i", "we", "'m", "’m"}) and not set(before) & {
            "not", "n't", "n’t"}
    return after in (["whether"], ["if"], ["what"], ["how"], ["who"], ["why"], ["when"],
                     ["where"], ["which"])


@context_rule("writer_claim")
def writer_claim(span: Span) -> bool:
    """*we argue that, I claim that, we postulate that*: the writer presents a proposition as
    an argued claim, not an established fact (Hyland 2005: 221, hedges *argue, claim,
    postulate*). Only the writer (first person, present, or softened by *would*) with a
    clause; a third party's *claim* is an attribution (stance ``distancing``), the writer's
    past act (*as we argued last year*) is a self-attribution, and *claim* the noun or
    *claim lives* (an object) is neither. MARKERS.md."""
    verb = span[-1]
    doc = verb.doc
    after = words_after(verb, 1)
    if not is_parsed(doc):
        return words_before(verb, 1) in (["i"], ["we"]) and after == ["that"]
    if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ in {"VBD", "VBN", "VBG"}:
        return False
    subject = subject_of(verb)
    if not is_first_person(subject) or subject is None or subject.lower_ not in {"i", "we"}:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in {"would", "might", "may"}:
        return False  # *we want to claim*, *they forced us to argue*
    return after == ["that"] or any(c.dep_ == "ccomp" for c in verb.children)


@context_rule("claim_shield")
def claim_shield(span: Span) -> bool:
    """*I would say (that) the figures are wrong*: the speaker softens the claim the frame
    introduces (Hyland 2005: 221). Not the frame of a point the speaker goes on to make
    (*what I would say to him is, the one thing I would say is, I would say further*): a
    formula of the speaker's turn, with no claim for it to soften."""
    verb = span[-1]
    if not is_parsed(verb.doc):
        return words_after(verb, 1) not in (["to"], ["further"], ["is"])
    if verb.dep_ in {"relcl", "csubj", "acl"} or any(
            c.dep_ in {"dobj", "nsubj"} and c.lower_ in {"what", "that", "which"}
            and c.i < verb.i for c in verb.children):
        return False  # *what I would say is*, *the one thing that I would say*
    return any(c.dep_ == "ccomp" for c in verb.children) or \
        words_after(verb, 1) in (["that"], [","], ["it"], ["this"], ["the"])


#: what follows *ought to be* when *ought* weighs a probability, not a duty: a predicate of
#: sufficiency or outcome (*that ought to be enough, it ought to be possible*)
EPISTEMIC_OUGHT_PREDICATES = frozenset("""enough sufficient possible easy clear obvious
evident true ready available able straightforward simple feasible apparent""".split())


@context_rule("epistemic_ought")
def epistemic_ought(span: Span) -> bool:
    """Epistemic *ought to* (Hyland 2005: 221): a probable conclusion (*that ought to be
    enough, the results ought to be clear by Monday*), not the far commoner duty (*we ought
    to act, the guilty ought to be punished*). Quirk et al. (1985: 4.54)."""
    ought = span[0]
    after = words_after(ought, 3)
    if after[:2] != ["to", "be"] or len(after) < 3:
        return False
    return after[2] in EPISTEMIC_OUGHT_PREDICATES


@context_rule("hedging_phrase")
def hedging_phrase(span: Span) -> bool:
    """*in a way, in a sense, in part, in some cases, at times, on the whole* as hedges (*a
    globalism that, in a way, neglects the people*), not as phrases of manner or reference
    (*in a way that ensures balance, in a sense of urgency, in part of the country, in some
    cases of torture, on the whole world*)."""
    last = span[-1]
    if is_parsed(last.doc) and last.head.i > last.i and last.head.pos_ in {"NOUN", "PROPN"}:
        return False  # the phrase goes on into a noun: *on the whole world*
    following = next_token(span[-1])
    if following is not None and following.tag_ in {"JJ", "VBN"} and following.lower_ not in {
            "worse", "better"}:
        return False  # manner: *in a way consistent with*, *in a way designed to*
    after = words_after(span[-1], 1)
    if span.text.lower() in {"in part", "at times"}:
        # no noun a clause could modify: *due in part to, attributed in part to, at times it
        # is*; only *in part of the country, at times of crisis, at times when* are not hedges
        return after not in (["of"], ["when"], ["where"])
    return after not in (["that"], ["which"], ["to"], ["where"], ["of"], ["in"],
                         ["similar"], ["comparable"], ["we"], ["they"], ["it"])


#: what *virtual* names when it means online or simulated, not *almost* (*a virtual meeting*)
ONLINE_NOUNS = frozenset("""meeting meetings summit summits session sessions conference
conferences event events format platform platforms reality world worlds space spaces
currency currencies assets tour tours class classes classroom learning school visit visits
assistant machine machines memory private network networks office call calls gathering
gatherings forum hearing hearings debate dialogue town hall exhibition briefing briefings
workshop workshops consultation consultations""".split())


@context_rule("virtual_state")
def virtual_state(span: Span) -> bool:
    """*virtual* meaning almost, before a noun of a state or an act (*a virtual standstill, a
    state of virtual inaction, a virtual monopoly*): the adjective of the approximator
    *virtually* (Hyland 2005: 220). Not online or simulated (*a virtual meeting, virtual
    reality*)."""
    from .intensifiers import is_abstract_noun

    adjective = span[-1]
    following = next_token(adjective)
    if following is None or following.pos_ not in {"NOUN", "ADJ"}:
        return False
    noun = following
    if is_parsed(adjective.doc) and adjective.dep_ == "amod":
        noun = adjective.head
    if noun.lower_ in ONLINE_NOUNS or noun.lemma_.lower() in ONLINE_NOUNS:
        return False
    return is_abstract_noun(noun)


@context_rule("possibility_adverb")
def possibility_adverb(span: Span) -> bool:
    """*possibly* weighing a possibility (*the fire was possibly set*), not after a negated
    *can* (*we cannot possibly shy away*, *how could they possibly*), where it emphasises
    an impossibility (Quirk et al. 1985: 8.101, emphasizer in non-assertive contexts)."""
    before = words_before(span[0], 3)
    if before[-1:] in (["not"], ["n't"], ["n’t"]) and any(
            w in {"can", "could", "ca", "cannot"} for w in before):
        return False
    return not (len(before) >= 2 and before[-2] in {"could", "can"} and before[-3:-2] in (
        ["how"], ["who"], ["what"]))


@context_rule("approximating_as_good_as")
def approximating_as_good_as(span: Span) -> bool:
    """*as good as* as an approximator (Quirk et al. 1985: 8.104, with *almost, nearly,
    practically, all but*) before a participle or an adjective of an end state (*the deal is
    as good as dead, the talks are as good as finished*), not a comparison of quality (*as
    good as ours, as good as the last plan, as good as it gets*)."""
    following = next_token(span[-1])
    if following is None or following.is_punct:
        return False
    if following.lower_ in {"new", "gold", "ever", "any", "it", "its"}:
        return False  # quality: *as good as new, as good as gold, as good as ever*
    return following.tag_ in {"VBN", "JJ"} or following.lower_ in {"over", "gone", "done",
                                                                    "dead", "lost", "won"}


@context_rule("writer_expectation")
def writer_expectation(span: Span) -> bool:
    """*we expect that they will behave professionally, the United States expects that*: the
    writer's (or the issuing side's) prediction, a belief held short of certainty (MARKERS.md:
    *I believe / we think*). Only with a finite clause: *we expect our partners to respect
    the rules* is a demand; not after a modal (*we cannot expect much, how we should expect
    countries to behave*), not a third party's expectation. Negated with *do* it still
    qualifies the clause, as *I do not believe that* does (MARKERS.md: the writer's side's
    *does not believe*): *I do not expect we will give you a preview*."""
    verb = span[-1]
    if not is_parsed(verb.doc):
        return words_before(verb, 1) in (["i"], ["we"]) and words_after(verb, 1) == ["that"]
    negated_with_do = verb.tag_ == "VB" and is_negated(verb) and any(
        c.dep_ == "aux" and c.lower_ in {"do", "does"} for c in verb.children)
    if verb.tag_ not in {"VBP", "VBZ"} and not negated_with_do or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    subject = subject_of(verb)
    if not (subject is not None and subject.lower_ in {"i", "we"} or
            _writers_side(subject, verb)):
        return False
    return any(c.dep_ == "ccomp" and not any(a.dep_ == "aux" and a.lower_ == "to"
                                             for a in c.children) for c in verb.children)


#: the subjects of an extraposed passive (*it is anticipated that*)
_EXPLETIVES = frozenset({"it"})


@context_rule("agentless_belief")
def agentless_belief(span: Span) -> bool:
    """An agentless passive of a verb of belief or expectation (Hyland 2005: *believe, think,
    assume, presume, anticipate*; MARKERS.md shields: *it is believed*) with the proposition
    it qualifies: a to-infinitive (*were believed to be contributing, is widely thought to
    be, a right generally assumed to grant*), a participle (*157 people were believed
    killed*) or an extraposed that-clause (*it is anticipated that X*). The fixed phrases
    (*is believed to*) are lexicon entries; this rule reads the parse, so an adverb or a
    plural or past auxiliary in between does not hide them. Not with an agent (*believed by
    officials*: their belief), not negated, not a noun's modifier without an infinitive
    (*the assumed name*)."""
    verb = span[-1]
    if not is_parsed(verb.doc) or verb.tag_ != "VBN" or is_negated(verb) or any(
            c.dep_ == "agent" for c in verb.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children) or \
        verb.dep_ == "acomp" and verb.head.lemma_ == "be"  # (a participle the parser
    # hung on *be* as its complement: *it is generally assumed to*)
    if not (passive or verb.dep_ == "acl"):
        return False
    for child in verb.children:
        if child.dep_ == "xcomp" and (child.tag_ == "VBN" or any(
                a.dep_ == "aux" and a.lower_ == "to" for a in child.children)):
            return True  # believed to be, believed killed
        if child.dep_ == "ccomp" and passive and any(
                c.dep_ in ("nsubjpass", "expl") and c.lower_ in _EXPLETIVES
                for c in verb.children):
            return True  # it is anticipated that
    return False


#: nouns of a held belief or a view (WordNet 3.0 noun.cognition: belief, opinion,
#: impression): the writer's own (*my understanding is that X*) qualifies X as *I believe*
#: does; not knowledge or certainty (*my conviction*, *our knowledge*), which boost
BELIEF_NOUNS = frozenset("""understanding impression belief view opinion judgment judgement
sense feeling assessment guess hunch suspicion reading recollection expectation assumption
instinct""".split())
#: prepositions with the nouns of a viewpoint they take (*to my mind, by our count, from our
#: standpoint*; Hyland 2005's shields *to my knowledge, from our perspective*)
VIEWPOINT_PHRASES = {"to": frozenset({"mind", "understanding", "recollection"}),
                     "by": frozenset({"count", "reckoning", "estimate", "estimation",
                                      "calculation", "calculations"}),
                     "from": frozenset({"standpoint", "vantage"})}


@productive_rule("first_person_belief_noun")
def first_person_belief_noun(doc: Doc, compiled: CompiledLexicon) -> Iterable[Marker]:
    """The writer's own belief named by a noun (Hyland 2005: shields; MARKERS.md: *in our
    view*): *my understanding is that X, our overall impression is that X, my belief has been
    that X, it is my understanding that X* (a possessive *my/our*, a noun of
    :data:`BELIEF_NOUNS` and a copula with the proposition after it) and the viewpoint
    phrases *to my mind, to my understanding, by our count, from our standpoint*
    (:data:`VIEWPOINT_PHRASES`) are ``hedge/shield``. Not negated (*it is not my view that*),
    not the noun as an object (*we share their view*: someone else's)."""
    if not is_parsed(doc):
        return
    for owner in tokens_where(doc, lower={"my", "our"}, dep={"poss"}):
        noun = owner.head
        lemma = noun.lemma_.lower()
        head = noun.head
        start = owner
        if noun.dep_ == "pobj" and lemma in VIEWPOINT_PHRASES.get(head.lower_, ()):
            if head.head.pos_ == "ADJ" or any(c.dep_ == "prep" and c.lower_ == "of"
                                              for c in noun.children):
                continue  # crucial to our understanding of X: comprehension, no viewpoint
            start = head  # to my mind, by our count
        elif lemma in BELIEF_NOUNS and head.lemma_.lower() in {"be", "remain"} and \
                not is_negated(head) and any(c.i > noun.i and c.dep_ in {"ccomp", "attr",
                                                                       "acomp", "xcomp"}
                                             for c in head.children):
            expletive = [c for c in head.children if c.dep_ in {"nsubj", "expl"} and
                         c.lower_ == "it" and c.i < noun.i]
            if noun.dep_ == "attr" and expletive:
                start = expletive[0]  # it is my view that X
            elif noun.dep_ != "nsubj":
                continue
        else:
            continue
        end = noun.idx + len(noun.text)
        yield Marker(start.idx, end, doc_text(doc)[start.idx:end], "hedge", "shield", lemma,
                     "rule:first_person_belief_noun", "Hyland 2005")


#: the hyphens that join a combining form to its word (the ASCII hyphen-minus, the Unicode
#: hyphen and the non-breaking hyphen)
_HYPHENS = ("-", "\u2010", "\u2011")


@productive_rule("near_prefix")
def near_prefix(doc: Doc, compiled: CompiledLexicon) -> Iterable[Marker]:
    """The combining form *near-* joined to a word by a hyphen (*a near-verbatim transcript,
    near-total destruction, a near-certainty*): *near* means *almost* there, an approximator
    of degree like *nearly* and *almost* (MARKERS.md: ``hedge/approximator``). The span is
    *near*, as the gold marks it. Not *near* as a preposition or an adjective of place or
    time (*near the border*, *in the near future*), which has no hyphen after it."""
    text = doc_text(doc)
    lowered = text.lower()
    if not any(f"near{hyphen}" in lowered for hyphen in _HYPHENS):
        return  # (one pass over the text instead of one over its tokens)
    for token in doc_tokens(doc):
        lower = token.lower_
        if not lower.startswith("near") or token.is_space:
            continue
        end = token.idx + 4
        if lower == "near":
            after = next_token(token)
            if after is None or after.text not in _HYPHENS or after.idx != end:
                continue
            word_start = after.idx + len(after.text)
        elif lower[4:5] in _HYPHENS and lower[5:].isalpha():
            word_start = end + 1  # the tokenizer kept near‑total whole
        else:
            continue
        if not text[word_start:word_start + 1].isalpha():
            continue
        yield Marker(token.idx, end, text[token.idx:end], "hedge", "approximator", "near",
                     "rule:near_prefix", "MARKERS.md")
