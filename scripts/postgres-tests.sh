#!/usr/bin/env bash
# Runs the PostgreSQL tests against a throwaway server of their own, stopped at the end even when
# tests fail: the store's tests, the whole API test suite on PostgreSQL (each test on a database of its
# own), then two `lumbung serve` processes on one database (scripts/postgres-multiprocess.sh).
# Expects a debug build with tests (`swift build --build-tests`).
set -euo pipefail
cd "$(dirname "$0")/.."
server=$(mktemp -u /tmp/lumbung-pg.XXXXXX)
trap 'scripts/postgres-server.sh stop "$server"' EXIT
trap 'exit 1' INT TERM
uri=$(scripts/postgres-server.sh start "$server")
echo "PostgreSQL test server: $uri"
LUMBUNG_TEST_POSTGRES="$uri" swift test --skip-build --filter LumbungPostgresTests --skip ServerRestartTests
# Alone, because it restarts the server under the other tests' feet.
LUMBUNG_TEST_POSTGRES="$uri" LUMBUNG_TEST_POSTGRES_RESTART="env PAUSE=1 scripts/postgres-server.sh restart $server" \
  swift test --skip-build --filter ServerRestartTests
LUMBUNG_TEST_POSTGRES="$uri" swift test --skip-build --filter LumbungAPITests
scripts/postgres-multiprocess.sh "$server" "$uri"
