"""Statistics over the marker tables: rates with intervals, keyness, dispersion.

Each module holds one idea: :mod:`.tables` (documents x items count matrices, groups,
subsets), :mod:`.rates` (rates per 1,000 words, Garwood and bootstrap intervals),
:mod:`.keyness` (G2, Fisher, log ratio, Benjamini-Hochberg), :mod:`.dispersion` (positions,
Gries's DP). :func:`toolkit.compare.compare` puts them together for a notebook.
"""

from .dispersion import dispersion, gries_dp, position_shares
from .keyness import keyness, keyness_counts, log_ratio
from .rates import bootstrap_rate_interval, garwood_interval, rates
from .tables import ComparisonError, count_matrix, subset

__all__ = ["rates", "keyness", "dispersion", "position_shares", "garwood_interval",
           "bootstrap_rate_interval", "keyness_counts", "log_ratio", "gries_dp",
           "count_matrix", "subset", "ComparisonError"]
