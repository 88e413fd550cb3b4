"""Every notebook executes headless, and is paired with its jupytext script without outputs."""

from __future__ import annotations

import os
from pathlib import Path

import jupytext
import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import ROOT, require_shared

NOTEBOOKS = ROOT / "notebooks"
SCRIPTS = sorted(NOTEBOOKS.glob("*.py"))
#: what each notebook reads from ../shared: nothing (they run on the bundled corpora,
#: toolkit.datasets, and the project's own held-out gold), so a clone without ../shared runs them
NEEDS_SHARED: dict[str, tuple[str, ...]] = {}


def test_there_are_notebooks():
    assert len(SCRIPTS) >= 5


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_notebook_is_paired_and_clean(script: Path):
    ipynb = script.with_suffix(".ipynb")
    assert ipynb.exists(), f"{ipynb.name} missing: run `jupytext --sync {script.name}`"
    paired = nbformat.read(ipynb, as_version=4)
    for cell in paired.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{ipynb.name} was committed with outputs"
            assert cell.execution_count is None
    from_script = jupytext.read(script)
    assert [c.source for c in from_script.cells] == [c.source for c in paired.cells], \
        f"{ipynb.name} and {script.name} differ: run `jupytext --sync {script.name}`"


@pytest.mark.slow
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_notebook_executes(script: Path, tmp_path, monkeypatch):
    if script.stem in NEEDS_SHARED:
        require_shared(*NEEDS_SHARED[script.stem])
    notebook = jupytext.read(script)
    monkeypatch.setenv("TOOLKIT_FIGURES_DIR", str(tmp_path / "figures"))
    monkeypatch.setenv("TOOLKIT_NOTEBOOK_SMALL", "1")
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    client = NotebookClient(notebook, timeout=900, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()
    errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert errors == []
