#!/usr/bin/env bash
# Source this: pg_env_from_cs "Host=…;Port=…;Database=…;Username=…;Password=…" exports PGHOST/PGPORT/PGDATABASE/PGUSER/PGPASSWORD.
pg_env_from_cs() {
  local cs="$1" pair key value
  IFS=';' read -ra pairs <<<"$cs"
  for pair in "${pairs[@]}"; do
    key="$(echo "${pair%%=*}" | tr '[:upper:]' '[:lower:]' | tr -d ' ')"
    value="${pair#*=}"
    case "$key" in
      host|server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      database|db) export PGDATABASE="$value" ;;
      username|user|userid|"user id") export PGUSER="$value" ;;
      password|pwd) export PGPASSWORD="$value" ;;
    esac
  done
}

# The connection of the run command's private cluster, when ConnectionStrings__Portal is not set.
pg_default_cs() {
  local repo="$1" dir
  for dir in "$repo/.data/pg" /tmp/opengov-portal-pg-*; do
    if [ -f "$dir/port" ] && [ -f "$dir/app-password" ]; then
      echo "Host=127.0.0.1;Port=$(cat "$dir/port");Database=opengov;Username=opengov;Password=$(cat "$dir/app-password")"
      return 0
    fi
  done
  return 1
}
