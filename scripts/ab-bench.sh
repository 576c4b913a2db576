#!/usr/bin/env bash
# A/B throughput of two `rasd` binaries on a noisy machine: runs alternate
# (A, B, A, B, ...) so that load from other work falls on both alike, and
# the medians, minimum and maximum of articles/s on one thread are printed.
# A single run of each is not enough here: on a shared 2-core VM the same
# binary moves ±15% from one run to the next.
#
# Usage: scripts/ab-bench.sh OLD_BINARY NEW_BINARY
# Env:   RUNS=6  LIMIT=1000 (articles a run)  RASD_NER=accurate|fast
#        RASD_NEWS_DIR=../shared/data/news
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: $0 OLD_BINARY NEW_BINARY" >&2; exit 2; }
A=$1 B=$2
RUNS=${RUNS:-6}
LIMIT=${LIMIT:-1000}
NEWS=${RASD_NEWS_DIR:-../shared/data/news}
for bin in "$A" "$B"; do
  [ -x "$bin" ] || { echo "not an executable: $bin" >&2; exit 2; }
done
[ -d "$NEWS" ] || { echo "news corpus not found: $NEWS" >&2; exit 2; }

rate() {
  "$1" bench --limit "$LIMIT" --threads 1 --stage-limit 0 "$NEWS" 2>&1 \
    | sed -n 's/.*: \([0-9]*\) art\/s.*/\1/p' | head -1
}

out=$(mktemp)
trap 'rm -f "$out"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$RUNS"); do
  echo "A $(rate "$A")" >> "$out"
  echo "B $(rate "$B")" >> "$out"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out" "$A" "$B" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if len(l.split()) == 2]
names = {"A": sys.argv[2], "B": sys.argv[3]}
med = {}
for k in "AB":
    v = sorted(int(x) for n, x in rows if n == k)
    if not v:
        sys.exit(f"no result for {names[k]}")
    med[k] = statistics.median(v)
    print(f"{k} {names[k]}: median {med[k]:.0f} art/s (min {v[0]}, max {v[-1]}, runs {v})")
print(f"B/A = {med['B'] / med['A']:.3f}")
PY
