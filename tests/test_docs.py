"""The documentation site builds in strict mode (a broken reference fails) with the API
reference and the notebooks rendered with their outputs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .conftest import ROOT, SHARED

pytestmark = pytest.mark.slow


def test_taxonomy_page_is_the_contract():
    page = (ROOT / "docs" / "taxonomy.md").read_text(encoding="utf-8")
    contract = SHARED / "MARKERS.md"
    body = page.split("-->\n\n", 1)[1]
    assert body.startswith("# Rhetorical markers")
    if contract.exists():  # ../shared is optional: the copy is what users read
        assert body == contract.read_text(encoding="utf-8"), \
            "docs/taxonomy.md differs from shared/MARKERS.md: copy it again"


def test_docs_build_strict(tmp_path):
    site = tmp_path / "site"
    env = dict(os.environ, TOOLKIT_NOTEBOOK_SMALL="1", TOOLKIT_FIGURES_DIR=str(tmp_path / "fig"),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict",
                           "--site-dir", str(site)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stderr[-3000:]
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))
    for expected in ("index.html", "api/index.html", "taxonomy/index.html",
                     "guide-compare/index.html", "reports/evaluation/index.html",
                     "notebooks/02_comparing_statements/index.html"):
        assert expected in pages
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    for name in ("fetch_ungdc", "analyze", "compare", "plot_profile", "evaluate"):
        assert name in api
    notebook = (site / "notebooks" / "01_anatomy_of_a_statement" / "index.html").read_text(
        encoding="utf-8")
    assert "data:image/png;base64" in notebook  # executed: the figures are there
    assert "seed-hksar-2020-06-26" in notebook
