#!/usr/bin/env bash
# Price report benchmark: reports per second, latency percentiles and server CPU per request (release build, wrk on
# loopback), beside /healthz in the same run. Each report is one committed transaction that also resolves the band,
# keeps current_prices and opens or resolves price alerts; the "alert churn" row makes every report change an alert
# (open or resolve, with its event row), the others stay in band.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
WORK=$(mktemp -d)
trap 'bench_stop; rm -rf "$WORK"' EXIT

bench_start "$WORK/bench.sqlite"
export TOKEN OUTLETS PRICES=19000 IDEMPOTENCY=0
TOKEN=$("$BIN" token create --role admin --name bench --config Config/lumbung.json --database "$WORK/bench.sqlite" | tail -n 1)
OUTLETS=$(python3 scripts/lib/stock_load.py setup "$BASE" "$TOKEN" 8 | paste -sd, -)
SCRIPT=(-s Benchmarks/prices.lua)
FIRST=${OUTLETS%%,*}
echo "lumbung $($BIN --version), $(nproc) cores, wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${WRK_SECONDS}s unless noted, $(date -u +%FT%TZ)"
wrk -t1 -c8 -d2s "$BASE/healthz" >/dev/null   # warm-up
bench_header
bench_route /healthz "$BASE/healthz"
bench_route "price in band (wrk -t1 -c1)" "$BASE" "${SCRIPT[@]}" -t1 -c1
bench_route "price in band" "$BASE" "${SCRIPT[@]}"
IDEMPOTENCY=1 bench_route "price with Idempotency-Key" "$BASE" "${SCRIPT[@]}"
PRICES=35000,19000 bench_route "price, alert churn" "$BASE" "${SCRIPT[@]}"
bench_route "GET price history (50)" "$BASE/v1/outlets/$FIRST/prices?commodity=lpg-3kg"
bench_route "GET /v1/alerts?status=all (50)" "$BASE/v1/alerts?status=all" -H "Authorization: Bearer $TOKEN"
echo "Reports: $(sqlite3 "$WORK/bench.sqlite" 'SELECT count(*) FROM price_reports;')," \
     "alerts: $(sqlite3 "$WORK/bench.sqlite" 'SELECT count(*) FROM alerts;')," \
     "alert events: $(sqlite3 "$WORK/bench.sqlite" 'SELECT count(*) FROM alert_events;')," \
     "database $(du -m "$WORK/bench.sqlite" | cut -f1) MiB, server RSS $(server_rss_mib) MiB"
