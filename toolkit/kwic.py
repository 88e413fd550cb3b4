"""KWIC concordances: every occurrence of a marker, category, subtype, lemma, attribution cue
or free text, with its context and its document's metadata.

A marker query (category, subtype, lemma) or a cue query is answered from the markers or
attributions table by their offsets, so a hit is exactly what the detectors found (*May* the
month never appears under the hedge *may*). A free-text query (a word, a phrase, or a regular
expression with ``regex=True``) runs textacy's ``keyword_in_context`` over each text.

The result is a :class:`Concordance`, a pandas DataFrame whose ``to_html()`` renders the
lines with the match highlighted and every piece of text escaped (``html.escape``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from .lexicon import CATEGORIES, SUBTYPES
from .stats.tables import ComparisonError

__all__ = ["kwic", "Concordance", "QUERY_KINDS", "KWIC_COLUMNS"]

QUERY_KINDS = ("auto", "category", "subtype", "lemma", "cue", "stance", "text")
KWIC_COLUMNS = ["doc_id", "start", "end", "left", "match", "right", "position", "kind",
                "category", "subtype", "lemma"]
_SPACE = re.compile(r"\s+")
# the document counts are the toolkit's own columns, not metadata
_COMPUTED = {"words", "tokens", "sentences", "text"}


class Concordance(pd.DataFrame):
    """A KWIC table (columns :data:`KWIC_COLUMNS` plus the documents' metadata) that renders
    itself as escaped HTML with the match highlighted."""

    @property
    def _constructor(self):
        return Concordance

    def to_html(self, *args, **kwargs) -> str:  # noqa: D401 - a concordance, not a grid
        """The concordance as an HTML table: right-aligned left context, the match in
        ``<mark>``, the right context, then the document and its metadata. Every text is
        escaped. With arguments, or without the KWIC columns, pandas' own ``to_html``."""
        if args or kwargs or not {"left", "match", "right", "doc_id"} <= set(self.columns):
            return pd.DataFrame(self).to_html(*args, **kwargs)
        extra = [c for c in self.columns if c not in KWIC_COLUMNS]
        head = "".join(f"<th>{html.escape(str(c))}</th>"
                       for c in ["left", "match", "right", "doc_id", "category", *extra])
        rows = []
        for record in self.to_dict("records"):
            cells = [f'<td style="text-align:right;white-space:nowrap">'
                     f'{html.escape(str(record["left"]))}</td>',
                     f'<td style="text-align:center"><mark>'
                     f'{html.escape(str(record["match"]))}</mark></td>',
                     f'<td style="text-align:left;white-space:nowrap">'
                     f'{html.escape(str(record["right"]))}</td>',
                     f'<td>{html.escape(str(record["doc_id"]))}</td>',
                     f'<td>{html.escape(_shown(record.get("category")))}</td>']
            cells += [f"<td>{html.escape(_shown(record[c]))}</td>" for c in extra]
            rows.append("<tr>" + "".join(cells) + "</tr>")
        query = html.escape(str(self.attrs.get("query", "")))
        caption = f"<caption>KWIC: {query} ({len(self)} lines)</caption>"
        return (f'<table class="toolkit-kwic">{caption}<thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(rows)}</tbody></table>')

    def _repr_html_(self) -> str:
        return self.to_html()


def _shown(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return ""
    return str(value)


def _context(text: str, start: int, end: int, window: int) -> tuple[str, str, str]:
    left = _SPACE.sub(" ", text[max(0, start - window):start])
    right = _SPACE.sub(" ", text[end:end + window])
    return left, _SPACE.sub(" ", text[start:end]), right


def _query_kind(analysis, query: str) -> str:
    q = query.casefold()
    if q in {c.casefold() for c in CATEGORIES} | \
            {c.casefold() for c in analysis.markers.get("category", pd.Series()).dropna()}:
        return "category"
    if q in {s.casefold() for subs in SUBTYPES.values() for s in subs}:
        return "subtype"
    if q in {str(x).casefold() for x in analysis.markers.get("lemma", pd.Series()).dropna()}:
        return "lemma"
    attributions = getattr(analysis, "attributions", None)
    if attributions is not None and "cue" in attributions.columns and \
            q in {str(x).casefold() for x in attributions["cue"].dropna()}:
        return "cue"
    return "text"


def _marker_hits(analysis, column: str, query: str) -> pd.DataFrame:
    markers = analysis.markers
    # a boolean mask even when the table is empty (an empty object Series would select
    # columns, not rows)
    chosen = markers.loc[markers[column].astype("object").map(
        lambda v: isinstance(v, str) and v.casefold() == query.casefold()).astype(bool)]
    return pd.DataFrame({"doc_id": chosen["doc_id"].astype(str), "start": chosen["start"],
                         "end": chosen["end"], "category": chosen["category"],
                         "subtype": chosen.get("subtype"), "lemma": chosen.get("lemma")})


def _cue_hits(analysis, column: str, query: str) -> pd.DataFrame:
    attributions = getattr(analysis, "attributions", None)
    if attributions is None or column not in attributions.columns:
        raise ComparisonError(f"a {column} query needs the attributions table with a "
                              f"{column!r} column")
    chosen = attributions.loc[attributions[column].astype("object").map(
        lambda v: isinstance(v, str) and v.casefold() == query.casefold()).astype(bool)]
    return pd.DataFrame({"doc_id": chosen["doc_id"].astype(str), "start": chosen["cue_start"],
                         "end": chosen["cue_end"], "category": "attribution",
                         "subtype": chosen.get("stance"), "lemma": chosen["cue"]})


def _text_hits(texts: dict[str, str], query: str, *, regex: bool, ignore_case: bool,
               window: int) -> Iterable[dict]:
    from textacy.extract.kwic import keyword_in_context  # textacy is slow to import

    pattern = re.compile(query if regex else rf"(?<!\w){re.escape(query)}(?!\w)",
                         re.IGNORECASE if ignore_case else 0)
    for doc_id, text in texts.items():
        # textacy gives the contexts; the same pattern's matches, in the same order, give
        # the offsets it does not report
        lines = keyword_in_context(text, pattern, window_width=window)
        for (left, match, right), found in zip(lines, pattern.finditer(text), strict=True):
            yield {"doc_id": doc_id, "start": found.start(), "end": found.end(),
                   "left": _SPACE.sub(" ", left), "match": _SPACE.sub(" ", match),
                   "right": _SPACE.sub(" ", right)}


def kwic(analysis, query: str, *, window: int = 60, kind: str = "auto", regex: bool = False,
         ignore_case: bool = True, metadata: bool = True) -> Concordance:
    """Keyword in context: every occurrence of ``query`` across the analysed corpus.

    ``query``: a category (``"hedge"``), subtype (``"epistemic_verb"``), marker lemma
    (``"may"``), attribution cue (``"said"``), attribution stance (``kind="stance"``) or any
    text. ``kind="auto"`` tries them in that order (stance only when asked) and falls back
    to free text; name the kind to be explicit. Marker and cue queries come from the
    analysis's tables by offset; free text uses ``textacy.extract.kwic.keyword_in_context``
    (whole words unless ``regex=True``). ``window``: characters of context on each side
    (white space in the context is collapsed to single spaces).

    Returns a :class:`Concordance` with ``doc_id``, ``start``, ``end``, ``left``, ``match``,
    ``right``, ``position`` (start / len(text)), ``kind``, ``category``, ``subtype``,
    ``lemma``, then the documents' metadata columns; ``.to_html()`` highlights and escapes.

    >>> kwic(result, "hedge").to_html()                    # doctest: +SKIP
    """
    if not isinstance(query, str) or not query.strip():
        raise ComparisonError(f"query={query!r}: give a category, subtype, lemma, cue or text")
    if kind not in QUERY_KINDS:
        raise ComparisonError(f"kind={kind!r} is not one of {QUERY_KINDS}")
    if not isinstance(window, int) or window < 0:
        raise ComparisonError(f"window={window!r} must be a non-negative integer")
    texts: dict[str, str] = {str(k): v for k, v in getattr(analysis, "texts", {}).items()}
    if not texts:
        raise ComparisonError("the analysis holds no texts (analysis.texts is empty)")
    chosen = _query_kind(analysis, query) if kind == "auto" else kind
    if chosen == "text":
        lines = pd.DataFrame(list(_text_hits(texts, query, regex=regex,
                                             ignore_case=ignore_case, window=window)),
                             columns=["doc_id", "start", "end", "left", "match", "right"])
        for column in ("category", "subtype", "lemma"):
            lines[column] = None
    else:
        if chosen in ("category", "subtype", "lemma"):
            hits = _marker_hits(analysis, chosen, query)
        else:
            hits = _cue_hits(analysis, "cue" if chosen == "cue" else "stance", query)
        contexts = [_context(texts[d], int(s), int(e), window)
                    for d, s, e in zip(hits["doc_id"], hits["start"], hits["end"], strict=True)]
        lines = hits.assign(left=[c[0] for c in contexts], match=[c[1] for c in contexts],
                            right=[c[2] for c in contexts])
    lines["kind"] = chosen
    lengths = lines["doc_id"].map(lambda d: max(1, len(texts[d])))
    lines["position"] = lines["start"].astype(float) / lengths.astype(float)
    order = {d: i for i, d in enumerate(texts)}
    lines = lines.assign(_doc=lines["doc_id"].map(order)).sort_values(["_doc", "start"])
    lines = lines[KWIC_COLUMNS].reset_index(drop=True)
    lines["start"] = lines["start"].astype("Int64")
    lines["end"] = lines["end"].astype("Int64")
    if metadata:
        documents = analysis.documents.assign(doc_id=analysis.documents["doc_id"].astype(str))
        meta = documents[[c for c in documents.columns if c not in _COMPUTED]]
        lines = lines.merge(meta, on="doc_id", how="left", suffixes=("", "_doc"))
    result = Concordance(lines)
    result.attrs.update(query=query, kind=chosen, window=window)
    return result
