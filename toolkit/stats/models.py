"""Negative-binomial regression of marker counts: more than two groups, covariates, speakers.

For each item, the counts of the documents are modelled as negative binomial (NB2: variance
``mu + alpha mu^2``, so that documents may differ among themselves more than a Poisson
model allows) with ``log(words)`` as offset, so coefficients are log rate ratios:

    log E[count] = log(words) + b0 + b_group + b_covariate x covariate ...

fitted by maximum likelihood with statsmodels (``statsmodels.formula.api.negativebinomial``,
``alpha`` estimated; Cameron & Trivedi 2013, *Regression Analysis of Count Data*, ch. 3).
Where one speaker gave several documents, those documents are not independent: standard
errors are then clustered by speaker (``cov_type="cluster"``; Cameron & Trivedi 2013, ch. 2.7;
Cameron & Miller 2015 on few clusters, which make clustered errors too small). Clustering
needs speakers on each side: when a group holds fewer than 5 speakers (all the White House
articles have one author), group and speaker cannot be told apart, the errors are
model-based and the table's ``errors`` column and notes say so.

Where the documents vary no more than Poisson counts (``alpha`` -> 0), the negative binomial
either does not converge or (in newer statsmodels) stops at its boundary, ``alpha`` below
:data:`NO_OVERDISPERSION`; either way the Poisson model it reduces to, with the same offset
and errors, is fitted instead (``test`` says so). Whether the groups differ at all is the
Wald test of every group term together (one test per item, chi-square with groups - 1
degrees of freedom);
p-values are adjusted over the items tested with Benjamini & Hochberg (1995),
``scipy.stats.false_discovery_control``. Groups of fewer than 5 documents are left out of
the model (the one small-group rule).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import stats

from .tables import SMALL_GROUP, ComparisonError, by_columns, count_matrix, is_small_group

__all__ = ["rate_model", "MODEL_COLUMNS", "NB_TEST", "POISSON_TEST"]

NB_TEST = "negative binomial (log words offset), Wald"
#: where documents vary no more than a Poisson count (alpha -> 0: the negative binomial does
#: not converge, or stops at its boundary), the Poisson model it then reduces to
POISSON_TEST = "Poisson (log words offset; no overdispersion), Wald"
#: the negative binomial's alpha below which it has reached its boundary 0 (no
#: overdispersion): the Poisson model is fitted instead
NO_OVERDISPERSION = 1e-6
MODEL_COLUMNS = ["item", "category", "term", "rate_ratio", "ci_low", "ci_high", "coef", "se",
                 "z", "term_p", "test", "p", "p_adj", "significant", "nb_alpha", "n_docs",
                 "errors", "converged", "level"]


def _safe(name: str) -> str:
    return re.sub(r"\W", "_", str(name))


def _cluster_column(documents: pd.DataFrame, cluster: str | None) -> str | None:
    if cluster != "auto":
        if cluster is not None and cluster not in documents.columns:
            raise ComparisonError(f"cluster={cluster!r} is not a column of the documents "
                                  f"table; choose from {list(documents.columns)}")
        return cluster
    if "speaker" in documents.columns and documents["speaker"].notna().all() and \
            documents["speaker"].duplicated().any():
        return "speaker"
    return None


def rate_model(analysis, *, by: str, covariates: Sequence[str] = (), level: str = "category",
               cluster: str | None = "auto", alpha: float = 0.05,
               confidence: float = 0.95) -> pd.DataFrame:
    """A negative-binomial regression of each item's counts on ``by`` (and ``covariates``),
    with log(words) as offset; see the module docstring.

    ``by``: a documents column (``"government"``, ``"genre"``); its first value (sorted) is
    the reference. ``covariates``: further documents columns (numbers enter as they are,
    text as categories), e.g. ``rate_model(result, by="government", covariates=["year"])``.
    ``cluster``: a documents column whose documents share a source (``"auto"``: ``speaker``
    when one speaker gave several documents; ``None``: model-based errors).

    One row per item and term (the intercept left out): ``rate_ratio`` (exp of ``coef``,
    the ratio of rates to the reference group, or per unit of a covariate) with its
    interval, ``coef``, ``se``, ``z``, ``term_p``; per item: ``test``, ``p`` (Wald test of
    every ``by`` term together), ``p_adj`` (Benjamini-Hochberg over the items),
    ``significant``, ``nb_alpha`` (overdispersion), ``n_docs``, ``errors`` (how standard
    errors were computed), ``converged``. Items absent everywhere are not modelled.

    Sources: Cameron & Trivedi (2013); Benjamini & Hochberg (1995).
    """
    import statsmodels.formula.api as smf
    from statsmodels.tools.sm_exceptions import ConvergenceWarning, HessianInversionWarning

    matrix = count_matrix(analysis, level)
    columns = by_columns(matrix.documents, [by, *covariates])
    cluster_column = _cluster_column(matrix.documents, cluster)
    documents = matrix.documents.reset_index(drop=True)
    sizes = documents[by].value_counts(dropna=False)
    kept_groups = sizes[~is_small_group(sizes.to_numpy())].index
    keep = (documents[by].isin(kept_groups) & (matrix.words > 0)).to_numpy()
    notes = []
    left_out = sorted(map(str, sizes.index.difference(kept_groups)))
    if left_out:
        notes.append(f"groups of fewer than {SMALL_GROUP} documents left out of the model: "
                     f"{left_out}")
    table = pd.DataFrame(columns=MODEL_COLUMNS)
    if len(kept_groups) < 2:
        notes.append(f"fewer than two groups of {by!r} have {SMALL_GROUP} documents or more: "
                     "no model")
        table.attrs.update(level=level, by=by, notes=notes)
        return table
    data = pd.DataFrame({"words": matrix.words[keep]})
    names = {column: f"v_{_safe(column)}" for column in columns}
    for column in columns:
        values = documents.loc[keep, column].reset_index(drop=True)
        data[names[column]] = values if pd.api.types.is_numeric_dtype(values) and \
            column != by else values.astype(str)
    reference = sorted(data[names[by]].unique())[0]
    terms = [f"C({names[by]}, Treatment(reference={reference!r}))"]
    for column in covariates:
        terms.append(names[column] if pd.api.types.is_numeric_dtype(data[names[column]])
                     else f"C({names[column]})")
    formula = "count ~ " + " + ".join(terms)
    errors, fit_kwargs = "model-based", {}
    if cluster_column is not None:
        spans = documents.loc[keep].groupby(by)[cluster_column].nunique()
        if spans.min() < SMALL_GROUP:
            notes.append(
                f"errors not clustered by {cluster_column}: the group {spans.idxmin()!r} has "
                f"{spans.min()} {cluster_column}(s), so {by} and {cluster_column} cannot be "
                f"told apart (clustered errors need {SMALL_GROUP} or more a group); the "
                "model-based errors treat its documents as independent and are too small "
                "if they share a source")
            errors = f"model-based ({by} nested in {cluster_column}: not clustered)"
            cluster_column = None
    if cluster_column is not None:
        codes = pd.factorize(documents.loc[keep, cluster_column].astype(str))[0]
        errors = f"clustered by {cluster_column} ({codes.max() + 1} clusters)"
        fit_kwargs = {"cov_type": "cluster", "cov_kwds": {"groups": codes}}
    z_crit = stats.norm.ppf(0.5 + confidence / 2)
    rows = []
    counts = matrix.counts[keep]
    for j in np.flatnonzero(counts.sum(axis=0) > 0):
        data["count"] = counts[:, j]
        item = {"item": matrix.items.iloc[j, -1], "category": matrix.items.iloc[j]["category"]}
        with warnings.catch_warnings():
            for warning in (ConvergenceWarning, HessianInversionWarning, RuntimeWarning):
                warnings.simplefilter("ignore", warning)
            fit, converged, test = None, False, NB_TEST
            for family, label in ((smf.negativebinomial, NB_TEST), (smf.poisson, POISSON_TEST)):
                try:
                    fit = family(formula, data, exposure=data["words"]).fit(
                        disp=0, maxiter=300, **fit_kwargs)
                except (np.linalg.LinAlgError, ValueError):
                    fit = None
                    continue
                group_terms = [t for t in fit.params.index if t.startswith(f"C({names[by]}")]
                bse = fit.bse[group_terms]
                converged = bool(fit.mle_retvals.get("converged", False)) and bool(
                    np.all(np.isfinite(bse))) and bool(np.all(bse < 50))
                test = label
                if converged and label == NB_TEST and \
                        float(fit.params.get("alpha", 1.0)) < NO_OVERDISPERSION:
                    converged = False  # alpha at its boundary: the Poisson model it reduces to
                    continue
                if converged:
                    break
        params = fit.params if fit is not None else pd.Series(dtype=float)
        group_terms = [t for t in params.index if t.startswith(f"C({names[by]}")]
        bse = fit.bse if fit is not None else pd.Series(dtype=float)
        if converged:
            wald = fit.wald_test(np.eye(len(params))[[list(params.index).index(t)
                                                      for t in group_terms]], scalar=True)
            p_value = float(wald.pvalue)
        else:
            p_value = np.nan
            test = "not estimated: the model did not converge (an item absent from a group?)"
        for term in params.index:
            if term in ("Intercept", "alpha"):
                continue
            shown = term
            for column, name in names.items():
                shown = re.sub(rf"C\({name}(, Treatment\(reference=[^)]*\))?\)\[T\.(.*)\]",
                               rf"{column}[\2]", shown).replace(name, column)
            coef, se = float(params[term]), float(bse[term])
            if not converged:  # a diverging coefficient has no usable error
                se = np.nan
            with np.errstate(over="ignore", invalid="ignore"):
                ratio, low, high = np.exp([coef, coef - z_crit * se, coef + z_crit * se])
            rows.append({**item, "term": shown, "coef": coef, "se": se,
                         "rate_ratio": ratio, "ci_low": low, "ci_high": high,
                         "z": coef / se, "term_p": 2 * stats.norm.sf(abs(coef / se)),
                         "test": test,
                         "p": p_value, "nb_alpha": float(params.get("alpha", np.nan)),
                         "n_docs": int(keep.sum()), "errors": errors,
                         "converged": converged})
    if rows:
        table = pd.DataFrame(rows)
        per_item = table.drop_duplicates("item")[["item", "p"]]
        tested = per_item["p"].notna()
        adjusted = pd.Series(np.nan, index=per_item["item"].to_numpy())
        if tested.any():
            adjusted[tested.to_numpy()] = stats.false_discovery_control(
                per_item.loc[tested, "p"], method="bh")
        table["p_adj"] = table["item"].map(adjusted)
        table["significant"] = (table["p_adj"] < alpha).astype(bool)
        table["level"] = level
        table = table[MODEL_COLUMNS]
    if cluster_column is not None and fit_kwargs["cov_kwds"]["groups"].max() + 1 < 20:
        notes.append(f"standard errors clustered by {cluster_column} with fewer than 20 "
                     "clusters are too small (Cameron & Miller 2015): read p-values near "
                     "alpha with care")
    table.attrs.update(level=level, by=by, covariates=list(covariates), formula=formula,
                       reference=reference, notes=notes)
    return table
