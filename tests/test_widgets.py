"""The widgets and the app page, driven from Python (no browser): what a first-time analyst
tripped on (issue 19, items 10, 13, 14 and 16)."""

from __future__ import annotations

import base64
import re
from html.parser import HTMLParser

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import toolkit  # noqa: E402
from toolkit import widgets  # noqa: E402
from toolkit.plots import CATEGORY_COLORS  # noqa: E402

from .conftest import ROOT  # noqa: E402

# two invented countries with clearly different styles; Ruritania sorts after Freedonia,
# so an alphabetical order anywhere puts Freedonia first
TEXTS = {
    "r1": ("Ruritania", "We are absolutely certain that this is a very serious and deeply "
                        "unfair decision. It is clearly wrong and we will never accept it."),
    "r2": ("Ruritania", "The report is totally false. We strongly reject it and we are "
                        "extremely disappointed by this shameful attack."),
    "f1": ("Freedonia", "Perhaps the committee might consider the proposal. It seems that "
                        "some progress may be possible, although it is somewhat early."),
    "f2": ("Freedonia", "We possibly need more time. The results appear fairly modest and "
                        "could perhaps improve slightly next year."),
}


@pytest.fixture(scope="module")
def countries_analysis():
    documents = pd.DataFrame(
        [{"doc_id": doc_id, "text": text, "country": country,
          "title": f"Statement of the government of {country} on the annual report, part "
                   f"{doc_id[-1]}"}
         for doc_id, (country, text) in TEXTS.items()])
    return toolkit.analyze(documents)


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "download" in attrs:
            self.links[attrs["download"]] = attrs["href"]


def _downloads(html: str) -> dict[str, bytes]:
    parser = _Links()
    parser.feed(html)
    return {name: base64.b64decode(href.split(",", 1)[1])
            for name, href in parser.links.items()}


def _descendants(widget) -> list:
    found = [widget]
    for child in getattr(widget, "children", ()):
        found += _descendants(child)
    return found


# item 10: one palette --------------------------------------------------------------------

def test_category_toggles_wear_the_figure_colours():
    toggles = widgets.CategoryToggles()
    css = "".join(w.value for w in _descendants(toggles) if isinstance(w, widgets.W.HTML))
    for category, button in toggles.buttons.items():
        assert f"toolkit-toggle-{category}" in button._dom_classes
        rule = re.search(r"\.toolkit-toggle-" + category + r"[^{]*\{([^}]*)\}", css)
        assert rule is not None, category
        used = {c[:7].upper() for c in re.findall(r"#[0-9A-Fa-f]{6,8}\b", rule.group(1))}
        assert used == {CATEGORY_COLORS[category].upper()}


def test_highlighted_text_counts_show_the_figure_colours(seed_analysis):
    view = widgets.HighlightedText(seed_analysis)
    shown = {c.upper() for c in re.findall(r"#[0-9A-Fa-f]{6}", view.counts.value)}
    assert shown == {c.upper() for c in CATEGORY_COLORS.values()}


# item 13: the app ------------------------------------------------------------------------

def test_comparison_puts_side_a_first_in_the_summary_and_the_legend(countries_analysis):
    view = widgets.ComparisonView(countries_analysis, by="country", a="Ruritania",
                                  b="Freedonia", n_resamples=199)
    status = view.status.value
    assert status.index("Ruritania") < status.index("Freedonia")
    assert "Ruritania vs Freedonia" in view.figure_title()
    fig = view.profile_figure()
    labels = [t.get_text() for legend in fig.legends + [a.get_legend() for a in fig.axes
                                                      if a.get_legend()]
              for t in legend.get_texts()]
    assert labels.index("Ruritania") < labels.index("Freedonia")
    # the legend sits below the plot, not squeezed above it beside the title
    fig.canvas.draw()
    assert len(fig.legends) == 1 and all(a.get_legend() is None for a in fig.axes)
    legend_box = fig.legends[0].get_window_extent()
    assert legend_box.y1 <= min(a.get_tightbbox().y0 for a in fig.axes) + 1
    matplotlib.pyplot.close(fig)


def test_the_corpus_dropdown_follows_a_typed_path(tmp_path, countries_analysis):
    folder = _write_corpus(tmp_path / "mine")
    app = widgets.AppView({"Seed": str(ROOT / "corpora" / "seed")}, autoload=False)
    app.path.value = str(folder)
    app.load()
    assert "4 documents analysed" in app.messages.value
    assert app.corpus.value == str(folder)
    assert str(folder) in app.corpus.label
    assert app.path.value == ""
    assert app.chosen_path() == str(folder)
    # picking the offered corpus again analyses that one, not the typed one
    app.corpus.value = str(ROOT / "corpora" / "seed")
    app.load()
    assert "1 documents analysed" in app.messages.value


def _write_corpus(folder):
    folder.mkdir()
    rows = ["id,country"]
    for doc_id, (country, text) in TEXTS.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{doc_id},{country}")
    (folder / "index.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def test_the_page_offers_the_figure_it_promises(tmp_path):
    app = widgets.AppView({"Countries": str(_write_corpus(tmp_path / "countries"))})
    page = "".join(w.value for w in _descendants(app) if isinstance(w, widgets.W.HTML))
    files = _downloads(page)
    assert {"documents.csv", "markers.csv", "attributions.csv"} <= set(files)
    assert files["profile.png"].startswith(b"\x89PNG")
    assert files["profile.svg"].lstrip().startswith(b"<?xml")
    assert files["profile.pdf"].startswith(b"%PDF")


# item 14: the concordance inside the comparison ------------------------------------------

def test_comparison_concordance_rows_are_one_line_and_keep_the_document(countries_analysis):
    view = widgets.ComparisonView(countries_analysis, by="country", a="Ruritania",
                                  b="Freedonia", n_resamples=199)
    view.marker.value = "category:hedge"
    html = view.concordance.value
    assert "toolkit-kwic" in html
    # one line per row: no wrapping in the context cells, the document column never cut
    assert re.search(r"\.toolkit-kwic td\s*\{[^}]*white-space:\s*nowrap", html)
    assert re.search(r"\.toolkit-kwic td\.doc\s*\{[^}]*overflow:\s*visible", html)
    for doc_id in ("f1", "f2"):
        assert f'<td class="doc">{doc_id}</td>' in html


# item 16: sortable, searchable tables; controls in a side panel ------------------------

def test_comparison_tables_are_sortable_and_searchable(countries_analysis):
    from itables.widget import ITable

    view = widgets.ComparisonView(countries_analysis, by="country", a="Ruritania",
                                  b="Freedonia", n_resamples=199)
    assert all(isinstance(t, ITable) for t in view.table_widgets)
    assert len(view.table_widgets) >= 2
    assert view.table_widgets[0].caption.startswith("Rates per 1,000 words")
    for table in view.table_widgets:
        assert table._dt_args.get("ordering", True) is True
        assert table._dt_args["layout"]["topEnd"] == "search"
    rates = view.table_widgets[0]._df
    assert list(dict.fromkeys(rates["group"])) == ["Ruritania", "Freedonia"]


def test_itables_draws_offline():
    """The tables' JavaScript ships inside the package: nothing is fetched from a CDN."""
    from itables.widget import ITable

    bundle = ITable._esm.read_text() if hasattr(ITable._esm, "read_text") else str(ITable._esm)
    assert "DataTable" in bundle
    assert not re.search(r"(src|href|import)\s*[=(]?\s*[\"']https?://", bundle)


def test_app_puts_the_controls_in_a_side_panel(countries_analysis):
    app = widgets.AppView({}, autoload=False)
    app.show(countries_analysis)
    side, main = _descendants(app.sidebar), _descendants(app.content)
    compare = app.views[0]
    for control in (app.corpus, app.path, app.load_button, compare.by, compare.side_a,
                    compare.side_b):
        assert control in side and control not in main
    assert compare.figure in main and compare.figure not in side
    assert "toolkit-sidebar" in app.sidebar._dom_classes
