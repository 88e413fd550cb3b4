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
# # 5. At scale: twenty years of the UN General Debate
#
# The UN General Debate Corpus (Jankin, Baturo & Dasandi; CC0) holds 3,857 speeches of
# 2005–2024, 7.66 million words. `toolkit.analyze_corpus` streams a corpus of any size:
# batches of documents are parsed with `nlp.pipe` on every core, their tables appended to
# Parquet files, and an interrupted run resumes where it stopped. Memory stays flat.
#
# Here we follow the five permanent members of the Security Council over twenty years, in the
# sample that comes with the package (`toolkit.datasets.load_ungdc_sample()`: 100 speeches,
# about 273,000 words). (When the notebook is run by the tests, `TOOLKIT_NOTEBOOK_SMALL`
# makes the sample smaller still.)

# %%
import os
import tempfile
from pathlib import Path

import toolkit
from toolkit import paths, plots

SMALL = bool(os.environ.get("TOOLKIT_NOTEBOOK_SMALL"))
COUNTRIES = ["USA", "CHN"] if SMALL else ["USA", "CHN", "RUS", "GBR", "FRA"]
YEARS = range(2005, 2025, 4) if SMALL else range(2005, 2025)
SAMPLE = {"iso3": COUNTRIES, "year": [str(y) for y in YEARS]}

# %% [markdown]
# ## The sample
# `toolkit.corpus_subset` writes the chosen speeches (metadata from the corpus's
# `manifest.csv`) as one JSONL corpus, so the run below reads it like any other.

# %%
work = Path(tempfile.mkdtemp(prefix="ungdc-"))
sample = toolkit.corpus_subset(paths.ungdc_sample_dir(), work / "sample.jsonl", where=SAMPLE)
toolkit.load_corpus(sample).drop(columns="text").head()

# %% [markdown]
# ## The run: batches on all cores, with a progress bar
# The parser's named-entity recogniser is not needed for markers and is switched off here to
# double the speed (source types of attributions then rely on the other rules).

# %%
out = toolkit.analyze_corpus(sample, out=work / "results", scheduler="processes",
                             disable=("ner",), batch_size=8)
results = toolkit.read_results(out)
results.documents[["doc_id", "iso3", "year", "words"]].head()

# %% [markdown]
# ## Hedges and boosters per 1,000 words, by country and year
# `read_results` gives the same tables as `analyze` (documents, markers, attributions), so
# every statistic and figure takes them as they are.

# %%
rates = toolkit.rates(results, by=["iso3", "year"], level="category", n_resamples=999)
table = rates[rates["category"].isin(["hedge", "booster"])].pivot_table(
    index="year", columns=["category", "iso3"], values="rate").round(2)
table

# %%
with plots.publication_style():
    ax = plots.plot_trend(rates[rates["category"] == "booster"], x="year", group="iso3",
                          title="Boosters in UN General Debate speeches")

# %% [markdown]
# The same run from a shell, for the whole corpus (resumable; Ctrl-C and run again):
#
#     python -m toolkit scale ungdc --out ungdc-results
#
# where `ungdc` is the whole corpus, fetched once with
# `toolkit.datasets.fetch_ungdc("ungdc")` (a few hundred MB from Harvard Dataverse, every
# speech checked against its pinned SHA-256).
