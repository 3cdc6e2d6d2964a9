#!/usr/bin/env bash
# Two `lumbung serve` processes on one PostgreSQL database (scripts/lib/multi_process.py does the HTTP):
#   1. the cross-process checks: no oversell, one write per Idempotency-Key, a read on B right after a write
#      acknowledged by A shows it, alert events streamed by both with one id sequence (Last-Event-ID);
#   2. kill -9 of A under write load on both: B keeps answering 201; every acknowledged write is in the ledger with
#      the balance it answered, and every balance equals its ledger's sum;
#   3. the PostgreSQL server stopped abruptly and started again a second later under load: the requests in that
#      moment get 503 problem+json (no other error), the servers recover by themselves, nothing acknowledged is lost.
#   4. lumbung demo into an empty database (and refused into a full one), lumbung regions import.
# Usage: scripts/postgres-multiprocess.sh SERVER_DIR URI — the throwaway server of scripts/postgres-tests.sh
# (SERVER_DIR for the restart, URI to create a database on). Uses the debug build (BIN overrides it); about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
SERVER_DIR=${1:?the server folder}
SERVER_URI=${2:?the server URI}
BIN=${BIN:-.build/debug/lumbung}
MULTI="python3 scripts/lib/multi_process.py"
source scripts/lib/serve.sh
WORK=$(mktemp -d)
PIDS=()
DB=multi_$$
trap 'for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  psql -q "$SERVER_URI" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

fail() {
  echo "postgres-multiprocess: FAILED: $*" >&2
  tail -n 20 "$WORK"/server-*.log >&2 || true
  exit 1
}

URI=$(scripts/postgres-server.sh database "$SERVER_DIR" "$DB")
sql() { psql -qAt "$URI" -c "$1"; }

"$BIN" migrate --database "$URI" >/dev/null
serve_on_free_port "$URI" "$WORK/server-a.log" || fail "server A did not start"
A=$SERVED_BASE A_PID=$SERVED_PID
PIDS+=("$A_PID")
serve_on_free_port "$URI" "$WORK/server-b.log" || fail "server B did not start"
B=$SERVED_BASE B_PID=$SERVED_PID
PIDS+=("$B_PID")
TOKEN=$("$BIN" token create --role admin --name multi --database "$URI" | tail -n 1)

echo "postgres-multiprocess: two servers on one database ($A, $B)"
$MULTI checks "$A" "$B" "$TOKEN" || fail "the cross-process checks"

# acknowledged_present: every acknowledged movement is stored with its answered balance; balances equal ledger sums.
acknowledged_present() {
  sql "SELECT id || ',' || balance_after FROM stock_movements" | sort >"$WORK/stored.csv"
  cut -d, -f1,2 "$WORK/acknowledged.csv" | sort >"$WORK/answered.csv"
  local missing
  missing=$(comm -23 "$WORK/answered.csv" "$WORK/stored.csv" | wc -l)
  [ "$missing" = 0 ] || fail "$missing acknowledged movements are missing or stored with another balance"
  local drifting
  drifting=$(sql "SELECT count(*) FROM stock_balances b WHERE b.quantity <> (SELECT coalesce(sum(delta), 0)
    FROM stock_movements m WHERE m.outlet_id = b.outlet_id AND m.commodity = b.commodity)")
  [ "$drifting" = 0 ] || fail "$drifting balances differ from their ledger sums"
}

# answers SERVER STATUS: how many answers SERVER gave with STATUS in the last load.
answers() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get(sys.argv[2] + " " + sys.argv[3], 0))' \
  "$WORK/answers.json" "$1" "$2"; }

OUTLET=$(python3 -c 'import sys; sys.path.insert(0, "scripts/lib"); import multi_process as m; print(m.make_outlet(sys.argv[1], sys.argv[2], "Beban"))' \
  "$A" "$TOKEN")
echo "postgres-multiprocess: kill -9 of A under write load on both"
$MULTI load "$A" "$B" "$TOKEN" "$OUTLET" "$WORK" 6 &
LOAD_PID=$!
sleep 2
kill -KILL "$A_PID"
wait "$LOAD_PID"
B_AFTER=$(awk -F, -v b="$B" '$3 == b' "$WORK/acknowledged.csv" | wc -l)
[ "$(answers "$B" 201)" -gt 0 ] && [ "$(answers "$B" 500)" = 0 ] || fail "B did not keep serving after A was killed"
acknowledged_present
echo "  $(wc -l <"$WORK/acknowledged.csv") acknowledged receipts ($B_AFTER through B, which kept answering 201) all in the ledger"

echo "postgres-multiprocess: the PostgreSQL server restarted under load"
serve_on_free_port "$URI" "$WORK/server-a.log" || fail "server A did not start again"
A=$SERVED_BASE A_PID=$SERVED_PID
PIDS+=("$A_PID")
: >"$WORK/acknowledged.csv"
$MULTI load "$A" "$B" "$TOKEN" "$OUTLET" "$WORK" 8 &
LOAD_PID=$!
sleep 2
PAUSE=1 scripts/postgres-server.sh restart "$SERVER_DIR"
wait "$LOAD_PID"
for server in "$A" "$B"; do
  unavailable=$(answers "$server" 503)
  problems=$(answers "$server" "503 problem+json")
  others=$(python3 -c 'import json, sys; print(sum(n for k, n in json.load(open(sys.argv[1])).items()
    if k.startswith(sys.argv[2] + " ") and k.split(" ")[1] not in ("201", "503")))' "$WORK/answers.json" "$server")
  [ "$others" = 0 ] || fail "$server answered $others requests with neither 201 nor 503 while the database restarted: $(cat "$WORK/answers.json")"
  [ "$unavailable" = "$problems" ] || fail "$server answered 503 without problem+json"
  echo "  $server: $(answers "$server" 201) × 201, $unavailable × 503 problem+json while the database was away"
done
after=$(python3 -c 'import sys; sys.path.insert(0, "scripts/lib"); import multi_process as m
print(min(m.move(b, sys.argv[3], sys.argv[4], "receipt", 1)[0] for b in sys.argv[1:3]))' "$A" "$B" "$TOKEN" "$OUTLET")
[ "$after" = 201 ] || fail "the servers did not recover by themselves (answered $after)"
acknowledged_present
echo "postgres-multiprocess: lumbung demo and regions import on PostgreSQL"
DEMO_URI=$(scripts/postgres-server.sh database "$SERVER_DIR" "${DB}_demo")
"$BIN" demo --database "$DEMO_URI" >/dev/null
[ "$(psql -qAt "$DEMO_URI" -c 'SELECT count(*) FROM outlets')" = 4 ] || fail "lumbung demo did not write its 4 outlets"
"$BIN" demo --database "$DEMO_URI" >/dev/null 2>&1 && fail "lumbung demo wrote into a database that is not empty"
printf 'kode,nama\n64,Kalimantan Timur\n' >"$WORK/regions.csv"
"$BIN" regions import "$WORK/regions.csv" --database "$DEMO_URI" >/dev/null
[ "$(psql -qAt "$DEMO_URI" -c "SELECT name FROM regions WHERE code = '64'")" = "Kalimantan Timur" ] || fail "regions import"
psql -q "$SERVER_URI" -c "DROP DATABASE ${DB}_demo WITH (FORCE)" >/dev/null
echo "  the small demo written (4 outlets), refused a second time; a region list imported"
echo "postgres-multiprocess: passed"
