"""``python -m toolkit figures``: every figure written, as PDF, SVG and 300-dpi PNG, and a
second run changes no byte."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from .conftest import ROOT

SEED_FIGURES = ["seed_profile", "seed_text", "seed_dispersion", "seed_attribution_sources",
                "seed_attribution_chain", "seed_stance_network"]
STATEMENT_FIGURES = ["wh_negative_targets", "wh_genre_profile", "wh_genre_keyness",
                     "wh_dispersion", "wh_attribution_sources", "ungd_profile", "ungd_keyness",
                     "statements_heatmap"]
SEED = ROOT / "corpora" / "seed"


def run_figures(out: Path, *corpora: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "toolkit", "figures", "--out", str(out),
                           *map(str, corpora)], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "MPLBACKEND": "Agg"}, timeout=900)


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def seed_runs(tmp_path_factory):
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    for out in (first, second):  # the seed as the comparison corpus too: heatmap only
        result = run_figures(out, SEED)
        assert result.returncode == 0, result.stderr
    return first, second


def test_seed_figures_are_written_in_three_formats(seed_runs):
    first, _ = seed_runs
    expected = {f"{name}.{ext}" for name in [*SEED_FIGURES, "statements_heatmap"]
                for ext in ("pdf", "svg", "png")}
    assert set(digests(first)) == expected | {"README.md"}
    index = (first / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in index for name in SEED_FIGURES)


def test_a_second_run_changes_no_byte(seed_runs):
    first, second = seed_runs
    assert digests(first) == digests(second)


def test_files_carry_no_dates_and_embed_truetype_fonts(seed_runs):
    first, _ = seed_runs
    pdf = (first / "seed_profile.pdf").read_bytes()
    assert b"/CreationDate" not in pdf and b"/ModDate" not in pdf
    assert b"/FontFile2" in pdf  # TrueType (Type 42) embedded
    assert b"/FontFile3" not in pdf and b"/Type3" not in pdf
    svg = (first / "seed_profile.svg").read_text(encoding="utf-8")
    assert "<dc:date>" not in svg


def test_png_is_300_dpi_at_a_journal_width(seed_runs):
    first, _ = seed_runs
    with Image.open(first / "seed_profile.png") as image:
        assert [round(d) for d in image.info["dpi"]] == [300, 300]
        assert image.size[0] == round(3.5 * 300)  # one column
    with Image.open(first / "seed_text.png") as image:
        assert image.size[0] == round(7.2 * 300)  # two columns


@pytest.mark.slow
def test_statement_comparisons_are_drawn_from_the_bundled_statements(tmp_path):
    result = run_figures(tmp_path)
    assert result.returncode == 0, result.stderr
    names = {p.stem for p in tmp_path.glob("*.png")}
    assert names == set(SEED_FIGURES) | set(STATEMENT_FIGURES)


def test_a_corpus_without_the_shared_genres_gets_the_heatmap_only(seed_analysis, tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    from toolkit.commands.figures import statements_figures, statistics_api

    written = statements_figures(seed_analysis, tmp_path, statistics_api())
    assert [w.name for w in written] == ["statements_heatmap"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "statements_heatmap.pdf", "statements_heatmap.png", "statements_heatmap.svg"]


def test_a_missing_corpus_fails_before_writing_anything(tmp_path):
    out = tmp_path / "figures"
    result = run_figures(out, tmp_path / "no-such-corpus")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no-such-corpus" in result.stderr
    assert not out.exists()
