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


def _analyse_statements(page, expected_documents: int) -> None:
    """Choose the statements corpus in the app, press Analyse and wait for its summary and
    its marker profile."""
    corpus = page.locator(".widget-dropdown", has_text="Corpus").locator("select")
    corpus.select_option(label="Statements (38 texts)")
    page.get_by_role("button", name="Analyse").click()
    _wait_for(lambda: f"{expected_documents} documents analysed"
              in page.locator(".toolkit-summary").inner_text(), 300,
              "the statements corpus to be analysed", page)
    page.wait_for_selector("img[alt='marker profile']", timeout=120_000)


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
        _analyse_statements(page, expected_documents)
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

        page.get_by_role("tab", name="Downloads").click()
        with page.expect_download() as download_info:
            page.locator("a.toolkit-download", has_text="documents.csv").click()
        path = tmp_path / "documents.csv"
        download_info.value.save_as(path)
        downloaded = pd.read_csv(path)
        assert len(downloaded) == expected_documents
        assert {"doc_id", "words", "genre"} <= set(downloaded.columns)
        screenshot(page, "app-downloads")
    print(f"app browser test: {time.monotonic() - started:.1f} s")


def _external_requests(page) -> list[str]:
    """Record every request the page makes outside the local server."""
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url) if not r.url.startswith(
        ("http://127.0.0.1", "data:", "blob:", "about:")) else None)
    return seen


def _box(page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("width,height", [(1366, 768), (1920, 1080)])
def test_app_layout_sortable_tables_and_figure_at_page_width(tmp_path, width, height):
    """Issue 19 item 16: controls in a side panel, the figure across the content (legend
    below, in the image), tables that sort and filter in the page, with nothing fetched for
    them from the network; screenshots at two common screen sizes."""
    require_browser()
    statements = datasets.dataset_path("statements")
    expected_documents = len(pd.read_csv(statements / "index.csv"))
    with serve("voila", NOTEBOOKS / "app.ipynb", tmp_path / "voila") as url, \
            browser_page(width, height) as page:
        external = _external_requests(page)
        page.goto(url, timeout=240_000)
        page.wait_for_selector(".toolkit-summary", timeout=240_000)
        _analyse_statements(page, expected_documents)
        page.wait_for_selector(".toolkit-comparison table.dataTable tbody tr", timeout=60_000)
        screenshot(page, f"app-layout-{width}x{height}")

        sidebar, content = _box(page, ".toolkit-sidebar"), _box(page, ".toolkit-content")
        group_by = _box(page, ".toolkit-sidebar .widget-dropdown:has-text('Group by')")
        assert sidebar["x"] + sidebar["width"] <= content["x"] + 1
        assert sidebar["x"] <= group_by["x"] < sidebar["x"] + sidebar["width"]
        figure = _box(page, "img[alt='marker profile']")
        assert figure["width"] >= min(0.9 * (content["width"] - 60), 1100)
        assert figure["x"] >= content["x"]
        assert page.locator(".toolkit-sidebar .toolkit-summary").count() == 1

        rates = page.locator(".toolkit-comparison .toolkit-table").first
        rows = rates.locator("table.dataTable tbody tr")
        first_cells = [rows.nth(i).locator("td").nth(1).inner_text() for i in range(3)]
        assert first_cells == ["intensifier", "booster", "hedge"]
        rates.locator("th", has_text="category").first.click()
        _wait_for(lambda: rows.nth(0).locator("td").nth(1).inner_text() == "booster", 20,
                  "the rates table to sort by category", page)
        search = rates.locator("input[type='search']")
        search.fill("denial")
        _wait_for(lambda: rows.count() == 2, 20, "the search to keep the two denial rows",
                  page)
        assert {rows.nth(i).locator("td").nth(1).inner_text() for i in range(2)} == {"denial"}
        screenshot(page, f"app-table-filtered-{width}x{height}")
        page.get_by_role("tab", name="Concordance").click()
        page.wait_for_selector(".toolkit-table table.dataTable tbody tr >> visible=true",
                               timeout=60_000)
        screenshot(page, f"app-concordance-{width}x{height}")
        page.get_by_role("tab", name="Highlighted text").click()
        screenshot(page, f"app-text-{width}x{height}")
        page.get_by_role("tab", name="Stance").click()
        page.wait_for_selector("img[alt='stance network'] >> visible=true", timeout=60_000)
        assert "holder" in page.locator(".toolkit-stance").first.inner_text()
        screenshot(page, f"app-stance-{width}x{height}")
    table_requests = [u for u in external if re.search(r"datatables|itables|jquery", u, re.I)]
    assert table_requests == []


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
