"""Shared fixtures: the real pipeline (loaded once), the seed corpus, and ../shared.

Tests that need ../shared (or a browser) skip with one line saying what is missing, except
under CI (CI=true), where a missing ../shared is a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TOOLKIT_SHARED", ROOT.parent / "shared"))
IN_CI = os.environ.get("CI", "").lower() == "true"


def require_shared(*parts: str) -> Path:
    """The path under ../shared, or skip (fail under CI) naming what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"needs {path} (../shared beside the project)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory):
    """Every test session uses its own cache folder unless TOOLKIT_CACHE_DIR is set."""
    if "TOOLKIT_CACHE_DIR" not in os.environ:
        os.environ["TOOLKIT_CACHE_DIR"] = str(tmp_path_factory.mktemp("toolkit-cache"))
    yield


@pytest.fixture(scope="session")
def nlp():
    from toolkit.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_analysis():
    import toolkit

    return toolkit.analyze(ROOT / "corpora" / "seed")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return require_shared()


@pytest.fixture(scope="session")
def statements_dir() -> Path:
    return require_shared("corpora", "statements")


@pytest.fixture(scope="session")
def gold_paths() -> list[Path]:
    return [require_shared("gold", "seed.jsonl"), require_shared("gold", "dev_extra.jsonl")]
