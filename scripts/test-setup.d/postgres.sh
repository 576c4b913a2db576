#!/usr/bin/env bash
# PostgreSQL + PostGIS for the rasd-store PostgreSQL tests (Debian 12, run as root).
# Idempotent and quick when already installed and running. Exports nothing:
# the tests use postgres://rasd:rasd@127.0.0.1:5432/rasd_test (or env
# RASD_TEST_POSTGRES_URL).
set -euo pipefail

have_postgis() {
  ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1
}

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! have_postgis; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # The PostGIS build for the server version that apt installs (postgresql-NN-postgis-3).
  major=$(apt-cache show postgresql 2>/dev/null | sed -n 's/^Depends: postgresql-\([0-9]\+\).*/\1/p' | head -1)
  pkgs="postgresql postgis"
  if [ -n "$major" ] && apt-cache show "postgresql-$major-postgis-3" >/dev/null 2>&1; then
    pkgs="postgresql postgresql-$major-postgis-3"
  fi
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
fi

# The newest installed server version.
ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$ver main"; then
  pg_createcluster "$ver" main --port 5432 >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$ver" main start
fi
for _ in $(seq 1 60); do
  pg_isready -h 127.0.0.1 -p 5432 -q && break
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p 5432

psql_su() { su postgres -c "psql -X -q -v ON_ERROR_STOP=1 $*"; }
if [ "$(su postgres -c "psql -X -tAc \"SELECT 1 FROM pg_roles WHERE rolname='rasd'\"")" != "1" ]; then
  psql_su "-c \"CREATE ROLE rasd LOGIN PASSWORD 'rasd'\""
fi
if [ "$(su postgres -c "psql -X -tAc \"SELECT 1 FROM pg_database WHERE datname='rasd_test'\"")" != "1" ]; then
  psql_su "-c \"CREATE DATABASE rasd_test OWNER rasd\""
fi
if have_postgis; then
  psql_su "-d rasd_test -c \"SET client_min_messages TO warning; CREATE EXTENSION IF NOT EXISTS postgis\""
fi
echo "postgres: ready at postgres://rasd:rasd@127.0.0.1:5432/rasd_test"
