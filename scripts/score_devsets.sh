#!/usr/bin/env bash
# Score the toolkit on every development set with the referee (shared/gold/score.py):
# the dev gold (seed + dev_extra, with targets and holders), the blind test's DEV half, the
# second development set (evaluation/dev2) and the silver corpus. Never the blind test's frozen
# half (scripts/blind_test.py score --half test).
# Usage: scripts/score_devsets.sh OUTDIR [predict args, e.g. --engine combined]
# Leaves OUTDIR/{stance,blind_dev,dev2,silver}.pred.jsonl for scripts/errors.py.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/score_devsets.sh OUTDIR [predict args]}; shift
SHARED=${SHARED:-../shared}
PY=${PYTHON:-.venv/bin/python}
mkdir -p "$out"
declare -A gold=([stance]="$SHARED/gold/stance.jsonl" [blind_dev]=evaluation/blind/gold/dev.jsonl
                 [dev2]=evaluation/dev2/gold.jsonl [silver]=training/silver/silver.jsonl)
for name in stance blind_dev dev2 silver; do
  "$PY" -c 'import json,sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line); print(json.dumps({"id": d["id"], "text": d["text"]}))' "${gold[$name]}" > "$out/$name.in.jsonl"
  "$PY" -m toolkit predict "$@" "$out/$name.in.jsonl" > "$out/$name.pred.jsonl" 2>/dev/null
  echo "== $name (${gold[$name]})"
  python3 "$SHARED/gold/score.py" "${gold[$name]}" "$out/$name.pred.jsonl"
done
