"""Where the project's corpora, the shared corpora and the figures are, for notebooks, the
app and the CLI (so that a notebook holds no path logic of its own).

``TOOLKIT_PROJECT_ROOT``, ``TOOLKIT_SHARED`` and ``TOOLKIT_FIGURES_DIR`` override the
defaults: the checkout this package was installed from (editable install), ``../shared``
beside it, and its ``figures/`` folder.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["project_root", "shared_dir", "statements_dir", "seed_dir", "ungdc_dir",
           "figures_dir"]


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
    """The project's own corpus: the seed statement."""
    return project_root() / "corpora" / "seed"


def statements_dir() -> Path:
    """The shared statements corpus (may not exist: check ``.exists()``)."""
    return shared_dir() / "corpora" / "statements"


def ungdc_dir() -> Path:
    """The shared UN General Debate Corpus (may not exist)."""
    return shared_dir() / "corpora" / "ungdc"


def figures_dir() -> Path:
    """Where notebooks save figures: ``TOOLKIT_FIGURES_DIR`` or the project's ``figures/``."""
    return Path(os.environ.get("TOOLKIT_FIGURES_DIR", project_root() / "figures"))
