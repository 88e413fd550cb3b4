#!/usr/bin/env bash
# Score the toolkit on the dev gold (seed + dev_extra) with the referee, shared/gold/score.py.
# Usage: scripts/score_dev.sh [extra score.py args, e.g. --json]
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat "$SHARED/gold/seed.jsonl" "$SHARED/gold/dev_extra.jsonl" > "$tmp/gold.jsonl"
.venv/bin/python -c 'import json,sys
for l in open(sys.argv[1]):
    d=json.loads(l); print(json.dumps({"id": d["id"], "text": d["text"]}))' "$tmp/gold.jsonl" > "$tmp/in.jsonl"
.venv/bin/python -m toolkit predict "$tmp/in.jsonl" > "$tmp/pred.jsonl"
if [ -n "${KEEP_PRED:-}" ]; then cp "$tmp/pred.jsonl" "$KEEP_PRED"; fi
python3 "$SHARED/gold/score.py" "$SHARED/gold/seed.jsonl" "$SHARED/gold/dev_extra.jsonl" "$tmp/pred.jsonl" "$@"
