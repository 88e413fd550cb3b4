# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 2. Comparing statements
#
# Two questions an analyst asks of the statements corpus that comes with the package (38
# public-domain statements, `toolkit.datasets.load_statements()`):
#
# 1. Do the White House *articles* of 2025–2026 (the "Mythbuster" rebuttal genre) talk
#    differently from the White House *statements* of 2021–2024?
# 2. How do the five 2020 UN General Debate speeches differ, each against the other four?
#
# Rates are per 1,000 words with 95 % intervals (exact Poisson for one document; a BCa
# bootstrap over documents for a group).
#
# **Whether a marker differs is tested over documents, not words.** Markers cluster in
# documents (a speaker's habit, a page layout, a topic): a test that pools every word of a
# group and treats each as an independent draw (G², Fisher) calls far too much significant
# (Lijffijt et al. 2016). The default test relabels whole documents (a permutation test of the
# difference in rates, exact for small groups), with Benjamini–Hochberg correction over the
# markers tested. The effect size is the log ratio (Hardie 2014) with a bootstrap interval
# over documents; G² stays in the table as token-level keyness (`g2`, `token_p_adj`). Below 5
# documents a side there is no document-level inference, and the tables say so.
# `reports/calibration.md` shows how often each test rejects when nothing differs.

# %%
import toolkit
from toolkit import paths, plots, widgets

corpus = toolkit.analyze(paths.statements_dir())
corpus.documents[["doc_id", "words", "genre", "speaker", "date"]]

# %% [markdown]
# ## Pick two sides
# Choose any metadata column and two of its values (or one value against all others). The
# profile, the table of markers that differ, and the concordance of a marker on both sides
# follow the controls. The tables can be downloaded as CSV.

# %%
widgets.ComparisonView(corpus, by="genre", a="White House article", b="White House statement")

# %% [markdown]
# ## The same comparison as tables
# `toolkit.compare` returns one object with every table; it shows itself in a notebook.

# %%
wh = toolkit.compare(corpus, by="genre", a="White House article", b="White House statement")
wh

# %%
columns = ["level", "item", "category", "count_a", "count_b", "docs_with_a", "docs_with_b",
           "rate_a", "rate_b", "log_ratio", "log_ratio_low", "log_ratio_high", "p", "p_adj",
           "token_p_adj"]
wh.significant[columns]

# %% [markdown]
# What pooling words alone would have called significant: the lemma *fact* (14 against 0) is
# the "FACT:" label of one page layout in 4 of the 8 articles.

# %%
wh.token_only[columns]

# %%
with plots.publication_style():
    ax = plots.plot_keyness(wh.keyness[wh.keyness["level"] == "subtype"],
                            significant_only=False, label_a="WH articles",
                            label_b="WH statements")

# %% [markdown]
# A negative-binomial model of the counts (log words as offset) says the same in rate ratios,
# and takes covariates: `toolkit.stats.rate_model(corpus, by="government",
# covariates=["year"])`.

# %%
wh.model[wh.model["level"] == "category"][["item", "term", "rate_ratio", "ci_low", "ci_high",
                                             "p_adj", "errors"]]

# %% [markdown]
# ## The five UN speeches of 2020, each against the other four
# One speech is one document: there is no document-level inference (the `test` column says
# so), so the table shows effect sizes and token-level keyness only, the largest first.

# %%
un = toolkit.subset(corpus, corpus.documents["doc_id"].str.startswith("ungd_2020"))
un_keyness = toolkit.keyness(un, by="doc_id", level="lemma")
un_keyness.sort_values("g2", ascending=False).head(15)[
    ["group_a", "item", "category", "count_a", "count_b", "log_ratio", "g2", "token_p_adj",
     "test"]]

# %%
toolkit.rates(un, by="doc_id", level="category").pivot(index="doc_id", columns="category",
                                                        values="rate").round(1)

# %% [markdown]
# ## Where the markers fall
# Position along each text (0 = start, 1 = end) and Gries's DP (0 = spread evenly over ten
# equal parts of the text; 1 = all in one part).

# %%
toolkit.dispersion(un, by="doc_id")

# %%
with plots.publication_style():
    ax = plots.plot_dispersion(un.markers, documents=un.documents)

# %% [markdown]
# ## Concordance
# Every hedge in the five speeches, in context, with its document's metadata.

# %%
widgets.ConcordanceView(un, query="hedge")
