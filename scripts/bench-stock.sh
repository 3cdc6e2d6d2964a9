#!/usr/bin/env bash
# The stock check rows of the national benchmark alone, as ratios to /healthz of the same server in the same run:
# 63.71 cached and uncached (Cache-Control: no-cache), province 63 uncached, near a point uncached, and datasette on
# the same file with the same SQL. Builds data/national.sqlite first when it does not exist. The reader cache can be
# varied with LUMBUNG_READER_CACHE_KIB and LUMBUNG_READER_MMAP_MIB (README, "Reader cache").
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
DATABASE=${DATABASE:-data/national.sqlite}
WORK=$(mktemp -d)
DATASETTE_PID=
trap 'bench_stop; [ -z "$DATASETTE_PID" ] || kill -TERM "$DATASETTE_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

national_database "$DATABASE"
national_start "$DATABASE" "$(free_port)"
read -r LAT LON < <(national_near_point "$DATABASE")
STOCK="$BASE/v1/availability?commodity=lpg-3kg"
echo "lumbung $($BIN --version), $(nproc) cores, wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${WRK_SECONDS}s, $(date -u +%FT%TZ)," \
  "reader cache ${LUMBUNG_READER_CACHE_KIB:-default} KiB, memory map ${LUMBUNG_READER_MMAP_MIB:-default} MiB"
wrk -t1 -c8 -d2s "$BASE/healthz" >/dev/null   # warm-up
bench_header
bench_route /healthz "$BASE/healthz"
bench_route "stock check 63.71 (limit 20)" "$STOCK&region=63.71&limit=20"
bench_route "63.71, uncached" "$STOCK&region=63.71&limit=20" -H "Cache-Control: no-cache"
STOCK_UNCACHED_RPS=$LAST_RPS
bench_route "province 63, uncached" "$STOCK&region=63&limit=20" -H "Cache-Control: no-cache"
bench_route "near 10 km, uncached" "$STOCK&near=$LAT,$LON&radiusKm=10&limit=20" -H "Cache-Control: no-cache"
echo "server RSS after the runs: $(server_rss_mib) MiB"
bench_stop

if [ "${DATASETTE:-1}" = 1 ]; then
  datasette_install
  PORT=$(free_port)
  .venv/bin/datasette serve -i "$DATABASE" -p "$PORT" --setting sql_time_limit_ms 5000 >"$WORK/datasette.log" 2>&1 &
  DATASETTE_PID=$! SERVER_PID=$!
  for _ in $(seq 1 200); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null && break; sleep 0.1; done
  bench_route "datasette, same SQL (63.71)" "$(datasette_stock_url "$DATABASE" "$PORT")"
  echo "lumbung uncached vs datasette: $(awk -v a="$STOCK_UNCACHED_RPS" -v b="$LAST_RPS" 'BEGIN {printf "%.2f", a / b}')×"
fi
