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
# bootstrap over documents for a group). Keyness is log-likelihood G² with Fisher's exact test
# where an expected count is below 5, the log ratio (Hardie 2014) as effect size, and
# Benjamini–Hochberg correction over all markers tested.

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
wh.significant[["level", "item", "category", "count_a", "count_b", "rate_a", "rate_b",
                "log_ratio", "test", "p_adj"]]

# %%
with plots.publication_style():
    ax = plots.plot_keyness(wh.keyness[wh.keyness["level"] == "lemma"],
                            label_a="WH articles", label_b="WH statements")

# %% [markdown]
# ## The five UN speeches of 2020, each against the other four

# %%
un = toolkit.subset(corpus, corpus.documents["doc_id"].str.startswith("ungd_2020"))
un_keyness = toolkit.keyness(un, by="doc_id", level="lemma")
un_keyness[un_keyness["significant"]][["group_a", "item", "category", "count_a", "count_b",
                                        "rate_a", "rate_b", "log_ratio", "p_adj"]]

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
