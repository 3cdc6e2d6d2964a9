#!/usr/bin/env bash
# Slow and hostile clients: slowloris headers, a flood of idle connections (also past the connection limit), an
# oversized header and URL, bodies that stall or never end, alert streams past their caps and clients that leave
# them, and eight clients hammering the most expensive report. Against a server with a 3 s idle timeout on the demo
# data, each must be refused or cut off while normal requests keep getting prompt answers (figures printed: slots
# held, /healthz latency under attack), and the server must end alive with its descriptor count back near the start.
# The demo data gets 20,000 more outlets with two weeks of prices (scripts/lib/report_load.sql), and the server
# cuts report days at +07:30, off the stored end-of-day distributions, so the hammered report walks every outlet's
# prices and costs seconds (as any report in a zone other than the stored one does). Uses the debug build that `make test` made (BIN overrides it);
# loopback only; about 30 seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/lumbung}
IDLE_TIMEOUT=${IDLE_TIMEOUT:-3}
[ -x "$BIN" ] || { echo "hostile-clients: $BIN is missing; run 'swift build' first" >&2; exit 1; }
command -v python3 >/dev/null || { echo "hostile-clients: python3 is missing (make deps installs it)" >&2; exit 1; }
WORK=$(mktemp -d)
SERVER_PID=""
trap '[ -z "$SERVER_PID" ] || kill -KILL "$SERVER_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

fail() {
  echo "hostile-clients: FAILED: $*" >&2
  echo "--- server log (last lines) ---" >&2
  tail -n 20 "$WORK/server.log" >&2 || true
  exit 1
}

source scripts/lib/serve.sh
"$BIN" demo --database "$WORK/hostile.sqlite" --config Config/lumbung.json >"$WORK/demo.log" 2>&1 ||
  fail "lumbung demo failed: $(tail -n 3 "$WORK/demo.log")"
command -v sqlite3 >/dev/null || fail "sqlite3 is missing (make deps installs it)"
sqlite3 "$WORK/hostile.sqlite" <scripts/lib/report_load.sql || fail "could not load the report data"
ADMIN=$("$BIN" token create --role admin --name hostile-admin --database "$WORK/hostile.sqlite" \
  --config Config/lumbung.json | tail -n 1)
LUMBUNG_IDLE_TIMEOUT_SECONDS=$IDLE_TIMEOUT LUMBUNG_REPORT_TIME_ZONE=+07:30 serve_on_free_port "$WORK/hostile.sqlite" "$WORK/server.log" ||
  fail "the server did not start"
SERVER_PID=$SERVED_PID
BASE=$SERVED_BASE
echo "hostile-clients: $BIN, idle timeout ${IDLE_TIMEOUT} s, $BASE"
python3 scripts/lib/hostile_clients.py "$BASE" "$SERVER_PID" "$IDLE_TIMEOUT" "$ADMIN" || fail "see the lines marked FAIL"
kill -TERM "$SERVER_PID"
status=0
wait "$SERVER_PID" || status=$?
SERVER_PID=""
[ "$status" = 0 ] || fail "the server exited with status $status on SIGTERM"
echo "hostile-clients: passed"
