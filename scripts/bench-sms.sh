#!/usr/bin/env bash
# Text message benchmark: signed SMS webhook calls per second beside /healthz in the same run (release build, wrk
# on loopback). An accepted message is one transaction (receipt + price report + reply queued in the outbox); a
# rejected one (a typo) writes only the message and its reply. Each call carries a distinct event id.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench.sh
WORK=$(mktemp -d)
trap 'bench_stop; rm -rf "$WORK"' EXIT
SECRET=bench-secret
SMS_SECONDS=${SMS_SECONDS:-5}

LUMBUNG_SMS_WEBHOOK_SECRET=$SECRET bench_start "$WORK/sms.sqlite" "$(free_port)"
TOKEN=$("$BIN" token create --role admin --name bench-sms --config Config/lumbung.json --database "$WORK/sms.sqlite" | tail -n 1)
OUTLETS=$(python3 scripts/lib/stock_load.py setup "$BASE" "$TOKEN" 8)
PHONES=""
number=0
for outlet in $OUTLETS; do
  number=$((number + 1))
  curl -fs -X POST "$BASE/v1/phones" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"number\":\"08120000000$number\",\"outletId\":\"$outlet\",\"name\":\"bench $number\"}" >/dev/null
  PHONES="$PHONES${PHONES:+,}+628120000000$number"
done
python3 scripts/lib/sms_requests.py "$SECRET" "$PHONES" 40000 'TERIMA LPG 2\nHARGA LPG 19000' "$WORK/accepted.lua"
python3 scripts/lib/sms_requests.py "$SECRET" "$PHONES" 40000 'JUALL LPG 1' "$WORK/rejected.lua"
echo "lumbung $($BIN --version), $(nproc) cores, wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${SMS_SECONDS}s, $(date -u +%FT%TZ)"
wrk -t1 -c8 -d2s "$BASE/healthz" >/dev/null   # warm-up
WRK_SECONDS=$SMS_SECONDS
bench_header
bench_route /healthz "$BASE/healthz"
SMS_REQUESTS="$WORK/accepted.lua" bench_route "SMS TERIMA + HARGA (accepted)" "$BASE" -s Benchmarks/sms-inbound.lua
SMS_REQUESTS="$WORK/rejected.lua" bench_route "SMS with a typo (rejected)" "$BASE" -s Benchmarks/sms-inbound.lua
echo "Messages handled: $(sqlite3 "$WORK/sms.sqlite" "SELECT status || ' ' || count(*) FROM text_messages_in GROUP BY status" | paste -sd, -);" \
     "replies queued: $(sqlite3 "$WORK/sms.sqlite" 'SELECT count(*) FROM outbox;'); server RSS $(server_rss_mib) MiB"
