#!/usr/bin/env bash
# Run-time web assets of `rasd serve`: Leaflet and Natural Earth country
# boundaries (world-atlas TopoJSON + topojson-client), installed from npm into
# crates/rasd-serve/web/npm/node_modules (gitignored). The server finds them
# there by default, or wherever RASD_WEB_ASSETS points. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=crates/rasd-serve/web/npm
if ! command -v npm >/dev/null 2>&1; then
  echo "web.sh: npm not found; the web page will work without the map" >&2
  exit 0
fi
if [ ! -f "$dir/node_modules/leaflet/dist/leaflet.js" ] \
  || [ ! -f "$dir/node_modules/world-atlas/countries-50m.json" ] \
  || [ ! -f "$dir/node_modules/topojson-client/dist/topojson-client.min.js" ]; then
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error)
fi
