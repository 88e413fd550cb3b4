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
# # 1. Anatomy of a statement
#
# On 26 June 2020 the Hong Kong SAR government answered the US *Trafficking in Persons
# Report* through a spokesman, as relayed by Xinhua. This notebook takes that statement (the
# *seed* in `corpora/seed`) apart: every rhetorical marker (how it intensifies, boosts, hedges,
# belittles, judges and denies), every attribution (who is said to have said what, and how),
# and how its marker profile compares with the other statements in the corpus.
#
# The categories and their rules are those of `shared/MARKERS.md` (Hyland 2005; Martin &
# White 2005). Each marker row names the lexicon entry or rule that found it and the
# literature it comes from, so any count can be traced.

# %%
import toolkit
from toolkit import paths, plots, widgets
from toolkit.attribution import attribution_chains, sources_table

seed = toolkit.analyze(paths.seed_dir())
SEED_ID = seed.documents.loc[0, "doc_id"]
seed

# %% [markdown]
# ## The markers, one row each
# `start`/`end` are character offsets into the text; `rule` says what fired
# (`lexicon:<term>`, or `rule:<name>` for a context rule or a productive pattern).

# %%
seed.markers[["text", "category", "subtype", "sentence", "rule", "reference"]]

# %% [markdown]
# ## The statement, highlighted
# Hover a marker to see its category, subtype and rule; switch categories on and off.
# The text is escaped: a statement containing HTML shows as text.

# %%
widgets.HighlightedText(seed)

# %% [markdown]
# ## Rates per 1,000 words
# Counts over the statement's alphabetic words, with Garwood's exact Poisson 95 % interval.

# %%
toolkit.rates(seed, by="doc_id", level="category")

# %% [markdown]
# ## Who is cited, through which cue, with what stance
# One row per attribution relation. `parent_id` links a relation to the one that relays it.

# %%
seed.attributions[["attribution_id", "cue", "source", "source_type", "kind", "stance",
                   "content", "speaker_id", "parent_id"]]

# %% [markdown]
# The speakers (coreferent mentions such as *a HKSAR government spokesman* … *the spokesman*
# share one `speaker_id`) and how often each speaks:

# %%
sources_table(seed)

# %% [markdown]
# ## The attribution chain
# *A HKSAR government spokesman said in a statement cited by Xinhua news agency*: the
# spokesman speaks through a statement, which Xinhua relays.

# %%
chains = attribution_chains(seed, SEED_ID)
chains[["child_cue", "parent_cue", "link", "chain"]]

# %%
with plots.publication_style():
    ax = plots.plot_attribution_chain(seed.attributions, SEED_ID)

# %% [markdown]
# ## Who judges whom: the stance triangle
# Du Bois (2007): a stance-taker (the *holder*) evaluates an object (the *target*). Every
# marker row carries both (MARKERS.md, "Targets and holders"): the phrase judged or scaled,
# or the proposition hedged, boosted or denied; and `writer`, or the source of the innermost
# attribution whose content holds the marker. Here the spokesman's words fill almost the
# whole statement, so almost every judgement is the spokesman's; the writer's own voice
# judges once (*swiftly promulgated*).

# %%
seed.markers[["text", "category", "subtype", "target", "target_entity", "holder",
              "holder_text"]]

# %% [markdown]
# The stance table counts markers per holder, target entity (*the findings*, *these
# findings* and *findings* are one entity, `finding`), category and polarity (for evaluation,
# negative or positive; for the other categories what the marker does to its target, after
# Martin & White 2005: raise, lower, proclaim, entertain, disclaim). The statement's
# argument is its contrast: the US report's findings, rating and basis judged negatively,
# Hong Kong's own efforts and improvements positively.

# %%
stances = seed.stances
stances[stances["category"] == "evaluation"][["holder_text", "target_entity", "polarity",
                                              "count", "examples"]]

# %%
with plots.publication_style():
    ax = plots.plot_stance_network(stances, SEED_ID, title="Who judges what in the seed")

# %% [markdown]
# ## The seed against the corpus average
# The seed's profile beside the pooled rates of the 38 statements that come with the
# package (`toolkit.datasets`): a dot-and-whisker plot, intervals are exact for the single
# statement and bootstrapped over documents for the corpus.

# %%
both = toolkit.analyze(toolkit.load_corpora([paths.seed_dir(), paths.statements_dir()]))
profile = toolkit.rates(both, by="corpus", level="category")
profile

# %%
with plots.publication_style():
    ax = plots.plot_profile(profile, by="corpus", title="Seed statement vs corpus")
