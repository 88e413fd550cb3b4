"""``make bench``: throughput, cache, memory and scaling of the toolkit, measured in one run.

Prints one table. Every ratio in it compares two figures measured in this run, on this
machine, on the same texts (DESIGN.md, "Throughput figures compare like with like"):

- the speed sample is every statement of ``shared/corpora/statements`` plus every 256th
  speech of the UNGDC manifest (16 speeches, about 31,000 words; about 50,000 words in all);
- bare ``nlp.pipe`` and ``analyze`` use the same loaded pipeline (all its components), the
  same ``batch_size`` and no cache; the timed region is parse + detection (texts are in
  memory; nothing is read or written). Each is timed three times, alternating; the fastest
  counts, so that a burst of load from another program hits both sides alike; the ratio is
  also given in CPU time of the process, which other programs' load does not change;
- cached re-analysis: a first ``analyze`` with an empty cache folder, then the same call
  again (it reads the result cache); a lexicon change re-runs the detectors on cached parses;
- peak memory: ``analyze_corpus`` (serial) in a child process over the first 12 UNGDC
  speeches (1x, about 19,000 words) and the first 48 (4x), each child's own peak RSS
  (``VmHWM``; ``getrusage`` would report the parent's, which Linux keeps across execve);
- speed-up: ``analyze_corpus`` on the speed sample with 1 and with 2 worker processes, and
  on a Dask ``LocalCluster`` of 1 and of 2 workers (started and warmed before the clock);
  three runs of each, the fastest counts (on a shared machine the slower runs measure
  the other programs).

- start-up (issue 19): whole processes, each run three times, alternating, the median
  counts: ``python -m toolkit predict`` on one sentence against a process that only loads
  the spaCy model; ``predict`` on the 19,000 words of the 1x memory sample against a
  process that loads the model and runs bare ``nlp.pipe`` over the same texts; the package
  byte-compiled first, as a pip install leaves it (the baselines read spaCy's bytecode);
- a long text without line breaks (issue 19): ``analyze`` in a child process on
  ``"word " * N`` for N = 20,000 and 80,000 (100,000 and 400,000 characters): time and peak
  memory of 4x against 1x (time should grow linearly: at most 4.4x).

BLAS thread pools are held to one thread, so one process uses one core. Total time on 2
cores: about 5 to 10 minutes, depending on other load.

Usage: ``python benchmarks/run.py [--markdown FILE] [--quick]`` (``--quick``: the seed
statement only, for a smoke test).
"""

from __future__ import annotations

import compileall
import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pandas as pd  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TOOLKIT_SHARED", ROOT.parent / "shared"))
UNGDC = SHARED / "corpora" / "ungdc"
STATEMENTS = SHARED / "corpora" / "statements"
UNGDC_EVERY = 256
MEMORY_DOCS = 12
PIPE_BATCH = 32
SCALE_BATCH = 4
#: timed runs of each speed-up configuration (alternating; the fastest counts)
REPEATS = 3


# corpora ------------------------------------------------------------------------------------

def _ungdc_records(rows: pd.DataFrame) -> list[dict]:
    from toolkit.corpus import read_text_file

    return [{"doc_id": Path(r.file).stem, "text": read_text_file(UNGDC / r.file),
             "iso3": r.iso3, "year": str(r.year)} for r in rows.itertuples()]


def speed_sample(quick: bool) -> tuple[pd.DataFrame, str]:
    """The documents table the speed rows use, and a description of it."""
    from toolkit.corpus import load_corpus

    if quick or not UNGDC.exists() or not STATEMENTS.exists():
        docs = load_corpus(ROOT / "corpora" / "seed")
        return docs[["doc_id", "text"]], "the seed statement (../shared missing or --quick)"
    statements = load_corpus(STATEMENTS)[["doc_id", "text"]]
    manifest = pd.read_csv(UNGDC / "manifest.csv")
    speeches = pd.DataFrame(_ungdc_records(manifest.iloc[::UNGDC_EVERY]))[["doc_id", "text"]]
    return (pd.concat([statements, speeches], ignore_index=True),
            f"{len(statements)} statements + {len(speeches)} UNGDC speeches "
            f"(every {UNGDC_EVERY}th of the manifest)")


def write_jsonl(records: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps({"id": record["doc_id"], **{
                k: v for k, v in record.items() if k != "doc_id"}}) + "\n")
    return path


# measurements -------------------------------------------------------------------------------

def timed(function) -> tuple[float, object]:
    started = time.perf_counter()
    value = function()
    return time.perf_counter() - started, value


def bare_pipe(nlp, texts: list[str]) -> None:
    for _ in nlp.pipe(texts, batch_size=PIPE_BATCH):
        pass


def memory_child(corpus: Path, out: Path) -> None:
    """(child process) analyse ``corpus`` serially; print this process's peak RSS in MB."""
    from toolkit.scale import analyze_corpus, read_results

    analyze_corpus(corpus, out=out, scheduler="serial", batch_size=SCALE_BATCH,
                   progress=False, cache=False, resume=False)
    words = int(read_results(out, tables=("documents",)).documents["words"].sum())
    status = Path("/proc/self/status")
    if status.exists():
        # VmHWM, not getrusage: Linux keeps ru_maxrss across execve, so a child started by
        # a big parent would report the parent's size
        fields = {line.split(":")[0]: int(line.split()[1]) for line in
                  status.read_text().splitlines() if line.startswith(("VmHWM:", "VmRSS:"))}
        peak_kb, end_kb = fields["VmHWM"], fields["VmRSS"]
    else:  # macOS reports bytes
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (
            1024 if sys.platform == "darwin" else 1)
        end_kb = 0
    print(json.dumps({"peak_mb": peak_kb / 1024, "end_mb": end_kb / 1024, "words": words}))


def engine_child(corpus: Path, engine: str) -> None:
    """(child process) ``analyze`` ``corpus`` (JSONL) with ``engine``, no cache; print the
    words, the seconds of the analysis and this process's peak RSS in MB (issue 15)."""
    import toolkit
    from toolkit.nlp import load_pipeline

    documents = toolkit.load_corpus(corpus)
    nlp = load_pipeline()
    toolkit.analyze(documents.iloc[:1], cache=False, keep_docs=False, engine=engine,
                    pipeline=nlp)  # warm: the model and the engine's weights loaded
    bare = min(timed(lambda: bare_pipe(nlp, list(documents["text"])))[0] for _ in range(2))
    seconds = min(timed(lambda: toolkit.analyze(documents, cache=False, keep_docs=False,
                                                engine=engine, pipeline=nlp))[0]
                  for _ in range(2))
    words = int(documents["text"].str.count(r"[A-Za-z]+").sum())
    print(json.dumps({"engine": engine, "seconds": seconds, "bare_seconds": bare,
                      "peak_mb": _peak_mb(), "words": words}))


def engine_rows(corpus: Path | None) -> list[tuple]:
    """Words per second and peak memory of each engine (``rules``, ``model``,
    ``combined``), each in a child process on the same corpus (the 1x memory corpus),
    beside the bare parse of the same texts in the same process (best of two each)."""
    if corpus is None:
        return []
    rows = []
    for engine in ("rules", "model", "combined"):
        done = subprocess.run([sys.executable, __file__, "--engine-child", str(corpus), engine],
                              capture_output=True, text=True, check=True, cwd=ROOT)
        got = json.loads(done.stdout.strip().splitlines()[-1])
        wps, bare = got["words"] / got["seconds"], got["words"] / got["bare_seconds"]
        rows.append((f"engine {engine}: analyze(engine={engine!r}), {got['words']:,} words",
                     f"{fmt(wps)} words/s ({fmt(wps / bare, 3)}x the bare parse, "
                     f"{fmt(bare)} words/s, of the same texts); peak memory "
                     f"{fmt(got['peak_mb'])} MB", "", None))
    return rows


def _peak_mb() -> float:
    status = Path("/proc/self/status")
    if status.exists():
        return next(int(line.split()[1]) for line in status.read_text().splitlines()
                    if line.startswith("VmHWM:")) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (
        1024 * 1024 if sys.platform == "darwin" else 1024)


def long_child(words: int) -> None:
    """(child process) analyse one text of ``words`` words without a line break; print the
    seconds and this process's peak RSS in MB."""
    from toolkit.analysis import analyze
    from toolkit.nlp import load_pipeline

    nlp = load_pipeline()
    nlp("warm up.")
    seconds, _ = timed(lambda: analyze(["word " * words], pipeline=nlp, cache=False))
    print(json.dumps({"seconds": seconds, "peak_mb": _peak_mb()}))


def long_text(words: int) -> dict:
    done = subprocess.run([sys.executable, __file__, "--long-child", str(words)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def process_seconds(command: list[str]) -> float:
    """Wall time of a whole process (start-up included); its output is discarded."""
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def startup_ratios(corpus: Path | None, work: Path, pipeline: str) -> list[tuple]:
    """Rows: median whole-process times of ``predict`` against loading the model (one
    sentence) and against bare ``nlp.pipe`` (``corpus``, when given)."""
    one = work / "one.jsonl"
    one.write_text(json.dumps({"id": "one", "text": "The minister clearly said so."}) + "\n",
                   encoding="utf-8")
    predict = [sys.executable, "-m", "toolkit", "predict", "--no-cache"]
    load = [sys.executable, "-c", f"import spacy; spacy.load({pipeline!r}, exclude=['senter'])"]
    # A pip install byte-compiles the package, as spaCy's and the model's modules in
    # site-packages are: an editable install under PYTHONDONTWRITEBYTECODE (set on these
    # machines) would compile toolkit's modules from source in every process, and the
    # ratio would time that against a baseline that reads bytecode.
    compileall.compile_dir(ROOT / "toolkit", quiet=1)
    process_seconds([*predict, str(one)])  # warm: files in the OS cache, word list written
    pairs = {"load": [], "predict1": [], "bare": [], "predict": []}
    for _ in range(REPEATS):
        pairs["load"].append(process_seconds(load))
        pairs["predict1"].append(process_seconds([*predict, str(one)]))
        if corpus is not None:
            bare = [sys.executable, "-c",
                    "import json, spacy, sys\n"
                    f"nlp = spacy.load({pipeline!r}, exclude=['senter'])\n"
                    f"texts = [json.loads(l)['text'] for l in open({str(corpus)!r})]\n"
                    f"for _ in nlp.pipe(texts, batch_size={PIPE_BATCH}): pass"]
            pairs["bare"].append(process_seconds(bare))
            pairs["predict"].append(process_seconds([*predict, str(corpus)]))
    median = {k: sorted(v)[len(v) // 2] for k, v in pairs.items() if v}
    one_ratio = median["predict1"] / median["load"]
    rows = [("start-up: process loading the model (median of 3)",
             f"{fmt(median['load'], 2)} s", "", None),
            ("predict, one sentence, whole process (median of 3)",
             f"{fmt(median['predict1'], 2)} s, {fmt(one_ratio, 3)}x loading the model",
             "<= 1.3x", one_ratio <= 1.3)]
    if corpus is not None:
        ratio = median["predict"] / median["bare"]
        rows += [("process: model + bare nlp.pipe on the 1x sample (median of 3)",
                  f"{fmt(median['bare'], 2)} s", "", None),
                 ("predict on the 1x sample, whole process (median of 3)",
                  f"{fmt(median['predict'], 2)} s, {fmt(ratio, 3)}x the bare process",
                  "<= 1.15x", ratio <= 1.15)]
    return rows


def peak_memory(corpus: Path, out: Path) -> dict:
    done = subprocess.run([sys.executable, __file__, "--memory-child", str(corpus), str(out)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_scale(corpus: Path, out: Path, **kwargs) -> tuple[float, int]:
    from toolkit.scale import analyze_corpus, read_results

    seconds, _ = timed(lambda: analyze_corpus(corpus, out=out, batch_size=SCALE_BATCH,
                                              progress=False, cache=False, resume=False,
                                              **kwargs))
    return seconds, int(read_results(out, tables=("documents",)).documents["words"].sum())


def dask_runs(workers: int, corpus: Path, warm: Path, out: Path) -> list[tuple[float, int]]:
    """:data:`REPEATS` timed runs on one warmed ``LocalCluster`` of ``workers`` workers."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        run_scale(warm, out, scheduler="dask", address=client)  # load the pipeline
        return [run_scale(corpus, out, scheduler="dask", address=client)
                for _ in range(REPEATS)]


def busy_seconds(out: Path) -> float:
    """Seconds the workers spent on the batches of the run in ``out`` (from its manifest)."""
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return sum(json.loads(x)["parse_seconds"] + json.loads(x)["detect_seconds"] for x in lines)


def lexical_agreement(lexical: pd.DataFrame, full: pd.DataFrame) -> str:
    """Per category: precision and recall of the lexical-only markers against the full
    analysis's on the same texts (same doc_id, start, end)."""
    parts = []
    for category in sorted(set(full["category"]) | set(lexical["category"])):
        a = set(lexical.loc[lexical["category"] == category, ["doc_id", "start", "end"]]
                .itertuples(index=False, name=None))
        b = set(full.loc[full["category"] == category, ["doc_id", "start", "end"]]
                .itertuples(index=False, name=None))
        both = len(a & b)
        parts.append(f"{category} P {fmt(both / len(a), 2) if a else '-'} "
                     f"R {fmt(both / len(b), 2) if b else '-'}")
    return "; ".join(parts)


def cpu_pressure() -> str:
    """Linux's CPU pressure (share of the last minute some task waited for a CPU)."""
    path = Path("/proc/pressure/cpu")
    if not path.exists():
        return "n/a"
    first = path.read_text().splitlines()[0]
    return next(f.split("=")[1] for f in first.split() if f.startswith("avg60=")) + " %"


# report -------------------------------------------------------------------------------------

def fmt(value: float, digits: int = 0) -> str:
    """``value`` cut (never rounded up) to ``digits`` decimals, with thousands separators."""
    scale = 10 ** digits
    cut = int(value * scale) / scale
    return f"{cut:,.{digits}f}"


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("met" if ok else "MISSED")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    parser.add_argument("--quick", action="store_true", help="seed statement only")
    parser.add_argument("--memory-child", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--engine-child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--long-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--only", choices=("startup", "long", "engines"),
                        help="only the start-up rows or the long-text rows (a quick look)")
    args = parser.parse_args(argv)
    if args.memory_child:
        memory_child(*args.memory_child)
        return 0
    if args.engine_child:
        engine_child(Path(args.engine_child[0]), args.engine_child[1])
        return 0
    if args.long_child:
        long_child(args.long_child)
        return 0
    if args.only:
        return partial(args)

    wall = time.perf_counter()
    load_before = os.getloadavg()
    pressure_before = cpu_pressure()
    work = Path(tempfile.mkdtemp(prefix="toolkit-bench-"))
    os.environ["TOOLKIT_CACHE_DIR"] = str(work / "cache")  # empty: the first run is cold

    import toolkit
    from toolkit.lexicon import default_lexicon
    from toolkit.nlp import default_pipeline_name, load_pipeline, pipeline_id
    from toolkit.scale import RunSettings, analyze_batch, lexical_weak_categories, warm_up

    documents, sample = speed_sample(args.quick)
    texts = list(documents["text"])
    nlp = load_pipeline()
    bare_pipe(nlp, texts[:2])  # warm-up
    toolkit.analyze(documents.iloc[:2], cache=False)
    words = 0

    # 1. bare nlp.pipe against analyze, alternating, best of two
    bare_times, full_times, bare_cpu, full_cpu = [], [], [], []
    for _ in range(3):
        cpu = time.process_time()
        bare_times.append(timed(lambda: bare_pipe(nlp, texts))[0])
        bare_cpu.append(time.process_time() - cpu)
        cpu = time.process_time()
        seconds, result = timed(lambda: toolkit.analyze(documents, cache=False,
                                                        keep_docs=False))
        full_cpu.append(time.process_time() - cpu)
        full_times.append(seconds)
        words = int(result.documents["words"].sum())
    bare_wps, full_wps = words / min(bare_times), words / min(full_times)
    cpu_ratio = min(bare_cpu) / min(full_cpu)  # the same ratio in CPU time of this process

    # 2. lexical-only pass (tokenizer + matcher), same texts, in this process
    lexicon = default_lexicon()
    lexical = RunSettings(pipeline=default_pipeline_name(), lexical_only=True, cache=False,
                          lexicon_entries=lexicon.entries, lexicon_cues=lexicon.cues,
                          lexicon_version=lexicon.version)
    warm_up(lexical)
    records = documents.to_dict("records")
    lexical_seconds = min(timed(lambda: analyze_batch(0, records, lexical))[0]
                          for _ in range(2))
    lexical_wps = words / lexical_seconds
    agreement = lexical_agreement(analyze_batch(0, records, lexical).markers, result.markers)

    # 3. caches: a cold first run, the same run again, then a lexicon change
    first, _ = timed(lambda: toolkit.analyze(documents, cache=True, keep_docs=False))
    again, _ = timed(lambda: toolkit.analyze(documents, cache=True, keep_docs=False))
    changed = lexicon.add("scarcely perceptibly", "hedge", "approximator", source="bench")
    relexicon, _ = timed(lambda: toolkit.analyze(documents, lexicon=changed, cache=True,
                                                 keep_docs=False))

    # 4. peak memory at 1x and 4x
    memory: dict[str, dict] = {}
    corpora: dict[str, Path] = {}
    if not args.quick and UNGDC.exists():
        manifest = pd.read_csv(UNGDC / "manifest.csv")
        for label, count in (("1x", MEMORY_DOCS), ("4x", 4 * MEMORY_DOCS)):
            corpus = write_jsonl(_ungdc_records(manifest.iloc[:count]), work / f"m{label}.jsonl")
            corpora[label] = corpus
            memory[label] = peak_memory(corpus, work / f"mem-{label}")

    # 6. start-up and a long unbroken text (issue 19), whole processes
    startup = startup_ratios(corpora.get("1x"), work, default_pipeline_name())
    long_rows = long_text_rows(args.quick)

    # 5. speed-up: processes and Dask workers, 1 -> 2
    sample_jsonl = write_jsonl(records, work / "sample.jsonl")
    warm_jsonl = write_jsonl(records[:1], work / "warm.jsonl")
    runs: dict[str, list[tuple[float, int]]] = {"p1": [], "p2": []}
    for _ in range(REPEATS):
        for n in (1, 2):
            runs[f"p{n}"].append(run_scale(sample_jsonl, work / f"p{n}",
                                           scheduler="processes", n_process=n))
    runs["d1"] = dask_runs(1, sample_jsonl, warm_jsonl, work / "d1")
    runs["d2"] = dask_runs(2, sample_jsonl, warm_jsonl, work / "d2")
    counted = {w for values in runs.values() for _, w in values}
    assert counted == {words}, (counted, words)
    one_p, two_p, one_d, two_d = (min(t for t, _ in runs[k]) for k in ("p1", "p2", "d1", "d2"))
    busy = {k: busy_seconds(work / k) for k in ("p1", "p2", "d1", "d2")}  # the last runs

    # the table
    rows = [
        ("bare nlp.pipe (same pipeline, no cache)", f"{fmt(bare_wps)} words/s "
         f"(CPU time: {fmt(words / min(bare_cpu))} words/s)", "", None),
        ("full analysis: analyze(cache=False)", f"{fmt(full_wps)} words/s "
         f"(CPU time: {fmt(words / min(full_cpu))} words/s)",
         ">= 0.9x bare", full_wps / bare_wps >= 0.9),
        ("  ratio full / bare (issue 2: markers cost <= 10 %)",
         f"{fmt(full_wps / bare_wps, 3)}x (cost {fmt(100 * (bare_wps / full_wps - 1), 1)} %);"
         f" in CPU time {fmt(cpu_ratio, 3)}x",
         ">= 0.9x", full_wps / bare_wps >= 0.9),
        ("lexical-only pass (tokenizer + matcher)", f"{fmt(lexical_wps)} words/s "
         f"({fmt(lexical_wps / bare_wps, 1)}x bare)", "", None),
        ("first run, cold caches: analyze(cache=True)",
         f"{fmt(first, 2)} s ({fmt(words / first)} words/s)", "", None),
        ("cached re-analysis (nothing changed)",
         f"{fmt(again, 3)} s ({fmt(words / again)} words/s), {fmt(first / again, 1)}x faster",
         ">= 50x", first / again >= 50),
        ("lexicon changed: detectors on cached parses",
         f"{fmt(relexicon, 2)} s, {fmt(first / relexicon, 1)}x faster", ">= 5x",
         first / relexicon >= 5),
    ]
    if memory:
        ratio = memory["4x"]["peak_mb"] / memory["1x"]["peak_mb"]
        rows += [
            (f"peak memory 1x ({memory['1x']['words']:,} words, serial)",
             f"{fmt(memory['1x']['peak_mb'])} MB (at the end: "
             f"{fmt(memory['1x']['end_mb'])} MB)", "", None),
            (f"peak memory 4x ({memory['4x']['words']:,} words, serial)",
             f"{fmt(memory['4x']['peak_mb'])} MB ({fmt(ratio, 3)}x 1x; at the end: "
             f"{fmt(memory['4x']['end_mb'])} MB)", "<= 1.2x 1x",
             ratio <= 1.2),
        ]
    rows += [
        ("analyze_corpus, 1 process", f"{fmt(words / one_p)} words/s", "", None),
        ("analyze_corpus, 2 processes",
         f"{fmt(words / two_p)} words/s, speed-up {fmt(one_p / two_p, 2)}x", ">= 1.7x",
         one_p / two_p >= 1.7),
        ("analyze_corpus, Dask LocalCluster 1 worker", f"{fmt(words / one_d)} words/s", "",
         None),
        ("analyze_corpus, Dask LocalCluster 2 workers",
         f"{fmt(words / two_d)} words/s, speed-up {fmt(one_d / two_d, 2)}x", ">= 1.7x",
         one_d / two_d >= 1.7),
    ]
    rows += engine_rows(corpora.get("1x"))
    rows += startup + long_rows
    load_after = os.getloadavg()
    header = [
        f"make bench, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} cores, pipeline {pipeline_id(nlp)} (components: "
        f"{', '.join(nlp.pipe_names)}), toolkit {toolkit.__version__}",
        f"speed sample: {sample}, {words:,} words; load average before/after "
        f"{fmt(load_before[0], 2)}/{fmt(load_after[0], 2)}, CPU pressure (avg60) "
        f"{pressure_before}/{cpu_pressure()}",
        "",
        "| measure | value | target | |",
        "|---|---|---|---|",
        *[f"| {a} | {b} | {c} | {verdict(d)} |" for a, b, c, d in rows],
        "",
        "Lexical-only markers against the full analysis's on the speed sample (precision, "
        f"recall): {agreement}. Weak in lexical-only runs (flagged in run.json and the "
        f"markers' lexical_weak column): {', '.join(lexical_weak_categories()) or 'none'}.",
        "",
        "Worker busy time (parse + detection summed over batches, last run): processes "
        f"{fmt(busy['p1'], 1)} s with 1, {fmt(busy['p2'], 1)} s with 2; Dask "
        f"{fmt(busy['d1'], 1)} s with 1, {fmt(busy['d2'], 1)} s with 2. Each of two workers "
        f"ran at {fmt(busy['p1'] / busy['p2'], 2)} (processes) and "
        f"{fmt(busy['d1'] / busy['d2'], 2)} (Dask) of a lone worker's speed; 1.00 means two "
        "free cores.",
        "",
        f"(bench wall time {fmt(time.perf_counter() - wall)} s)",
    ]
    text = "\n".join(header)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    return 0


def long_text_rows(quick: bool) -> list[tuple]:
    """Rows: ``analyze`` on a text without line breaks, 1x and 4x the words."""
    small, large = (2_000, 8_000) if quick else (20_000, 80_000)
    one, four = long_text(small), long_text(large)
    ratio = four["seconds"] / one["seconds"]
    return [(f"long text without line breaks, {small:,} words ({5 * small:,} characters)",
             f"{fmt(one['seconds'], 2)} s, peak {fmt(one['peak_mb'])} MB", "", None),
            (f"long text without line breaks, {large:,} words (4x)",
             f"{fmt(four['seconds'], 2)} s ({fmt(ratio, 2)}x 1x), peak "
             f"{fmt(four['peak_mb'])} MB ({fmt(four['peak_mb'] / one['peak_mb'], 2)}x 1x)",
             "time <= 4.4x 1x (linear)", ratio <= 4.4)]


def partial(args: argparse.Namespace) -> int:
    """``--only startup`` or ``--only long``: those rows alone, measured in this run."""
    work = Path(tempfile.mkdtemp(prefix="toolkit-bench-"))
    os.environ["TOOLKIT_CACHE_DIR"] = str(work / "cache")
    from toolkit.nlp import default_pipeline_name

    if args.only == "startup":
        corpus = None
        if not args.quick and UNGDC.exists():
            manifest = pd.read_csv(UNGDC / "manifest.csv")
            corpus = write_jsonl(_ungdc_records(manifest.iloc[:MEMORY_DOCS]),
                                 work / "m1x.jsonl")
        rows = startup_ratios(corpus, work, default_pipeline_name())
    elif args.only == "engines":
        manifest = pd.read_csv(UNGDC / "manifest.csv")
        rows = engine_rows(write_jsonl(_ungdc_records(manifest.iloc[:MEMORY_DOCS]),
                                       work / "m1x.jsonl"))
    else:
        rows = long_text_rows(args.quick)
    text = "\n".join([f"make bench --only {args.only}, "
                      f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average "
                      f"{fmt(os.getloadavg()[0], 2)}", "", "| measure | value | target | |",
                      "|---|---|---|---|",
                      *[f"| {a} | {b} | {c} | {verdict(d)} |" for a, b, c, d in rows]])
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
