#!/usr/bin/env bash
# The fixed cost of a request: /healthz with the access log off (warning) and on (info) against the C libmicrohttpd
# hello (Benchmarks/peers/mhd_hello.c, compiled here), taken in turn for ROUNDS (2) rounds, each row with its ratio to
# the C hello of the same round. BEFORE=path/to/another/lumbung adds that binary's /healthz (log off) to every round,
# for before/after comparisons in one run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
ROUNDS=${ROUNDS:-2}
WORK=$(mktemp -d)
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done; wait; rm -rf "$WORK"' EXIT
cc -O2 -o "$WORK/mhd_hello" Benchmarks/peers/mhd_hello.c $(pkg-config --cflags --libs libmicrohttpd)

# serve NAME PORT COMMAND...: starts COMMAND in the background, remembers its pid as PID_NAME, waits for PORT.
serve() {
  local name=$1 port=$2
  shift 2
  "$@" >"$WORK/$name.log" 2>&1 &
  PIDS+=("$!")
  printf -v "PID_$name" '%s' "$!"
  for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" && return 0; sleep 0.1; done
  echo "$name did not start" >&2
  return 1
}

# lumbung NAME BINARY LEVEL: a lumbung server on a new database at log level LEVEL; sets PORT_NAME.
lumbung() {
  local port
  port=$(free_port)
  printf -v "PORT_$1" '%s' "$port"
  LUMBUNG_LOG_LEVEL=$3 serve "$1" "$port" "$2" serve --config Config/lumbung.json --database "$WORK/$1.sqlite" --port "$port"
}

HELLO_PORT=$(free_port)
serve hello "$HELLO_PORT" "$WORK/mhd_hello" "$HELLO_PORT" 2
lumbung quiet "$BIN" warning
lumbung loud "$BIN" info
[ -z "${BEFORE:-}" ] || lumbung before "$BEFORE" warning
echo "lumbung $($BIN --version) ($BIN), $(nproc) cores, wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${WRK_SECONDS}s, $(date -u +%FT%TZ)"
wrk -t1 -c8 -d2s "http://127.0.0.1:$PORT_quiet/healthz" >/dev/null   # warm-up
bench_header | sed 's/vs healthz/vs C hello/'
for round in $(seq 1 "$ROUNDS"); do
  SERVER_PID=$PID_hello
  bench_route /healthz "http://127.0.0.1:$HELLO_PORT/" >"$WORK/row"   # not in a subshell: the ratios are to this row
  sed "s|/healthz   |C hello ($round)|" "$WORK/row"
  SERVER_PID=$PID_quiet
  bench_route "/healthz, log level warning ($round)" "http://127.0.0.1:$PORT_quiet/healthz"
  SERVER_PID=$PID_loud
  bench_route "/healthz, log level info ($round)" "http://127.0.0.1:$PORT_loud/healthz"
  if [ -n "${BEFORE:-}" ]; then
    SERVER_PID=$PID_before
    bench_route "before: /healthz, warning ($round)" "http://127.0.0.1:$PORT_before/healthz"
  fi
done
