#!/usr/bin/env bash
# Two builds' price reports on PostgreSQL side by side: a throwaway server (fsync on, as `make bench-postgres` runs it)
# with one database per build, each served by its build (which migrates it), eight outlets holding LPG, measured in
# alternating wrk rounds of ROUND_SECONDS (default 4), ROUNDS times (default 8), from CONNECTIONS (16). PRICES as in
# Benchmarks/prices.lua (default 19000: in band). Prints each round's reports/s and lumbung's CPU µs per report (the
# PostgreSQL server's own CPU is not in it), then both builds' means.
# Usage: BIN_A=old BIN_B=.build/release/lumbung scripts/ab-postgres-prices.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
ROUNDS=${ROUNDS:-8}
ROUND_SECONDS=${ROUND_SECONDS:-4}
CONNECTIONS=${CONNECTIONS:-16}
PG_DIR=$(mktemp -u /tmp/lumbung-ab-pg.XXXXXX)
WORK=$(mktemp -d)
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done; wait; scripts/postgres-server.sh stop "$PG_DIR"; rm -rf "$WORK"' EXIT
PG_FSYNC=on scripts/postgres-server.sh start "$PG_DIR" >/dev/null

declare -A SERVERS BASES TOKENS SIDE_OUTLETS
for side in A B; do
  binary=BIN_$side
  uri=$(scripts/postgres-server.sh database "$PG_DIR" "ab_${side,,}")
  BIN=${!binary:?BIN_$side, a build} WORK=$WORK bench_start "$uri" "$(free_port)"
  PIDS+=("$SERVER_PID")
  SERVERS[$side]=$SERVER_PID BASES[$side]=$BASE
  TOKENS[$side]=$("${!binary}" token create --role admin --name ab --config Config/lumbung.json --database "$uri" | tail -n 1)
  SIDE_OUTLETS[$side]=$(python3 scripts/lib/stock_load.py setup "$BASE" "${TOKENS[$side]}" 8 | paste -sd, -)
  for outlet in ${SIDE_OUTLETS[$side]//,/ }; do   # a balance for every price to keep in step
    curl -fs -o /dev/null -H "Authorization: Bearer ${TOKENS[$side]}" -H "Content-Type: application/json" \
      -d '{"commodity":"lpg-3kg","kind":"receipt","quantity":100}' "$BASE/v1/outlets/$outlet/movements"
  done
done
export PRICES=${PRICES:-19000} IDEMPOTENCY=0 BATCH=0 REGION=63.71 TOKEN OUTLETS
echo "price reports on PostgreSQL (PRICES=$PRICES), wrk -t2 -c$CONNECTIONS -d${ROUND_SECONDS}s, A = $BIN_A, B = $BIN_B"
for round in $(seq 1 "$ROUNDS"); do
  for side in A B; do
    echo "$round $side $(TOKEN=${TOKENS[$side]} OUTLETS=${SIDE_OUTLETS[$side]} ab_round "${SERVERS[$side]}" \
      -t2 -c"$CONNECTIONS" -d"${ROUND_SECONDS}s" -s Benchmarks/prices.lua "${BASES[$side]}")"
  done
done | ab_summary
