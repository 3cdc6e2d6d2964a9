#!/usr/bin/env bash
# The officers' dashboard at the scale of one province: a demo of every Kalimantan Selatan village (the `63` rows of
# the region list: 2,016 outlets, 14 days of prices, several hundred open alerts) served on a free loopback port,
# then headless Chromium at 1280 px asks "which outlets sell LPG above the band today, in which kecamatan": the
# page must answer it in one view (the alerts of that kind only, furthest outside the band first, with the
# kecamatan named) and stay under 3,000 px tall. Prints the figures and saves dinas-kalsel-*.png. About 30 seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/lumbung}
WILAYAH=${WILAYAH:-Tests/Fixtures/wilayah/wilayah.csv}
SHOTS=${SHOTS:-.build/screenshots}
[ -x "$BIN" ] || { echo "browser-kalsel: $BIN is missing; run 'swift build' first" >&2; exit 1; }
.venv/bin/python -c 'import selenium' 2>/dev/null || { echo "browser-kalsel: run scripts/browser-test.sh once first (it makes .venv)" >&2; exit 1; }
WORK=$(mktemp -d)
SERVER_PID=""
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

grep -E '^(kode|63)' "$WILAYAH" >"$WORK/kalsel.csv"
"$BIN" demo --national "$WORK/kalsel.csv" --config Config/lumbung.json --database "$WORK/kalsel.sqlite" >"$WORK/demo.txt"
source scripts/lib/serve.sh
serve_on_free_port "$WORK/kalsel.sqlite" "$WORK/server.log" || { echo "browser-kalsel: the server did not start" >&2; exit 1; }
SERVER_PID=$SERVED_PID
mkdir -p "$SHOTS"
timeout 90 .venv/bin/python scripts/lib/browser_check_kalsel.py "$SERVED_BASE" "$WORK/demo.txt" "$SHOTS" \
  "${CHROMIUM:-/usr/bin/chromium}" "${CHROMEDRIVER:-/usr/bin/chromedriver}"
