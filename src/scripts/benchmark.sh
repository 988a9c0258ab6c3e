#!/usr/bin/env bash
# Throughput benchmark of the public site (issue 10; method and figures in docs/performance.md).
#   bash src/scripts/benchmark.sh                               # 1,000,000 generated items, 10 s per page
#   COUNT=100000 DURATION=5 bash src/scripts/benchmark.sh       # smaller and quicker
#   KEEP=1 BENCH_PG_DIR=/var/tmp/og-bench bash src/scripts/benchmark.sh   # keep the loaded cluster for next time
# Builds a private PostgreSQL cluster with COUNT published items (bench-data.sh, binary COPY), then starts the
# portal in Release twice — output cache on, then off (Portal__OutputCache__Enabled=false) — and drives each page
# with wrk (Debian package, installed when missing): THREADS threads, CONNECTIONS connections, DURATION seconds,
# loopback only, after a warm-up. Per page it prints requests/s, p50/p99 latency, non-2xx answers and the
# portal's peak RSS; it also times start-up to ready, checks compression and UTF-8 output, and runs the
# sequential search/list latency pass. Everything lands in benchmark-results/<time>/ (figures.md is the table).
set -euo pipefail
COUNT="${COUNT:-1000000}"
source "$(dirname "${BASH_SOURCE[0]}")/bench-data.sh"

DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
ROUNDS="${ROUNDS:-10}"
command -v wrk >/dev/null || { echo "Installing wrk..."; apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
command -v curl >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null; }

bench_machine | tee "$OUT/machine.txt"

# 1,000 random published items for the item page (wrk picks one per request).
bench_psql "select id from publications where live_edition_id is not null and withdrawn_at is null and not gone order by random() limit 1000" >"$OUT/item-ids.txt"
{
  echo "local ids = {$(paste -sd, "$OUT/item-ids.txt")}"
  echo 'request = function() return wrk.format(nil, "/items/" .. ids[math.random(#ids)]) end'
} >"$OUT/items.lua"

# to_ms VALUE: wrk's 627.00us / 3.24ms / 1.02s in milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

ROWS=()
run_page() { # $1 mode, $2 name, $3 path or @lua-script
  local mode="$1" name="$2" target="$3" file rss_file sampler
  file="$OUT/wrk-$mode-$(echo "$name" | tr -c 'a-z0-9' '-').txt"
  local args=(-t"$THREADS" -c"$CONNECTIONS" --latency)
  if [[ "$target" == @* ]]; then args+=(-s "${target#@}"); target="/"; fi
  # warm-up: JIT, plan and page caches (every item once, so the cached run measures hits)
  if [ "$target" = "/" ] && [ "${#args[@]}" -gt 3 ]; then
    sed "s|^|$BASE/items/|" "$OUT/item-ids.txt" | xargs -P 4 -n 1 curl -s -o /dev/null
  fi
  wrk -t2 -c16 -d2s "${args[@]:3}" "$BASE$target" >/dev/null 2>&1 || true
  rss_file="$(mktemp)"
  ( while kill -0 "$APP_PID" 2>/dev/null; do ps -o rss= -p "$APP_PID" >>"$rss_file" 2>/dev/null || true; sleep 0.5; done ) &
  sampler=$!
  wrk "${args[@]}" -d"${DURATION}s" "$BASE$target" >"$file" 2>&1
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  local rps p50 p99 bad rss
  rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$file")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$file")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$file")")
  bad=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$file"); bad="${bad:-0}"
  rss=$(sort -n "$rss_file" | tail -n 1); rss=$(( ${rss:-0} / 1024 )); rm -f "$rss_file"
  printf '  %-9s %-40s %9s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s  RSS %s MB\n' "$mode" "$name" "$rps" "$p50" "$p99" "$bad" "$rss"
  ROWS+=("| $name | $mode | $rps | $p50 | $p99 | $bad | $rss |")
  eval "RPS_${mode}_$(printf '%s' "$name" | tr -c 'a-zA-Z0-9' '_')=$rps"
}

PAGES=(
  "static file /css/site.css|/css/site.css"
  "home|/"
  "column list, first page|/columns/news"
  "column list, last page|/columns/news?last=1"
  "item page (1,000 items at random)|@$OUT/items.lua"
  "catalogue, first page|/zwgk?sort=index"
  "catalogue, last page|/zwgk?sort=index&last=1"
  "catalogue, filtered, last page|/zwgk?column=policies&validity=repealed&last=1"
)

echo; echo "== Output cache ON: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s"
bench_start_app true
STARTUP_CACHED=$STARTUP_MS
ENCODING=$(curl -s -o /dev/null -D - -H 'Accept-Encoding: br, gzip' "$BASE/" | awk -F': ' 'tolower($1) == "content-encoding" {print $2}' | tr -d '\r')
ENTITIES=$(curl -s "$BASE/" | grep -c '&#x[0-9A-Fa-f]\{4\};' || true)
for page in "${PAGES[@]}"; do run_page cached "${page%%|*}" "${page#*|}"; done
bench_stop_app

echo; echo "== Output cache OFF: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s"
bench_start_app false
STARTUP_UNCACHED=$STARTUP_MS
for page in "${PAGES[@]}"; do run_page uncached "${page%%|*}" "${page#*|}"; done
run_page uncached "search 专利 (2 characters)" "/search?q=%E4%B8%93%E5%88%A9"
echo; echo "== Sequential latencies (output cache off, one client)"
dotnet "$GEN" measure --url "$BASE" --rounds "$ROUNDS" --out "$OUT/latency.md" >"$OUT/latency.log"
cat "$OUT/latency.md"
bench_stop_app

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "n/a" }'; }
{
  echo "# Benchmark $(date -Iseconds)"
  echo
  echo '```'; cat "$OUT/machine.txt"; echo '```'
  echo
  echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency, loopback, load generator on the same machine."
  echo
  echo "| page | output cache | req/s | p50 ms | p99 ms | non-2xx | portal RSS peak MB |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "- cached pages vs the static file in the same run: home $(ratio "$RPS_cached_home" "$RPS_cached_static_file__css_site_css"), column $(ratio "$RPS_cached_column_list__first_page" "$RPS_cached_static_file__css_site_css"), item $(ratio "$RPS_cached_item_page__1_000_items_at_random_" "$RPS_cached_static_file__css_site_css"), catalogue $(ratio "$RPS_cached_catalogue__first_page" "$RPS_cached_static_file__css_site_css")"
  echo "- uncached deepest page vs first page: column $(ratio "$RPS_uncached_column_list__last_page" "$RPS_uncached_column_list__first_page"), catalogue $(ratio "$RPS_uncached_catalogue__last_page" "$RPS_uncached_catalogue__first_page"), filtered catalogue last vs catalogue first $(ratio "$RPS_uncached_catalogue__filtered__last_page" "$RPS_uncached_catalogue__first_page")"
  echo "- start-up to ready: ${STARTUP_CACHED} ms (cache on), ${STARTUP_UNCACHED} ms (cache off)"
  echo "- home page with Accept-Encoding br,gzip: Content-Encoding ${ENCODING:-none}; CJK characters sent as &#x…; entities: ${ENTITIES} lines"
  echo
  echo "## Sequential latencies (output cache off)"
  echo
  cat "$OUT/latency.md"
} >"$OUT/figures.md"
echo
cat "$OUT/figures.md"
echo
echo "Results: $OUT"
