"""Is this text English? The share of its words that English does not know.

The markers and the pipeline are English. A text in another language gives no error, only
a profile full of nothing, so the toolkit warns instead. spaCy's ``token.is_oov`` cannot
help here (the small English model has no vectors, so every token is "out of vocabulary");
the word list is ``wordfreq``'s English list (Speer 2022, *wordfreq* v3; code Apache-2.0,
data CC BY-SA 4.0): a word whose Zipf frequency in English is 0 is out of vocabulary.

Measured on the 38 English statements of ``shared/corpora/statements``: at most 5 % of
words are out of vocabulary (names, acronyms); a French, German or Spanish sentence: about
36 %, Russian about 80 %, Chinese 100 %. The warning fires at 25 % (from 10
words on; a short English sentence with one name can reach 20 %).

The word list is loaded once per process, when the first text is checked: a sorted plain
list of wordfreq's English words in the cache folder (``wordlist/``, written on first use),
read as bytes and searched by bisection (a few milliseconds), not wordfreq itself
(importing it and decoding its list takes 0.3 to 1.6 s). A word found in the list is
known; a word of ASCII letters that is not there is not; any other word (accents, other
scripts) is looked up in wordfreq, which normalises it as before, so the check answers
exactly as ``zipf_frequency(word) > 0``. wordfreq's answers for such words are kept beside
the list (``wordlist/en-wordfreq-VERSION-answers.json``), so that a corpus with one
accented name imports wordfreq once, not at every run.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["OOV_WARNING_SHARE", "VocabularyCheck", "vocabulary_check", "language_warning"]

#: share of out-of-vocabulary words from which a text is reported as probably not English
OOV_WARNING_SHARE = 0.25
#: fewer words than this are too few to judge, unless they hold many letters (Chinese,
#: Japanese: no spaces, so one "word" is a whole clause)
MIN_WORDS = 10
MIN_LETTERS = 10
#: a longer text is judged on a sample of this many characters (see :func:`vocabulary_check`)
SAMPLE_CHARS = 3_000

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


#: the smallest frequency whose Zipf value (rounded to 2 decimals, as wordfreq does) is
#: above 0
_MIN_FREQUENCY = 10 ** -9.005


def _wordfreq_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("wordfreq")
    except PackageNotFoundError:  # pragma: no cover - wordfreq is a dependency
        return "unknown"


class SortedWords:
    """A sorted list of words, one per line (sorted by their UTF-8 bytes), searched by
    bisection: ``word in words``."""

    def __init__(self, data: bytes):
        self.data = data

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word or "\n" in word:
            return False
        key, data = word.encode("utf-8", "surrogatepass"), self.data
        low, high = 0, len(data)
        while low < high:
            middle = (low + high) // 2
            start = data.rfind(b"\n", 0, middle) + 1
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            line = data[start:end]
            if line == key:
                return True
            if line < key:
                low = end + 1
            else:
                high = start
        return False


def _load_known_words() -> SortedWords:
    """wordfreq's English words with a Zipf frequency above 0, from the sorted list in the
    cache folder (written from wordfreq the first time)."""
    from .nlp import cache_dir

    path = cache_dir() / "wordlist" / f"en-wordfreq-{_wordfreq_version()}.txt"
    try:
        return SortedWords(path.read_bytes())
    except OSError:
        pass
    from wordfreq import get_frequency_dict

    words = sorted((w.encode("utf-8") for w, f in get_frequency_dict("en").items()
                    if f >= _MIN_FREQUENCY and "\n" not in w and w))
    data = b"\n".join(words)
    _write_atomically(path, data)
    return SortedWords(data)


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:  # a read-only cache: the list is rebuilt by the next process
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


@lru_cache(maxsize=1)
def _known_words() -> SortedWords:
    return _load_known_words()


def _answers_path() -> Path:
    from .nlp import cache_dir

    return cache_dir() / "wordlist" / f"en-wordfreq-{_wordfreq_version()}-answers.json"


@lru_cache(maxsize=1)
def _wordfreq_answers() -> dict[str, bool]:
    """What wordfreq answered before, in any process, for words outside the sorted list
    (read once per process, the first time such a word is seen; a damaged file is empty)."""
    try:
        stored = json.loads(_answers_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(stored, dict):
        return {}
    return {w: a for w, a in stored.items() if isinstance(w, str) and isinstance(a, bool)}


#: words wordfreq was asked about in this process and that are not yet in the answers file
_unsaved: set[str] = set()


def _save_answers() -> None:
    """Add this process's new wordfreq answers to the answers file (atomically)."""
    if not _unsaved:
        return
    answers = {**_wordfreq_answers()}
    try:  # another process may have added answers since this one read the file
        stored = json.loads(_answers_path().read_text(encoding="utf-8"))
        if isinstance(stored, dict):
            answers = {**{w: a for w, a in stored.items()
                          if isinstance(w, str) and isinstance(a, bool)}, **answers}
    except (OSError, ValueError):
        pass
    _write_atomically(_answers_path(), json.dumps(answers, ensure_ascii=False,
                                                  sort_keys=True).encode("utf-8"))
    _unsaved.clear()


@lru_cache(maxsize=200_000)
def _known(word: str) -> bool:
    key = word.replace("’", "'")
    if key in _known_words():
        return True
    if key.isascii():
        return False
    # accents, other scripts: wordfreq normalises them. Importing it and loading its list
    # costs 0.3 to 1.6 s, for what is often one word in a corpus ("südtirol"), so its
    # answers are kept in the cache folder beside the word list (same wordfreq version)
    answers = _wordfreq_answers()
    if word not in answers:
        from wordfreq import zipf_frequency

        answers[word] = zipf_frequency(word, "en") > 0
        _unsaved.add(word)
    return answers[word]


@dataclass(frozen=True)
class VocabularyCheck:
    """Words counted, words English does not know, and their share."""

    words: int
    oov: int
    oov_letters: int

    @property
    def share(self) -> float:
        return self.oov / self.words if self.words else 0.0

    @property
    def probably_not_english(self) -> bool:
        enough = self.words >= MIN_WORDS or self.oov_letters >= MIN_LETTERS
        return enough and self.share >= OOV_WARNING_SHARE


def _sample(text: str, size: int) -> str:
    """``text`` itself when short; else five stretches of ``size // 5`` characters spread
    evenly over it (start, quarters, end): enough words to tell a language, in constant time
    per document."""
    if len(text) <= size:
        return text
    part = size // 5
    step = (len(text) - part) / 4
    return "\n".join(text[int(i * step):int(i * step) + part] for i in range(5))


def vocabulary_check(text: str, *, sample: int | None = SAMPLE_CHARS) -> VocabularyCheck:
    """Count the words of ``text`` (runs of letters, with inner apostrophes) and those whose
    English Zipf frequency in ``wordfreq`` is 0. A text longer than ``sample`` characters is
    judged on five stretches spread over it (``sample=None``: the whole text)."""
    if sample is not None:
        text = _sample(text, sample)
    counts = Counter(_WORD.findall(text.lower()))
    oov = oov_letters = 0
    for word, n in counts.items():
        if not _known(word):
            oov += n
            oov_letters += n * len(word)
    _save_answers()
    return VocabularyCheck(sum(counts.values()), oov, oov_letters)


def language_warning(text: str) -> str | None:
    """A warning naming the share of out-of-vocabulary words when ``text`` is probably not
    English, else None.

    >>> language_warning("Die Bundesregierung verurteilt diese Entscheidung aufs Schärfste."
    ...                  )  # doctest: +ELLIPSIS
    'probably not English: 3 of 7 words (42.8 %) are not in the English word list ...'
    """
    check = vocabulary_check(text)
    if not check.probably_not_english:
        return None
    percent = math.floor(check.share * 1000) / 10  # never rounded up
    sampled = " sampled" if len(text) > SAMPLE_CHARS else ""
    return (f"probably not English: {check.oov} of {check.words}{sampled} words "
            f"({percent} %) are not in the English word list (wordfreq); the markers and "
            "the pipeline are English, so expect few or wrong markers")
