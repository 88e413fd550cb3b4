"""The reporting-cue lexicon as the detector reads it.

``toolkit/lexicons/reporting_cues.tsv`` (columns ``cue, stance, source, note``) lists verbs,
phrasal verbs, speech-act nouns, hearsay adverbs and adjectives and adjunct cues (*according
to*), each with the stance of MARKERS.md. Tags in square brackets at the start of a note say
how a cue is used (a note without a part-of-speech tag is a verb):

``[noun]`` speech-act noun (a ``nominal`` relation, only with an explicit source);
``[adverb]``/``[adjective]`` hearsay words (*reportedly*, *alleged*: no source, content
null); ``[prep]`` adjunct cue (*according to*, *by* one account); ``[not_speech]`` belief or
knowledge, or a decision acting on an object: never a cue; ``[clause]`` only with a clausal
complement or a quotation; ``[agentive]`` only with a speaker as subject or agent (an event
that "shows" is a booster); ``[proposition]`` a noun-phrase object must name a claim;
``[accusation]`` the passive subject is the accused; ``[intransitive]`` a relation even
without content; ``[verbal]`` a verb with a non-speech sense (*attack*, *slam*, *threaten*,
*support*) counts only as a verbal act: with a reason (*for*, *as*), words, a clause, or an
object that is a person, a text, a policy or an action (on a noun: an *on/against/at* object
that is a named person or a speech act, *his attacks on the judge*); ``[naming]`` a
``[clause]`` verb that also reports speech when a speaker names something (*called the vote
a sham*), not in the passive (*a report, called the TIP Report*); ``[finding]`` on a
``[not_speech]`` verb: its agentless passive with a to-infinitive (*is known to*) is a
finding reported without a source (MARKERS.md), stance ``endorsing`` (factive);
``[as_phrase]`` a verb of characterising (*portrayed X as Y*; Levin 1993, 29.2) counts only
with its *as* complement, ``[as_adjective]`` only with an adjectival one (*sold the war as
justified*); ``[infinitive]`` a directive or commissive (VerbNet 58.1-58.3, 37.9, 37.13)
only with a clause, a quotation or a to-infinitive (*implored them to leave*, *guaranteed to
act*), not with an object alone (*pressed the button*); on a noun, only with what it asks
for (*a call from X to act*, not a telephone *call from X*); ``[objective]`` on a noun: its *of*
phrase is what the act is on, not its source (*the defamation of believers*; an objective
genitive, Quirk et al. 1985, 17.41); ``[as_clause]`` only in a reporting *as*-clause (*as
the minister put it*; Quirk et al. 1985, 15.53), whose content is the clause it comments on;
``[from_source]`` a verb of receiving a message (*heard from the briefers about X*) whose source
is the object of its *from* phrase, not its subject (the hearer); ``[hearer]`` a verb whose
subject is the hearer and whose source goes unnamed (*as we have heard, X*); ``[message]`` only
with a clause, an *as*-clause or an object naming a message (a WordNet noun of communication,
cognition or feeling: *set out its plans*, not *set out the chairs*); ``[result]`` on a
``[clause]`` noun of results (*finding*, *conclusion*): a possessive speaker is enough (*its
findings*); ``[judicial]`` on a noun of a judicial decision (*decision, ruling, verdict*): only
with a court, a judge or a jury as source, and not a decision to act (*the court's decision to
close the case*); ``[legal]`` a verb of asking (*seek*) that is a request only to a court: its
subject (or the noun its participle modifies) is a legal filing (*the complaint seeks*, *filed
papers seeking review*), its clause is set in one (*in the complaint, X seeks to enjoin*), it is
addressed to a court (*approached the courts seeking*), or its object is a court order (*seeking
an injunction*); elsewhere *seek* is trying (*seeks to expand*, *seek solutions*); ``[refusal]``
a refusal to speak (*declined to comment*, *refused to say*): only with the to-infinitive of a
neutral reporting verb, no content (not *declined to approve*); ``[reduced]`` a bare form
opening its sentence with no subject or object of its own is the reduced passive of a briefing
summary (*Put to him that X, the spokesman said*: the journalists' question, reported without
its askers); a bare verb so tagged counts only there; ``[event]`` a verb of speaking that names
a speech event even without what was said (*the envoy spoke for twenty minutes*), past or
perfect with its speaker as subject, not a conversation *with* someone.

Sources of the stances: Martin & White (2005) (acknowledge / distance / endorse), Thompson &
Ye (1991) and Hyland (2002) (factive, non-factive, counter reporting verbs), and the rules
of MARKERS.md for figurative verbal acts and formal accusations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..lexicon import Lexicon

__all__ = ["CueEntry", "CueTable", "cue_table", "learned_entry", "TAGS"]

TAGS = ("noun", "adverb", "adjective", "prep", "not_speech", "clause", "agentive",
        "proposition", "accusation", "intransitive", "verbal", "naming", "finding", "as_phrase",
        "as_adjective", "passive", "infinitive", "as_clause", "objective", "from_source", "message",
        "discussion", "answer", "result", "judicial", "legal", "refusal", "reduced", "event",
        "count", "expressive", "hearer", "narrative",
        "made", "comment", "person")
_TAG = re.compile(r"\[(\w+)\]")
_LEADING_TAGS = re.compile(r"^(?:\s*\[\w+\])+")


@dataclass(frozen=True)
class CueEntry:
    """One lexicon row: the cue (a lemma or a phrase of lemmas), its stance, its tags."""

    cue: str
    stance: str
    tags: frozenset[str]
    source: str = ""

    @property
    def part_of_speech(self) -> str:
        for pos in ("noun", "adverb", "adjective", "prep"):
            if pos in self.tags:
                return pos
        return "verb"


@dataclass(frozen=True)
class CueTable:
    """Cue entries by part of speech, keyed by lower-case lemma (phrases joined by spaces)."""

    verbs: dict[str, CueEntry]
    nouns: dict[str, CueEntry]
    adverbs: dict[str, CueEntry]
    adjectives: dict[str, CueEntry]
    preps: dict[str, CueEntry]

    @cached_property
    def verb_heads(self) -> frozenset[str]:
        """First words of the verb keys: every key a verb's lookup tries begins with its
        lemma (*call on*, *make clear*), so no other verb can be a listed cue."""
        return frozenset(k.split()[0] for k in self.verbs)

    @cached_property
    def noun_heads(self) -> frozenset[str]:
        """First words of the noun keys (*point of order*, *call for*), as :attr:`verb_heads`."""
        return frozenset(k.split()[0] for k in self.nouns)

    @cached_property
    def idiom_verbs(self) -> frozenset[str]:
        """First words of the multiword verb keys (*call* of *call on*; verb + object idioms
        among them)."""
        return frozenset(k.split()[0] for k in self.verbs if " " in k)

    @property
    def longest_phrase(self) -> int:
        return max((len(k.split()) for k in (*self.verbs, *self.nouns, *self.preps)), default=1)


def learned_entry(lemma: str, part_of_speech: str) -> CueEntry:
    """The entry of a verb or noun the lexicon does not list that the cue classifier accepts
    (:mod:`.classifier`): stance ``neutral`` (the classifier judges a cue, not its stance),
    and ``[agentive]``: its source must be a speaker (MARKERS.md: an event or a fact that
    "demands" or "suggests" reports no speech)."""
    tags = {"agentive"} if part_of_speech == "verb" else {"noun"}
    return CueEntry(lemma, "neutral", frozenset(tags), "classifier")


def _tags(note: str) -> frozenset[str]:
    """The leading ``[tag]`` words of a note (``[clause] [agentive] ...`` -> both)."""
    prefix = _LEADING_TAGS.match(note)
    found = _TAG.findall(prefix.group(0)) if prefix else []
    return frozenset(t for t in found if t in TAGS)


def _table_from_rows(rows: tuple[tuple[str, str, str, str], ...]) -> CueTable:
    parts: dict[str, dict[str, CueEntry]] = {p: {} for p in ("verb", "noun", "adverb",
                                                             "adjective", "prep")}
    for cue, stance, source, note in rows:
        entry = CueEntry(cue.strip().lower(), stance, _tags(note or ""), source or "")
        parts[entry.part_of_speech][entry.cue] = entry
    return CueTable(parts["verb"], parts["noun"], parts["adverb"], parts["adjective"],
                    parts["prep"])


class _ByVersion:
    """A lexicon as a cache key: equal when the versions (hashes of the entries) are."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.version = lexicon.version

    def __hash__(self) -> int:
        return hash(self.version)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _ByVersion) and other.version == self.version


@lru_cache(maxsize=8)
def _compiled(key: _ByVersion) -> CueTable:
    rows = tuple((str(r["cue"]), str(r["stance"]), str(r.get("source", "") or ""),
                  str(r.get("note", "") or "")) for r in key.lexicon.cues.to_dict("records"))
    return _table_from_rows(rows)


def cue_table(lexicon: Lexicon) -> CueTable:
    """The cue table of ``lexicon`` (compiled once per lexicon version)."""
    return _compiled(_ByVersion(lexicon))
