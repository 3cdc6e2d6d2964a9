#!/usr/bin/env bash
# HTTP layer benchmark: /healthz throughput, latency percentiles and server CPU per request (release build, wrk on loopback).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
WORK=$(mktemp -d)
trap 'bench_stop; rm -rf "$WORK"' EXIT

bench_start "$WORK/bench.sqlite"
echo "lumbung $($BIN --version), $(nproc) cores, wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${WRK_SECONDS}s, $(date -u +%FT%TZ)"
wrk -t1 -c8 -d2s "$BASE/healthz" >/dev/null   # warm-up
bench_header
bench_route /healthz "$BASE/healthz"
bench_route "/healthz (wrk -c8)" "$BASE/healthz" -c8
echo "server RSS after the runs: $(server_rss_mib) MiB"
