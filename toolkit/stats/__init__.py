"""Statistics over the marker tables: rates with intervals, keyness, models, dispersion.

Each module holds one idea: :mod:`.tables` (documents x items count matrices, groups,
subsets, the small-group rule), :mod:`.rates` (rates per 1,000 words, Garwood and bootstrap
intervals), :mod:`.documents` (tests over documents: permutation, Lijffijt et al.'s
bootstrap, the log ratio's interval), :mod:`.keyness` (document-level tests beside G2,
Fisher, log ratio, Benjamini-Hochberg), :mod:`.models` (negative-binomial regression with a
log-words offset), :mod:`.dispersion` (positions, Gries's DP).
:func:`toolkit.compare.compare` puts them together for a notebook.
"""

from .dispersion import dispersion, gries_dp, position_shares
from .documents import bootstrap_test, document_tests, permutation_test
from .keyness import keyness, keyness_counts, log_ratio
from .models import rate_model
from .rates import bootstrap_rate_interval, garwood_interval, rates
from .tables import SMALL_GROUP, ComparisonError, count_matrix, is_small_group, subset

__all__ = ["rates", "keyness", "dispersion", "position_shares", "garwood_interval",
           "bootstrap_rate_interval", "keyness_counts", "log_ratio", "gries_dp",
           "count_matrix", "subset", "ComparisonError", "permutation_test", "bootstrap_test",
           "document_tests", "rate_model", "SMALL_GROUP", "is_small_group"]
