"""Quotations and speaker labels.

Quotation spans (curly, guillemet and paragraph-bound straight quotes), the line a cue's
content must stay on, quotations right before or after a cue's clause (*"A," she said,
"B."*: one relation), the kind of a relation by its quotations (``direct``: all quoted,
``mixed``: a quotation that belongs to the clause, not a name or a noun's modifier, else
``indirect``), and speaker labels: *Sen. Tom Cotton: "..."* and *"..." — Press Secretary X*,
with the colon or dash as the cue (MARKERS.md; a transcript's turns: :mod:`.turns`), and
the press-release line *The following is attributable to Spokesperson X:* that ascribes the
text below it to X.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from .plumbing import (
    OPENING,
    _Draft,
    _inside,
)
from .turns import _kind, _plain, continues_a_sentence

_FUNCTION_WORDS = frozenset("of for the and on in to a an at with by from".split())


#: the characters :func:`quotation_spans` acts on: line breaks and quotation marks
_QUOTATION_EVENTS = re.compile('[\n"' + "".join(sorted({*OPENING, *OPENING.values()})) + "]")
_BLOCK_OPENING = re.compile(r":[ \t]*\n\s*$")
_PARAGRAPH_START = re.compile(r"\n[ \t]*$")
#: a straight quotation mark that ends its paragraph (before a full stop, a footnote
#: number or the paragraph's end)
_CLOSES_PARAGRAPH = re.compile(r'"[.,;:!?]?[ \t]*(?:\[\d+\])?[.,;]?[ \t]*(?:\n|$)')


def _block_goes_on(text: str, paragraph_end: int) -> bool:
    """Whether an open block quotation runs on past the paragraph break at
    ``paragraph_end``: the next straight mark opens a paragraph (the repeated opening mark)
    or ends one (the closing mark); a mark in mid-paragraph opens another quotation."""
    following = text.find('"', paragraph_end)
    return following != -1 and (
        bool(_CLOSES_PARAGRAPH.match(text, following))
        or bool(_PARAGRAPH_START.search(text, max(0, following - 20), following)))


_OPENS_QUOTE = re.compile(r'(?:^|(?<=\s))["\u201c](?=\S)')


def _mismatched_close(text: str, i: int, closer: str) -> bool:
    """Whether the mark at ``i`` closes an open quotation whose own closing mark ``closer``
    does not come before the next quotation opens or the paragraph ends (text that mixes
    curly and straight marks): it stands after a word or punctuation and before a space,
    punctuation or the end."""
    if i == 0 or text[i - 1].isspace() or (i + 1 < len(text) and text[i + 1].isalnum()):
        return False
    paragraph_end = text.find("\n\n", i)
    limit = paragraph_end if paragraph_end != -1 else len(text)
    opening = _OPENS_QUOTE.search(text, i + 1, limit)
    if opening is not None:
        limit = opening.start()
    return text.find(closer, i + 1, limit) == -1


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations, marks included: curly and guillemet pairs, and
    straight double quotes paired within a paragraph. A quotation runs over its paragraphs
    where a mark opens each later one (the convention of repeating the opening mark, Chicago
    Manual of Style 13.30): curly ones always, straight ones in a block quotation that a colon
    and a line break introduce (*X said:\n\n"A ...\n\nB."*); the first other mark closes
    it. A curly quotation that the last paragraph opens and the text never closes (an
    excerpt cut off mid-speech) runs to the end, and so does a straight block quotation
    whose paragraphs each open with the mark. Two grave accents before and two
    apostrophes after a quotation (the US Congressional Record's and TeX's quotation marks)
    are curly marks."""
    if "``" in text:  # the same length, so the offsets stay
        text = text.replace("``", "\u201c ").replace("''", " \u201d")
    spans: list[tuple[int, int]] = []
    open_curly: int | None = None
    closer = ""
    open_straight: int | None = None
    block = False  # the open straight quotation is a block quotation
    for event in _QUOTATION_EVENTS.finditer(text):  # (every other character changes nothing)
        i = event.start()
        ch = text[i]
        if ch == "\n" and i + 1 < len(text) and text[i + 1] == "\n" and not (
                block and _block_goes_on(text, i)):
            open_straight, block = None, False
        if ch in OPENING and (open_curly is None or ch != closer):
            if open_curly is not None and _PARAGRAPH_START.search(text, max(0, i - 20), i) and \
                    "\n" in text[open_curly:i]:
                continue  # a later paragraph of a quotation opens again (the repeated mark)
            if open_curly is not None:
                _close_at_paragraph_end(text, open_curly, i, spans)
            open_curly, closer = i, OPENING[ch]  # an unclosed quotation ends at the next one
        elif open_curly is not None and ch == closer:
            spans.append((open_curly, i + 1))
            open_curly = None
        elif ch == '"' and open_curly is not None and closer == "\u201d" and \
                _mismatched_close(text, i, closer):
            spans.append((open_curly, i + 1))  # “A," he said: a curly quotation that a
            open_curly = None                  # straight mark closes (mixed marks)
        elif ch == "\u201d" and open_straight is not None and open_curly is None and \
                _mismatched_close(text, i, '"'):
            spans.append((open_straight, i + 1))  # "A,” he said
            open_straight, block = None, False
        elif ch == "\u201d" and open_curly is None and open_straight is None and \
                (opened := _lost_opening(text, i)) is not None:
            spans.append((opened, i + 1))  # a paragraph that opens inside a quotation
            # whose opening mark was lost (A. B,” said X): from its start
        elif ch == '"':
            if open_straight is None:
                open_straight = i
                block = bool(_BLOCK_OPENING.search(text, max(0, i - 40), i))
            elif block and _PARAGRAPH_START.search(text, max(0, i - 20), i):
                continue  # a later paragraph of the block quotation
            else:
                spans.append((open_straight, i + 1))
                open_straight, block = None, False
    if open_curly is not None and len(text[open_curly:].split()) > 3 and \
            "\n" not in text[open_curly:].strip():
        spans.append((open_curly, len(text.rstrip())))  # an excerpt that ends inside the
        # quotation its last paragraph opens (a page cut off mid-speech): it runs to the end
    elif open_curly is not None:
        _close_at_paragraph_end(text, open_curly, len(text), spans)
    if open_straight is not None and block and "\n" in text[open_straight:].strip() and \
            len(text[open_straight:].split()) > 3:
        spans.append((open_straight, len(text.rstrip())))  # a block quotation over its
        # paragraphs, each opening with the mark, in an excerpt cut off before its close
    return sorted(spans)


def _lost_opening(text: str, i: int) -> int | None:
    """Where a quotation starts whose closing curly mark at ``i`` has no opening mark in its
    paragraph (copied text often loses the first mark: *When GAO proposes changes, agencies
    do listen,” said Gene Dodaro*): the paragraph's first word, when the mark closes a
    sentence or a clause (after ``, . ! ?``), the paragraph has no other mark before it
    and more than three words; otherwise None."""
    line_start = text.rfind("\n", 0, i) + 1
    before = text[line_start:i]
    if i == 0 or text[i - 1] not in ",.!?" or '"' in before or \
            any(mark in before for mark in OPENING) or len(before.split()) <= 3 or \
            (i + 1 < len(text) and not text[i + 1].isspace()):
        return None
    return line_start + len(before) - len(before.lstrip())


def _close_at_paragraph_end(text: str, start: int, limit: int,
                            spans: list[tuple[int, int]]) -> None:
    """A curly quotation opened in mid-paragraph and never closed before the next one opens
    (or the text ends) in a later paragraph, which does not open with a mark (so no quotation
    running over its paragraphs): its closing mark is missing, and it ends with its own
    paragraph (*“A,” said X. “B. C.* / next paragraph)."""
    paragraph_end = text.find("\n\n", start, limit)
    following = text[paragraph_end:].lstrip()[:1] if paragraph_end != -1 else ""
    line_start = text.rfind("\n", 0, start) + 1
    if paragraph_end == -1 or following in OPENING or not text[line_start:start].strip():
        return  # (a quotation running over paragraphs, each opening with its mark; or a
        # block that opens its paragraph, such as a statement after a colon)
    end = len(text[:paragraph_end].rstrip())
    if len(text[start:end].split()) > 3:
        spans.append((start, end))


def _quote_at(quotes: list[tuple[int, int]], char: int) -> tuple[int, int] | None:
    for q in quotes:
        if q[0] <= char < q[1]:
            return q
    return None


#: what may stand between a cue's clause and the quotation it introduces: punctuation, and
#: the quoting frame *and I quote* or a spoken *quote* (*a statement which said, and I quote:
#: "..."*; *the President said yesterday, quote, "..."*), or the complementiser the parser
#: took for an object (Hansard's *the Prime Minister said that*, then the quotation displayed
#: on its own line)
_QUOTE_GAP = r"[\s,:.;—–-]*(?:(?:(?:and\s+)?I\s+)?quote[\s,:.;—–-]*|that[\s:]*)?"


class QuotationRules:
    """Quotation look-ups and the speaker-label rule (a mixin of the detector)."""

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
        if token.dep_ == "pcomp" and token.tag_ == "VBG" and any(
                c.dep_ == "dobj" and self.quote_at(c.idx) is None for c in token.children):
            return None  # said in announcing the report: the occasion's object is its content
        outside = self.quote_at(token.idx) is None
        clause = [token, *(c for c in token.children if c.dep_ in (
            "nsubj", "nsubjpass", "aux", "auxpass", "advmod", "dative", "npadvmod", "prt",
            "neg") and not (outside and self.quote_at(c.idx) is not None))]
        # (a quoted phrase the parser took for a second subject is the quotation itself)
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
            if q[0] >= end_char and re.fullmatch(_QUOTE_GAP, gap) and (
                    "\n" not in gap or ":" in gap or re.search(r"\bthat\s*$", gap)):
                # he said:\n\n"..." or said that\n\n"...", not the next paragraph
                if after is None and re.search(r"\bthat\b", gap):
                    before = None  # "A," the general said, adding that "B": B alone
                after = after or q
        if not after:
            # "A," X told VOA on Monday. "B.": the quotation goes on after the cue's
            # addressee and adjuncts (words without a verb of their own), one relation; and
            # a quotation after them and a colon is what was said (asked the minister: "A?")
            tail = [t for c in token.children if c.i > token.i and c.dep_ in (
                "dobj", "dative", "prep", "npadvmod") for t in c.subtree]
            # a participle clause on the cue that reports nothing itself (*Hun Sen said
            # Wednesday, addressing the envoy without naming him. "B."*; Quirk et al. 1985,
            # 15.58 supplementive clauses)
            participles = [c for c in token.children if c.i > token.i and c.dep_ == "advcl"
                           and c.tag_ in ("VBG", "VBN") and not any(
                               g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)]
            described = [t for c in participles for t in c.subtree]
            occasion = {t.i for c in token.children if c.dep_ == "prep" and c.i > token.i
                        for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG" and any(
                            o.dep_ == "dobj" for o in g.children) for t in c.subtree} \
                if tail else set()  # only the tail's verbs are looked up in it
            # (said in announcing the report. "B.": the occasion, a gerund with its object)
            reporting = any(self.verb_entry(t) is not None for t in described
                            if t.pos_ == "VERB")  # (adding: "B": it reports B itself)
            if tail + described and not reporting and not any(
                    t.pos_ in ("VERB", "AUX") and t.i not in occasion or
                    self.quote_at(t.idx) is not None for t in tail) and not any(
                        self.quote_at(t.idx) is not None for t in described):
                tail += described
                last = max(tail, key=lambda t: t.i)
                end_char = max(end_char, last.idx + len(last))
                m = bisect.bisect_left(self.quote_starts, end_char)
                for q in self.quotes[m:m + 1]:
                    gap = text[end_char:q[0]]
                    if before and re.fullmatch(r"\s*[.,:;]?\s*", gap) and "\n" not in gap \
                            or re.fullmatch(r"\s*:\s*", gap):  # asked the minister: "A?"
                        after = q
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
        holds_cue = []
        for q in sorted(inner):
            pieces.append(text[position:q[0]])
            holds_cue.append(position <= cue_token.idx < q[0])
            position = q[1]
        pieces.append(text[position:content[1]])
        holds_cue.append(False)
        count = 0
        for piece_index, piece in enumerate(pieces):
            words = len(re.findall(r"\w+", piece))
            between = 0 < piece_index < len(pieces) - 1
            if between and (words <= 6 or holds_cue[piece_index] and words <= 20):
                continue  # the cue's own clause (with a long source: X, director of Y)
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

    # speaker label + colon ----------------------------------------------------------
    LABEL = re.compile(r"(?m)^[ \t]*((?:[A-Z][\w.'’-]*\.?[ \t]+){0,5}[A-Z][\w.'’-]*)[ \t]*"
                       r"([:—–])[ \t]*(?=[“\"])")

    def say_stance(self) -> str:
        """The stance of the lexicon's *say*: that of a speaker label, a transcript's turn and
        the other relations whose cue is a mark, not a verb."""
        entry = self.table.verbs.get("say")
        return entry.stance if entry else "neutral"

    def speaker_labels(self) -> list[_Draft]:
        drafts = []
        stance = self.say_stance()
        for match in self.LABEL.finditer(self.text):
            if continues_a_sentence(self.text, match.start()):
                continue  # a PDF's hard wrap: *the Secretary-* / *General: "..."*
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
        drafts.extend(self.interjections(stance))
        drafts.extend(self.announced_texts(stance))
        drafts.extend(self.trailing_labels(stance))
        drafts.extend(self.transcript_labels(stance))
        drafts.extend(self.attributable_lines(stance))
        return drafts

    #: a text that the next lines give whole (Hansard's *The Statement is as follows:*, the Lords
    #: repeating a Commons statement; *The letter reads as follows:*)
    ANNOUNCED = re.compile(r"\b((?:[Tt]he|[Tt]his)[ \t]+(?:[Ss]tatement|[Ll]etter|[Tt]ext|"
                           r"[Mm]essage|[Dd]eclaration|[Rr]eply|[Aa]nswer))[ \t]+"
                           r"(?:is|reads|was|read)[ \t]+(as[ \t]+follows[ \t]*:)[ \t]*\n")

    def announced_texts(self, stance: str) -> list[_Draft]:
        """A statement or a letter announced as following (*The Statement is as follows:*)
        and displayed after the line break: the document is the source, *as follows:* the
        cue; the displayed block, quoted or not, is the content (given by the colon-block
        rule, :meth:`extend_colon_blocks`)."""
        drafts = []
        for match in self.ANNOUNCED.finditer(self.text):
            noun = self.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            cue = self.doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
            if noun is None or cue is None:
                continue
            drafts.append(_Draft((match.start(2), match.end(2)), noun.root,
                                 (match.start(1), match.end(1)), None, "indirect", stance,
                                 "announced_text", cue[-1]))
        return drafts

    #: an interjection the record prints in square brackets, its speaker's label, a colon and
    #: the quotation (Hansard: *[HON. MEMBERS: "Oh."]*, *[An HON. MEMBER: "Yes, you did!"]*)
    INTERJECTION = re.compile(r"\[[ \t]*((?:[A-Za-z][\w.'’-]*\.?[ \t]+){0,5}[A-Za-z][\w.'’-]*)"
                              r"[ \t]*(:)[ \t]*(?=[“\"])")

    def interjections(self, stance: str) -> list[_Draft]:
        """A bracketed interjection with its speaker's label (MARKERS.md: a speaker label and
        a colon introduce a quotation): the House's crowd (*HON. MEMBERS*, anonymous) or a
        named, titled speaker (*Mr. Skinner*, *Sir John Smith*), by the words of
        ``lexicons/speaker_labels.tsv``; not a bracketed heading (*[Note: "..."]*)."""
        drafts = []
        for match in self.INTERJECTION.finditer(self.text):
            quote = self.quote_at(match.end())
            words = [_plain(w) for w in match.group(1).split()]
            kind, source_type = _kind(words, [])
            if quote is None or "]" not in self.text[quote[1]:quote[1] + 3] or \
                    kind not in ("crowd", "speaker"):
                continue
            label = self.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if label is None:
                continue
            drafts.append(_Draft((match.start(2), match.end(2)), label[-1],
                                 (match.start(1), match.end(1)), quote, "direct", stance,
                                 "speaker_label", label[-1], source_type={
                                     "office": "official_role"}.get(source_type, source_type)))
        return drafts

    #: the line of a press release that ascribes the text below it to a speaker (*The
    #: following is attributable to Spokesperson Ned Price:*), then the text
    ATTRIBUTABLE = re.compile(r"(?m)^[ \t]*(?:The|This)\b[^\n:]{0,60}?\b(?:is|are)[ \t]+"
                              r"(attributable[ \t]+to)[ \t]+([A-Z][^\n:]{1,120}?)[ \t]*:"
                              r"[ \t\u200e\u200f]*(?=\n)")

    def attributable_lines(self, stance: str) -> list[_Draft]:
        """*The following is attributable to X:* ascribes the text after it to X (MARKERS.md:
        an attribution ascribes content to a source through a cue; like *according to X*, an
        adjunct source, kind ``according_to``): the content runs to the next such line or
        the end of the text."""
        matches = list(self.ATTRIBUTABLE.finditer(self.text))
        drafts = []
        for k, match in enumerate(matches):
            label = self.doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
            if label is None or not any(t.pos_ == "PROPN" for t in label):
                continue
            end = matches[k + 1].start() if k + 1 < len(matches) else len(self.text)
            body = self.text[match.end():end]
            start = match.end() + len(body) - len(body.lstrip())
            finish = match.end() + len(body.rstrip())
            if finish <= start:
                continue
            cue = self.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if cue is None:
                continue
            drafts.append(_Draft((match.start(1), match.end(1)), label[-1],
                                 (match.start(2), match.end(2)), (start, finish),
                                 "according_to", stance, "attributable_to", cue[0]))
        return drafts

    #: a closing quotation mark, a dash and a speaker label that ends its line (the epigraph
    #: of a press release: *"..." — Press Secretary Karoline Leavitt*), also on the next line
    #: and with the date the words were said (*”\n\n– Secretary X, May 28, 2021*)
    TRAILING = re.compile(r"[”\"][ \t]*(?:\n[ \t]*){0,2}([—–]|--)[ \t]*"
                          r"((?:[A-Z][\w.'’-]*\.?[ \t]+){0,7}[A-Z][\w.'’-]*)"
                          r"(?:,[ \t]*[A-Z][a-z]+\.?[ \t]+\d{1,2},[ \t]*\d{4})?[ \t]*(?=\n|$)")

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
