#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests, in a temporary folder, listening only on a Unix socket.
#   scripts/postgres-server.sh start DIR   → creates DIR (it must not exist; its parent must be
#                                            world-searchable, e.g. /tmp), starts the server, prints its URI
#   scripts/postgres-server.sh database DIR NAME → creates database NAME on the server, prints its URI
#   scripts/postgres-server.sh restart DIR → stops the server at once (as a crash would) and starts it
#                                            again after PAUSE seconds (default 0)
#   scripts/postgres-server.sh stop DIR    → stops the server and removes DIR
# PostgreSQL refuses to run as root, so when run as root the server runs as the `postgres` user.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?a folder for the server}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
# Starts the server of $dir, listening only on a socket in $dir (fsync off: a throwaway server, unless
# PG_FSYNC=on, as the benchmark wants to compare commits with SQLite's synchronous=FULL).
start_server() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-k $dir -c listen_addresses='' -c max_connections=200 -c fsync=${PG_FSYNC:-off}" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
}

# create_database NAME: creates database NAME on the server of $dir and prints its URI.
create_database() {
  as_owner "$bin/createdb" -h "$dir" -U lumbung "$1"
  echo "postgresql://lumbung@/$1?host=$dir"
}

case "$action" in
start)
  mkdir -m 700 "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -U lumbung --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null 2>"$dir.initdb.log" \
    || { cat "$dir.initdb.log" >&2; exit 1; }
  rm -f "$dir.initdb.log"
  start_server
  create_database lumbung
  ;;
database)
  create_database "${3:?a database name}"
  ;;
restart)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
  sleep "${PAUSE:-0}"
  start_server
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true; fi
  rm -rf "$dir"
  ;;
*) echo "usage: $0 start|restart|stop DIR, or $0 database DIR NAME" >&2; exit 2 ;;
esac
