"""Real-browser tests: the app in Voilà and a notebook in JupyterLab, driven by Debian's
Chromium through Playwright (shared/ENVIRONMENT.md). Screenshots go to tests/artifacts/.

Each test changes a widget and asserts that the output derived from it changed: a round trip
through the kernel, not only a page that loaded.
"""

from __future__ import annotations

import re
import time

import pandas as pd
import pytest

from toolkit import datasets

from .browser_support import browser_page, require_browser, screenshot, serve
from .conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTEBOOKS = ROOT / "notebooks"


def _wait_for(predicate, timeout: float, what: str, page=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    if page is not None:
        screenshot(page, f"timeout-{re.sub(r'[^a-z0-9]+', '-', what.lower())}")
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def test_app_compares_groups_and_downloads_a_table(tmp_path):
    require_browser()
    statements = datasets.dataset_path("statements")
    expected_documents = len(pd.read_csv(statements / "index.csv"))
    started = time.monotonic()
    with serve("voila", NOTEBOOKS / "app.ipynb", tmp_path / "voila") as url, \
            browser_page() as page:
        page.goto(url, timeout=240_000)
        page.wait_for_selector(".toolkit-summary", timeout=240_000)
        screenshot(page, "app-seed")
        corpus = page.locator(".widget-dropdown", has_text="Corpus").locator("select")
        corpus.select_option(label="Statements (38 texts)")
        page.get_by_role("button", name="Analyse").click()
        _wait_for(lambda: f"{expected_documents} documents analysed"
                  in page.locator(".toolkit-summary").inner_text(), 300,
                  "the statements corpus to be analysed", page)
        page.wait_for_selector("img[alt='marker profile']", timeout=120_000)
        rates_table = page.locator(".toolkit-comparison")
        assert "Rates per 1,000 words" in rates_table.inner_text()
        first_figure = page.locator("img[alt='marker profile']").get_attribute("src")
        first_tables = rates_table.inner_text()
        screenshot(page, "app-compare-genre")

        group_by = page.locator(".widget-dropdown", has_text="Group by").locator("select")
        group_by.select_option(label="government")
        _wait_for(lambda: page.locator("img[alt='marker profile']").get_attribute("src")
                  != first_figure, 120, "the figure to change", page)
        assert page.locator(".toolkit-comparison").inner_text() != first_tables
        assert "Comparison by government" in page.locator(".toolkit-comparison").inner_text()
        screenshot(page, "app-compare-government")

        page.get_by_role("tab", name="Download tables").click()
        with page.expect_download() as download_info:
            page.locator("a.toolkit-download", has_text="documents.csv").click()
        path = tmp_path / "documents.csv"
        download_info.value.save_as(path)
        downloaded = pd.read_csv(path)
        assert len(downloaded) == expected_documents
        assert {"doc_id", "words", "genre"} <= set(downloaded.columns)
        screenshot(page, "app-downloads")
    print(f"app browser test: {time.monotonic() - started:.1f} s")


def test_lab_runs_a_notebook_and_a_toggle_changes_the_output(tmp_path):
    require_browser()
    with serve("lab", NOTEBOOKS / "01_anatomy_of_a_statement.ipynb", tmp_path / "lab") as url, \
            browser_page() as page:
        page.goto(url, timeout=120_000)
        status = page.locator(".jp-StatusBar-TextItem", has_text="Idle")
        status.first.wait_for(timeout=180_000)
        page.get_by_role("menuitem", name="Run").click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        counts = page.locator(".jp-OutputArea-output .toolkit-counts")
        before = _wait_for(lambda: counts.count() and "evaluation" in counts.first.inner_text()
                           and counts.first.inner_text(), 300, "the marker counts", page)
        screenshot(page, "lab-anatomy-before")
        page.locator(".jp-OutputArea-output button", has_text="evaluation").first.click()
        _wait_for(lambda: counts.first.inner_text() != before, 60,
                  "the counts to change after the toggle", page)
        assert "evaluation" not in counts.first.inner_text()
        screenshot(page, "lab-anatomy-after-toggle")
