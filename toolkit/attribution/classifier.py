"""A learned attribution-cue classifier over general parse features (the rules' helper).

The cue lexicon and its rules recognise the reporting verbs and speech-act nouns they list;
a text of a new kind brings verbs and nouns they have never seen (*lectured, chronicled,
the reaffirmation*). This module scores a verb or noun as the head of a cue by a logistic
regression (:class:`toolkit.linear.LinearModel`) over features any lemma has: its part of
speech, tag and dependency relation, its dependents (a that-clause, a to-infinitive, an
object and what kind of noun it is, a quotation next to it, an *of/about/on* phrase), its
subject or agent (a named entity, a personal pronoun, a person noun of WordNet), its voice,
negation and modality, the lemma's VerbNet 3.4 classes (Levin 1993) and WordNet 3.0
lexicographer files (Miller 1990; ``lexicons/cue_lemma_classes.tsv``, built by
``scripts/build_cue_features.py``), its entry in the cue lexicon, whether the rules made it a
cue, and the lemma itself.

``scripts/train_cues.py`` fits the model on the project's training sets and writes
``toolkit/models/cue_classifier.json`` (weights, the chosen threshold and its provenance in
``meta``). The detector (:func:`toolkit.attribution.find_attributions`) asks it about every
verb and noun that no rule cue covers; an accepted token becomes a relation built by the
rules' own verb or noun machinery (source, content, kind, source type), with a neutral
entry for an unlisted lemma.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..linear import LinearModel
from ..markers.intensifiers import lemma_classes, lemma_senses, verb_senses, wordnet_noun_lexfiles
from ..nlp import doc_tokens, each_form_once
from .cues import CueTable
from .plumbing import _to_infinitive
from .sources import (
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    INSTITUTION_NOUNS,
    PLURAL_PERSONAL,
    RELATIVE,
    ROLE_NOUNS,
    SINGULAR_PERSONAL,
    wordnet_person_nouns,
)

__all__ = ["MODEL_PATH", "CueClassifier", "context_share", "cue_classifier", "cue_candidates",
           "cue_features", "lemma_classes"]

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "cue_classifier.json"
#: prepositions whose phrase on a cue is its topic, addressee or target (*spoke about*,
#: *appealed to*, *railed against*); others are one feature, ``prep=other``
TOPIC_PREPOSITIONS = frozenset("about of on over against to for with at from by into "
                               "regarding concerning as in".split())
#: suffixes of nominalisations (Quirk et al. 1985, App. I.30-35): nouns of an act
NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "al", "ure", "ing")
QUOTE_CHARACTERS = frozenset('"“”«»„')
#: characters either side of a cue within which a quotation mark counts as next to it
QUOTE_REACH = 12
_DEMONSTRATIVES = frozenset({"it", "this", "that", "these", "those"})
_SPEAKER_ENTITIES = ("PERSON", "ORG", "GPE", "NORP")


def cue_candidates(doc) -> list[Token]:
    """Tokens that could head a cue (MARKERS.md, "Attribution relations"): a reporting verb
    (a verb, not an auxiliary) or a speech-act noun (a common noun in lower case)."""
    return [t for t in doc_tokens(doc) if t.text[:1].isalpha() and not t.is_punct and (
        t.pos_ == "VERB" and t.tag_.startswith("VB") or t.pos_ == "NOUN" and t.text[:1].islower())]


def _nominal_kind(token: Token) -> str:
    """What kind of speaker (or thing) a noun phrase's head names."""
    lower = token.lower_
    if lower in FIRST_PERSON:
        return "first"
    if lower in SINGULAR_PERSONAL or lower in PLURAL_PERSONAL:
        return "personal"
    if lower in RELATIVE and token.tag_ in ("WP", "WDT"):
        return "relative"
    if lower in _DEMONSTRATIVES:
        return "demonstrative"
    if lower == "you":
        return "you"
    if token.ent_type_ in _SPEAKER_ENTITIES:
        return token.ent_type_
    if token.pos_ == "PROPN":
        return "propn"
    lemma = token.lemma_.lower()
    if lemma in ROLE_NOUNS:
        return "role"
    if lemma in INSTITUTION_NOUNS:
        return "institution"
    if lemma in DOCUMENT_NOUNS:
        return "document"
    if token.pos_ == "NOUN" and lemma in wordnet_person_nouns():
        return "person_noun"
    if token.pos_ == "NOUN":
        return "noun:" + (wordnet_noun_lexfiles().get(lemma) or "other")
    return token.pos_.lower()


def _lemma_features(lemma: str, pos: str, table: CueTable) -> dict[str, str | float]:
    """Features of the lemma alone (cached per lemma by :class:`CueClassifier`)."""
    features: dict[str, str | float] = {"lemma": f"{pos}:{lemma}"}
    first, files, verbnet = lemma_senses(lemma, pos)
    features["wn1"] = first or f"{pos}:none"
    for name in files:
        features[f"wn:{name}"] = 1.0
    for name in verbnet:
        features[f"vn:{name}"] = 1.0
        number = name.split("-", 1)[1] if "-" in name else ""
        features[f"vng:{number.split('.')[0]}"] = 1.0
    if not verbnet and pos == "verb":
        features["vn:none"] = 1.0
    entry = (table.verbs if pos == "verb" else table.nouns).get(lemma)
    if entry is not None:
        features["lex"] = f"{pos}:{entry.stance}"
        for tag in entry.tags:
            features[f"lextag:{tag}"] = 1.0
    elif pos == "verb" and lemma in table.idiom_verbs:
        features["lex"] = "phrase_head"  # (call on, set out: listed only with a particle)
    else:
        features["lex"] = f"{pos}:none"
    if pos == "noun":
        features["suffix"] = next((s for s in NOMINAL_SUFFIXES if lemma.endswith(s)), "none")
    return features


def _context_features(token: Token, quote_at: Callable[[int], object], ruled: bool,
                      text: str) -> dict[str, str | float]:
    """Features of the token in its sentence (``text``: the Doc's text)."""
    features: dict[str, str | float] = {"tag": token.tag_, "dep": token.dep_,
                                        "head": f"{token.head.pos_}:{token.dep_}"}
    if ruled:
        features["rule"] = 1.0
    subject = None
    passive = False
    for child in token.children:
        dep = child.dep_
        features[f"child:{dep}"] = 1.0
        if dep in ("nsubj", "csubj") and subject is None:
            subject = child
        elif dep == "nsubjpass":
            passive = True
            features["patient"] = _nominal_kind(child)
        elif dep == "auxpass":
            passive = True
        elif dep == "agent":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                features["agent"] = _nominal_kind(objects[0])
        elif dep == "ccomp":
            marks = [g.lower_ for g in child.children if g.dep_ == "mark"]
            features["ccomp"] = marks[0] if marks else "bare"
        elif dep == "xcomp":
            features["xcomp"] = "to" if _to_infinitive(child) else child.pos_
        elif dep in ("dobj", "dative"):
            features[f"{dep}_kind"] = _nominal_kind(child)
        elif dep == "prep":
            word = child.lower_ if child.lower_ in TOPIC_PREPOSITIONS else "other"
            features[f"prep:{word}"] = 1.0
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects and word in ("by", "from", "of"):
                features[f"pobj_{word}"] = _nominal_kind(objects[0])
        elif dep == "poss":
            features["poss"] = _nominal_kind(child)
        elif dep == "neg":
            features["negated"] = 1.0
        elif dep == "aux" and child.tag_ == "MD":
            features["modal"] = 1.0
    if passive:
        features["passive"] = 1.0
    if subject is not None:
        features["subject"] = _nominal_kind(subject)
    elif token.dep_ in ("acl", "relcl") or token.dep_ in ("dobj", "pobj", "nsubj") \
            and token.pos_ == "NOUN":
        features["governor"] = _nominal_kind(token.head) if token.dep_ in ("acl", "relcl") \
            else f"{token.head.pos_}:{token.dep_}"
        governor = token.head.head if token.dep_ == "pobj" else token.head
        if token.pos_ == "NOUN" and governor.pos_ == "VERB":
            first = verb_senses(governor.lemma_.lower())[0]
            features["governor_wn"] = first or "verb:none"
            subjects = [c for c in governor.children if c.dep_ == "nsubj"]
            if subjects:
                features["governor_subject"] = _nominal_kind(subjects[0])
    else:
        features["subject"] = "none"
    start, end = token.idx, token.idx + len(token)
    if not QUOTE_CHARACTERS.isdisjoint(text[max(0, start - QUOTE_REACH):end + QUOTE_REACH]):
        features["quote_near"] = 1.0
    if quote_at(start) is not None:
        features["in_quote"] = 1.0
    if text[max(0, start - 3):start].rstrip()[-1:] in (",", "—", "–") and start > 0:
        features["after_comma"] = 1.0
    after = text[end:end + 3].lstrip()[:1]
    if after in (",", ".", ":"):
        features[f"before:{after}"] = 1.0
    return features


def cue_features(token: Token, table: CueTable, quote_at: Callable[[int], object],
                 ruled: bool, text: str) -> dict[str, str | float]:
    """All features of one candidate (:func:`cue_candidates`): the lemma's and the
    context's. ``quote_at(char)`` is the quotation around a character (or None), ``ruled``
    whether a rule cue covers the token, ``text`` the Doc's text."""
    pos = "verb" if token.pos_ == "VERB" else "noun"
    features = dict(_lemma_features(token.lemma_.lower(), pos, table))
    features["pos"] = pos
    features.update(_context_features(token, quote_at, ruled, text))
    return features


#: context features read off the Doc's arrays with the lemma, before the gate
GATE_FEATURES = ("tag", "dep")


def is_lemma_feature(name: str) -> bool:
    """Whether a feature belongs to the lemma (:func:`_lemma_features`), not its context."""
    return name in ("lemma", "wn1", "lex", "suffix", "pos") or name.startswith(
        ("wn:", "vn:", "vng:", "lextag:"))


def context_share(weights: dict[str, float], features: dict[str, str | float]) -> float:
    """The share of a candidate's score that the gate bounds: the context features other
    than :data:`GATE_FEATURES`, as if no rule covered the token."""
    return _score(weights, {k: v for k, v in features.items() if not is_lemma_feature(k)
                            and k not in GATE_FEATURES and k != "rule"})


def _score(weights: dict[str, float], features: dict[str, str | float]) -> float:
    return sum(weights.get(f"{name}={value}", 0.0) if isinstance(value, str)
               else weights.get(name, 0.0) * value for name, value in features.items())


@dataclass
class CueClassifier:
    """A fitted cue model with its threshold (``meta["threshold"]``), its veto of rule cues
    (``meta["veto"]``, 0 for none) and its gate.

    The gate: a candidate's score is the sum of its lemma's share, its tag's and dependency
    relation's and the rest of its context's (:func:`context_share`). ``meta["context_max"]``
    holds, for verbs and for nouns, the largest rest seen on any training candidate plus a
    margin; a candidate whose lemma, tag and relation score so low that even that rest would
    not lift it to the threshold is passed over without reading its context (on the Doc's
    arrays, so that no token object is made for it)."""

    model: LinearModel
    threshold: float
    veto: float = 0.0
    context_max: dict[str, float] | None = None

    def __post_init__(self) -> None:
        self._lemma_scores: dict[tuple[str, str, int], float] = {}
        self._gate_cache: dict[tuple[int, int, int, int, int, bool], bool] = {}
        self.cut = math.log(self.threshold / (1.0 - self.threshold)) if self.threshold < 1 \
            else math.inf

    def lemma_score(self, lemma: str, pos: str, table: CueTable) -> float:
        """The bias and the lemma features' share of the score (cached)."""
        key = (lemma, pos, id(table))
        score = self._lemma_scores.get(key)
        if score is None:
            weights = self.model.weights
            score = self.model.bias + weights.get(f"pos={pos}", 0.0) + _score(
                weights, _lemma_features(lemma, pos, table))
            if len(self._lemma_scores) > 50_000:
                self._lemma_scores.clear()
            self._lemma_scores[key] = score
        return score

    def _passes(self, lemma: str, pos: str, tag: str, dep: str, table: CueTable) -> bool:
        if self.context_max is None:
            return True
        weights = self.model.weights
        return self.lemma_score(lemma, pos, table) + weights.get(f"tag={tag}", 0.0) + \
            weights.get(f"dep={dep}", 0.0) + self.context_max[pos] >= self.cut

    def candidates(self, doc, table: CueTable, *, unlisted: bool = False) -> list[Token]:
        """The candidates of ``doc`` (:func:`cue_candidates`) that pass the gate (and with
        ``unlisted``, whose lemma ``table`` does not list for their part of speech)."""
        from spacy.attrs import DEP, LEMMA, POS, TAG
        from spacy.symbols import NOUN, VERB

        array = doc.to_array([POS, LEMMA, TAG, DEP])
        rows = ((array[:, 0] == VERB) | (array[:, 0] == NOUN)).nonzero()[0]
        strings = doc.vocab.strings
        cache = self._gate_cache
        if len(cache) > 100_000:
            cache.clear()

        def passes(form: tuple[int, ...]) -> bool:
            pos, lemma, tag, dep = form
            key = (pos, lemma, tag, dep, id(table), unlisted)
            passed = cache.get(key)
            if passed is None:
                word, name = strings[lemma].lower(), "verb" if pos == VERB else "noun"
                passed = not (unlisted and word in (table.verbs if pos == VERB else
                                                    table.nouns)) and \
                    self._passes(word, name, strings[tag], strings[dep], table)
                cache[key] = passed
            return passed

        out = []
        for i in rows[each_form_once(array[rows], passes)].tolist():
            token = doc[i]
            if token.text[:1].isalpha() and not token.is_punct and (
                    token.tag_.startswith("VB") if token.pos == VERB else
                    token.text[:1].islower()):
                out.append(token)
        return out

    def probability(self, token: Token, table: CueTable, quote_at: Callable[[int], object],
                    ruled: bool = False, text: str | None = None) -> float:
        """The model's probability that ``token`` heads (or lies in) a cue (``text``: the
        Doc's text, when the caller has it)."""
        pos = "verb" if token.pos_ == "VERB" else "noun"
        score = self.lemma_score(token.lemma_.lower(), pos, table) + _score(
            self.model.weights, _context_features(token, quote_at, ruled,
                                                  token.doc.text if text is None else text))
        return 1.0 / (1.0 + math.exp(-score)) if score > -700 else 0.0


@lru_cache(maxsize=4)
def _load(path: str, stamp: float) -> CueClassifier:
    model = LinearModel.load(path)
    threshold = model.meta.get("threshold")
    if not isinstance(threshold, (int, float)) or not 0.0 < threshold <= 1.0:
        raise ValueError(f"{path}: meta.threshold must be a probability in (0, 1], "
                         f"not {threshold!r}")
    veto = float(model.meta.get("veto") or 0.0)
    if not 0.0 <= veto < threshold:
        raise ValueError(f"{path}: meta.veto must be a probability below the threshold, "
                         f"not {veto!r}")
    context_max = model.meta.get("context_max")
    if context_max is not None and not (isinstance(context_max, dict) and
                                        set(context_max) == {"verb", "noun"}):
        raise ValueError(f"{path}: meta.context_max must map verb and noun to a number, "
                         f"not {context_max!r}")
    return CueClassifier(model, float(threshold), veto, None if context_max is None else
                         {pos: float(value) for pos, value in context_max.items()})


def cue_classifier(path: str | Path | None = None) -> CueClassifier | None:
    """The packaged cue classifier (or the one at ``path``); None when the file is absent
    (a checkout before ``make train-cues``)."""
    path = Path(path) if path is not None else MODEL_PATH
    if not path.exists():
        return None
    return _load(str(path), path.stat().st_mtime)
