#!/usr/bin/env bash
# Online backup under write load: while several writers record stock movements, `lumbung backup` copies the
# database. The copy must pass integrity_check, hold every movement acknowledged (201) before the backup started,
# have every balance equal to the sum of its ledger, and serve: a second server on the copy answers /healthz and
# an outlet's stock with the balances the copy holds.
# Uses the debug build that `make test` made (BIN overrides it); loopback only; about 10 seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/lumbung}
LOAD_SECONDS=${LOAD_SECONDS:-4}
LOAD="python3 scripts/lib/stock_load.py"
source scripts/lib/ledger_checks.sh
source scripts/lib/serve.sh
[ -x "$BIN" ] || { echo "backup-test: $BIN is missing; run 'swift build' first" >&2; exit 1; }
for tool in python3 sqlite3 curl; do
  command -v "$tool" >/dev/null || { echo "backup-test: $tool is missing (make deps installs it)" >&2; exit 1; }
done
WORK=$(mktemp -d)
DB="$WORK/live.sqlite"
COPY="$WORK/copy.sqlite"
SERVER_PID=""
COPY_PID=""
trap 'for pid in $SERVER_PID $COPY_PID; do kill -KILL "$pid" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT

fail() {
  echo "backup-test: FAILED: $*" >&2
  for log in "$WORK"/*.log; do echo "--- $log (last lines) ---" >&2; tail -n 10 "$log" >&2; done
  exit 1
}

# copy_sql QUERY: one value from the copy.
copy_sql() {
  sqlite3 -batch -bail "$COPY" "$1"
}

serve_on_free_port "$DB" "$WORK/live.log" || fail "the server on $DB did not start"
SERVER_PID=$SERVED_PID
BASE=$SERVED_BASE
TOKEN=$("$BIN" token create --role admin --name backup-test --config Config/lumbung.json --database "$DB" | tail -n 1)
OUTLETS=$($LOAD setup "$BASE" "$TOKEN" 4 | paste -sd, -) || fail "could not create the outlets"
echo "backup-test: $BIN, ${LOAD_SECONDS} s of stock writes, backup taken while they run"
$LOAD load "$BASE" "$TOKEN" "$OUTLETS" "$WORK" "$LOAD_SECONDS" &
LOADER=$!
sleep 1.5
BACKUP_STARTED=$(date +%s%3N)
"$BIN" backup "$COPY" --config Config/lumbung.json --database "$DB" >"$WORK/backup.log" 2>&1 || fail "lumbung backup failed"
BACKUP_ENDED=$(date +%s%3N)
wait "$LOADER" || fail "the writers stopped on an unexpected answer"
kill -TERM "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""

$LOAD acknowledged "$WORK" "$BACKUP_STARTED" >"$WORK/before.csv"
BEFORE=$(wc -l <"$WORK/before.csv")
TOTAL=$(wc -l <"$WORK/answered.csv")
[ "$BEFORE" -gt 0 ] || fail "no movement was acknowledged before the backup started"
[ "$TOTAL" -gt "$BEFORE" ] || fail "no movement was acknowledged after the backup started: the load did not overlap it"
echo "  $TOTAL movements acknowledged, $BEFORE of them before the backup started;" \
     "backup took $((BACKUP_ENDED - BACKUP_STARTED)) ms, copy $(du -k "$COPY" | cut -f1) KiB"

[ "$(copy_sql 'PRAGMA integrity_check;')" = ok ] || fail "integrity_check of the copy does not answer ok"
PROBLEMS=$(ledger_problems "$COPY" "$WORK/before.csv")
[ -z "$PROBLEMS" ] || fail "in the copy: $PROBLEMS"
echo "  copy: integrity_check ok; all $BEFORE present with their balances;" \
     "$(copy_sql 'SELECT count(*) FROM stock_movements;') ledger rows," \
     "$(copy_sql 'SELECT count(*) FROM stock_balances;') balances equal their ledger sums"

serve_on_free_port "$COPY" "$WORK/copy.log" || fail "the server on the copy did not start"
COPY_PID=$SERVED_PID
OUTLET=${OUTLETS%%,*}
curl -fsS "$SERVED_BASE/healthz" >/dev/null || fail "the server on the copy does not answer /healthz"
STOCK=$(curl -fsS "$SERVED_BASE/v1/outlets/$OUTLET/stock") || fail "the server on the copy does not answer the stock"
SERVED=$(python3 -c 'import json, sys; from decimal import Decimal
items = json.loads(sys.argv[1], parse_float=Decimal)["items"]
print(" ".join("%s=%d" % (i["commodity"], int(Decimal(i["quantity"]) * 1000)) for i in sorted(items, key=lambda i: i["commodity"]) if i["quantity"] is not None))' "$STOCK")
STORED=$(copy_sql "SELECT group_concat(commodity || '=' || quantity, ' ') FROM
  (SELECT commodity, quantity FROM stock_balances WHERE outlet_id = '$OUTLET' ORDER BY commodity);")
[ "$SERVED" = "$STORED" ] || fail "the copy serves stock '$SERVED' but holds '$STORED'"
echo "  a server on the copy answers /healthz and the stock of $OUTLET ($SERVED, in thousandths)"
kill -TERM "$COPY_PID" && wait "$COPY_PID" 2>/dev/null || true
COPY_PID=""
echo "backup-test: passed"
