#!/usr/bin/env bash
# Fuzzing of the HTTP API against its own OpenAPI description. Serves a demo database on a free loopback port,
# checks /openapi.json with openapi-spec-validator, then runs schemathesis (a fixed seed, at most EXAMPLES cases per
# operation and phase) with an admin token, the demo's ids offered as likely path and body values. Every check of
# schemathesis is on but positive_data_acceptance (scripts/lib/fuzz_config.py says why): no answer may be a 5xx or
# differ from the description (status, content type, headers, body schema), a request the description calls invalid
# must be refused, and the server must still be healthy at the end. Revoking tokens runs last, apart, so the
# fuzzer's own token is not revoked under it. Uses the debug build that `make test` made (BIN overrides it); creates
# .venv and installs the pinned tools from PyPI when missing. SEED changes the cases; about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/lumbung}
EXAMPLES=${EXAMPLES:-50}
SEED=${SEED:-20251023}
SCHEMATHESIS=4.32.5
SPEC_VALIDATOR=0.9.0
STARTED=$SECONDS
[ -x "$BIN" ] || { echo "fuzz: $BIN is missing; run 'swift build' first" >&2; exit 1; }
for tool in python3; do
  command -v "$tool" >/dev/null || { echo "fuzz: $tool is missing (make deps installs it)" >&2; exit 1; }
done
if ! .venv/bin/python - "$SCHEMATHESIS" "$SPEC_VALIDATOR" 2>/dev/null <<'PY'; then
import sys
from importlib.metadata import version
sys.exit(version("schemathesis") != sys.argv[1] or version("openapi-spec-validator") != sys.argv[2])
PY
  [ -x .venv/bin/pip ] || python3 -m venv .venv
  timeout 300 .venv/bin/pip install -q "schemathesis==$SCHEMATHESIS" "openapi-spec-validator==$SPEC_VALIDATOR"
fi
WORK=$(mktemp -d)
SERVER_PID=""
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

fail() {
  echo "--- server log (last lines) ---" >&2
  tail -n 20 "$WORK/server.log" >&2 || true
  echo "fuzz: FAILED: $* ($((SECONDS - STARTED)) s)"
  exit 1
}

DB="$WORK/fuzz.sqlite"
"$BIN" demo --config Config/lumbung.json --database "$DB" >/dev/null || fail "lumbung demo failed"
TOKEN=$("$BIN" token create --role admin --name fuzz --config Config/lumbung.json --database "$DB" | tail -n 1)
source scripts/lib/serve.sh
export LUMBUNG_SMS_WEBHOOK_SECRET=fuzz-webhook-secret   # the SMS webhook is on, so unsigned calls meet its 401
serve_on_free_port "$DB" "$WORK/server.log" || fail "the server did not start"
SERVER_PID=$SERVED_PID
BASE=$SERVED_BASE
# get PATH [FILE]: fetch PATH from the server (into FILE), failing unless it answers 200 within a second.
get() {
  python3 -c 'import sys, urllib.request; sys.stdout.buffer.write(urllib.request.urlopen(sys.argv[1], timeout=1).read())' \
    "$BASE$1" >"${2:-/dev/null}" 2>/dev/null
}
get /openapi.json "$WORK/openapi.json" || fail "the server did not serve /openapi.json"
.venv/bin/openapi-spec-validator "$WORK/openapi.json" >"$WORK/validator.txt" 2>&1 ||
  { cat "$WORK/validator.txt" >&2; fail "/openapi.json is not a valid OpenAPI 3.1 document"; }
OPERATIONS=$(python3 -c 'import json, sys; print(sum(len(v) for v in json.load(open(sys.argv[1]))["paths"].values()))' \
  "$WORK/openapi.json")
echo "fuzz: /openapi.json is valid OpenAPI 3.1 ($OPERATIONS operations)"
python3 scripts/lib/fuzz_config.py "$DB" >"$WORK/schemathesis.toml" || fail "could not write the schemathesis configuration"

# st NAME ARGS…: one schemathesis run against the live server, its output kept in $WORK/NAME.txt.
st() {
  local name=$1
  shift
  echo "fuzz: schemathesis $name (seed $SEED, at most $EXAMPLES examples per operation)"
  if ! timeout 600 .venv/bin/schemathesis --config-file "$WORK/schemathesis.toml" run "$BASE/openapi.json" \
      -H "Authorization: Bearer $TOKEN" --max-examples "$EXAMPLES" \
      --seed "$SEED" --no-color "$@" >"$WORK/$name.txt" 2>&1; then
    sed -n '/FAILURES\|ERRORS/,$p' "$WORK/$name.txt" | cut -c1-400 | head -n 300
    fail "schemathesis $name found problems (seed $SEED)"
  fi
  grep -E '^  [0-9]+ generated' "$WORK/$name.txt" | sed "s/^ */  $name: /"
}
st everything --exclude-operation-id revokeToken
# A token created with a repeated Idempotency-Key is the first answer replayed, and may have been revoked since.
st revocation --include-operation-id createToken --include-operation-id revokeToken \
  --exclude-checks ensure_resource_availability
kill -0 "$SERVER_PID" 2>/dev/null || fail "the server died"
get /healthz || fail "the server no longer answers /healthz"
! grep -q "handler failed" "$WORK/server.log" || fail "the server logged a handler failure"
generated=$(grep -hE '^  [0-9]+ generated' "$WORK"/everything.txt "$WORK"/revocation.txt | awk '{ n += $1 } END { print n }')
echo "fuzz: passed: $OPERATIONS operations, $generated test cases, no 5xx, every answer as described, server alive" \
  "($((SECONDS - STARTED)) s)"
