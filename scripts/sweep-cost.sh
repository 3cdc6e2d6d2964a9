#!/usr/bin/env bash
# The alert sweep's CPU on the national data set: serves it with the sweep every INTERVAL seconds (default 10) and
# no requests, reads the server's CPU every second for SAMPLE_SECONDS (default 45), and prints the CPU of each run of
# seconds in which the server used any (each sweep's), and how many sweeps failed. The first sweep after a start is a
# day's first: it re-evaluates every kabupaten/kota's regional alert; the later ones look for stale prices and forget
# old idempotency keys and text messages. Prices count as stale after LUMBUNG_STALE_AFTER_HOURS (10000 here, as in
# `make bench`, so that the sweep finds nothing to write and the data set stays as built); the query budget is the
# configured one. BIN (the release build), DATABASE (data/national.sqlite).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
DATABASE=${DATABASE:-data/national.sqlite}
INTERVAL=${INTERVAL:-10}
SAMPLE_SECONDS=${SAMPLE_SECONDS:-45}
WORK=$(mktemp -d)
trap 'bench_stop; rm -rf "$WORK"' EXIT
national_database "$DATABASE"
LUMBUNG_STALE_AFTER_HOURS=10000 LUMBUNG_SWEEP_INTERVAL_SECONDS=$INTERVAL bench_start "$DATABASE" "$(free_port)"
echo "alert sweep every $INTERVAL s on $DATABASE, $($BIN --version), $(date -u +%FT%TZ)"
echo "server CPU in each run of seconds in which it used any (a sweep starts at each multiple of $INTERVAL s):"
previous=$(server_cpu_ticks) ticks=0 first=0
for second in $(seq 1 "$SAMPLE_SECONDS"); do
  sleep 1
  now=$(server_cpu_ticks)
  if [ $((now - previous)) -gt 0 ]; then
    [ "$ticks" -gt 0 ] || first=$second
    ticks=$((ticks + now - previous))
  elif [ "$ticks" -gt 0 ]; then
    echo "  seconds $((first - 1))–$((second - 1)): $((ticks * 1000 / CLK_TCK)) ms"
    ticks=0
  fi
  previous=$now
done
echo "sweeps that failed: $(grep -c 'sweep failed' "$WORK/server.log" || true)"
