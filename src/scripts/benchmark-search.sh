#!/usr/bin/env bash
# Search and list-page latency benchmark (docs/performance.md).
#   bash src/scripts/benchmark-search.sh            # 100,000 items
#   COUNT=1000000 KEEP=1 bash src/scripts/benchmark-search.sh
# Creates a private PostgreSQL cluster, migrates it and loads the demo data, bulk-loads COUNT generated
# published items (src/OpenGov.Portal.DataGenerator, binary COPY), starts the portal in Release with the
# output cache off, and measures sequential request latencies (p50/p95) for 2-, 3- and 4-character searches
# and list pages (first and last). Then it logs the plans of the main queries with auto_explain (EXPLAIN
# ANALYZE of the real queries the pages run). Results go to benchmark-results/<time>/.
# KEEP=1 keeps the cluster (in BENCH_PG_DIR) and reuses a database that already holds COUNT items.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$REPO/src/scripts/pg-cluster.sh"
cd "$REPO"

COUNT="${COUNT:-100000}"
ROUNDS="${ROUNDS:-20}"
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
CONF
fi
pg_start "$DIR" "$PORT"
echo "$PORT" >"$DIR/port"

APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [ "$KEEP" = 1 ]; then echo "Cluster kept in $DIR (port $PORT)."; else pg_stop "$DIR"; rm -rf "$DIR"; fi
}
trap cleanup EXIT

SUPER="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=$DB;Timeout=30;Command Timeout=0"
pg_as "$PG_BIN/psql" -q -h "$DIR/run" -p "$PORT" -U postgres -d postgres -tAc "select 1 from pg_database where datname='$DB'" | grep -q 1 \
  || pg_psql "$DIR" "$PORT" "CREATE DATABASE $DB ENCODING 'UTF8'"
HAVE="$(pg_as "$PG_BIN/psql" -q -h "$DIR/run" -p "$PORT" -U postgres -d "$DB" -tAc \
  "select count(*) from publications where live_edition_id is not null" 2>/dev/null || echo 0)"

echo "Building (Release)..."
dotnet build src/OpenGov.Portal.Web -c Release -v q -nologo >/dev/null
dotnet build src/OpenGov.Portal.DataGenerator -c Release -v q -nologo >/dev/null
GEN="src/OpenGov.Portal.DataGenerator/bin/Release/net10.0/OpenGov.Portal.DataGenerator.dll"

if [ "${HAVE:-0}" -ge "$COUNT" ]; then
  echo "Database $DB already holds $HAVE published items; reusing it."
else
  START=$(date +%s)
  dotnet "$GEN" generate --connection "$SUPER" --count "$COUNT" | tee "$OUT/generate.log"
  echo "Load wall time: $(( $(date +%s) - START )) s" | tee -a "$OUT/generate.log"
fi

HTTP_PORT="$(pg_free_port $((5600 + RANDOM % 300)))"
echo "Starting the portal on 127.0.0.1:$HTTP_PORT (Release, output cache off)..."
ConnectionStrings__Portal="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=$DB" \
Portal__OutputCache__Enabled=false RateLimits__Enabled=false ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
  dotnet src/OpenGov.Portal.Web/bin/Release/net10.0/OpenGov.Portal.Web.dll --urls "http://127.0.0.1:$HTTP_PORT" >"$OUT/portal.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$HTTP_PORT/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$HTTP_PORT/health/ready" >/dev/null || { echo "The portal did not start; see $OUT/portal.log" >&2; exit 1; }

{
  echo "date: $(date -Iseconds)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') x $(nproc)"
  echo "memory: $(free -m | awk '/Mem:/ {print $2 " MB"}')"
  echo "postgresql: $("$PG_BIN/postgres" --version)"
  echo "dotnet: $(dotnet --version)"
  echo "items: $(pg_as "$PG_BIN/psql" -q -h "$DIR/run" -p "$PORT" -U postgres -d "$DB" -tAc "select count(*) from publication_search")"
  echo "sizes: $(pg_as "$PG_BIN/psql" -q -h "$DIR/run" -p "$PORT" -U postgres -d "$DB" -tAc \
    "select string_agg(relname || ' ' || pg_size_pretty(pg_total_relation_size(oid)), ', ') from pg_class where relname in ('publications','editions','publication_search')")"
  echo "search index: $(pg_as "$PG_BIN/psql" -q -h "$DIR/run" -p "$PORT" -U postgres -d "$DB" -tAc \
    "select pg_size_pretty(pg_relation_size('ix_publication_search_vector'))")"
} | tee "$OUT/machine.txt"

dotnet "$GEN" measure --url "http://127.0.0.1:$HTTP_PORT" --rounds "$ROUNDS" --out "$OUT/latency.md"

echo "Collecting query plans (auto_explain)..."
LOG_OFFSET=$(stat -c %s "$DIR/pg.log")
pg_psql "$DIR" "$PORT" "ALTER SYSTEM SET auto_explain.log_min_duration = 0" "SELECT pg_reload_conf()" >/dev/null
sleep 1
dotnet "$GEN" explain --url "http://127.0.0.1:$HTTP_PORT" --connection "$SUPER"
sleep 1
pg_psql "$DIR" "$PORT" "ALTER SYSTEM RESET auto_explain.log_min_duration" "SELECT pg_reload_conf()" >/dev/null
tail -c +"$((LOG_OFFSET + 1))" "$DIR/pg.log" >"$OUT/plans.txt"

echo
echo "Results: $OUT (latency.md, plans.txt, machine.txt)"
