#!/usr/bin/env bash
# Two builds' writes side by side: BIN_A and BIN_B each serve a new small database (eight outlets, as in
# scripts/bench-prices.sh) at once and are measured in alternating wrk rounds of ROUND_SECONDS (default 4), ROUNDS
# times (default 8), so that both see the same moments of a busy machine. KIND: prices (default) or movements (LPG
# receipts, Benchmarks/stock-writes.lua). PRICES as in Benchmarks/prices.lua (default 35000,19000: every report opens
# or resolves an alert; 19000 stays in band). CLIENTS: wrk's connections (default 64; 1 measures a lone write, one
# wrk thread then). Prints each round's writes/s, server CPU µs per request and p50, then both builds' means and
# median p50. A BIN_ may be a script that execs a build (e.g. with LD_PRELOAD).
# Usage: BIN_A=old BIN_B=.build/release/lumbung scripts/ab-writes.sh
#        KIND=movements CLIENTS=1 BIN_A=old BIN_B=.build/release/lumbung scripts/ab-writes.sh
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
export PRICES=${PRICES:-35000,19000} IDEMPOTENCY=0 BATCH=0 TOKEN OUTLETS
case ${KIND:=prices} in
  prices) SCRIPT=Benchmarks/prices.lua WHAT="price reports (PRICES=$PRICES)" ;;
  movements) SCRIPT=Benchmarks/stock-writes.lua WHAT="LPG receipts" ;;
  *) echo "ab-writes: KIND is prices or movements" >&2; exit 1 ;;
esac
CLIENTS=${CLIENTS:-64}
WRK=(-t"$((CLIENTS > 1 ? 2 : 1))" -c"$CLIENTS")
for side in A B; do
  TOKEN=${TOKENS[$side]} OUTLETS=${SIDE_OUTLETS[$side]} \
    wrk "${WRK[@]}" -d2s -s "$SCRIPT" "http://127.0.0.1:${PORTS[$side]}" >/dev/null
done
echo "$WHAT, wrk ${WRK[*]} -d${ROUND_SECONDS}s, A = $BIN_A, B = $BIN_B"
for round in $(seq 1 "$ROUNDS"); do
  for side in A B; do
    echo "$round $side $(TOKEN=${TOKENS[$side]} OUTLETS=${SIDE_OUTLETS[$side]} ab_round "${SERVERS[$side]}" \
      "${WRK[@]}" -d"${ROUND_SECONDS}s" -s "$SCRIPT" "http://127.0.0.1:${PORTS[$side]}")"
  done
done | ab_summary
