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
# # 3. Your own lexicon, and how right the toolkit is
#
# The toolkit's word lists are data (`toolkit/lexicons/*.tsv`, each entry with its source).
# Here you change them and see every table update **without re-parsing** (the parses are
# cached; only the detectors run again), then check the toolkit against your own
# hand-coding and against the project's gold annotations.

# %%
import toolkit
from toolkit import paths, widgets

corpus = toolkit.analyze(paths.statements_dir())
lexicon = corpus.lexicon
lexicon

# %% [markdown]
# ## The lexicon as a table
# One row per entry: the term, its category and subtype, the literature it comes from, and
# the context rule (if any) that must accept a match.

# %%
lexicon.entries.groupby(["category", "source"]).size().rename("entries").reset_index()

# %% [markdown]
# ## Edit it
# Type a term, pick a category and subtype, and add, remove or recategorise it. The
# highlighted text and the concordance below share the analysis with the editor and update.

# %%
holder = widgets.AnalysisHolder(corpus)
editor = widgets.LexiconEditor(holder)
editor

# %%
widgets.HighlightedText(holder, doc_id="wh_20250602_mythbuster_no_people_will_not_literally")

# %%
widgets.ConcordanceView(holder, query="evaluation")

# %% [markdown]
# The same in code: a lexicon edit returns a new lexicon (with a new version hash recorded
# in every output), and `with_lexicon` re-runs the detectors on the same parses.

# %%
mine = lexicon.add("hyperbolic", "evaluation", "negative", source="my project")
edited = corpus.with_lexicon(mine)
print(len(corpus.markers), "->", len(edited.markers), "markers; lexicon", mine.version)

# %% [markdown]
# ## Hand-code a sample and measure agreement
# Tick each sentence that, in your judgement, contains a marker of the chosen category, then
# press *Score my coding*: Cohen's kappa and Krippendorff's alpha (NLTK's `AnnotationTask`)
# between you and the toolkit, and the toolkit's precision, recall and F1 against you, at
# sentence level.

# %%
coding = widgets.HandCoding(corpus, category="hedge", sample=12)
coding

# %% [markdown]
# (Executed headless, nothing is ticked yet; tick and score in JupyterLab.)

# %%
coding.score()

# %% [markdown]
# ## Against the project's gold annotations
# `toolkit.evaluate` scores predictions as `shared/gold/score.py` does (MARKERS.md: overlap
# matching per category), and lists every false positive and false negative with its
# sentence, so you can judge whether to trust a category for your question. The gold here is
# one of the project's own held-out sets (`evaluation/heldout`: 12 excerpts of the bundled
# statements, annotated by hand by the rules of MARKERS.md); your own hand coding in the same
# form works the same way.

# %%
gold_files = [paths.project_root() / "evaluation" / "heldout" / "heldout.jsonl"]
gold = toolkit.load_corpora(gold_files)
predicted = toolkit.analyze(gold[["doc_id", "text"]])
scores = toolkit.evaluate(predicted, gold_files)
scores.markers[scores.markers["level"].isin(["category", "micro"])]

# %%
scores.attributions

# %%
scores.error_classes().head(10)

# %%
scores.errors[["doc_id", "layer", "error", "category", "text", "sentence"]].head(15)

# %% [markdown]
# Agreement of the toolkit with the gold, token by token:

# %%
toolkit.agreement(predicted, gold_files, unit="token")

# %% [markdown]
# ## Rules, the learned model, or both?
# Besides its lexicons and rules, the toolkit ships a span categorizer trained on about
# 140,000 words annotated by hand (`make train`; see `toolkit.learned`).
# `analyze(..., engine="model")` uses its markers and `engine="combined"` adds its confident
# reporting cues to the rules' (its markers are the rules'). Which is more right depends on
# your material: score each on gold annotations of texts like yours. Every marker row says
# what found it (`rule` is `lexicon:...`, `rule:...` or `model:spancat`, with the model's
# `score`).

# %%
engines = {}
for engine in ("rules", "model", "combined"):
    scored = toolkit.evaluate(toolkit.analyze(gold[["doc_id", "text"]], engine=engine),
                              gold_files)
    engines[engine] = scored.scores["markers"]["micro"]["f1"]
engines  # markers micro F1 of each engine
