"""Compare statements or groups of statements in one call, for a notebook to show.

``compare(result, by="genre", a="White House article", b="White House statement")`` returns
a :class:`Comparison` holding the tables of :mod:`toolkit.stats`: rates per group (category
and subtype levels, and attribution stances when there are attributions, with intervals),
keyness (category, subtype, lemma and stance levels, each level with its own
Benjamini-Hochberg adjustment) tested over documents (a permutation test of the difference
in rates, Lijffijt et al. 2016; :mod:`toolkit.stats.documents`), with the token-level G2
beside it, a negative-binomial model of the category and subtype counts (log words offset,
errors clustered by speaker where a speaker gave several documents;
:mod:`toolkit.stats.models`) and dispersion per group. In a notebook it shows
itself as HTML (groups, rates, the markers that differ after correction, dispersion); every
table is a plain pandas DataFrame for further work.

The statistics themselves (and their sources) are in :mod:`toolkit.stats.rates`,
:mod:`toolkit.stats.keyness`, :mod:`toolkit.stats.documents`, :mod:`toolkit.stats.models`
and :mod:`toolkit.stats.dispersion`. Below 5 documents a side there is no document-level
inference: the tables, the summary and the figures say so.
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
    rate_model,
    rates,
    subset,
)
from .stats.documents import N_PERMUTATIONS, NO_INFERENCE, PERMUTATION
from .stats.tables import SMALL_GROUP, by_columns, group_index, is_small_group, resolve_group

__all__ = ["compare", "Comparison", "rates", "keyness", "dispersion", "position_shares",
           "rate_model", "subset", "ComparisonError"]

KEYNESS_LEVELS = ("category", "subtype", "lemma")
MODEL_LEVELS = ("category", "subtype")
#: the keyness columns a notebook, the summary and the app show
SHOWN_COLUMNS = ["level", "item", "category", "group_a", "group_b", "count_a", "count_b",
                 "docs_with_a", "docs_with_b", "rate_a", "rate_b", "log_ratio",
                 "log_ratio_low", "log_ratio_high", "test", "p", "p_adj", "g2",
                 "token_p_adj"]


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
    model: pd.DataFrame | None = None
    targets: pd.DataFrame | None = None

    @property
    def significant(self) -> pd.DataFrame:
        """The keyness rows whose document-level test differs after the Benjamini-Hochberg
        correction."""
        return self.keyness[self.keyness["significant"]].reset_index(drop=True)

    @property
    def token_only(self) -> pd.DataFrame:
        """The keyness rows the pooled token-level test (G2 / Fisher) calls significant and
        the document-level test does not: differences made by pooling words (or, below 5
        documents a side, not testable over documents)."""
        rows = self.keyness["token_significant"] & ~self.keyness["significant"]
        return self.keyness[rows].reset_index(drop=True)

    @property
    def inference(self) -> bool:
        """Whether each side has enough documents (5) for a document-level test."""
        return not bool(self.keyness["small_group"].any()) if len(self.keyness) else False

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by name (for export)."""
        tables = {"groups": self.groups, "rates": self.rates,
                  "subtype_rates": self.subtype_rates, "keyness": self.keyness,
                  "dispersion": self.dispersion}
        if self.stance_rates is not None:
            tables["stance_rates"] = self.stance_rates
        if self.model is not None:
            tables["model"] = self.model
        if self.targets is not None:
            tables["targets"] = self.targets
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
        """A plain-text account: groups, markers that differ over documents, and those that
        only pooled words make differ."""
        lines = [f"Comparison by {', '.join(self.by)}: "
                 + "; ".join(f"{g} ({n} documents, {w} words)" for g, n, w in
                             zip(self.groups["group"], self.groups["n_docs"],
                                 self.groups["words"], strict=True))]
        significant = self.significant
        if not self.inference:
            lines.append(f"No document-level inference: {NO_INFERENCE} in some comparison "
                         "(token-level keyness only).")
        elif significant.empty:
            lines.append(f"No marker differs over documents at adjusted p < {self.alpha} "
                         "(Benjamini-Hochberg).")
        for row in significant.itertuples(index=False):
            lines.append(f"{row.level} {row.item!s} ({row.category}): {row.group_a} "
                         f"{row.rate_a:.2f} vs {row.group_b} {row.rate_b:.2f} per 1,000 words "
                         f"(counts {row.count_a}/{row.count_b} in {row.docs_with_a}/"
                         f"{row.docs_with_b} documents), log ratio {_log_ratio_text(row)}, "
                         f"{row.test} p = {row.p:.2g}, adjusted p = {row.p_adj:.2g}")
        pooled = self.token_only
        if len(pooled):
            lines.append(f"Significant only with words pooled (G2/Fisher, adjusted p < "
                         f"{self.alpha}), not over documents: "
                         + ", ".join(f"{r.level} {r.item} ({r.count_a}/{r.count_b} in "
                                     f"{r.docs_with_a}/{r.docs_with_b} documents)"
                                     for r in pooled.itertuples(index=False)))
        return "\n".join(lines + self.notes)

    def __str__(self) -> str:
        return self.summary()

    def _repr_html_(self) -> str:
        fmt = {"float_format": lambda x: f"{x:.3g}", "index": False, "na_rep": ""}
        significant = self.significant
        if not self.inference:
            key_html = (f"<p>No document-level inference: {html.escape(NO_INFERENCE)}. "
                        "Token-level keyness (words pooled, G2 / Fisher) only; the ten "
                        "smallest token-level p-values:</p>"
                        + self.keyness.nsmallest(10, "token_p")[SHOWN_COLUMNS].to_html(**fmt))
        elif significant.empty:
            key_html = (f"<p>No marker differs over documents at adjusted p &lt; "
                        f"{self.alpha} (Benjamini-Hochberg). The ten smallest adjusted "
                        "p-values:</p>"
                        + self.keyness.nsmallest(10, "p_adj")[SHOWN_COLUMNS].to_html(**fmt))
        else:
            key_html = significant[SHOWN_COLUMNS].to_html(**fmt)
        pooled = self.token_only
        if self.inference and len(pooled):
            key_html += ("<h4>Significant only with words pooled (not over documents)</h4>"
                         + pooled[SHOWN_COLUMNS].to_html(**fmt))
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
                f"<h4>What differs over documents (adjusted p &lt; {self.alpha})</h4>"
                f"{key_html}"
                "<h4>Where the markers fall</h4>"
                f"{self.dispersion[dispersion_columns].to_html(**fmt)}{notes}</div>")


def _log_ratio_text(row) -> str:
    if row.absent_in:
        side = "b" if row.absent_in == "b" else "a"
        sign = ">=" if side == "b" else "<="
        return f"absent in {side} ({sign} {row.log_ratio_bound:.2f})"
    return f"{row.log_ratio:.2f} [{row.log_ratio_low:.2f}, {row.log_ratio_high:.2f}]"


def _model(scope, columns: list[str], a, b, covariates: Sequence[str], cluster,
           alpha: float) -> tuple[pd.DataFrame | None, list[str]]:
    """The negative-binomial model of :func:`compare`: by the first ``by`` column, ``a``
    against the rest when only ``a`` is given."""
    documents = scope.documents.reset_index(drop=True)
    column = columns[0]
    if len(columns) > 1:
        return None, [f"no model: by= has several columns ({columns}); use "
                      "toolkit.stats.rate_model with covariates"]
    if a is not None and b is None:
        rows = set(resolve_group(group_index(documents, columns), a, argument="a",
                                 by=columns)[1])
        label = " + ".join(map(str, a)) if isinstance(a, (list, set, frozenset)) else str(a)
        documents = documents.assign(comparison=[label if i in rows else "rest"
                                                 for i in range(len(documents))])
        column = "comparison"
        scope = _with_documents(scope, documents)
    if column == "doc_id":
        return None, ["no model by doc_id: a document alone is below the small-group rule"]
    tables, notes = [], []
    for level in MODEL_LEVELS:
        table = rate_model(scope, by=column, covariates=covariates, level=level,
                           cluster=cluster, alpha=alpha)
        notes += [n for n in table.attrs.get("notes", []) if n not in notes]
        tables.append(table)
    return pd.concat(tables, ignore_index=True), notes


def _with_documents(analysis, documents: pd.DataFrame):
    from dataclasses import replace
    from types import SimpleNamespace

    try:
        return replace(analysis, documents=documents)
    except TypeError:  # a plain namespace with the same tables
        return SimpleNamespace(**{**vars(analysis), "documents": documents})


def compare(analysis, *, by: str | Sequence[str], a=None, b=None, alpha: float = 0.05,
            test: str = PERMUTATION, covariates: Sequence[str] = (), cluster: str | None = "auto",
            model: bool = True, n_permutations: int = N_PERMUTATIONS, n_resamples: int = 9999,
            seed: int = 2024) -> Comparison:
    """Rates, keyness, a count model and dispersion of the markers of two groups (or of each
    group against the rest) in one object a notebook shows directly.

    ``by``: a documents column (``"speaker"``, ``"genre"``, ``"doc_id"``...) or columns.
    ``a``, ``b``: values of ``by`` (or lists of values pooled), as in
    :func:`toolkit.stats.keyness`. With ``a`` and ``b`` given, rates, dispersion and the
    model are of those two groups only; otherwise of every group. Keyness compares ``a``
    with ``b``, ``a`` with the rest (``b=None``), or each group with all the others
    (neither given); ``significant`` is its document-level test (``test``:
    ``"permutation"``, ``"bootstrap"`` or ``"token"``, see :func:`toolkit.stats.keyness`).
    ``model``: fit the negative-binomial model of :func:`toolkit.stats.rate_model`
    (category and subtype levels) with ``covariates`` and errors clustered by ``cluster``
    (``"auto"``: by speaker where one speaker gave several documents).

    >>> comparison = compare(result, by="genre", a="White House article",
    ...                      b="White House statement")          # doctest: +SKIP
    >>> comparison.significant                                    # doctest: +SKIP
    >>> comparison.targets        # what each side judges, negatively and positively
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
    key = pd.concat([keyness(analysis, by=columns, a=a, b=b, level=level, alpha=alpha,
                             test=test, n_permutations=n_permutations,
                             n_resamples=n_resamples, seed=seed)
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
    groups["small_group"] = is_small_group(groups["n_docs"].to_numpy())
    if groups["small_group"].any() or key["small_group"].any():
        notes.append(f"Groups of fewer than {SMALL_GROUP} documents (small_group): no "
                     "document-level test is run for a comparison that has one (its test "
                     "column says so), and their bootstrap intervals are too narrow to "
                     "trust; a group of one document has Garwood's exact interval.")
    if (key["token_test"] == "Fisher").any():
        notes.append("Token level: Fisher's exact test replaces G2 where an expected count "
                     "is below 5.")
    fitted = None
    if model:
        fitted, model_notes = _model(scope, columns, a, b, covariates, cluster, alpha)
        notes += [f"Model: {n}" for n in model_notes]
    return Comparison(columns, a, b, groups, category_rates, subtype_rates, key, spread,
                      alpha, notes, stance_rates, fitted, _targets(scope, columns, n_resamples))


def _targets(scope, columns: list[str], n_resamples: int) -> pd.DataFrame | None:
    """What each group evaluates (:func:`toolkit.stance.target_rates`): the ten targets most
    judged negatively and the ten most judged positively, per group, with rates and
    bootstrap intervals over documents; None without the stance columns."""
    if "target_entity" not in scope.markers.columns:
        return None
    from .stance import target_rates

    parts = [target_rates(scope, by=columns, polarity_of=polarity, top=10,
                          n_resamples=n_resamples).assign(polarity=polarity)
             for polarity in ("negative", "positive")]
    return pd.concat(parts, ignore_index=True)
