"""``python -m toolkit run CORPUS... --out DIR [--format csv|parquet|xlsx] [--by COLUMN
[--a VALUE --b VALUE]]``: analyse corpora and write the tables.

Writes ``documents``, ``markers``, ``attributions``, ``problems`` and the statistics tables
(rates per document and per corpus at category and subtype level, dispersion per document)
in the format asked for, with ``datadictionary.json``/``.md`` (see :mod:`toolkit.export`).
With ``--by COLUMN`` it also compares the groups of that documents column (``--a VALUE
--b VALUE``: two of them; ``--a`` alone: one against the rest; neither: each against the
rest) with :func:`toolkit.compare.compare` and writes, beside the tables, the comparison's
tables (``comparison_groups``, ``comparison_rates``, ``comparison_subtype_rates``,
``keyness``, ``comparison_dispersion``, ``model``, ``comparison_targets``: what each side
judges) and figures
(``comparison_profile`` and ``comparison_keyness``, PNG, SVG and PDF).

Bad input never stops the run: every skipped document and every warning is printed as one
line naming the file (and line) and the document, and listed in ``problems``; the summary
says how many documents were skipped. Exit status: 0 when every document was analysed
(warnings allowed), 1 when some were skipped (the tables of the others are written), 2 when
nothing could be analysed or the input is unusable as a whole.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

EXIT_OK, EXIT_SKIPPED, EXIT_NOTHING = 0, 1, 2


def _statistics(analysis, by_corpus: bool) -> dict:
    """The statistics tables, if :mod:`toolkit.compare` is available."""
    try:
        from ..compare import dispersion, rates
    except ImportError:  # pragma: no cover - the statistics modules ship with the toolkit
        return {}
    tables = {"rates_by_document": rates(analysis, by="doc_id", level="category"),
              "subtype_rates_by_document": rates(analysis, by="doc_id", level="subtype"),
              "dispersion_by_document": dispersion(analysis, by="doc_id", level="category")}
    if by_corpus:
        tables["rates_by_corpus"] = rates(analysis, by="corpus", level="category")
        tables["subtype_rates_by_corpus"] = rates(analysis, by="corpus", level="subtype")
    return tables


COMPARISON_TABLES = {"groups": "comparison_groups", "rates": "comparison_rates",
                     "subtype_rates": "comparison_subtype_rates", "keyness": "keyness",
                     "dispersion": "comparison_dispersion", "model": "model",
                     "stance_rates": "comparison_stance_rates",
                     "targets": "comparison_targets"}


def _comparison(analysis, args: argparse.Namespace):
    """The comparison of ``--by`` (``--a``, ``--b``), or None without ``--by``."""
    from ..compare import compare

    if args.by is None:
        return None
    return compare(analysis, by=args.by, a=args.a, b=args.b, test=args.test,
                   covariates=args.covariate or ())


def _comparison_figures(comparison, out: Path) -> list[Path]:
    """The profile (category rates by group) and keyness (subtype level) figures."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .. import plots

    written = []
    by = comparison.by[0] if len(comparison.by) == 1 else None
    with plots.publication_style():
        if by is not None:
            ax = plots.plot_profile(comparison.rates, by=by, title=f"Markers by {by}")
            written += plots.save_figure(ax.figure, "comparison_profile", folder=out)
            plt.close(ax.figure)
        key = comparison.keyness[comparison.keyness["level"] == "subtype"]
        if len(key[["group_a", "group_b"]].drop_duplicates()) == 1:
            ax = plots.plot_keyness(key, significant_only=False, label_a="a", label_b="b",
                                    title=f"a: {key['group_a'].iloc[0]}\n"
                                          f"b: {key['group_b'].iloc[0]}")
            fig = ax.figure
        else:
            fig = plots.plot_keyness_panels(key, significant_only=False)
        written += plots.save_figure(fig, "comparison_keyness", folder=out)
        plt.close(fig)
    return written


def _print_problem(problem: dict) -> None:
    who = f" [{problem['doc_id']}]" if problem.get("doc_id") else ""
    severity = problem.get("severity", "error")
    action = "skipped" if severity == "error" else "warning"
    print(f"{action}: {problem['where']}{who}: {problem['reason']}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    import pandas as pd

    from ..analysis import SkippedDocumentsWarning, analyze
    from ..corpus import load_corpus
    from ..errors import CorpusError, DocumentError
    from ..export import ExportWarning
    from ..lexicon import Lexicon

    if args.by is None and (args.a is not None or args.b is not None):
        print("error: --a and --b need --by COLUMN", file=sys.stderr)
        return EXIT_NOTHING
    lexicon = Lexicon.from_folder(args.lexicon) if args.lexicon else None
    frames, problems, where = [], [], {}
    for corpus in args.corpus:
        try:
            docs = load_corpus(corpus)
        except CorpusError as exc:  # one unusable corpus does not stop the others
            problems.append({"where": str(corpus), "doc_id": None, "reason": str(exc),
                             "severity": "error"})
            continue
        problems.extend(docs.attrs.get("problems", []))
        where.update(docs.attrs.get("where", {}))
        if "corpus" in docs.columns:
            docs = docs.rename(columns={"corpus": "meta_corpus"})
        frames.append(docs.assign(corpus=Path(corpus).name))
    if not frames:
        for problem in problems:
            _print_problem(problem)
        print("error: no corpus could be read; nothing analysed", file=sys.stderr)
        return EXIT_NOTHING
    documents = pd.concat(frames, ignore_index=True)
    documents.attrs = {"problems": problems, "where": where}
    try:
        with warnings.catch_warnings():  # every skipped document is printed below
            warnings.simplefilter("ignore", SkippedDocumentsWarning)
            analysis = analyze(documents, cache=not args.no_cache, pipeline=args.pipeline,
                               lexicon=lexicon, progress=sys.stderr.isatty(),
                               engine=args.engine)
    except DocumentError as exc:
        for problem in problems:
            _print_problem(problem)
        print(f"error: {exc}; nothing analysed", file=sys.stderr)
        return EXIT_NOTHING
    for problem in analysis.problems:
        _print_problem(problem)
    tables = _statistics(analysis, by_corpus=len(frames) > 1)
    from ..stats import ComparisonError

    try:
        comparison = _comparison(analysis, args)
    except ComparisonError as exc:
        print(f"error: --by {args.by}: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    if comparison is not None:
        tables.update({COMPARISON_TABLES[name]: table
                       for name, table in comparison.tables().items()})
    with warnings.catch_warnings(record=True) as changed:  # cells fitted to the format
        warnings.simplefilter("always", ExportWarning)
        paths = analysis.export(args.out, format=args.format, tables=tables)
    for warning in changed:
        print(f"warning: {warning.message}", file=sys.stderr)
    if comparison is not None:
        paths += _comparison_figures(comparison, args.out)
        print(comparison.summary(), file=sys.stderr)
    errors = [p for p in analysis.problems if p.get("severity", "error") == "error"]
    skipped = len({p["doc_id"] for p in errors if p.get("doc_id")} |
                  {p["where"] for p in errors if not p.get("doc_id")})
    n_warnings = len(analysis.problems) - len(errors) + len(changed)
    print(f"{len(analysis.documents)} documents analysed, {skipped} skipped, {n_warnings} "
          f"warnings; {len(analysis.markers)} markers, {len(analysis.attributions)} "
          f"attributions -> {len(paths)} files in {args.out} ({args.format})", file=sys.stderr)
    return EXIT_SKIPPED if skipped else EXIT_OK


def add_parser(sub) -> None:
    parser = sub.add_parser(
        "run", help="analyse corpora and write the tables",
        description="Analyse corpora (folders of .txt + index.csv, manifest.csv trees, .jsonl "
                    "or .csv files) and write documents, markers, attributions, problems and "
                    "statistics tables with a data dictionary. Exit 0: all analysed; 1: some "
                    "documents skipped (listed); 2: nothing analysed.")
    parser.add_argument("corpus", nargs="+", type=Path, help="corpus folders or files")
    parser.add_argument("--out", type=Path, default=Path("out"), help="output folder")
    parser.add_argument("--format", choices=("csv", "parquet", "xlsx"), default="csv",
                        help="table format (default: csv)")
    parser.add_argument("--lexicon", type=Path, default=None,
                        help="a lexicon folder (<category>.tsv files, reporting_cues.tsv) "
                             "instead of the packaged one")
    parser.add_argument("--no-cache", action="store_true",
                        help="neither read nor write caches")
    parser.add_argument("--pipeline", default=None, help="spaCy pipeline name")
    parser.add_argument("--by", default=None, metavar="COLUMN",
                        help="compare the groups of this documents column (genre, speaker, "
                             "corpus, doc_id...): rates, keyness tested over documents, "
                             "dispersion and a negative-binomial model, with figures")
    parser.add_argument("--a", default=None, metavar="VALUE",
                        help="with --by: the group compared (default: each against the rest)")
    parser.add_argument("--b", default=None, metavar="VALUE",
                        help="with --by and --a: the group compared with (default: the rest)")
    parser.add_argument("--test", choices=("permutation", "bootstrap", "token"),
                        default="permutation",
                        help="with --by: the keyness test (default: permutation over "
                             "documents; token: G2 on pooled words, not recommended)")
    parser.add_argument("--covariate", action="append", metavar="COLUMN",
                        help="with --by: a documents column the model adjusts for "
                             "(repeatable)")
    parser.add_argument("--engine", choices=("rules", "model", "combined"), default="rules",
                        help="rules (default), the learned model, or both combined")
    parser.set_defaults(func=run)
