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
source "$(dirname "${BASH_SOURCE[0]}")/bench-data.sh"
ROUNDS="${ROUNDS:-20}"

bench_start_app false

{
  bench_machine
  echo "search index: $(bench_psql "select pg_size_pretty(pg_relation_size('ix_publication_search_vector'))")"
} | tee "$OUT/machine.txt"

dotnet "$GEN" measure --url "$BASE" --rounds "$ROUNDS" --out "$OUT/latency.md"

echo "Collecting query plans (auto_explain)..."
LOG_OFFSET=$(stat -c %s "$DIR/pg.log")
pg_psql "$DIR" "$PORT" "ALTER SYSTEM SET auto_explain.log_min_duration = 0" "SELECT pg_reload_conf()" >/dev/null
sleep 1
dotnet "$GEN" explain --url "$BASE" --connection "$SUPER"
sleep 1
pg_psql "$DIR" "$PORT" "ALTER SYSTEM RESET auto_explain.log_min_duration" "SELECT pg_reload_conf()" >/dev/null
tail -c +"$((LOG_OFFSET + 1))" "$DIR/pg.log" >"$OUT/plans.txt"

echo
echo "Results: $OUT (latency.md, plans.txt, machine.txt)"
