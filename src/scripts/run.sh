#!/usr/bin/env bash
# Runs the portal with demo data on http://127.0.0.1:${PORTAL_PORT:-5000}.
# Without ConnectionStrings__Portal it creates (once) and starts a private PostgreSQL cluster under
# <repo>/.data/pg; Ctrl-C stops the portal and the cluster, and the data stays for the next run.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$REPO/src/scripts/pg-cluster.sh"
HTTP_PORT="${PORTAL_PORT:-5000}"

command -v dotnet >/dev/null || { echo "The .NET SDK is required (dotnet not found on PATH)." >&2; exit 1; }

if [ -z "${ConnectionStrings__Portal:-}" ]; then
  pg_require
  DIR="$(pg_cluster_dir "$REPO/.data/pg" "/tmp/opengov-portal-pg-$(echo "$REPO" | md5sum | cut -c1-8)")"
  PORT="$(cat "$DIR/port" 2>/dev/null || echo 55432)"
  if ! "$PG_BIN/pg_isready" -q -h "$DIR/run" -p "$PORT" 2>/dev/null && ! pg_port_free "$PORT"; then
    PORT="$(pg_free_port $((PORT + 1)))"
  fi
  if [ ! -f "$DIR/app-password" ]; then
    head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$DIR/app-password"
    chmod 600 "$DIR/app-password"
  fi
  APP_PASSWORD="$(cat "$DIR/app-password")"
  FIRST_TIME=0; [ -f "$DIR/data/PG_VERSION" ] || FIRST_TIME=1
  pg_init "$DIR" "$PORT" scram-sha-256
  pg_start "$DIR" "$PORT"
  echo "$PORT" >"$DIR/port"
  if [ "$FIRST_TIME" = 1 ] || ! pg_psql "$DIR" "$PORT" "select 1 from pg_roles where rolname='opengov'" >/dev/null 2>&1; then
    pg_psql "$DIR" "$PORT" "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'opengov') THEN CREATE ROLE opengov LOGIN PASSWORD '$APP_PASSWORD'; END IF; END \$\$;"
  fi
  pg_as "$PG_BIN/psql" -q -h "$DIR/run" -p "$PORT" -U postgres -d postgres -tAc "select 1 from pg_database where datname='opengov'" | grep -q 1 \
    || pg_psql "$DIR" "$PORT" "CREATE DATABASE opengov OWNER opengov ENCODING 'UTF8'"
  trap 'echo; echo "Stopping PostgreSQL (data kept in $DIR)"; pg_stop "$DIR"' EXIT
  export ConnectionStrings__Portal="Host=127.0.0.1;Port=$PORT;Database=opengov;Username=opengov;Password=$APP_PASSWORD"
  echo "PostgreSQL: 127.0.0.1:$PORT, data in $DIR"
fi

export Database__MigrateOnStartup=true
export Portal__DemoData=true
# Demo accounts share a printed password; production keeps both checks on (the defaults).
export Security__RequireTwoFactor="${Security__RequireTwoFactor:-false}"
export Security__ForcePasswordChange="${Security__ForcePasswordChange:-false}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"

cat <<TXT

OpenGov.Portal — demo mode
  Public site:  http://127.0.0.1:$HTTP_PORT/
  Back office:  http://127.0.0.1:$HTTP_PORT/admin
  Demo accounts (password for all: OpenGov#Demo2012):
    author / author2 … author6  信息员 (one per department)
    reviewer                    保密审查员
    leader                      主管领导
    admin                       系统管理员
    auditor                     安全审计员
  Demo mode relaxes two-factor enrolment and first-login password change for these accounts
  (set Security__RequireTwoFactor=true / Security__ForcePasswordChange=true to try them).
  Ctrl-C stops the portal; the data is kept.

TXT
cd "$REPO"
dotnet run --project src/OpenGov.Portal.Web -c Release --no-launch-profile -- --urls "http://127.0.0.1:$HTTP_PORT"
