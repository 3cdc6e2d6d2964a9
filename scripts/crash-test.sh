#!/usr/bin/env bash
# Crash safety of acknowledged writes under group commit: several writers record movements, batches of movements
# and price reports (some sent twice at once with one Idempotency-Key) while the server is killed with SIGKILL,
# ROUNDS (20) times; after every restart each movement answered 201 must be in the ledger with the balance it
# answered, each price report answered 201 must be stored, every balance must equal the sum of its ledger, and
# retries with the same Idempotency-Key must replay. Uses the debug build that `make test` made (BIN overrides it);
# loopback only; about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/lumbung}
ROUNDS=${ROUNDS:-20}
LOAD="python3 scripts/lib/stock_load.py"
source scripts/lib/ledger_checks.sh
source scripts/lib/serve.sh
[ -x "$BIN" ] || { echo "crash-test: $BIN is missing; run 'swift build' first" >&2; exit 1; }
for tool in python3 sqlite3; do
  command -v "$tool" >/dev/null || { echo "crash-test: $tool is missing (make deps installs it)" >&2; exit 1; }
done
WORK=$(mktemp -d)
DB="$WORK/crash.sqlite"
SERVER_PID=""
trap '[ -n "$SERVER_PID" ] && kill -KILL "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

fail() {
  echo "crash-test: FAILED: $*" >&2
  echo "--- server log (last lines) ---" >&2
  tail -n 20 "$WORK/server.log" >&2 || true
  exit 1
}

# start_server: serve the test database on a free loopback port and wait until it is healthy.
start_server() {
  serve_on_free_port "$DB" "$WORK/server.log" || fail "the server did not start"
  SERVER_PID=$SERVED_PID
  BASE=$SERVED_BASE
}

# sql QUERY: one value from the test database.
sql() {
  sqlite3 -batch -bail "$DB" "$1"
}

# check_ledger: every answered movement is stored with its answered balance, and the balances add up.
check_ledger() {
  local answered problems drifting
  answered=$(wc -l <"$WORK/answered.csv")
  problems=$(ledger_problems "$DB" "$WORK/answered.csv")
  [ -z "$problems" ] || fail "after the crash: $problems"
  drifting=$(sql "SELECT count(*) FROM (SELECT balance_after, sum(delta) OVER
    (PARTITION BY outlet_id, commodity ORDER BY seq) AS running FROM stock_movements)
    WHERE running <> balance_after OR balance_after < 0;")
  [ "$drifting" = 0 ] || fail "$drifting ledger rows disagree with the running sum of deltas"
  [ "$(sql 'PRAGMA integrity_check;')" = ok ] || fail "integrity_check does not answer ok"
  local prices stored
  prices=$(sort -u "$WORK/prices.csv" | wc -l)
  stored=$(sqlite3 -batch -bail ":memory:" "ATTACH '$DB' AS db;" "CREATE TABLE kept (id TEXT);" \
    ".import --csv $WORK/prices.csv kept" "SELECT count(DISTINCT k.id) FROM kept k JOIN db.price_reports p ON p.id = k.id;")
  [ "$prices" = 0 ] || [ "$stored" = "$prices" ] || fail "only $stored of $prices acknowledged price reports are stored"
  echo "  $answered answered movements and $prices price reports all present; $(sql 'SELECT count(*) FROM stock_movements;')" \
       "in the ledger; $(sql 'SELECT count(*) FROM stock_balances;') balances equal their ledger sums"
}

start_server
TOKEN=$("$BIN" token create --role admin --name crash-test --config Config/lumbung.json --database "$DB" | tail -n 1)
OUTLETS=$($LOAD setup "$BASE" "$TOKEN" | paste -sd, -) || fail "could not create the outlets"
: >"$WORK/answered.csv"
: >"$WORK/prices.csv"
echo "crash-test: $ROUNDS rounds of SIGKILL under write load ($BIN, database $DB)"
for round in $(seq 1 "$ROUNDS"); do
  $LOAD load "$BASE" "$TOKEN" "$OUTLETS" "$WORK" &
  LOADER=$!
  sleep "$(python3 -c 'import random; print(round(random.uniform(0.6, 1.4), 2))')"
  kill -KILL "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  wait "$LOADER" || fail "the writers stopped on an unexpected answer"
  echo "round $round: killed the server with SIGKILL mid-load; restarting"
  start_server
  check_ledger
  $LOAD replay "$BASE" "$TOKEN" "$WORK" >"$WORK/replay.out" 2>&1 || { cat "$WORK/replay.out" >&2; fail "idempotent replays"; }
  echo "  $(cat "$WORK/replay.out")"
done
kill -TERM "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
echo "crash-test: passed (nothing answered 201 was lost)"
