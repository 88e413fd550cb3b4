"""Time ``toolkit.analyze`` with and without the cue classifier, and bare ``nlp.pipe``.

Twenty texts (the first 20 statements of ``shared/corpora/statements``, or the seed when
``../shared`` is missing), the same loaded pipeline, no cache; each of the three is timed
``--repeats`` times, alternating, and the fastest counts (a burst of load from another
program hits all three alike), in wall time and in CPU time of the process (which other
programs' load changes less). Prints the seconds and the ratios to the bare parse
(``make bench`` reports the same ratio for the whole speed sample).

Usage: ``python benchmarks/cue_classifier_timing.py [--repeats 3]``.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TOOLKIT_SHARED", ROOT.parent / "shared"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--texts", type=int, default=20)
    args = parser.parse_args()
    import toolkit
    import toolkit.attribution.detect as detect
    from toolkit.corpus import load_corpus
    from toolkit.nlp import load_pipeline

    folder = SHARED / "corpora" / "statements"
    documents = load_corpus(folder if folder.exists() else ROOT / "corpora" / "seed")
    documents = documents.iloc[:args.texts][["doc_id", "text"]]
    texts = list(documents["text"])
    nlp = load_pipeline()
    packaged = detect.cue_classifier

    def analyze(with_classifier: bool) -> None:
        detect.cue_classifier = packaged if with_classifier else (lambda: None)
        try:
            toolkit.analyze(documents, cache=False, keep_docs=False, pipeline=nlp)
        finally:
            detect.cue_classifier = packaged

    runs = {"bare nlp.pipe": lambda: [None for _ in nlp.pipe(texts, batch_size=32)],
            "analyze, rules only": lambda: analyze(False),
            "analyze, rules + cue classifier": lambda: analyze(True)}
    analyze(True)  # warm: model, lexicons and weights loaded
    best = dict.fromkeys(runs, float("inf"))
    cpu = dict.fromkeys(runs, float("inf"))
    for _ in range(args.repeats):
        for name, run in runs.items():
            started, started_cpu = time.perf_counter(), time.process_time()
            run()
            best[name] = min(best[name], time.perf_counter() - started)
            cpu[name] = min(cpu[name], time.process_time() - started_cpu)
    words = int(documents["text"].str.count(r"[A-Za-z]+").sum())
    print(f"{len(documents)} texts, {words:,} words; fastest of {args.repeats} runs each "
          "(wall time; CPU time of this process)")
    for name in runs:
        print(f"{name:34s} {best[name]:7.3f} s  {cpu[name]:7.3f} s CPU   speed vs bare parse "
              f"{best['bare nlp.pipe'] / best[name]:.3f}x wall, "
              f"{cpu['bare nlp.pipe'] / cpu[name]:.3f}x CPU")
    for label, times in (("wall", best), ("CPU", cpu)):
        extra = times["analyze, rules + cue classifier"] / times["analyze, rules only"] - 1
        print(f"classifier's share ({label}): {extra:+.1%} of the rules-only analysis time")


if __name__ == "__main__":
    main()
