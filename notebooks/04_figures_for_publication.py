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
# # 4. Figures for publication
#
# Every figure is a function of the toolkit's tables that draws on an `Axes` (or returns a
# `Figure` when it has several panels). The house style (`toolkit/plots/toolkit.mplstyle`:
# one colour-blind-safe colour per category in every figure, journal column widths, fonts
# embedded in PDF) applies only inside `with plots.publication_style():`, and `save_figure`
# writes PDF, SVG and 300-dpi PNG that are byte-identical from run to run.
#
# `make figures` regenerates the paper's figures from the command line; this notebook shows
# the same functions with their options and saves to `figures/notebook/`.

# %%
import toolkit
from toolkit import paths, plots

corpus = toolkit.analyze(paths.statements_dir())
out = paths.figures_dir() / "notebook"
wh = toolkit.subset(corpus, corpus.documents["genre"].str.startswith("White House"))

# %% [markdown]
# ## Marker profile: dots and whiskers, or grouped bars
# Single-column width (`plots.figure_size("single")`) or double (`"double"`).

# %%
rates = toolkit.rates(wh, by="genre", level="category")
with plots.publication_style():
    ax = plots.plot_profile(rates, by="genre", title="White House genres")
    plots.save_figure(ax.figure, "profile_dots", folder=out)

# %%
with plots.publication_style():
    ax = plots.plot_profile(rates, by="genre", kind="bar", orient="v",
                            rate_label="Markers per 1,000 words")
    plots.save_figure(ax.figure, "profile_bars", folder=out)

# %% [markdown]
# ## Keyness: the markers that differ over documents after correction
# Every subtype, with its bootstrap interval over documents and its counts; solid and
# starred: the permutation test over documents is significant after Benjamini–Hochberg.

# %%
keyness = toolkit.keyness(wh, by="genre", a="White House article",
                          b="White House statement", level="subtype")
with plots.publication_style():
    ax = plots.plot_keyness(keyness, significant_only=False, label_a="articles 2025–26",
                            label_b="statements 2021–24")
    plots.save_figure(ax.figure, "keyness", folder=out)

# %% [markdown]
# ## Heatmap: statements by subtype, ordered by genre

# %%
subtype_rates = toolkit.rates(corpus, by="doc_id", level="subtype")
with plots.publication_style():
    ax = plots.plot_heatmap(subtype_rates, by="doc_id", level="subtype",
                            documents=corpus.documents, order="genre")
    plots.save_figure(ax.figure, "heatmap", folder=out)

# %% [markdown]
# ## Attribution: who is cited, with which stance

# %%
with plots.publication_style():
    ax = plots.plot_attribution_sources(corpus.attributions)
    plots.save_figure(ax.figure, "attribution_sources", folder=out)

# %% [markdown]
# ## A statement as text, markers coloured

# %%
doc_id = "wh_20250602_mythbuster_no_people_will_not_literally"
markers = corpus.markers[corpus.markers["doc_id"] == doc_id]
with plots.publication_style():
    ax = plots.plot_highlighted_text(corpus.texts[doc_id], markers,
                                     title=corpus.documents.set_index("doc_id").loc[
                                         doc_id, "title"])
    plots.save_figure(ax.figure, "highlighted_text", folder=out)

# %%
sorted(p.name for p in out.iterdir())
