#!/usr/bin/env bash
# Runs every test project against a throwaway PostgreSQL cluster and prints "N passed, N failed".
# Installs what a fresh machine lacks (PostgreSQL server; Debian's Chromium and a Chinese font for the browser tests).
set -uo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$REPO/src/scripts/pg-cluster.sh"
cd "$REPO"

pg_require
# Browser tests: Debian's chromium (never a browser downloaded by Playwright) and a Chinese font, so
# screenshots show text rather than empty boxes. Skipped when both are present.
if [ -d tests/OpenGov.Portal.BrowserTests ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  [ -n "$(fc-list :lang=zh 2>/dev/null)" ] || missing+=(fonts-wqy-microhei)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing ${missing[*]} for the browser tests..."
    apt_log="$(mktemp)"
    { apt-get -o DPkg::Lock::Timeout=300 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${missing[@]}"; } >"$apt_log" 2>&1 \
      || { cat "$apt_log" >&2; echo "Could not install ${missing[*]}" >&2; rm -f "$apt_log"; exit 1; }
    rm -f "$apt_log"
  fi
fi
if ! command -v docker-compose >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null 2>&1; } || true
fi

# The scale-out proof (ScaleOut/TwoInstanceTests) starts Debian's redis-server as a shared output-cache store.
if ! command -v redis-server >/dev/null; then
  echo "Installing redis-server for the scale-out tests..."
  { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq redis-server \
    || { apt-get -o DPkg::Lock::Timeout=300 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq redis-server; }; } >/dev/null 2>&1 \
    || { echo "Could not install redis-server" >&2; exit 1; }
fi
export PORTAL_TEST_REDIS="$(command -v redis-server)"

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
