#!/usr/bin/env bash
# Starts (or reuses) a project-local PostgreSQL cluster under .data/pg and prints its DATABASE_URL.
# Uses the PostgreSQL binaries on this machine; as root, the server runs as the `postgres` user.
#   scripts/pg-local.sh          start if needed, print the URL
#   scripts/pg-local.sh stop     stop the cluster
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
data="$root/.data/pg"
port_file="$root/.data/pg.port"

find_bin() {
  local name=$1
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  local candidate
  candidate=$(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$candidate" ] && { echo "$candidate"; return; }
  echo "pg-local: $name not found; install PostgreSQL (apt-get install -y postgresql)" >&2
  exit 1
}

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 - <<'PY' 2>/dev/null || echo 55432
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

pg_ctl=$(find_bin pg_ctl)
initdb=$(find_bin initdb)

if [ "${1:-start}" = "stop" ]; then
  [ -d "$data" ] && as_owner "$pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi

mkdir -p "$root/.data"
if [ ! -f "$data/PG_VERSION" ]; then
  mkdir -p "$data"
  [ "$(id -u)" = "0" ] && chown -R postgres:postgres "$root/.data"
  as_owner "$initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
[ "$(id -u)" = "0" ] && chown -R postgres:postgres "$data"

if ! as_owner "$pg_ctl" -D "$data" status >/dev/null 2>&1; then
  port=$(free_port)
  echo "$port" >"$port_file"
  as_owner "$pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null
fi

port=$(cat "$port_file")
psql_bin=$(find_bin psql)
if ! "$psql_bin" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'pryton'" | grep -q 1; then
  "$psql_bin" -h 127.0.0.1 -p "$port" -U postgres -c "CREATE DATABASE pryton" >/dev/null
fi
echo "postgresql://postgres@127.0.0.1:$port/pryton"
