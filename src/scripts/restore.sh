#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database (refuses a database that has tables).
#   bash src/scripts/restore.sh BACKUP_FILE
# Target: ConnectionStrings__Portal (create the empty database first, owned by the portal's role).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$REPO/src/scripts/pg-conn.sh"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"

FILE="${1:?usage: restore.sh BACKUP_FILE}"
[ -f "$FILE" ] || { echo "No such backup: $FILE" >&2; exit 1; }
CS="${ConnectionStrings__Portal:?set ConnectionStrings__Portal to the empty target database}"
pg_env_from_cs "$CS"

tables="$("$PG_BIN/psql" -tAc "select count(*) from pg_tables where schemaname = 'public'")"
if [ "$tables" != "0" ]; then
  echo "Refusing to restore: database $PGDATABASE is not empty ($tables tables)." >&2
  exit 1
fi
"$PG_BIN/pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$PGDATABASE" "$FILE"
echo "Restored $FILE into $PGDATABASE on $PGHOST:$PGPORT"
