"""Transcript turns: a speaker label at the start of a line, a colon or a dash, then the turn.

MARKERS.md: "A quotation introduced by a speaker label and a colon or dash has the colon or
dash as its cue; kind `direct`". In a transcript each turn is one relation: the source is
the label's name, the content the turn up to the next label (over its paragraphs), and the
markers inside a turn have that speaker as holder.

The label conventions come from the published transcripts of whole genres, not from single
sentences (word lists: ``lexicons/speaker_labels.tsv``, each entry with its genre):

- Hansard (UK Commons and Lords, Canada, Australia, Ireland, Scotland): *Mr. Tam Dalyell
  (Linlithgow):*, *The Prime Minister (Mrs. Margaret Thatcher):* (an office and its holder's
  name in brackets: both are the source), *Sir Keir Starmer (Holborn and St Pancras)
  (Lab):*, *Mr ALBANESE (Grayndler—Leader of the Opposition) (14:05):*, an oral question's
  number before the label (*Q1. [901234] Mr. X (Y):*), the chair (*Mr. Speaker:*,
  *Madam Speaker:*, *An Ceann Comhairle:*) and the House's interjections (*Several Hon.
  Members:*, *Some hon. members:*, *Noble Lords:*), which are unnamed groups (anonymous).
- UN verbatim records (S/PV, A/PV): *The President (spoke in French):*, *Mr. Nebenzia
  (Russian Federation) (spoke in Russian):*: the delegation and the language in brackets
  are not part of the name.
- Briefings (State, White House, Defense, USUN): *MR PRICE:*, *SECRETARY BLINKEN:*,
  *MODERATOR:*, *SENIOR ADMINISTRATION OFFICIAL ONE:* (an anonymous briefer: an official
  role), *Q:* / *QUESTION:* (the questioner: anonymous, and a label only in a document with a
  speaker's label, else an FAQ's heading).
- Broadcast interviews: *JANE HOLT, HOST:* then *HOLT:*; a bare name is a label where it
  recurs as one (a transcript's speakers speak more than once) or names a speaker already
  labelled, in a document that has other labels.
- A dash instead of the colon (*Mr Smith - ...*, *SMITH — ...*), and the label on its own
  line with the turn below it (*MR PRICE:* newline *Thank you.*).
- An office addressed with an honorific (*Mr. Speaker:*, *Madam Speaker:*) is a label in a
  document with another speaker's label; alone it is the vocative that opens a paragraph of
  a speech (*Mr. President:* newline *Costa Rica congratulates you ...*, UN General Debate).

A turn ends at the next label, at a line in the record's own voice that closes the
proceedings (*The meeting rose at ...*, *(The briefing was concluded at ...)*, *(END)*), or
at the White House's *Q* without a colon (a turn's end, but no cue).

Not labels: a heading or field whose label names a part of a document (*Note:*,
*Background:*, *Item 5:*, *Question 3:*, *Editor's note:*), a possessive heading
(*Prime Minister's Remarks:*), a field whose value is a name or a title-case phrase with no
sentence punctuation (*Chair: Rt Hon Sir Bernard Jenkin MP*; *President Biden: A Timeline
of His First Year*), a time (*10:30*), a dateline before a dash (*WASHINGTON —*, recurring
never), a name followed by a parenthetical dash in prose (*President Biden — who took
office in 2021 — said*), the Congressional Record's *Mr. REID.* (a full stop: no colon
or dash, no cue), and a line that goes on with the sentence of the line before it (a PDF
column's hard wrap: *As stated by the Secretary-* newline *General: "..."*).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..nlp import TITLE_ABBREVIATIONS
from .plumbing import _Draft

#: lower-case words a label may hold (name particles, the of/for of an office, Canadian
#: Hansard's *Some hon. members*, the Irish article of *An Ceann Comhairle*)
PARTICLES = frozenset("""
of for the and on to de da del della di du des van von der den le la al el bin ibn y hon
members member an at
""".split())
#: words that precede an office's department or a name's territorial designation
_OFFICE_OF = frozenset({"of", "for", "to", "on", "at"})
#: abbreviations with a full stop a label may hold: the titles the parser keeps as one token
#: (*Mr.*, *Brig. Gen.*, *Hon.*) and the suffixes of a name (*Jr.*, *Sr.*)
ABBREVIATIONS = TITLE_ABBREVIATIONS | {"jr", "sr"}
NUMERALS = frozenset("one two three four five six seven eight nine ten".split())
#: words of a crowd's label besides its noun (*Several Hon. Members*, *Noble Lords*)
CROWD_WORDS = frozenset("""
several some many other all an a the noble hon honourable honorable opposition government
labour conservative
""".split())
#: words after a questioner's noun (*UNIDENTIFIED MALE*, *AUDIENCE MEMBER*)
QUESTIONER_TAILS = frozenset("male female man woman member voice speaker person participant "
                             "individual reporter journalist".split())
#: what a bracket after an office holds when it is not the holder's name (the language of a
#: UN record, a stage direction)
_NOT_A_NAME = re.compile(r"\b(?:spoke|speaking|interpretation|translation|via|inaudible|"
                         r"continuing|cont|video|remotely)\b|\d", re.IGNORECASE)

#: an oral question's number and reference before a label (Hansard's *Q1. [901234]*, the
#: *Q12* of a select committee's oral evidence)
_QUESTION_NUMBER = re.compile(r"(?:[QT]?\d{1,3}\.[ \t]+|Q\d{1,4}[ \t]+)?(?:\[\d+\][ \t]+)?")
#: a dash between a label and its turn: spaced (*Mr Smith - ...*, *SMITH — ...*), or after
#: a full stop (the European Parliament's *President. – ...*)
_DASH = re.compile(r"\.?[ \t]+(?:--?|–|—)[ \t]+")
#: where a turn's first line shows it is a field value or a title, not speech
_FINAL_PUNCTUATION = tuple(".?!…:;)]”\"'’—–-")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d+")
#: the turn of a label on its own line: the next line with text (a blank line between)
_NEXT_LINE = re.compile(r"[ \t\r]*\n(?:[ \t\r]*\n)?[ \t]*(?=\S)")
#: the White House's questioner: *Q* and a tab or spaces (one space before a capital: *Q But
#: it sounds like*), no colon or dash (so no cue by MARKERS.md), yet the end of the turn
#: before it
_BARE_QUESTIONER = re.compile(r"(?m)^[ \t]*Q(?:\t|[ \t]{2,}|[ \t](?=[A-Z“\"]))(?=\S)")
#: a line in the record's own voice that closes the proceedings (UN verbatim records: *The
#: meeting rose at 11.20 a.m.*; Hansard: *Question put and agreed to.*, *House adjourned*;
#: State Department: *(The briefing was concluded at 2:17 p.m.)*; White House: *END 2:15
#: P.M. EDT*; broadcast transcripts: *(BEGIN VIDEO CLIP)*, *(COMMERCIAL BREAK)*; *(END)*,
#: *# # #*, *END TRANSCRIPT*): a turn ends before it
_RECORD_CLOSES = re.compile(
    r"(?m)^[ \t]*(?:The meeting (?:rose|was adjourned|was suspended) at\b|Question put\b|"
    r"House adjourned\b|Adjourned at\b|\(The (?:press )?(?:briefing|meeting|call|conference)"
    r" (?:was concluded|concluded|ended|was adjourned)\b|(?:#[ \t]*){3}$|"
    r"\((?:BEGIN|END) (?:VIDEO ?CLIP|VIDEOTAPE|AUDIO ?CLIP)\)|\(COMMERCIAL BREAK\)|"
    r"\(?END\b[^a-z\n]*$|—[ \t]*END[ \t]*—)")


@lru_cache(maxsize=1)
def label_words() -> dict[str, str]:
    """Word -> kind (honorific, title, role_modifier, questioner, crowd, heading) from
    ``toolkit/lexicons/speaker_labels.tsv``."""
    path = resources.files("toolkit") / "lexicons" / "speaker_labels.tsv"
    words: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        term, kind = line.split("\t")[:2]
        words.setdefault(term, kind)
    return words


def word_kind(word: str) -> str | None:
    """The kind of a label's word (lower case, no full stop); a hyphenated office by its last
    part (*Under-Secretary*, *Solicitor-General*, *Vice-President*)."""
    words = label_words()
    kind = words.get(word)
    if kind is None and "-" in word:
        last = words.get(word.rsplit("-", 1)[1])
        kind = last if last in ("title", "role_modifier") else None
    return kind


@dataclass(frozen=True)
class Label:
    """A candidate speaker label on one line: where its name is, its cue, where its turn
    starts, and what it names (``kind``: ``speaker`` with a title or office, ``address`` an
    office with an honorific, ``name`` a bare name, ``questioner``, ``crowd``)."""

    line_start: int
    source: tuple[int, int]
    head: tuple[int, int]  # the name's last word (the office's, for an office)
    cue: tuple[int, int]
    turn_start: int
    kind: str
    source_type: str
    key: str  # the head word and any number, lower case: a speaker's labels share it
    bracketed: bool  # Hansard's constituency or party, a UN delegation (before a colon)

    @property
    def speaker_key(self) -> str:
        """The coreference key of the label's speaker: a person by name (as other mentions
        of the name), an office by its head word (also with its holder's name in brackets:
        *The Prime Minister* is the same speaker with or without it), a questioner or crowd
        by its label."""
        if self.kind in ("questioner", "crowd"):
            return f"label:{self.key}"
        if self.source_type == "anonymous":  # Speaker 1
            return f"label:{self.key}"
        return f"lemma:{self.key}" if word_kind(self.key) in (
            "title", "role_modifier") else f"name:{self.key}"


def _plain(word: str) -> str:
    return word.lower().strip(".").replace("’", "'")


def _word_ok(word: str, first: bool) -> bool:
    """A word a label's name may hold: capitalised (or a particle), a full stop only after an
    abbreviation or an initial (*Mr.*, *J.*, *U.S.*), never a possessive."""
    plain = _plain(word)
    if plain.endswith("'s") or not plain:
        return False
    if "." in word.rstrip(".") and not re.fullmatch(r"(?:[A-Za-z]\.)+", word):
        return False
    if word.endswith(".") and not (plain in ABBREVIATIONS or len(plain) == 1
                                   or re.fullmatch(r"(?:[A-Za-z]\.)+", word)):
        return False  # the Congressional Record's *Mr. REID.*: a full stop ends a sentence
    if word[0].isupper():
        return True
    return not first and (plain in PARTICLES or word.isdigit())  # Speaker 2


def _split_label(label: str) -> tuple[str, str, list[str]] | None:
    """Name, descriptor (after a comma) and bracketed parts of a label, or None when the
    brackets are not all at its end."""
    depth, cut = 0, len(label)
    for i, ch in enumerate(label):
        if ch == "(":
            if depth == 0:
                cut = min(cut, i)
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            cut = min(cut, i)
        if depth < 0:
            return None
    if depth:
        return None
    name, rest = label[:cut].rstrip(), label[cut:]
    descriptor = ""
    if rest.startswith(","):
        bracket = rest.find("(")
        descriptor = (rest[1:bracket] if bracket != -1 else rest[1:]).strip()
        rest = rest[bracket:] if bracket != -1 else ""
    brackets = re.findall(r"\(([^()]*)\)", rest)
    if re.sub(r"\([^()]*\)", "", rest).strip():
        return None
    return name, descriptor, brackets


def _separator(line: str, start: int) -> tuple[int, int, str] | None:
    """The colon or dash that ends a label starting at ``start`` (outside brackets, within
    the first 160 characters, before any sentence punctuation)."""
    depth = 0
    for i in range(start, min(len(line), start + 160)):
        ch = line[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            if ch == ":":
                if i + 1 == len(line) or line[i + 1] in " \t":
                    return i, i + 1, ":"
                return None  # a time (10:30), a reference (S/PV.9000:3)
            if ch in " \t.":
                dash = _DASH.match(line, i)
                if dash:
                    mark = re.search(r"--?|–|—", dash.group())
                    return i + mark.start(), i + mark.end(), "-"
            if ch in "\"“”?!;":
                return None
    return None


def _field_value(rest: str) -> bool:
    """A field's value or a title, not a turn: two words or more, title case (every word
    capitalised but the particles), no sentence punctuation at its end."""
    rest = rest.strip()
    words = _WORD.findall(rest)
    if len(words) < 2 or rest.rstrip(")]”\"’").endswith(_FINAL_PUNCTUATION):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in PARTICLES | {"a", "in"}
               for w in words)


#: the most words of a speaker label's name; a label in capitals may carry a long title
#: (*ASSISTANT TO THE SECRETARY OF DEFENSE JONATHAN RATH HOFFMAN:*, a Pentagon transcript)
MAX_LABEL_WORDS = 8
MAX_CAPITALS_LABEL_WORDS = 12


def parse_label(text: str, line_start: int, line_end: int) -> Label | None:
    """The speaker label at the start of the line ``text[line_start:line_end]``, if the line
    has the form of one (the document-level checks are :func:`accepted_labels`'s)."""
    line = text[line_start:line_end].rstrip("\r")  # a Windows line break
    start = len(line) - len(line.lstrip(" \t"))
    start = _QUESTION_NUMBER.match(line, start).end()
    found = _separator(line, start)
    if found is None:
        return None
    sep_start, sep_end, sep = found
    label = line[start:sep_start].rstrip(" \t.") if sep == "-" else line[start:sep_start]
    label = label.rstrip()
    parts = _split_label(label)
    if parts is None:
        return None
    name, descriptor, brackets = parts
    words = name.split()
    longest = MAX_CAPITALS_LABEL_WORDS if name.isupper() else MAX_LABEL_WORDS
    if not 1 <= len(words) <= longest or not all(_word_ok(w, k == 0)
                                                 for k, w in enumerate(words)):
        return None
    plain = [_plain(w) for w in words]
    digits = [k for k, w in enumerate(plain) if w.isdigit()]
    if digits and digits != [len(plain) - 1]:
        return None
    base = list(plain)
    while len(base) > 1 and (base[-1] in NUMERALS or base[-1].isdigit()):
        base.pop()  # SENIOR ADMINISTRATION OFFICIAL ONE, Speaker 2
    if len(base) < len(plain) and (word_kind(base[-1]) not in ("title", "questioner")
                                   or base[-1] in ("q", "question")):
        return None  # Item 5, Question 3, Step 2: a numbered part of a document
    descriptor_words = descriptor.split()
    if descriptor and (len(descriptor_words) > 8 or not all(
            _word_ok(w, False) for w in descriptor_words)):
        return None
    if any(word_kind(w) == "heading" for w in plain + [_plain(w) for w in
                                                            descriptor_words]):
        return None
    # the turn: the rest of the line, or (after a colon) the next line with text
    rest = line[sep_end:]
    turn_start = line_start + sep_end + len(rest) - len(rest.lstrip())
    if not rest.strip():
        if sep != ":":
            return None
        following = _NEXT_LINE.match(text, line_end)
        if following is None:
            return None
        turn_start = following.end()
    else:
        if _field_value(rest):
            return None
        if sep == "-" and (not (rest.lstrip()[0].isupper() or rest.lstrip()[0] in "(“\"")
                           or re.search(r"[ \t](?:--?|–|—)[ \t]|—", rest)):
            return None  # a parenthetical dash in prose (President Biden — who took office)
    kind, source_type = _kind(base, descriptor_words)
    if base == ["speaker"] and len(plain) > 1:
        kind, source_type = "speaker", "anonymous"  # an automatic transcript's Speaker 2
    if kind is None:
        return None
    name_start = source_start = line_start + start
    source_end = name_start + len(name)
    if source_type == "office":
        source_type = "official_role"
        if descriptor:  # The Minister of State, Foreign and Commonwealth Office (Mr. X)
            source_end = name_start + label.find(descriptor) + len(descriptor)
        holder = next((b for b in brackets if not _NOT_A_NAME.search(b) and len(b.split()) > 1
                       and all(_word_ok(w, False) for w in b.split())), None)
        if holder is not None:  # The Prime Minister (Mrs. Margaret Thatcher): the source
            # is the person who speaks, the name in brackets (the office stays the key)
            source_start = name_start + label.find("(" + holder + ")") + 1
            source_end = source_start + len(holder)
            source_type, kind = "named_person", "speaker"
    head_words = [m for m in re.finditer(r"\S+", name)]
    head_index = len(base) - 1
    office_of = [k for k, w in enumerate(base) if w in _OFFICE_OF and k > 0]
    if office_of:  # The Secretary of State for Defence, Lord Ahmad of Wimbledon
        head_index = office_of[0] - 1
    head_match = head_words[head_index]
    head = (name_start + head_match.start(), name_start + head_match.end())
    if text[head[1] - 1] == ".":
        head = (head[0], head[1] - 1)
    return Label(line_start=line_start + start, source=(source_start, source_end), head=head,
                 cue=(line_start + sep_start, line_start + sep_end), turn_start=turn_start,
                 kind=kind, source_type=source_type,
                 key=" ".join([base[head_index], *plain[len(base):]]),  # OFFICIAL ONE, TWO
                 bracketed=bool(brackets) and sep == ":")


def _kind(base: list[str], descriptor: list[str]) -> tuple[str | None, str]:
    """What a label names (its words in lower case without numbers; the words of its
    descriptor after a comma), and its source type (``office`` for an office without a
    name, settled by the caller once it has read the brackets)."""
    kinds = [word_kind(w) for w in base]
    if kinds[0] == "questioner" and all(w in QUESTIONER_TAILS or word_kind(w) ==
                                        "questioner" for w in base[1:]):
        return "questioner", "anonymous"
    if "crowd" in kinds and len(base) > 1 and all(
            word_kind(w) == "crowd" or w in CROWD_WORDS or word_kind(w) ==
            "honorific" for w in base):  # not *Members:* alone (a list's field)
        return "crowd", "anonymous"  # Several Hon. Members, An Hon. Member, Noble Lords
    # the office: the words before its department (The Secretary of State for Defence)
    office = []
    for w in base:
        if w in _OFFICE_OF and any(word_kind(o) == "title" for o in office):
            break  # (not before a title: *Assistant to the Secretary of Defense*)
        if w not in PARTICLES:
            office.append(w)
    titled = [w for w in office if word_kind(w) in ("title", "honorific")]
    # a role's modifier without a title is a name (*MS. WHITE:*, *DANA WHITE:*; but *WHITE
    # HOUSE OFFICIAL:*, *SENIOR STATE DEPARTMENT OFFICIAL:*)
    office_title = any(word_kind(w) == "title" for w in office)
    unlisted = [w for w in office if word_kind(w) not in ("title", "honorific") and (
        word_kind(w) != "role_modifier" or not office_title)]
    if titled:
        first_name = next((k for k, w in enumerate(office) if w in unlisted), len(office))
        if any(word_kind(w) == "honorific" for w in office[first_name:]):
            return None, ""  # a word before the honorific: *Again Mr. President:*
        if unlisted:
            return "speaker", "named_person"  # Mr Price, Secretary Blinken, Lord Ahmad
        if not any(word_kind(w) == "title" for w in office):
            return None, ""
        if word_kind(office[0]) == "honorific":
            return "address", "office"  # Mr. Speaker, Madam Chair: or the vocative
        return "speaker", "office"  # THE PRESIDENT, SENIOR ADMINISTRATION OFFICIAL ONE
    if any(word_kind(_plain(w)) in ("title", "honorific") for w in descriptor):
        return "speaker", "named_person"  # JANE HOLT, HOST
    if len(base) <= 4 and not any(k in ("questioner", "crowd") for k in kinds) and not (
            "role_modifier" in kinds and "title" in kinds):
        return "name", "named_person"
    return None, ""


def accepted_labels(text: str, person: Callable[[int, int], bool] | None = None
                    ) -> list[Label]:
    """The speaker labels of a document: every line that has the form of a label, kept by
    what the document shows about itself. A title, an office or a crowd is a label
    wherever it stands; a questioner only in a document with a speaker's label; a bare name
    where the document has other labels and the name recurs as a label or names a speaker
    already labelled (a bracketed constituency or delegation: where there are other labels
    at all), or where a questioner's label shows a briefing. An excerpt of one speaker's
    turn (*Rumsfeld: Good afternoon. ...*): a bare name that opens the document and that
    ``person`` (characters -> whether they name a person, e.g. by the parser's entities)
    accepts, when no other line is a label."""
    candidates = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if not _may_hold_separator(line):
            continue  # (no colon or dash where a label's could be: most lines of prose)
        if continues_a_sentence(text, match.start()):
            continue
        label = parse_label(text, match.start(), match.end())
        if label is not None:
            candidates.append(label)
    strong = [c for c in candidates if c.kind in ("speaker", "crowd")]
    names = [c for c in candidates if c.kind == "name"]
    counts: dict[str, int] = {}
    for c in names:
        counts[c.key] = counts.get(c.key, 0) + 1
    known = {c.key for c in strong}
    recurring = {c.key for c in names if counts[c.key] >= 2}
    questioners = [c for c in candidates if c.kind == "questioner"]
    addresses = [c for c in candidates if c.kind == "address"]
    # full names the parser takes for people (*Patrick Binchy:*, *Andrea Donà:*, each
    # answering once in a committee's oral evidence)
    people = {c.key for c in names if person is not None and len(
        text[c.source[0]:c.source[1]].split()) >= 2 and person(*c.source)}
    # Hansard's *Mr Speaker:* beside *Jeremy Corbyn (Islington North) (Lab):*
    evidence = bool(strong) or len(recurring) >= 2 or bool(addresses) and any(
        c.bracketed for c in names) or len(people) >= 2
    kept_names = [c for c in names if evidence and (
        c.key in recurring or c.key in known or c.bracketed and len(candidates) >= 2
        or len(people) >= 2 and c.key in people)
        or questioners and (_briefer_name(text[c.source[0]:c.source[1]])
                            or c.key in recurring)]  # (Q: ... / Whitman: ... / Q: ...)
    speakers = strong + kept_names
    # an office addressed with an honorific (*Mr. Speaker:*, *Madam Chair:*) speaks in a
    # transcript with other speakers; alone it is the vocative that opens a speech's
    # paragraph (*Mr. President:* / newline / *Costa Rica congratulates you ...*)
    if any(c.key != a.key for a in addresses for c in speakers):
        speakers += addresses
    # a name recurring but never with another speaker's label is a repeated heading
    if not speakers or len({c.key for c in speakers}) < 2 and not strong and not questioners:
        opening = candidates[0] if len(candidates) == 1 else None
        if opening is not None and opening.kind == "name" and person is not None and \
                not text[:opening.line_start].strip() and person(*opening.head):
            return [opening]
        return []
    return sorted(speakers + questioners, key=lambda c: c.line_start)


def _may_hold_separator(line: str) -> bool:
    """Whether a colon or a dash stands where :func:`_separator` looks for a label's end (the
    first 160 characters after the indent and a question number, here with room to spare):
    a cheap test before the full parse of the line."""
    indent = len(line) - len(line.lstrip(" \t"))
    head = line[:indent + 300]
    return ":" in head or "-" in head or "\u2013" in head or "\u2014" in head


def continues_a_sentence(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` goes on with the sentence of the line before it
    (the hard wrap of a PDF's column: *As stated by the Secretary-* / *General: "..."*):
    that line ends in a hyphen after a letter, a comma, or a lower-case word, and is not a
    title-case heading (*Points of Order*) or a label's line of its own."""
    if line_start == 0 or text[line_start - 1] != "\n":
        return False
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    previous = text[previous_start:line_start - 1].rstrip()
    if not previous:
        return False  # a blank line before it
    if re.search(r"[^\W\d_]-$|,$", previous):
        wrapped = True
    elif not re.search(r"[a-z0-9]$", previous):
        return False
    else:
        words = _WORD.findall(previous)
        wrapped = not all(w[0].isupper() or w[0].isdigit() or w.lower() in
                          PARTICLES | {"a", "in"} for w in words)
    # a one-line turn before it ends where its line does (*MR PRICE: Good afternoon all*)
    return wrapped and parse_label(text, previous_start, line_start - 1) is None


def _briefer_name(name: str) -> bool:
    """A bare name that answers a briefing's questioner (*PETER COOK:* before *Q:*): a name
    in capitals or of two words or more; not one letter (the *A:* of a FAQ)."""
    letters = re.sub(r"\W", "", name)
    return len(letters) > 1 and (name.isupper() or len(name.split()) > 1)


class TurnRules:
    """The transcript-turn rule (a mixin of the detector)."""

    def transcript_labels(self, stance: str) -> list[_Draft]:
        """Turns of a transcript: one ``direct`` relation per turn, the colon or dash as
        its cue, the label's name as source, the turn up to the next label as content."""
        labels = accepted_labels(self.text, self.names_person)
        drafts = []
        for k, label in enumerate(labels):
            end = labels[k + 1].line_start if k + 1 < len(labels) else len(self.text)
            for stop in (_RECORD_CLOSES, _BARE_QUESTIONER):
                closing = stop.search(self.text, label.turn_start, end)
                if closing is not None:
                    end = closing.start()
            content = (label.turn_start, len(self.text[:end].rstrip()))
            if content[1] <= content[0]:
                continue
            # (a quotation right after a label without brackets is also the quotation
            # rule's relation, which comes first and keeps the cue)
            head = self.doc.char_span(label.head[0], label.head[1], alignment_mode="expand")
            if head is None:
                continue
            drafts.append(_Draft(label.cue, head[-1], label.source, content, "direct", stance,
                                 "speaker_label", head[-1], source_type=label.source_type,
                                 extra={"speaker_key": label.speaker_key,
                                        "transcript": len(labels) > 1}))
        return drafts

    def single_label(self, cue: tuple[int, int], stance: str) -> _Draft | None:
        """A speaker label whose colon or dash is ``cue`` (one the span categorizer found
        where the document-level checks of :func:`accepted_labels` did not accept the
        labels): the label's name as source, the rest of its line as content."""
        line_start = self.text.rfind("\n", 0, cue[0]) + 1
        line_end = self.text.find("\n", cue[1])
        line_end = len(self.text) if line_end < 0 else line_end
        turn_start = cue[1] + len(self.text[cue[1]:line_end]) - len(
            self.text[cue[1]:line_end].lstrip())
        content = (turn_start, len(self.text[:line_end].rstrip()))
        if content[1] <= content[0]:
            return None
        label = parse_label(self.text, line_start, line_end)
        if label is not None and label.cue[0] < cue[1] and cue[0] < label.cue[1]:
            head = self.doc.char_span(label.head[0], label.head[1], alignment_mode="expand")
            if head is None:
                return None
            return _Draft(label.cue, head[-1], label.source, (label.turn_start, content[1]),
                          "direct", stance, "speaker_label", head[-1],
                          source_type=label.source_type,
                          extra={"speaker_key": label.speaker_key})
        # a label of another form (*Unidentified speaker:*, *Witness 2 -*): the words before
        # the cue, if they are a short phrase that begins with a capital and ends no sentence
        name = self.text[line_start:cue[0]].strip()
        words = name.split()
        if not name[:1].isupper() or not 0 < len(words) <= 8 or any(
                w[-1] in ".?!" and w[:-1].lower().strip("(") not in ABBREVIATIONS
                and not (len(w) == 2 and w[0].isupper()) for w in words):
            return None  # (not a sentence's end: *Mr. Lee*, *J. Smith* may be labels)
        first = line_start + self.text[line_start:cue[0]].index(name)
        span = self.doc.char_span(first, first + len(name), alignment_mode="expand")
        if span is None:
            return None
        return _Draft(cue, span[-1], (first, first + len(name)), content, "direct", stance,
                      "speaker_label", span[-1])

    def names_person(self, start: int, end: int) -> bool:
        """Whether the parser's entities make the characters a person's name."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and all(t.ent_type_ == "PERSON" for t in span)
