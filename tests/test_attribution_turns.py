"""Transcript speaker labels (MARKERS.md: "A quotation introduced by a speaker label and a
colon or dash has the colon or dash as its cue; kind `direct`"): each turn is one relation,
its source the label's name, its content the turn up to the next label. The table follows
the published label conventions of whole genres (UK, Canadian, Australian, Irish and
Scottish Hansard; UN verbatim records S/PV and A/PV; State Department, White House and
Defense Department briefings; broadcast interviews), and the lines with a colon or a dash
that are not speaker labels (headings, fields, datelines, times, the Congressional Record's
full stop). Sentences are written for the rule, not copied from any gold file."""

from __future__ import annotations

import pytest

from toolkit.attribution import find_attributions
from toolkit.lexicon import default_lexicon


def _turns(nlp, text: str) -> list:
    return [r for r in find_attributions(nlp(text), default_lexicon())
            if r.rule == "speaker_label"]


def _text(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0]:span[1]]


# (text, [(source, source_type), ...] of every turn, in order)
MUST_FIRE = [
    # a US committee hearing's prepared remarks: the committee's minority leader
    ("Below are the remarks as prepared.\n\nRanking Member Smith: Today the hearing "
     "continues.", [("Ranking Member Smith", "named_person")]),
    # an interview with a questioner: a one-word name that answers more than once
    ("Q: How did it work out?\n\nWhitman: I think the critics were wrong.\n\nQ: Were the "
     "pictures staged?\n\nWhitman: No, there was nothing staged.",
     [("Q", "anonymous"), ("Whitman", "named_person"), ("Q", "anonymous"),
      ("Whitman", "named_person")]),
    # oral evidence to a committee: each witness's full name on a line of its own, once
    ("Would the witnesses please introduce themselves for the record?\n\nPatrick Binchy:\n"
     "Good morning. I am Patrick Binchy, and I work for Three.\n\nAndrea Donà:\nGood "
     "morning, everyone. I head up networks for Vodafone.",
     [("Patrick Binchy", "named_person"), ("Andrea Donà", "named_person")]),
    # UK Hansard, 1980s: titles with full stops, the constituency in brackets
    ("Mr. Tam Dalyell (Linlithgow): On a point of order, Mr. Speaker. May we have a "
     "statement on the sale of the frigates?\n\nMr. Speaker: Order. I shall take points of "
     "order after statements.",
     [("Mr. Tam Dalyell", "named_person"), ("Mr. Speaker", "official_role")]),
    # an office and the holder's name in brackets: the person in brackets is the source
    # (as annotated in evaluation/dev4's Hansard: *Lord McNally*, *Mrs. Virginia Bottomley*)
    ("The Prime Minister (Mrs. Margaret Thatcher): I have nothing to add to the answer "
     "that I gave earlier.\n\nSeveral Hon. Members: Hear, hear.",
     [("Mrs. Margaret Thatcher", "named_person"),
      ("Several Hon. Members", "anonymous")]),
    ("Madam Speaker: Order. The hon. Gentleman must withdraw that remark.\n\nMr. Dennis "
     "Skinner (Bolsover): I withdraw it.",
     [("Madam Speaker", "official_role"), ("Mr. Dennis Skinner", "named_person")]),
    ("The Secretary of State for Defence (Mr. George Younger): The contract was signed "
     "last week.\n\nAn Hon. Member: Rubbish.\n\nMr. Deputy Speaker (Sir Paul Dean): Order.",
     [("Mr. George Younger", "named_person"),
      ("An Hon. Member", "anonymous"),
      ("Sir Paul Dean", "named_person")]),
    # hyphenated offices; an office without a name is an official role
    ("The Parliamentary Under-Secretary of State for Health (Mr. Tim Yeo): The figures "
     "are published.\n\nThe Paymaster General: I agree.\n\nThe Solicitor-General: So do I.",
     [("Mr. Tim Yeo", "named_person"),
      ("The Paymaster General", "official_role"), ("The Solicitor-General", "official_role")]),
    # a heading line between turns
    ("Points of Order\nMr. John Hardy (Eastfield): On a point of order, Madam Speaker.\n"
     "Madam Speaker: I will look into it.",
     [("Mr. John Hardy", "named_person"), ("Madam Speaker", "official_role")]),
    # an oral question's number and reference before the label
    ("Q1. [901234] Mr. John Hardy (Eastfield): If she will list her official engagements "
     "for Tuesday 12 March.\n\nThe Prime Minister: This morning I had meetings with "
     "ministerial colleagues.",
     [("Mr. John Hardy", "named_person"), ("The Prime Minister", "official_role")]),
    # UK Hansard since 2010: no full stops, party after the constituency, bare names later
    ("Sir Keir Starmer (Holborn and St Pancras) (Lab): The figures published today are "
     "damning.\n\nThe Prime Minister (Rishi Sunak): I simply do not accept that.\n\n"
     "Sir Keir Starmer: They are his own figures.",
     [("Sir Keir Starmer", "named_person"), ("Rishi Sunak", "named_person"),
      ("Sir Keir Starmer", "named_person")]),
    ("Jeremy Corbyn (Islington North) (Lab): Will the Minister meet the families?\n\n"
     "Mr Speaker: Order.\n\nJeremy Corbyn: I will not give way.",
     [("Jeremy Corbyn", "named_person"), ("Mr Speaker", "official_role"),
      ("Jeremy Corbyn", "named_person")]),
    # a select committee's oral evidence: the question number, the Chair, the witnesses
    ("Q12 Chair: Good morning. Why was the report late?\n\nProfessor Anne Clegg: It was "
     "not late.\n\nQ13 Mr Bryant: Are you sure?",
     [("Chair", "official_role"), ("Professor Anne Clegg", "named_person"),
      ("Mr Bryant", "named_person")]),
    # House of Lords
    ("Lord Ahmad of Wimbledon: My Lords, the Government remain committed to the "
     "process.\n\nNoble Lords: Hear, hear!",
     [("Lord Ahmad of Wimbledon", "named_person"), ("Noble Lords", "anonymous")]),
    # an office, its department after a comma, the holder and the party in brackets
    ("The Minister of State, Foreign, Commonwealth and Development Office (Lord Ahmad of "
     "Wimbledon) (Con): My Lords, I agree.\n\nBaroness Smith of Basildon (Lab): My Lords, "
     "I do not.",
     [("Lord Ahmad of Wimbledon", "named_person"), ("Baroness Smith of Basildon", "named_person")]),
    # Canada: the role and party in brackets; lower-case interjections
    ("Hon. Justin Trudeau (Prime Minister, Lib.): Mr. Speaker, we will always stand up "
     "for workers.\n\nSome hon. members: Hear, hear!\n\nThe Speaker: Order.",
     [("Hon. Justin Trudeau", "named_person"), ("Some hon. members", "anonymous"),
      ("The Speaker", "official_role")]),
    # Australia: the surname in capitals, the time in brackets
    ("Mr ALBANESE (Grayndler—Leader of the Opposition) (14:05): My question is to the "
     "Prime Minister.\n\nThe SPEAKER: Order! The member will resume his seat.",
     [("Mr ALBANESE", "named_person"), ("The SPEAKER", "official_role")]),
    # Ireland and Scotland
    ("Deputy Mary Lou McDonald: The Taoiseach has not answered the question.\n\n"
     "An Ceann Comhairle: Time, Deputy.\n\nThe Taoiseach: I did answer it.",
     [("Deputy Mary Lou McDonald", "named_person"), ("An Ceann Comhairle", "official_role"),
      ("The Taoiseach", "official_role")]),
    ("The First Minister (Nicola Sturgeon): That is simply not the case.\n\nThe "
     "Presiding Officer (Alison Johnstone): Thank you, First Minister.",
     [("Nicola Sturgeon", "named_person"),
      ("Alison Johnstone", "named_person")]),
    # UN Security Council verbatim records: the delegation and the language in brackets
    ("The President (spoke in French): I thank Mr. Griffiths for his briefing.\n\n"
     "Mr. Nebenzia (Russian Federation) (spoke in Russian): We have heard nothing new "
     "today.\n\nMrs. Thomas-Greenfield (United States of America): The facts are clear.\n\n"
     "Mr. Fernández de Soto Valderrama (Colombia) (spoke in Spanish): Colombia supports "
     "the resolution.",
     [("The President", "official_role"), ("Mr. Nebenzia", "named_person"),
      ("Mrs. Thomas-Greenfield", "named_person"),
      ("Mr. Fernández de Soto Valderrama", "named_person")]),
    ("The Secretary-General: The world is watching.\n\nThe Acting President: I now give "
     "the floor to the representative of Chile.",
     [("The Secretary-General", "official_role"), ("The Acting President", "official_role")]),
    # briefings: anonymous officials (a role, numbered), named officials, the operator
    ("MODERATOR: Thank you, everyone, for joining.\n\nSENIOR ADMINISTRATION OFFICIAL ONE: "
     "Thanks. We expect the talks to resume.\n\nSENIOR ADMINISTRATION OFFICIAL TWO: I would "
     "only add that the timing is not set.\n\nOPERATOR: Our next question comes from the "
     "line of Reuters.",
     [("MODERATOR", "official_role"), ("SENIOR ADMINISTRATION OFFICIAL ONE", "official_role"),
      ("SENIOR ADMINISTRATION OFFICIAL TWO", "official_role"),
      ("OPERATOR", "anonymous")]),  # the call's operator: an unnamed individual
    ("AMBASSADOR THOMAS-GREENFIELD: Good morning.\n\nQ: Will the vote take place today?\n\n"
     "AMBASSADOR THOMAS-GREENFIELD: We hope so.",
     [("AMBASSADOR THOMAS-GREENFIELD", "named_person"), ("Q", "anonymous"),
      ("AMBASSADOR THOMAS-GREENFIELD", "named_person")]),
    ("MS. JEAN-PIERRE: Good afternoon, everybody.\n\nQUESTION: Thanks, Karine.\n\n"
     "GENERAL RYDER: I have nothing to announce.\n\nBRIG. GEN. PAT RYDER: Go ahead.",
     [("MS. JEAN-PIERRE", "named_person"), ("QUESTION", "anonymous"),
      ("GENERAL RYDER", "named_person"), ("BRIG. GEN. PAT RYDER", "named_person")]),
    ("SECRETARY BLINKEN: Thank you all.\n\nSENIOR STATE DEPARTMENT OFFICIAL: We agree.",
     [("SECRETARY BLINKEN", "named_person"),
      ("SENIOR STATE DEPARTMENT OFFICIAL", "official_role")]),
    ("SEC. AUSTIN: Good afternoon.\n\nUNIDENTIFIED PERSON: Mr. Secretary, one question.\n\n"
     "LT. GEN. DAVID OKAFOR: We are ready.",
     [("SEC. AUSTIN", "named_person"), ("UNIDENTIFIED PERSON", "anonymous"),
      ("LT. GEN. DAVID OKAFOR", "named_person")]),
    # court and inquiry transcripts; an automatic transcript's numbered speakers
    ("THE COURT: Please be seated.\n\nMR. BLAKE: Thank you, Your Honor.\n\nTHE WITNESS: "
     "I do.",
     [("THE COURT", "official_role"), ("MR. BLAKE", "named_person"),
      ("THE WITNESS", "official_role")]),
    ("Speaker 1: Welcome to the show.\n\nSpeaker 2: Thanks for having me.",
     [("Speaker 1", "anonymous"), ("Speaker 2", "anonymous")]),
    # broadcast interviews: a name and a descriptor, then the surname alone
    ("JANE HOLT, HOST: Welcome back to the programme.\n\nHOLT: Minister, is the deal "
     "dead?\n\nMARK OYELARAN, TRADE MINISTER: Not at all.\n\nOYELARAN: We will sign it.",
     [("JANE HOLT", "named_person"), ("HOLT", "named_person"),
      ("MARK OYELARAN", "named_person"), ("OYELARAN", "named_person")]),
    # a briefer's bare name before the questioner's label
    ("PETER HOLM: Good afternoon. I have one announcement.\n\nQ: Will the base close?",
     [("PETER HOLM", "named_person"), ("Q", "anonymous")]),
    # dash labels
    ("Mr Smith - I disagree with the minister.\nMrs Jones - The figures are clear.",
     [("Mr Smith", "named_person"), ("Mrs Jones", "named_person")]),
    # a bare name is a label where it recurs as one (a dateline never does)
    ("SMITH — We will vote against the bill.\nJONES — So will we.\nSMITH — Good.\n"
     "JONES — Then it falls.",
     [("SMITH", "named_person"), ("JONES", "named_person"), ("SMITH", "named_person"),
      ("JONES", "named_person")]),
    # the label on its own line, the turn below it
    ("MR PRICE:\nThank you. We have two announcements.\n\nQUESTION:\nAny update on the "
     "talks?",
     [("MR PRICE", "named_person"), ("QUESTION", "anonymous")]),
    # a surname that is also a word of an anonymous briefer's label (WHITE HOUSE OFFICIAL)
    ("DANA WHITE:  Good afternoon, everyone.\n\nQ:  Will the base close?\n\nMS. WHITE:  "
     "No.",
     [("DANA WHITE", "named_person"), ("Q", "anonymous"), ("MS. WHITE", "named_person")]),
    # an excerpt of one speaker's turn: a person's name opening the document
    ("Rumsfeld: Good afternoon.\n\nA number of you will recall that I was asked about the "
     "newspaper reports on Friday.",
     [("Rumsfeld", "named_person")]),
]

# (text): no speaker label
MUST_NOT_FIRE = [
    "Note: The figures are provisional.",
    "Background: The talks began in 2019 and stalled in 2021.",
    "Item 5: Any other business.",
    "Question 3: What are the costs of the programme?",
    "Recommendation 4: The Government should publish the data.",
    "Step 2 – Submit the form to the registry.",
    "Option A - Do nothing and review the policy in a year.",
    "At 10:30 the minister arrived at the embassy.",
    "The meeting resumed at 10:30 a.m. after a short break.",
    "Editor’s note: This story has been updated.",
    "UPDATE: The minister has resigned.",
    # one line with a colon opens the document, but the word before it is no person's name
    "Nairobi: The government said on Monday that the talks would go on.",
    "Summary: The government said on Monday that the talks would go on.",
    # the Congressional Record's colloquy: a full stop, not a colon or dash
    "Mr. REID. Mr. President, I ask unanimous consent that the order be rescinded.\n\n"
    "The PRESIDING OFFICER. Without objection, it is so ordered.",
    # datelines (news agencies), even in capitals before a dash
    "WASHINGTON — The president said on Monday that the talks would go on.",
    "KYIV, Ukraine (AP) — Russian forces shelled the city overnight.",
    # fields of a programme or a report's front matter: a role and a name, no turn
    "Chair: Rt Hon Sir Bernard Jenkin MP\nClerk: Dr Anna Dickson",
    "Moderator: Jane Doe, Brookings Institution",
    "Present: Mr. Smith, Mrs. Jones and Dr. Patel.",
    # a heading with a title and a name
    "President Biden: A Timeline of His First Year\n\nThe president took office in 2021.",
    # an interjection without a colon
    "Several Hon. Members rose—\n\nThe debate was adjourned.",
    # a dash that opens a parenthesis after a name in prose
    "President Biden — who took office in 2021 — said the deal was done.",
    # a possessive heading
    "Prime Minister's Remarks: Good evening.",
    # the vocative that opens a speech's paragraph: an office addressed with an honorific,
    # no other speaker in the document
    "Mr. President:\nOur country congratulates you on your election.\n\nWe reiterate our "
    "commitment.\n\nMr. President:\nThe pandemic has shown our weakness.",
    "Again Mr. President: To defeat the pandemic, we must work together.",
    # the hard wrap of a PDF's column: the line goes on with the sentence before it
    "As stated by the Secretary-\nGeneral: “Ours is the first generation that can end "
    "poverty.”\nThat is not wishful thinking.",
    "The theme for the sixty-fifth session of the\nGeneral Assembly — “Reaffirming the "
    "central role of the United Nations” — is timely.",
]


@pytest.mark.parametrize("text,expected", MUST_FIRE, ids=lambda v: str(v)[:40])
def test_speaker_labels_of_transcript_genres(nlp, text, expected):
    turns = _turns(nlp, text)
    got = [(_text(text, r.source), r.source_type) for r in turns]
    assert got == expected
    assert all(r.kind == "direct" and text[r.cue[0]:r.cue[1]].strip() in ":-–—"
               for r in turns)


@pytest.mark.parametrize("text", MUST_NOT_FIRE, ids=lambda v: str(v)[:40])
def test_lines_with_a_colon_or_dash_that_are_not_labels(nlp, text):
    assert [_text(text, r.source) for r in _turns(nlp, text)] == []


HANSARD = ("Mr. Tam Dalyell (Linlithgow): On a point of order, Mr. Speaker. The Minister's "
           "answer was grossly misleading.\n\nIt was, frankly, a disgraceful evasion.\n\n"
           "12.31 pm\n\nMr. Speaker: Order. That is not a point of order.")


def test_a_turn_runs_over_its_paragraphs_to_the_next_label(nlp):
    first, second = _turns(nlp, HANSARD)
    assert _text(HANSARD, first.content).startswith("On a point of order")
    assert _text(HANSARD, first.content).endswith("12.31 pm")
    assert _text(HANSARD, second.content) == "Order. That is not a point of order."


def test_markers_inside_a_turn_have_its_speaker_as_holder():
    import toolkit

    analysis = toolkit.analyze([HANSARD])
    holders = dict(zip(analysis.markers["text"], analysis.markers["holder_text"],
                       strict=True))
    assert holders["grossly"] == "Mr. Tam Dalyell"
    assert holders["disgraceful"] == "Mr. Tam Dalyell"


@pytest.mark.parametrize("closing", ["The meeting rose at 11.20 a.m.", "(END)", "# # #",
                                     "Question put and agreed to.", "END 2:15 P.M. EDT",
                                     "(The briefing was concluded at 2:17 p.m.)",
                                     "(BEGIN VIDEO CLIP)", "(COMMERCIAL BREAK)"])
def test_a_turn_ends_where_the_record_closes_the_proceedings(nlp, closing):
    text = ("The President: I thank the representative.\n\nMr. Nebenzia (Russian "
            f"Federation): We object.\n\n{closing}\n")
    turns = _turns(nlp, text)
    assert [_text(text, r.content) for r in turns] == ["I thank the representative.",
                                                        "We object."]


def test_a_transcripts_first_turn_is_not_a_headline(nlp):
    text = "MR PRICE: Good afternoon everyone\nQUESTION: Hello.\nMR PRICE: Hello."
    assert [_text(text, r.source) for r in _turns(nlp, text)] == ["MR PRICE", "QUESTION",
                                                                  "MR PRICE"]
    headline = "Minister Ruiz: We will win this fight\nThe minister spoke in Lagos on Friday."
    assert _turns(nlp, headline) == []  # one label on a headline's line: the headline


def test_windows_line_breaks(nlp):
    text = "MR PRICE:\r\nThank you.\r\n\r\nQUESTION: Any update?\r\n"
    assert [(_text(text, r.source), _text(text, r.content)) for r in _turns(nlp, text)] == [
        ("MR PRICE", "Thank you."), ("QUESTION", "Any update?")]


def test_a_long_transcript_is_read_in_linear_time():
    import time

    from toolkit.attribution.turns import accepted_labels

    turn = "MR PRICE: We have nothing further on that,\nand the talks go on.\n\nQ: Why?\n\n"
    started = time.perf_counter()
    labels = accepted_labels(turn * 20000)  # 1.3 million characters, 40,000 labels
    assert len(labels) == 40000
    assert time.perf_counter() - started < 20


def test_a_questioner_without_a_colon_ends_the_turn_but_has_no_cue(nlp):
    text = ("MS. JEAN-PIERRE:  Good afternoon, everybody.\n\nQ    Thank you, Karine. Is "
            "the deal dead?\n\nMS. JEAN-PIERRE:  No.")
    turns = _turns(nlp, text)
    assert [_text(text, r.content) for r in turns] == ["Good afternoon, everybody.", "No."]
    one_space = text.replace("Q    Thank", "Q Thank")
    assert [_text(one_space, r.content) for r in _turns(nlp, one_space)] == [
        "Good afternoon, everybody.", "No."]


def test_a_quotation_after_a_bracketed_label_is_the_turn(nlp):
    text = ("The President: I give the floor to the representative.\n\nMr. Nebenzia (Russian "
            "Federation): “We object to this meeting.”")
    turns = _turns(nlp, text)
    assert [(_text(text, r.source), _text(text, r.content)) for r in turns] == [
        ("The President", "I give the floor to the representative."),
        ("Mr. Nebenzia", "“We object to this meeting.”")]


@pytest.mark.parametrize("text, expected", [
    ('I could quote the paper. [HON. MEMBERS: "Oh."] This is headed: X.',
     [("HON. MEMBERS", '"Oh."', "anonymous")]),
    ('I never said it—[An HON. MEMBER: "Yes, you did!"]. I did not.',
     [("An HON. MEMBER", '"Yes, you did!"', "anonymous")]),
    ('See the annex. [Note: "draft"] The text follows.', []),
])
def test_a_bracketed_interjection_with_its_label_is_a_quotation(nlp, text, expected):
    relations = [r for r in find_attributions(nlp(text), default_lexicon()) if r.kind == "direct"]
    assert [(_text(text, r.source), _text(text, r.content), r.source_type)
            for r in relations] == expected


def test_the_source_head_is_the_name_so_that_a_speaker_is_one_speaker(nlp):
    text = ("Mr. Nebenzia (Russian Federation) (spoke in Russian): We object.\n\n"
            "The President: I thank the representative.\n\nMr. Nebenzia (Russian "
            "Federation): We still object.")
    first, chair, again = _turns(nlp, text)
    assert _text(text, first.source_head) == "Nebenzia"
    assert first.speaker == again.speaker != chair.speaker


def test_a_label_in_capitals_may_carry_a_long_title(nlp):
    """*Assistant to the Secretary of Defense* and a name: nine words, an office that
    begins with a role's modifier and *to* (a Pentagon transcript)."""
    text = ("ASSISTANT TO THE SECRETARY OF DEFENSE JONATHAN RATH HOFFMAN:  Good afternoon. "
            "This is a horrific tragedy.\n\nQ: Thank you.")
    first, question = _turns(nlp, text)
    assert _text(text, first.source) == ("ASSISTANT TO THE SECRETARY OF DEFENSE JONATHAN "
                                         "RATH HOFFMAN")
    assert _text(text, question.source) == "Q"


def test_numbered_officials_are_different_speakers(nlp):
    text = ("SENIOR ADMINISTRATION OFFICIAL ONE: Thanks.\n\nSENIOR ADMINISTRATION OFFICIAL "
            "TWO: I agree.\n\nSENIOR ADMINISTRATION OFFICIAL ONE: Good.")
    one, two, again = _turns(nlp, text)
    assert one.speaker == again.speaker != two.speaker


def test_every_label_word_has_a_known_kind_and_a_source():
    from importlib import resources

    path = resources.files("toolkit") / "lexicons" / "speaker_labels.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "term\tkind\tsource\tnote"
    rows = [line.split("\t") for line in lines[1:] if line and not line.startswith("#")]
    assert len(rows) > 200
    for row in rows:
        assert len(row) == 4 and row[0] == row[0].lower() and row[2], row
        assert row[1] in {"honorific", "title", "role_modifier", "questioner", "crowd",
                          "heading"}, row
    terms = [row[0] for row in rows]
    assert len(terms) == len(set(terms))
