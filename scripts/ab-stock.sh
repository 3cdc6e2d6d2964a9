#!/usr/bin/env bash
# Two builds' uncached stock check side by side: BIN_A on DATABASE_A and BIN_B on DATABASE_B (each build migrates its
# own file, so the older one needs an unmigrated copy), served at once and measured in alternating wrk rounds of
# ROUND_SECONDS (default 3), ROUNDS times (default 10), so that both see the same moments of a busy machine. Prints
# each round's requests/s and server CPU µs per request, then both builds' means. CHECK= another path and query.
# Usage: BIN_A=old BIN_B=new DATABASE_A=copy.sqlite DATABASE_B=data/national.sqlite scripts/ab-stock.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
CHECK=${CHECK:-/v1/availability?commodity=lpg-3kg&region=63.71&limit=20}
ROUNDS=${ROUNDS:-10}
ROUND_SECONDS=${ROUND_SECONDS:-3}
WORK=$(mktemp -d)
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT

# serve SIDE BINARY DATABASE: starts one build (its port and pid kept under SIDE) and waits until it answers.
declare -A PORTS SERVERS
serve() {
  local port
  port=$(free_port)
  LUMBUNG_STALE_AFTER_HOURS=10000 LUMBUNG_LOG_LEVEL=warning "$2" serve --config Config/lumbung.json --database "$3" \
    --port "$port" >"$WORK/$1.log" 2>&1 &
  PIDS+=("$!")
  PORTS[$1]=$port SERVERS[$1]=$!
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0; sleep 0.2; done
  cat "$WORK/$1.log" >&2
  return 1
}

serve A "${BIN_A:?the first build}" "${DATABASE_A:?its database}"
serve B "${BIN_B:?the second build}" "${DATABASE_B:?its database}"
for side in A B; do wrk -t2 -c64 -d2s -H 'Cache-Control: no-cache' "http://127.0.0.1:${PORTS[$side]}$CHECK" >/dev/null; done
echo "uncached $CHECK, wrk -t2 -c64 -d${ROUND_SECONDS}s, A = $BIN_A, B = $BIN_B"
for round in $(seq 1 "$ROUNDS"); do
  for side in A B; do
    echo "$round $side $(ab_round "${SERVERS[$side]}" -t2 -c64 -d"${ROUND_SECONDS}s" -H 'Cache-Control: no-cache' \
      "http://127.0.0.1:${PORTS[$side]}$CHECK")"
  done
done | ab_summary
