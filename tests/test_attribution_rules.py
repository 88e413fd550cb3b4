"""Attribution rules on hand-built parses (so a rule's test does not depend on what the
statistical model predicts), quotation pairing, and the cue lexicon's tags."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Doc

from toolkit.attribution import find_attributions, quotation_spans
from toolkit.attribution.cues import TAGS, _tags, cue_table
from toolkit.lexicon import default_lexicon

VOCAB = spacy.blank("en").vocab


def parsed(rows: str, ents: list[str] | None = None) -> Doc:
    """A Doc from lines ``word head dep tag pos lemma`` (head: absolute index)."""
    table = [line.split() for line in rows.strip().splitlines()]
    words = [r[0] for r in table]
    return Doc(VOCAB, words=words, heads=[int(r[1]) for r in table], deps=[r[2] for r in table],
               tags=[r[3] for r in table], pos=[r[4] for r in table],
               lemmas=[r[5] for r in table], ents=ents)


def _cues(doc: Doc) -> list[str]:
    return [doc.text[r.cue[0]:r.cue[1]] for r in find_attributions(doc, default_lexicon())]


def _one_relation(doc: Doc) -> tuple[str, str, str]:
    """The cue, source and content texts of the one relation the rules find in ``doc``."""
    [rel] = find_attributions(doc, default_lexicon())
    text = doc.text
    return (text[rel.cue[0]:rel.cue[1]], text[rel.source[0]:rel.source[1]],
            text[rel.content[0]:rel.content[1]])


OFFICIALS_SAID = """
Officials 1 nsubj NNS NOUN official
said 1 ROOT VBD VERB say
the 3 det DT DET the
plan 4 nsubj NN NOUN plan
failed 1 ccomp VBD VERB fail
. 1 punct . PUNCT .
"""


def test_verb_rule_subject_and_clausal_complement():
    doc = parsed(OFFICIALS_SAID)
    [rel] = find_attributions(doc, default_lexicon())
    text = doc.text
    assert text[rel.cue[0]:rel.cue[1]] == "said"
    assert text[rel.source[0]:rel.source[1]] == "Officials"
    assert text[rel.content[0]:rel.content[1]] == "the plan failed"
    assert (rel.kind, rel.source_type, rel.stance, rel.rule) == (
        "indirect", "official_role", "neutral", "verb:say")
    assert text[rel.source_head[0]:rel.source_head[1]] == "Officials"


# news style puts the day between the name and the verb (*spokesman Ivan Petrov Tuesday
# said*); the parser may hang the name on the date as its compound, leaving no subject
NAME_DATE_SAID = """
Army 1 compound NNP PROPN Army
spokesman 3 compound NN NOUN spokesman
Ivan 3 compound NNP PROPN Ivan
Petrov 4 compound NNP PROPN Petrov
Tuesday 5 npadvmod NNP PROPN Tuesday
said 5 ROOT VBD VERB say
the 7 det DT DET the
convoy 8 nsubj NN NOUN convoy
retreated 5 ccomp VBD VERB retreat
. 5 punct . PUNCT .
"""


def test_name_folded_into_a_date_is_the_subject():
    doc = parsed(NAME_DATE_SAID, ents=["O", "O", "B-PERSON", "I-PERSON", "B-DATE", "O", "O",
                                       "O", "O", "O"])
    assert _one_relation(doc) == ("said", "Army spokesman Ivan Petrov", "the convoy retreated")


# a fronted reported clause whose verb the tagger read as a noun (*attacks risk ...*): a word
# with a subject heads a clause, and the clause before the cue is its content
NOUN_TAGGED_CLAUSE = """
New 1 amod JJ ADJ new
attacks 2 nsubj NNS NOUN attack
risk 8 ccomp NN NOUN risk
a 4 det DT DET a
war 2 dobj NN NOUN war
, 8 punct , PUNCT ,
the 7 det DT DET the
envoy 8 nsubj NN NOUN envoy
told 8 ROOT VBD VERB tell
the 10 det DT DET the
Council 8 dobj NNP PROPN Council
. 8 punct . PUNCT .
"""


def test_a_clause_whose_verb_was_tagged_a_noun_is_the_content():
    assert _one_relation(parsed(NOUN_TAGGED_CLAUSE)) == (
        "told", "the envoy", "New attacks risk a war")


# a verb the tagger read as a noun (*The committee comments that X*): a noun form with a
# subject of its own heads the clause, and the verb rule reads it
NOUN_TAGGED_VERB = """
The 1 det DT DET the
committee 2 nsubj NN NOUN committee
{form} 2 ROOT {tag} NOUN {lemma}
that 6 mark IN SCONJ that
the 5 det DT DET the
plan 6 nsubj NN NOUN plan
failed 2 ccomp VBD VERB fail
. 2 punct . PUNCT .
"""


@pytest.mark.parametrize("form,tag,lemma", [("comments", "NNS", "comment"),
                                             ("report", "NN", "report")])
def test_a_verb_tagged_as_a_noun_with_a_subject_is_a_cue(form, tag, lemma):
    doc = parsed(NOUN_TAGGED_VERB.format(form=form, tag=tag, lemma=lemma))
    assert _one_relation(doc) == (form, "The committee", "the plan failed")


WE_CONDEMN = """
We 1 nsubj PRP PRON we
{verb} 1 ROOT {tag} VERB condemn
the 3 det DT DET the
attack 1 dobj NN NOUN attack
. 1 punct . PUNCT .
"""


@pytest.mark.parametrize("verb,tag,expected", [("condemn", "VBP", []),
                                               ("condemned", "VBD", ["condemned"])])
def test_writer_performative_is_not_an_attribution_but_earlier_speech_is(verb, tag, expected):
    doc = parsed(WE_CONDEMN.format(verb=verb, tag=tag))
    assert _cues(doc) == expected
    for rel in find_attributions(doc, default_lexicon()):
        assert (rel.source_type, rel.stance) == ("self", "opposing")


SHOWED = """
The 1 det DT DET the
{noun} 2 nsubj NN NOUN {noun}
showed 2 ROOT VBD VERB show
that 6 mark IN SCONJ that
savings 6 nsubj NNS NOUN saving
really 6 advmod RB ADV really
matter 2 ccomp VBP VERB matter
. 2 punct . PUNCT .
"""


@pytest.mark.parametrize("noun,expected", [("report", ["showed"]), ("study", ["showed"]),
                                           ("crisis", []), ("collapse", [])])
def test_agentive_cue_needs_a_speaker_not_an_event(noun, expected):
    assert _cues(parsed(SHOWED.format(noun=noun))) == expected


LIES = """
Putin 2 poss NNP PROPN Putin
's 0 case POS PART 's
lies 3 nsubj NNS NOUN lie
spread 3 ROOT VBD VERB spread
. 3 punct . PUNCT .
"""


def test_speech_act_noun_with_a_possessive_source():
    doc = parsed(LIES, ents=["B-PERSON", "O", "O", "O", "O"])
    [rel] = find_attributions(doc, default_lexicon())
    assert doc.text[rel.cue[0]:rel.cue[1]] == "lies"
    assert doc.text[rel.source[0]:rel.source[1]] == "Putin 's"
    assert (rel.kind, rel.source_type, rel.stance, rel.content) == (
        "nominal", "named_person", "distancing", None)


NO_SOURCE_LIES = """
The 1 det DT DET the
lies 2 nsubj NNS NOUN lie
spread 2 ROOT VBD VERB spread
. 2 punct . PUNCT .
"""


def test_speech_act_noun_without_a_source_is_not_a_relation():
    assert _cues(parsed(NO_SOURCE_LIES)) == []


REPORTEDLY = """
He 2 nsubj PRP PRON he
{adverb} 2 advmod RB ADV {adverb}
left 2 ROOT VBD VERB leave
. 2 punct . PUNCT .
"""


@pytest.mark.parametrize("adverb,stance", [("reportedly", "neutral"),
                                           ("allegedly", "distancing"),
                                           ("supposedly", "distancing")])
def test_hearsay_adverbs(adverb, stance):
    [rel] = find_attributions(parsed(REPORTEDLY.format(adverb=adverb)), default_lexicon())
    assert (rel.source, rel.content, rel.kind, rel.source_type, rel.stance) == (
        None, None, "indirect", "none", stance)


def test_a_doc_without_a_parse_is_refused():
    doc = Doc(VOCAB, words=["Officials", "said", "so", "."])
    with pytest.raises(ValueError, match="needs a dependency parse"):
        find_attributions(doc, default_lexicon())


@pytest.mark.parametrize("text,quoted", [
    ('He said "go" and "stay".', ['"go"', '"stay"']),
    ("“A,” she said, “B.”", ["“A,”", "“B.”"]),
    ("It’s the ministry’s view.", []),  # apostrophes are not quotation marks
    ("«Non», dit-il.", ["«Non»"]),
    ('An "unclosed quotation', []),
    ('"One\n\nTwo"', []),  # straight quotes pair within a paragraph only
    # the Congressional Record's (and TeX's) marks; an apostrophe pair outside them is none
    ("He said ``A. B.'' and ``C''.", ["``A. B.''", "``C''"]),
    ("The students'' union.", []),
    # mixed marks: a curly quotation a straight mark closes, and the reverse
    ('“We reopen today. I hope they do not," said Cruz. Then “A” and "B".',
     ['“We reopen today. I hope they do not,"', "“A”", '"B"']),
    ('"We reopen,” said Cruz. "Fine," he said.', ['"We reopen,”', '"Fine,"']),
    ('“A "nested," word” he said.', ['“A "nested," word”', '"nested,"']),
    # a quotation over paragraphs repeats its opening mark (Chicago Manual 13.30)
    ("“A,” he said. “B.\n\n“C.”\n\nD.", ["“A,”", "“B.\n\n“C.”"]),
    # an excerpt cut off inside the quotation its last paragraph opens: to the end
    ("“A,” he said. “B is true. C is not", ["“A,”", "“B is true. C is not"]),
    ("“A is true.\n\nB is not the case at all", []),
])
def test_quotation_spans(text, quoted):
    assert [text[s:e] for s, e in quotation_spans(text)] == quoted


@pytest.mark.parametrize("note,tags", [
    ("[clause] [agentive] court held that", {"clause", "agentive"}),
    ("[noun] formal accusation [see clause]", {"noun"}),  # only leading tags count
    ("MW acknowledge", set()),
    ("[bogus] unknown tags are ignored", set()),
])
def test_note_tags(note, tags):
    assert _tags(note) == frozenset(tags)


def test_packaged_cue_lexicon_uses_known_tags_and_keeps_sources():
    cues = default_lexicon().cues
    assert len(cues) > 150
    for note in cues["note"]:
        prefix = re.match(r"^(?:\s*\[\w+\])+", note)
        for tag in re.findall(r"\[(\w+)\]", prefix.group(0) if prefix else ""):
            assert tag in TAGS, note
    assert (cues["source"].str.len() > 0).all()
    table = cue_table(default_lexicon())
    for belief in ("believe", "think", "know", "hope", "fear"):
        assert "not_speech" in table.verbs[belief].tags
    assert table.preps["according to"].stance == "neutral"
    assert table.nouns["allegation"].stance == "distancing"
    assert table.verbs["slam"].stance == "opposing" and table.verbs["rant"].stance == "distancing"
    assert table.verbs["charge"].stance == "distancing"
    assert table.verbs["complain"].stance == "opposing"
    assert table.nouns["complaint"].stance == "distancing"


# Speaking from Ghana, former president of the Association, Kofi Mensah, says courts are
# slow: the parser hangs the subject on the fronted participle's object (an apposition) and
# on the participle itself, and leaves the cue without a subject
FRONTED_SUBJECT = """
Speaking 13 advcl VBG VERB speak
from 0 prep IN ADP from
Ghana 1 pobj NNP PROPN Ghana
, 2 punct , PUNCT ,
former 5 amod JJ ADJ former
president 2 appos NN NOUN president
of 5 prep IN ADP of
the 8 det DT DET the
Association 6 pobj NNP PROPN Association
, 0 punct , PUNCT ,
Kofi 11 compound NNP PROPN Kofi
Mensah 0 npadvmod NNP PROPN Mensah
, 13 punct , PUNCT ,
says 13 ROOT VBZ VERB say
courts 15 nsubj NNS NOUN court
are 13 ccomp VBP AUX be
slow 15 acomp JJ ADJ slow
. 13 punct . PUNCT .
"""



def test_a_subject_run_into_the_fronted_phrase_is_the_speaker():
    assert _one_relation(parsed(FRONTED_SUBJECT)) == (
        "says", "former president of the Association", "courts are slow")
    # the first phrase after the comma names no speaker (a budget): not the subject; the
    # third-person "says" still reports, with no source the parse can name
    budget = FRONTED_SUBJECT.replace("president 2 appos NN NOUN president",
                                     "budget 2 appos NN NOUN budget")
    [rel] = find_attributions(parsed(budget), default_lexicon())
    assert rel.source is None


QUOTED_WORD_AS_SECOND_SUBJECT = """
" 10 punct `` PUNCT "
Those 10 nsubj DT PRON those
like 1 prep IN ADP like
the 4 det DT DET the
gangs 2 pobj NNS NOUN gang
will 6 aux MD AUX will
fail 10 ccomp VB VERB fail
, 10 punct , PUNCT ,
" 10 punct '' PUNCT "
Carter 10 nsubj NNP PROPN Carter
said 10 ROOT VBD VERB say
. 10 punct . PUNCT .
"""


def test_a_word_of_the_quotation_is_no_subject_of_the_verb_that_reports_it():
    """Of two subjects the parser gave one verb, the one inside the quotation before it is
    a word of the quotation; the speaker is the one after the quotation."""
    doc = parsed(QUOTED_WORD_AS_SECOND_SUBJECT, ents=["O"] * 9 + ["B-PERSON", "O", "O"])
    cue, source, _ = _one_relation(doc)
    assert (cue, source) == ("said", "Carter")
