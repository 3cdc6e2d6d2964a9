#!/usr/bin/env bash
# Instructions per request, exact and independent of the machine's load: /healthz, the cached stock check 63.71 and
# the C libmicrohttpd hello (Benchmarks/peers/mhd_hello.c), each server run under valgrind's callgrind while
# `wrk -t1 -c4` sends requests for WRK_SECONDS (3); the counters are zeroed after a warm-up and dumped after the run,
# so start-up is not counted, and the total is divided by the requests wrk completed. BIN (the release build) is
# profiled from a copy without DWARF (valgrind 3.19 cannot read Swift's DWARF 5). KEEP=dir keeps the profiles for
# `callgrind_annotate dir/NAME.out`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
WRK_SECONDS=${WRK_SECONDS:-3}
WORK=$(mktemp -d)
OUT=${KEEP:-$WORK}
mkdir -p "$OUT"
PROFILED=
trap '[ -z "$PROFILED" ] || kill -TERM "$PROFILED" 2>/dev/null || true; wait; rm -rf "$WORK"' EXIT
objcopy --strip-debug "$BIN" "$WORK/lumbung"
cc -O2 -o "$WORK/mhd_hello" Benchmarks/peers/mhd_hello.c $(pkg-config --cflags --libs libmicrohttpd)
"$BIN" demo --database "$WORK/demo.sqlite" >/dev/null

# profile NAME LABEL URL COMMAND...: runs COMMAND under callgrind (profile NAME.out.1), sends URL for WRK_SECONDS,
# prints instructions per request.
profile() {
  local name=$1 label=$2 url=$3 requests total
  shift 3
  valgrind --tool=callgrind --dump-instr=no --callgrind-out-file="$OUT/$name.out" "$@" >"$WORK/$name.log" 2>&1 &
  PROFILED=$!
  for _ in $(seq 1 300); do curl -fs -o /dev/null "$url" 2>/dev/null && break; sleep 0.1; done
  wrk -t1 -c4 -d1s "$url" >/dev/null   # warm-up: caches, pools, the route's instruments
  callgrind_control -z "$PROFILED" >/dev/null 2>&1
  requests=$(wrk -t1 -c4 -d"${WRK_SECONDS}s" "$url" | awk '/requests in/ {print $1}')
  callgrind_control -d "$PROFILED" >/dev/null 2>&1
  kill -TERM "$PROFILED"
  wait "$PROFILED" 2>/dev/null || true
  PROFILED=
  total=$(awk '/^summary:/ {print $2}' "$OUT/$name.out.1")
  printf '%-34s %8s requests %9s instructions per request\n' "$label" "$requests" "$((total / requests))"
}

PORT=$(free_port)
profile hello "C libmicrohttpd hello" "http://127.0.0.1:$PORT/" "$WORK/mhd_hello" "$PORT" 2
for level in warning info; do
  PORT=$(free_port)
  LUMBUNG_LOG_LEVEL=$level profile "healthz-$level" "/healthz, access log $level" "http://127.0.0.1:$PORT/healthz" \
    "$WORK/lumbung" serve --config Config/lumbung.json --database "$WORK/demo.sqlite" --port "$PORT"
done
PORT=$(free_port)
LUMBUNG_LOG_LEVEL=warning profile stock-cached "stock check 63.71, cached" \
  "http://127.0.0.1:$PORT/v1/availability?commodity=lpg-3kg&region=63.71&limit=20" \
  "$WORK/lumbung" serve --config Config/lumbung.json --database "$WORK/demo.sqlite" --port "$PORT"
