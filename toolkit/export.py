"""Export tables as CSV, Parquet or XLSX, with a data dictionary; read them back unchanged.

:func:`export_tables` writes one file per table (``markers.csv``, ``markers.parquet``), or
for XLSX one workbook ``tables.xlsx`` with a sheet per table and a ``datadictionary`` sheet,
into a folder, plus ``datadictionary.json`` (for programs) and ``datadictionary.md`` (for
people): the toolkit version, the pipeline, the lexicon version, for every table each
column's name, type and meaning, and the full citation of every ``reference``.
:func:`read_export` reads a table back with the types the dictionary names, so a table
survives the round trip: nullable integers (``Int64``) stay integers, a missing value stays
missing.

Every export is written to a temporary folder (hidden, inside ``out``) and moved into place
only when complete: a failed export leaves ``out`` as it was.

- CSV: UTF-8 with a header row, comma-separated, standard quoting, CRLF between rows
  (RFC 4180; a line break inside a cell is quoted). An empty cell is a
  missing value; a text column holding both empty strings and missing values is the one
  case CSV cannot tell apart (the dictionary says so under ``empty_and_missing``). A text
  cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (a formula to
  a spreadsheet: CSV injection) is written with a leading ``'``, as OWASP recommends
  (https://owasp.org/www-community/attacks/CSV_Injection); so is one that already starts
  with ``'`` followed by such a character. :func:`read_export` removes that ``'``.
- Parquet: ``pyarrow``, types stored in the file.
- XLSX: ``openpyxl``; one sheet per table (a table of more than 1,048,575 rows continues on
  sheets ``name_2``, ``name_3``...), header frozen, filters on, column widths fitted to the
  contents. Text cells are stored as text, so a scraped value that starts with ``=`` is
  never run as a formula. Excel cannot hold control characters or more than 32,767
  characters in a cell: control characters are replaced by U+FFFD and a longer cell is cut,
  each with a warning (:class:`ExportWarning`) naming the table, column, row and document
  (CSV and Parquet keep them).
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import tempfile
import warnings
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from . import __version__
from .errors import ToolkitError

__all__ = ["FORMATS", "ExportError", "ExportWarning", "export_tables", "read_export",
           "data_dictionary", "COLUMN_MEANINGS", "DICTIONARY_FILE", "WORKBOOK_FILE",
           "reference_citations"]

FORMATS = ("csv", "parquet", "xlsx")
DICTIONARY_FILE = "datadictionary.json"
#: the one workbook of an XLSX export
WORKBOOK_FILE = "tables.xlsx"
DICTIONARY_SHEET = "datadictionary"
#: a text cell a spreadsheet would run as a formula (OWASP, CSV injection), or one that
#: already carries the escaping quote
_FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"^'+[=+\-@\t\r]")
CSV_INJECTION_NOTE = (
    "CSV injection (OWASP, https://owasp.org/www-community/attacks/CSV_Injection): a text "
    "cell that starts with =, +, -, @, a tab or a carriage return is written with a leading "
    "' so that a spreadsheet shows it as text instead of running it as a formula (a cell "
    "that starts with ' and then one of those characters gets one more '); read_export "
    "removes that '. Count per column: 'neutralised'.")
EXCEL_MAX_ROWS = 1_048_575  # plus the header row
EXCEL_MAX_CELL = 32_767

#: what each column means; ``table.column`` entries override a plain ``column`` entry
COLUMN_MEANINGS: dict[str, str] = {
    # documents
    "doc_id": "document id (the corpus's id: the file name without .txt, or the id field)",
    "words": "alphabetic tokens in the document: the denominator of every rate",
    "tokens": "spaCy tokens in the document (words, numbers, punctuation)",
    "sentences": "sentences in the document (spaCy's parser)",
    "corpus": "the corpus folder or file the document was read from",
    # markers
    "markers.start": "offset of the marker's first character in the document's text "
                     "(Python string index)",
    "markers.end": "offset just after the marker's last character",
    "markers.text": "the marker as written: text[start:end]",
    "category": "marker category of MARKERS.md (intensifier, booster, hedge, downtoner, "
                "evaluation, denial)",
    "subtype": "marker subtype of MARKERS.md within the category",
    "lemma": "the marker's lemma (spaCy), lower-cased",
    "sentence": "index of the sentence holding the marker in its document (from 0)",
    "position": "start / len(text): where in the document the marker falls (0 to 1)",
    "rule": "the lexicon entry or rule that fired (lexicon:TERM or rule:NAME)",
    "reference": "the source of that lexicon entry or rule, by short name; the full "
                 "citation of each is under 'references' in this dictionary",
    "score": "the learned detector's probability for a marker it found (rule model:spancat); "
             "missing for the rules' markers",
    "target_start": "offset of the first character of the marker's target: the phrase it "
                    "judges or scales, or the proposition it hedges, boosts or denies "
                    "(MARKERS.md, Targets and holders; missing: no target in the text)",
    "target_end": "offset just after the target",
    "target": "the target as written",
    "target_head": "the word the target is about (its head, or the word that names the "
                   "entity)",
    "target_entity": "the target grouped into an entity across the document: a named entity, "
                     "else the lemma of the head noun with its compounds; a pronoun takes the "
                     "entity before it",
    "holder": "who takes the stance: 'writer', or 'speaker N' (the attributions' speaker_id "
              "of the innermost attribution whose content holds the marker)",
    "holder_text": "the holder's source phrase as written (missing for the writer)",
    "holder_start": "offset of the holder's source phrase (missing for the writer)",
    "holder_end": "offset just after the holder's source phrase",
    # attributions
    "attribution_id": "index of the attribution relation within its document (from 0)",
    "cue_start": "offset of the reporting cue's first character",
    "cue_end": "offset just after the reporting cue",
    "cue": "the reporting cue as written (said, according to, ...)",
    "source_start": "offset of the source's first character (missing: no source in the text)",
    "source_end": "offset just after the source",
    "attributions.source": "the source of the attribution as written (who says it)",
    "source_head": "the head word of the source",
    "content_start": "offset of the reported content's first character (missing: none)",
    "content_end": "offset just after the reported content",
    "content": "the reported content as written (what is said)",
    "kind": "how the content is reported (MARKERS.md): direct (entirely a quotation), mixed "
            "(partly quoted), indirect (reported without quotation marks, passives "
            "included), according_to (an adjunct source: according to X, X said as a "
            "parenthesis), nominal (a noun cue: his claim that ...)",
    "source_type": "what kind of source it is (MARKERS.md): named_person, official_role, "
                   "institution, document, media, anonymous, self, none",
    "stance": "the stance the cue takes towards the content (neutral, distancing, "
              "endorsing, opposing, directive)",
    "speaker_id": "the same id for coreferent sources within a document",
    "parent_id": "attribution_id of the relation that relays this one (missing: none)",
    # problems
    "where": "the file and line (or 'input') the problem was found at",
    "reason": "what is wrong and what to do",
    "severity": "error: the document was skipped; warning: it was kept",
    "problems.doc_id": "the document concerned (missing: a problem with a row or file that "
                       "names no document)",
    # statistics (toolkit.stats)
    "count": "markers counted",
    "rate": "markers per 1,000 words",
    "ci_low": "lower end of the 95 % confidence interval of the rate",
    "ci_high": "upper end of the 95 % confidence interval of the rate",
    "ci_method": "how the interval was computed (Garwood exact Poisson, or bootstrap over "
                 "documents)",
    "n_docs": "documents in the group",
    "small_group": "the group (or a side of the comparison) has fewer than 5 documents, a "
                   "document alone included: no document-level test, and a bootstrap "
                   "interval too narrow to trust",
    "item": "the marker item compared (a category, subtype or lemma)",
    "level": "what an item is: category, subtype or lemma",
    "group_a": "the first group compared",
    "group_b": "the second group compared ('rest': every other document)",
    "n_docs_a": "documents in group a",
    "n_docs_b": "documents in group b",
    "count_a": "markers of the item in group a",
    "count_b": "markers of the item in group b",
    "docs_with_a": "documents of group a holding the item",
    "docs_with_b": "documents of group b holding the item",
    "words_a": "words in group a",
    "words_b": "words in group b",
    "rate_a": "rate per 1,000 words in group a (pooled)",
    "rate_b": "rate per 1,000 words in group b (pooled)",
    "log_ratio": "log2 of rate a over rate b (Hardie 2014), +/-inf when the item is absent "
                 "from one side",
    "log_ratio_low": "lower end of the 95 % bootstrap interval of the log ratio, resampling "
                     "documents",
    "log_ratio_high": "upper end of the 95 % bootstrap interval of the log ratio, resampling "
                      "documents",
    "absent_in": "the side (a or b) where the item is absent, else empty",
    "log_ratio_bound": "for an item absent from one side: the log ratio if that side's rate "
                       "were at the top of its exact 95 % Poisson interval (a bound)",
    "test": "the document-level test (permutation over documents, or Lijffijt's bootstrap), "
            "or why none was run",
    "p": "p-value of the document-level test",
    "p_adj": "p adjusted by Benjamini & Hochberg (1995)",
    "significant": "p_adj below alpha: the item differs over documents",
    "token_test": "token-level keyness test on words pooled over each group: G2 or Fisher",
    "g2": "log-likelihood ratio G2 on pooled words (Dunning 1993): token-level keyness",
    "g2_p": "p-value of G2 (chi-square, 1 degree of freedom; words as independent draws)",
    "fisher_p": "Fisher's exact test p-value on pooled words (where an expected count is "
                "below 5)",
    "token_p": "p-value of the token-level test (G2 or Fisher)",
    "token_p_adj": "token_p adjusted by Benjamini & Hochberg (1995)",
    "token_significant": "token_p_adj below alpha (pooled words: not inference over "
                         "documents)",
    "higher_in": "the group with the higher rate",
    "expected_a": "expected count in group a under no difference",
    "expected_b": "expected count in group b under no difference",
    "term": "the model term: a group against the reference group, or a covariate",
    "rate_ratio": "exp(coef): the ratio of rates to the reference group (or per unit)",
    "model.ci_low": "lower end of the 95 % interval of the rate ratio",
    "model.ci_high": "upper end of the 95 % interval of the rate ratio",
    "coef": "log rate ratio (negative-binomial regression, log words offset)",
    "se": "standard error of coef",
    "z": "coef / se",
    "term_p": "Wald p-value of this term",
    "model.test": "the count model fitted (negative binomial, or Poisson when documents vary "
                  "no more than Poisson counts)",
    "model.p": "Wald test of every group term together (one per item)",
    "model.p_adj": "model.p adjusted by Benjamini & Hochberg (1995) over the items",
    "model.significant": "model.p_adj below alpha",
    "nb_alpha": "negative-binomial overdispersion (variance mu + alpha mu^2)",
    "errors": "how standard errors were computed (clustered by speaker, or model-based)",
    "converged": "the model converged",
    "n": "markers",
    "mean_position": "mean position (0 to 1) of the markers in their documents",
    "median_position": "median position (0 to 1)",
    "first_half_share": "share of the markers in the first half of the text",
    "first_half_p": "binomial test of first_half_share against 0.5 (two-sided)",
    "dp": "Gries's (2008) deviation of proportions",
    "dp_norm": "DP normalised by its maximum (Lijffijt & Gries 2012)",
    "dp_parts": "what the parts of the DP were",
}
METADATA_MEANING = "metadata from the corpus (index.csv, manifest.csv or the JSONL/CSV record)"
#: the columns of the documents table the toolkit computes; every other one is metadata
DOCUMENT_COLUMNS = ("doc_id", "words", "tokens", "sentences", "corpus")


class ExportError(ToolkitError, ValueError):
    """A table cannot be written in the format asked for."""


class ExportWarning(UserWarning):
    """A cell was changed to fit the format (a character it cannot hold, a length)."""


def _meaning(table: str, column: str) -> str:
    qualified = COLUMN_MEANINGS.get(f"{table}.{column}")
    if qualified:
        return qualified
    if table == "documents":
        return COLUMN_MEANINGS.get(column, "") if column in DOCUMENT_COLUMNS else \
            METADATA_MEANING
    return COLUMN_MEANINGS.get(column, "")


@lru_cache(maxsize=1)
def _citations() -> dict[str, str]:
    path = Path(__file__).with_name("references.tsv")
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["short"]: row["citation"] for row in csv.DictReader(handle, delimiter="\t")}


def reference_citations(references) -> dict[str, str]:
    """The full citation of each short reference (``Hyland 2005``, ``VADER``, ``project``;
    ``toolkit/references.tsv``); a reference that names several sources (``Biber 1988:
    feature 49; Quirk et al. 1985``) gets each of their citations, one that names none
    itself."""
    known = _citations()
    found = {}
    for reference in sorted({str(r) for r in references if isinstance(r, str) and r}):
        if reference in known:
            found[reference] = known[reference]
            continue
        hits = [(m.start(), full) for short, full in known.items()
                for m in [re.search(rf"(?<!\w){re.escape(short)}(?!\w)", reference)] if m]
        found[reference] = " ".join(full for _, full in sorted(hits)) if hits else reference
    return found


def _is_text(series: pd.Series) -> bool:
    return pd.api.types.is_string_dtype(series.dtype) or series.dtype == object


def _column_record(table: str, column: str, series: pd.Series) -> dict:
    record = {"name": column, "dtype": str(series.dtype), "meaning": _meaning(table, column),
              "missing": int(series.isna().sum())}
    if isinstance(series.dtype, pd.CategoricalDtype):
        record["categories"] = [str(c) for c in series.cat.categories]
    if _is_text(series):
        empty = int((series.dropna().astype(str) == "").sum())
        record["empty_strings"] = empty
        record["empty_and_missing"] = bool(empty and record["missing"])
        if series.dtype == object:
            kinds = sorted({type(v).__name__ for v in series.dropna()})
            if kinds and kinds != ["str"]:
                record["note"] = (f"values of types {', '.join(kinds)} are written as text "
                                  "and read back as text")
    return record


def _sheet_names(name: str, rows: int) -> list[str]:
    """The sheets of a table in the workbook (Excel: at most 31 characters a name)."""
    parts = max(1, -(-rows // EXCEL_MAX_ROWS))
    return [name[:31] if part == 0 else f"{name[:27]}_{part + 1}" for part in range(parts)]


def data_dictionary(tables: Mapping[str, pd.DataFrame], provenance: Mapping[str, str], *,
                    format: str = "csv") -> dict:
    """The data dictionary of ``tables``: provenance plus, per table, its file (and for XLSX
    its sheets), rows and columns (``name``, ``dtype``, ``meaning``, ``missing``, and for
    text columns ``empty_strings``); ``references``: the full citation of every value of a
    ``reference`` column."""
    references = set()
    for frame in tables.values():
        if "reference" in frame.columns:
            references |= set(frame["reference"].dropna().astype(str))
    described = {}
    for name, frame in tables.items():
        entry = {"file": WORKBOOK_FILE if format == "xlsx" else f"{name}.{format}"}
        if format == "xlsx":
            entry["sheets"] = _sheet_names(name, len(frame))
        entry.update(rows=len(frame),
                     columns=[_column_record(name, str(c), frame[c]) for c in frame.columns])
        described[name] = entry
    dictionary = {
        "toolkit_version": provenance.get("toolkit_version", __version__),
        "pipeline": provenance.get("pipeline", ""),
        "lexicon_version": provenance.get("lexicon_version", ""),
        **{k: v for k, v in provenance.items()
           if k not in ("toolkit_version", "pipeline", "lexicon_version")},
        "format": format,
        "tables": described,
        "references": reference_citations(references),
    }
    if format == "csv":
        dictionary["csv_injection"] = CSV_INJECTION_NOTE
    return dictionary


def _dictionary_markdown(dictionary: dict) -> str:
    lines = ["# Data dictionary", "",
             f"- toolkit version: {dictionary['toolkit_version']}",
             f"- pipeline: {dictionary['pipeline']}",
             f"- lexicon version: {dictionary['lexicon_version']}",
             f"- format: {dictionary['format']}", ""]
    if dictionary.get("csv_injection"):
        lines += [f"- {dictionary['csv_injection']}", ""]
    for name, table in dictionary["tables"].items():
        where = f"`{table['file']}`" + (f", sheet `{table['sheets'][0]}`"
                                         if table.get("sheets") else "")
        lines += [f"## {name} ({where}, {table['rows']} rows)", "",
                  "| column | type | missing | meaning |", "|---|---|---|---|"]
        for column in table["columns"]:
            meaning = column["meaning"].replace("|", "\\|")
            lines.append(f"| {column['name']} | {column['dtype']} | {column['missing']} | "
                         f"{meaning} |")
        lines.append("")
    if dictionary.get("references"):
        lines += ["## references", "", "| reference | full citation |", "|---|---|"]
        for short, full in dictionary["references"].items():
            lines.append(f"| {short.replace('|', '/')} | {full.replace('|', '/')} |")
        lines.append("")
    return "\n".join(lines)


def _check_names(tables: Mapping[str, pd.DataFrame]) -> None:
    for name, frame in tables.items():
        if not isinstance(name, str) or not name.replace("_", "").replace("-", "").isalnum():
            raise ExportError(f"table name {name!r}: use letters, digits, '_' or '-' only "
                              "(it becomes a file name)")
        if not isinstance(frame, pd.DataFrame):
            raise ExportError(f"table {name!r} is a {type(frame).__name__}, not a DataFrame")
        if frame.columns.duplicated().any():
            raise ExportError(f"table {name!r} has duplicate column names "
                              f"{list(frame.columns[frame.columns.duplicated()])}")


def export_tables(tables: Mapping[str, pd.DataFrame], out: str | Path, *,
                  format: str = "csv", provenance: Mapping[str, str]) -> list[Path]:
    """Write each table to ``out/<name>.<format>`` (XLSX: one workbook ``out/tables.xlsx``
    with a sheet per table and a ``datadictionary`` sheet) and the data dictionary
    (``datadictionary.json`` and ``.md``); return the paths written.

    ``format``: ``"csv"`` (UTF-8, header; formula-like text neutralised, see the module
    docs), ``"parquet"`` (pyarrow) or ``"xlsx"`` (openpyxl). ``provenance``:
    ``toolkit_version``, ``pipeline``, ``lexicon_version`` (see
    :attr:`toolkit.Analysis.provenance`), written into the dictionary. Everything is
    written to a temporary folder first and moved into ``out`` only when complete.

    >>> export_tables({"markers": result.markers}, "out", format="parquet",
    ...               provenance=result.provenance)              # doctest: +SKIP
    """
    if format not in FORMATS:
        raise ExportError(f"format={format!r} is not one of {', '.join(FORMATS)}")
    _check_names(tables)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    frames = {name: frame.reset_index(drop=True) for name, frame in tables.items()}
    neutralised: dict[str, dict[str, int]] = {}
    if format == "csv":
        frames = {name: _neutralise_formulas(frame, neutralised.setdefault(name, {}))
                  for name, frame in frames.items()}
    elif format == "xlsx":
        frames = {name: _fit_excel(name, frame) for name, frame in frames.items()}
    dictionary = data_dictionary(tables, provenance, format=format)
    for name, counts in neutralised.items():
        for column in dictionary["tables"][name]["columns"]:
            if column["name"] in counts:
                column["neutralised"] = counts[column["name"]]
    # a hidden folder inside out: on the same file system, so each move is a rename
    staging = Path(tempfile.mkdtemp(prefix=".export-", dir=out))
    try:
        names = []
        if format == "xlsx":
            _write_workbook(frames, dictionary, staging / WORKBOOK_FILE)
            names.append(WORKBOOK_FILE)
        else:
            for name, frame in frames.items():
                _write_table(frame, staging / f"{name}.{format}", format)
                names.append(f"{name}.{format}")
        (staging / DICTIONARY_FILE).write_text(
            json.dumps(dictionary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (staging / "datadictionary.md").write_text(_dictionary_markdown(dictionary),
                                                   encoding="utf-8")
        names += [DICTIONARY_FILE, "datadictionary.md"]
        for name in names:
            os.replace(staging / name, out / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [out / name for name in names]


def _write_table(frame: pd.DataFrame, path: Path, format: str) -> None:
    """One table as CSV or Parquet."""
    if format == "csv":
        # CRLF rows (RFC 4180): with "\n" alone, csv would leave a cell holding a bare
        # carriage return unquoted, and a reader would break the row there
        frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\r\n")
    else:
        frame.to_parquet(path, index=False, engine="pyarrow")


def _neutralise_formulas(frame: pd.DataFrame, counts: dict[str, int]) -> pd.DataFrame:
    """Text cells a spreadsheet would run as formulas, with a leading ``'`` (OWASP);
    ``counts``: cells changed per column."""
    changed = {}
    for column in frame.columns:
        series = frame[column]
        if not _is_text(series) or isinstance(series.dtype, pd.CategoricalDtype):
            continue
        hits = series.map(lambda v: isinstance(v, str) and bool(_FORMULA_START.match(v)))
        hits = hits.fillna(False).astype(bool)
        if hits.any():
            values = series.astype(object).copy()
            values[hits] = "'" + values[hits].astype(str)
            changed[column] = values
            counts[str(column)] = int(hits.sum())
    return frame.assign(**changed) if changed else frame


def _restore_formulas(series: pd.Series) -> pd.Series:
    """Undo :func:`_neutralise_formulas` on a column read from CSV."""
    return series.map(lambda v: v[1:] if isinstance(v, str) and _ESCAPED.match(v) else v)


def _excel_value(value):
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and np.isnan(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (list, dict, tuple, set)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _fit_excel(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The table with what Excel cannot hold changed, one :class:`ExportWarning` per column
    and problem naming the first row and document: control characters replaced by U+FFFD,
    cells longer than 32,767 characters cut (ending in an ellipsis)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    changed = {}
    for column in frame.columns:
        values = frame[column]
        if not _is_text(values):
            continue
        is_text = values.map(lambda v: isinstance(v, str)).astype(bool)
        text = values[is_text]
        illegal = text[text.str.contains(ILLEGAL_CHARACTERS_RE.pattern, regex=True)]
        too_long = text[text.str.len() > EXCEL_MAX_CELL]
        if not len(illegal) and not len(too_long):
            continue
        fixed = values.astype(object).copy()
        if len(illegal):
            fixed[illegal.index] = illegal.str.replace(ILLEGAL_CHARACTERS_RE.pattern, "\ufffd",
                                                       regex=True)
            _warn_cells(name, frame, column, illegal.index,
                        "control characters Excel cannot store, replaced by U+FFFD")
        if len(too_long):
            fixed[too_long.index] = fixed[too_long.index].str.slice(0, EXCEL_MAX_CELL - 1) + "…"
            _warn_cells(name, frame, column, too_long.index,
                        f"more than Excel's {EXCEL_MAX_CELL:,} characters per cell, cut; "
                        "export as csv or parquet for the whole text")
        changed[column] = fixed
    return frame.assign(**changed) if changed else frame


def _warn_cells(name: str, frame: pd.DataFrame, column, rows: pd.Index, problem: str) -> None:
    first = rows[0]
    document = f" (document {frame.at[first, 'doc_id']!r})" if "doc_id" in frame.columns \
        else ""
    more = f" and {len(rows) - 1} more rows" if len(rows) > 1 else ""
    warnings.warn(f"table {name!r}, column {column!r}, row {int(first) + 1}{document}{more}: "
                  f"{problem}", ExportWarning, stacklevel=4)


def _missing(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # a list or an array: not missing
        return False


def _column_width(header: str, values: pd.Series) -> float:
    """A readable width: the longest of the header and the first 1,000 cells, 8 to 60."""
    sample = [len(str(v)) for v in values.head(1000) if not _missing(v)]
    return float(min(60, max(8, len(header) + 2, *(n + 1 for n in sample))))


def _write_sheet(book, title: str, frame: pd.DataFrame) -> None:
    from openpyxl.cell.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    columns = [str(c) for c in frame.columns]
    for i, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = _column_width(
            column, frame.iloc[:, i - 1])
    sheet.freeze_panes = "A2"
    if columns:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(frame) + 1}"
    sheet.append(columns)
    for row in frame.itertuples(index=False, name=None):
        cells = []
        for value in row:
            value = _excel_value(value)
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text, never a formula
            cells.append(cell)
        sheet.append(cells)


def _dictionary_frame(dictionary: dict) -> pd.DataFrame:
    """The data dictionary as one table: provenance, every column, every reference."""
    rows = [{"table": "provenance", "column": key, "type": "", "missing": None,
             "meaning": str(value)} for key, value in dictionary.items()
            if key not in ("tables", "references")]
    for name, table in dictionary["tables"].items():
        rows += [{"table": name, "column": c["name"], "type": c["dtype"],
                  "missing": c["missing"], "meaning": c["meaning"]} for c in table["columns"]]
    rows += [{"table": "references", "column": short, "type": "", "missing": None,
              "meaning": full} for short, full in dictionary.get("references", {}).items()]
    return pd.DataFrame(rows, columns=["table", "column", "type", "missing", "meaning"])


def _write_workbook(frames: Mapping[str, pd.DataFrame], dictionary: dict, path: Path) -> None:
    """One workbook: a sheet per table (continued on ``name_2``... past Excel's row
    limit), then the ``datadictionary`` sheet."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for name, frame in frames.items():
        for part, title in enumerate(dictionary["tables"][name]["sheets"]):
            _write_sheet(book, title, frame.iloc[part * EXCEL_MAX_ROWS:
                                                 (part + 1) * EXCEL_MAX_ROWS])
    _write_sheet(book, DICTIONARY_SHEET, _dictionary_frame(dictionary))
    book.save(path)


def _read_xlsx(path: Path, sheets: list[str] | None = None) -> pd.DataFrame:
    """The rows of ``sheets`` (default: every sheet) of a workbook, as one table of
    objects."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=False)
    try:
        frames = []
        for title in sheets if sheets is not None else book.sheetnames:
            if title not in book.sheetnames:
                raise ExportError(f"{path}: no sheet {title!r} (sheets are {book.sheetnames})")
            rows = book[title].iter_rows(values_only=True)
            header = next(rows, None)
            if header is None:
                continue
            width = len(header)  # read-only sheets leave trailing empty cells out
            data = [list(r[:width]) + [None] * (width - len(r)) for r in rows]
            frames.append(pd.DataFrame(data, columns=list(header), dtype=object))
    finally:
        book.close()
    if not frames:
        raise ExportError(f"{path}: no sheet with a header row")
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def _restore(series: pd.Series, column: dict, source: str) -> pd.Series:
    """Give a column read from CSV or XLSX the dtype the data dictionary names."""
    dtype = column["dtype"]
    text = series.map(lambda v: None if v is None or (isinstance(v, float) and np.isnan(v))
                      else (v if isinstance(v, str) else _plain(v)))
    missing = text.isna() | (text == "")
    if dtype in ("str", "string", "object") or dtype.startswith("string"):
        values = text.fillna("")
        if column.get("missing") and not column.get("empty_strings"):
            values = values.where(values != "", None)
        elif column.get("missing"):  # both: an empty cell is read as missing
            values = values.where(values != "", None)
        return values.astype(dtype) if dtype != "object" else values.astype(object)
    if dtype in ("bool", "boolean"):
        mapped = text.map({"True": True, "False": False, "true": True, "false": False,
                           "TRUE": True, "FALSE": False, "1": True, "0": False})
        return mapped.astype(dtype) if dtype == "boolean" or not missing.any() \
            else mapped.astype("boolean")
    if dtype.startswith("datetime64"):
        return pd.to_datetime(text.where(~missing, None)).astype(dtype)
    if dtype == "category":
        values = text.where(~missing, None)
        return pd.Categorical(values, categories=column.get("categories"))
    try:
        if dtype.startswith("float"):  # float() reads Python's shortest repr back exactly
            return text.map(lambda v: float(v) if v else np.nan).astype(dtype)
        numbers = pd.to_numeric(text.where(~missing, None), errors="raise")
        return numbers.astype(dtype)
    except (TypeError, ValueError) as exc:
        raise ExportError(f"{source}: column {column['name']!r} cannot be read as "
                          f"{dtype} ({exc})") from exc


def _plain(value) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_export(path: str | Path, table: str | None = None) -> pd.DataFrame:
    """Read a table written by :func:`export_tables` back, with the types of its data
    dictionary (``datadictionary.json`` beside it); without a dictionary, as pandas reads
    the file.

    An XLSX export is one workbook: read a table as ``read_export("out/tables.xlsx",
    table="markers")`` or, the same, ``read_export("out/markers.xlsx")``.

    >>> markers = read_export("out/markers.csv")                 # doctest: +SKIP
    """
    path = Path(path)
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ExportError(f"{path}: not an export (.csv, .parquet or .xlsx)")
    dictionary_path = path.parent / DICTIONARY_FILE
    dictionary = json.loads(dictionary_path.read_text(encoding="utf-8")) \
        if dictionary_path.exists() else {}
    tables = dictionary.get("tables", {})
    name = table or path.stem
    if suffix == "xlsx" and name == Path(WORKBOOK_FILE).stem and table is None:
        raise ExportError(f"{path}: a workbook of several tables; name one: "
                          f"read_export({str(path)!r}, table=...) with one of {list(tables)}")
    entry = tables.get(name)
    sheets = None
    if suffix == "xlsx" and entry is not None and entry.get("sheets"):
        path, sheets = path.parent / entry["file"], entry["sheets"]
    if not path.exists():
        raise ExportError(f"{path}: no such file")
    columns = entry["columns"] if entry is not None else None
    if suffix == "parquet":
        frame = pd.read_parquet(path, engine="pyarrow")
        if columns is None:
            return frame
        return frame.astype({c["name"]: c["dtype"] for c in columns
                             if c["dtype"] != "category" and str(frame[c["name"]].dtype)
                             != c["dtype"]})
    if suffix == "csv":
        if columns is None:
            return pd.read_csv(path, encoding="utf-8")
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False,
                            encoding="utf-8")
        frame = frame.apply(_restore_formulas) if len(frame.columns) else frame
    else:
        frame = _read_xlsx(path, sheets)
        if columns is None:
            return frame.infer_objects()
    expected = [c["name"] for c in columns]
    if list(frame.columns) != expected:
        raise ExportError(f"{path}: columns {list(frame.columns)} differ from the data "
                          f"dictionary's {expected}")
    return pd.DataFrame({c["name"]: _restore(frame[c["name"]], c, str(path)) for c in columns},
                        columns=expected)
