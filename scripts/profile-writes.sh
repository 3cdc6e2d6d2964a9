#!/usr/bin/env bash
# Instructions per write, counted exactly by valgrind's callgrind (so independent of what else loads the machine):
# serves a fresh database from a copy of the release binary under callgrind, sends writes with wrk for SECONDS,
# and prints the instructions of the whole server and of its writer thread per write stored.
#   scripts/profile-writes.sh [movements|prices|churn]   (default movements)
#     movements  LPG receipts (Benchmarks/stock-writes.lua)
#     prices     price reports in band (Benchmarks/prices.lua)
#     churn      price reports that each open or resolve an alert
#   BIN (.build/release/lumbung), DURATION (8 s), CONNECTIONS (64), THREADS (wrk's, 2), KEEP=1 keeps the callgrind
#   file (path printed). THREADS=1 makes churn steady: each outlet's prices then alternate, so every report changes an
#   alert (with two threads about two in three do, depending on how their requests interleave).
# valgrind 3.19 cannot read the binary's DWARF 5, so the copy is stripped of debug sections (symbols stay).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
KIND=${1:-movements}
DURATION=${DURATION:-8}
WORK=$(mktemp -d)
trap 'bench_stop; [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"' EXIT
for tool in valgrind callgrind_annotate objcopy wrk sqlite3; do
  command -v "$tool" >/dev/null || { echo "profile-writes: $tool is missing" >&2; exit 1; }
done
objcopy --strip-debug "$BIN" "$WORK/lumbung"
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
LUMBUNG_LOG_LEVEL=warning valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" "$WORK/lumbung" serve \
  --config Config/lumbung.json --database "$WORK/profile.sqlite" --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do curl -fs "$BASE/healthz" >/dev/null 2>&1 && break; sleep 0.2; done  # slow under valgrind
export TOKEN OUTLETS IDEMPOTENCY=0 BATCH=0 PRICES=19000
TOKEN=$("$WORK/lumbung" token create --role admin --name profile --config Config/lumbung.json \
  --database "$WORK/profile.sqlite" | tail -n 1)
OUTLETS=$(python3 scripts/lib/stock_load.py setup "$BASE" "$TOKEN" 8 | paste -sd, -)
case $KIND in
  movements) SCRIPT=Benchmarks/stock-writes.lua ;;
  prices) SCRIPT=Benchmarks/prices.lua ;;
  churn) SCRIPT=Benchmarks/prices.lua PRICES=35000,19000 ;;
  *) echo "profile-writes: KIND is movements, prices or churn" >&2; exit 1 ;;
esac
stored() {
  sqlite3 "$WORK/profile.sqlite" 'SELECT (SELECT count(*) FROM stock_movements) + (SELECT count(*) FROM price_report_rows)'
}
wrk -t1 -c8 -d3s -s "$SCRIPT" "$BASE" >/dev/null  # warm-up: statements prepared, pages cached
callgrind_control --zero "$SERVER_PID" >/dev/null
before=$(stored)
wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-64}" -d"${DURATION}s" -s "$SCRIPT" "$BASE" >/dev/null
sleep 1
writes=$(($(stored) - before))
callgrind_control --dump "$SERVER_PID" >/dev/null
output=$(ls "$WORK"/callgrind.out.* | head -n 1)
annotated=$(callgrind_annotate --inclusive=yes --threshold=100 "$output" 2>/dev/null)
total=$(awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}' <<<"$annotated")
writer=$(awk '/WriteQueueC5start/ {gsub(",", "", $1); print $1; exit}' <<<"$annotated")
echo "$KIND: $writes writes from ${CONNECTIONS:-64} connections in ${DURATION} s under callgrind;" \
     "instructions per write: server $((total / writes)), writer thread $((writer / writes))"
[ "${KEEP:-0}" = 1 ] && echo "callgrind file: $output"
exit 0
