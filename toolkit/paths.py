"""Where the corpora and the figures are, for notebooks, the app and the CLI (so that a
notebook holds no path logic of its own). The example corpora are the package's own
(:mod:`toolkit.datasets`); ``../shared`` is needed only for the whole UNGDC and the dev gold.

``TOOLKIT_PROJECT_ROOT``, ``TOOLKIT_SHARED`` and ``TOOLKIT_FIGURES_DIR`` override the
defaults: the checkout this package was installed from (editable install), ``../shared``
beside it, and its ``figures/`` folder.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["project_root", "shared_dir", "statements_dir", "seed_dir", "ungdc_dir",
           "ungdc_sample_dir", "figures_dir"]


def project_root() -> Path:
    """The project checkout (the folder holding ``corpora/`` and ``notebooks/``)."""
    configured = os.environ.get("TOOLKIT_PROJECT_ROOT")
    if configured:
        return Path(configured)
    checkout = Path(__file__).resolve().parents[1]
    return checkout if (checkout / "corpora").is_dir() else Path.cwd()


def shared_dir() -> Path:
    """``../shared`` beside the project (may not exist)."""
    return Path(os.environ.get("TOOLKIT_SHARED", project_root().parent / "shared"))


def seed_dir() -> Path:
    """The bundled seed statement (``datasets.dataset_path("seed")``)."""
    from .datasets import dataset_path

    return dataset_path("seed")


def statements_dir() -> Path:
    """The bundled 38 statements (``datasets.dataset_path("statements")``)."""
    from .datasets import dataset_path

    return dataset_path("statements")


def ungdc_sample_dir() -> Path:
    """The bundled UNGDC sample: the five permanent members, 2005-2024."""
    from .datasets import dataset_path

    return dataset_path("ungdc_sample")


def ungdc_dir() -> Path:
    """The whole UN General Debate Corpus: ``../shared/corpora/ungdc`` (may not exist; get
    it with :func:`toolkit.datasets.fetch_ungdc`)."""
    return shared_dir() / "corpora" / "ungdc"


def figures_dir() -> Path:
    """Where notebooks save figures: ``TOOLKIT_FIGURES_DIR`` or the project's ``figures/``."""
    return Path(os.environ.get("TOOLKIT_FIGURES_DIR", project_root() / "figures"))
