#!/usr/bin/env bash
# Stock write benchmark: receipts per second, latency percentiles and server CPU per request (release build, wrk on
# loopback), beside /healthz in the same run. Each request is one committed transaction; with the default
# synchronous=FULL every commit waits for an fsync of the WAL, so the 1-client row shows the commit latency and the
# batch row shows what sharing one commit among 10 movements gains.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
WORK=$(mktemp -d)
trap 'bench_stop; rm -rf "$WORK"' EXIT

bench_start "$WORK/bench.sqlite"
export TOKEN OUTLETS IDEMPOTENCY=0 BATCH=0
TOKEN=$("$BIN" token create --role admin --name bench --config Config/lumbung.json --database "$WORK/bench.sqlite" | tail -n 1)
OUTLETS=$(python3 scripts/lib/stock_load.py setup "$BASE" "$TOKEN" 8 | paste -sd, -)
SCRIPT=(-s Benchmarks/stock-writes.lua)
echo "lumbung $($BIN --version), $(nproc) cores, wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${WRK_SECONDS}s unless noted, $(date -u +%FT%TZ)"
wrk -t1 -c8 -d2s "$BASE/healthz" >/dev/null   # warm-up
bench_header
bench_route /healthz "$BASE/healthz"
bench_route "receipt (wrk -t1 -c1)" "$BASE" "${SCRIPT[@]}" -t1 -c1
bench_route "receipt (wrk -c8)" "$BASE" "${SCRIPT[@]}" -c8
bench_route "receipt" "$BASE" "${SCRIPT[@]}"
OUTLETS=${OUTLETS%%,*} bench_route "receipt, all to 1 outlet" "$BASE" "${SCRIPT[@]}"
IDEMPOTENCY=1 bench_route "receipt with Idempotency-Key" "$BASE" "${SCRIPT[@]}"
BATCH=10 bench_route "batch of 10 receipts (wrk -c8)" "$BASE" "${SCRIPT[@]}" -c8
echo "(batch row: movements/s = 10 × requests/s.) Ledger rows: $(sqlite3 "$WORK/bench.sqlite" 'SELECT count(*) FROM stock_movements;')," \
     "database $(du -m "$WORK/bench.sqlite" | cut -f1) MiB, server RSS $(server_rss_mib) MiB"
