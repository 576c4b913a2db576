#!/usr/bin/env bash
# The whole test suite: set-up, formatting, lints, every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Test-only services and tools (PostgreSQL, Chromium...): one script per need.
for f in scripts/test-setup.d/*.sh; do
  [ -e "$f" ] || continue
  echo "== $f"
  bash "$f"
done
if [ "${CI:-}" = "true" ] && [ ! -d ../shared/data ]; then
  echo "error: ../shared/data is missing; data-driven tests need it" >&2
  exit 1
fi
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo test --workspace
