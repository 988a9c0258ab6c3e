#!/usr/bin/env bash
# Shared by the benchmark commands (source it): a private PostgreSQL cluster holding COUNT generated published
# items, built once and reused when KEEP=1. Defines REPO, DIR, PORT, DB, SUPER, OUT, GEN, APP_DIR, PG_BIN, BASE,
# bench_psql, bench_start_app, bench_machine and a cleanup trap for the cluster and the portal. Inputs: COUNT, KEEP, BENCH_PG_DIR.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$REPO/src/scripts/pg-cluster.sh"
cd "$REPO"

COUNT="${COUNT:-100000}"
KEEP="${KEEP:-0}"
DIR="${BENCH_PG_DIR:-/tmp/opengov-bench-pg}"
DB=opengov_bench
OUT="$REPO/benchmark-results/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"

command -v dotnet >/dev/null || { echo "The .NET SDK is required." >&2; exit 1; }
pg_require
mkdir -p "$DIR" && chown postgres: "$DIR"
PORT="$(cat "$DIR/port" 2>/dev/null || pg_free_port $((57432 + RANDOM % 1000)))"
if ! "$PG_BIN/pg_isready" -q -h "$DIR/run" -p "$PORT" 2>/dev/null && ! pg_port_free "$PORT"; then PORT="$(pg_free_port $((PORT + 1)))"; fi
FRESH=0; [ -f "$DIR/data/PG_VERSION" ] || FRESH=1
pg_init "$DIR" "$PORT" trust
if [ "$FRESH" = 1 ]; then
  pg_as tee -a "$DIR/data/postgresql.conf" >/dev/null <<CONF
# benchmark: plans of the real queries, switched on only for the explain pass
session_preload_libraries = 'auto_explain'
auto_explain.log_min_duration = -1
auto_explain.log_analyze = on
auto_explain.log_buffers = on
auto_explain.log_nested_statements = off
maintenance_work_mem = 512MB
work_mem = 16MB
max_connections = 200
CONF
fi
"$PG_BIN/pg_isready" -q -h "$DIR/run" -p "$PORT" 2>/dev/null || pg_start "$DIR" "$PORT"
echo "$PORT" >"$DIR/port"

APP_PID=""
bench_stop_app() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; fi
}
bench_cleanup() {
  bench_stop_app
  if [ "$KEEP" = 1 ]; then echo "Cluster kept in $DIR (port $PORT)."; else pg_stop "$DIR"; rm -rf "$DIR"; fi
}
trap bench_cleanup EXIT

HTTP_PORT="$(pg_free_port $((5600 + RANDOM % 300)))"
BASE="http://127.0.0.1:$HTTP_PORT"
STARTUP_MS=0
# bench_start_app CACHE: the published portal on $BASE with the output cache on (true) or off (false), rate
# limits off; sets APP_PID and STARTUP_MS (process start to the first 200 from /health/ready).
bench_start_app() {
  local t0 log="$OUT/portal-cache-$1.log"
  t0=$(date +%s%N)
  ConnectionStrings__Portal="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=$DB;Maximum Pool Size=100" \
  Portal__OutputCache__Enabled="$1" RateLimits__Enabled=false ASPNETCORE_ENVIRONMENT=Production \
  Serilog__MinimumLevel__Default=Warning Database__MigrateOnStartup=true \
    dotnet "$APP_DIR/OpenGov.Portal.Web.dll" --contentRoot "$APP_DIR" --urls "$BASE" >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 3000); do
    curl -fs -o /dev/null "$BASE/health/ready" 2>/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "The portal exited; see $log" >&2; exit 1; }
    sleep 0.01
  done
  curl -fs -o /dev/null "$BASE/health/ready" || { echo "The portal did not become ready; see $log" >&2; exit 1; }
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
  echo "Portal (output cache $1) ready in $STARTUP_MS ms" | tee -a "$OUT/startup.txt"
}

bench_psql() { pg_as "$PG_BIN/psql" -q -h "$DIR/run" -p "$PORT" -U postgres -d "$DB" -tAc "$1"; }

SUPER="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=$DB;Timeout=30;Command Timeout=0"
pg_as "$PG_BIN/psql" -q -h "$DIR/run" -p "$PORT" -U postgres -d postgres -tAc "select 1 from pg_database where datname='$DB'" | grep -q 1 \
  || pg_psql "$DIR" "$PORT" "CREATE DATABASE $DB ENCODING 'UTF8'"
HAVE="$(bench_psql "select count(*) from publications where live_edition_id is not null" 2>/dev/null || echo 0)"

echo "Building (Release)..."
# Published like a deployment (wwwroot included); run with --contentRoot "$APP_DIR".
APP_DIR="$REPO/benchmark-results/app"
dotnet publish src/OpenGov.Portal.Web -c Release -o "$APP_DIR" -v q -nologo >/dev/null
dotnet build src/OpenGov.Portal.DataGenerator -c Release -v q -nologo >/dev/null
GEN="src/OpenGov.Portal.DataGenerator/bin/Release/net10.0/OpenGov.Portal.DataGenerator.dll"

if [ "${HAVE:-0}" -ge "$COUNT" ]; then
  echo "Database $DB already holds $HAVE published items; reusing it."
else
  START=$(date +%s)
  dotnet "$GEN" generate --connection "$SUPER" --count "$COUNT" | tee "$OUT/generate.log"
  echo "Load wall time: $(( $(date +%s) - START )) s" | tee -a "$OUT/generate.log"
fi

bench_machine() {
  echo "date: $(date -Iseconds)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') x $(nproc)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "memory: $(free -m | awk '/Mem:/ {print $2 " MB"}')"
  echo "postgresql: $("$PG_BIN/postgres" --version)"
  echo "dotnet: $(dotnet --version)"
  echo "items: $(bench_psql "select count(*) from publication_search")"
  echo "sizes: $(bench_psql "select string_agg(relname || ' ' || pg_size_pretty(pg_total_relation_size(oid)), ', ') from pg_class where relname in ('publications','editions','publication_search')")"
}
