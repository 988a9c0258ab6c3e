#!/usr/bin/env bash
# Consistent backup of the portal database (pg_dump custom format: one snapshot, attachments
# included because they are stored in the database).
#   bash src/scripts/backup.sh [OUTPUT_FILE]
# Database: ConnectionStrings__Portal, else the run command's private cluster (it must be running).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$REPO/src/scripts/pg-conn.sh"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"

CS="${ConnectionStrings__Portal:-$(pg_default_cs "$REPO" || true)}"
[ -n "$CS" ] || { echo "No database: set ConnectionStrings__Portal or start the portal with run.sh first." >&2; exit 1; }
pg_env_from_cs "$CS"

OUT="${1:-$REPO/.data/backups/opengov-$(date -u +%Y%m%dT%H%M%SZ).dump}"
mkdir -p "$(dirname "$OUT")"
"$PG_BIN/pg_dump" --format=custom --compress=6 --no-owner --no-privileges --serializable-deferrable --file="$OUT"
"$PG_BIN/pg_restore" --list "$OUT" >/dev/null   # the archive is readable
echo "Backup written: $OUT ($(du -h "$OUT" | cut -f1))"
