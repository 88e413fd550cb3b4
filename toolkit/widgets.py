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


class CategoryToggles(W.HBox):
    """One toggle button per marker category; ``selected`` lists the categories on."""

    def __init__(self, categories=CATEGORIES, *, value: bool = True):
        self.buttons = {c: W.ToggleButton(value=value, description=c,
                                          layout=W.Layout(width="auto"))
                        for c in categories}
        super().__init__(list(self.buttons.values()))

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
            f"<b>{html.escape(c)}</b> {int(counts.get(c, 0))} "
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
        self.query.observe(lambda _: self.refresh(), names="value")
        self.window.observe(lambda _: self.refresh(), names="value")
        self.holder.observe(lambda _: self.refresh())
        super().__init__([W.HBox([self.query, self.window]), self.summary, self.view])
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
        self.view.value = lines.head(self.limit).to_html()


class ComparisonView(W.VBox):
    """Pick a grouping column and two sides (or "each against the rest"); see the rate
    profile with 95 % intervals, the markers that differ after Benjamini-Hochberg, and the
    concordance of a chosen marker on both sides."""

    REST = "(all others)"

    def __init__(self, analysis, *, by: str | None = None, a=None, b=None,
                 n_resamples: int = 1999):
        self.holder = _holder(analysis)
        self.n_resamples = n_resamples
        columns = group_columns(self.holder.analysis.documents)
        self.by = W.Dropdown(options=columns, value=by if by in columns else (
            "genre" if "genre" in columns else columns[0]), description="Group by")
        self.side_a = W.Dropdown(description="Side A")
        self.side_b = W.Dropdown(description="Side B")
        self.marker = W.Dropdown(description="Marker", options=[])
        self.status = W.HTML()
        self.figure = W.HTML()
        self.tables = W.HTML()
        self.downloads = W.HTML()
        self.concordance = W.HTML()
        self.comparison = None
        self._updating = False
        self.by.observe(lambda _: self._new_grouping(), names="value")
        self.side_a.observe(lambda _: self.refresh(), names="value")
        self.side_b.observe(lambda _: self.refresh(), names="value")
        self.marker.observe(lambda _: self.show_concordance(), names="value")
        self.holder.observe(lambda _: self.refresh())
        super().__init__([W.HBox([self.by, self.side_a, self.side_b]), self.status,
                          self.figure, self.tables, self.downloads, self.marker,
                          self.concordance])
        self._new_grouping(a=a, b=b)

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

    def refresh(self) -> None:
        """Recompute the comparison for the current controls and redraw."""
        if self._updating or self.side_a.value is None:
            return
        from .compare import compare
        from .plots import plot_profile, publication_style

        analysis = self.holder.analysis
        by, a = self.by.value, self.side_a.value
        b = None if self.side_b.value == self.REST else self.side_b.value
        if a == b:
            self.status.value = "<p>Pick two different sides.</p>"
            return
        documents = analysis.documents.assign(**{by: analysis.documents[by].astype(str)})
        scoped = _with_documents(analysis, documents)
        try:
            self.comparison = compare(scoped, by=by, a=a, b=b, n_resamples=self.n_resamples)
        except ValueError as exc:
            self.status.value = f"<p>{html.escape(str(exc))}</p>"
            return
        comparison = self.comparison
        self.status.value = f"<p>{html.escape(comparison.summary().splitlines()[0])}</p>"
        with publication_style():
            ax = plot_profile(comparison.rates, by=by,
                              title=f"{a} vs {b or 'all others'}")
            png = figure_png(ax.figure, dpi=150)
        self.figure.value = figure_html(png, alt="marker profile")
        self.tables.value = comparison._repr_html_()
        self.downloads.value = "<p>Download: " + " · ".join(
            [download_link(table.to_csv(index=False).encode("utf-8"), f"{name}.csv")
             for name, table in comparison.tables().items()]
            + [download_link(png, "profile.png", mime="image/png")]) + "</p>"
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
        """The concordance of the chosen marker, side A then side B."""
        from .kwic import kwic

        if not self.marker.value:
            self.concordance.value = ""
            return
        level, item = self.marker.value.split(":", 1)
        kind = level if level in {"category", "subtype", "lemma"} else "auto"
        lines = kwic(self.holder.analysis, item, kind=kind, window=50)
        side_a, side_b = self.side_documents()
        parts = []
        for label, ids in ((self.side_a.value, side_a), (self.side_b.value, side_b)):
            subset = lines[lines["doc_id"].isin(ids)]
            parts.append(f"<h4>{html.escape(str(label))}: {len(subset)} lines</h4>"
                         + subset.head(50).to_html())
        self.concordance.value = "".join(parts)


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


class AppView(W.VBox):
    """The whole comparison as one page (what ``make app`` serves with Voilà): pick a corpus
    (offered or typed), analyse it with a progress bar, then compare groups, read the
    highlighted text and the concordance, and download the tables and the figure. A bad file
    or ``index.csv`` is reported in the page exactly as the CLI reports it; the rest of the
    corpus is analysed."""

    def __init__(self, corpora: dict[str, str] | None = None, *, autoload: bool = True):
        corpora = default_corpora() if corpora is None else corpora
        self.corpus = W.Dropdown(options=list(corpora.items()), description="Corpus",
                                 layout=W.Layout(width="60%"))
        self.path = W.Text(placeholder="or type a folder, .jsonl or .csv path",
                           layout=W.Layout(width="60%"), description="Path")
        self.load_button = W.Button(description="Analyse", button_style="primary")
        self.progress = W.Output()
        self.messages = W.HTML()
        self.body = W.VBox()
        self.holder: AnalysisHolder | None = None
        self.load_button.on_click(lambda _: self.load())
        super().__init__([self.corpus, W.HBox([self.path, self.load_button]), self.progress,
                          self.messages, self.body])
        if autoload and corpora:
            self.load()

    def chosen_path(self) -> str | None:
        """The typed path if any, else the offered corpus picked."""
        return self.path.value.strip() or self.corpus.value

    def load(self) -> None:
        """Analyse the chosen corpus and build the views (problems shown, never raised)."""
        from .analysis import analyze
        from .corpus import load_corpus
        from .errors import ToolkitError

        path = self.chosen_path()
        self.body.children = []
        if not path:
            self.messages.value = "<p>Pick or type a corpus.</p>"
            return
        self.progress.clear_output()
        try:
            documents = load_corpus(path)
            with self.progress:
                analysis = analyze(documents, progress=True)
        except (ToolkitError, OSError, ValueError) as exc:
            self.messages.value = (f"<p class='toolkit-error' style='color:#b00'>error: "
                                   f"{html.escape(str(exc))}</p>")
            return
        problems = list(analysis.problems)
        notes = "".join(f"<li>{html.escape(str(p.get('where', '')))}"
                        f"{' (' + html.escape(str(p['doc_id'])) + ')' if p.get('doc_id') else ''}"
                        f": {html.escape(str(p.get('reason', '')))}</li>" for p in problems)
        self.messages.value = (
            f"<p class='toolkit-summary'>{len(analysis.documents)} documents analysed, "
            f"{len(analysis.markers)} markers, {len(analysis.attributions)} attributions"
            f"{f'; {len(problems)} skipped or flagged' if problems else ''}.</p>"
            + (f"<ul class='toolkit-problems'>{notes}</ul>" if notes else ""))
        self.holder = AnalysisHolder(analysis)
        tabs = W.Tab()
        views = []
        titles = []
        if len(analysis.documents) > 1:
            views.append(ComparisonView(self.holder))
            titles.append("Compare")
        views += [HighlightedText(self.holder), ConcordanceView(self.holder),
                  self._downloads(analysis)]
        titles += ["Highlighted text", "Concordance", "Download tables"]
        tabs.children = views
        for i, title in enumerate(titles):
            tabs.set_title(i, title)
        self.views = views
        self.body.children = [tabs]

    @staticmethod
    def _downloads(analysis) -> W.HTML:
        links = [download_link(getattr(analysis, name).to_csv(index=False).encode("utf-8"),
                               f"{name}.csv") for name in ("documents", "markers",
                                                           "attributions")]
        return W.HTML("<p>Tables of this analysis (UTF-8 CSV): " + " · ".join(links) + "</p>")
