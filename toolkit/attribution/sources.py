"""Sources of attributions: the noun phrase, its head, its type, and who it refers to.

Source types are those of MARKERS.md: ``named_person``, ``official_role``, ``institution``,
``document``, ``media``, ``anonymous``, ``self``, ``none``. The type is read from the head
noun and its modifiers, with spaCy's named entities (PERSON, ORG, GPE, NORP) for proper
names. Pronouns take the type of their antecedent, found by the simple recency rule that
news statements need (the nearest earlier mention of matching number and kind; cf. Hobbs
1978 and the salience of subjects in centering theory, Grosz, Joshi & Weinstein 1995).
Coreference of full noun phrases: a definite description (*the spokesman*) corefers with
the latest earlier source of the same head (*a HKSAR government spokesman*); person names
corefer when they share a name word (*Crazy Bernie*, *Bernie Sanders*).

The word lists below are data, not logic: edit them to extend the types.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from ..markers.intensifiers import wordnet_noun_lexfiles
from ..markers.rules import of_object

__all__ = ["SOURCE_TYPES", "source_tokens", "source_span", "source_head", "is_speaker",
           "anaphoric_group",
           "classify_source", "resolve_pronoun", "coreference_keys", "head_noun"]

SOURCE_TYPES = ("named_person", "official_role", "institution", "document", "media",
                "anonymous", "self", "none")

FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})
SINGULAR_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers"})
PLURAL_PERSONAL = frozenset({"they", "them", "their", "theirs"})
NEUTER = frozenset({"it", "its"})
RELATIVE = frozenset({"who", "whom", "that", "which", "whose"})
INDEFINITE_PRONOUNS = frozenset("""
someone somebody anyone anybody everyone everybody no-one nobody one some others many few
several most all both those
""".split())

#: offices and roles (an unnamed holder is ``official_role``)
ROLE_NOUNS = frozenset("""
spokesman spokeswoman spokesperson spokespeople spokespersons official officer minister
president secretary ambassador
envoy diplomat commissioner chairman chairwoman chair chief director governor senator
representative congressman congresswoman lawmaker legislator mayor premier chancellor
prime general attorney prosecutor judge justice magistrate king queen prince emperor
leader head deputy councillor councilor delegate undersecretary vice-president
administrator inspector sheriff commander superintendent consul attaché
investigator auditor rapporteur ombudsman negotiator mediator coordinator briefer examiner
""".split())
#: institutions, parties and states (``institution``)
INSTITUTION_NOUNS = frozenset("""
government ministry department administration court tribunal police military army navy
authority authorities agency commission committee council parliament congress senate
assembly cabinet office bureau embassy consulate regime state country nation union
party caucus coalition alliance organization organisation ngo group company firm
corporation bank university institute board house court republicans democrats kremlin
pentagon legislature judiciary junta secretariat west opposition leadership management
federation league movement campaign network chamber municipality city province ministry
foundation charity association society institution club church council company
community side delegation region continent mission
""".split())
#: gatherings whose participants voice a demand together (WordNet 3.0 *protest*,
#: *demonstration*: "a public display of group feelings"): ``anonymous``, not a text
PROTEST_NOUNS = frozenset({"demonstration", "protest", "rally", "march", "vigil", "sit-in"})
#: documents that report (``document``)
DOCUMENT_NOUNS = frozenset("""
report statement release communiqué communique resolution study survey petition letter
document memo memorandum paper analysis review investigation inquiry audit findings data
estimate estimates accounting account comment comments law bill declaration charter
testimony interview
indictment ruling verdict judgment judgement decision order complaint transcript record
records statistics book article editorial op-ed post tweet note notice filing affidavit census poll
lawsuit suit motion brief pleading research chapter annex appendix answer answers reply
response
story stories contract
inspection inspections test tests result results modelling modeling assessment evaluation
examination probe
""".split())
# (the last line: inquiries and their results, which report like studies: *tests revealed
# that, the inspection showed that, scientific modelling suggested that*; MARKERS.md: "studies
# show" is a document's report, while a fact or an event that proves is a booster)
#: utterances that, like documents, say things when their speaker is named (*our
#: announcement made clear that*, *his speech stressed that*; ``verbs._uttered``)
UTTERANCE_SOURCES = frozenset("announcement speech remark remarks message address briefing"
                              .split())
#: texts that are a ``document`` where they are a source (*the Constitution states*, *the
#: plan calls for*, *the Holy Koran says*), though not speakers that the cue rules look for
DOCUMENT_SOURCES = DOCUMENT_NOUNS | UTTERANCE_SOURCES | frozenset("""
paragraph section preamble clause plan programme program agenda strategy mandate assessment
motion proposal amendment
constitution convention treaty covenant protocol agreement accord scripture bible koran quran
torah gospel
""".split())
#: media words (``media``): heads or modifiers
MEDIA_WORDS = frozenset("""
media newspaper newspapers news agency broadcaster channel outlet outlets magazine tabloid
daily weekly wire radio television tv press website
""".split())
MEDIA_NAMES = frozenset("""
xinhua reuters afp ap bbc cnn tass interfax kyodo yonhap bloomberg msnbc nbc cbs abc fox
ria sputnik aljazeera jazeera nhk dpa ansa efe iranwire cctv cgtn rt politico axios
""".split())
_MEDIA_NAME = re.compile(r"(news|wire|times|post|press|tv|radio|agency|daily|herald|journal|"
                         r"gazette|tribune|telegraph|guardian|observer|media|broadcast)",
                         re.IGNORECASE)
#: people and groups of people (an unnamed one is ``anonymous``)
PERSON_NOUNS = frozenset("""
source sources people person man men woman women child children resident residents witness
witnesses critic critics observer observers activist activists expert experts analyst
analysts member members victim victims supporter supporters opponent opponents protester
protesters worker workers employee employees journalist journalists reporter reporters
correspondent lawyer lawyers doctor doctors student students citizen citizens voter voters
reader readers user users family families relative relatives friend friends neighbour
neighbor neighbours neighbors detainee detainees prisoner prisoners inmate inmates
defendant defendants suspect suspects bartender controller owner owners farmer farmers
scientist scientists researcher researchers scholar scholars academic academics insider
insiders someone somebody anyone everyone everybody others official lunatic lunatics
individual individuals guy girl boy mother father son daughter sister brother wife husband
pair couple crowd mob criminal criminals leader leaders veteran veterans soldier soldiers
nurse nurses teacher teachers parent parents patient patients youth
""".split())
#: kinship and personal-relation nouns: with a possessor (*his sister*, *X's spouse*, *her
#: lawyer*) an unnamed but identifiable person, ``named_person`` (MARKERS.md)
KIN_NOUNS = frozenset("""
mother father son daughter sister brother wife husband uncle aunt cousin grandmother
grandfather niece nephew mom dad widow widower spouse partner fiance fiancé fiancee fiancée
grandson granddaughter stepmother stepfather stepson stepdaughter sibling parent child
lawyer friend colleague boyfriend girlfriend neighbour neighbor family
""".split())
#: relational adjectives that name their source (*ministerial instructions*)
SOURCE_ADJECTIVES = {"ministerial": "official_role", "presidential": "official_role",
                     "governmental": "institution", "congressional": "institution",
                     "parliamentary": "institution", "judicial": "institution",
                     "royal": "official_role", "papal": "official_role"}
#: quantifiers whose noun is in an of-phrase (*one of them*, *several of the men*)
QUANTIFIERS = frozenset("""
one some several many most all few none each both any two three four five dozens
hundreds thousands majority number half
""".split())
_TITLES = frozenset("""
mr mrs ms dr sen rep gov president prime minister secretary general crazy sir lord lady
senator congressman congresswoman judge justice king queen prince chief
""".split())
#: titles written after a name (*Keith Vaz MP*; Oxford Style Manual, ch. 6)
POSTNOMINAL_TITLES = frozenset("MP MEP MSP MLA TD QC KC Jr Sr PhD".split())
_SPEAKER_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC"}


def head_noun(token: Token) -> Token:
    """The noun that carries the meaning: *men* in *several of the sentenced men*,
    *countries* in *thirteen out of 15 countries*, *Council* in *some on this Council*
    (members of a body: a quantifier's *on, in, among* phrase)."""
    if token.lower_ not in QUANTIFIERS and token.pos_ != "NUM":
        return token
    found = of_object(token)
    if found is not None:
        return found
    preps = [c for c in token.children if c.dep_ == "prep"]
    for prep in preps:  # thirteen out of 15 countries
        found = of_object(prep) if prep.lower_ == "out" else None
        if found is not None:
            return found
    if token.pos_ == "PRON":  # some on this Council
        for prep in preps:
            bodies = [g for g in prep.children if g.dep_ == "pobj" and
                      prep.lower_ in MEMBERSHIP_PREPS and g.lemma_.lower() in INSTITUTION_NOUNS]
            if bodies:
                return bodies[0]
    return token


#: prepositions of membership after a pronoun quantifier (*some on this Council, many in
#: the government, few among the delegations*)
MEMBERSHIP_PREPS = ("on", "in", "among", "within")


#: dashes that open a parenthesis after a noun phrase's head (em and en dash, the typed
#: double hyphen)
DASHES = frozenset({"—", "–", "--"})


def source_tokens(token: Token) -> list[Token]:
    """The tokens of the noun phrase headed by ``token``, without relative and participial
    clauses, and without edge punctuation."""
    excluded: set[int] = set()
    for child in token.subtree:
        if child.i == token.i:
            continue
        if child.dep_ in ("relcl", "acl", "advcl") or (
                child.dep_ == "appos" and child.head.i == token.i
                and any(t.pos_ in ("VERB", "AUX") for t in child.subtree)):
            excluded.update(t.i for t in child.subtree)
    tokens = [t for t in token.subtree if t.i not in excluded]
    # keep the contiguous block around the head
    block = [token]
    # never across a whitespace token (a line break) or out of the head's sentence
    sentence = token.sent
    ids = {t.i for t in tokens if not t.is_space and sentence.start <= t.i < sentence.end}
    i = token.i - 1
    while i in ids:
        block.insert(0, token.doc[i])
        i -= 1
    i = token.i + 1
    while i in ids and token.doc[i].text not in DASHES:
        block.append(token.doc[i])  # (not past a dash after the head: *the coalition
        i += 1  # —including investor Mark Cuban*, a parenthesis; Quirk et al. 1985, 17.92)
    while len(block) > 1 and (block[0].is_punct or block[0].dep_ == "cc"):
        block.pop(0)
    while len(block) > 1 and (block[-1].is_punct or block[-1].dep_ == "cc") \
            and block[-1].text not in ("’", "'", ")"):
        block.pop()
    return block


def source_span(token: Token) -> tuple[int, int]:
    """Character offsets of the source noun phrase headed by ``token``."""
    tokens = source_tokens(token)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def source_head(token: Token) -> tuple[int, int]:
    """Character offsets of the source's head word."""
    head = head_noun(token)
    return head.idx, head.idx + len(head)


def _modifiers(token: Token) -> list[Token]:
    return [token, *(c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss"))]


def _is_media(token: Token) -> bool:
    for t in _modifiers(token):
        if t.lower_ in MEDIA_WORDS or t.lower_ in MEDIA_NAMES:
            if t.lower_ == "press" and t != token and token.lemma_.lower() != "release":
                return True
            if t.lower_ != "press":
                return True
    if token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "") and (
            _MEDIA_NAME.search(token.text) and token.ent_type_ == "ORG"
            or token.lower_ in MEDIA_NAMES):
        return True
    return token.pos_ == "PROPN" and bool(_MEDIA_NAME.search(token.text)) and \
        token.text[:1].isupper() and token.lower_ not in {"post", "press"} and \
        token.ent_type_ != "PERSON" and any(c.isupper() for c in token.text[1:])


_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "eer", "dent", "ient", "gent", "nent")
_NOT_AGENTS = frozenset("""
number order power water center centre matter border factor sector error floor door computer
weather summer winter river layer chapter mirror color colour labor labour minor major
proportion quarter corner danger letter paper meter metre monitor motor harbor harbour
behavior behaviour favor favour honor honour rumor rumour vapor tumor tumour elevator
incident accident precedent
""".split())


def _agent_noun(token: Token) -> bool:
    """A noun that names a person by what they do (*investigator*, *economist*, *resident*,
    *consultant*): the English agentive suffixes (Quirk et al. 1985, App. I.34-35)."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and lemma.endswith(_AGENT_SUFFIXES) and \
        not lemma.endswith("ment") and lemma not in _NOT_AGENTS and len(lemma) > 4


def _acronym(token: Token) -> bool:
    """An all-capital word of three letters or more (*PMOS, SRSG, CEO*)."""
    return token.is_alpha and token.is_upper and len(token) >= 3


def is_speaker(token: Token) -> bool:
    """Whether ``token`` (a source's head) can say things: a person, a group, an
    institution, a document or a medium; not an event, a fact or a thing."""
    token = head_noun(token)
    lower = token.lower_
    if lower in FIRST_PERSON or lower in SINGULAR_PERSONAL or lower in PLURAL_PERSONAL:
        return True
    if lower in ("who", "you", "your") or lower in SOURCE_ADJECTIVES:
        return True
    if lower == "those" and any(c.dep_ in ("relcl", "acl") for c in token.children):
        return True  # those who oppose X, those arrested for Y: people picked out
    if token.ent_type_ in _SPEAKER_ENTS and (token.pos_ == "PROPN" or token.ent_type_ != "PERSON"):
        return True
    lemma = token.lemma_.lower()
    if lemma in ROLE_NOUNS or lemma in INSTITUTION_NOUNS or lemma in DOCUMENT_NOUNS \
            or lemma in PERSON_NOUNS or lower in PERSON_NOUNS or lower in DOCUMENT_NOUNS \
            or lemma in MEDIA_WORDS or _is_media(token) or _agent_noun(token):
        return True
    if token.pos_ == "NOUN" and lemma in wordnet_person_nouns():
        return True  # the executive, the plaintiff, a surgeon: a person (WordNet noun.person)
    if _acronym(token) and token.tag_ in ("NN", "NNS"):
        return True  # an acronym the tagger took for a common noun: *the PMOS suggested*
    return token.pos_ == "PROPN"


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The names of the states that speak in the UN General Debate (*Vanuatu, San Marino,
    Burkina Faso*), from the packaged ``lexicons/country_names.tsv`` (built by
    ``scripts/build_country_names.py`` from the UN General Debate Corpus, CC0)."""
    return _packaged_column("country_names.tsv", "name")


def country_name(token: Token) -> bool:
    """Whether ``token`` with the proper nouns compounded on it is exactly a state's name
    (*Vanuatu*, *San Marino*; not *Michael Jordan*), whatever entity the tagger gave it:
    the small English model tags such a name as a person now and then."""
    if token.pos_ != "PROPN":
        return False
    words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if any(t.i != token.i - len(words) + k for k, t in enumerate(words)):
        return False  # (the compounds must run up to the name's head)
    return " ".join([*(t.text for t in words), token.text]) in country_names()


@lru_cache(maxsize=1)
def wordnet_person_nouns() -> frozenset[str]:
    """Nouns whose most frequent WordNet 3.0 sense names a person (lexicographer file
    ``noun.person``: *executive, plaintiff, broker*), from the packaged
    ``lexicons/person_nouns.tsv`` (built by ``scripts/build_person_nouns.py``)."""
    return _packaged_column("person_nouns.tsv", "noun")


@lru_cache(maxsize=1)
def wordnet_text_nouns() -> frozenset[str]:
    """Nouns whose most frequent WordNet 3.0 sense is a text or a message that carries words
    (*email, memo, blog, patent, chart*), from the packaged ``lexicons/text_nouns.tsv`` (built
    by ``scripts/build_text_nouns.py``)."""
    return _packaged_column("text_nouns.tsv", "noun")


def _packaged_column(name: str, header: str) -> frozenset[str]:
    """The entries of a one-column word list in ``toolkit/lexicons`` (comment lines and the
    column's ``header`` left out)."""
    path = resources.files("toolkit") / "lexicons" / name
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#") and line.strip() != header)


_NAMES: dict[int, tuple[Doc, frozenset[str]]] = {}


def _person_names(doc: Doc) -> frozenset[str]:
    """The name words of the document's PERSON entities, computed once per document (the
    last few documents are kept, with the Doc itself so that its id is not reused)."""
    cached = _NAMES.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    names = frozenset(t.lower_ for ent in doc.ents if ent.label_ == "PERSON" for t in ent
                      if t.pos_ == "PROPN" and t.lower_ not in _TITLES)
    if len(_NAMES) >= 4:
        _NAMES.pop(next(iter(_NAMES)))
    _NAMES[id(doc)] = (doc, names)
    return names


def classify_source(token: Token | None, antecedent: Token | None = None,
                    in_quotation: bool = False) -> str:
    """The MARKERS.md source type of the noun phrase headed by ``token``."""
    if token is None:
        return "none"
    quantified = head_noun(token) != token
    token = head_noun(token)
    conjuncts: list[Token] = []
    last = token
    while any(c.dep_ == "conj" for c in last.children):
        last = [c for c in last.children if c.dep_ == "conj"][-1]
        conjuncts.append(last)  # the conjuncts, however the parser chains them
    if token.pos_ == "PROPN" and conjuncts and conjuncts[-1].tag_ == "NNS" and all(
            c.pos_ == "PROPN" for c in conjuncts[:-1]) and not any(
            c.dep_ in ("det", "poss") for c in conjuncts[-1].children):
        # the Minsk, Astana and Sochi declarations: the last conjunct's noun is the head
        # the names share (the parser heads the phrase with the first name)
        return classify_source(conjuncts[-1], antecedent, in_quotation)
    if quantified and token.pos_ == "PRON":
        return "anonymous"  # one of them, several of them: members of a group
    if token.text.rstrip(".") in POSTNOMINAL_TITLES and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children):
        return "named_person"  # Keith Vaz MP, Jane Doe QC: a name and its post-nominal title
    if country_name(token):
        return "institution"  # Vanuatu, San Marino: a state, though tagged a person
    phrase = source_tokens(token)
    last = phrase[-1]
    if last.ent_type_ == "PERSON" and last.pos_ == "PROPN" and last.ent_iob_ == "I" and \
            not any(t.lower_ in ("including", "and", "or") for t in phrase):
        return "named_person"  # a title and a full name: UN High Commissioner ... M. Bachelet
    if _title_and_name(phrase, token):
        return "named_person"  # Spokesperson Ned Price, whatever entity the tagger gave it
    lower, lemma = token.lower_, token.lemma_.lower()
    if lower in FIRST_PERSON:
        return "self"
    if not in_quotation and (lemma in INSTITUTION_NOUNS or lower in INSTITUTION_NOUNS) and any(
            c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in token.children):
        return "self"  # my Government, our delegation, my country: the writer's own voice
    if antecedent is not None and antecedent != token and anaphoric_group(token):
        kind = classify_source(antecedent)
        if kind not in ("self", "none"):
            return kind  # the two leaders, both sides: the pair named before
    if lower in INDEFINITE_PRONOUNS:
        return "anonymous"  # someone, some, others: an unnamed person or group
    if token.pos_ == "PRON" or lower in SINGULAR_PERSONAL | PLURAL_PERSONAL | NEUTER:
        if antecedent is not None and antecedent != token:
            kind = classify_source(antecedent)
            return "institution" if kind in ("self", "none") else kind
        if lower in SINGULAR_PERSONAL or lower in ("you", "your", "yours"):
            return "named_person"  # (you: the addressee, a person present and identifiable)
        return "institution"
    if token.pos_ == "ADJ" and lower in SOURCE_ADJECTIVES:
        return SOURCE_ADJECTIVES[lower]
    if token.ent_type_ == "PERSON" and token.pos_ == "PROPN" or _named_elsewhere(token) and \
            token.ent_type_ not in ("GPE", "NORP", "LOC"):  # a place here is not a person
        return "named_person"
    if (token.lemma_.lower() in ROLE_NOUNS or token.lower_ in ROLE_NOUNS) and any(
            c.dep_ == "appos" and c.pos_ == "PROPN" and all(
                t.pos_ == "PROPN" for t in c.subtree) and len(list(c.subtree)) >= 2
            for c in token.children):
        return "named_person"  # a title and a name: High Commissioner ... Michelle Bachelet
    if _is_media(token):
        return "media"
    if lemma in KIN_NOUNS and any(c.dep_ == "poss" and c.lower_ != "its" for c in token.children):
        # (not *its partners*: an institution's partners are no kin of anyone)
        return "named_person"
    if lemma in ROLE_NOUNS or lower in ROLE_NOUNS or token.pos_ == "PROPN" and \
            lower.endswith("s") and lower[:-1] in ROLE_NOUNS:
        return "official_role"  # (the tagger leaves a capitalised plural unlemmatised:
        # *the G7 Foreign Ministers*)
    if lemma in DOCUMENT_SOURCES or lower in DOCUMENT_SOURCES:
        return "document"
    if token.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC") or lemma in INSTITUTION_NOUNS \
            or lower in INSTITUTION_NOUNS:
        return "institution"
    if token.pos_ == "PROPN" and any(
            c.dep_ == "prep" and any(g.pos_ == "PROPN" for g in c.children)
            for c in token.children):
        return "institution"  # Habitat for Humanity, the Bank of England
    if token.pos_ == "PROPN" and token.tag_ == "NNPS":
        return "institution"  # Member States, the Democrats
    if token.pos_ == "PROPN":
        letters = token.text.rstrip("s")
        if len(letters) > 1 and letters.isupper():
            return "institution"  # an acronym: NGOs, UNHCR, ICE
        return "named_person"
    if _acronym(token):
        return "official_role"  # an acronym the tagger took for a common noun: mostly a
        # post (*the PMOS, the SRSG, the CEO*); the tagger reads a body's acronym as a name
    if token.pos_ == "NOUN" and lemma not in PROTEST_NOUNS and (
            lemma in wordnet_text_nouns() or lower in wordnet_text_nouns()
            or _message_noun(lemma)):
        return "document"  # a text or a message that reports (*his blog, the caption, a
        # leaflet's claim*): what carries words, not who speaks them
    return "anonymous"


def _message_noun(lemma: str) -> bool:
    """A noun whose first WordNet 3.0 sense is a message (lexicographer file
    noun.communication: *allegation, warning, caption, version*)."""
    return wordnet_noun_lexfiles().get(lemma) == "communication"


def _title_and_name(phrase: list[Token], head: Token) -> bool:
    """A capitalised title noun followed by a name of two or more capitalised words that are
    neither titles nor institution words, ending in the head: *Spokesperson Ned Price*,
    *Ambassador Sung Kim* (a title before a name; Quirk et al. 1985, 17.89)."""
    if head.pos_ != "PROPN" or head.i != phrase[-1].i:
        return False
    words = [t for t in phrase if t.lower_ != "the"]
    titles = 0
    while titles < len(words) and words[titles].lemma_.lower() in ROLE_NOUNS | _TITLES:
        titles += 1
    name = words[titles:]
    return titles > 0 and len(name) >= 2 and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha()
        and t.lemma_.lower() not in ROLE_NOUNS | INSTITUTION_NOUNS | DOCUMENT_SOURCES
        and t.lower_ not in MEDIA_WORDS and t.ent_type_ not in ("GPE", "NORP", "LOC")
        for t in name)


#: nouns for the members of a pair or group named before (*the two sides*, *both leaders*)
GROUP_NOUNS = frozenset("side sides leader leaders pair parties party minister ministers "
                        "participants".split())


def anaphoric_group(token: Token) -> bool:
    """A definite description of a group named before: *the two leaders*, *both sides*,
    *the pair* (a determiner *both* or a numeral with *the*; Quirk et al. 1985, 5.33)."""
    children = list(token.children)
    if token.lower_ in ("two", "three", "both") and token.dep_ in ("nsubj", "nsubjpass") and \
            not any(c.dep_ == "prep" for c in children) and (
                token.lower_ == "both" or any(c.lower_ == "the" for c in children)):
        return True  # the two agreed, both stressed: a numeral or *both* as the head
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in GROUP_NOUNS \
            and not is_speaker(token):
        return False
    if token.lemma_.lower() == "pair" and any(c.lower_ == "the" for c in children):
        return True
    if any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in children):
        return True
    return any(c.lower_ == "the" for c in children) and any(
        c.dep_ == "nummod" and c.lower_ in ("two", "three", "2", "3") for c in children)


def _coordinated_subject(t: Token) -> bool:
    """A subject that names several speakers: coordinated (*Blinken and Lavrov*) or with a
    comitative partner (*Blinken spoke with Lavrov*): the antecedent of a later *they*."""
    if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON" or not is_speaker(t) or \
            t.head.dep_ != "ROOT" and not (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT"):
        return False  # the subject of a main clause (or of a main clause coordinated with
        # it): a topic a later sentence goes on with
    if any(c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and is_speaker(c)
           for c in t.subtree if c.i < t.i or c.head == t):
        return True  # (the parser may hang the coordination inside the last name)
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and is_speaker(g) and g.pos_ in ("PROPN", "NOUN")
        for g in c.children) for c in t.head.children)


def _named_elsewhere(token: Token) -> bool:
    """A proper noun that is part of a person's name elsewhere in the document
    (*Namjoo* after *singer Mohsen Namjoo*), whatever the entity tagger says here."""
    return token.pos_ == "PROPN" and token.lower_ in _person_names(token.doc)


def _clause_root(token: Token) -> Token:
    t = token
    while t.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj", "xcomp") and t.head != t:
        t = t.head
    return t


def resolve_pronoun(token: Token) -> Token | None:
    """The antecedent of a third-person pronoun (or a relative pronoun), or None.

    Relative pronouns take the noun their clause modifies. Personal pronouns take the
    nearest earlier mention of matching number and kind within three sentences, subjects
    first: *he/she* a person name or a singular person or role noun; *they* a plural
    speaker or a people (NORP); *it* an organisation, a place or an institution noun.
    """
    lower = token.lower_
    if lower in RELATIVE and token.head.dep_ in ("relcl", "acl"):
        antecedent = token.head.head
        if antecedent.dep_ == "appos" and antecedent.head.pos_ == "PROPN" and \
                antecedent.head.i < antecedent.i:
            return antecedent.head  # *Jason Amerine, a colonel who raised concerns*: the
            # apposition describes the named person, who is the speaker
        return antecedent
    group = lower not in PLURAL_PERSONAL and anaphoric_group(token)
    if group:
        lower = "they"  # the two sides: like a plural pronoun, a group named before
    elif lower not in SINGULAR_PERSONAL | PLURAL_PERSONAL | NEUTER:
        return None
    doc: Doc = token.doc
    sentence = token.sent  # walk back three sentences (not list(doc.sents): linear per call)
    for _ in range(3):
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
    window_start = sentence.start
    own_clause = _clause_root(token)

    def fits(t: Token) -> bool:
        if t.i >= token.i or t.is_punct or t.lower_ in FIRST_PERSON:
            return False
        if t.pos_ == "PRON" and t.lower_ not in SINGULAR_PERSONAL | PLURAL_PERSONAL | NEUTER:
            return False
        if not matches(t):
            return False
        # (checked after the kind, which rules out most words at less cost)
        return not (_clause_root(t) == own_clause and t.sent == token.sent and
                    t.dep_ != "poss" and token.dep_ != "poss")
        # a possessive pronoun may take its own clause's subject (binding theory, Chomsky
        # 1981: *the press went on with their smears*)

    def matches(t: Token) -> bool:
        """Whether ``t`` is a mention of the pronoun's number and kind."""
        lemma = t.lemma_.lower()
        if lower in SINGULAR_PERSONAL:
            if t.lower_ in SINGULAR_PERSONAL:
                return True
            return (t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and
                    (t.i + 1 >= len(doc) or doc[t.i + 1].ent_type_ != "PERSON"
                     or doc[t.i + 1].ent_iob_ == "B")) or \
                (t.tag_ in ("NN", "NNP") and (lemma in ROLE_NOUNS or lemma in PERSON_NOUNS))
        if lower in PLURAL_PERSONAL:
            if group:  # the two sides: a pair named before (or a *they* that took it up)
                return _coordinated_subject(t) or t.lower_ in PLURAL_PERSONAL and \
                    t.dep_ in ("nsubj", "nsubjpass")
            if t.lower_ in PLURAL_PERSONAL or _coordinated_subject(t):
                return True
            if t.dep_ == "compound" or t.pos_ == "PROPN" and t.dep_ == "pobj" and \
                    t.head.lower_ in ("of", "for") and t.head.head.pos_ == "PROPN":
                return False  # a word inside a name (*the Ministry of Foreign Affairs*)
            return (t.tag_ in ("NNS", "NNPS") and is_speaker(t)) or t.ent_type_ == "NORP" and \
                t.tag_ != "JJ" or t.dep_ == "nsubj" and t.pos_ == "PROPN" and _is_media(t)
            # a news organisation as subject is a collective (*the Daily Post ... their*)
        return (t.ent_type_ in ("ORG", "GPE") and t.pos_ == "PROPN" and
                (t.i + 1 >= len(doc) or doc[t.i + 1].ent_type_ != t.ent_type_
                 or doc[t.i + 1].ent_iob_ == "B")) or \
            (t.tag_ == "NN" and lemma in INSTITUTION_NOUNS) or \
            (t.tag_ == "NN" and lemma in DOCUMENT_NOUNS and t.dep_ in ("nsubj", "nsubjpass"))
        # (a document as a subject: *the report is published today. It demonstrates ...*)

    candidates = [t for t in doc[window_start:token.i] if fits(t)]
    subjects = [t for t in candidates if t.dep_ in ("nsubj", "nsubjpass")]
    for pool in (subjects, candidates):
        if pool:
            found = pool[-1]
            if found.pos_ == "PRON" and found.lower_ not in RELATIVE or \
                    found.lower_ not in PLURAL_PERSONAL and anaphoric_group(found):
                deeper = resolve_pronoun(found)  # they -> the two sides -> X and Y
                return deeper or found
            return found
    return None


def coreference_keys(token: Token) -> tuple[frozenset[str], bool]:
    """Keys that identify a source across a document, and whether the phrase is a first
    mention (indefinite): names by their name words, others by head lemma."""
    head = head_noun(token)
    if head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and head.ent_type_ == ""):
        words = [t for t in source_tokens(token) if t.pos_ == "PROPN"
                 and t.lower_ not in _TITLES]
        if words:
            return frozenset(f"name:{t.lower_}" for t in words), False
    if head.ent_type_ in ("ORG", "GPE", "NORP", "LOC"):
        name = " ".join(t.lower_ for t in source_tokens(token) if t.lower_ != "the")
        return frozenset({f"entity:{name}", f"lemma:{head.lemma_.lower()}"}), False
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    names = {f"name:{t.lower_}" for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
             for t in c.subtree if t.pos_ == "PROPN" and t.lower_ not in _TITLES}
    return frozenset({f"lemma:{head.lemma_.lower()}", *names}), indefinite and not names


def span_of(doc: Doc, span: tuple[int, int] | None) -> Span | None:
    """The token span covering character offsets ``span`` (or None)."""
    if span is None:
        return None
    return doc.char_span(span[0], span[1], alignment_mode="expand")
