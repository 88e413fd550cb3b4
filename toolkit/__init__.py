"""stance-toolkit: measure how statements talk.

Markers (intensifiers, boosters, hedges, downtoners, evaluation, denial; shared/MARKERS.md)
and attribution relations, as tidy pandas tables, with statistics, figures and widgets.

>>> import toolkit                                      # doctest: +SKIP
>>> result = toolkit.analyze("corpora/seed")            # doctest: +SKIP
>>> toolkit.rates(result)                               # doctest: +SKIP

The public names are imported when first used (``toolkit.rates`` imports the statistics,
``toolkit.analyze`` spaCy), so ``import toolkit`` and a command that needs no statistics
stay fast.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING

__version__ = "0.7.44"

if TYPE_CHECKING:  # what type checkers and the API docs (griffe) read; at run time, lazy
    from .analysis import Analysis, analyze
    from .attribution import attribution_chains, sources_table
    from .compare import Comparison, compare, dispersion, keyness, rates, subset
    from .corpus import corpus_subset, load_corpora, load_corpus
    from .errors import CorpusError, DocumentError, LexiconError, ToolkitError
    from .evaluate import EvaluationResult, agreement, evaluate
    from .export import export_tables, read_export
    from .kwic import kwic
    from .lexicon import CATEGORIES, SUBTYPES, Lexicon, default_lexicon
    from .scale import analyze_corpus, read_results

#: public name -> the module that defines it
_PUBLIC = {
    "Analysis": "analysis", "analyze": "analysis",
    "attribution_chains": "attribution", "sources_table": "attribution",
    "Comparison": "compare", "compare": "compare", "dispersion": "compare",
    "keyness": "compare", "rates": "compare", "subset": "compare",
    "corpus_subset": "corpus", "load_corpora": "corpus", "load_corpus": "corpus",
    "CorpusError": "errors", "DocumentError": "errors", "LexiconError": "errors",
    "ToolkitError": "errors",
    "EvaluationResult": "evaluate", "agreement": "evaluate", "evaluate": "evaluate",
    "export_tables": "export", "read_export": "export",
    "kwic": "kwic",
    "CATEGORIES": "lexicon", "SUBTYPES": "lexicon", "Lexicon": "lexicon",
    "default_lexicon": "lexicon",
    "analyze_corpus": "scale", "read_results": "scale",
}

__all__ = ["__version__", "Analysis", "analyze", "load_corpus", "Lexicon", "default_lexicon",
           "CATEGORIES", "SUBTYPES", "ToolkitError", "CorpusError", "LexiconError",
           "DocumentError", "rates", "keyness", "dispersion", "kwic", "compare", "Comparison",
           "subset", "load_corpora", "corpus_subset", "sources_table", "attribution_chains",
           "export_tables", "read_export", "analyze_corpus", "read_results", "evaluate",
           "agreement", "EvaluationResult"]


def __getattr__(name: str):
    module_name = _PUBLIC.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module_name}", __name__), name)
    setattr(sys.modules[__name__], name, value)
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """The package module: importing a submodule whose name is also a public function
    (``toolkit.compare``, ``toolkit.kwic``, ``toolkit.evaluate``) leaves the function, not
    the submodule, as the package's attribute, as the eager imports used to."""

    def __setattr__(self, name: str, value) -> None:
        if isinstance(value, types.ModuleType) and _PUBLIC.get(name) == name and \
                value.__name__ == f"{__name__}.{name}" and hasattr(value, name):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
