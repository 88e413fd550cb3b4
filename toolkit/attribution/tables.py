"""Analyst views of the attributions table: who speaks how often, and who relays whom."""

from __future__ import annotations

import pandas as pd

from ..lexicon import STANCES

__all__ = ["sources_table", "attribution_chains", "SOURCES_COLUMNS", "CHAIN_COLUMNS"]

SOURCES_COLUMNS = ["doc_id", "speaker_id", "source", "source_head", "source_type", "mentions",
                   "relations", *STANCES, "cues"]
CHAIN_COLUMNS = ["doc_id", "child_id", "parent_id", "link", "child_cue", "child_source",
                 "parent_cue", "parent_source", "parent_content", "chain"]
_PRONOUNS = {"he", "she", "him", "her", "his", "they", "them", "their", "it", "its", "who",
             "which", "that"}


def _attributions(analysis_or_attributions) -> pd.DataFrame:
    table = getattr(analysis_or_attributions, "attributions", analysis_or_attributions)
    if not isinstance(table, pd.DataFrame):
        raise TypeError("expected an Analysis or its attributions DataFrame, got "
                        f"{type(analysis_or_attributions).__name__}")
    return table


def _best_mention(texts: list[str]) -> str | None:
    named = [t for t in texts if isinstance(t, str) and t.lower() not in _PRONOUNS]
    if not named:
        return next((t for t in texts if isinstance(t, str)), None)
    return max(named, key=len)


def sources_table(analysis_or_attributions) -> pd.DataFrame:
    """One row per document and speaker (coreferent sources share a ``speaker_id``).

    Columns: ``doc_id``; ``speaker_id`` (<NA> for the row that collects the document's
    sourceless relations: hearsay words, agentless passives); ``source`` (the fullest
    mention, e.g. *a HKSAR government spokesman* rather than *the spokesman*);
    ``source_head``; ``source_type`` (the most frequent type among non-pronoun mentions);
    ``mentions`` (distinct mention texts, ``" | "``-joined); ``relations`` (how many relations
    this speaker is the source of); one count column per stance (``neutral``,
    ``distancing``, ``endorsing``, ``opposing``, ``directive``); ``cues`` (distinct cue
    texts, lower case, ``", "``-joined). Sorted by document, then most relations first.

    >>> sources_table(analysis).query("source_type == 'anonymous'")  # doctest: +SKIP
    """
    table = _attributions(analysis_or_attributions)
    rows = []
    if table.empty:
        return pd.DataFrame(columns=SOURCES_COLUMNS).astype(
            {"speaker_id": "Int64", "relations": "Int64", **{s: "Int64" for s in STANCES}})
    keyed = table.assign(_speaker=table["speaker_id"].astype("Int64"))
    for (doc_id, speaker), group in keyed.groupby(["doc_id", "_speaker"], sort=False,
                                                  dropna=False):
        texts = list(group["source"].dropna())
        not_pronoun = group[~group["source"].fillna("").str.lower().isin(_PRONOUNS)]
        types = (not_pronoun if not not_pronoun.empty else group)["source_type"]
        best = _best_mention(texts)
        heads = group.loc[group["source"] == best, "source_head"].dropna()
        stance_counts = group["stance"].value_counts()
        rows.append({
            "doc_id": doc_id, "speaker_id": None if pd.isna(speaker) else int(speaker),
            "source": best, "source_head": heads.iloc[0] if len(heads) else None,
            "source_type": types.mode().iloc[0] if len(types) else None,
            "mentions": " | ".join(dict.fromkeys(texts)) or None,
            "relations": len(group),
            **{s: int(stance_counts.get(s, 0)) for s in STANCES},
            "cues": ", ".join(dict.fromkeys(group["cue"].str.lower())),
        })
    frame = pd.DataFrame(rows, columns=SOURCES_COLUMNS)
    frame = frame.astype({"speaker_id": "Int64", "relations": "Int64",
                          **{s: "Int64" for s in STANCES}})
    order = {d: i for i, d in enumerate(dict.fromkeys(table["doc_id"]))}
    frame["_order"] = frame["doc_id"].map(order)
    return frame.sort_values(["_order", "relations"], ascending=[True, False],
                             kind="stable").drop(columns="_order").reset_index(drop=True)


def _inside(start, end, outer_start, outer_end) -> bool:
    if any(pd.isna(v) for v in (start, end, outer_start, outer_end)):
        return False
    return outer_start <= start and end <= outer_end


def attribution_chains(attributions, doc_id: str) -> pd.DataFrame:
    """The edges child -> parent of one document's chains of relayed attributions
    (DESIGN.md: B is A's parent when A's cue or source lies in B's content, or B's content is
    the medium A was said in).

    Columns: ``doc_id``; ``child_id`` and ``parent_id`` (``attribution_id`` values);
    ``link`` (``content``: the child is inside what the parent reports; ``medium``: the
    child was said in what the parent reports, *said in a statement cited by Xinhua*);
    ``child_cue``, ``child_source``, ``parent_cue``, ``parent_source``, ``parent_content``;
    ``chain`` (the whole path from the child's source up, e.g. *a HKSAR government
    spokesman -> a statement -> Xinhua news agency*: sources, with the medium between
    them where the link is a medium; a missing source is ``(no source)``).
    ``attributions`` is an Analysis or its attributions table.
    """
    table = _attributions(attributions)
    known = set(table["doc_id"].astype(str))
    texts = getattr(attributions, "texts", {})
    if str(doc_id) not in known and str(doc_id) in texts:  # a document without relations
        return pd.DataFrame(columns=CHAIN_COLUMNS).astype({"child_id": "Int64",
                                                           "parent_id": "Int64"})
    if str(doc_id) not in known:
        raise KeyError(f"attribution_chains(): no attributions for doc_id {doc_id!r}; "
                       f"documents with attributions: {sorted(known)[:5]}")
    doc = table[table["doc_id"].astype(str) == str(doc_id)].set_index("attribution_id")
    rows = []

    def link_of(child, parent) -> str:
        inside = _inside(child["cue_start"], child["cue_end"], parent["content_start"],
                         parent["content_end"]) or _inside(
            child["source_start"], child["source_end"], parent["content_start"],
            parent["content_end"])
        return "content" if inside else "medium"

    def label(value) -> str:
        return "(no source)" if value is None or pd.isna(value) else str(value)

    for child_id, child in doc.iterrows():
        parent_id = child["parent_id"]
        if pd.isna(parent_id):
            continue
        parent = doc.loc[int(parent_id)]
        path = [label(child["source"])]
        node, seen = child, {child_id}
        while not pd.isna(node["parent_id"]) and int(node["parent_id"]) not in seen:
            up = doc.loc[int(node["parent_id"])]
            if link_of(node, up) == "medium" and not pd.isna(up["content"]):
                path.append(str(up["content"]))
            path.append(label(up["source"]))
            seen.add(int(node["parent_id"]))
            node = up
        rows.append({"doc_id": str(doc_id), "child_id": int(child_id),
                     "parent_id": int(parent_id), "link": link_of(child, parent),
                     "child_cue": child["cue"], "child_source": child["source"],
                     "parent_cue": parent["cue"], "parent_source": parent["source"],
                     "parent_content": parent["content"], "chain": " -> ".join(path)})
    frame = pd.DataFrame(rows, columns=CHAIN_COLUMNS)
    return frame.astype({"child_id": "Int64", "parent_id": "Int64"})
