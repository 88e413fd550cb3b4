"""Lexicon.set_cue_stance keeps the rows' notes (their [tags] tell the attribution detector
how a cue is used)."""

from __future__ import annotations

import pytest

from toolkit.lexicon import LexiconError, default_lexicon


def _rows(lexicon, cue):
    return lexicon.cues[lexicon.cues["cue"].str.lower() == cue]


@pytest.mark.parametrize("cue", ["claim", "find", "lie"])
def test_set_cue_stance_keeps_every_row_and_its_note(cue):
    before = _rows(default_lexicon(), cue)
    after = _rows(default_lexicon().set_cue_stance(cue, "opposing"), cue)
    assert len(after) == len(before)
    assert list(after["note"]) == list(before["note"])
    assert set(after["stance"]) == {"opposing"}


def test_set_cue_stance_adds_a_new_cue_with_an_empty_note():
    after = _rows(default_lexicon().set_cue_stance("harrumph", "opposing"), "harrumph")
    assert list(after["stance"]) == ["opposing"] and list(after["note"]) == [""]


def test_set_cue_stance_rejects_an_unknown_stance():
    with pytest.raises(LexiconError, match="set_cue_stance"):
        default_lexicon().set_cue_stance("say", "sarcastic")
