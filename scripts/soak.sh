#!/usr/bin/env bash
# Soak: a bounded run of mixed traffic (Benchmarks/mixed.lua: stock checks, shelves, alert lists, receipts and
# price reports that open and resolve alerts) against the release build, with alert-stream clients attached.
# Samples the server's resident memory and open descriptors every 10 s, prints the series and a verdict:
# RSS may grow at most SOAK_RSS_GROWTH percent after the warm-up, the descriptor count must stay flat, and every
# answer must be 2xx. SOAK_SECONDS (default 180) sets the length; exits non-zero on a failed verdict.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
SOAK_SECONDS=${SOAK_SECONDS:-180}
SOAK_RSS_GROWTH=${SOAK_RSS_GROWTH:-10}
SOAK_CONNECTIONS=${SOAK_CONNECTIONS:-32}
STREAMS=${STREAMS:-4}
SAMPLE_SECONDS=10
WARMUP_SECONDS=$((SOAK_SECONDS >= 90 ? 30 : SOAK_SECONDS / 3 / SAMPLE_SECONDS * SAMPLE_SECONDS))
[ "$SOAK_SECONDS" -ge 30 ] || { echo "soak: SOAK_SECONDS must be at least 30" >&2; exit 1; }
[ -x "$BIN" ] || { echo "soak: $BIN is missing; run 'make release' first" >&2; exit 1; }
WORK=$(mktemp -d)
WRK_PID=""
STREAM_PIDS=()
trap 'kill ${WRK_PID:-} "${STREAM_PIDS[@]}" 2>/dev/null || true; bench_stop; rm -rf "$WORK"' EXIT

"$BIN" demo --config Config/lumbung.json --database "$WORK/soak.sqlite" >/dev/null
bench_start "$WORK/soak.sqlite" "$(free_port)"
export TOKEN OUTLETS
TOKEN=$("$BIN" token create --role admin --name soak --config Config/lumbung.json --database "$WORK/soak.sqlite" | tail -n 1)
OUTLETS=$(sqlite3 "$WORK/soak.sqlite" "SELECT group_concat(id) FROM outlets;")   # the demo's four outlets
for stream in $(seq 1 "$STREAMS"); do
  curl -sN --max-time $((SOAK_SECONDS + 5)) -H "Authorization: Bearer $TOKEN" "$BASE/v1/alerts/stream" \
    >"$WORK/stream-$stream.txt" 2>/dev/null &
  STREAM_PIDS+=($!)
done
echo "soak: lumbung $($BIN --version) ($BIN), $(nproc) cores, ${SOAK_SECONDS} s of Benchmarks/mixed.lua," \
     "wrk -t2 -c$SOAK_CONNECTIONS, $STREAMS alert-stream clients, warm-up ${WARMUP_SECONDS} s, $(date -u +%FT%TZ)"

# sample ELAPSED: prints one row of the series and keeps "elapsed RSS fds" for the verdict.
sample() {
  local rss fds
  rss=$(server_rss_mib)
  fds=$(server_fds)
  printf '| %5s | %8s | %5s | %9s | %8s | %8s |\n' "$1" "$rss" "$fds" \
    "$(awk -v t="$(server_cpu_ticks)" -v hz="$CLK_TCK" 'BEGIN {printf "%.1f", t / hz}')" \
    "$(du -m "$WORK/soak.sqlite" | cut -f1)" "$(du -m "$WORK/soak.sqlite-wal" 2>/dev/null | cut -f1 || echo 0)"
  SAMPLES+=("$1 $rss $fds")
}

printf '| %5s | %8s | %5s | %9s | %8s | %8s |\n' "t s" "RSS MiB" "fds" "CPU s" "DB MiB" "WAL MiB"
printf '|%s|%s|%s|%s|%s|%s|\n' "-------" "----------" "-------" "-----------" "----------" "----------"
SAMPLES=()
sample "idle"
# The load runs a little longer than the sampling, so the last sample is still taken under load.
wrk -t2 -c"$SOAK_CONNECTIONS" -d"$((SOAK_SECONDS + 3))s" --latency -s Benchmarks/mixed.lua "$BASE" >"$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
for elapsed in $(seq "$SAMPLE_SECONDS" "$SAMPLE_SECONDS" "$SOAK_SECONDS"); do
  sleep "$SAMPLE_SECONDS"
  sample "$elapsed"
done
wait "$WRK_PID" || true
WRK_PID=""

echo
grep -E "Requests/sec|requests in|Non-2xx|Socket errors|^ +(50|99)%" "$WORK/wrk.txt" | sed 's/^ */wrk: /'
EVENTS=$(cat "$WORK"/stream-*.txt | grep -c '^id:' || true)
echo "alert events received by $STREAMS stream clients: $EVENTS;" \
     "ledger rows $(sqlite3 "$WORK/soak.sqlite" 'SELECT count(*) FROM stock_movements;')," \
     "price reports $(sqlite3 "$WORK/soak.sqlite" 'SELECT count(*) FROM price_reports;')," \
     "alerts $(sqlite3 "$WORK/soak.sqlite" 'SELECT count(*) FROM alerts;')"

VERDICT=$(printf '%s\n' "${SAMPLES[@]}" | awk -v warm="$WARMUP_SECONDS" -v limit="$SOAK_RSS_GROWTH" '
  $1 != "idle" && $1 >= warm { if (base == "") base = $2; last = $2; if (fmax == "" || $3 > fmax) fmax = $3; if (fmin == "" || $3 < fmin) fmin = $3 }
  END {
    growth = (last - base) / base * 100
    ok = growth < limit && fmax - fmin <= 2
    printf "%s RSS %.1f → %.1f MiB after the warm-up (%+.1f%%, limit %d%%); fds %d–%d", ok ? "PASS" : "FAIL", base, last, growth, limit, fmin, fmax
  }')
NON2XX=$(awk '/Non-2xx/ {print $NF}' "$WORK/wrk.txt")
[ -z "$NON2XX" ] || VERDICT="FAIL ${VERDICT#* }; $NON2XX answers were not 2xx"
[ "$EVENTS" -gt 0 ] || VERDICT="FAIL ${VERDICT#* }; the stream clients received no alert event"
echo "soak: $VERDICT"
[[ $VERDICT == PASS* ]]
