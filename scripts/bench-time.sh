#!/usr/bin/env bash
# Side-by-side benchmark of the temporal tagger (rasd-time) and the Python
# package `dateparser` on the same corpus: Duckling's Arabic time corpus
# (../shared/data/temporal/duckling-ar-time.jsonl) plus our news-form cases
# (crates/rasd-time/tests/data/news-time.jsonl). Prints accuracy and phrases/s
# of both, and rasd's articles/s on real news.
#
# Usage: scripts/bench-time.sh        (env: CARGO_TARGET_DIR, BENCH_VENV, ARTICLES_LIMIT)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="$ROOT/../shared"
DUCK="$SHARED/data/temporal/duckling-ar-time.jsonl"
NEWS="$ROOT/crates/rasd-time/tests/data/news-time.jsonl"
ARTICLES="$SHARED/data/news/ant-2018.jsonl.gz"
[ -f "$DUCK" ] || { echo "missing $DUCK (shared data must sit beside the repo)" >&2; exit 1; }

VENV="${BENCH_VENV:-$ROOT/target/bench-venv}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c "import dateparser" 2>/dev/null \
  || "$VENV/bin/pip" install --quiet --disable-pip-version-check dateparser

cd "$ROOT"
cargo build --quiet --release -p rasd-time --example time_bench
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/examples/time_bench"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
ART=()
[ -f "$ARTICLES" ] && ART=(--articles "$ARTICLES" --limit "${ARTICLES_LIMIT:-3000}")
"$BIN" --corpus "$DUCK:duckling" --corpus "$NEWS:news" --dump "$OUT/dump.jsonl" "${ART[@]}" > "$OUT/rasd.json"
"$VENV/bin/python" "$ROOT/crates/rasd-time/bench/dateparser_bench.py" "$OUT/dump.jsonl" "$OUT/rasd.json"
