"""stance-toolkit: measure how statements talk.

Markers (intensifiers, boosters, hedges, downtoners, evaluation, denial; shared/MARKERS.md)
and attribution relations, as tidy pandas tables, with statistics, figures and widgets.

>>> import toolkit                                      # doctest: +SKIP
>>> result = toolkit.analyze("corpora/seed")            # doctest: +SKIP
>>> toolkit.rates(result)                               # doctest: +SKIP
"""

__version__ = "0.2.0"

from .analysis import Analysis, analyze  # noqa: E402
from .attribution import attribution_chains, sources_table  # noqa: E402
from .compare import Comparison, compare, dispersion, keyness, rates, subset  # noqa: E402
from .corpus import corpus_subset, load_corpora, load_corpus  # noqa: E402
from .errors import CorpusError, DocumentError, LexiconError, ToolkitError  # noqa: E402
from .evaluate import EvaluationResult, agreement, evaluate  # noqa: E402
from .export import export_tables, read_export  # noqa: E402
from .kwic import kwic  # noqa: E402
from .lexicon import CATEGORIES, SUBTYPES, Lexicon, default_lexicon  # noqa: E402
from .scale import analyze_corpus, read_results  # noqa: E402

__all__ = ["__version__", "Analysis", "analyze", "load_corpus", "Lexicon", "default_lexicon",
           "CATEGORIES", "SUBTYPES", "ToolkitError", "CorpusError", "LexiconError",
           "DocumentError", "rates", "keyness", "dispersion", "kwic", "compare", "Comparison",
           "subset", "load_corpora", "corpus_subset", "sources_table", "attribution_chains",
           "export_tables", "read_export", "analyze_corpus", "read_results", "evaluate",
           "agreement", "EvaluationResult"]
