"""Streaming analysis of a corpus of any size: batches, Parquet, resume, processes or Dask.

:func:`analyze_corpus` reads the corpus as a stream (:func:`toolkit.corpus.iter_corpus`),
cuts it into batches of ``batch_size`` documents, and analyses each batch where the
``scheduler`` says:

- ``"serial"``: in this process;
- ``"processes"``: in ``n_process`` worker processes on this machine (default: every core),
  each running ``nlp.pipe`` over its batch. On Linux the workers are forked after the
  pipeline is loaded, so each shares the one loaded copy;
- ``"dask"``: on a Dask distributed cluster (``address=`` a scheduler address or a
  ``distributed.Client``; none: a ``LocalCluster`` of ``n_process`` workers for the run).
  A :class:`PipelinePlugin` loads the pipeline and lexicon once per worker; tasks carry only
  the batch's texts.

Every batch goes through the same function, :func:`analyze_batch`, so the tables do not
depend on the scheduler. Each finished batch is written as three Parquet files
(``documents/``, ``markers/``, ``attributions/`` under ``out``) and then recorded in
``manifest.jsonl``; only batches in the manifest count. An interrupted run started again
with the same settings skips the recorded batches (checking that the corpus still holds the
same documents there) and redoes a batch that was cut off half-written, so nothing is lost or
counted twice. The main process holds only the batches in flight, so memory stays flat as the
corpus grows. A document that cannot be read or analysed goes to ``problems.jsonl`` and is
skipped.

``lexical_only=True`` is a first pass for huge corpora: tokenizer, rule-based sentence
splitter and the lexicon matcher (every lexicon match counts, as in
``detect_markers(context=False)``), no tagger or parser, so no attributions. The categories
that this pass cannot do well are computed from the lexicon and rule registry
(:func:`lexical_weak_categories`), stored in ``run.json``, and flagged row by row in the
markers table's extra column ``lexical_weak``.

>>> out = analyze_corpus("../shared/corpora/ungdc", out="ungdc-run")   # doctest: +SKIP
>>> tables = read_results(out)                                        # doctest: +SKIP
>>> tables.markers.groupby("category").size()                          # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from . import __version__
from .analysis import (
    DOCUMENT_COUNT_COLUMNS,
    _with_computed_columns,
    analyze_doc,
    attributions_frame,
    detector_version,
    document_counts,
    marker_rows,
    markers_frame,
)
from .corpus import Problem, iter_corpus
from .errors import ToolkitError
from .lexicon import CATEGORIES, Lexicon, default_lexicon
from .nlp import (
    ParseCache,
    default_pipeline_name,
    load_pipeline,
    parse_texts,
    pipeline_id,
    text_hash,
)

__all__ = ["analyze_corpus", "read_results", "analyze_batch", "RunSettings", "BatchResult",
           "ScaleResults", "PipelinePlugin", "lexical_weak_categories", "SCHEDULERS",
           "DEFAULT_BATCH_SIZE", "ScaleError", "out_lock", "LOCK_FILE"]

SCHEDULERS = ("serial", "processes", "dask")
#: documents per batch: big enough for ``nlp.pipe`` to batch well, small enough that an
#: interruption loses little and memory stays low (UNGDC: about 64,000 words per batch)
DEFAULT_BATCH_SIZE = 32
TABLES = ("documents", "markers", "attributions")
#: in a lexical-only run, a category is weak when at least this share of its lexicon
#: entries needs a context rule (the plain match over-counts them) ...
WEAK_CONTEXT_SHARE = 0.1
#: ... and the module of each category's productive rules (which the pass cannot run, so
#: it under-counts them)
_RULE_MODULES = {"intensifiers": "intensifier", "boosters": "booster", "hedges": "hedge",
                 "downtoners": "downtoner", "evaluation": "evaluation", "denial": "denial"}
_FORMAT = 1  # layout version of the output folder
#: the lock file a run holds in its output folder (an advisory ``flock``, released by the
#: operating system when the process ends, however it ends)
LOCK_FILE = ".lock"


class ScaleError(ToolkitError):
    """An output folder cannot be resumed or read as given."""


@dataclass(frozen=True)
class RunSettings:
    """What produces a run's tables; workers receive it with each batch.

    ``disable``: pipeline components switched off for the run (e.g. ``("ner",)`` halves the
    parse time of the small English model; the parse cache is then not used, since its key
    does not record disabled components).
    """

    pipeline: str
    lexical_only: bool = False
    cache: bool = True
    disable: tuple[str, ...] = ()
    lexicon_entries: pd.DataFrame | None = field(default=None, compare=False, repr=False)
    lexicon_cues: pd.DataFrame | None = field(default=None, compare=False, repr=False)
    lexicon_version: str = ""
    pipe_batch_size: int = 32


class BatchResult(NamedTuple):
    """The tables of one batch, the documents skipped in it, and its cost."""

    batch: int
    documents: pd.DataFrame
    markers: pd.DataFrame
    attributions: pd.DataFrame
    problems: list[dict]
    words: int
    parse_seconds: float
    detect_seconds: float


class ScaleResults(NamedTuple):
    """The three tables of a run (see DESIGN.md) and its ``run.json`` settings."""

    documents: pd.DataFrame
    markers: pd.DataFrame
    attributions: pd.DataFrame
    info: dict


# worker side ---------------------------------------------------------------------------------

_LEXICONS: dict[str, Lexicon] = {}


def _lexicon(settings: RunSettings) -> Lexicon:
    """The run's lexicon, rebuilt once per process (its compiled matcher is then reused)."""
    if settings.lexicon_entries is None:
        return default_lexicon()
    if settings.lexicon_version not in _LEXICONS:
        _LEXICONS[settings.lexicon_version] = Lexicon(settings.lexicon_entries,
                                                      settings.lexicon_cues)
    return _LEXICONS[settings.lexicon_version]


def _pipeline(settings: RunSettings):
    """The run's spaCy pipeline (``load_pipeline`` keeps one per process)."""
    return load_pipeline(settings.pipeline, lexical_only=settings.lexical_only)


def warm_up(settings: RunSettings) -> None:
    """Load the pipeline and compile the lexicon in this process (a worker's start-up)."""
    nlp = _pipeline(settings)
    from .markers import compile_lexicon

    compile_lexicon(_lexicon(settings), nlp.vocab)


def _problem(where: str, doc_id: str | None, reason: str) -> dict:
    return asdict(Problem(where, doc_id, reason))


def _parse_batch(texts: list[str], ids: list[str], nlp, cache: ParseCache, batch: int,
                 pipe_batch_size: int, problems: list[dict], places: list[str]) -> list:
    """Parsed Docs (None for a document spaCy failed on); one failure never sinks the
    batch: the batch is then parsed document by document."""
    try:
        return list(parse_texts(texts, nlp, cache, batch_size=pipe_batch_size))
    except Exception:  # noqa: BLE001 - find the document that fails, skip only it
        docs = []
        for doc_id, text, where in zip(ids, texts, places, strict=True):
            try:
                docs.append(next(parse_texts([text], nlp, cache)))
            except Exception as exc:  # noqa: BLE001
                problems.append(_problem(where, doc_id,
                                         f"parse failed: {type(exc).__name__}: {exc}"))
                docs.append(None)
        return docs


def analyze_batch(batch: int, records: list[dict], settings: RunSettings) -> BatchResult:
    """Parse and analyse one batch of corpus records (``doc_id``, ``text``, metadata).

    The same function runs in every scheduler. Lexical-only batches use the plain-lexicon
    pass (``context=False``) and produce no attributions.
    """
    nlp = _pipeline(settings)
    lexicon = _lexicon(settings)
    problems: list[dict] = []
    records = [dict(r) for r in records]
    places = [r.pop("_where", None) or f"batch {batch}" for r in records]
    ids = [str(r["doc_id"]) for r in records]
    texts = [r["text"] for r in records]
    started = time.perf_counter()
    disable = [name for name in settings.disable if name in nlp.pipe_names]
    full_id = pipeline_id(nlp)
    with nlp.select_pipes(disable=disable):
        # the parse cache only where its key tells this pipeline from the full one
        cache = ParseCache(nlp, enabled=settings.cache and (
            not disable or pipeline_id(nlp) != full_id))
        docs = _parse_batch(texts, ids, nlp, cache, batch, settings.pipe_batch_size, problems,
                            places)
    parsed = time.perf_counter()
    kept, counts, markers, attributions = [], [], [], []
    for record, doc_id, doc, where in zip(records, ids, docs, places, strict=True):
        if doc is None:
            continue
        try:
            if settings.lexical_only:
                doc_counts = document_counts(doc)
                doc_markers = marker_rows(doc_id, doc, lexicon, context=False)
                doc_attributions: list[dict] = []
            else:
                doc_counts, doc_markers, doc_attributions = analyze_doc(doc_id, doc, lexicon)
        except Exception as exc:  # noqa: BLE001 - report the document, keep the batch
            problems.append(_problem(where, doc_id,
                                     f"analysis failed: {type(exc).__name__}: {exc}"))
            continue
        kept.append({**record, "doc_id": doc_id})
        counts.append(doc_counts)
        markers.extend(doc_markers)
        attributions.extend(doc_attributions)
    detected = time.perf_counter()
    if kept:
        documents = _with_computed_columns(pd.DataFrame.from_records(kept), counts)
    else:
        documents = pd.DataFrame(columns=["doc_id", *DOCUMENT_COUNT_COLUMNS])
    marker_table = markers_frame(markers)
    if settings.lexical_only:
        weak = lexical_weak_categories(lexicon)
        marker_table["lexical_weak"] = marker_table["category"].isin(weak).astype(bool)
    words = int(sum(c["words"] for c in counts))
    return BatchResult(batch, documents, marker_table, attributions_frame(attributions),
                       problems, words, parsed - started, detected - parsed)


def lexical_weak_categories(lexicon: Lexicon | None = None) -> dict[str, str]:
    """Categories that the lexical-only pass cannot do well, with the reason.

    Computed from the lexicon and the rule registry, not listed by hand: a category is weak
    when at least :data:`WEAK_CONTEXT_SHARE` of its entries need a context rule (a plain
    match counts *may* the month as a hedge: over-counting) or when productive rules add to
    it (*grossly unfair*: under-counting without the tagger). Attributions need the parser
    and are not produced at all.
    """
    from .markers import PRODUCTIVE_RULES

    lexicon = lexicon or default_lexicon()
    entries = lexicon.entries
    productive: dict[str, list[str]] = {}
    for name, function in PRODUCTIVE_RULES.items():
        category = _RULE_MODULES.get(function.__module__.rsplit(".", 1)[-1])
        if category:
            productive.setdefault(category, []).append(name)
    weak: dict[str, str] = {}
    for category in CATEGORIES:
        rows = entries[entries["category"] == category]
        reasons = []
        if len(rows):
            ruled = int((rows["rule"].fillna("").astype(str).str.strip() != "").sum())
            share = ruled / len(rows)
            if share >= WEAK_CONTEXT_SHARE:
                reasons.append(f"{ruled} of {len(rows)} lexicon entries need a context rule "
                               "(plain matches over-count)")
        if category in productive:
            reasons.append("productive rules not run (" + ", ".join(sorted(productive[category]))
                           + "): under-counts")
        if reasons:
            weak[category] = "; ".join(reasons)
    return weak


class PipelinePlugin:
    """Dask worker plugin: loads the run's pipeline and lexicon once per worker.

    Tasks then find them in the process-wide caches of :func:`toolkit.nlp.load_pipeline`
    and of this module; nothing large travels with a task.
    """

    name = "stance-toolkit-pipeline"

    def __init__(self, settings: RunSettings):
        self.settings = settings

    def setup(self, worker=None) -> None:  # noqa: D401 - the WorkerPlugin hook
        warm_up(self.settings)

    def teardown(self, worker=None) -> None:
        return None


_PLUGIN_CLASS: list[type] = []


def _dask_plugin_class() -> type:
    """:class:`PipelinePlugin` as a ``distributed.WorkerPlugin`` (built on first use, so that
    importing the toolkit does not import Dask; found by name on the workers through the
    module ``__getattr__``)."""
    if not _PLUGIN_CLASS:
        from distributed.diagnostics.plugin import WorkerPlugin

        plugin = type("DaskPipelinePlugin", (PipelinePlugin, WorkerPlugin),
                      {"__module__": __name__, "__qualname__": "DaskPipelinePlugin",
                       "__doc__": PipelinePlugin.__doc__})
        _PLUGIN_CLASS.append(plugin)
    return _PLUGIN_CLASS[0]


def __getattr__(name: str) -> Any:
    if name == "DaskPipelinePlugin":
        return _dask_plugin_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _cores() -> int:
    """The cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


# output folder --------------------------------------------------------------------------------

def _batch_digest(records: list[dict]) -> str:
    """What a batch held: its document ids and texts (checked when a run resumes)."""
    digest = hashlib.sha256()
    for record in records:
        digest.update(f"{record['doc_id']}\0{text_hash(str(record['text']))}\0".encode(
            "utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def _part(batch: int) -> str:
    return f"part-{batch:06d}.parquet"


def _read_manifest(out: Path) -> dict[int, dict]:
    """Finished batches by number; a torn last line (a crash while writing) is ignored."""
    path = out / "manifest.jsonl"
    done: dict[int, dict] = {}
    if not path.exists():
        return done
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        done[int(entry["batch"])] = entry
    return done


def _append_line(path: Path, record: dict) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def _write_batch(out: Path, result: BatchResult) -> None:
    """The batch's three Parquet files, each written to a temporary name and renamed."""
    for name in TABLES:
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / _part(result.batch)
        tmp = folder / f".{_part(result.batch)}.tmp{os.getpid()}"
        getattr(result, name).to_parquet(tmp, index=False)
        os.replace(tmp, target)


@contextmanager
def out_lock(out: Path) -> Iterator[Path]:
    """Hold the output folder ``out`` for one run (creating it): a second run into the same
    folder while this one holds it raises :class:`ScaleError` naming the process. The lock
    is an advisory ``flock`` on ``out/.lock``; the system releases it when the process
    ends, so a killed run never leaves a stale lock. (Without ``fcntl``, e.g. on Windows,
    no lock is taken.)"""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ScaleError(f"{out}: exists and is not a folder; give another --out")
    out.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield out
        return
    path = out / LOCK_FILE
    handle = path.open("a+", encoding="utf-8")
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise ScaleError(f"{out}: in use by another run (process {holder} holds "
                             f"{path}); wait for it to end, or give another --out") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        try:
            yield out
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    finally:
        handle.close()


def _fingerprint(settings: RunSettings, path: Path, batch_size: int) -> dict:
    nlp = _pipeline(settings)
    return {"format": _FORMAT, "corpus": str(path.resolve()), "batch_size": batch_size,
            "pipeline": pipeline_id(nlp), "disabled": sorted(settings.disable),
            "lexical_only": settings.lexical_only, "lexicon_version": settings.lexicon_version,
            "toolkit_version": __version__, "detector_version": detector_version()}


def _prepare_out(out: Path, fingerprint: dict, resume: bool, weak: dict) -> dict[int, dict]:
    """Check (resume) or clear (no resume) the output folder; the finished batches."""
    run_file = out / "run.json"
    if out.exists() and not out.is_dir():
        raise ScaleError(f"{out}: exists and is not a folder; give another --out")
    if run_file.exists() and resume:
        previous = json.loads(run_file.read_text(encoding="utf-8"))
        changed = [k for k in fingerprint if previous.get(k) != fingerprint[k]]
        if changed:
            detail = ", ".join(f"{k}: {previous.get(k)!r} -> {fingerprint[k]!r}"
                               for k in changed)
            raise ScaleError(f"{out}: holds a run with other settings ({detail}); pass "
                             "resume=False (--restart) to start again, or choose another out")
        # a batch whose files were removed since is done again
        return {number: entry for number, entry in _read_manifest(out).items()
                if all((out / name / _part(number)).exists() for name in TABLES)}
    if out.exists() and any(p.name != LOCK_FILE for p in out.iterdir()) \
            and not run_file.exists():
        raise ScaleError(f"{out}: is not empty and holds no run.json; give an empty or new "
                         "folder as out")
    for name in TABLES:
        for stale in (out / name).glob("*.parquet") if (out / name).exists() else ():
            stale.unlink()
    for name in ("manifest.jsonl", "problems.jsonl"):
        (out / name).unlink(missing_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    run_file.write_text(json.dumps({**fingerprint, "weak_categories": weak,
                                    "attributions": "not produced (lexical-only run)"
                                    if fingerprint["lexical_only"] else "parsed"},
                                   indent=2) + "\n", encoding="utf-8")
    return {}


# driver -------------------------------------------------------------------------------------

def _batches(path: Path, batch_size: int, problems: list[Problem]) -> Iterator[tuple[int, list]]:
    batch: list[dict] = []
    number = 0
    for record in iter_corpus(path, problems):
        batch.append(record)
        if len(batch) == batch_size:
            yield number, batch
            number += 1
            batch = []
    if batch:
        yield number, batch


def _count_documents(path: Path) -> int | None:
    """A cheap document count for the progress bar (None when it would cost a read)."""
    try:
        if path.is_dir():
            for index in ("manifest.csv", "index.csv"):
                if (path / index).exists():
                    with (path / index).open("rb") as handle:
                        return max(0, sum(1 for _ in handle) - 1)
            return sum(1 for _ in path.glob("*.txt"))
        if path.suffix.lower() in {".jsonl", ".ndjson"}:
            with path.open("rb") as handle:
                return sum(1 for line in handle if line.strip())
    except OSError:
        return None
    return None


class _Progress:
    """tqdm bar over documents with words per second (or nothing)."""

    def __init__(self, enabled: bool, total: int | None, initial: int):
        self.bar = None
        self.words = 0
        self.started = time.perf_counter()
        if enabled:
            from tqdm.auto import tqdm

            self.bar = tqdm(total=total, initial=initial, unit="doc", desc="analysing",
                            dynamic_ncols=True)

    def update(self, documents: int, words: int) -> None:
        self.words += words
        if self.bar is not None:
            self.bar.update(documents)
            elapsed = max(time.perf_counter() - self.started, 1e-9)
            self.bar.set_postfix_str(f"{self.words / elapsed:,.0f} words/s")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _execute_serial(work: Iterator[tuple[int, list]], settings: RunSettings,
                    done: Callable[[BatchResult], None], n: int, address: Any) -> None:
    warm_up(settings)
    for number, records in work:
        done(analyze_batch(number, records, settings))


_WORKER_SETTINGS: RunSettings | None = None


def _die_with_parent(parent: int) -> None:
    """Linux: have the kernel kill this worker when its parent dies (``kill -9`` of the
    run included), so that no worker outlives the run; elsewhere nothing."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # no prctl: the worker may outlive a killed parent
        return
    if os.getppid() != parent:  # the parent died before the call above
        os._exit(1)


def _process_init(settings: RunSettings, parent: int | None = None) -> None:
    global _WORKER_SETTINGS
    if parent is not None:
        _die_with_parent(parent)
    _WORKER_SETTINGS = settings
    warm_up(settings)


def _process_batch(number: int, records: list[dict]) -> BatchResult:
    assert _WORKER_SETTINGS is not None
    return analyze_batch(number, records, _WORKER_SETTINGS)


def _bounded(submit: Callable[[int, list], Any], wait_one: Callable[[set], tuple[set, set]],
             result_of: Callable[[Any], BatchResult], work: Iterator[tuple[int, list]],
             done: Callable[[BatchResult], None], limit: int) -> None:
    """Keep at most ``limit`` batches in flight; hand each finished one to ``done``."""
    pending: set = set()
    queue = deque()
    exhausted = False
    while True:
        while not exhausted and len(pending) < limit:
            try:
                number, records = next(work)
            except StopIteration:
                exhausted = True
                break
            pending.add(submit(number, records))
        if not pending:
            return
        finished, pending = wait_one(pending)
        queue.extend(finished)
        while queue:
            done(result_of(queue.popleft()))


def _execute_processes(work: Iterator[tuple[int, list]], settings: RunSettings,
                       done: Callable[[BatchResult], None], n: int, address: Any) -> None:
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform.startswith("linux"):
        warm_up(settings)  # forked workers share the loaded pipeline
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=n, mp_context=context, initializer=_process_init,
                               initargs=(settings, os.getpid()))

    def wait_one(pending: set[Future]) -> tuple[set, set]:
        finished, rest = wait(pending, return_when=FIRST_COMPLETED)
        return finished, rest

    try:
        _bounded(lambda number, records: pool.submit(_process_batch, number, records),
                 wait_one, lambda future: future.result(), work, done, limit=2 * n)
    except BaseException:
        # interrupted or failed: do not wait for the batches in flight (a resumed run
        # redoes them); finished batches are already on disk
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _execute_dask(work: Iterator[tuple[int, list]], settings: RunSettings,
                  done: Callable[[BatchResult], None], n: int, address: Any) -> None:
    from distributed import Client, LocalCluster
    from distributed import wait as dask_wait

    cluster = None
    if isinstance(address, Client):
        client, own_client = address, False
    elif address is None:
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client, own_client = Client(cluster), True
    else:
        client, own_client = Client(address), True
    try:
        client.register_plugin(_dask_plugin_class()(settings), name=PipelinePlugin.name)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        token = hashlib.sha256(f"{time.time_ns()}{os.getpid()}".encode()).hexdigest()[:8]

        def submit(number: int, records: list[dict]):
            return client.submit(analyze_batch, number, records, settings, pure=False,
                                 key=f"stance-batch-{token}-{number}")

        def wait_one(pending: set) -> tuple[set, set]:
            result = dask_wait(list(pending), return_when="FIRST_COMPLETED")
            return set(result.done), set(result.not_done)

        _bounded(submit, wait_one, lambda future: future.result(), work, done,
                 limit=2 * workers)
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()


_EXECUTORS = {"serial": _execute_serial, "processes": _execute_processes, "dask": _execute_dask}


def analyze_corpus(path: str | Path, *, out: str | Path, scheduler: str = "processes",
                   address: Any = None, n_process: int | None = None,
                   batch_size: int = DEFAULT_BATCH_SIZE, lexical_only: bool = False,
                   resume: bool = True, progress: bool = True, pipeline: str | None = None,
                   lexicon: Lexicon | None = None, cache: bool = True,
                   disable: tuple[str, ...] | list[str] = (),
                   max_batches: int | None = None) -> Path:
    """Analyse the corpus at ``path`` in batches and write the tables as Parquet under
    ``out``; return ``out``.

    ``scheduler``: ``"processes"`` (``n_process`` workers, default every core),
    ``"dask"`` (``address``: a scheduler address such as ``"tcp://host:8786"`` or a
    ``distributed.Client``; None starts a ``LocalCluster`` of ``n_process`` workers) or
    ``"serial"``. ``resume=True`` continues an interrupted run in ``out`` (same settings
    required); ``resume=False`` clears ``out`` and starts again. ``lexical_only``: the
    tokenizer-and-matcher first pass (see the module docs). ``disable``: pipeline
    components to switch off (e.g. ``("ner",)``). ``max_batches``: stop after this many new
    batches (a run in several sittings). The tables are read back with
    :func:`read_results`; skipped documents are in ``out/problems.jsonl``.
    """
    if scheduler not in SCHEDULERS:
        raise ValueError(f"scheduler={scheduler!r}: use one of {', '.join(SCHEDULERS)}")
    if batch_size < 1:
        raise ValueError(f"batch_size={batch_size}: must be at least 1")
    if n_process is not None and n_process < 1:
        raise ValueError(f"n_process={n_process}: must be at least 1")
    if address is not None and scheduler != "dask":
        raise ValueError("address= is only used with scheduler='dask'")
    path, out = Path(path), Path(out)
    if not path.exists():
        raise ScaleError(f"{path}: no such corpus file or folder")
    n = n_process or _cores()
    lexicon = lexicon or default_lexicon()
    settings = RunSettings(pipeline=pipeline or default_pipeline_name(),
                           lexical_only=lexical_only, cache=cache, disable=tuple(disable),
                           lexicon_entries=lexicon.entries, lexicon_cues=lexicon.cues,
                           lexicon_version=lexicon.version)
    weak = lexical_weak_categories(lexicon) if lexical_only else {}
    with out_lock(out):  # one run at a time into one folder
        finished = _prepare_out(out, _fingerprint(settings, path, batch_size), resume, weak)
        problems_path = out / "problems.jsonl"
        logged = set()
        if problems_path.exists():
            for line in problems_path.read_text(encoding="utf-8").splitlines():
                try:
                    logged.add(json.dumps(json.loads(line), sort_keys=True))
                except json.JSONDecodeError:
                    continue
        reading_problems: list[Problem] = []

        def log_problems(records: list[dict]) -> None:
            for record in records:
                key = json.dumps(record, sort_keys=True)
                if key not in logged:
                    logged.add(key)
                    _append_line(problems_path, record)

        bar = _Progress(progress, _count_documents(path),
                        sum(int(e["documents"]) for e in finished.values()))
        budget = [max_batches]

        def work() -> Iterator[tuple[int, list]]:
            for number, records in _batches(path, batch_size, reading_problems):
                log_problems([asdict(p) for p in reading_problems])
                reading_problems.clear()
                if number in finished:
                    if finished[number]["digest"] != _batch_digest(records):
                        raise ScaleError(
                            f"{out}: batch {number} held other documents or texts when it was "
                            f"written (the corpus {path} changed since); pass resume=False "
                            "(--restart)")
                    continue
                if budget[0] is not None:
                    if budget[0] <= 0:
                        return
                    budget[0] -= 1
                yield number, records
            log_problems([asdict(p) for p in reading_problems])
            reading_problems.clear()

        in_flight: dict[int, tuple[str, int]] = {}  # batch -> (digest, documents)

        def tracked() -> Iterator[tuple[int, list]]:
            for number, records in work():
                in_flight[number] = (_batch_digest(records), len(records))
                yield number, records

        def done(result: BatchResult) -> None:
            _write_batch(out, result)
            log_problems(result.problems)
            digest, documents = in_flight.pop(result.batch)
            _append_line(out / "manifest.jsonl", {
                "batch": result.batch, "documents": documents, "analysed": len(result.documents),
                "digest": digest, "words": result.words,
                "parse_seconds": round(result.parse_seconds, 3),
                "detect_seconds": round(result.detect_seconds, 3)})
            bar.update(documents, result.words)

        try:
            _EXECUTORS[scheduler](tracked(), settings, done, n, address)
        finally:
            bar.close()
    return out


# reading ------------------------------------------------------------------------------------

def read_results(out: str | Path, *, tables: tuple[str, ...] = TABLES) -> ScaleResults:
    """The ``documents``, ``markers`` and ``attributions`` tables of a run in ``out``, in
    batch order, from the batches its manifest lists as finished (a batch cut off by an
    interruption is not read). ``info`` is ``run.json`` plus ``batches`` and ``problems``.

    For a corpus too large for memory, read the Parquet folders lazily instead, e.g.
    ``pyarrow.dataset.dataset(out / "markers")``.
    """
    out = Path(out)
    run_file = out / "run.json"
    if not run_file.exists():
        raise ScaleError(f"{out}: no run.json; not an analyze_corpus output folder")
    info = json.loads(run_file.read_text(encoding="utf-8"))
    finished = sorted(_read_manifest(out))
    for number in finished:
        for name in tables:
            if not (out / name / _part(number)).exists():
                raise ScaleError(f"{out}: batch {number} is finished in manifest.jsonl but "
                                 f"{name}/{_part(number)} is missing; run analyze_corpus "
                                 "again on the same out to redo it")
    problems_path = out / "problems.jsonl"
    info["batches"] = len(finished)
    info["problems"] = [json.loads(line) for line in problems_path.read_text(
        encoding="utf-8").splitlines() if line.strip()] if problems_path.exists() else []
    frames: dict[str, pd.DataFrame] = {}
    for name in TABLES:
        if name not in tables:
            frames[name] = pd.DataFrame()
            continue
        parts = [pd.read_parquet(out / name / _part(b)) for b in finished]
        parts = [p for p in parts if len(p)] or parts[:1]
        frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
        frame.attrs = {k: v for k, v in info.items() if k != "problems"}
        frames[name] = frame
    return ScaleResults(frames["documents"], frames["markers"], frames["attributions"], info)
