"""Export tables as CSV, Parquet or XLSX, with a data dictionary; read them back unchanged.

:func:`export_tables` writes one file per table (``markers.csv``, ``markers.parquet`` or
``markers.xlsx``) into a folder, plus ``datadictionary.json`` (for programs) and
``datadictionary.md`` (for people): the toolkit version, the pipeline, the lexicon version,
and for every table each column's name, type and meaning. :func:`read_export` reads a table
back with the types the dictionary names, so a table survives the round trip: nullable
integers (``Int64``) stay integers, a missing value stays missing.

- CSV: UTF-8 with a header row, comma-separated, standard quoting. An empty cell is a
  missing value; a text column holding both empty strings and missing values is the one
  case CSV cannot tell apart (the dictionary says so under ``empty_and_missing``).
- Parquet: ``pyarrow``, types stored in the file.
- XLSX: ``openpyxl``; one sheet per table (a table of more than 1,048,575 rows continues on
  sheets ``name_2``, ``name_3``...). Text cells are stored as text, so a scraped value that
  starts with ``=`` is never run as a formula. Excel cannot hold a cell of more than 32,767
  characters or control characters: such a table raises :class:`ExportError` naming the
  table, column and row (use CSV or Parquet for it).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from . import __version__
from .errors import ToolkitError

__all__ = ["FORMATS", "ExportError", "export_tables", "read_export", "data_dictionary",
           "COLUMN_MEANINGS", "DICTIONARY_FILE"]

FORMATS = ("csv", "parquet", "xlsx")
DICTIONARY_FILE = "datadictionary.json"
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
    "reference": "the literature source of that lexicon entry or rule",
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
    "source": "the source as written (who says it)",
    "source_head": "the head word of the source",
    "content_start": "offset of the reported content's first character (missing: none)",
    "content_end": "offset just after the reported content",
    "content": "the reported content as written (what is said)",
    "kind": "direct, indirect or mixed report (MARKERS.md)",
    "source_type": "what kind of source it is (MARKERS.md)",
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


class ExportError(ToolkitError, ValueError):
    """A table cannot be written in the format asked for."""


def _meaning(table: str, column: str) -> str:
    return COLUMN_MEANINGS.get(f"{table}.{column}") or COLUMN_MEANINGS.get(column) or (
        METADATA_MEANING if table == "documents" else "")


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


def data_dictionary(tables: Mapping[str, pd.DataFrame], provenance: Mapping[str, str], *,
                    format: str = "csv") -> dict:
    """The data dictionary of ``tables``: provenance plus, per table, its file, rows and
    columns (``name``, ``dtype``, ``meaning``, ``missing``, and for text columns
    ``empty_strings``)."""
    return {
        "toolkit_version": provenance.get("toolkit_version", __version__),
        "pipeline": provenance.get("pipeline", ""),
        "lexicon_version": provenance.get("lexicon_version", ""),
        **{k: v for k, v in provenance.items()
           if k not in ("toolkit_version", "pipeline", "lexicon_version")},
        "format": format,
        "tables": {
            name: {"file": f"{name}.{format}", "rows": len(frame),
                   "columns": [_column_record(name, str(c), frame[c]) for c in frame.columns]}
            for name, frame in tables.items()},
    }


def _dictionary_markdown(dictionary: dict) -> str:
    lines = ["# Data dictionary", "",
             f"- toolkit version: {dictionary['toolkit_version']}",
             f"- pipeline: {dictionary['pipeline']}",
             f"- lexicon version: {dictionary['lexicon_version']}",
             f"- format: {dictionary['format']}", ""]
    for name, table in dictionary["tables"].items():
        lines += [f"## {name} (`{table['file']}`, {table['rows']} rows)", "",
                  "| column | type | missing | meaning |", "|---|---|---|---|"]
        for column in table["columns"]:
            meaning = column["meaning"].replace("|", "\\|")
            lines.append(f"| {column['name']} | {column['dtype']} | {column['missing']} | "
                         f"{meaning} |")
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
    """Write each table to ``out/<name>.<format>`` and the data dictionary
    (``datadictionary.json`` and ``.md``); return the paths written.

    ``format``: ``"csv"`` (UTF-8, header), ``"parquet"`` (pyarrow) or ``"xlsx"`` (openpyxl).
    ``provenance``: ``toolkit_version``, ``pipeline``, ``lexicon_version`` (see
    :attr:`toolkit.Analysis.provenance`), written into the dictionary.

    >>> export_tables({"markers": result.markers}, "out", format="parquet",
    ...               provenance=result.provenance)              # doctest: +SKIP
    """
    if format not in FORMATS:
        raise ExportError(f"format={format!r} is not one of {', '.join(FORMATS)}")
    _check_names(tables)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        frame = frame.reset_index(drop=True)
        path = out / f"{name}.{format}"
        if format == "csv":
            frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        elif format == "parquet":
            frame.to_parquet(path, index=False, engine="pyarrow")
        else:
            _write_xlsx(name, frame, path)
        written.append(path)
    dictionary = data_dictionary(tables, provenance, format=format)
    json_path = out / DICTIONARY_FILE
    json_path.write_text(json.dumps(dictionary, indent=2, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    md_path = out / "datadictionary.md"
    md_path.write_text(_dictionary_markdown(dictionary), encoding="utf-8")
    return [*written, json_path, md_path]


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


def _check_excel_text(name: str, frame: pd.DataFrame) -> None:
    """Raise :class:`ExportError` naming the first cell Excel cannot hold (before writing)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    for column in frame.columns:
        values = frame[column]
        if not _is_text(values):
            continue
        text = values.dropna()
        text = text[text.map(lambda v: isinstance(v, str))]
        too_long = text[text.str.len() > EXCEL_MAX_CELL]
        illegal = text[text.str.contains(ILLEGAL_CHARACTERS_RE.pattern, regex=True)]
        for rows, problem in ((too_long, f"more than Excel's {EXCEL_MAX_CELL:,} characters "
                                         "per cell"),
                              (illegal, "control characters Excel cannot store")):
            if len(rows):
                row = int(rows.index[0]) + 1
                raise ExportError(f"table {name!r}, column {column!r}, row {row}: "
                                  f"{problem}; export as csv or parquet")


def _write_xlsx(name: str, frame: pd.DataFrame, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import WriteOnlyCell

    _check_excel_text(name, frame)
    book = Workbook(write_only=True)
    columns = [str(c) for c in frame.columns]
    n_sheets = max(1, -(-len(frame) // EXCEL_MAX_ROWS))
    for part in range(n_sheets):
        sheet = book.create_sheet(name[:28] if part == 0 else f"{name[:24]}_{part + 1}")
        sheet.append(columns)
        chunk = frame.iloc[part * EXCEL_MAX_ROWS:(part + 1) * EXCEL_MAX_ROWS]
        for row in chunk.itertuples(index=False, name=None):
            cells = []
            for value in row:
                value = _excel_value(value)
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"  # text, never a formula
                cells.append(cell)
            sheet.append(cells)
    book.save(path)


def _read_xlsx(path: Path) -> pd.DataFrame:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=False)
    try:
        frames = []
        for sheet in book.worksheets:
            rows = sheet.iter_rows(values_only=True)
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


def read_export(path: str | Path) -> pd.DataFrame:
    """Read a table written by :func:`export_tables` back, with the types of its data
    dictionary (``datadictionary.json`` beside it); without a dictionary, as pandas reads
    the file.

    >>> markers = read_export("out/markers.csv")                 # doctest: +SKIP
    """
    path = Path(path)
    if not path.exists():
        raise ExportError(f"{path}: no such file")
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ExportError(f"{path}: not an export (.csv, .parquet or .xlsx)")
    dictionary_path = path.parent / DICTIONARY_FILE
    columns = None
    if dictionary_path.exists():
        dictionary = json.loads(dictionary_path.read_text(encoding="utf-8"))
        table = dictionary.get("tables", {}).get(path.stem)
        if table is not None:
            columns = table["columns"]
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
    else:
        frame = _read_xlsx(path)
        if columns is None:
            return frame.infer_objects()
    expected = [c["name"] for c in columns]
    if list(frame.columns) != expected:
        raise ExportError(f"{path}: columns {list(frame.columns)} differ from the data "
                          f"dictionary's {expected}")
    return pd.DataFrame({c["name"]: _restore(frame[c["name"]], c, str(path)) for c in columns},
                        columns=expected)
