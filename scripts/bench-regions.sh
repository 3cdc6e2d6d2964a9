#!/usr/bin/env bash
# Region import benchmark: the whole Kemendagri list (91,599 rows, 2.3 MB) through the command line and over
# HTTP, into a new database and again (an upsert that changes nothing). Release build; RUNS runs each, median.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
WILAYAH=${WILAYAH:-Tests/Fixtures/wilayah/wilayah.csv}
RUNS=${RUNS:-5}
WORK=$(mktemp -d)
SERVER_PID=""
trap 'bench_stop; rm -rf "$WORK"' EXIT

# median: the middle of the numbers on standard input.
median() { sort -n | awk '{v[NR] = $1} END {printf "%.0f", v[int((NR + 1) / 2)]}'; }

# cli_ms DATABASE: milliseconds of one `lumbung regions import` as the command reports it.
cli_ms() { "$BIN" regions import "$WILAYAH" --database "$1" | awk '{print $(NF - 1)}'; }

# http_ms TOKEN: milliseconds of one POST /v1/regions/import, from the first byte sent to the last received.
http_ms() {
  curl -fsS -o /dev/null -w '%{time_total}\n' -X POST -H "Authorization: Bearer $1" -H 'Content-Type: text/csv' \
    --data-binary @"$WILAYAH" "$BASE/v1/regions/import" | awk '{printf "%.0f\n", $1 * 1000}'
}

echo "lumbung $($BIN --version), $(nproc) cores, $(wc -l <"$WILAYAH") lines of $WILAYAH, $RUNS runs, $(date -u +%FT%TZ)"
printf '| %-32s | %9s |\n' "region import" "median ms"
printf '|%s|%s|\n' "$(printf -- '-%.0s' {1..34})" "-----------"
fresh=$(for run in $(seq 1 "$RUNS"); do cli_ms "$WORK/cli-$run.sqlite"; done | median)
again=$(for _ in $(seq 1 "$RUNS"); do cli_ms "$WORK/cli-1.sqlite"; done | median)
printf '| %-32s | %9s |\n' "CLI, new database" "$fresh" "CLI, again (nothing changes)" "$again"

fresh=$(for run in $(seq 1 "$RUNS"); do
  token=$("$BIN" token create --role admin --name bench --database "$WORK/http-$run.sqlite" | tail -1)
  bench_start "$WORK/http-$run.sqlite" "${PORT:-18471}" >&2
  http_ms "$token"
  [ "$run" = "$RUNS" ] && for _ in $(seq 1 "$RUNS"); do http_ms "$token"; done >"$WORK/again"
  bench_stop
done | median)
printf '| %-32s | %9s |\n' "HTTP, new database" "$fresh" "HTTP, again (nothing changes)" "$(median <"$WORK/again")"
