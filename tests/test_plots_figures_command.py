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


def run_figures(out: Path, *corpora: Path, ungdc: Path | None = None
                ) -> subprocess.CompletedProcess:
    """The figures command; without ``ungdc`` the UNGDC figure is left out (``--no-ungdc``:
    analysing the 100 bundled speeches takes a minute)."""
    extra = ["--ungdc", str(ungdc)] if ungdc else ["--no-ungdc"]
    return subprocess.run([sys.executable, "-m", "toolkit", "figures", "--out", str(out),
                           *extra, *map(str, corpora)], capture_output=True, text=True, cwd=ROOT,
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


# issue 19 item 14: the UNGDC figure is drawn by the figures command ----------------------

UNGDC_WORDS = {
    "USA": "We are absolutely determined and we will certainly defend freedom. ",
    "CHN": "We firmly oppose interference and we strongly support development. ",
    "RUS": "Perhaps the West might reconsider; it seems that sanctions rarely work. ",
}


@pytest.fixture(scope="module")
def tiny_ungdc(tmp_path_factory) -> Path:
    """A corpus laid out as the UNGDC (``manifest.csv`` + ``txt/Session NN - YYYY/``): three
    countries, two five-year periods."""
    root = tmp_path_factory.mktemp("ungdc")
    rows = ["file,iso3,session,year,words"]
    for year in (2005, 2006, 2010, 2011):
        session = year - 1945
        for k, (iso3, sentence) in enumerate(UNGDC_WORDS.items()):
            folder = root / "txt" / f"Session {session} - {year}"
            folder.mkdir(parents=True, exist_ok=True)
            text = sentence * (3 + (year + k) % 4)
            name = f"{iso3}_{session}_{year}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            rows.append(f"txt/Session {session} - {year}/{name},{iso3},{session},{year},"
                        f"{len(text.split())}")
    (root / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


def test_the_ungdc_figure_is_drawn_listed_and_byte_identical(tiny_ungdc, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for out in (first, second):
        result = run_figures(out, SEED, ungdc=tiny_ungdc)
        assert result.returncode == 0, result.stderr
    assert {"ungdc_rates_by_year.pdf", "ungdc_rates_by_year.svg",
            "ungdc_rates_by_year.png"} <= set(digests(first))
    assert "`ungdc_rates_by_year`" in (first / "README.md").read_text(encoding="utf-8")
    assert digests(first) == digests(second)


def test_the_ungdc_right_panel_gives_each_country_its_own_colour(tiny_ungdc):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_hex

    import toolkit
    from toolkit.commands.figures import draw_ungdc_rates, statistics_api

    analysis = toolkit.analyze(tiny_ungdc)
    fig = draw_ungdc_rates(analysis, statistics_api(), countries=["USA", "CHN", "RUS"],
                           category="booster", n_resamples=199)
    right = fig.axes[1]
    labels, colours = [], []
    for container in right.containers:  # one errorbar per country
        if container.get_label() in UNGDC_WORDS:
            labels.append(container.get_label())
            colours.append(to_hex(container.lines[0].get_color()))
    assert labels == ["USA", "CHN", "RUS"]
    assert len(set(colours)) == 3
    legend = {t.get_text() for t in right.get_legend().get_texts()}
    assert {"USA", "CHN", "RUS", "all countries"} <= legend
    plt.close(fig)


def test_make_figures_draws_the_ungdc_figure():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nfigures:", 1)[1].split("\n\n", 1)[0]
    assert "toolkit figures" in recipe and "--no-ungdc" not in recipe
    index = (ROOT / "figures" / "README.md").read_text(encoding="utf-8")
    assert "`ungdc_rates_by_year`" in index
