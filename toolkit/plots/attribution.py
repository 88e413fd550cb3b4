"""Attribution: who is cited, how often, with which stance; and one statement's chain of
relayed speech (spokesman -> statement -> Xinhua) as a small directed graph."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Patch

from ..lexicon import STANCES
from ._common import Labels, new_axes, relabel, require_columns
from .style import NEUTRAL_COLOR, figure_size, stance_color

__all__ = ["plot_attribution_sources", "plot_attribution_chain", "chain_graph", "ChainNode",
           "ChainEdge", "SOURCE_TYPE_LABELS"]

#: readable names of the source types of MARKERS.md
SOURCE_TYPE_LABELS = {"named_person": "named person", "official_role": "official role",
                      "institution": "institution", "document": "document", "media": "media",
                      "anonymous": "anonymous", "self": "self", "none": "no source"}


def plot_attribution_sources(attributions: pd.DataFrame, *, by: str = "source_type",
                             stance: str = "stance", top: int | None = 12,
                             order: list[str] | None = None, ax: Axes | None = None,
                             labels: Labels = None,
                             xlabel: str = "Attributions", title: str | None = None,
                             legend: bool = True) -> Axes:
    """Horizontal bars, one per ``by`` value (source types by default; ``"source_head"``
    for who exactly), most cited first, stacked by ``stance`` in the house stance colours.

    ``attributions``: the attributions table (DESIGN.md). ``top``: at most that many bars.
    ``order``: the bars in this order, zero where absent (panels that share it line up).
    With no attribution, the Axes says so. Returns the Axes.
    """
    require_columns(attributions, [by, stance], argument="attributions",
                    function="plot_attribution_sources")
    table = attributions.assign(**{by: attributions[by].fillna("none").astype(str),
                                   stance: attributions[stance].fillna("neutral").astype(str)})
    counts = pd.crosstab(table[by], table[stance]) if len(table) else pd.DataFrame()
    stances = [s for s in STANCES if s in counts.columns] + sorted(
        s for s in counts.columns if s not in STANCES)
    if len(counts):
        totals = counts.sum(axis=1)
        counts = counts.loc[sorted(counts.index, key=lambda i: (-totals[i], i))]
    if order is not None:
        counts = counts.reindex([str(o) for o in order], fill_value=0)
    elif top is not None and len(counts):
        counts = counts.iloc[:top]
    labels = labels if labels is not None else (SOURCE_TYPE_LABELS if by == "source_type"
                                                else None)
    ax = new_axes(ax, figure_size("single", height=max(1.5, 0.8 + 0.2 * len(counts))))
    y = np.arange(len(counts))
    left = np.zeros(len(counts))
    for s in stances:
        widths = counts[s].to_numpy(float)
        ax.barh(y, widths, left=left, height=0.7, color=stance_color(s), label=s,
                linewidth=0, gid=f"stance:{s}")
        left += widths
    for yi, total in zip(y, left, strict=True):
        if total > 0:
            ax.text(total, yi, f" {int(total)}", va="center", ha="left", fontsize="small")
    ax.set_yticks(y, [relabel(i, labels) for i in counts.index])
    ax.set_ylim(len(counts) - 0.4, -0.6)
    ax.set_xlim(0, max(1.0, float(left.max()) * 1.12) if len(left) else 1.0)
    ax.xaxis.grid(True)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    ax.set_xlabel(xlabel)
    if title:
        ax.set_title(title)
    if len(table) == 0:
        ax.text(0.5, 0.5, "no attribution found", transform=ax.transAxes, ha="center",
                va="center", color="#444444")
        ax.set_yticks([])
    elif legend:
        ax.legend(handles=[Patch(color=stance_color(s), label=s) for s in stances],
                  title="stance", loc="lower right")
    return ax


@dataclass(frozen=True)
class ChainNode:
    """A box of the chain graph: a source, or the medium (a statement) that relays one."""

    key: str
    label: str
    role: str  # the source type, or "medium"


@dataclass(frozen=True)
class ChainEdge:
    """An arrow ``child -> parent`` labelled with the cue that relays the speech."""

    child: str
    parent: str
    cue: str


def chain_graph(attributions: pd.DataFrame, doc_id: str, *,
                attribution_id: int | None = None) -> tuple[list[ChainNode], list[ChainEdge]]:
    """Nodes and edges of the attribution chains of one document (DESIGN.md "chain"), from
    the links of :func:`toolkit.attribution.attribution_chains`.

    Each relation with a parent gives the path from its source to its parent's source.
    Where the parent's content is the medium the child was said in (link ``medium``: *a
    spokesman said in a statement cited by Xinhua*), the medium is a node of its own:
    spokesman -said-> a statement -cited-> Xinhua. Where the child lies inside the parent's
    content (link ``content``: the spokesman reports the allegations of unidentified
    sources), the arrow goes from source to source. Sources with the same ``speaker_id`` are
    one node. ``attribution_id`` keeps only the chain through that relation.
    """
    from ..attribution import attribution_chains

    require_columns(attributions, ["doc_id", "attribution_id", "parent_id", "cue", "source",
                                   "source_type", "content"],
                    argument="attributions", function="plot_attribution_chain")
    rels = attributions[attributions["doc_id"].astype(str) == str(doc_id)]
    if rels.empty:
        if attribution_id is not None:
            raise ValueError(f"plot_attribution_chain: no attribution in document {doc_id!r}")
        return [], []
    by_id = {int(r.attribution_id): r for r in rels.itertuples(index=False)}
    links = attribution_chains(rels, str(doc_id))
    kind = {(int(c), int(p)): str(k) for c, p, k in
            zip(links["child_id"], links["parent_id"], links["link"], strict=True)}
    if attribution_id is not None:
        if attribution_id not in by_id:
            raise ValueError(f"plot_attribution_chain: no attribution_id={attribution_id} in "
                             f"document {doc_id!r}")
        keep = {attribution_id}
        while True:
            grown = keep | {p for c, p in kind if c in keep} | {c for c, p in kind if p in keep}
            if grown == keep:
                break
            keep = grown
        kind = {edge: k for edge, k in kind.items() if edge[0] in keep}
    nodes: dict[str, ChainNode] = {}
    edges: list[ChainEdge] = []

    def source_node(rel) -> str:
        speaker = getattr(rel, "speaker_id", None)
        key = (f"speaker:{int(speaker)}" if speaker is not None and not pd.isna(speaker)
               else f"source:{int(rel.attribution_id)}")
        if key not in nodes:
            label = rel.source if isinstance(rel.source, str) and rel.source else "(no source)"
            nodes[key] = ChainNode(key, label, str(rel.source_type or "none"))
        return key

    for (child_id, parent_id), link in sorted(kind.items()):
        child, parent = by_id[child_id], by_id[parent_id]
        a, b = source_node(child), source_node(parent)
        if link == "medium" and isinstance(parent.content, str) and parent.content:
            medium = f"medium:{parent_id}"
            nodes.setdefault(medium, ChainNode(medium, parent.content, "medium"))
            edges.append(ChainEdge(a, medium, str(child.cue)))
            edges.append(ChainEdge(medium, b, str(parent.cue)))
        else:
            edges.append(ChainEdge(a, b, str(child.cue)))
    edges = list(dict.fromkeys(edges))
    used = {e.child for e in edges} | {e.parent for e in edges}
    return [n for k, n in nodes.items() if k in used], edges


def _depths(nodes: list[ChainNode], edges: list[ChainEdge]) -> dict[str, int]:
    """Longest path from a node without incoming edges (a layered, left-to-right layout)."""
    depth = {n.key: 0 for n in nodes}
    for _ in range(len(nodes)):
        for e in edges:
            if depth[e.parent] < depth[e.child] + 1 and depth[e.child] + 1 < len(nodes):
                depth[e.parent] = depth[e.child] + 1
    return depth


def plot_attribution_chain(attributions: pd.DataFrame, doc_id: str, *,
                           attribution_id: int | None = None, ax: Axes | None = None,
                           wrap: int = 22, title: str | None = None,
                           role_labels: Labels = None) -> Axes:
    """The attribution chain of one statement as a directed graph, left to right: who
    said it, through which medium, relayed by whom (arrows labelled with the cue).

    Boxes are sources (their source type in small print underneath) and media (the
    statement a source spoke in, dashed outline); see :func:`chain_graph`. With no chain in
    the document, the Axes says so. Returns the Axes.
    """
    nodes, edges = chain_graph(attributions, doc_id, attribution_id=attribution_id)
    depth = _depths(nodes, edges)
    columns = max(depth.values(), default=0) + 1
    per_column: dict[int, list[str]] = {}
    for n in nodes:
        per_column.setdefault(depth[n.key], []).append(n.key)
    rows = max((len(v) for v in per_column.values()), default=1)
    ax = new_axes(ax, figure_size("double" if columns > 2 else "single",
                                  height=max(1.2, 0.9 * rows + 0.3)))
    position = {}
    for d, keys in per_column.items():
        for r, key in enumerate(keys):
            position[key] = (d, (len(keys) - 1) / 2 - r)
    boxes = {}
    role_labels = role_labels if role_labels is not None else {**SOURCE_TYPE_LABELS,
                                                               "medium": "medium"}
    for n in nodes:
        x, y = position[n.key]
        medium = n.role == "medium"
        boxes[n.key] = ax.text(
            x, y, textwrap.fill(n.label, wrap), ha="center", va="center", fontsize="medium",
            gid=f"node:{n.key}",
            bbox={"boxstyle": "round,pad=0.45", "facecolor": "white" if medium else "#F2F2F2",
                  "edgecolor": "#555555", "linestyle": "--" if medium else "-",
                  "linewidth": 0.8})
        ax.annotate(relabel(n.role, role_labels), xy=(0.5, 0.0),
                    xycoords=boxes[n.key].get_bbox_patch(), xytext=(0, -2),
                    textcoords="offset points", ha="center", va="top", fontsize="x-small",
                    color="#555555", style="italic")
    for e in edges:
        (x0, y0), (x1, y1) = position[e.child], position[e.parent]
        ax.annotate("", xy=(x1, y1), xytext=(x0, y0), gid=f"edge:{e.child}->{e.parent}",
                    arrowprops={"arrowstyle": "-|>", "color": "#333333", "linewidth": 0.9,
                                "shrinkA": 0, "shrinkB": 0,
                                "patchA": boxes[e.child].get_bbox_patch(),
                                "patchB": boxes[e.parent].get_bbox_patch(),
                                "connectionstyle": "arc3,rad=0.0"})
        ax.text((x0 + x1) / 2, (y0 + y1) / 2 + 0.08, e.cue, ha="center", va="bottom",
                fontsize="small", style="italic", color=NEUTRAL_COLOR if not e.cue else "#222222")
    ax.set_xlim(-0.5, columns - 0.5)
    ax.set_ylim(-rows / 2 - 0.1, rows / 2 + 0.1)
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    if not nodes:
        ax.text(0.5, 0.5, f"no attribution chain in {doc_id}", transform=ax.transAxes,
                ha="center", va="center", color="#444444")
    return ax
