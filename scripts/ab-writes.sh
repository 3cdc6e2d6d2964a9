#!/usr/bin/env bash
# Two builds' price reports side by side: BIN_A and BIN_B each serve a new small database (eight outlets, as in
# scripts/bench-prices.sh) at once and are measured in alternating wrk rounds of ROUND_SECONDS (default 4), ROUNDS
# times (default 8), so that both see the same moments of a busy machine. PRICES as in Benchmarks/prices.lua (default
# 35000,19000: every report opens or resolves an alert; 19000 stays in band). Prints each round's reports/s and server
# CPU µs per request, then both builds' means. A BIN_ may be a script that execs a build (e.g. with LD_PRELOAD).
# Usage: BIN_A=old BIN_B=.build/release/lumbung scripts/ab-writes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
ROUNDS=${ROUNDS:-8}
ROUND_SECONDS=${ROUND_SECONDS:-4}
WORK=$(mktemp -d)
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT

# serve SIDE BINARY: starts one build on its own database in $WORK/SIDE (bench_start; port, pid, token and outlets
# kept under SIDE).
declare -A PORTS SERVERS TOKENS SIDE_OUTLETS
serve() {
  mkdir -p "$WORK/$1"
  BIN=$2 WORK=$WORK/$1 bench_start "$WORK/$1/lumbung.sqlite" "$(free_port)"
  PIDS+=("$SERVER_PID")
  PORTS[$1]=$PORT SERVERS[$1]=$SERVER_PID
  TOKENS[$1]=$("$2" token create --role admin --name ab --config Config/lumbung.json --database "$WORK/$1/lumbung.sqlite" |
    tail -n 1)
  SIDE_OUTLETS[$1]=$(python3 scripts/lib/stock_load.py setup "$BASE" "${TOKENS[$1]}" 8 | paste -sd, -)
}

serve A "${BIN_A:?the first build}"
serve B "${BIN_B:?the second build}"
export PRICES=${PRICES:-35000,19000} IDEMPOTENCY=0 TOKEN OUTLETS
for side in A B; do
  TOKEN=${TOKENS[$side]} OUTLETS=${SIDE_OUTLETS[$side]} \
    wrk -t2 -c64 -d2s -s Benchmarks/prices.lua "http://127.0.0.1:${PORTS[$side]}" >/dev/null
done
echo "price reports (PRICES=$PRICES), wrk -t2 -c64 -d${ROUND_SECONDS}s, A = $BIN_A, B = $BIN_B"
for round in $(seq 1 "$ROUNDS"); do
  for side in A B; do
    echo "$round $side $(TOKEN=${TOKENS[$side]} OUTLETS=${SIDE_OUTLETS[$side]} ab_round "${SERVERS[$side]}" \
      -t2 -c64 -d"${ROUND_SECONDS}s" -s Benchmarks/prices.lua "http://127.0.0.1:${PORTS[$side]}")"
  done
done | ab_summary
