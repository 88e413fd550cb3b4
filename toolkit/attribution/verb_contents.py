"""Contents of reporting verbs: what a verb cue reports, where it ends, and the speaker the
parser misplaced (the content family of :mod:`toolkit.attribution.verbs`).

A verb's clause (a that-clause, a to-infinitive of a directive, an indirect question, a speech
a colon introduces), its object with the object's complements (*dismissed the report as
biased*, *called the vote a sham*), or its prepositional topic (*spoke about X*), and where
each ends: not at the person addressed (*told us*), not at the circumstances of the act (*at
the time, on Twitter*), not at a second act of the speaker's (*said X and resigned*), past the
conjuncts and list items the parser hung on the cue, with the condition of a commissive
(*threatened X if Y*) and the host clause of a comment (*X, I said, to let Y*). The mixin
:class:`VerbContentRules` is the base of :class:`toolkit.attribution.verbs.VerbRules`.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..markers.intensifiers import wordnet_noun_lexfiles
from ..markers.rules import REFLEXIVES, is_finite
from .cues import CueEntry
from .plumbing import (
    _char_range,
    _detached,
    _subtree_range,
    _through_phrases,
    _to_infinitive,
)
from .sources import (
    DOCUMENT_NOUNS,
    RELATIVE,
    head_noun,
    is_speaker,
)

#: adjectives of a verdict or a legal status: *found him guilty, found the company liable*
#: decide (MARKERS.md: *was found guilty* is no attribution)
VERDICT_ADJECTIVES = frozenset("""guilty innocent liable responsible culpable negligent insane
competent incompetent eligible ineligible fit unfit dead bankrupt
""".split())
#: prepositions whose object is the content of an intransitive cue (*argue for*, *admit to*)
CONTENT_PREPS = ("for", "to", "of", "about", "against", "with", "on", "into", "at")
#: prepositional verbs of mentioning whose *to* object is what is mentioned, not a person
#: addressed (WordNet 3.0 refer 1, allude, point 2: *referred to the report*)
MENTIONING_VERBS = frozenset("refer allude point".split())
#: verbs whose object is the person told or sued, never what was said (*told us*, *sued
#: the publisher*)
ADDRESSEE_VERBS = frozenset("tell inform notify brief assure sue".split())
#: personal pronouns as objects: someone addressed
PERSONAL_OBJECTS = frozenset("me us him her them you".split())
#: nouns of evidence whose that-clause is what a finding reports (*the investigation found
#: evidence that the killings were sanctioned*: the finding, as *found that*)
EVIDENCE_CLAUSE_NOUNS = frozenset("evidence proof indication indications sign signs".split())
#: prepositions of the topic of a verb + adjective or verb + object idiom (*came clean about
#: X*, *raised concerns over X*, *cast doubt on X*)
TOPIC_PREPS = ("about", "over", "on", "regarding", "concerning", "at", "with", "against")
#: prepositions that add to an object (*blamed X for Y*, *accused X of Y*)
OBJECT_PREPS = ("for", "of", "against", "about", "as")
#: verbs whose passive subject is the addressee (*we are told*, *he was assured*)
RECIPIENT_VERBS = frozenset("tell inform assure reassure remind notify warn advise ask brief "
                            "promise".split())
#: nouns an NP object of a [proposition] cue must name (besides the speech-act nouns)
PROPOSITION_NOUNS = frozenset("""
allegation accusation charge claim report rumour rumor story wrongdoing involvement guilt
responsibility existence fact assertion suggestion notion idea accusations allegations
charges claims reports rumours rumors stories
""".split())


def _zero_that_clause(verb: Token, children: list[Token]) -> list[Token]:
    """The that-clause without *that* after a verb of telling's addressee, which the parser
    read as a relative clause on the addressee (*told consumers they had detected malware*:
    the zero that-clause after an indirect object, Quirk et al. 1985): the clause, where
    it opens with its own subject and no relative word."""
    for addressee in children:
        if addressee.dep_ not in ("dobj", "dative") or addressee.i < verb.i:
            continue
        for clause in addressee.children:
            if clause.dep_ != "relcl" or clause.left_edge.i != addressee.i + 1:
                continue
            subject = [g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")]
            if subject and subject[0].i == clause.left_edge.i and \
                    subject[0].lower_ not in ("who", "that", "which", "whom", "whose"):
                return [clause]
    return []


def _determiner_that_clause(verb: Token, children: list[Token]) -> list[Token] | None:
    """The tokens of a that-clause the parser misread as a determiner and its noun
    (*reaffirmed that/DT terrorism/dobj in all its forms constitutes/advcl one of the most
    serious threats*): *that* right after the verb, a noun object, and after it a finite verb
    hung on the cue with no subject or subordinator of its own, whose subject the noun is.
    None when the parse shows no such clause."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "that" or \
            doc[verb.i + 1].dep_ != "det":
        return None
    noun = doc[verb.i + 1].head
    if noun.dep_ != "dobj" or noun.head != verb:
        return None
    for child in children:
        if child.i <= noun.i or child.dep_ not in ("advcl", "ccomp", "conj", "parataxis"):
            continue
        finite = child.tag_ in ("VBZ", "VBD", "VBP") or any(
            g.dep_ == "aux" and g.tag_ == "MD" for g in child.children)
        if not finite or any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "cc")
                             for g in child.children):
            return None
        between = doc[verb.i + 2:child.i]
        if any(t.text in (";", ":", ",") or t.dep_ == "cc" and t.head == verb
               for t in between):
            return None
        return list(doc[verb.i + 2:max(t.i for t in child.subtree) + 1])
    return None


def _free_relative_name(verb: Token) -> bool:
    """A verb of naming whose free relative *what* is one object and the name another, which
    the parser reads as two objects (*produced what it is calling further evidence*)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) == 2 and objects[0].tag_ == "WP" and objects[0].lower_ == "what" \
        and objects[0].i < verb.i < objects[1].i


def nonassertive(noun: Token) -> bool:
    """A noun phrase of non-assertive *any* (*any role, any wrongdoing, anything*), which a
    negative verb takes as the claim it rejects (*denied any role in X*: denied that it had
    one: the non-assertive forms of Quirk et al. 1985 after a negative verb)."""
    return noun.lower_ in ("any", "anything") or any(
        c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


#: WordNet 3.0 lexicographer files of a noun that can be what a say verb utters (VerbNet
#: say-37.7: the message as object): words, an idea or an attitude (*voiced concern*,
#: *articulated a vision*, *leaked information*), not an act (*repeated the mistake*)
MESSAGE_LEXFILES = frozenset({"communication", "cognition", "feeling"})
#: what a speaker can make clear besides a message: a quality or a motive (*its commitment*,
#: *their reasons*), by the first WordNet sense
SHOWN_LEXFILES = MESSAGE_LEXFILES | {"attribute", "motive"}
#: nouns of a position taken whose first WordNet sense is none (*position* is first a place):
#: what a speaker can make clear (*made its position clear*)
POSITION_NOUNS = frozenset("position positions stance standpoint line".split())
_VERB_MEDIUMS = ("in", "via", "through")
#: platforms a speaker speaks on (*expressed outrage on Twitter*): the medium, not content
PLATFORM_NOUNS = frozenset("twitter facebook x youtube instagram telegram television tv radio "
                           "air media".split())
#: nouns of a point in time in an adjunct (*rejected it at the time, at the end of January*)
OCCASION_NOUNS = frozenset("time end start beginning moment outset close height".split())
#: occasions and channels of speech (*said in a call*, *in an interview*): the medium
MEDIUM_NOUNS = frozenset("""
call meeting conversation interview speech address briefing conference session hearing
debate message video broadcast podcast letter email phone telephone tweet post
""".split())
#: verbs whose passive takes a raised subject and a to-infinitive (*is said to*, *has been
#: found to*; Huddleston & Pullum 2002, 14.3): other passives + to give a purpose (*was
#: established to prevent war*)
RAISING_PASSIVES = frozenset("""
say report rumour rumor allege find know show prove reveal estimate understand confirm
acknowledge claim suspect believe think consider expect
""".split())
#: participles that are adjectives of resolve before a to-infinitive (Quirk et al. 1985,
#: 7.15): *we are determined to act* reports nothing
PARTICIPIAL_ADJECTIVES = frozenset("determined resolved committed prepared inclined "
                                   "obliged encouraged heartened".split())  # and of emotion
#: the items of a numbered list (*; (2) B; and (3) C*), its first item's number, and the
#: full stop that ends the list
_LIST_ITEM = re.compile(r"[;,]?\s*(?:and\s+|or\s+)?\((\d+|[a-z])\)\s")
_FIRST_ITEM = re.compile(r"\((?:1|a)\)\s")
_FULL_STOP = re.compile(r"\.(?:\s|$)")
#: verbs of asking whose *if*-clause is an indirect question, not a condition
INDIRECT_QUESTION_VERBS = frozenset("ask inquire enquire query question wonder".split())


def _finite(clause: Token) -> bool:
    """A finite clause (*held that the contract was void*, *found he had left*), not a
    for-to or bare infinitive (*find a path for the parties to engage*)."""
    return is_finite(clause) or any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if")
                                    for c in clause.children)


def _contrast_clauses(root: Token) -> set[int]:
    """Token ids of trailing contrastive clauses (*..., while at the same time it takes
    ...*): the writer's comment on the reported content, not part of it."""
    ids: set[int] = set()
    for child in root.children:
        if child.dep_ == "advcl" and child.i > root.i and any(
                g.dep_ == "mark" and g.lower_ in ("while", "whereas") for g in child.children
        ) and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in child.children):
            # a finite while-clause contrasts; "while reporting" only says when
            ids.update(t.i for t in child.subtree)
    return ids


#: reporting verbs that invert with their subject after a clause they report (*..., argued
#: the minister.*: quotative inversion with a full noun phrase; Quirk et al. 1985)
QUOTATIVE_INVERSION_VERBS = frozenset(
    "say add write argue note claim report insist explain warn conclude observe remark "
    "reply respond answer recall state comment declare announce continue ask suggest "
    "predict admit concede acknowledge complain contend maintain assert tell".split())


def _inverted_speaker(token: Token) -> Token | None:
    """The speaker of a comment clause with quotative inversion that the parser read as the
    reporting verb's object: *The economy will grow, argued the minister.*; *A, writes the
    Chair, and B* (where the verb was made a conjunct of the clause it reports). The verb
    comes right after a comma, has no subject of its own, and a noun phrase that can speak
    follows it up to a punctuation mark, the verb's adjunct or the sentence's end."""
    if token.tag_ not in ("VBD", "VBZ") or token.lemma_.lower() not in \
            QUOTATIVE_INVERSION_VERBS or token.i == 0 or token.doc[token.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg", "dative")
           for c in token.children):
        return None
    hosted = any(c.dep_ == "ccomp" and c.i < token.i for c in token.children) or \
        token.dep_ == "conj" and token.head.i < token.i and token.head.pos_ in ("VERB", "AUX")
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    if not hosted or not objects or objects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    speaker = objects[0]
    span = list(speaker.subtree)
    if span[0].i != token.i + 1 or not is_speaker(speaker):
        return None
    after = span[-1].i + 1
    if after < speaker.sent.end and not token.doc[after].is_punct and not (
            token.doc[after].dep_ == "prep" and token.doc[after].head == token):
        return None  # (writes the Governor in her letter: the verb's own adjunct)
    return speaker


#: a colon that introduces a speech right after its cue, or after the words that announce
#: it (*said as follows:*, *concluded with these words:*, *put it in these terms:*)
_SPEECH_COLON = re.compile(r"(?:[ \t]+(?:as follows|(?:with|in) (?:these|the following) "
                           r"(?:words|terms)|thus))?[ \t]*:[ \t]*(?:\n[ \t]*){0,2}")


def _comment_with_host_rest(token: Token) -> bool:
    """Whether ``token`` heads a comment clause set off by commas after the start of the
    clause it comments on (*There was too much at stake, I said, to let X*)."""
    if token.dep_ != "parataxis" or token.head.i > token.i:
        return False
    doc = token.doc
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    return bool(subjects) and token.i + 1 < len(doc) and doc[token.i + 1].text == "," and \
        doc[min(t.i for t in subjects[0].subtree) - 1].text == ","


def _comment_clause(token: Token) -> bool:
    """Whether ``token`` heads a comment clause of a subject and the verb alone, set off by
    commas inside or after the clause it comments on (*The ideas, he concluded, were bold*;
    Quirk et al. 1985, 15.53), which the parser makes a parataxis of that clause (cf.
    :func:`_comment_with_host_rest`, whose host goes on after it)."""
    if token.dep_ != "parataxis" or any(c.dep_ not in ("nsubj", "punct", "advmod", "aux")
                                        for c in token.children):
        return False
    doc = token.doc
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    return bool(subjects) and _set_off(subjects[0]) and token.i + 1 < len(doc) and \
        doc[token.i + 1].text in (",", ".", ";")


def _conditions(token: Token, entry: CueEntry, children: list[Token]) -> list[Token]:
    """The condition of a directive or commissive act after its cue, which the parser hangs
    on the cue: part of what was demanded, promised or threatened (*threatened mass protests
    if the results were not invalidated*, *promised to return if she is guaranteed a fair
    trial*)."""
    if entry.stance != "directive":
        return []
    return [c for c in children if c.dep_ == "advcl" and c.i > token.i and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)]


def _circumstance(prep: Token) -> bool:
    """A prepositional phrase of the circumstances of a speech act, not of what was said: a
    date or a time (*on Thursday*), a point in time (*at the time, at the end of January*),
    an occasion or a medium (*in a video address*, *on Twitter*), a manner of the whole (*in
    its entirety*)."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:
        return False
    obj = objects[0]
    lemma = obj.lemma_.lower()
    return obj.ent_type_ in ("DATE", "TIME") or \
        prep.lower_ in _VERB_MEDIUMS and lemma in MEDIUM_NOUNS or \
        prep.lower_ == "on" and lemma in PLATFORM_NOUNS or \
        prep.lower_ in ("at", "in") and lemma in OCCASION_NOUNS and not any(
            c.dep_ == "poss" for c in obj.children) or \
        prep.lower_ == "in" and obj.lower_ in ("entirety", "full", "part", "principle")
    # (in part, in large part: a manner; not in different parts of the country, a place)


def _comment_participle(clause: Token) -> set[int]:
    """Token ids of a participle after a comma that closes a reported clause and comments on
    the event it reports (*12 children were among the injured, making it the highest number
    since ...*): the reporter's gloss on the fact (a supplementive clause, Quirk et al. 1985,
    15.60), not part of what was said: a resultative one (``RESULT_PARTICIPLES``, or one
    whose object is *it/this*). Not a participle with a subordinator (*while working*) nor
    one that says what the reported subject does (*the law is unconstitutional, violating
    free speech*)."""
    doc = clause.doc
    last = max(t.i for t in clause.subtree)
    for child in clause.children:
        if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i < clause.i:
            continue
        first = min(t.i for t in child.subtree)
        if first == 0 or doc[first - 1].text != "," or max(t.i for t in child.subtree) < last - 1 \
                or any(g.dep_ in ("mark", "nsubj", "aux") for g in child.children):
            continue
        if child.lemma_.lower() not in RESULT_PARTICIPLES and not any(
                g.dep_ == "dobj" and g.lower_ in ("it", "this", "that") for g in child.children):
            continue  # X is unconstitutional, violating Y: what X does, part of the claim
        return {t.i for t in child.subtree} | {first - 1}
    return set()


#: verbs of a resultative supplementive clause, whose implied subject is the whole event
#: (*..., making it the deadliest attack*, *bringing the total to 40*; Quirk et al. 1985,
#: 15.60): the reporter's gloss; other participles say what the reported subject does
RESULT_PARTICIPLES = frozenset("make bring mark raise push take lift leave".split())


def _cue_conjuncts(clause: Token, cue: Token) -> set[int]:
    """Token ids of a verb the parser coordinated with the reported clause but that goes on
    with the cue in the cue's own form (*saying it is over and pulling its troops back*;
    *said that the dam is unsafe and resigned*): coordinated verbs share their form, so a
    verb in the cue's form and not the clause's is the cue's second act."""
    infinitive = clause.tag_ == "VB" and _to_infinitive(clause)
    # (*pledged to change all that and staked his career on it*: a to-infinitive)
    if cue.tag_ not in ("VBG", "VBD") or clause.tag_ not in ("VBZ", "VBD", "VBP", "MD") and \
            not infinitive or clause.tag_ == cue.tag_:
        return set()
    ids: set[int] = set()
    for child in clause.children:
        if child.dep_ == "conj" and child.tag_ == cue.tag_ and not any(
                g.dep_ in ("nsubj", "nsubjpass", "aux") for g in child.children):
            ids.update(t.i for t in child.subtree)
            ids.update(c.i for c in clause.children if c.dep_ == "cc" and c.i < child.i)
    return ids


def _appositions(noun: Token) -> set[int]:
    """Token ids of an apposition set off by a comma after the object's head (*expressed
    support for the SHIELD Act, a bipartisan bill from X that would ...*): the writer's
    identification of the noun, not what was said of it."""
    doc = noun.doc
    ids: set[int] = set()
    for t in noun.subtree:
        if t.dep_ == "appos" and t.i > noun.i:
            first = min(u.i for u in t.subtree)
            if first > 0 and doc[first - 1].text == "," and t.pos_ in ("NOUN", "PROPN") and \
                    doc[first].tag_ in ("DT", "PRP$") and not any(
                        c.dep_ == "conj" and c.i > t.i for c in t.head.children):
                # (not a list: competence, suitability; nor a member of one that goes on
                # with a conjunct: civilians in Rafah, the situation in Gaza, and threats)
                ids.update(u.i for u in t.subtree)
                ids.add(first - 1)
    return ids


def _is_relative(token: Token) -> bool:
    """A relative pronoun (*which*, *that*, *who(m)*) that the clause's verb governs."""
    return token.tag_ in ("WDT", "WP") and token.lower_ in ("which", "that", "who", "whom")


def _set_off(clause: Token) -> bool:
    """A phrase after a comma: a non-restrictive relative clause (Quirk et al. 1985, 17.3),
    a comment clause's subject."""
    first = min(t.i for t in clause.subtree)
    return first > 0 and clause.doc[first - 1].text == ","


def _second_complement(prep: Token) -> bool:
    """A *to* or *for* phrase that completes the verb with a thing, not a person
    (*attributed this to a lack of preparedness*, *apologised for his misuse*); *to* or
    *for* a person is the addressee or beneficiary (*acknowledged this to lawmakers*)."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return prep.lower_ in ("to", "for") and bool(objects) and not is_speaker(objects[0])


def _for_to_clause(clause: Token) -> bool:
    """A for-to infinitival clause (*for nations to manage migration*; Quirk et al. 1985,
    15.8): the mark *for*, a subject and the infinitive marker *to*."""
    return any(g.dep_ == "mark" and g.lower_ == "for" for g in clause.children) and \
        _to_infinitive(clause) and any(g.dep_ == "nsubj" for g in clause.children)


def _message_phrase(token: Token) -> bool:
    """Whether a small clause's subject can be what was made clear: a pronoun other than
    *it* (*made that clear*), a noun of a message, a thought or a feeling by its first WordNet
    sense (*her objections, those intentions, his displeasure*), or of a position taken
    (*its position*, :data:`POSITION_NOUNS`); not a thing or an act (*made the path clear*)
    nor a degree noun (*crystal* in *made crystal clear*)."""
    if token.pos_ == "PRON":
        return token.lower_ != "it"
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in POSITION_NOUNS or wordnet_noun_lexfiles().get(
        lemma) in SHOWN_LEXFILES)


def _raised_objects(verb: Token) -> list[Token]:
    """The object a verb shares with the verb coordinated after it (right node raising,
    Quirk et al. 1985, 13.89: *condemned and criticised the arrests*, *to threaten and
    block journalists*): the later conjunct's direct object, when the verb has none."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return []
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and any(
                c.dep_ == "cc" and verb.i < c.i < conj.i for c in verb.children) and \
                conj.i <= verb.i + 3:
            return [o for o in conj.children if o.dep_ == "dobj" and o.i > conj.i]
    return []


class VerbContentRules:
    """The contents of reporting verbs (a mixin of the detector, the base of
    :class:`~toolkit.attribution.verbs.VerbRules`)."""

    @staticmethod
    def clause_conjuncts(token: Token, clause: Token, content: list[Token]) -> list[Token]:
        """Predicates coordinated with the reported clause that the parser hung on the cue
        (*it is said that palm oil is poisonous, destroys habitats, reduces ...*): right
        after the content, without a subject of their own, in the reported verb's form and
        not in the cue's (coordinated verbs share their form). Also the later items of a
        list in the clause that the parser made the cue's object (*recommends that X engage
        in reviews which recognise A, the proper role of B and C*): a that-clause and then an
        object of the same verb is no English sentence. And a second that-clause coordinated
        with the first (*states that A, and that B*), subject and all: its complementizer
        makes it the cue's."""
        end = max(t.i for t in content)
        added: list[Token] = []
        for child in sorted(token.children, key=lambda c: c.i):
            that_clause = any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children)
            if child.i <= end or child.dep_ not in ("conj", "dobj") and not (
                    that_clause and child.dep_ in ("ccomp", "advcl", "parataxis")):
                continue  # (assured that A, that B: the parser may hang B as an adjunct)
            first = min(t.i for t in child.subtree)
            if not all(t.text == "," or t.dep_ == "cc" for t in token.doc[end + 1:first]):
                break
            if child.dep_ == "dobj":
                if clause.dep_ != "ccomp" or token.doc[first - 1].text != ",":
                    break
            elif that_clause:
                pass  # (states that A, and that B: a second complement clause of the cue)
            elif child.tag_ != clause.tag_ or child.tag_ == token.tag_ or any(
                    g.dep_ in ("nsubj", "nsubjpass", "expl") for g in child.children):
                break
            added += list(child.subtree)
            end = max(t.i for t in child.subtree)
        return added

    def extend_to_enumeration(self, content: tuple[int, int] | None
                              ) -> tuple[int, int] | None:
        """A reported clause that is the first item of a numbered list (*GAO found that: (1)
        A; (2) B; and (3) C.*): the content is the whole list, to the full stop after its
        last item (the parser takes the first item for the clause)."""
        if content is None:
            return None
        text = self.text
        line_end = text.find("\n", content[1])
        line_end = len(text) if line_end == -1 else line_end
        if not _FIRST_ITEM.search(text[max(0, content[0] - 4):content[0] + 4]) and \
                not _LIST_ITEM.match(text, content[1]):
            return content
        last = None
        for match in _LIST_ITEM.finditer(text, content[1], line_end):
            last = match.end()
        if last is None:
            return content
        stop = _FULL_STOP.search(text, last, line_end)  # (a semicolon ends an item only)
        end = stop.start() if stop is not None else len(text[:line_end].rstrip())
        return (content[0], max(content[1], end))

    def colon_speech(self, cue: tuple[int, int], asking: bool = False) -> tuple[int, int] | None:
        """A speech a colon introduces without quotation marks (Hansard's *The noble Lord
        said: My Lords, the Motion arises from ...*): like a speaker label's turn (MARKERS.md:
        a label and a colon introduce a quotation), what follows the colon up to the end of
        its paragraph, not the clause the parser found in its first sentence. After a verb
        of asking (``asking``), the question: up to its question mark (*People often ask:
        What keeps you up at night? And usually that is hard to answer*: the writer's
        answer follows)."""
        text = self.text
        after = _SPEECH_COLON.match(text[cue[1]:cue[1] + 40])
        if after is None:
            return None
        start = cue[1] + after.end()
        if start >= len(text) or text[start] in "\"“‘'" or self.quote_at(start) is not None:
            return None  # a quotation: the quotation rule's
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        body = text[start:end].rstrip()
        if len(body.split()) < 3 or re.search(r"[\"“”]", body):
            return None  # (a quotation within: the quotation rule's, or a reprint's slip)
        question = body.find("?")
        if asking and 0 < question < len(body) - 1:
            body = body[:question + 1]
        return start, start + len(body)

    def quote_end_before(self, char: int) -> int:
        """The end of the last quotation that closes before ``char`` (0 if none), with the
        punctuation right after it."""
        ends = [q[1] for q in self.quotes if q[1] <= char]
        if not ends:
            return 0
        end = max(ends)
        while end < char and self.text[end] in ",.;:!? ":
            end += 1
        return end

    @staticmethod
    def addressee_only(token: Token, content: tuple[int, int],
                       verbs: frozenset[str] = ADDRESSEE_VERBS) -> bool:
        """Whether ``content`` is only the person or body addressed or acted on: the object
        of a *to/from* phrase on the cue (*replied to me, wrote to US Defense Secretary
        Robert Gates, heard from the UN*) or the object of a verb of telling or suing (*told
        us, sued 1,495 Internet users*), a speaker by :func:`.sources.is_speaker` or a
        personal pronoun. The annotators never make the addressee the content."""
        zero = {t.i for c in _zero_that_clause(token, list(token.children)) for t in c.subtree} \
            if token.lemma_.lower() in RECIPIENT_VERBS else set()  # told X they had Y
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "to" and \
                    token.lemma_.lower() in MENTIONING_VERBS:
                continue  # referred to the report, alluded to the scandal: what is mentioned
            if child.dep_ == "prep" and child.lower_ in ("to", "from"):
                heads = [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ in ("dobj", "dative") and token.lemma_.lower() in verbs:
                heads = [child]
            else:
                continue
            for head in heads:
                if not (is_speaker(head) or head.lower_ in PERSONAL_OBJECTS):
                    continue
                span = _char_range([t for t in head.subtree if t.i not in zero])
                if span is not None and span[0] <= content[0] and content[1] <= span[1]:
                    return True
        return False

    def nothing_said(self, content: tuple[int, int]) -> bool:
        """Whether a noun-phrase content says that nothing was said: *nothing*, *none* or a
        noun with *no* (*has said nothing unparliamentary*, *nothing was said by X*, *made
        no comment*), not a quotation."""
        if self.quote_at(content[0]) is not None:
            return False
        span = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None or span.root.pos_ in ("VERB", "AUX"):
            return False
        first, root = span[0], span.root
        return first.lower_ in ("nothing", "none") or root.lower_ in ("nothing", "none") or \
            first.lower_ == "no" and first.head == root  # (*nothing/NN unparliamentary/NN*)

    def coordinated_reports(self, root: Token) -> set[int]:
        """Token ids of reporting verbs coordinated with the cue (see
        :meth:`coordinated_report`), with their conjunctions, to leave out of its content."""
        ids: set[int] = set()
        for child in root.children:
            if child.dep_ == "conj" and self.coordinated_report(child) is not None and \
                    self._is_cue_verb(child):
                ids.update(t.i for t in child.subtree)
                ids.update(c.i for c in root.children if c.dep_ == "cc" and c.i < child.i)
        return ids

    def voiced_conjuncts(self, root: Token) -> set[int]:
        """Token ids of clauses coordinated after the reported clause that report another
        speech act with a speaker of their own (*alleging that X bussed voters but the
        party is refuting the claim*; *they say X, at another time they say Y*): a relation
        of its own, not part of this one's content."""
        ids: set[int] = set()
        for child in root.children:
            if child.dep_ in ("conj", "parataxis") and child.i > root.i and \
                    self._other_voice(child) and not any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
                # (but noted that A and that B: a second complement clause of the cue)
                ids.update(t.i for t in child.subtree)
                ids.update(c.i for c in root.children if c.dep_ == "cc" and c.i < child.i)
        return ids

    def verb_content(self, token: Token, entry: CueEntry, passive: bool,
                     particles: list[Token], inverted: Token | None
                     ) -> tuple[list[Token] | None, bool]:
        """Content tokens (empty list: none) and whether they form a clause; None: the cue
        does not report speech here. ``inverted``: the speaker of a quotative inversion
        (``_inverted_speaker(token)``), which is no object of the cue."""
        children = self.same_line(list(token.children) + [
            g for p in particles if p.dep_ in ("acomp", "dobj") for g in p.children
            if g.dep_ == "prep" and (p.dep_ == "acomp" or g.lower_ in TOPIC_PREPS)
        ], token)  # came clean about X, raised concerns about X: the parser hangs the topic
        # on the idiom's adjective or noun
        if _comment_with_host_rest(token):
            children = [c for c in children if c.i < token.i]  # X, I said, to let Y: the rest
            # of the host after the comment clause is no complement of the cue
        clauses = [c for c in children if c.dep_ == "ccomp" and (c.pos_ in ("VERB", "AUX") or any(
            m.dep_ == "mark" and m.lower_ == "that" or m.dep_ in ("nsubj", "nsubjpass")
            for m in c.children) or c.tag_ == "NNS" and any(g.i < c.i for g in c.children)
            and any(g.i > c.i and g.dep_ in ("prep", "dobj", "ccomp") for g in c.children))]
        # (a clause whose verb the tagger missed: that the secrecy undermines X; attacks risk
        # triggering X, the envoy told the Council: a word with a subject heads a clause;
        # investigators say forensic evidence points to X: a verb in -s tagged as a plural
        # noun, its subject hung on it as a modifier, its complement after it)
        if inverted is not None:  # A, argued the minister: the speaker is no object, the
            children = [c for c in children if c != inverted]  # clause before is the content
            if token.dep_ == "conj":
                clauses = [token.head]
        if token.lemma_.lower() in INDIRECT_QUESTION_VERBS:  # asked if he expected X: an
            # indirect question the parser took for a condition (Quirk et al. 1985, 15.5)
            clauses += [c for c in children if c.dep_ == "advcl" and c.i > token.i and any(
                g.dep_ == "mark" and g.lower_ in ("if", "whether") or g.dep_ == "advmod" and
                g.tag_ == "WRB" and g == c.left_edge for g in c.children)]
            # (or for a when- or whether-clause: asked when it took place)
        clauses += [g for p in particles if p.pos_ == "ADJ" for g in p.children
                    if g.dep_ in ("ccomp", "csubj", "advcl") and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]
        # made (it) clear that X: the parser may hang the that-clause on the adjective
        after = [c for c in clauses if c.i > token.i]
        if after:
            clauses = after  # a following clause is the content; a preceding one is too
        else:                # only when nothing but the cue's own words stands between
            clauses = [c for c in clauses if not any(
                t.text in (";", ":") for t in token.doc[max(t.i for t in c.subtree):token.i])
                and (token.lemma_.lower() in RECIPIENT_VERBS
                     or not any(o.dep_ == "dobj" and o.i > token.i for o in children))]
            # (a verb with an object of its own after it reports that object: It rejected
            # every recommendation, not the sentence before it; but "A," she told reporters)
        to_clauses = [c for c in children if (c.dep_ == "xcomp" or passive and c.dep_ == "advcl"
                                              and c.i > token.i
                                              and token.lemma_.lower() in RAISING_PASSIVES)
                      and _to_infinitive(c)]  # has been found to
        to_clauses += [c for c in children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "for" and m in particles for m in c.children)]
        # (called for the Council to discuss X: the for-to clause the cue's for marks)
        if "infinitive" in entry.tags or entry.stance == "directive":
            # petitioned the court to release X, asked the court today to uphold X, called on
            # the FCC today to close X: the parser may read a directive's infinitive after its
            # addressee (the object, or the object of on) as a purpose clause (advcl)
            addressees = [o for o in children if o.dep_ == "dobj"] + [
                o for p in particles if p.lower_ in ("on", "upon") for o in p.children
                if o.dep_ == "pobj"]
            to_clauses += [c for c in children if c.dep_ == "advcl" and c.i > token.i
                           and _to_infinitive(c) and any(token.i < o.i < c.i and is_speaker(o)
                                                         for o in addressees)]
            # an addressee who can act (the court), not a thing (commanded a premium to ...)
        if passive and (token.lower_ in PARTICIPIAL_ADJECTIVES or any(
                c.dep_ == "prep" and c.lower_ in ("as", "for") for c in children)):
            # we are determined to act, known as X: an adjective or a name, not a finding
            to_clauses = []
        if not passive:  # reported being beaten, denied torturing: a gerund complement
            to_clauses += [c for c in children if c.dep_ == "xcomp" and c.i > token.i and all(
                t.head == c and t.dep_ in ("aux", "auxpass", "advmod", "neg")
                for t in token.doc[token.i + 1:c.i]) and (
                c.tag_ == "VBG" or c.tag_ == "VBN" and any(
                    g.dep_ in ("aux", "auxpass") and g.tag_ == "VBG" for g in c.children))]
        if not clauses and not passive:
            misread = _determiner_that_clause(token, children)
            if misread is not None:  # reaffirmed that terrorism ... constitutes X
                return misread, True
        if not clauses and token.lemma_.lower() in RECIPIENT_VERBS:
            clauses = _zero_that_clause(token, children)  # told consumers they had X
        if not clauses and not any(c.dep_ == "xcomp" or c.dep_ == "dobj" and not (
                token.lemma_.lower() in RECIPIENT_VERBS and is_speaker(c)) for c in children):
            clauses = self.adjunct_clause(token)  # alleged without evidence that X; told VOA
            # in an interview that X (the object of a verb of telling is its addressee)
        subjects = [c for c in children if c.dep_ == "nsubj"]
        if len(subjects) > 1 and subjects[0].lower_ in RELATIVE and not clauses:
            # a subject extracted from the reported clause (*who she claims was cutting
            # bushes*): the clause is what follows the cue
            clauses = [c for c in children if c.dep_ in ("xcomp", "ccomp") and c.i > token.i]
        if "clause" in entry.tags and not passive:  # found X to be Y, not: to find a path
            if "infinitive" not in entry.tags:  # but agreed to act: a commitment
                to_clauses = [c for c in to_clauses if c.lemma_ in ("be", "have")]
            clauses = [c for c in clauses if _finite(c)]
        objects = [c for c in children if c.dep_ in ("dobj", "oprd") and c not in particles
                   and not (c.lower_ in REFLEXIVES and "infinitive" in entry.tags)]
        # committed themselves to reducing: the reflexive is the committer, not the content
        if not objects and not clauses and not to_clauses and not passive:
            objects = _raised_objects(token)  # condemned and criticised the arrests
        if any(c.i > token.i and (c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as")
               for c in children) or _free_relative_name(token):
            named = [o for o in objects if not (o.tag_ == "WP" and o.i < token.i)]
            if len(named) < len(objects):
                objects = named or [g for c in children if c.i > token.i and c.dep_ == "prep"
                                    and c.lower_ == "as" for g in c.children
                                    if g.dep_ in ("pobj", "pcomp", "amod", "acomp")]
            # what it calls "indecent hyperbole", what he described as baseless claims: the
            # name given is what was said, not the free relative that holds the cue
        idiom = any(p.dep_ == "dobj" for p in particles)
        small_clauses = [c for c in children if c.dep_ == "ccomp" and c.pos_ not in (
            "VERB", "AUX") and c not in particles]
        small_clauses += [c for c in clauses if not any(g.dep_ == "mark" for g in c.children)
                          and any(g.pos_ == "ADJ" and g.dep_ in ("advcl", "oprd")
                                  for g in c.children)]  # found them ... guilty
        judged = [c for c in children if c.dep_ == "ccomp" and c.i > token.i and (
            c.pos_ == "ADJ" or c.tag_ == "VBG" and not any(g.dep_ == "aux" for g in c.children))
            and c.lower_ not in VERDICT_ADJECTIVES and any(
                g.dep_ == "nsubj" and g.lower_ != "it" and g.lower_ not in REFLEXIVES
                for g in c.children)] if token.lemma_.lower() == "find" and not passive else []
        # (not *found it difficult to agree*: an experience; nor *find themselves doing X*)
        if judged:  # the Committee finds the agreement disappointing: a judgement found and
            return list(judged[0].subtree), True  # reported, not a verdict (found him guilty)
        if small_clauses and entry.tags & {"clause", "agentive"}:
            return None, False  # found X guilty: a decision, not a report
        if passive and token.dep_ == "acl" and token.tag_ == "VBN" and \
                token.head.pos_ in ("NOUN", "PROPN") and not clauses and not to_clauses \
                and any(c.dep_ == "agent" for c in children):
            # (not: the willingness expressed by X to support Y: the noun's complement)
            # a participle modifying a noun (the funding announced in Copenhagen to meet X,
            # the theme proposed by the President for the session): the noun is what was
            # said; the participle's own phrases say where, when and what for
            return self.modified_noun(token), False
        colon = None
        if len(clauses) > 1:  # recognized what we all knew: A: the colon's clause is A
            for c in clauses:
                if any(g.tag_ == "WP" and g.lower_ == "what" and g.i < c.i for g in c.children):
                    later = [d for d in clauses if d.i > c.i and any(
                        t.text == ":" for t in token.doc[c.i:d.i])]
                    if later:
                        colon = next(t for t in token.doc[c.i:later[0].i] if t.text == ":")
                        clauses = [d for d in clauses if d != c]
                        break
        if clauses or to_clauses:
            parts = clauses + to_clauses
            tokens = [t for p in parts for t in _subtree_range(
                p, _contrast_clauses(p) | self.coordinated_reports(p)
                | ({t.i for t in token.subtree} | {token.i - 1} if p == token.head else set())
                | self.voiced_conjuncts(p) | _detached(p, self._other_voice)
                | _cue_conjuncts(p, token) | _comment_participle(p))]
            if to_clauses:  # urged members to vote: the addressee belongs to the directive
                tokens += [t for o in objects if o.dep_ == "dobj" and o.i < to_clauses[0].i
                           for t in o.subtree]
                if particles and particles[-1].dep_ == "prep":  # called on X to resign
                    tokens += [t for c in particles[-1].children if c.dep_ == "pobj"
                               for t in c.subtree]
            oprds = [c for c in children if c.dep_ == "oprd" and c not in particles]
            tokens += [t for o in oprds for t in o.subtree]  # (not the cue's own adjective
            # with its addressee: it was made clear to the committee that X)
            if colon is not None and tokens:  # (the words the parser left in the relative)
                tokens += list(token.doc[colon.i + 1:min(t.i for t in tokens)])
            if tokens:  # (an infinitive's too: agreed to pay X, make Y and allow Z)
                tokens += self.clause_conjuncts(token, (clauses or to_clauses)[-1], tokens)
            tokens += [t for c in _conditions(token, entry, children) if c not in clauses
                       for t in c.subtree]
            return [t for t in tokens if t not in particles], True  # (the cue's own *for*)
        shown = [g for p in particles if p.pos_ == "ADJ" for g in p.children
                 if g.dep_ == "nsubj" and g.i > token.i] if not passive else [
            c for c in children if c.dep_ == "nsubjpass" and any(
                p.pos_ == "ADJ" for p in particles)]
        shown = [g for g in shown if _message_phrase(g)]
        if shown:  # made its position clear, our position was made very clear by X: what the
            # verb + adjective idiom's small clause predicates of is what was said (not:
            # made crystal clear, a degree word the parser took for the subject)
            return list(shown[0].subtree), True
        gapped = self.gapped_relative(token, objects)
        if not passive and not clauses and not to_clauses and gapped is not None:
            pronouns = [t for t in gapped.subtree if t.dep_ == "dobj" and _is_relative(t)
                        and t.i < gapped.i]
            if pronouns and _set_off(gapped):
                return pronouns[:1], False  # disinformation, which we debunked: the pronoun
                # of a relative clause after a comma (not: a process that it had requested)
            return self.modified_noun(gapped), False  # the examples I mentioned
        if passive and objects and not clauses:
            if any(o.dep_ == "dobj" for o in objects):
                return None, False  # he was denied the request: the subject receives
        if objects:
            if "proposition" in entry.tags:
                # the noun of a quantified object (accepted 152 of the 265 recommendations)
                heads = [head_noun(o) for o in objects if o.dep_ == "dobj"]
                if heads and not any(o.lemma_.lower() in PROPOSITION_NOUNS or
                                     o.lemma_.lower() in self.table.nouns for o in heads) \
                        and not (entry.stance == "opposing" and any(
                            nonassertive(o) for o in objects) and not any(
                            c.dep_ == "dative" for c in children)):
                    return None, False  # (but: denied any role in X; not: denied them any
                    # access, withheld)
            tokens = [t for o in objects for t in _subtree_range(
                o, _detached(o, self._other_voice) | self.misattached_adjuncts(o)
                | _appositions(o))]
            first = min(o.i for o in objects)
            for child in children:
                if child.i > first and (child.dep_ in ("appos", "oprd", "dobj") or
                                        child.dep_ == "conj" and child.pos_ in (
                                            "NOUN", "PRON", "PROPN", "ADP")):
                    # (the importance of acting swiftly, effectively, and in a united way)
                    tokens += list(child.subtree)
                if child.dep_ == "prep" and child.i > token.i and (
                        child.lower_ in OBJECT_PREPS or child.lower_ == "with"
                        and "accusation" in entry.tags  # charged him with sedition
                        or child.lower_ == "from" and any(  # the lies from X (misattached)
                            self.verb_from_phrase(o) is not None for o in objects)):
                    detached = _detached(child, self._other_voice)
                    tokens += [t for t in child.subtree if t.i not in detached]
                if child.dep_ == "advcl" and child.i > first and any(
                        g.dep_ in ("mark", "advmod") and g.lower_ == "as" and g.i < child.i
                        for g in child.children) and \
                        not any(g.dep_ in ("nsubj", "nsubjpass", "expl")
                                for g in child.children):
                    # dismissed the report as biased (the parser may read *as* as an
                    # adverb); not a clause of its own (as the talks continued: when, while)
                    tokens += list(child.subtree)
            if particles and particles[-1].dep_ == "prep":
                tokens += [t for c in particles[-1].children for t in c.subtree]
            evidence = entry.stance == "endorsing" and "clause" in entry.tags and any(
                o.dep_ == "dobj" and o.lemma_.lower() in EVIDENCE_CLAUSE_NOUNS and any(
                    c.dep_ in ("acl", "ccomp") and any(
                        g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                    for c in o.children) for o in objects)
            # found evidence that X: the clause is the noun's (*found no evidence that X*)
            tokens += [t for c in _conditions(token, entry, children) for t in c.subtree]
            return tokens + self.phrase_continuation(token, tokens), evidence
        relatives = [c for c in children if c.dep_ == "nsubjpass" and _is_relative(c)]
        if passive and token.dep_ == "relcl" and relatives and _set_off(token) and not any(
                c.dep_ == "prep" and c.lower_ in ("for", "as", "of", "with") for c in children):
            return relatives, False  # points, which have been discussed: the pronoun (not:
            # X, who was charged for fraud; the question that is asked is ...)
        preps = [c for c in children if c.dep_ == "prep" and c.i > token.i and (
            c.lower_ in CONTENT_PREPS and (c.lower_ not in ("on", "into", "at") or c in
                                           particles or idiom or particles and c.lower_ == "at")
            or idiom and c.lower_ in TOPIC_PREPS)]  # raised questions over X
        if preps:
            prep = preps[0]
            tokens = [t for c in prep.children if c.dep_ in ("pobj", "pcomp")
                      for t in _subtree_range(c, {u.i for g in c.children if g.dep_ == "appos"
                                                  for u in g.subtree})]
            for child in children:
                if child.dep_ in ("xcomp", "ccomp") and child.i > prep.i:
                    tokens += list(child.subtree)
                elif token.lemma_.lower() in MENTIONING_VERBS and child.i > prep.i and (
                        child.dep_ == "prep" and child.lower_ == "as" or child.dep_ == "advcl"
                        and child.pos_ in ("ADJ", "NOUN", "PROPN") and any(
                            g.lower_ == "as" and g.dep_ in ("advmod", "mark", "prep")
                            for g in child.children)):
                    tokens += list(child.subtree)  # referred to the motion as dishonest:
                    # what it was called is said too (characterising, Levin 1993, 29.2)
            if tokens:
                return tokens + self.phrase_continuation(token, tokens), \
                    any(c.dep_ == "pcomp" for c in prep.children)
        if passive:
            if "accusation" in entry.tags:
                return [], False
            as_phrases = [c for c in children if c.dep_ == "prep" and c.lower_ == "as"
                          and c.i > token.i and any(g.dep_ == "pobj" for g in c.children)]
            if as_phrases and not {"as_phrase", "as_adjective"} & entry.tags:
                # was denounced as a sham: the verdict is what was said of the subject
                return [t for g in as_phrases[0].children if g.dep_ == "pobj"
                        for t in g.subtree], False
            subjects = [c for c in children if c.dep_ == "nsubjpass"]
            if not subjects and token.dep_ == "conj" and not any(
                    c.dep_ in ("aux", "auxpass") for c in children):
                # recognized and condemned by X: the conjuncts share the subject
                subjects = [c for c in token.head.children if c.dep_ == "nsubjpass"]
            if subjects and subjects[0].lower_ not in RELATIVE | {"it"}:
                target = subjects[0]
                if token.lemma_.lower() in RECIPIENT_VERBS and is_speaker(target):
                    return [], False  # we are told, he was assured: the addressee
                if "proposition" in entry.tags and not (
                        target.lemma_.lower() in PROPOSITION_NOUNS
                        or target.lemma_.lower() in self.table.nouns):
                    return None, False  # freedoms are denied: withheld, not disputed
                return _subtree_range(target), False
            if token.dep_ in ("acl", "relcl"):
                return self.modified_noun(token), False
            return [], False
        return [], False

    @staticmethod
    def gapped_relative(token: Token, objects: list[Token]) -> Token | None:
        """The relative clause whose object is the antecedent (*the examples I mentioned*,
        *disinformation, which we discussed and debunked*): the clause (the cue, or the
        relative clause it is a conjunct of), whose noun is what was said; None if the cue
        has an object of its own or the relative is its subject (*the man who spoke*)."""
        if any(o.lower_ not in RELATIVE for o in objects):
            return None
        clause = token
        if token.dep_ == "conj" and token.head.dep_ == "relcl" and not any(
                c.dep_ == "nsubj" for c in token.children):
            clause = token.head
        if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
            return None
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subjects or subjects[0].lower_ in RELATIVE or any(
                c.lower_ in ("where", "when", "why", "how", "whereby") for c in clause.children):
            return None  # a world where X could say: the relative is an adverb, not the object
        return clause

    @staticmethod
    def adjunct_clause(token: Token) -> list[Token]:
        """A that-clause the parser hung on the noun of the cue's adjunct (*alleging without
        evidence that X*, *said on Monday that X*): the cue's content clause."""
        found = []
        for prep in token.children:
            if prep.dep_ != "prep" or prep.i < token.i or prep.lower_ in ("about", "of", "to",
                                                                          "for", "as"):
                continue
            nouns = [t for t in prep.subtree if t.dep_ == "pobj" and (
                t.head == prep or t.pos_ == "PROPN" and _through_phrases(t, prep))]
            # (said during a trip to Uzbekistan that X: the clause may hang on a name in a
            # phrase within the adjunct; a name takes no content clause, unlike a noun such as
            # *conclusion* in *arguing in favour of the conclusion that X*)
            found += [c for noun in nouns for c in noun.children
                      if c.dep_ in ("acl", "relcl") and c.i > noun.i
                      and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
            # (a that the parser marks as the clause's complementiser, not a relative pronoun)
        return sorted(found, key=lambda c: c.i)[:1]

    def phrase_continuation(self, token: Token, content: list[Token]) -> list[Token]:
        """Dependents of the cue right after its noun-phrase content that modify that phrase
        but that the parser hung on the verb (*reaffirmed the importance of X **in tackling
        Y***, *expressed support for X's agenda **to tackle corruption, strengthen
        institutions***): prepositional phrases, purpose infinitives and the bare infinitives
        coordinated with them (a finite cue cannot be coordinated with a base form).

        The run stops at the first dependent that is the cue's own adjunct: a date or time
        (*on Friday*), the medium (*in a statement*), the addressee of a demand (*from
        their leaders*), a subordinate clause (*as the three countries work ...*), a second
        predicate (*and called for ...*) or a participial comment (*, recognizing ...*)."""
        if not content:
            return []
        end = max(t.i for t in content)
        included: list[Token] = []
        infinitive = any(t.tag_ == "VB" and _to_infinitive(t) for t in content)
        doc = token.doc
        if end + 2 < len(doc) and doc[end + 1].lower_ == "that" and \
                doc[end + 1].dep_ == "mark" and doc[end].pos_ == "NOUN":
            clause = doc[end + 1].head  # their assessment that X: the noun's complement
            if min(t.i for t in clause.subtree) == end + 1 and clause.i > end and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                included += list(clause.subtree)
                end = max(t.i for t in clause.subtree)
        hosts = list(token.children)
        if token.dep_ == "xcomp" and token.head.i < token.i:
            # continued to speak out against X, and Y: a noun the parser coordinated with
            # the verb that governs the cue goes on with the cue's phrase
            hosts += [c for c in token.head.children if c.dep_ == "conj" and c.i > end
                      and c.pos_ in ("NOUN", "PROPN") and all(
                          t.dep_ in ("det", "amod", "compound", "poss", "nummod", "case")
                          for t in c.subtree if t.i < c.i)]  # a noun phrase, nothing else
        for child in sorted(hosts, key=lambda c: c.i):
            if child.i <= end or child.is_punct or child.dep_ == "cc":
                continue
            first = min(t.i for t in child.subtree)
            if first > end + 1 and not all(
                    t.is_punct and t.text == "," or t.dep_ == "cc"
                    for t in token.doc[end + 1:first]):
                break  # something else stands between: the run has ended
            if not self._continues_phrase(token, child, infinitive):
                break
            if child.dep_ == "prep" and len(content) == 1 and content[0].tag_ in ("PRP", "DT") \
                    and not _second_complement(child):
                break  # criticized him on the message board, raised this with X: a personal
                # or demonstrative pronoun takes no prepositional postmodifier (Quirk et
                # al. 1985, 6.8), so the phrase is the verb's adjunct
            infinitive = infinitive or child.dep_ == "advcl"
            included += list(child.subtree)
            end = max(t.i for t in child.subtree)
        return included

    def _adjunct_phrase(self, prep: Token) -> bool:
        """A prepositional phrase that places the speech act, not what was said: a date or
        a time (*on Thursday*), its medium or occasion (*in a video address*), a source or
        an addressee (*from their leaders*), the means (*with lies*)."""
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if not objects:
            return True
        obj = objects[0]
        lemma = obj.lemma_.lower()
        if prep.lower_ == "including":
            return False  # called for accountability for violations, including attacks on
            # civilians: the examples of what was named, never the act's circumstance
        if prep.lower_ == "by" and obj.dep_ == "pobj" and prep.head.tag_ != "VBN" and \
                is_speaker(obj) and lemma not in self.table.nouns and lemma not in MEDIUM_NOUNS:
            return False  # pointed to killings by government agents: an active verb takes
            # no agent, so a by-phrase naming doers is the object's (the killings')
        if prep.lower_ in ("from", "during", "since", "until", "after", "before", "by", "via",
                           "through"):
            return True
        if _circumstance(prep):
            return True
        if lemma in self.table.nouns:
            return True  # attacking me with lies: the means, a speech act of its own
        return prep.lower_ in _VERB_MEDIUMS and lemma in DOCUMENT_NOUNS

    def misattached_adjuncts(self, noun: Token) -> set[int]:
        """Token ids of the cue's own adjuncts that the parser hung at the end of its object
        (*dismissed the allegations **in a video address on Thursday***): a medium (also a
        platform: *on Twitter*), a date or a point in time (*at the time, at the end of
        January*) or a manner of the whole (*in its entirety*) that closes the object's
        phrase, with everything after it."""
        if noun.pos_ not in ("NOUN", "PROPN", "PRON"):
            return set()
        last = max(t.i for t in noun.subtree)
        for child in noun.subtree:  # (in text order)
            if child.i <= noun.i or child.dep_ != "prep" or \
                    child.lower_ not in _VERB_MEDIUMS + ("on", "at"):
                continue
            said_in = child.lower_ in _VERB_MEDIUMS and any(
                g.dep_ == "pobj" and g.lemma_.lower() in ("statement", "interview", "letter",
                                                          "release") for g in child.children)
            if said_in or _circumstance(child):  # in a statement; at the time, on Twitter
                return set(range(child.i, last + 1))
        return set()

    def _continues_phrase(self, token: Token, child: Token, infinitive: bool) -> bool:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") and (
                child.head != token or token.pos_ == "VERB"):
            return True  # (see phrase_continuation: a noun conjunct hung on the governor;
            # a verb is never coordinated with a noun: pointed to X and a lack of Y)
        if child.dep_ == "conj" and child.tag_ == "VBG" and token.tag_ in ("VBD", "VBZ", "VBP") \
                and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                            for g in child.children):
            return True  # calls for disarmament and developing an understanding: a finite
            # verb is never coordinated with a bare -ing form, the gerund is the object's
        if child.dep_ == "prep":
            return not self._adjunct_phrase(child)
        if child.dep_ == "advcl" and _for_to_clause(child):
            return True  # a framework for nations to manage X: the noun's for-to complement
        if child.dep_ == "advcl" and any(g.dep_ == "mark" for g in child.children):
            return False
        if child.dep_ == "advcl" and _to_infinitive(child):
            return True
        if child.dep_ in ("conj", "advcl") and infinitive:
            # to expand trade, cut tariffs and share data: a base form goes on with the
            # infinitive (a finite cue is never coordinated with a base form)
            return child.tag_ == "VB" and token.tag_ != "VB" and not any(
                g.dep_ in ("nsubj", "nsubjpass", "aux") for g in child.children)
        return False

    def modified_noun(self, token: Token) -> list[Token]:
        """The noun a participle modifies (*a statement cited by X*), or the other side of a
        copula (*work requirements are a solution supported by X*; *the question that is
        asked is how ...*)."""
        noun = token.head
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and \
                noun.head.i < noun.i:
            noun = noun.head  # every lie and talking point regurgitated by X: all of it
        first = min(t.i for t in token.subtree)
        set_off = first > 0 and token.doc[first - 1].text == ","
        if token.dep_ == "acl" and set_off:
            # the ban on the import of palm oil, proposed by X: a participle set off by a
            # comma modifies the whole phrase, not the last noun of its of/on chain
            while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and \
                    noun.head.lower_ in ("of", "on") and noun.head.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head.head
        tokens = _subtree_range(noun, {t.i for t in token.subtree})
        if token.dep_ in ("relcl", "acl") and set_off:
            return tokens  # the plan, which was drafted by X, is ...: the plan itself
        if noun.dep_ in ("attr", "nsubj") and noun.head.lemma_ == "be":
            other = [c for c in noun.head.children if c.dep_ in ("nsubj", "attr", "ccomp",
                                                                  "xcomp") and c != noun]
            if other:
                return list(other[0].subtree)
        return tokens
