# Shared helpers for the benchmark scripts: start a release server, measure a route with wrk, print a table row.
# Source it; it needs BIN (the lumbung binary) and sets SERVER_PID, PORT, BASE, WORK.

BIN=${BIN:-.build/release/lumbung}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-64}
WRK_SECONDS=${WRK_SECONDS:-10}
CLK_TCK=$(getconf CLK_TCK)

# bench_start DATABASE [PORT]: serve DATABASE in the background with warning-level logs and wait until healthy.
bench_start() {
  local database=$1
  PORT=${2:-${PORT:-18080}}
  BASE="http://127.0.0.1:$PORT"
  LUMBUNG_LOG_LEVEL=warning "$BIN" serve --config Config/lumbung.json --database "$database" --port "$PORT" \
    >"${WORK:-/tmp}/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do
    curl -fs "$BASE/healthz" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "server did not start; log:" >&2
  cat "${WORK:-/tmp}/server.log" >&2
  return 1
}

# bench_stop: SIGTERM the server and wait for it.
bench_stop() {
  kill -TERM "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
}

# server_cpu_ticks: user+system clock ticks the server has used so far.
server_cpu_ticks() {
  awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"
}

# server_rss_mib: resident memory of the server in MiB.
server_rss_mib() {
  awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$SERVER_PID/status"
}

# server_fds: the number of descriptors the server has open.
server_fds() {
  find "/proc/$SERVER_PID/fd" -mindepth 1 -maxdepth 1 | wc -l
}

# cpu_probe_ms: milliseconds SQLite takes to count to two million in memory, the best of five runs: the same work on
# every machine, so that runs on different machines can be set side by side (the ratios to /healthz move with it).
cpu_probe_ms() {
  local best="" start elapsed
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    sqlite3 :memory: \
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000) SELECT sum(x % 7) FROM c" >/dev/null
    elapsed=$((($(date +%s%N) - start) / 1000000))
    if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
  done
  echo "$best"
}

# ab_round PID WRK_ARGS...: one round of an A/B comparison against the server PID:
# "requests/s CPU-µs-per-request p50-ms".
ab_round() {
  local before used output requests
  SERVER_PID=$1
  shift
  before=$(server_cpu_ticks)
  output=$(wrk --latency "$@")
  used=$(($(server_cpu_ticks) - before))
  requests=$(awk '/requests in/ {print $1}' <<<"$output")
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$output") \
$(awk -v t="$used" -v n="$requests" -v hz="$CLK_TCK" 'BEGIN {printf "%.1f", t * 1e6 / hz / n}') \
$(awk '$1 == "50%" {print $2}' <<<"$output" | to_ms)"
}

# ab_summary: reads "ROUND SIDE REQUESTS/S CPU-µs P50-ms" lines; prints each round, then each side's means and its
# median p50 (a round's p50 can jump with the disk or a neighbour, and the median of the rounds does not follow it).
ab_summary() {
  local rounds side
  rounds=$(cat)
  awk '{print "round " $1 " " $2 ": " $3 "/s, " $4 " µs CPU, p50 " $5 " ms"}' <<<"$rounds"
  for side in $(awk '{print $2}' <<<"$rounds" | sort -u); do
    awk -v side="$side" -v median="$(median $(awk -v side="$side" '$2 == side {print $5}' <<<"$rounds"))" '
      $2 == side {rps += $3; cpu += $4; n++}
      END {printf "%s: mean %.0f/s, %.1f µs CPU per request, median p50 %.2f ms\n", side, rps / n, cpu / n, median}' \
      <<<"$rounds"
  done
}

# median VALUE...: the middle value (of an even count, the mean of the two middle ones), cut after three decimals like
# `ratio` in scripts/bench-report.sh, so a median of ratios is never rounded up to its goal either.
median() {
  printf '%s\n' "$@" | sort -g |
    awk '{v[NR] = $1} END {m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print int(m * 1000) / 1000}'
}

# free_port: a loopback TCP port nobody listens on now.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# national_database DATABASE [WILAYAH]: builds the national data set (one cooperative and outlet in every village,
# the whole catalogue stocked, 14 days of daily prices; lumbung demo --national, a few minutes) unless DATABASE exists.
national_database() {
  local database=$1 wilayah=${2:-Tests/Fixtures/wilayah/wilayah.csv} started
  [ -f "$database" ] && return 0
  echo "building $database from $wilayah ..."
  started=$(date +%s)
  "$BIN" demo --national "$wilayah" --database "$database" >/dev/null
  echo "$(($(date +%s) - started))" >"$database.build-seconds"
  echo "built in $(<"$database.build-seconds") s"
}

# national_start DATABASE [PORT]: bench_start for the national data set. The data set ages: with the default 48 h
# every outlet's price would turn stale and the first sweep would open a stale-price alert for each of the million
# shelves during the runs, so prices count as fresh for 10,000 hours unless LUMBUNG_STALE_AFTER_HOURS says otherwise.
# The reports are measured, not refused: the limits that protect a server from report floods (one report per
# client and one at once, a 2 s query budget) would answer most of wrk's report requests 429 or 503.
# The alert sweep comes every day instead of every minute (unless LUMBUNG_SWEEP_INTERVAL_SECONDS says otherwise), so
# none runs during the measurements: a day's first re-evaluates every regional alert (about 1 s of CPU, more with
# the file out of memory) and landed in the stock checks' second round; scripts/sweep-cost.sh measures the sweep.
national_start() {
  LUMBUNG_STALE_AFTER_HOURS=${LUMBUNG_STALE_AFTER_HOURS:-10000} LUMBUNG_EXPENSIVE_REQUESTS_PER_CLIENT=64 \
    LUMBUNG_EXPENSIVE_REQUESTS_AT_ONCE=8 LUMBUNG_QUERY_BUDGET_MILLISECONDS=120000 \
    LUMBUNG_SWEEP_INTERVAL_SECONDS=${LUMBUNG_SWEEP_INTERVAL_SECONDS:-86400} bench_start "$@"
}

# national_near_point DATABASE: "LAT LON", the mean position of Kota Banjarmasin's outlets (where near searches look).
national_near_point() {
  sqlite3 -separator ' ' "$1" \
    "SELECT round(avg(latitude), 4), round(avg(longitude), 4) FROM outlets WHERE region >= '63.71.' AND region < '63.71/'"
}

# bench_header: the table header matching bench_route.
bench_header() {
  printf '| %-34s | %10s | %8s | %8s | %10s | %8s |\n' route "requests/s" "p50 ms" "p99 ms" "CPU µs/req" "vs healthz"
  printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..36})" "------------" "----------" "----------" "------------" "----------"
}

# bench_route NAME URL [WRK ARGS...]: run wrk against URL, print one table row, and remember requests/s of healthz.
# The row's figures stay in LAST_RPS, LAST_P50, LAST_P99 (ms), LAST_CPU (µs per request) and LAST_RATIO.
bench_route() {
  local name=$1 url=$2
  shift 2
  local before after output requests rps p50 p99 cpu ratio
  before=$(server_cpu_ticks)
  output=$(wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${WRK_SECONDS}s" --latency "$@" "$url")
  after=$(server_cpu_ticks)
  requests=$(awk '/requests in/ {print $1}' <<<"$output")
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$output")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$output" | to_ms)
  p99=$(awk '$1 == "99%" {print $2}' <<<"$output" | to_ms)
  cpu=$(awk -v t="$((after - before))" -v r="$requests" -v hz="$CLK_TCK" 'BEGIN {printf "%.1f", t * 1e6 / hz / r}')
  [ "$name" = "/healthz" ] && HEALTHZ_RPS=$rps
  ratio=$(awk -v a="$rps" -v b="${HEALTHZ_RPS:-$rps}" 'BEGIN {printf "%.2f", a / b}')
  if grep -q "Non-2xx" <<<"$output"; then
    echo "warning: $name answered non-2xx: $(grep Non-2xx <<<"$output")" >&2
  fi
  LAST_RPS=$rps LAST_P50=$p50 LAST_P99=$p99 LAST_CPU=$cpu LAST_RATIO=$ratio
  printf '| %-34s | %10s | %8s | %8s | %10s | %8s |\n' "$name" "$rps" "$p50" "$p99" "$cpu" "$ratio"
}

# to_ms: converts wrk latencies (850.00us, 1.20ms, 2.00s) to milliseconds.
to_ms() {
  awk '{v = $1; if (v ~ /us$/) {sub(/us$/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v *= 1000}; printf "%.2f", v}'
}

# The datasette release the benchmarks compare with (installed from PyPI into .venv).
DATASETTE_VERSION=0.65.1

# datasette_install: puts datasette $DATASETTE_VERSION into .venv unless it is there already.
datasette_install() {
  if ! [ -x .venv/bin/datasette ] || [ "$(.venv/bin/datasette --version | awk '{print $NF}')" != "$DATASETTE_VERSION" ]; then
    [ -x .venv/bin/pip ] || python3 -m venv .venv
    timeout 300 .venv/bin/pip install -q "datasette==$DATASETTE_VERSION"
  fi
}

# datasette_stock_url DATABASE PORT: the URL at which a datasette serving DATABASE on PORT runs the stock check's own
# SQL (AvailabilityQueries.inRegion, its ?N parameters named for datasette and its one interpolated constant,
# totalSplit, written out) for LPG in 63.71 with limit 20; fails unless that URL answers 20 rows.
datasette_stock_url() {
  local database=$1 port=$2 source=Sources/LumbungStore/Stock/AvailabilityQueries.swift split sql query url
  split=$(awk -F'= ' '/static let totalSplit/ {gsub(/_/, "", $2); print $2}' "$source")
  sql=$(awk '/static let inRegion = """/ {on = 1; next} on && /"""/ {exit} on' "$source" |
    sed -e 's/?1/:commodity/g; s/?2/:lower/g; s/?3/:upper/g; s/?4/:lim/g' -e "s/\\\\(Self.totalSplit)/$split/g")
  query=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.urlencode({"sql": sys.argv[1], "commodity": "lpg-3kg",
    "lower": "63.71", "upper": "63.71/", "lim": "20", "_shape": "array"}))' "$sql")
  url="http://127.0.0.1:$port/$(basename "$database" .sqlite).json?$query"
  curl -fs "$url" | python3 -c 'import json, sys; rows = json.load(sys.stdin); assert len(rows) == 20, rows' ||
    { echo "datasette did not answer the stock check with 20 rows" >&2; return 1; }
  echo "$url"
}
