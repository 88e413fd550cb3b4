"""Rates and their intervals, checked against independent computations and by simulation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import optimize, stats

from tests.stats.builders import make_analysis, repeat
from toolkit.lexicon import CATEGORIES, SUBTYPES
from toolkit.stats import ComparisonError, bootstrap_rate_interval, garwood_interval, rates
from toolkit.stats.rates import BCA, GARWOOD, PERCENTILE


def _exact_limits_by_root_finding(k: int, alpha: float = 0.05) -> tuple[float, float]:
    """The exact Poisson limits from their definition: the means at which observing k or
    more (k or fewer) has probability alpha / 2, found by root finding on the Poisson CDF."""
    high = optimize.brentq(lambda mu: stats.poisson.cdf(k, mu) - alpha / 2, 1e-9, 10 * k + 20)
    low = 0.0 if k == 0 else optimize.brentq(
        lambda mu: stats.poisson.sf(k - 1, mu) - alpha / 2, 1e-12, 10 * k + 20)
    return low, high


@pytest.mark.parametrize("k", [0, 1, 2, 5, 17, 100, 1000])
def test_garwood_matches_the_poisson_definition(k):
    low, high = garwood_interval(k)
    ref_low, ref_high = _exact_limits_by_root_finding(k)
    assert float(low) == pytest.approx(ref_low, rel=1e-7, abs=1e-10)
    assert float(high) == pytest.approx(ref_high, rel=1e-7)


@pytest.mark.parametrize(("k", "low", "high"), [
    # the classical table of exact 95 % limits for a Poisson mean (e.g. Ulm 1990)
    (0, 0.0, 3.689), (1, 0.0253, 5.572), (2, 0.2422, 7.225), (10, 4.795, 18.39)])
def test_garwood_matches_published_table(k, low, high):
    got_low, got_high = garwood_interval(k)
    assert float(got_low) == pytest.approx(low, abs=6e-4)
    assert float(got_high) == pytest.approx(high, abs=6e-3)


@pytest.fixture
def three_documents():
    documents = [{"doc_id": "d1", "words": 1000, "speaker": "A"},
                 {"doc_id": "d2", "words": 500, "speaker": "A"},
                 {"doc_id": "d3", "words": 2000, "speaker": "B"}]
    markers = (repeat(4, doc_id="d1", category="hedge", subtype="modal", lemma="may")
               + repeat(1, doc_id="d1", category="denial", subtype="negation", lemma="not")
               + repeat(3, doc_id="d2", category="hedge", subtype="epistemic_verb",
                        lemma="suggest")
               + repeat(10, doc_id="d3", category="booster", subtype="certainty",
                        lemma="clearly"))
    return make_analysis(documents, markers)


def test_document_rates_have_every_category_and_exact_intervals(three_documents):
    table = rates(three_documents)
    assert len(table) == 3 * len(CATEGORIES)
    assert list(table.columns[:2]) == ["doc_id", "category"]
    d1 = table[table["doc_id"] == "d1"].set_index("category")
    assert d1.loc["hedge", "count"] == 4
    assert d1.loc["hedge", "rate"] == pytest.approx(4.0)
    assert d1.loc["booster", "count"] == 0  # a zero count is a row
    low, high = _exact_limits_by_root_finding(4)
    assert d1.loc["hedge", "ci_low"] == pytest.approx(low / 1000 * 1000, rel=1e-7)
    assert d1.loc["hedge", "ci_high"] == pytest.approx(high, rel=1e-7)
    assert set(table["ci_method"]) == {GARWOOD}
    assert table["small_group"].all()  # one document: no document-level inference
    assert (table["n_docs"] == 1).all()


def test_subtype_and_lemma_levels_keep_the_category_beside_them(three_documents):
    subtypes = rates(three_documents, level="subtype")
    assert list(subtypes.columns[:3]) == ["doc_id", "category", "subtype"]
    assert len(subtypes) == 3 * sum(len(s) for s in SUBTYPES.values())
    modal = subtypes[(subtypes["doc_id"] == "d1") & (subtypes["subtype"] == "modal")]
    assert modal["count"].tolist() == [4]
    lemmas = rates(three_documents, level="lemma")
    assert set(lemmas["lemma"]) == {"may", "not", "suggest", "clearly"}
    assert len(lemmas) == 3 * 4
    clearly = lemmas[(lemmas["doc_id"] == "d3") & (lemmas["lemma"] == "clearly")]
    assert clearly["rate"].tolist() == [pytest.approx(5.0)]


def test_group_rate_is_pooled_and_small_groups_are_flagged(three_documents):
    table = rates(three_documents, by="speaker").set_index(["speaker", "category"])
    hedge_a = table.loc[("A", "hedge")]
    assert hedge_a["count"] == 7
    assert hedge_a["words"] == 1500
    assert hedge_a["rate"] == pytest.approx(7 / 1500 * 1000)  # pooled, not mean of rates
    assert hedge_a["n_docs"] == 2
    assert bool(hedge_a["small_group"])
    # one document: the bootstrap cannot resample, Garwood's interval on the document
    booster_b = table.loc[("B", "booster")]
    assert booster_b["ci_method"] == GARWOOD
    low, high = _exact_limits_by_root_finding(10)
    assert booster_b["ci_low"] == pytest.approx(low / 2, rel=1e-7)
    assert booster_b["ci_high"] == pytest.approx(high / 2, rel=1e-7)


def _scipy_paired_bootstrap(counts, words, seed, method="BCa"):
    """The pooled-rate interval computed independently: SciPy's paired bootstrap of
    (count, words) pairs with a plain ratio statistic."""
    result = stats.bootstrap((counts, words), lambda c, w: c.sum() / w.sum() * 1000,
                             paired=True, vectorized=False, method=method,
                             rng=np.random.default_rng(seed))
    return result.confidence_interval


def test_group_interval_equals_scipys_paired_bootstrap():
    rng = np.random.default_rng(3)
    words = rng.integers(300, 2000, 12).astype(float)
    counts = rng.poisson(words * 6 / 1000).astype(float)
    low, high, method = bootstrap_rate_interval(counts[None, :], words, seed=11)
    ref = _scipy_paired_bootstrap(counts, words, 11)
    assert method.tolist() == [BCA]
    assert low[0] == pytest.approx(ref.low, rel=1e-9)
    assert high[0] == pytest.approx(ref.high, rel=1e-9)


def test_group_interval_through_rates_equals_scipy():
    rng = np.random.default_rng(5)
    words = rng.integers(300, 2000, 8)
    counts = rng.poisson(words * 4 / 1000)
    documents = [{"doc_id": f"d{i}", "words": int(w), "genre": "g"}
                 for i, w in enumerate(words)]
    markers = [m for i, c in enumerate(counts)
               for m in repeat(int(c), doc_id=f"d{i}", category="denial")]
    table = rates(make_analysis(documents, markers), by="genre", seed=42)
    denial = table[table["category"] == "denial"].iloc[0]
    ref = _scipy_paired_bootstrap(counts.astype(float), words.astype(float), 42)
    assert denial["ci_method"] == BCA
    assert denial["ci_low"] == pytest.approx(ref.low, rel=1e-9)
    assert denial["ci_high"] == pytest.approx(ref.high, rel=1e-9)
    assert not denial["small_group"]


def test_degenerate_bca_falls_back_to_percentile():
    # counts proportional to words: every resample has the same rate, BCa is undefined
    words = np.array([1000.0, 2000.0, 3000.0, 500.0, 1500.0])
    counts = words * 2 / 1000
    low, high, method = bootstrap_rate_interval(counts[None, :], words)
    assert method.tolist() == [PERCENTILE]
    assert low[0] == pytest.approx(2.0)
    assert high[0] == pytest.approx(2.0)


def test_zero_count_group_uses_the_exact_interval_on_pooled_words():
    words = np.array([1000.0, 3000.0])
    low, high, method = bootstrap_rate_interval(np.zeros((1, 2)), words)
    assert method.tolist() == [GARWOOD]
    assert low[0] == 0.0
    assert high[0] == pytest.approx(_exact_limits_by_root_finding(0)[1] / 4000 * 1000)


def test_unknown_by_column_and_level_raise_naming_them(three_documents):
    with pytest.raises(ComparisonError, match="by='party'"):
        rates(three_documents, by="party")
    with pytest.raises(ComparisonError, match="level='word'"):
        rates(three_documents, level="word")


def test_several_by_columns_make_tuple_groups(three_documents):
    three_documents.documents["year"] = ["2020", "2021", "2021"]
    table = rates(three_documents, by=["speaker", "year"])
    assert list(table.columns[:3]) == ["speaker", "year", "category"]
    assert len(table) == 3 * len(CATEGORIES)


# --- coverage by simulation -----------------------------------------------------------------

@pytest.mark.parametrize("rate", [0.5, 2.0, 8.0, 30.0])
def test_exact_intervals_cover_at_least_nominal(rate):
    """Garwood's interval is conservative: it covers the true rate at least 95 % of the
    time at every rate. 20,000 simulated documents of 800 words per rate."""
    rng = np.random.default_rng(20240)
    words = 800
    counts = rng.poisson(rate * words / 1000, size=20_000)
    low, high = garwood_interval(counts)
    covered = (low / words * 1000 <= rate) & (rate <= high / words * 1000)
    assert covered.mean() >= 0.95


@pytest.mark.parametrize(("n_docs", "rate"), [(20, 2.0), (20, 8.0), (40, 5.0)])
def test_bootstrap_intervals_cover_near_nominal_for_groups_of_20_or_more(n_docs, rate):
    """2,000 simulated groups of ``n_docs`` documents (300-2,000 words each); each
    document's rate varies around the group's (gamma, shape 5: markers cluster in some
    statements), counts are Poisson. The pooled-rate BCa interval (9,999 resamples) should
    cover the true rate between 90 % and 98 % of the time. The 2,000 groups are computed in
    4 batches of 500 that share one set of resampled document indices per batch (the same
    way one group's many markers share them in ``rates``)."""
    rng = np.random.default_rng(1000 + n_docs)
    words = rng.integers(300, 2000, n_docs).astype(float)
    covered = []
    for batch in range(4):
        draw = np.random.default_rng([n_docs, batch])
        doc_rates = rate * draw.gamma(5.0, 1 / 5.0, size=(500, n_docs))
        counts = draw.poisson(doc_rates * words / 1000)
        low, high, method = bootstrap_rate_interval(counts, words, seed=batch)
        assert set(method) <= {BCA, PERCENTILE}
        covered.append((low <= rate) & (rate <= high))
    coverage = np.concatenate(covered).mean()
    assert 0.90 <= coverage <= 0.98, coverage


def test_rates_table_is_tidy_for_plots(three_documents):
    table = rates(three_documents, by="speaker")
    for column in ["speaker", "category", "count", "words", "rate", "ci_low", "ci_high",
                   "ci_method", "n_docs", "small_group"]:
        assert column in table.columns
    assert pd.api.types.is_bool_dtype(table["small_group"])
    assert (table["ci_low"] <= table["rate"] + 1e-12).all()
    assert (table["rate"] <= table["ci_high"] + 1e-12).all()


def test_attribution_levels_count_relations_by_stance_and_cue():
    documents = [{"doc_id": "d1", "words": 1000, "genre": "g"},
                 {"doc_id": "d2", "words": 1000, "genre": "g"}]
    attributions = [
        {"doc_id": "d1", "attribution_id": 0, "cue_start": 10, "cue_end": 14, "cue": "Said",
         "stance": "neutral"},
        {"doc_id": "d1", "attribution_id": 1, "cue_start": 40, "cue_end": 47,
         "cue": "claimed", "stance": "distancing"},
        {"doc_id": "d2", "attribution_id": 0, "cue_start": 5, "cue_end": 9, "cue": "said",
         "stance": "neutral"}]
    analysis = make_analysis(documents, [], attributions)
    stances = rates(analysis, level="stance")
    assert list(stances.columns[:3]) == ["doc_id", "category", "stance"]
    assert set(stances["category"]) == {"attribution"}
    assert len(stances) == 2 * 5  # every stance of MARKERS.md for every document
    d1 = stances[stances["doc_id"] == "d1"].set_index("stance")
    assert (d1.loc["neutral", "count"], d1.loc["distancing", "count"],
            d1.loc["opposing", "count"]) == (1, 1, 0)
    cues = rates(analysis, by="genre", level="cue").set_index("cue")
    assert cues.loc["said", "count"] == 2  # cues are case-folded
