#!/usr/bin/env bash
# Instructions per request (valgrind's callgrind, exact and independent of the machine's load) of the uncached stock
# check (63.71 and province 63, limit 20; 63.71 both on a new connection per request, as curl sends them, and on one
# kept-alive connection, as wrk and browsers send them) on the national data set, and of a receipt and a price report on a new
# small database, for the release build or BIN=; BIN2= profiles a second build too (e.g. the previous one, on its own
# DATABASE2=, since a newer build migrates the file). Requests go one at a time with curl after a warm-up.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
DATABASE=${DATABASE:-data/national.sqlite}
CHECKS=${CHECKS:-200}
WORK=$(mktemp -d)
VALGRIND_PID=
trap '[ -z "$VALGRIND_PID" ] || kill -TERM "$VALGRIND_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

# profiled_start BINARY DATABASE: serves DATABASE under callgrind (a copy of BINARY without debug information, which
# valgrind 3.19 cannot read) and waits until it answers.
profiled_start() {
  objcopy --strip-debug "$1" "$WORK/lumbung"
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  LUMBUNG_LOG_LEVEL=warning LUMBUNG_STALE_AFTER_HOURS=10000 valgrind --tool=callgrind \
    --callgrind-out-file="$WORK/callgrind.out" "$WORK/lumbung" serve --config Config/lumbung.json --database "$2" \
    --port "$PORT" >"$WORK/valgrind.log" 2>&1 &
  VALGRIND_PID=$!
  for _ in $(seq 1 300); do curl -fs "$BASE/healthz" >/dev/null 2>&1 && return 0; sleep 0.5; done
  cat "$WORK/valgrind.log" >&2
  return 1
}

# profiled_stop: stops the profiled server.
profiled_stop() {
  kill -TERM "$VALGRIND_PID" 2>/dev/null && wait "$VALGRIND_PID" 2>/dev/null || true
  VALGRIND_PID=
}

# instructions_per COUNT COMMAND…: zeroes the counters, runs COMMAND, and prints the instructions counted since ÷ COUNT.
instructions_per() {
  local count=$1 dump
  shift
  callgrind_control -z "$VALGRIND_PID" >/dev/null 2>&1
  "$@"
  callgrind_control -d "$VALGRIND_PID" >/dev/null 2>&1
  dump=$(ls -t "$WORK"/callgrind.out.* | head -n 1)
  callgrind_annotate "$dump" | awk -v n="$count" '/PROGRAM TOTALS/ {gsub(/,/, "", $1); printf "%d\n", $1 / n}'
  rm -f "$dump"
}

# checks TARGET COUNT: COUNT uncached requests of TARGET, each on a new connection.
checks() {
  for _ in $(seq 1 "$2"); do curl -fs -H 'Cache-Control: no-cache' "$BASE$1" >/dev/null; done
}

# kept_alive_checks TARGET COUNT: COUNT uncached requests of TARGET on one kept-alive connection (as wrk sends them).
kept_alive_checks() {
  local arguments=()
  for _ in $(seq 1 "$2"); do arguments+=(-o /dev/null "$BASE$1"); done
  curl -fs -H 'Cache-Control: no-cache' "${arguments[@]}"
}

# writes KIND COUNT: COUNT receipts or price reports (a new price each time) spread over $OUTLETS.
writes() {
  local i=0 outlet path body
  while [ "$i" -lt "$2" ]; do
    for outlet in $OUTLETS; do
      if [ "$1" = receipt ]; then
        path=movements body='{"commodity":"lpg-3kg","kind":"receipt","quantity":1}'
      else
        path=prices body="{\"commodity\":\"lpg-3kg\",\"price\":$((18000 + i * 10))}"
      fi
      curl -fs -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        "$BASE/v1/outlets/$outlet/$path" -d "$body"
      i=$((i + 1))
    done
  done
}

# profile BINARY DATABASE: one line of figures for BINARY.
profile() {
  local binary=$1 database=$2 district kept province receipt price small="$WORK/small.sqlite"
  profiled_start "$binary" "$database"
  checks "/v1/availability?commodity=lpg-3kg&region=63.71&limit=20" 20
  district=$(instructions_per "$CHECKS" checks "/v1/availability?commodity=lpg-3kg&region=63.71&limit=20" "$CHECKS")
  kept=$(instructions_per "$CHECKS" kept_alive_checks "/v1/availability?commodity=lpg-3kg&region=63.71&limit=20" "$CHECKS")
  checks "/v1/availability?commodity=lpg-3kg&region=63&limit=20" 5
  province=$(instructions_per "$((CHECKS / 4))" checks "/v1/availability?commodity=lpg-3kg&region=63&limit=20" "$((CHECKS / 4))")
  profiled_stop
  rm -f "$small"*
  "$binary" migrate --database "$small" >/dev/null
  TOKEN=$("$binary" token create --role admin --name profile --config Config/lumbung.json --database "$small" | tail -n 1)
  profiled_start "$binary" "$small"
  OUTLETS=$(python3 scripts/lib/stock_load.py setup "$BASE" "$TOKEN" 8 | paste -sd' ')
  writes receipt 8
  writes price 8
  receipt=$(instructions_per 200 writes receipt 200)
  price=$(instructions_per 200 writes price 200)
  profiled_stop
  printf '| %-30s | %12s | %12s | %12s | %12s | %12s |\n' "$("$binary" --version) ($(basename "$binary"))" \
    "$district" "$kept" "$province" "$receipt" "$price"
}

national_database "$DATABASE"
echo "instructions per request (callgrind), $(date -u +%FT%TZ); checks uncached, limit 20, one at a time"
printf '| %-30s | %12s | %12s | %12s | %12s | %12s |\n' build "check 63.71" "kept alive" "province 63" "receipt" \
  "price report"
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..32})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..14})" \
  "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..14})"
profile "$BIN" "$DATABASE"
if [ -n "${BIN2:-}" ]; then profile "$BIN2" "${DATABASE2:?DATABASE2 is the database file for BIN2}"; fi
