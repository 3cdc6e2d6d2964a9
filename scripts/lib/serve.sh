# Starting a server for the test scripts. Source it; it needs BIN (the lumbung binary) and python3.

# serve_on_free_port DATABASE LOG: starts `lumbung serve` on DATABASE at a free loopback port (with the caller's
# LUMBUNG_* variables; warning-level logs unless LUMBUNG_LOG_LEVEL says otherwise), appending its output to LOG,
# and waits until /healthz answers. Sets SERVED_PID and SERVED_BASE; kills it and fails when it is not up within 10 s.
serve_on_free_port() {
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  SERVED_BASE="http://127.0.0.1:$port"
  LUMBUNG_LOG_LEVEL=${LUMBUNG_LOG_LEVEL:-warning} "$BIN" serve --config Config/lumbung.json --database "$1" \
    --host 127.0.0.1 --port "$port" >>"$2" 2>&1 &
  SERVED_PID=$!
  python3 scripts/lib/stock_load.py wait "$SERVED_BASE" || { kill -KILL "$SERVED_PID" 2>/dev/null; return 1; }
}
