"""The negative-binomial model: coefficients and errors against statsmodels' GLM at the
estimated dispersion, the offset, clustering by speaker, covariates, the small-group rule."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from tests.stats.builders import make_analysis, repeat
from toolkit.stats import rate_model
from toolkit.stats.models import NB_TEST, POISSON_TEST


def _three_governments(seed: int = 4, small: bool = False, shape: float = 0.8):
    rng = np.random.default_rng(seed)
    documents, markers = [], []
    sizes = {"A": 8, "B": 9, "C": 3 if small else 7}
    rates = {"A": 8.0, "B": 2.0, "C": 2.0}
    for government, n in sizes.items():
        for i in range(n):
            doc = f"{government}{i}"
            words = int(rng.integers(300, 2500))
            documents.append({"doc_id": doc, "words": words, "government": government,
                              "year": 2015 + i % 6, "speaker": f"{government}-s{i % 5}"})
            mean = words * rates[government] / 1000
            count = int(rng.negative_binomial(shape, shape / (shape + mean)))
            markers += repeat(count, doc_id=doc, category="hedge", lemma="may",
                              subtype="modal")
    return make_analysis(documents, markers)


def _design(analysis, cluster: bool):
    docs = analysis.documents
    counts = analysis.markers.groupby("doc_id").size().reindex(docs["doc_id"]).fillna(0)
    x = pd.DataFrame({"const": 1.0, "B": (docs["government"] == "B").astype(float),
                      "C": (docs["government"] == "C").astype(float)})
    return counts.to_numpy(), x, np.log(docs["words"].to_numpy(float)), \
        pd.factorize(docs["speaker"])[0] if cluster else None


@pytest.mark.parametrize("cluster", [None, "speaker"])
def test_coefficients_and_errors_match_a_glm_at_the_estimated_alpha(cluster):
    analysis = _three_governments()
    table = rate_model(analysis, by="government", level="category", cluster=cluster)
    hedge = table[table["item"] == "hedge"].set_index("term")
    assert (hedge["test"] == NB_TEST).all() and hedge["converged"].all()
    y, x, offset, groups = _design(analysis, cluster is not None)
    glm = sm.GLM(y, x, family=sm.families.NegativeBinomial(alpha=hedge["nb_alpha"].iloc[0]),
                 offset=offset)
    fit = (glm.fit(cov_type="cluster", cov_kwds={"groups": groups}) if cluster
           else glm.fit())
    for term, column in (("government[B]", "B"), ("government[C]", "C")):
        assert hedge.loc[term, "coef"] == pytest.approx(fit.params[column], rel=1e-3,
                                                        abs=1e-4)
        assert hedge.loc[term, "rate_ratio"] == pytest.approx(np.exp(hedge.loc[term, "coef"]))
    # errors: model-based, or clustered by speaker (GLM's sandwich at the same alpha)
    if cluster:
        assert hedge["errors"].iloc[0] == "clustered by speaker (15 clusters)"
        # the discrete model counts alpha among the parameters of its sandwich: close
        assert hedge.loc["government[B]", "se"] == pytest.approx(fit.bse["B"], rel=0.1)
    else:
        assert hedge["errors"].iloc[0] == "model-based"
    assert hedge["p"].nunique() == 1  # one joint Wald test of the government terms per item


def test_poisson_where_the_negative_binomial_finds_no_overdispersion():
    # these 24 documents happen to vary no more than Poisson counts: alpha -> 0 and the
    # negative binomial does not converge; the Poisson model it reduces to is fitted
    analysis = _three_governments(seed=4, shape=2.0)
    hedge = rate_model(analysis, by="government", cluster=None).set_index("term")
    assert (hedge["test"] == POISSON_TEST).all() and hedge["converged"].all()
    y, x, offset, _ = _design(analysis, cluster=False)
    fit = sm.GLM(y, x, family=sm.families.Poisson(), offset=offset).fit()
    for term, column in (("government[B]", "B"), ("government[C]", "C")):
        assert hedge.loc[term, "coef"] == pytest.approx(fit.params[column], rel=1e-4)
        assert hedge.loc[term, "se"] == pytest.approx(fit.bse[column], rel=1e-3)


def test_auto_clusters_by_speaker_only_when_a_speaker_repeats():
    analysis = _three_governments()
    assert rate_model(analysis, by="government")["errors"].iloc[0].startswith(
        "clustered by speaker")
    analysis.documents["speaker"] = analysis.documents["doc_id"]
    assert rate_model(analysis, by="government")["errors"].iloc[0] == "model-based"


def test_no_clustering_when_a_group_has_fewer_than_five_speakers():
    analysis = _three_governments()
    analysis.documents["speaker"] = analysis.documents["government"] + "-" + (
        analysis.documents.index % 2).astype(str)
    table = rate_model(analysis, by="government", cluster="speaker")
    assert table["errors"].iloc[0] == "model-based (government nested in speaker: not clustered)"
    assert any("cannot be told apart" in n for n in table.attrs["notes"])


def test_small_groups_are_left_out_and_covariates_enter():
    analysis = _three_governments(small=True)
    table = rate_model(analysis, by="government", covariates=["year"], cluster=None)
    assert set(table["term"]) == {"government[B]", "year"}
    assert (table["n_docs"] == 17).all()
    assert any("fewer than 5 documents left out" in n for n in table.attrs["notes"])


def test_a_quartered_rate_is_found():
    analysis = _three_governments()
    hedge = rate_model(analysis, by="government", cluster=None).set_index("term")
    assert hedge.loc["government[B]", "ci_high"] < 1.0  # B's rate is a quarter of A's
    assert bool(hedge["significant"].iloc[0])
