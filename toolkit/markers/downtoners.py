"""Downtoners: words that scale down force or scope, often to belittle.

Graduation: force, lower (Martin & White 2005: 140-152); minimizers, diminishers and
restrictive focusing subjuncts (Quirk et al. 1985: 8.104-8.116); Biber (1988) feature 46.
Words live in ``lexicons/downtoner.tsv``; this module holds the context rules that tell
restrictive *only, just, alone, simply* from their other uses (MARKERS.md).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .rules import (
    context_rule,
    is_parsed,
    is_tagged,
    negation_follows,
    next_token,
    prev_token,
    words_after,
    words_before,
)

__all__ = ["restrictive_but", "restrictive_merely", "restrictive_only", "restrictive_just",
           "restrictive_alone", "restrictive_simply",
           "minimizer_a_little", "compromiser_rather", "restrictive_no_more_than",
           "downtoning_adjective", "minimizer_little"]

DETERMINERS = frozenset({"the", "an", "a", "my", "our", "your", "his", "her", "its", "their",
                         "whose", "one's"})


@context_rule("restrictive_only")
def restrictive_only(span: Span) -> bool:
    """*only three people, only Democrats can, only reinforced*: restrictive focus.
    Not *not only ... but also*, *if only*, or the adjective (*the only option, our only
    hope*). Quirk et al. (1985: 8.116); MARKERS.md."""
    only = span[0]
    before = prev_token(only)
    if before is None:
        return True
    if before.lower_ in DETERMINERS | {"not", "n't", "n’t", "if"}:
        return False
    if before.text in {"-", "–"} or only.idx == before.idx + len(before.text) and \
            not before.is_punct:
        return False  # a compound: *an income-only measure*
    if words_after(only, 2) in (["right", "to"], ["fair", "to"], ["natural", "that"],
                                ["right", "that"], ["fair", "that"], ["natural", "to"],
                                ["proper", "to"], ["fitting", "to"], ["logical", "to"],
                                ["reasonable", "to"], ["appropriate", "to"],
                                ["fitting", "that"], ["logical", "that"]):
        return False  # *it is only right to congratulate*: emphasis, not restriction
    # the adjective after a determiner or a possessive (*the only option, Taiwan's only
    # port*); *beget only misery* is restrictive although tagged as an adjective
    return not (before.tag_ in {"PRP$", "POS", "DT", "WP$"} and before.lower_ not in {
        "that", "this", "these", "those", "all", "both"})


JUST_NOT_FOLLOWED_BY = frozenset({"as", "like", "about", "over", "under", "now", "then",
                                  "before", "after", "when", "right", "in", "so", "what",
                                  "how", "cause", "causes", "and", "society", "peace", "war",
                                  "outcome", "solution", "settlement", "that", "this",
                                  "these", "those", "last", "yesterday", "today", "tonight",
                                  "tomorrow", "recently", "earlier"})
# (*just this week, just last night, just yesterday*: a point in time, *just* stressing how
# recent it is, as with *just now*; a stretch of time is restricted: *in just a few weeks,
# just days after*)


@context_rule("restrictive_just")
def restrictive_just(span: Span) -> bool:
    """*just a rumour, in just a few weeks, I am just going to*: restrictive *just* (merely,
    only). Not *just* meaning recently (*has just arrived*), exactly (*just as, just like,
    just now, just in time*) or fair (*a just cause*). Quirk et al. (1985: 8.116)."""
    just = span[0]
    doc = just.doc
    following = next_token(just)
    if following is None or following.lower_ in JUST_NOT_FOLLOWED_BY or following.is_punct:
        return False
    if is_tagged(doc) and just.pos_ == "ADJ" or is_parsed(doc) and just.dep_ == "amod":
        return False
    before = prev_token(just)
    if before is not None and before.lower_ in {"not", "n't", "n’t"}:
        return False  # *not just ... (but also)*: the correlative, like *not only*
    if following.tag_ == "VBD":
        return False  # recency: *you just mentioned, we just came off*
    if words_before(just, 2)[:1] and words_before(just, 2)[0] in {"could", "can", "may",
                                                                  "might", "let"} and \
            before is not None and before.lower_ in {"i", "me", "we", "us"}:
        return False  # a polite softener: *could I just express my gratitude*
    if following.pos_ == "ADJ" and (not is_parsed(doc) or following.dep_ in {
            "acomp", "ROOT", "conj"}):
        return False  # emphasis on a feeling: *I'm just pleased to see*
    if before is not None and before.pos_ == "CCONJ" and (
            prev_token(before) is not None and prev_token(before).pos_ == "ADJ"):
        return False  # the adjective *just* (fair): *legitimate and just demands*
    if before is not None and before.lower_ in {"more", "most", "less", "very", "so", "a",
                                                "the", "truly"}:
        return False  # the adjective: *a more just economic order*
    if before is not None and (before.lemma_.lower() == "have" or before.lower_ in {
            "that", "which", "who"}) and following.tag_ in {"VBN", "VBD"}:
        return False  # recency: *has just arrived*, *the meeting that just concluded*
    return not (before is not None and before.lower_ in DETERMINERS)


TIME_NOUNS = frozenset({"year", "month", "week", "day", "quarter", "decade", "century",
                        "season", "period", "half", "weekend"})


@context_rule("restrictive_alone")
def restrictive_alone(span: Span) -> bool:
    """*January to April alone, itself alone, this year alone*: *alone* after a noun phrase
    restricts it. Not the adjective or manner adverb (*left alone, stand alone, we are not
    alone*) or *let alone*."""
    alone = span[0]
    before = prev_token(alone, skip_punct=True)
    if before is None or before.lower_ in {"let", "not", "be", "is", "are", "was", "were",
                                           "am", "been", "being", "left", "stand", "stands",
                                           "stood", "standing", "go", "went", "live", "lives",
                                           "lived", "feel", "felt", "leave", "leaving",
                                           "feeling", "living"}:
        return False
    if not is_tagged(alone.doc):
        return True
    if before.lower_.endswith(("self", "selves")) or before.ent_type_ in {"DATE", "TIME"} \
            or before.pos_ == "NUM" or before.lemma_.lower() in TIME_NOUNS:
        return True
    if before.pos_ in {"VERB"} or before.lower_ in {"so", "it", "this", "that"}:
        # the agent by itself and no one else (*no country can solve them alone, we
        # cannot do so alone, no country acting alone can stop it*): MARKERS.md restricts
        # a participant, like *itself alone*
        return True
    if before.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}:
        return False
    # not the object of *leave / let* (*leave them alone*: the adjective)
    return not (is_parsed(alone.doc) and before.dep_ in {"dobj", "dative"} and
                before.head.lemma_.lower() in {"leave", "let"})


@context_rule("restrictive_simply")
def restrictive_simply(span: Span) -> bool:
    """*could simply say, by simply saying*: *simply* meaning merely, on a verb or a noun
    phrase. Not *simply* before an adjective (*simply false*: it raises the force of the
    adjective, an intensifier's job) and not *simply put*. Quirk et al. (1985: 8.116)."""
    simply = span[0]
    following = next_token(simply)
    if following is None or following.lower_ in {"put", "stated", "said"} or \
            following.pos_ in {"ADJ", "ADV"} and following.lower_ not in {"because"}:
        return False
    if following.is_punct or following.lower_ in {"and", "or"}:
        return False  # manner (*talk simply and clearly*)
    # emphasis on a negation (*simply not true, we simply cannot win alone, the claim simply
    # isn't true, those orders simply don't apply*): ``boosters.emphatic_before_negation``
    return not negation_follows(simply)


@context_rule("minimizer_a_little")
def minimizer_a_little(span: Span) -> bool:
    """*a bit / a little* before an adjective, an adverb or a comparative, or after a verb
    (*a little late, a bit more*); not a quantity (*a little girl, a bit of bread*)."""
    following = next_token(span[-1])
    if following is None or following.is_punct:
        return True
    if following.pos_ in {"ADJ", "ADV"} or following.lower_ in {"more", "less", "too"}:
        return True
    if following.lower_ == "of":  # *a little bit of time*: a small amount of an abstraction
        noun = next_token(following)  # (not *a bit of bread*)
        return noun is not None and noun.lower_ in {"time", "attention", "effort", "thought",
                                                    "patience", "progress", "space"}
    before = prev_token(span[0])
    return before is not None and before.pos_ == "VERB" and following.pos_ in {"ADP", "SCONJ"}
    # after a verb, before its adjunct: *reflect a little bit on the last eight years*


@context_rule("compromiser_rather")
def compromiser_rather(span: Span) -> bool:
    """*rather limited*: *rather* before an adjective or adverb (a compromiser, Quirk et al.
    1985: 8.104); not *rather than, or rather, would rather*."""
    rather = span[0]
    following = next_token(rather)
    if following is None or following.lower_ == "than":
        return False
    if words_before(rather, 1) in (["or"], ["would"], ["'d"], ["’d"], ["but"]):
        return False  # *or rather, but rather* correct; *would rather* prefers
    return following.pos_ in {"ADJ", "ADV"}


@context_rule("restrictive_no_more_than")
def restrictive_no_more_than(span: Span) -> bool:
    """*nothing more than a smokescreen, little more than rhetoric*: restricting a noun
    phrase; not a bound on a number (*no more than 10 people*: MARKERS.md)."""
    after = words_after(span[-1], 2)
    following = next_token(span[-1])
    if following is None:
        return False
    if following.like_num or following.pos_ == "NUM" or following.is_currency or \
            following.tag_ == "$":
        return False
    return not (after[:1] in (["a"], ["an"]) and len(after) > 1 and after[1] in {
        "few", "dozen", "hundred", "thousand", "million", "billion"})


#: nouns of chance, change, effect and share that a downtoning adjective scales down
#: besides the abstract nouns of WordNet (*a slight chance, marginal gains*)
SCALED_NOUNS = frozenset("""chance chances risk risks gain gains increase increases rise
decline drop improvement improvements progress change changes difference differences effect
effects impact role share majority amount amounts number sum sums fraction portion
concession concessions gesture gestures evidence support turnout""".split())


@context_rule("downtoning_adjective")
def downtoning_adjective(span: Span) -> bool:
    """*slight, marginal, negligible, minimal, meagre, paltry, scant, token*: an adjective
    that scales down an abstract noun or a quantity (*a slight chance, marginal gains,
    negligible impact, a token gesture, meagre results*); not a physical size or a
    classifying term (*a slight figure, marginal land, the token ring*). Quirk et al. (1985:
    7.33, downtoning adjectives); Martin & White (2005: 140-152, force lowered)."""
    from .intensifiers import _modified_noun, _predicated_noun, is_abstract_noun

    adjective = span[-1]
    if is_tagged(adjective.doc) and adjective.pos_ not in {"ADJ", "NOUN"}:
        return False
    if adjective.pos_ == "NOUN" and adjective.lower_ != "token":
        return False
    noun = _modified_noun(adjective) or _predicated_noun(adjective)
    if noun is None:
        return False
    if noun.lower_ in SCALED_NOUNS or noun.lemma_.lower() in SCALED_NOUNS:
        return True
    if adjective.lower_ in {"marginal", "token"} and noun.lower_ in {"land", "lands", "ring",
                                                                    "tax", "rate", "cost"}:
        return False  # classifying: *marginal land, marginal tax rate, token ring*
    return noun.pos_ in {"NOUN", "PROPN"} and is_abstract_noun(noun)


@context_rule("minimizer_little")
def minimizer_little(span: Span) -> bool:
    """*little* as a minimizer, nearly *not* (Quirk et al. 1985: 8.112): after a verb (*did
    little to stop the abuse, matters little, has changed little*) or before a participle or
    a comparative (*little known, little changed, little better*), and the near-negative
    quantifier on an abstraction (*little sign of peace, little or no warning*). Not *a
    little* (its own row), the adjective (*the little girl, little children*), *little by
    little*, nor a quantity of a thing (*little money*)."""
    from .intensifiers import is_abstract_noun

    little = span[0]
    before = prev_token(little)
    following = next_token(little)
    if is_parsed(little.doc) and little.dep_ in {"nsubj", "nsubjpass"} and \
            little.head.pos_ in {"VERB", "AUX"} and (before is None or before.head != little):
        return True  # the near-negative pronoun as subject: *(that) little has changed*
    if before is not None and (before.lower_ in DETERMINERS | {"this", "that", "very", "so",
                                                               "too", "how", "as", "by",
                                                               "precious"}
                               or before.tag_ in {"PRP$", "POS"}):
        return False
    if following is not None and following.lower_ in {"by", "one", "ones"}:
        return False
    if following is not None and (following.tag_ in {"VBN", "JJR", "RBR"} or following.lower_ in {
            "more", "less", "better", "worse"}):
        return True  # *little known, little changed, little more than*
    if following is not None and following.lower_ in {"or", ","} and \
            words_after(little, 3)[1:2] in (["no"], ["if"], ["nothing"], ["none"]):
        return True  # *little or no warning, little, if any, connection*: nearly none
    if following is not None and following.pos_ == "NOUN" and is_abstract_noun(following) \
            and (not is_parsed(little.doc) or little.dep_ == "amod"):
        return True  # the near-negative quantifier on an abstraction (*little sign of
        # peace, little grasp of the reasons*); not a quantity of a thing (*little money*)
    if before is None or not (before.pos_ in {"VERB", "AUX"} or before.lower_ in {"very"}):
        return False
    return following is None or following.is_punct or following.lower_ in {
        "to", "in", "for", "about", "with", "of", "if", "but", "and", "or", "since"}


def _but_follows(word: Token) -> bool:
    """True when *but* follows in the same sentence or opens the next (the second half of a
    correlative *not just / not merely ... but*)."""
    doc = word.doc
    end = word.sent.end if doc.has_annotation("SENT_START") else min(len(doc), word.i + 30)
    following = [t.lower_ for t in doc[word.i + 1: min(len(doc), end + 3)]]
    return "but" in following


@context_rule("restrictive_merely")
def restrictive_merely(span: Span) -> bool:
    """*merely* restricts (*based merely on hearsay*), except in the correlative *not merely
    ... but (also)* (MARKERS.md: like *not only ... but also*)."""
    word = span[0]
    before = prev_token(word)
    if before is not None and before.lower_ in {"not", "n't", "n’t"}:
        return not _but_follows(word)
    return True


@context_rule("restrictive_but")
def restrictive_but(span: Span) -> bool:
    """*but* meaning *only* after a copula or *can* (*these are but two examples, one can but
    hope*): Quirk et al. (1985: 8.116) restrictive *but*. Not the conjunction (*small but
    strong, is, but*)."""
    word = span[0]
    before = prev_token(word)
    following = next_token(word)
    if before is None or following is None or following.is_punct:
        return False
    if before.lower_ not in {"is", "are", "was", "were", "be", "'s", "’s", "'re", "’re",
                             "can", "could"}:
        return False
    if following.lower_ in {"also", "rather", "then", "not", "it", "we", "they", "he",
                            "she", "i", "you", "there", "this", "that", "in", "to"}:
        return False
    return following.pos_ in {"NUM", "DET", "ADJ", "NOUN", "VERB"} or following.like_num
