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
# # Rhetorical markers in statements
# Pick a corpus (or type the path of your own folder of `.txt` files with an optional
# `index.csv`, a `.jsonl` or a `.csv` file), then compare groups of statements by any
# metadata column, read a statement with its markers highlighted, search the concordance,
# and download the tables and figures. Served by `make app` (Voilà); the same views work in
# any notebook (`toolkit.widgets`).

# %%
from toolkit import widgets

widgets.AppView()
