#!/usr/bin/env bash
# SQLite beside PostgreSQL on the same data, one server each in turn (release build, wrk on loopback): /healthz, the
# stock check for a province without the cache, the province's price report and movement POSTs, each row also as a
# ratio to the SQLite server's /healthz in the same run (the fixed cost of a request: on PostgreSQL /healthz itself
# asks the server, so it is a row of its own there). The data: `lumbung demo --national` on the Kalimantan Selatan
# part of the region list (one cooperative and outlet per village, 14 days of prices), copied into a throwaway
# PostgreSQL server (scripts/postgres-server.sh, with fsync on like SQLite's synchronous=FULL) by `lumbung copy`.
# WRK_SECONDS (10) and WRK_CONNECTIONS (64) override the defaults; the report row uses 4 connections.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
WORK=$(mktemp -d)
PG_DIR=$(mktemp -u /tmp/lumbung-bench-pg.XXXXXX)
SERVER_PID=""
trap 'bench_stop; scripts/postgres-server.sh stop "$PG_DIR" || true; rm -rf "$WORK"' EXIT
[ -x "$BIN" ] || { echo "bench-postgres: $BIN is missing; run 'make release' first" >&2; exit 1; }

awk -F, 'NR == 1 || $1 ~ /^63(\.|$)/' Tests/Fixtures/wilayah/wilayah.csv >"$WORK/kalsel.csv"
"$BIN" demo --national "$WORK/kalsel.csv" --database "$WORK/kalsel.sqlite" >/dev/null
SERVER_URI=$(PG_FSYNC=on scripts/postgres-server.sh start "$PG_DIR")
PG_URI=$(scripts/postgres-server.sh database "$PG_DIR" bench)
"$BIN" copy --from "$WORK/kalsel.sqlite" --to "$PG_URI" >/dev/null

echo "lumbung $($BIN --version), $(nproc) cores, $(sqlite3 "$WORK/kalsel.sqlite" 'SELECT count(*) FROM outlets') outlets," \
     "$(sqlite3 "$WORK/kalsel.sqlite" 'SELECT count(*) FROM price_reports') price reports (Kalimantan Selatan), wrk -t$WRK_THREADS" \
     "-c$WRK_CONNECTIONS -d${WRK_SECONDS}s unless noted, PostgreSQL $(psql -qAt "$SERVER_URI" -c 'SHOW server_version') with fsync on," \
     "$(date -u +%FT%TZ)"
bench_header
for backend in SQLite PostgreSQL; do
  database=$WORK/kalsel.sqlite
  [ "$backend" = PostgreSQL ] && database=$PG_URI
  national_start "$database" "$(free_port)"
  TOKEN=$("$BIN" token create --role admin --name bench --config Config/lumbung.json --database "$database" | tail -n 1)
  export TOKEN OUTLETS IDEMPOTENCY=0 BATCH=0
  OUTLETS=$(python3 scripts/lib/stock_load.py setup "$BASE" "$TOKEN" 8 | paste -sd, -)
  wrk -t1 -c8 -d2s "$BASE/healthz" >/dev/null   # warm-up
  printf '| **%s** | | | | | |\n' "$backend"
  if [ "$backend" = SQLite ]; then bench_route /healthz "$BASE/healthz"; else bench_route "PostgreSQL: /healthz" "$BASE/healthz"; fi
  bench_route "$backend: stock check 63, uncached" "$BASE/v1/availability?commodity=lpg-3kg&region=63&limit=20" \
    -H "Cache-Control: no-cache"
  bench_route "$backend: report 63, today (wrk -c4)" "$BASE/v1/reports/prices?commodity=lpg-3kg&region=63" -c4 --timeout 60s
  bench_route "$backend: movement POST" "$BASE" -s Benchmarks/stock-writes.lua
  bench_stop
done
