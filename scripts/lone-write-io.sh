#!/usr/bin/env bash
# Where a lone client's write waits: one client sends LPG receipts (Benchmarks/stock-writes.lua, wrk -t1 -c1) to a
# fresh small database while perf traces the disk (ext4 fsync entry and exit, block requests issued); prints the
# client's writes/s and p50 (and a lone /healthz's p50: the same round trip without the work), the WAL's fsyncs by
# the requests each sent to the disk (scripts/lib/wal_fsyncs.py), and the hypervisor's steal time meanwhile.
# With synchronous=FULL each lone write is one commit and one fsync of the WAL, so this splits its latency into the
# disk's part and the rest. Needs root (or perf_event_paranoid -1) and perf; prints why when it cannot trace.
#   scripts/lone-write-io.sh        BIN (.build/release/lumbung), SECONDS_TRACED (5)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
TRACED=${SECONDS_TRACED:-5}
EVENTS=ext4:ext4_sync_file_enter,ext4:ext4_sync_file_exit,block:block_rq_issue
if ! command -v perf >/dev/null || [ "$(perf list 'ext4:ext4_sync_file_*' 2>/dev/null | grep -c Tracepoint)" = 0 ] ||
   { [ "$(id -u)" != 0 ] && [ "$(cat /proc/sys/kernel/perf_event_paranoid)" -gt -1 ]; }; then
  echo "Not measured: perf cannot trace the ext4 and block tracepoints here (install linux-perf; run as root)."
  exit 0
fi
WORK=$(mktemp -d)
trap 'bench_stop; rm -rf "$WORK"' EXIT
DATABASE="$WORK/lone.sqlite"
bench_start "$DATABASE" "$(free_port)"
export TOKEN OUTLETS IDEMPOTENCY=0 BATCH=0
TOKEN=$("$BIN" token create --role admin --name lone-write --config Config/lumbung.json --database "$DATABASE" | tail -n 1)
OUTLETS=$(python3 scripts/lib/stock_load.py setup "$BASE" "$TOKEN" 8 | paste -sd, -)
wrk -t1 -c1 -d3s -s Benchmarks/stock-writes.lua "$BASE" >/dev/null  # warm-up: the WAL reaches its working size
HEALTHZ_P50=$(wrk -t1 -c1 -d3s --latency "$BASE/healthz" | awk '$1 == "50%" {print $2}')
wrk -t1 -c1 -d"$((TRACED + 2))s" --latency -s Benchmarks/stock-writes.lua "$BASE" >"$WORK/wrk.txt" &
WRK_PID=$!
sleep 1
read -r -a BEFORE < <(grep '^cpu ' /proc/stat)
perf record -q -a -e "$EVENTS" -o "$WORK/perf.data" -- sleep "$TRACED" 2>/dev/null
read -r -a AFTER < <(grep '^cpu ' /proc/stat)
wait "$WRK_PID"
# STEAL: the share of the CPUs' time the hypervisor took from this machine while traced (/proc/stat's 8th field).
STEAL=$(python3 -c 'import sys; b, a = (list(map(int, x.split()[1:9])) for x in sys.argv[1:])
print("%.0f%%" % (100 * (a[7] - b[7]) / max(1, sum(a) - sum(b))))' "${BEFORE[*]}" "${AFTER[*]}")
RATE=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
P50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")
perf script -i "$WORK/perf.data" -F time,event,trace 2>/dev/null >"$WORK/trace.txt"
echo "One client's LPG receipts (wrk -t1 -c1): $RATE writes/s, p50 $P50 (one client's /healthz on the same server just"
echo "before: p50 $HEALTHZ_P50); the WAL's fsyncs in ${TRACED} s of them:"
echo
python3 scripts/lib/wal_fsyncs.py "$WORK/trace.txt" "$(stat -c %i "$DATABASE-wal")" "$RATE"
echo "Meanwhile the hypervisor held this machine's processors back (steal time in /proc/stat) for $STEAL of their time."
