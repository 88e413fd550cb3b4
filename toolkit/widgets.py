"""ipywidgets views over an :class:`~toolkit.Analysis`, for any notebook and for the app.

Each view is an ``ipywidgets.VBox`` that can be displayed as it is; its controls are public
attributes (``view.picker``, ``view.toggles``...), so a notebook or a test can set them, and
what it shows is computed by the library functions it calls (:func:`toolkit.html.highlight_html`,
:func:`toolkit.kwic.kwic`, :func:`toolkit.compare.compare`, :mod:`toolkit.plots`,
:func:`toolkit.evaluate.agreement`): the widgets hold no statistics or detection of their own.

- :class:`StatementPicker`: a dropdown of documents (labelled by title when there is one).
- :class:`CategoryToggles`: one toggle per marker category.
- :class:`HighlightedText`: a statement with its markers highlighted (hover: category, subtype,
  rule), escaped.
- :class:`ConcordanceView`: KWIC for a category, subtype, lemma, cue or any text.
- :class:`ComparisonView`: group by any metadata column, pick two sides, see rates with CIs,
  the markers that differ, and the concordance of a marker on both sides.
- :class:`LexiconEditor`: add, remove or recategorise a term; the analysis is re-run on the
  cached parses and every view that follows it updates.
- :class:`StanceView`: who judges whom in a statement (holder-to-target network, stance table).
- :class:`HandCoding`: code a sample of sentences by hand and measure agreement with the
  toolkit (Cohen's kappa, Krippendorff's alpha) and P/R/F1.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Callable

import ipywidgets as W
import matplotlib
import pandas as pd

from .lexicon import CATEGORIES, SUBTYPES

__all__ = ["StatementPicker", "CategoryToggles", "HighlightedText", "ConcordanceView",
           "ComparisonView", "LexiconEditor", "HandCoding", "AnalysisHolder", "AppView",
           "StanceView",
           "figure_html", "figure_png", "download_link", "group_columns", "default_corpora"]

#: document columns that are counts, not metadata to group by
_COUNT_COLUMNS = {"words", "tokens", "sentences", "text"}


class AnalysisHolder:
    """The current analysis, shared by several views: when a lexicon edit replaces it, every
    view registered with :meth:`observe` is told."""

    def __init__(self, analysis):
        self.analysis = analysis
        self._observers: list[Callable] = []

    def observe(self, callback: Callable) -> None:
        """Call ``callback(analysis)`` whenever the analysis is replaced."""
        self._observers.append(callback)

    def replace(self, analysis) -> None:
        """Set a new analysis and notify every observer."""
        self.analysis = analysis
        for callback in self._observers:
            callback(analysis)


def _holder(analysis_or_holder) -> AnalysisHolder:
    if isinstance(analysis_or_holder, AnalysisHolder):
        return analysis_or_holder
    return AnalysisHolder(analysis_or_holder)


def group_columns(documents: pd.DataFrame) -> list[str]:
    """Columns of the documents table an analyst can group by (metadata with 2+ values,
    and ``doc_id``)."""
    columns = ["doc_id"]
    for column in documents.columns:
        if column in _COUNT_COLUMNS or column == "doc_id":
            continue
        values = documents[column].dropna().astype(str)
        if 1 < values.nunique() < len(documents) or (column in {"speaker", "genre"}
                                                     and values.nunique() > 1):
            columns.append(column)
    return columns


def figure_png(fig, *, dpi: int = 110) -> bytes:
    """A matplotlib figure as PNG bytes (the figure is closed afterwards)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    matplotlib.pyplot.close(fig)
    return buffer.getvalue()


def figure_html(png: bytes, *, alt: str = "figure") -> str:
    """PNG bytes as an inline ``<img>``."""
    data = base64.b64encode(png).decode("ascii")
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{data}"/>'


def download_link(data: bytes, filename: str, label: str | None = None,
                  mime: str = "text/csv") -> str:
    """An HTML link that downloads ``data`` as ``filename`` (a data URI: no server files)."""
    encoded = base64.b64encode(data).decode("ascii")
    return (f'<a class="toolkit-download" download="{html.escape(filename)}" '
            f'href="data:{mime};base64,{encoded}">{html.escape(label or filename)}</a>')


def _document_options(documents: pd.DataFrame) -> list[tuple[str, str]]:
    options = []
    for row in documents.to_dict("records"):
        title = row.get("title")
        label = f"{row['doc_id']}: {title}" if isinstance(title, str) and title else row["doc_id"]
        options.append((label[:90], row["doc_id"]))
    return options


class StatementPicker(W.Dropdown):
    """A dropdown of the analysis's documents; ``value`` is a ``doc_id``."""

    def __init__(self, analysis, **kwargs):
        options = _document_options(analysis.documents)
        super().__init__(options=options, value=options[0][1] if options else None,
                         description=kwargs.pop("description", "Statement"),
                         layout=kwargs.pop("layout", W.Layout(width="95%")), **kwargs)


def toggle_css(categories=CATEGORIES) -> str:
    """``<style>`` rules giving each category's toggle its figure colour
    (:data:`toolkit.plots.CATEGORY_COLORS`): an underline always, a tinted face when on."""
    from .html import tint
    from .plots.style import category_color

    rules = []
    for c in categories:
        colour = category_color(c).upper()
        rules.append(f".toolkit-toggle-{c} {{ border-bottom: 4px solid {colour}; }}")
        rules.append(f".toolkit-toggle.toolkit-toggle-{c}.mod-active "
                     f"{{ background-color: {tint(colour, 0.45)}; }}")
    rules.append(".toolkit-toggle:not(.mod-active) { opacity: 0.55; "
                 "text-decoration: line-through; }")
    return "<style>" + "\n".join(rules) + "</style>"


def category_swatch(category: str) -> str:
    """A small square in the category's figure colour (HTML)."""
    from .html import tint
    from .plots.style import category_color

    colour = category_color(category).upper()
    return (f'<span class="toolkit-swatch" style="display:inline-block;width:0.8em;'
            f"height:0.8em;margin-right:3px;vertical-align:-1px;background:{tint(colour, 0.6)};"
            f'border:1px solid {colour};border-radius:2px"></span>')


class CategoryToggles(W.HBox):
    """One toggle button per marker category, in the category's figure colour;
    ``selected`` lists the categories on."""

    def __init__(self, categories=CATEGORIES, *, value: bool = True):
        self.buttons = {c: W.ToggleButton(value=value, description=c,
                                          tooltip=f"show or hide {c} markers",
                                          layout=W.Layout(width="auto"))
                        for c in categories}
        for c, button in self.buttons.items():
            button.add_class("toolkit-toggle")
            button.add_class(f"toolkit-toggle-{c}")
        self.css = W.HTML(toggle_css(categories), layout=W.Layout(width="0px", margin="0"))
        super().__init__([*self.buttons.values(), self.css],
                         layout=W.Layout(flex_flow="row wrap"))

    @property
    def selected(self) -> list[str]:
        """The categories switched on."""
        return [c for c, b in self.buttons.items() if b.value]

    def observe_all(self, callback: Callable) -> None:
        """Call ``callback(change)`` when any toggle changes."""
        for button in self.buttons.values():
            button.observe(callback, names="value")


class HighlightedText(W.VBox):
    """A statement with its markers highlighted by category (escaped HTML; hover a marker for
    category, subtype and rule), with a picker and category toggles."""

    def __init__(self, analysis, *, doc_id: str | None = None):
        from .html import marker_css

        self.holder = _holder(analysis)
        self.picker = StatementPicker(self.holder.analysis)
        if doc_id is not None:
            self.picker.value = doc_id
        self.toggles = CategoryToggles()
        self.counts = W.HTML()
        self.counts.add_class("toolkit-counts")
        self.view = W.HTML()
        self.view.add_class("toolkit-text")
        self._css = W.HTML(marker_css())
        self.picker.observe(lambda _: self.refresh(), names="value")
        self.toggles.observe_all(lambda _: self.refresh())
        self.holder.observe(lambda _: self.refresh())
        super().__init__([self._css, self.picker, self.toggles, self.counts, self.view])
        self.refresh()

    def markers(self) -> pd.DataFrame:
        """The shown markers: the picked document's, of the toggled categories."""
        table = self.holder.analysis.markers
        return table[(table["doc_id"] == self.picker.value)
                     & table["category"].isin(self.toggles.selected)]

    def refresh(self) -> None:
        """Redraw from the current analysis and controls."""
        from .html import highlight_html

        analysis = self.holder.analysis
        if self.picker.value not in analysis.texts:
            self.view.value = "<p>No such document.</p>"
            return
        markers = self.markers()
        counts = markers["category"].value_counts()
        words = analysis.documents.set_index("doc_id").loc[self.picker.value, "words"]
        self.counts.value = "<p>" + " · ".join(
            f"{category_swatch(c)}<b>{html.escape(c)}</b> {int(counts.get(c, 0))} "
            f"({1000 * counts.get(c, 0) / max(1, int(words)):.1f}/1,000 words)"
            for c in self.toggles.selected) + f" — {int(words)} words</p>"
        self.view.value = highlight_html(analysis.texts[self.picker.value], markers,
                                         style=False)


class ConcordanceView(W.VBox):
    """KWIC lines for a query (category, subtype, lemma, cue or free text) across the
    corpus, with document metadata; the text is escaped."""

    def __init__(self, analysis, *, query: str = "hedge", window: int = 60,
                 limit: int = 200):
        self.holder = _holder(analysis)
        self.limit = limit
        self.query = W.Combobox(value=query, options=list(CATEGORIES) + sorted(
            {s for subs in SUBTYPES.values() for s in subs}), description="Query",
            ensure_option=False, layout=W.Layout(width="50%"))
        self.window = W.IntSlider(value=window, min=20, max=200, step=10, description="Window")
        self.summary = W.HTML()
        self.view = W.HTML()
        self.table = data_table(pd.DataFrame(), caption="")
        self.query.observe(lambda _: self.refresh(), names="value")
        self.window.observe(lambda _: self.refresh(), names="value")
        self.holder.observe(lambda _: self.refresh())
        super().__init__([W.HBox([self.query, self.window]), self.summary, self.table])
        self.refresh()

    def lines(self, doc_ids: list[str] | None = None) -> pd.DataFrame:
        """The concordance table of the current query (optionally of some documents)."""
        from .kwic import kwic

        lines = kwic(self.holder.analysis, self.query.value, window=self.window.value)
        if doc_ids is not None:
            lines = lines[lines["doc_id"].isin(doc_ids)]
        return lines

    def refresh(self, doc_ids: list[str] | None = None) -> None:
        """Recompute the concordance and redraw."""
        if not self.query.value.strip():
            self.summary.value, self.view.value = "<p>Type a query.</p>", ""
            return
        try:
            lines = self.lines(doc_ids)
        except ValueError as exc:
            self.summary.value = f"<p>{html.escape(str(exc))}</p>"
            self.view.value = ""
            return
        kind = lines.attrs.get("kind", "")
        self.summary.value = (f"<p>{len(lines)} lines for <b>{html.escape(self.query.value)}"
                              f"</b> ({html.escape(kind)})"
                              + (f", first {self.limit} shown" if len(lines) > self.limit
                                 else "") + "</p>")
        # the keyword in context first, then what it is and where it comes from
        columns = [c for c in ("left", "match", "right", "category", "subtype", "lemma",
                               "doc_id") if c in lines.columns]
        from .html import kwic_html

        shown = lines.head(self.limit)[columns]
        self.view.value = kwic_html(shown, limit=self.limit)
        update_table(self.table, shown, caption=f"Concordance: {self.query.value}",
                     columnDefs=[{"className": "dt-right", "targets": [0]},
                                 {"className": "dt-center toolkit-match", "targets": [1]}])


class ComparisonView(W.VBox):
    """Pick a grouping column and two sides (or "each against the rest"); see the rate
    profile with 95 % intervals, the markers that differ over documents after
    Benjamini-Hochberg (the permutation test of :func:`toolkit.keyness`; below 5 documents a
    side the view says there is no document-level inference), and the concordance of a
    chosen marker on both sides. Side A comes first everywhere: the title,
    the summary, the legend and the tables. The tables sort (click a header) and filter (the
    search box); the figure downloads as PNG, SVG and PDF.

    ``controls="top"`` shows the controls above the results; ``controls="none"`` leaves
    them out so that a page can place :attr:`controls` elsewhere (the app's side panel)."""

    REST = "(all others)"

    def __init__(self, analysis, *, by: str | None = None, a=None, b=None,
                 n_resamples: int = 1999, controls: str = "top"):
        if controls not in ("top", "none"):
            raise ValueError(f"ComparisonView: controls={controls!r}; use 'top' or 'none'")
        self.holder = _holder(analysis)
        self.n_resamples = n_resamples
        columns = group_columns(self.holder.analysis.documents)
        wide = {"style": {"description_width": "72px"}, "layout": W.Layout(width="100%")
                if controls == "none" else W.Layout(width="auto")}
        self.by = W.Dropdown(options=columns, value=by if by in columns else (
            "genre" if "genre" in columns else columns[0]), description="Group by", **wide)
        self.side_a = W.Dropdown(description="Side A", **wide)
        self.side_b = W.Dropdown(description="Side B", **wide)
        self.marker = W.Dropdown(description="Marker", options=[], **wide)
        self.status = W.HTML()
        self.status.add_class("toolkit-status")
        self.figure = W.HTML(layout=W.Layout(width="100%"))
        self.figure.add_class("toolkit-figure")
        self.heading = W.HTML()
        self.table_widgets = [data_table(pd.DataFrame(), caption=caption) for caption in
                              ("Rates per 1,000 words [95 % CI]", "What differs",
                               "Where the markers fall")]
        self.table_titles = [W.HTML() for _ in self.table_widgets]
        self.tables = W.VBox([self.heading, *[w for pair in zip(
            self.table_titles, self.table_widgets, strict=True) for w in pair]])
        self.tables.add_class("toolkit-comparison")
        self.downloads = W.HTML()
        self.concordance = W.HTML()
        self.concordance_title = W.HTML()
        self.comparison = None
        self.figure_files: dict[str, bytes] = {}
        self._figure_observers: list[Callable] = []
        self._updating = False
        if controls == "top":
            self.controls = W.HBox([self.by, self.side_a, self.side_b],
                                   layout=W.Layout(flex_flow="row wrap"))
            marker_row = [self.marker]
        else:
            self.controls = W.VBox([self.by, self.side_a, self.side_b, self.marker])
            marker_row = []
        self.controls.add_class("toolkit-controls")
        self.by.observe(lambda _: self._new_grouping(), names="value")
        self.side_a.observe(lambda _: self.refresh(), names="value")
        self.side_b.observe(lambda _: self.refresh(), names="value")
        self.marker.observe(lambda _: self.show_concordance(), names="value")
        self.holder.observe(lambda _: self.refresh())
        shown = [self.controls] if controls == "top" else []
        super().__init__(shown + [self.status, self.figure, self.downloads, self.tables,
                                  self.concordance_title, *marker_row, self.concordance])
        self._new_grouping(a=a, b=b)

    def on_figure(self, callback: Callable) -> None:
        """Call ``callback(files)`` with ``{"profile.png": bytes, ...}`` whenever the figure
        is redrawn."""
        self._figure_observers.append(callback)

    def _values(self) -> list[str]:
        documents = self.holder.analysis.documents
        return sorted(documents[self.by.value].dropna().astype(str).unique())

    def _new_grouping(self, a=None, b=None) -> None:
        values = self._values()
        self._updating = True
        self.side_a.options = values
        self.side_b.options = [self.REST, *values]
        self.side_a.value = a if a in values else values[0]
        default_b = values[1] if len(values) > 1 else self.REST
        self.side_b.value = b if b in values or b == self.REST else default_b
        self._updating = False
        self.refresh()

    def _sides(self) -> tuple[str, str | None]:
        return self.side_a.value, None if self.side_b.value == self.REST else self.side_b.value

    def figure_title(self) -> str:
        """The figure's title: side A first ("A vs B", "A vs all others")."""
        a, b = self._sides()
        return f"{a} vs {b if b is not None else 'all others'}"

    def group_order(self) -> list[str]:
        """The groups of the current comparison, side A first, then side B (then any
        others, as the comparison lists them)."""
        a, b = self._sides()
        present = [str(g) for g in self.comparison.groups["group"]] if self.comparison else []
        first = [g for g in (a, b) if g is not None and g in present]
        return first + [g for g in present if g not in first]

    def profile_figure(self):
        """The rate profile of the current comparison as a matplotlib Figure, side A first,
        its legend below the plot (call within ``publication_style()`` for the house
        style; the caller closes it)."""
        from matplotlib.lines import Line2D

        from .plots import plot_profile
        from .plots.profile import GROUP_MARKERS
        from .plots.style import NEUTRAL_COLOR

        comparison = self.comparison
        by = self.by.value
        groups = self.group_order()
        ax = plot_profile(comparison.rates, by=by, groups=groups, legend=False)
        fig = ax.figure
        fig.set_size_inches(9.0, max(2.6, 0.7 + 0.32 * comparison.rates["category"].nunique()
                                     * max(1, len(groups)) ** 0.5))
        ax.set_title(self.figure_title(), loc="left")
        handles = [Line2D([], [], linestyle="none", marker=GROUP_MARKERS[g % len(
            GROUP_MARKERS)], markerfacecolor="#555555", markeredgecolor="#555555",
            color=NEUTRAL_COLOR, label=group) for g, group in enumerate(groups)]
        small = comparison.rates.get("small_group")
        if small is not None and small.fillna(False).astype(bool).any():
            handles.append(Line2D([], [], linestyle="none", marker="o",
                                  markerfacecolor="white", markeredgecolor="#555555",
                                  label="open: fewer than 5 documents"))
        fig.legend(handles=handles, loc="outside lower center", ncols=len(handles),
                   frameon=False)
        return fig

    def _status_html(self) -> str:
        groups = self.comparison.groups.assign(group=lambda g: g["group"].astype(str))
        groups = groups.set_index("group")
        parts = [f"<b>{html.escape(g)}</b> ({int(groups.loc[g, 'n_docs'])} documents, "
                 f"{int(groups.loc[g, 'words']):,} words)" for g in self.group_order()]
        n_sig = len(self.comparison.significant)
        verdict = (f"{n_sig} marker{'s' if n_sig != 1 else ''} differ over documents at "
                   f"adjusted p &lt; {self.comparison.alpha}" if n_sig else
                   f"no marker differs over documents at adjusted p &lt; "
                   f"{self.comparison.alpha}")
        if not self.comparison.inference:
            verdict = ("<b>no document-level inference: fewer than 5 documents a side</b>; "
                       "the tables show token-level keyness (words pooled) only")
        return (f"<p>Comparison by <b>{html.escape(self.by.value)}</b>: "
                + " vs ".join(parts) + f"; {verdict} (Benjamini-Hochberg).</p>")

    def refresh(self) -> None:
        """Recompute the comparison for the current controls and redraw."""
        if self._updating or self.side_a.value is None:
            return
        from .compare import compare
        from .plots import publication_style

        analysis = self.holder.analysis
        by = self.by.value
        a, b = self._sides()
        if a == b:
            self.status.value = "<p>Pick two different sides.</p>"
            return
        documents = analysis.documents.assign(**{by: analysis.documents[by].astype(str)})
        scoped = _with_documents(analysis, documents)
        try:
            # the count model is left to toolkit.compare: the app stays quick to update
            self.comparison = compare(scoped, by=by, a=a, b=b, n_resamples=self.n_resamples,
                                      model=False)
        except ValueError as exc:
            self.status.value = f"<p>{html.escape(str(exc))}</p>"
            return
        comparison = self.comparison
        self.status.value = self._status_html()
        with publication_style():
            fig = self.profile_figure()
            self.figure_files = figure_files(fig, "profile")
        self._show_tables()  # the tables first: a new figure means the tables are new too
        self.figure.value = figure_html(self.figure_files["profile.png"], alt="marker profile")
        self.downloads.value = ("<p class='toolkit-downloads'>Download the figure: "
                                + " · ".join(download_link(data, name, mime=_MIME[name[-3:]])
                                             for name, data in self.figure_files.items())
                                + " — the tables: " + " · ".join(
            download_link(table.to_csv(index=False).encode("utf-8"), f"{name}.csv")
            for name, table in comparison.tables().items()) + "</p>")
        for callback in self._figure_observers:
            callback(self.figure_files)
        significant = comparison.significant
        items = [(f"{r.item} ({r.level}, {r.category})", f"{r.level}:{r.item}")
                 for r in significant.itertuples(index=False)]
        if not items:
            items = [(c, f"category:{c}") for c in CATEGORIES]
        previous = self.marker.value
        self.marker.options = items
        values = [v for _, v in items]
        self.marker.value = previous if previous in values else values[0]
        self.show_concordance()

    def _show_tables(self) -> None:
        comparison = self.comparison
        by = self.by.value
        order = self.group_order()
        rates = comparison.rates.assign(group=comparison.rates[by].astype(str))
        rates["_order"] = rates["group"].map({g: i for i, g in enumerate(order)})
        rates["_cat"] = rates["category"].map({c: i for i, c in enumerate(CATEGORIES)})
        rates = rates.sort_values(["_order", "_cat"], kind="mergesort")
        columns = ["group", "category", "count", "words", "rate", "ci_low", "ci_high",
                   "n_docs"]
        rates = _rounded(rates[[c for c in columns if c in rates.columns]])
        keyness_columns = ["level", "item", "category", "group_a", "group_b", "count_a",
                           "count_b", "docs_with_a", "docs_with_b", "rate_a", "rate_b",
                           "log_ratio", "log_ratio_low", "log_ratio_high", "test", "p",
                           "p_adj", "g2", "token_p_adj"]
        significant = comparison.significant
        keyness = comparison.keyness.sort_values(["p_adj", "token_p"], kind="mergesort")
        differ = "What differs over documents (adjusted p < {}): {}".format(
            comparison.alpha, f"{len(significant)} markers" if len(significant)
            else "none; every marker, smallest adjusted p first")
        if not comparison.inference:
            differ = ("No document-level inference (fewer than 5 documents a side): "
                      "token-level keyness only, smallest token-level p first")
        key_table = _rounded(keyness[[c for c in keyness_columns if c in keyness.columns]])
        dispersion_columns = [*comparison.by, "category", "n", "mean_position",
                              "first_half_share", "dp", "dp_norm", "n_docs"]
        dispersion = _rounded(comparison.dispersion[[c for c in dispersion_columns
                                                     if c in comparison.dispersion.columns]])
        self.heading.value = (f"<h3 class='toolkit-h'>Comparison by {html.escape(by)}</h3>"
                              + "".join(f"<p class='toolkit-note'>{html.escape(n)}</p>"
                                        for n in comparison.notes))
        for widget, title, table, caption in zip(
                self.table_widgets, self.table_titles, (rates, key_table, dispersion),
                ("Rates per 1,000 words [95 % CI], side A first", differ,
                 "Where the markers fall (mean position 0-1, dispersion DP)"), strict=True):
            title.value = f"<h4 class='toolkit-h'>{html.escape(caption)}</h4>"
            update_table(widget, table, caption=caption)

    def side_documents(self) -> tuple[list[str], list[str]]:
        """The doc_ids of side A and side B."""
        documents = self.holder.analysis.documents
        column = documents[self.by.value].astype(str)
        side_a = documents.loc[column == self.side_a.value, "doc_id"].tolist()
        if self.side_b.value == self.REST:
            side_b = documents.loc[column != self.side_a.value, "doc_id"].tolist()
        else:
            side_b = documents.loc[column == self.side_b.value, "doc_id"].tolist()
        return side_a, side_b

    def show_concordance(self) -> None:
        """The concordance of the chosen marker, side A then side B: one line per row, the
        document column whole (:func:`toolkit.html.kwic_html`)."""
        from .html import kwic_html
        from .kwic import kwic

        if not self.marker.value:
            self.concordance.value = ""
            return
        level, item = self.marker.value.split(":", 1)
        kind = level if level in {"category", "subtype", "lemma"} else "auto"
        lines = kwic(self.holder.analysis, item, kind=kind, window=50)
        side_a, side_b = self.side_documents()
        self.concordance_title.value = (f"<h4 class='toolkit-h'>Concordance of "
                                        f"{html.escape(item)}</h4>")
        parts = []
        for label, ids in ((self.side_a.value, side_a), (self.side_b.value, side_b)):
            subset = lines[lines["doc_id"].isin(ids)]
            shown = "" if len(subset) <= 50 else ", first 50 shown"
            parts.append(kwic_html(subset, caption=f"{label}: {len(subset)} lines{shown}",
                                   limit=50))
        self.concordance.value = "".join(parts)


_MIME = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}


def figure_files(fig, stem: str, *, dpi: int = 150) -> dict[str, bytes]:
    """``fig`` as ``{stem}.png`` (``dpi``), ``.svg`` and ``.pdf`` bytes, without dates in
    their metadata; the figure is closed afterwards."""
    files = {}
    metadata = {"png": {"Software": None}, "svg": {"Date": None},
                "pdf": {"CreationDate": None, "ModDate": None, "Producer": None}}
    with matplotlib.rc_context({"svg.hashsalt": "stance-toolkit", "pdf.fonttype": 42}):
        for fmt in ("png", "svg", "pdf"):
            buffer = io.BytesIO()
            fig.savefig(buffer, format=fmt, dpi=dpi, metadata=metadata[fmt])
            files[f"{stem}.{fmt}"] = buffer.getvalue()
    matplotlib.pyplot.close(fig)
    return files


def _rounded(table: pd.DataFrame) -> pd.DataFrame:
    """Floats to three significant digits for display (still numbers, so they sort)."""
    out = table.reset_index(drop=True).copy()
    for column in out.columns:
        if pd.api.types.is_float_dtype(out[column]):
            out[column] = [float(f"{x:.3g}") if pd.notna(x) else x for x in out[column]]
    return out


#: the DataTables layout of every table: a search box above, the row count and pages below
TABLE_LAYOUT = {"topStart": None, "topEnd": "search", "bottomStart": "info",
                "bottomEnd": "paging"}


def data_table(table: pd.DataFrame, *, caption: str = "", **options):
    """A sortable, searchable table (``itables.widget.ITable``: DataTables bundled with the
    package, nothing fetched from the network): click a header to sort, type in the box to
    filter, ten rows a page."""
    from itables.widget import ITable

    widget = ITable(table, caption=caption, **_table_options(options))
    widget.add_class("toolkit-table")
    return widget


def update_table(widget, table: pd.DataFrame, *, caption: str = "", **options) -> None:
    """Show ``table`` in a :func:`data_table` widget."""
    widget.update(table, caption=caption, **_table_options(options))


def _table_options(options: dict) -> dict:
    return {"layout": TABLE_LAYOUT, "showIndex": False, "pageLength": 10,
            "classes": "display compact nowrap stripe hover",
            "style": "table-layout:auto;width:100%;margin:0;caption-side:top",
            "scrollX": True, "text_in_header_can_be_selected": False, **options}


def _with_documents(analysis, documents: pd.DataFrame):
    """A shallow copy of ``analysis`` with another documents table (same doc_ids)."""
    from dataclasses import replace

    return replace(analysis, documents=documents)


class LexiconEditor(W.VBox):
    """Add, remove or recategorise a lexicon term; the analysis is re-run on the cached
    parses (:meth:`toolkit.Analysis.with_lexicon`, nothing re-parsed) and every view
    sharing the :class:`AnalysisHolder` updates."""

    def __init__(self, holder: AnalysisHolder):
        self.holder = holder
        self.term = W.Text(description="Term", placeholder="e.g. vehemently")
        self.category = W.Dropdown(options=list(CATEGORIES), description="Category")
        self.subtype = W.Dropdown(options=list(SUBTYPES[CATEGORIES[0]]), description="Subtype")
        self.add_button = W.Button(description="Add", button_style="success")
        self.remove_button = W.Button(description="Remove", button_style="danger")
        self.recategorise_button = W.Button(description="Recategorise")
        self.status = W.HTML()
        self.category.observe(self._category_changed, names="value")
        self.add_button.on_click(lambda _: self.apply("add"))
        self.remove_button.on_click(lambda _: self.apply("remove"))
        self.recategorise_button.on_click(lambda _: self.apply("recategorise"))
        super().__init__([W.HBox([self.term, self.category, self.subtype]),
                          W.HBox([self.add_button, self.remove_button,
                                  self.recategorise_button]), self.status])

    def _category_changed(self, change) -> None:
        self.subtype.options = list(SUBTYPES[change["new"]])

    def apply(self, action: str) -> None:
        """Apply ``action`` ("add", "remove", "recategorise") to the current term."""
        from .errors import LexiconError

        analysis = self.holder.analysis
        lexicon = analysis.lexicon
        term = self.term.value.strip()
        before = len(analysis.markers)
        try:
            if action == "add":
                lexicon = lexicon.add(term, self.category.value, self.subtype.value)
            elif action == "remove":
                lexicon = lexicon.remove(term)
            elif action == "recategorise":
                lexicon = lexicon.recategorise(term, self.category.value, self.subtype.value)
            else:
                raise ValueError(f"unknown action {action!r}")
        except LexiconError as exc:
            self.status.value = f"<p style='color:#b00'>{html.escape(str(exc))}</p>"
            return
        updated = analysis.with_lexicon(lexicon)
        self.holder.replace(updated)
        self.status.value = (f"<p>{html.escape(action)} <b>{html.escape(term)}</b>: "
                             f"{before} → {len(updated.markers)} markers; lexicon version "
                             f"{html.escape(lexicon.version)} (no re-parse)</p>")


class HandCoding(W.VBox):
    """Code a sample of sentences by hand for one category (a checkbox per sentence: "has a
    marker of this category") and compare with the toolkit: Cohen's kappa and
    Krippendorff's alpha (NLTK) and precision/recall/F1, at sentence level."""

    def __init__(self, analysis, *, category: str = "hedge", sample: int = 12, seed: int = 7):
        self.holder = _holder(analysis)
        self.category = W.Dropdown(options=list(CATEGORIES), value=category,
                                   description="Category")
        self.sample_size = sample
        self.seed = seed
        self.boxes: list[W.Checkbox] = []
        self.sentences: list[tuple[str, int, int]] = []
        self.score_button = W.Button(description="Score my coding", button_style="primary")
        self.result = W.HTML()
        self.list = W.VBox()
        self.category.observe(lambda _: self.draw_sample(), names="value")
        self.score_button.on_click(lambda _: self.score())
        super().__init__([self.category, self.list, self.score_button, self.result])
        self.draw_sample()

    def draw_sample(self) -> None:
        """Draw a fixed-seed sample of sentences (half with a toolkit marker, when possible)."""
        analysis = self.holder.analysis
        rows = []
        for doc_id, doc in analysis.docs():
            for sentence in doc.sents:
                if sentence.text.strip():
                    rows.append((doc_id, sentence.start_char, sentence.end_char))
        frame = pd.DataFrame(rows, columns=["doc_id", "start", "end"])
        frame["toolkit"] = [self._has_marker(d, s, e) for d, s, e in rows]
        half = self.sample_size // 2
        marked = frame[frame["toolkit"]]
        unmarked = frame[~frame["toolkit"]]
        sample = pd.concat([marked.sample(min(half, len(marked)), random_state=self.seed),
                            unmarked.sample(min(self.sample_size - min(half, len(marked)),
                                                len(unmarked)), random_state=self.seed)])
        sample = sample.sort_values(["doc_id", "start"])
        self.sentences = list(zip(sample["doc_id"], sample["start"], sample["end"],
                                  strict=True))
        self.boxes = [W.Checkbox(value=False, indent=False,
                                 description=analysis.texts[d][s:e].strip()[:160],
                                 layout=W.Layout(width="98%"))
                      for d, s, e in self.sentences]
        self.list.children = self.boxes
        self.result.value = ""

    def _has_marker(self, doc_id: str, start: int, end: int) -> bool:
        markers = self.holder.analysis.markers
        hits = markers[(markers["doc_id"] == doc_id) & (markers["category"] ==
                                                        self.category.value)
                       & (markers["start"] < end) & (markers["end"] > start)]
        return not hits.empty

    def codings(self) -> tuple[list[dict], list[dict]]:
        """The hand coding and the toolkit's as gold-schema records, one per sampled
        sentence, each marking the whole sentence when it has the category (the coder: when
        its box is ticked; the toolkit: when it found a marker of the category in it)."""
        analysis = self.holder.analysis
        category = self.category.value
        markers = analysis.markers[analysis.markers["category"] == category]
        coder: list[dict] = []
        toolkit: list[dict] = []
        for box, (doc_id, start, end) in zip(self.boxes, self.sentences, strict=True):
            text = analysis.texts[doc_id][start:end]
            record_id = f"{doc_id}:{start}"
            coder.append({"id": record_id, "text": text, "attributions": [], "markers": [
                {"start": 0, "end": len(text), "category": category,
                 "subtype": SUBTYPES[category][0]}] if box.value else []})
            found = ((markers["doc_id"] == doc_id) & (markers["start"] < end)
                     & (markers["end"] > start)).any()
            toolkit.append({"id": record_id, "text": text, "attributions": [], "markers": [
                {"start": 0, "end": len(text), "category": category,
                 "subtype": SUBTYPES[category][0]}] if found else []})
        return coder, toolkit

    def score(self) -> pd.DataFrame:
        """Sentence-level agreement of the toolkit with the hand coding (Cohen's kappa and
        Krippendorff's alpha, via :func:`toolkit.evaluate.agreement`) and the toolkit's
        precision, recall and F1 against it (:func:`toolkit.evaluate.evaluate`); shown and
        returned as one table."""
        from .evaluate import agreement, evaluate

        coder, toolkit = self.codings()
        category = self.category.value
        table = agreement(coder, toolkit, unit="sentence", categories=[category])
        table = table[table["category"] == category].reset_index(drop=True)
        scores = evaluate(toolkit, coder).scores["markers"][category]
        table = table.assign(precision=scores["precision"], recall=scores["recall"],
                             f1=scores["f1"])
        self.result.value = table.to_html(index=False, float_format=lambda x: f"{x:.3f}",
                                          na_rep="undefined")
        return table


def default_corpora() -> dict[str, str]:
    """The corpora the app offers: the bundled example corpora of :mod:`toolkit.datasets`
    (label -> path)."""
    from .datasets import dataset_path

    return {"Seed statement (1 text)": str(dataset_path("seed")),
            "Statements (38 texts)": str(dataset_path("statements")),
            "UN General Debate, P5 2005-2024 (100 speeches)": str(dataset_path("ungdc_sample"))}


#: the app's look: a title bar, a side panel of controls, the content at the page's width
APP_CSS = """<style>
.toolkit-app { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans",
  sans-serif; color: #222; width: 100%; }
.toolkit-app .toolkit-titlebar { background: #0B3C5D; color: #fff; padding: 10px 18px;
  border-radius: 4px 4px 0 0; }
.toolkit-app .toolkit-titlebar h2 { margin: 0; font-size: 20px; font-weight: 600; }
.toolkit-app .toolkit-titlebar p { margin: 2px 0 0; font-size: 13px; opacity: 0.85; }
.toolkit-sidebar { background: #F4F6F8; border-right: 1px solid #DDE2E6; padding: 12px;
  box-sizing: border-box; }
.toolkit-sidebar h4 { margin: 10px 0 6px; font-size: 12px; text-transform: uppercase;
  letter-spacing: 0.06em; color: #51606C; }
.toolkit-sidebar .widget-label { color: #333; }
.toolkit-sidebar .widget-html-content { white-space: normal; overflow-wrap: anywhere;
  line-height: 1.4; }
.toolkit-sidebar .toolkit-summary, .toolkit-sidebar .toolkit-error { font-size: 13px;
  margin: 6px 0; }
.toolkit-sidebar details { font-size: 12px; color: #444; margin: 4px 0; }
.toolkit-sidebar details summary { cursor: pointer; color: #8A4B00; }
.toolkit-sidebar .toolkit-problems { padding-left: 16px; margin: 4px 0; }
.toolkit-sidebar .toolkit-problems li { margin-bottom: 4px; }
.toolkit-content { padding: 6px 18px 24px; box-sizing: border-box; min-width: 0; }
.toolkit-app .toolkit-h { font-size: 16px; margin: 14px 0 4px; }
.toolkit-app h4.toolkit-h { font-size: 14px; }
.toolkit-app .toolkit-status p { font-size: 14px; margin: 8px 0; }
.toolkit-app .toolkit-figure img { width: 100%; max-width: 1100px; height: auto;
  display: block; }
.toolkit-app .toolkit-table { margin: 6px 0 16px; width: 100%; }
.toolkit-app .toolkit-table caption { display: none; }
.toolkit-app .toolkit-table td, .toolkit-app .toolkit-table th { white-space: nowrap; }
.toolkit-app .toolkit-downloads a, .toolkit-app .toolkit-download-list a {
  margin: 0 2px; }
.toolkit-app a.toolkit-download { color: #0B5CAD; }
.toolkit-app .widget-tab > .p-TabBar .p-TabBar-tab,
.toolkit-app .widget-tab > .lm-TabBar .lm-TabBar-tab { min-width: 150px; }
.toolkit-app .toolkit-kwic { margin-bottom: 12px; }
</style>"""


class AppView(W.VBox):
    """The whole comparison as one page (what ``make app`` serves with Voilà): a side panel
    to pick a corpus (offered or typed) and analyse it with a progress bar, and to choose
    the comparison (group by, side A, side B, the marker to read in context); beside it, at
    the page's width, tabs to compare groups (figure with its legend below, sortable and
    searchable tables), read the highlighted text, search the concordance and download the
    tables and figures. A bad file or ``index.csv`` is reported in the page exactly as the
    CLI reports it; the rest of the corpus is analysed."""

    def __init__(self, corpora: dict[str, str] | None = None, *, autoload: bool = True):
        corpora = default_corpora() if corpora is None else corpora
        narrow = {"style": {"description_width": "48px"}, "layout": W.Layout(width="100%")}
        self.corpus = W.Dropdown(options=list(corpora.items()), description="Corpus",
                                 **narrow)
        self.path = W.Text(placeholder="a folder, .jsonl or .csv", description="Path",
                           **narrow)
        self.engine = W.Dropdown(options=[("rules", "rules"), ("learned model", "model"),
                                          ("rules + model", "combined")], value="rules",
                                 description="Engine", **narrow)
        self.load_button = W.Button(description="Analyse", button_style="primary",
                                    layout=W.Layout(width="100%"))
        self.progress = W.Output(layout=W.Layout(width="100%"))
        self.messages = W.HTML(layout=W.Layout(width="100%"))
        self.compare_panel = W.VBox(layout=W.Layout(width="100%"))
        self.sidebar = W.VBox([W.HTML("<h4>Corpus</h4>"), self.corpus, self.path,
                               self.engine, self.load_button, self.progress, self.messages,
                               self.compare_panel],
                              layout=W.Layout(width="300px", min_width="300px",
                                              flex="0 0 300px"))
        self.sidebar.add_class("toolkit-sidebar")
        self.body = W.VBox(layout=W.Layout(width="100%"))
        self.content = W.VBox([self.body], layout=W.Layout(flex="1 1 auto", width="auto",
                                                          min_width="0"))
        self.content.add_class("toolkit-content")
        self.downloads = W.HTML()
        self.downloads.add_class("toolkit-download-list")
        self.holder: AnalysisHolder | None = None
        self.views: list = []
        self._figure_files: dict[str, bytes] = {}
        self.load_button.on_click(lambda _: self.load())
        header = W.HTML(APP_CSS + "<div class='toolkit-titlebar'><h2>Rhetorical markers in "
                        "statements</h2><p>Intensifiers, boosters, hedges, downtoners, "
                        "evaluation, denial and attribution, compared across groups of "
                        "statements</p></div>", layout=W.Layout(width="100%"))
        main = W.HBox([self.sidebar, self.content],
                      layout=W.Layout(width="100%", align_items="stretch"))
        super().__init__([header, main], layout=W.Layout(width="100%"))
        self.add_class("toolkit-app")
        if autoload and corpora:
            self.load()

    def chosen_path(self) -> str | None:
        """The typed path if any, else the offered corpus picked."""
        return self.path.value.strip() or self.corpus.value

    def load(self) -> None:
        """Analyse the chosen corpus and build the views (problems shown, never raised). A
        typed path joins the corpus menu, selected, and the path box is emptied, so that
        the menu always names the corpus shown."""
        from .analysis import analyze
        from .corpus import load_corpus
        from .errors import ToolkitError

        path = self.chosen_path()
        self.body.children = []
        self.compare_panel.children = []
        if not path:
            self.messages.value = "<p>Pick or type a corpus.</p>"
            return
        self.progress.clear_output()
        try:
            documents = load_corpus(path)
            with self.progress:
                analysis = analyze(documents, progress=True, engine=self.engine.value)
        except (ToolkitError, OSError, ValueError) as exc:
            self.messages.value = (f"<p class='toolkit-error' style='color:#b00'>error: "
                                   f"{html.escape(str(exc))}</p>")
            return
        self.progress.clear_output()  # the bar has done its job; the summary says the rest
        self._select_corpus(path)
        self.show(analysis)

    def _select_corpus(self, path: str) -> None:
        options = list(self.corpus.options)
        if path not in [value for _, value in options]:
            from pathlib import Path

            options.append((f"{Path(path).name or path} ({path})", path))
            self.corpus.options = options
        self.corpus.value = path
        self.path.value = ""

    def show(self, analysis) -> None:
        """Build the page's views over ``analysis`` (what :meth:`load` does once the corpus
        is analysed)."""
        problems = list(analysis.problems)
        notes = "".join(f"<li>{html.escape(str(p.get('where', '')))}"
                        f"{' (' + html.escape(str(p['doc_id'])) + ')' if p.get('doc_id') else ''}"
                        f": {html.escape(str(p.get('reason', '')))}</li>" for p in problems)
        self.messages.value = (
            f"<p class='toolkit-summary'>{len(analysis.documents)} documents analysed, "
            f"{len(analysis.markers)} markers, {len(analysis.attributions)} attributions"
            f"{f'; {len(problems)} skipped or flagged' if problems else ''}.</p>"
            + (f"<details><summary>{len(problems)} skipped or flagged: details</summary>"
               f"<ul class='toolkit-problems'>{notes}</ul></details>" if notes else ""))
        self.holder = AnalysisHolder(analysis)
        tabs = W.Tab(layout=W.Layout(width="100%"))
        views = []
        titles = []
        self._figure_files = {}
        if len(analysis.documents) > 1:
            comparison = ComparisonView(self.holder, controls="none")
            comparison.on_figure(self._new_figure)
            self._figure_files = comparison.figure_files
            self.compare_panel.children = [W.HTML("<h4>Compare</h4>"), comparison.controls]
            views.append(comparison)
            titles.append("Compare")
        else:
            self._figure_files = self._profile_files(analysis)
        views += [HighlightedText(self.holder), StanceView(analysis),
                  ConcordanceView(self.holder), self.downloads]
        titles += ["Highlighted text", "Stance", "Concordance", "Downloads"]
        tabs.children = views
        for i, title in enumerate(titles):
            tabs.set_title(i, title)
        self.views = views
        self._show_downloads()
        self.body.children = [tabs]

    def _new_figure(self, files: dict[str, bytes]) -> None:
        self._figure_files = files
        self._show_downloads()

    @staticmethod
    def _profile_files(analysis) -> dict[str, bytes]:
        from .plots import plot_profile, publication_style
        from .stats import rates

        with publication_style():
            ax = plot_profile(rates(analysis, by="doc_id", level="category"), by="doc_id")
            ax.figure.set_size_inches(9.0, 3.0)
            return figure_files(ax.figure, "profile")

    def _show_downloads(self) -> None:
        analysis = self.holder.analysis
        tables = [download_link(getattr(analysis, name).to_csv(index=False).encode("utf-8"),
                                f"{name}.csv") for name in ("documents", "markers",
                                                            "attributions")]
        figures = [download_link(data, name, mime=_MIME[name[-3:]])
                   for name, data in self._figure_files.items()]
        what = ("the comparison shown in Compare" if len(analysis.documents) > 1
                else "the marker profile of the statement")
        self.downloads.value = (
            "<h4 class='toolkit-h'>Tables of this analysis</h4><p>UTF-8 CSV, one row per "
            "document, marker or attribution: " + " · ".join(tables) + "</p>"
            f"<h4 class='toolkit-h'>Figure</h4><p>{html.escape(what)} (PNG for slides, SVG "
            "and PDF for print): " + " · ".join(figures) + "</p>")


class StanceView(W.VBox):
    """Who judges whom in one statement (:mod:`toolkit.stance`): pick a statement and a
    category; see the holder-to-target network and the stance table (holder, target entity,
    polarity, count, the marker words and the target phrases), sortable and searchable. It
    opens on the statement with the most judged targets."""

    def __init__(self, analysis, *, doc_id: str | None = None):
        self.analysis = analysis
        self.stances = analysis.stances  # a groupby over every marker: computed once here
        self.picker = StatementPicker(analysis)
        self.picker.value = doc_id if doc_id is not None else self._most_judged()
        self.category = W.Dropdown(options=["evaluation", *[c for c in CATEGORIES
                                                            if c != "evaluation"], "all"],
                                   value="evaluation", description="Category")
        self.figure = W.HTML()
        self.table = data_table(pd.DataFrame(), caption="Stances")
        self.picker.observe(lambda _: self.refresh(), names="value")
        self.category.observe(lambda _: self.refresh(), names="value")
        super().__init__([W.HBox([self.picker, self.category]), self.figure, self.table])
        self.add_class("toolkit-stance")
        self.refresh()

    def _most_judged(self) -> str | None:
        stances = self.stances
        judged = stances[(stances["category"] == "evaluation")
                         & stances["target_entity"].notna()]
        if judged.empty:
            return self.picker.value
        return str(judged.groupby("doc_id")["count"].sum().idxmax())

    def rows(self) -> pd.DataFrame:
        """The stance table of the chosen statement and category."""
        table = self.stances[self.stances["doc_id"] == self.picker.value]
        if self.category.value != "all":
            table = table[table["category"] == self.category.value]
        return table[["holder_text", "target_entity", "category", "polarity", "count",
                      "examples", "targets"]].assign(
            holder_text=lambda t: t["holder_text"].fillna("the writer")).rename(
            columns={"holder_text": "holder", "target_entity": "target"})

    def refresh(self) -> None:
        from . import plots

        if self.picker.value is None:
            self.figure.value = "<p>No statement.</p>"
            return
        category = None if self.category.value == "all" else self.category.value
        with plots.publication_style():
            ax = plots.plot_stance_network(self.stances, self.picker.value,
                                           category=category)
            self.figure.value = figure_html(figure_png(ax.figure), alt="stance network")
        update_table(self.table, self.rows(), caption="Who judges what: holder, target, "
                                                      "polarity and count")
