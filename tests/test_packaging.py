"""The package stands on its own: the wheel and sdist carry the data, pass twine's check, and
the README's quick start runs from the wheel in a fresh environment outside the checkout.
The version is written once; CITATION.cff is valid Citation File Format."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import jsonschema
import pytest
import tomllib
import yaml

import toolkit

from .conftest import ROOT


def test_every_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "toolkit").rglob("__init__.py")}
    assert found | {"toolkit.corpora"} == listed


def test_the_version_is_written_once_and_named_everywhere():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in pyproject["project"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "toolkit.__version__"}
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text())
    assert citation["version"] == toolkit.__version__
    changelog = (ROOT / "CHANGELOG.md").read_text()
    released = [v for v in re.findall(r"^## \[(\S+)\]", changelog, re.M) if v != "Unreleased"]
    assert released[0] == toolkit.__version__  # Keep a Changelog: [Unreleased] may come first


def test_citation_cff_is_valid():
    schema = json.loads((ROOT / "tests" / "data" / "citation_cff_1.2.0.schema.json").read_text())
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text())
    citation["date-released"] = str(citation["date-released"])
    jsonschema.validate(citation, schema)
    broken = dict(citation, references=[{"type": "dataset", "title": "x",
                                         "authors": [{"name": "y"}]}])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def _quickstart() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("[start:quickstart]", 1)[1].split("[end:quickstart]", 1)[0]
    return block.split("```python\n", 1)[1].split("```", 1)[0]


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir",
                           str(out), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return out


@pytest.mark.slow
def test_wheel_and_sdist_carry_the_data_and_pass_twine(dist):
    wheel = next(dist.glob("*.whl"))
    sdist = next(dist.glob("*.tar.gz"))
    assert wheel.name == f"stance_toolkit-{toolkit.__version__}-py3-none-any.whl"
    names = zipfile.ZipFile(wheel).namelist()
    for required in ("toolkit/lexicons/evaluation.tsv", "toolkit/lexicons/reporting_cues.tsv",
                     "toolkit/plots/toolkit.mplstyle", "toolkit/corpora/statements/index.csv",
                     "toolkit/corpora/seed/index.csv", "toolkit/corpora/ungdc_sha256.csv",
                     "toolkit/corpora/ungdc_sample/manifest.csv", "toolkit/datasets.py",
                     "toolkit/models/spancat/meta.json",
                     "toolkit/models/spancat/spancat/model",
                     "toolkit/models/cue_classifier.json",
                     "toolkit/lexicons/cue_lemma_classes.tsv"):
        assert required in names
    assert sum(n.startswith("toolkit/corpora/statements/") and n.endswith(".txt")
               for n in names) == 38
    assert sum(n.startswith("toolkit/corpora/ungdc_sample/txt/") for n in names) == 100
    done = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", str(wheel),
                           str(sdist)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("PASSED") == 2


@pytest.mark.slow
def test_quick_start_runs_from_the_wheel_outside_the_checkout(dist, tmp_path):
    """A fresh virtual environment in a temporary folder: the wheel installed without the
    checkout on the path. Its dependencies are taken from the project's environment (a
    ``.pth`` line) so that no test reaches the network; the full install from the package
    index is shown in the closing note of the release."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; "
                                "print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    project_site = Path(next(p for p in sys.path if p.endswith("site-packages")))
    (site / "borrowed_dependencies.pth").write_text(str(project_site) + "\n")
    wheel = next(dist.glob("*.whl"))
    with zipfile.ZipFile(wheel) as archive:  # what pip does for a pure wheel, without pip
        archive.extractall(site)
    script = tmp_path / "quickstart.py"
    script.write_text(_quickstart())
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["TOOLKIT_CACHE_DIR"] = str(tmp_path / "cache")
    done = subprocess.run([str(python), "-I", str(script)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    located = subprocess.run([str(python), "-I", "-c", "import toolkit, toolkit.datasets as d;"
                              "print(toolkit.__file__); print(d.dataset_path('statements'))"],
                             cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert str(site) in located.stdout and str(ROOT) not in located.stdout
    assert "White House article" in done.stdout
    assert "hedge" in done.stdout
