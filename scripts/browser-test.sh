#!/usr/bin/env bash
# Browser test of the web pages: a demo database served on a free loopback port, then headless Chromium
# (driven by Selenium with Debian's chromedriver) walks the member, shopkeeper, officer and assistant pages at 360 and
# 1280 px, records stock through the shopkeeper form and finds the new balance on the member page, and saves
# full-page screenshots to .build/screenshots/; then the shopkeeper app with the server stopped and started again
# (scripts/lib/offline_check.py: forms kept on the phone and sent once). Needs the Debian packages chromium and chromium-driver
# (make deps installs them); creates .venv with selenium from PyPI when missing. About 45 seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/lumbung}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
SHOTS=${SHOTS:-.build/screenshots}
[ -x "$BIN" ] || { echo "browser-test: $BIN is missing; run 'swift build' first" >&2; exit 1; }
for tool in "$CHROMIUM" "$CHROMEDRIVER" python3; do
  command -v "$tool" >/dev/null || { echo "browser-test: $tool is missing (make deps installs it)" >&2; exit 1; }
done
if ! .venv/bin/python -c 'import selenium' 2>/dev/null; then
  python3 -m venv .venv
  timeout 300 .venv/bin/pip install -q selenium
fi
WORK=$(mktemp -d)
SERVER_PID=""
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

fail() {
  echo "browser-test: FAILED: $*" >&2
  tail -n 20 "$WORK/server.log" >&2 || true
  exit 1
}

"$BIN" demo --config Config/lumbung.json --database "$WORK/demo.sqlite" >"$WORK/demo.txt" || fail "lumbung demo failed"
source scripts/lib/serve.sh
serve_on_free_port "$WORK/demo.sqlite" "$WORK/server.log" || fail "the server did not start"
SERVER_PID=$SERVED_PID
BASE=$SERVED_BASE

# The member page as a plain browser renders it, without Selenium: Chromium's own --dump-dom and --screenshot.
mkdir -p "$SHOTS"
chrome() { timeout 30 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars "$@" 2>/dev/null; }
chrome --window-size=360,800 --dump-dom "$BASE/?commodity=lpg-3kg&region=63.71" >"$WORK/dom.html" || fail "chromium --dump-dom failed"
grep -q '<h2>LPG 3 kg di Kota Banjarmasin</h2>' "$WORK/dom.html" || fail "the member page lacks its result heading"
grep -q 'Gerai Kelayan Timur' "$WORK/dom.html" && grep -q 'Rp19.000' "$WORK/dom.html" ||
  fail "the member page should list the demo outlets that hold LPG, with their prices"
chrome --window-size=360,800 --screenshot="$PWD/$SHOTS/awal-360.png" "$BASE/?commodity=lpg-3kg" >/dev/null ||
  fail "chromium --screenshot failed"

timeout 90 .venv/bin/python scripts/lib/browser_check.py "$BASE" "$WORK/demo.txt" "$SHOTS" "$CHROMIUM" "$CHROMEDRIVER" \
  "$WORK/demo.sqlite" ||
  fail "the browser walk failed"
timeout 90 .venv/bin/python scripts/lib/browser_check_views.py "$BASE" "$WORK/demo.txt" "$SHOTS" "$CHROMIUM" "$CHROMEDRIVER" ||
  fail "the walk through the member, shopkeeper and officer views failed"

# The shopkeeper app offline: the script stops and restarts its own server on the same database and port.
kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
timeout 240 .venv/bin/python scripts/lib/offline_check.py "$BIN" "$WORK/demo.sqlite" "$WORK/demo.txt" "$SHOTS" \
  "$CHROMIUM" "$CHROMEDRIVER" || { tail -n 20 "$WORK/demo.sqlite.log" >&2; fail "the offline shopkeeper app check failed"; }
