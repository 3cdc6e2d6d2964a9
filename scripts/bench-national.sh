#!/usr/bin/env bash
# National-scale benchmark: the stock check and the dinas reports (prices, early warning, coverage) with one outlet in every village
# (83,762 outlets, the whole catalogue stocked, 14 days of daily prices). Builds data/national.sqlite first
# when it does not exist (lumbung demo --national; a few minutes), then serves it with the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
DATABASE=${DATABASE:-data/national.sqlite}
WILAYAH=${WILAYAH:-Tests/Fixtures/wilayah/wilayah.csv}
REPORT_RUNS=${REPORT_RUNS:-20}
WORK=$(mktemp -d)
trap 'bench_stop; rm -rf "$WORK"' EXIT

national_database "$DATABASE" "$WILAYAH"

# report_timing NAME URL [CURL ARGS...]: REPORT_RUNS sequential requests after one warm-up; prints median, mean,
# max ms and the server's CPU ms per request (user + system, from /proc; one tick is 1000/CLK_TCK ms over all runs).
report_timing() {
  local name=$1 url=$2 before after
  shift 2
  curl -fs -o /dev/null "$@" "$url"
  before=$(server_cpu_ticks)
  for _ in $(seq 1 "$REPORT_RUNS"); do curl -fs -o /dev/null -w '%{time_total}\n' "$@" "$url"; done >"$WORK/times"
  after=$(server_cpu_ticks)
  sort -n "$WORK/times" | awk -v name="$name" -v ticks="$((after - before))" -v hz="$CLK_TCK" -v runs="$REPORT_RUNS" \
    '{t[NR] = $1 * 1000; sum += t[NR]}
      END {printf "| %-44s | %9.1f | %9.1f | %9.1f | %9.1f |\n", name, t[int((NR + 1) / 2)], sum / NR, t[NR],
                  ticks * 1000 / hz / runs}'
}

national_start "$DATABASE"
read -r LAT LON < <(national_near_point "$DATABASE")
FIRST_DAY=$(sqlite3 "$DATABASE" "SELECT date(min(observed_at) / 1000 + 7 * 3600, 'unixepoch') FROM price_reports")
LAST_DAY=$(sqlite3 "$DATABASE" "SELECT date(max(observed_at) / 1000 + 7 * 3600, 'unixepoch') FROM price_reports")
IN_CIRCLE=$(curl -fs "$BASE/v1/availability?commodity=lpg-3kg&near=$LAT,$LON&radiusKm=10&limit=1" |
  sed -E 's/.*"outletsWithStock":([0-9]+).*/\1/')

echo "lumbung $($BIN --version), $(nproc) cores, wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${WRK_SECONDS}s, $(date -u +%FT%TZ)"
echo "$(sqlite3 "$DATABASE" "SELECT count(*) FROM outlets") outlets, $(sqlite3 "$DATABASE" "SELECT count(*) FROM stock_balances") balances," \
  "$(sqlite3 "$DATABASE" "SELECT count(*) FROM price_reports") price reports ($FIRST_DAY to $LAST_DAY)," \
  "$(sqlite3 "$DATABASE" "SELECT count(*) FROM alerts WHERE status = 'open'") open alerts"
echo "near point: mean position of Kota Banjarmasin's outlets ($LAT,$LON): $IN_CIRCLE outlets with LPG within 10 km"
wrk -t1 -c8 -d2s "$BASE/healthz" >/dev/null   # warm-up
echo
bench_header
bench_route /healthz "$BASE/healthz"
bench_route "stock check 63.71 (limit 20)" "$BASE/v1/availability?commodity=lpg-3kg&region=63.71&limit=20"
bench_route "stock check near, 10 km (limit 20)" "$BASE/v1/availability?commodity=lpg-3kg&near=$LAT,$LON&radiusKm=10&limit=20"
bench_route "stock check province 63 (limit 20)" "$BASE/v1/availability?commodity=beras-medium&region=63&limit=20"
bench_route "63.71, uncached (no-cache)" "$BASE/v1/availability?commodity=lpg-3kg&region=63.71&limit=20" -H "Cache-Control: no-cache"
bench_route "near 10 km, uncached (no-cache)" "$BASE/v1/availability?commodity=lpg-3kg&near=$LAT,$LON&radiusKm=10&limit=20" \
  -H "Cache-Control: no-cache"

echo
printf '| %-44s | %9s | %9s | %9s | %9s |\n' "report ($REPORT_RUNS sequential requests)" "median ms" "mean ms" "max ms" "CPU ms"
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..46})" "-----------" "-----------" "-----------" "-----------"
report_timing "Kalimantan Selatan, today (13 children)" "$BASE/v1/reports/prices?commodity=lpg-3kg&region=63"
report_timing "Kalimantan Selatan, $FIRST_DAY" "$BASE/v1/reports/prices?commodity=lpg-3kg&region=63&date=$FIRST_DAY"
report_timing "Kalimantan Selatan, $FIRST_DAY, CSV" "$BASE/v1/reports/prices?commodity=lpg-3kg&region=63&date=$FIRST_DAY" \
  -H "Accept: text/csv"
report_timing "Indonesia, today (38 children)" "$BASE/v1/reports/prices?commodity=beras-medium"
report_timing "Indonesia, $FIRST_DAY" "$BASE/v1/reports/prices?commodity=beras-medium&date=$FIRST_DAY"
report_timing "series Kalimantan Selatan, 14 days" \
  "$BASE/v1/reports/prices/series?commodity=lpg-3kg&region=63&from=$FIRST_DAY&to=$LAST_DAY"
report_timing "series Indonesia, 14 days" "$BASE/v1/reports/prices/series?commodity=beras-medium&from=$FIRST_DAY&to=$LAST_DAY"
report_timing "series Indonesia, 30 days" \
  "$BASE/v1/reports/prices/series?commodity=beras-medium&from=$(date -u -d "$LAST_DAY -29 days" +%F)&to=$LAST_DAY"
report_timing "early warning Kalimantan Selatan, today" "$BASE/v1/reports/early-warning?commodity=lpg-3kg&region=63"
report_timing "early warning Kalimantan Selatan, CSV" "$BASE/v1/reports/early-warning?commodity=lpg-3kg&region=63" \
  -H "Accept: text/csv"
report_timing "early warning Indonesia, today" "$BASE/v1/reports/early-warning?commodity=beras-medium"
report_timing "coverage Kalimantan Selatan, 7 days" "$BASE/v1/reports/coverage?region=63&days=7"
report_timing "coverage Indonesia, 7 days" "$BASE/v1/reports/coverage?days=7"
echo
echo "server RSS after the runs: $(server_rss_mib) MiB"
echo "database: $(du -h "$DATABASE" | cut -f1) ($DATABASE; WAL $(du -h "$DATABASE-wal" 2>/dev/null | cut -f1 || echo 0))"
