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

# %%
# Rhetorical markers in statements: the app that `make app` serves (Voilà).
# In the side panel, pick a corpus (or type the path of your own folder of `.txt` files with
# an optional `index.csv`, a `.jsonl` or a `.csv` file) and choose what to compare: a
# metadata column and its two sides. The tabs show the comparison (the figure, then tables
# you can sort and search), a statement with its markers highlighted, the concordance, and
# the downloads: the tables as CSV and the figure as PNG, SVG and PDF. The same views work in
# any notebook (`toolkit.widgets`).
from toolkit import widgets

widgets.AppView()
