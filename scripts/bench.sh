#!/usr/bin/env bash
# Throughput and robustness benchmark of the whole extraction pipeline.
#
#   1. release build of `rasd`
#   2. gazetteer index build (first open of a fresh data dir), timed
#   3. cold start of the binary: `rasd extract` of one short article, N runs
#   4. `rasd bench` over the real news corpus: articles/s and MB/s per core on
#      1 and 2 threads, p50/p99 latency, per-stage timing, peak RSS, start-up
#   5. a bounded fuzz run (`rasd bench --fuzz-secs`): mutated real articles
#   6. a bounded long property-test run (PROPTEST_CASES, killed at a deadline)
#   7. optional: callgrind profile of N articles (instruction counts per function)
#
# Usage: scripts/bench.sh            (defaults below)
# Env:   LIMIT=5000 (articles, 0 = all ~60k)   THREADS=1,2   STAGE_LIMIT=1000
#        FUZZ_SECS=60   PROPTEST_CASES=2000   PROPTEST_SECS=300   COLD_RUNS=10
#        CALLGRIND=0 (articles to profile; e.g. 300)   RASD_NEWS_DIR=../shared/data/news
#        BENCH_DATA_DIR (default target/bench-data; kept between runs)
#        OUT (default target/bench-out)   SKIP_BUILD=1
set -euo pipefail
cd "$(dirname "$0")/.."

LIMIT=${LIMIT:-5000}
THREADS=${THREADS:-1,$(nproc)}
STAGE_LIMIT=${STAGE_LIMIT:-1000}
FUZZ_SECS=${FUZZ_SECS:-60}
PROPTEST_CASES=${PROPTEST_CASES:-2000}
PROPTEST_SECS=${PROPTEST_SECS:-300}
COLD_RUNS=${COLD_RUNS:-10}
CALLGRIND=${CALLGRIND:-0}
TARGET=${CARGO_TARGET_DIR:-target}
DATA=${BENCH_DATA_DIR:-$TARGET/bench-data}
OUT=${OUT:-$TARGET/bench-out}
NEWS=${RASD_NEWS_DIR:-../shared/data/news}
BIN="$TARGET/release/rasd"
mkdir -p "$OUT"

if [ ! -d "$NEWS" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "error: corpus $NEWS is missing (set RASD_NEWS_DIR)" >&2; exit 1
  fi
  echo "note: corpus $NEWS is missing; nothing to benchmark (set RASD_NEWS_DIR)"; exit 0
fi

ms_now() { date +%s%N; }
elapsed_ms() { echo $(( ($(ms_now) - $1) / 1000000 )); }

echo "== 1. build (release)"
if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --release -q -p rasd-cli
fi
ls -l "$BIN" | awk '{printf "binary %s: %.1f MB\n", $9, $5/1e6}'

echo "== 2. gazetteer index (data dir $DATA)"
mkdir -p "$DATA"
if ls "$DATA"/*gaz* >/dev/null 2>&1 || ls "$DATA"/*.idx >/dev/null 2>&1; then
  echo "index already built in $DATA (delete it to time the build)"
else
  t=$(ms_now)
  printf 'قتل شخص في بغداد\n' | "$BIN" --data-dir "$DATA" extract - >/dev/null 2>"$OUT/index-build.log" || true
  echo "first run (builds the gazetteer index): $(elapsed_ms "$t") ms"
fi
du -sh "$DATA" | awk '{print "data dir size: " $1}'

echo "== 3. cold start (${COLD_RUNS} runs)"
ART="$OUT/cold.txt"
printf 'قتل ثلاثة أشخاص وأصيب خمسة آخرون في انفجار سيارة مفخخة في مدينة الرمادي يوم الاثنين.\n' >"$ART"
times=()
for _ in $(seq 1 "$COLD_RUNS"); do
  t=$(ms_now)
  "$BIN" --data-dir "$DATA" extract "$ART" --published 2021-07-05 >/dev/null
  times+=("$(elapsed_ms "$t")")
done
vt=()
for _ in $(seq 1 "$COLD_RUNS"); do
  t=$(ms_now); "$BIN" --version >/dev/null; vt+=("$(elapsed_ms "$t")")
done
python3 - "${times[*]}" "${vt[*]}" <<'PY'
import statistics, sys
a = [int(x) for x in sys.argv[1].split()]; v = [int(x) for x in sys.argv[2].split()]
print(f"rasd extract (1 article, process start to exit): min {min(a)} ms, median {statistics.median(a)} ms, max {max(a)} ms"
      f"  [target <= 300 ms: {'ok' if statistics.median(a) <= 300 else 'MISSED'}]")
print(f"rasd --version (process start only):            min {min(v)} ms, median {statistics.median(v)} ms")
PY

echo "== 4. rasd bench (limit $LIMIT, threads $THREADS)"
LIMIT_ARG=()
[ "$LIMIT" != "0" ] && LIMIT_ARG=(--limit "$LIMIT")
"$BIN" --data-dir "$DATA" bench "$NEWS" "${LIMIT_ARG[@]}" --threads "$THREADS" \
  --stage-limit "$STAGE_LIMIT" --json "$OUT/bench.json" | tee "$OUT/bench.txt"

echo "== 5. fuzz run (${FUZZ_SECS} s)"
if [ "$FUZZ_SECS" != "0" ]; then
  "$BIN" --data-dir "$DATA" bench "$NEWS" --limit 1 --threads 1 --stage-limit 0 \
    --fuzz-secs "$FUZZ_SECS" --fuzz-out "$OUT/fuzz-failures" --json "$OUT/fuzz.json" \
    | grep -E "^(fuzz|  )" | tee "$OUT/fuzz.txt" || true
fi

echo "== 6. long property tests (PROPTEST_CASES=$PROPTEST_CASES, at most ${PROPTEST_SECS} s)"
if [ "$PROPTEST_SECS" != "0" ]; then
  set +e
  PROPTEST_CASES=$PROPTEST_CASES timeout "$PROPTEST_SECS" \
    cargo test --release -q -p rasd-cli --test proptest_stages 2>&1 | tail -n 25 | tee "$OUT/proptest.txt"
  rc=${PIPESTATUS[0]}
  set -e
  if [ "$rc" = 124 ]; then echo "property tests stopped at the ${PROPTEST_SECS} s deadline (no failure before it)";
  elif [ "$rc" != 0 ]; then echo "property tests FAILED (exit $rc)"; fi
fi

if [ "$CALLGRIND" != "0" ]; then
  echo "== 7. callgrind profile ($CALLGRIND articles, 1 thread)"
  valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.out" \
    "$BIN" --data-dir "$DATA" bench "$NEWS" --limit "$CALLGRIND" --threads 1 --stage-limit 0 \
    >"$OUT/callgrind-run.txt" 2>"$OUT/callgrind.log" || true
  callgrind_annotate --inclusive=yes "$OUT/callgrind.out" 2>/dev/null \
    | grep -v -E "^-|^$" | sed -n '1,60p' | cut -c1-220 | tee "$OUT/callgrind-inclusive.txt"
  echo "-- self cost"
  callgrind_annotate "$OUT/callgrind.out" 2>/dev/null \
    | grep -v -E "^-|^$" | sed -n '1,45p' | cut -c1-220 | tee "$OUT/callgrind-self.txt"
fi
echo "== outputs in $OUT"
