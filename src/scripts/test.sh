#!/usr/bin/env bash
# Runs every test project against a throwaway PostgreSQL cluster and prints "N passed, N failed".
# Installs what a fresh machine lacks (PostgreSQL server, Debian's Chromium for the browser tests).
set -uo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$REPO/src/scripts/pg-cluster.sh"
cd "$REPO"

pg_require
if [ -d tests/OpenGov.Portal.BrowserTests ] && ! command -v chromium >/dev/null; then
  echo "Installing Debian's chromium for the browser tests..."
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
    || { echo "Could not install chromium" >&2; exit 1; }
fi
if ! command -v docker-compose >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null 2>&1; } || true
fi

DIR="$(mktemp -d /tmp/opengov-test-pg.XXXXXX)"
chown postgres: "$DIR"
PORT="$(pg_free_port $((56432 + RANDOM % 2000)))"
cleanup() { pg_stop "$DIR"; rm -rf "$DIR"; }
trap cleanup EXIT
pg_init "$DIR" "$PORT" trust || exit 1
pg_start "$DIR" "$PORT" || exit 1
pg_psql "$DIR" "$PORT" "CREATE ROLE portal LOGIN CREATEDB PASSWORD 'portal'" || exit 1

export PORTAL_TEST_PG="Host=127.0.0.1;Port=$PORT;Username=portal;Password=portal;Database=postgres"
export PORTAL_TEST_PG_SUPER="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
export PORTAL_TEST_PG_BIN="$PG_BIN"

RESULTS="$REPO/TestResults"
rm -rf "$RESULTS"
dotnet test OpenGov.Portal.sln -c Release --logger "trx" --results-directory "$RESULTS" "$@"
STATUS=$?

passed=0; failed=0
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')"
  f="$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$STATUS" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit "$STATUS"
