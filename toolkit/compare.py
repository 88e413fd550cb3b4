"""Compare statements or groups of statements in one call, for a notebook to show.

``compare(result, by="genre", a="White House article", b="White House statement")`` returns
a :class:`Comparison` holding the tables of :mod:`toolkit.stats`: rates per group (category
and subtype levels, and attribution stances when there are attributions, with intervals),
keyness (category, subtype, lemma and stance levels, each level with its own
Benjamini-Hochberg adjustment) and dispersion per group. In a notebook it shows
itself as HTML (groups, rates, the markers that differ after correction, dispersion); every
table is a plain pandas DataFrame for further work.

The statistics themselves (and their sources) are in :mod:`toolkit.stats.rates`,
:mod:`toolkit.stats.keyness` and :mod:`toolkit.stats.dispersion`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from .stats import (
    ComparisonError,
    count_matrix,
    dispersion,
    keyness,
    position_shares,
    rates,
    subset,
)
from .stats.tables import by_columns, group_index, resolve_group

__all__ = ["compare", "Comparison", "rates", "keyness", "dispersion", "position_shares",
           "subset", "ComparisonError"]

KEYNESS_LEVELS = ("category", "subtype", "lemma")


@dataclass
class Comparison:
    """The tables of one comparison (see :func:`compare`)."""

    by: list[str]
    a: object
    b: object
    groups: pd.DataFrame
    rates: pd.DataFrame
    subtype_rates: pd.DataFrame
    keyness: pd.DataFrame
    dispersion: pd.DataFrame
    alpha: float = 0.05
    notes: list[str] = field(default_factory=list)
    stance_rates: pd.DataFrame | None = None

    @property
    def significant(self) -> pd.DataFrame:
        """The keyness rows that differ after the Benjamini-Hochberg correction."""
        return self.keyness[self.keyness["significant"]].reset_index(drop=True)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by name (for export)."""
        tables = {"groups": self.groups, "rates": self.rates,
                  "subtype_rates": self.subtype_rates, "keyness": self.keyness,
                  "dispersion": self.dispersion}
        if self.stance_rates is not None:
            tables["stance_rates"] = self.stance_rates
        return tables

    def rate_grid(self, level: str = "category") -> pd.DataFrame:
        """Rates as a groups x items grid of ``rate [ci_low, ci_high]`` strings;
        ``level``: ``"category"``, ``"subtype"`` or ``"stance"`` (when there are
        attributions)."""
        tables = {"category": self.rates, "subtype": self.subtype_rates,
                  "stance": self.stance_rates}
        if tables.get(level) is None:
            raise ComparisonError(f"level={level!r}: this comparison has rates for "
                                  f"{[k for k, v in tables.items() if v is not None]}")
        table = tables[level]
        group = table[self.by].astype(str).agg(" / ".join, axis=1)
        cell = [f"{r:.2f} [{lo:.2f}, {hi:.2f}]" for r, lo, hi in
                zip(table["rate"], table["ci_low"], table["ci_high"], strict=True)]
        grid = pd.DataFrame({"group": group, level: table[level], "cell": cell})
        grid = grid.pivot(index="group", columns=level, values="cell")[
            list(dict.fromkeys(table[level]))]
        grid.columns.name = None
        return grid

    def summary(self) -> str:
        """A plain-text account: groups, significant markers."""
        lines = [f"Comparison by {', '.join(self.by)}: "
                 + "; ".join(f"{g} ({n} documents, {w} words)" for g, n, w in
                             zip(self.groups["group"], self.groups["n_docs"],
                                 self.groups["words"], strict=True))]
        significant = self.significant
        if significant.empty:
            lines.append(f"No marker differs at adjusted p < {self.alpha} (Benjamini-Hochberg).")
        for row in significant.itertuples(index=False):
            lines.append(f"{row.level} {row.item!s} ({row.category}): {row.group_a} "
                         f"{row.rate_a:.2f} vs {row.group_b} {row.rate_b:.2f} per 1,000 words "
                         f"(counts {row.count_a}/{row.count_b}), log ratio {row.log_ratio:.2f},"
                         f" {row.test} p = {row.p_test:.2g}, adjusted p = {row.p_adj:.2g}")
        return "\n".join(lines + self.notes)

    def __str__(self) -> str:
        return self.summary()

    def _repr_html_(self) -> str:
        fmt = {"float_format": lambda x: f"{x:.3g}", "index": False, "na_rep": ""}
        keyness_columns = ["level", "item", "category", "group_a", "group_b", "count_a",
                           "count_b", "rate_a", "rate_b", "log_ratio", "test", "p_test",
                           "p_adj"]
        significant = self.significant
        if significant.empty:
            key_html = (f"<p>No marker differs at adjusted p &lt; {self.alpha} "
                        "(Benjamini-Hochberg). The ten smallest adjusted p-values:</p>"
                        + self.keyness.nsmallest(10, "p_adj")[keyness_columns]
                        .to_html(**fmt))
        else:
            key_html = significant[keyness_columns].to_html(**fmt)
        dispersion_columns = [*self.by, "category", "n", "mean_position", "first_half_share",
                              "dp", "dp_norm", "n_docs"]
        title = html.escape(f"Comparison by {', '.join(self.by)}")
        notes = "".join(f"<p>{html.escape(n)}</p>" for n in self.notes)
        stance = ("<h4>Attribution relations per 1,000 words, by stance [95 % CI]</h4>"
                  + self.rate_grid("stance").to_html(na_rep="")
                  if self.stance_rates is not None else "")
        return (f"<div class='toolkit-comparison'><h3>{title}</h3>"
                f"{self.groups.to_html(**fmt)}"
                "<h4>Rates per 1,000 words [95 % CI]</h4>"
                f"{self.rate_grid().to_html(na_rep='')}{stance}"
                f"<h4>What differs (adjusted p &lt; {self.alpha})</h4>{key_html}"
                "<h4>Where the markers fall</h4>"
                f"{self.dispersion[dispersion_columns].to_html(**fmt)}{notes}</div>")

def compare(analysis, *, by: str | Sequence[str], a=None, b=None, alpha: float = 0.05,
            n_resamples: int = 9999, seed: int = 2024) -> Comparison:
    """Rates, keyness and dispersion of the markers of two groups (or of each group against
    the rest) in one object a notebook shows directly.

    ``by``: a documents column (``"speaker"``, ``"genre"``, ``"doc_id"``...) or columns.
    ``a``, ``b``: values of ``by`` (or lists of values pooled), as in
    :func:`toolkit.stats.keyness`. With ``a`` and ``b`` given, rates and dispersion are of
    those two groups only; otherwise of every group. Keyness compares ``a`` with ``b``,
    ``a`` with the rest (``b=None``), or each group with all the others (neither given).

    >>> comparison = compare(result, by="genre", a="White House article",
    ...                      b="White House statement")          # doctest: +SKIP
    >>> comparison.significant                                    # doctest: +SKIP
    """
    columns = by_columns(analysis.documents, by)
    notes = []
    scope = analysis
    if a is not None:
        groups = group_index(analysis.documents.reset_index(drop=True), columns)
        _, rows_a = resolve_group(groups, a, argument="a", by=columns)
        if b is not None:
            _, rows_b = resolve_group(groups, b, argument="b", by=columns)
            rows = list(rows_a) + list(rows_b)
            scope = subset(analysis, analysis.documents["doc_id"].iloc[rows].astype(str))
    attributions = getattr(analysis, "attributions", None)
    with_attributions = attributions is not None and len(attributions) > 0
    levels = KEYNESS_LEVELS + (("stance",) if with_attributions else ())
    key = pd.concat([keyness(analysis, by=columns, a=a, b=b, level=level, alpha=alpha)
                     for level in levels], ignore_index=True)
    category_rates = rates(scope, by=columns, level="category", n_resamples=n_resamples,
                           seed=seed)
    subtype_rates = rates(scope, by=columns, level="subtype", n_resamples=n_resamples,
                          seed=seed)
    stance_rates = rates(scope, by=columns, level="stance", n_resamples=n_resamples,
                         seed=seed) if with_attributions else None
    spread = dispersion(scope, by=columns, level="category")
    matrix = count_matrix(scope, "category")
    summary = []
    for value, rows in group_index(matrix.documents, columns).items():
        summary.append({"group": " / ".join(map(str, value)) if isinstance(value, tuple)
                        else str(value), "n_docs": len(rows),
                        "words": int(matrix.words[rows].sum()),
                        "markers": int(matrix.counts[rows].sum())})
    groups = pd.DataFrame(summary)
    groups["small_group"] = groups["n_docs"] < 5
    if (groups["small_group"] & (groups["n_docs"] > 1)).any():
        notes.append("Groups of 2 to 4 documents: their bootstrap intervals are too narrow "
                     "to trust (small_group). A group of one document has Garwood's exact "
                     "interval.")
    if (key["test"] == "Fisher").any():
        notes.append("Fisher's exact test replaces G2 where an expected count is below 5.")
    return Comparison(columns, a, b, groups, category_rates, subtype_rates, key, spread,
                      alpha, notes, stance_rates)
