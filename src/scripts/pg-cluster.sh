#!/usr/bin/env bash
# Private PostgreSQL clusters for the run and test commands. Source this file; it defines functions only.
# Clusters run as the 'postgres' OS user (PostgreSQL refuses to run as root), on loopback only.

PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"

pg_as() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

pg_require() {
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "PostgreSQL server binaries not found; installing Debian's postgresql package..." >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
}

pg_port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# pg_free_port START: the first free loopback port from START on.
pg_free_port() {
  local p="$1"
  while ! pg_port_free "$p"; do p=$((p + 1)); done
  echo "$p"
}

# pg_cluster_dir PREFERRED FALLBACK: PREFERRED when the postgres user can write there, else FALLBACK.
pg_cluster_dir() {
  local want="$1" fallback="$2"
  mkdir -p "$want" 2>/dev/null && chown postgres: "$want" 2>/dev/null || true
  if pg_as test -w "$want" 2>/dev/null; then echo "$want"; return; fi
  mkdir -p "$fallback" && chown postgres: "$fallback" 2>/dev/null || true
  echo "$fallback"
}

# pg_init DIR PORT AUTH: create the cluster in DIR/data unless it exists. AUTH: trust or scram-sha-256 for TCP.
pg_init() {
  local dir="$1" port="$2" auth="$3"
  [ -f "$dir/data/PG_VERSION" ] && return 0
  pg_as mkdir -p "$dir/run"
  pg_as "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host="$auth" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { echo "initdb failed; see $dir/initdb.log" >&2; return 1; }
  pg_as tee -a "$dir/data/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/run'
max_connections = 200
shared_buffers = 256MB
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
}

# pg_start DIR PORT: start the cluster (idempotent); waits until it accepts connections.
pg_start() {
  local dir="$1" port="$2"
  pg_as sed -i "s/^port = .*/port = $port/" "$dir/data/postgresql.conf"
  if "$PG_BIN/pg_isready" -q -h "$dir/run" -p "$port"; then return 0; fi
  if ! pg_as "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    pg_as rm -f "$dir/data/postmaster.pid"
  fi
  local i
  for i in $(seq 1 20); do
    pg_as "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/pg.log" -w -t 60 start >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "PostgreSQL did not start; see $dir/pg.log" >&2
  return 1
}

pg_stop() { pg_as "$PG_BIN/pg_ctl" -D "$1/data" -m fast -w stop >/dev/null 2>&1 || true; }

# pg_psql DIR PORT SQL...: run statements as the superuser over the cluster's socket.
pg_psql() {
  local dir="$1" port="$2"; shift 2
  local args=()
  for s in "$@"; do args+=(-c "$s"); done
  pg_as "$PG_BIN/psql" -v ON_ERROR_STOP=1 -q -h "$dir/run" -p "$port" -U postgres -d postgres "${args[@]}"
}
