#!/usr/bin/env python3
"""Two lumbung servers on one PostgreSQL database (standard library only).

  multi_process.py checks A B TOKEN         the cross-process checks: 64 sales of 1 against 50 spread over both
                                           (exactly 50 accepted, balance 0); one Idempotency-Key sent to both at
                                           once (one write); a stock check on B right after a write acknowledged
                                           by A shows it; an alert opened through A arrives on B's stream, and
                                           B's Last-Event-ID resumes on A
  multi_process.py load A B TOKEN OUTLET DIR SECONDS
                                           receipts from 4 threads, spread over both, for SECONDS; every 201 is
                                           appended to DIR/acknowledged.csv (movement id, balance in thousandths,
                                           server), every other answer counted by server and status in
                                           DIR/answers.json (a refused connection counts as status 0)
"""
import http.client
import json
import socket
import sys
import threading
import time
import uuid
from collections import Counter
from urllib.parse import urlparse

FAILURES = []


def connect(base, timeout=10):
    url = urlparse(base)
    return http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)


def call(base, method, path, token=None, body=None, headers=None):
    """One request on a new connection: (status, headers dict, text)."""
    all_headers = dict(headers or {})
    if token:
        all_headers["Authorization"] = "Bearer " + token
    if body is not None:
        all_headers["Content-Type"] = "application/json"
    connection = connect(base)
    try:
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read().decode()
    finally:
        connection.close()


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("  FAILED: " + message, file=sys.stderr)


def make_outlet(base, token, name):
    status, _, text = call(base, "POST", "/v1/cooperatives", token,
                           json.dumps({"name": "Koperasi " + name, "region": "63.71.01.1001"}))
    assert status == 201, text
    status, _, text = call(base, "POST", "/v1/outlets", token,
                           json.dumps({"cooperativeId": json.loads(text)["id"], "name": "Gerai " + name}))
    assert status == 201, text
    return json.loads(text)["id"]


def move(base, token, outlet, kind, quantity, commodity="lpg-3kg", key=None):
    body = json.dumps({"commodity": commodity, "kind": kind, "quantity": quantity})
    return call(base, "POST", "/v1/outlets/%s/movements" % outlet, token, body, {"Idempotency-Key": key} if key else None)


def balance(base, token, outlet, commodity="lpg-3kg"):
    status, _, text = call(base, "GET", "/v1/outlets/%s/stock" % outlet, token)
    assert status == 200, text
    items = [item for item in json.loads(text)["items"] if item["commodity"] == commodity]
    return items[0]["quantity"] if items else None


def on_threads(count, body):
    results = [None] * count
    def run(index):
        results[index] = body(index)
    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def sales(a, b, token):
    outlet = make_outlet(a, token, "Jual")
    assert move(a, token, outlet, "receipt", 50)[0] == 201
    statuses = on_threads(64, lambda i: move(a if i % 2 == 0 else b, token, outlet, "sale", 1)[0])
    counts = Counter(statuses)
    check(counts[201] == 50 and counts[409] == 14, "64 sales of 1 against 50 over two servers: %s" % dict(counts))
    for base in (a, b):
        check(balance(base, token, outlet) == 0, "the balance seen through %s is %s, not 0" % (base, balance(base, token, outlet)))
    print("  64 sales of 1 against 50 over two servers: %d accepted, %d refused 409, balance 0 on both" % (counts[201], counts[409]))


def idempotency(a, b, token):
    outlet = make_outlet(b, token, "Kunci")
    key = "multi-" + uuid.uuid4().hex
    answers = on_threads(8, lambda i: move(a if i % 2 == 0 else b, token, outlet, "receipt", 5, key=key))
    statuses = Counter(status for status, _, _ in answers)
    bodies = {text for _, _, text in answers}
    replays = sum(1 for _, headers, _ in answers if headers.get("idempotent-replayed") == "true")
    check(statuses == Counter({201: 8}), "one Idempotency-Key sent to both at once: %s" % dict(statuses))
    check(len(bodies) == 1, "one Idempotency-Key gave %d different bodies" % len(bodies))
    check(replays == 7, "%d of 8 answers were replays, not 7" % replays)
    _, _, ledger = call(a, "GET", "/v1/outlets/%s/movements" % outlet, token)
    written = len(json.loads(ledger)["items"])
    check(written == 1 and balance(b, token, outlet) == 5, "one key wrote %d movements, balance %s" % (written, balance(b, token, outlet)))
    print("  one Idempotency-Key sent 8 times to both at once: 1 write, 7 replays, one body")


def read_after_write(a, b, token):
    outlet = make_outlet(a, token, "Cek")
    check_path = "/v1/availability?commodity=beras-medium&region=63.71&limit=1"
    missed = 0
    expected = None
    for round_number in range(20):
        for _ in range(2):   # B answers the check twice, so the second comes from its cache
            status, _, text = call(b, "GET", check_path)
            assert status == 200, text
        assert move(a, token, outlet, "receipt", 7, commodity="beras-medium")[0] == 201
        status, _, text = call(b, "GET", check_path)
        total = json.loads(text)["totalQuantity"]
        expected = 7 * (round_number + 1)
        if total != expected:
            missed += 1
    check(missed == 0, "%d of 20 stock checks on B right after a receipt acknowledged by A missed it" % missed)
    print("  20 stock checks on B (cached before) right after a receipt acknowledged by A: all showed it (total %s)" % expected)


class Stream:
    """A text/event-stream of alert events read on a thread of its own."""

    def __init__(self, base, token, last_event_id=None):
        url = urlparse(base)
        self.sock = socket.create_connection((url.hostname, url.port), timeout=15)
        headers = "Authorization: Bearer %s\r\n" % token
        if last_event_id is not None:
            headers += "Last-Event-ID: %s\r\n" % last_event_id
        self.sock.sendall(("GET /v1/alerts/stream HTTP/1.1\r\nHost: x\r\n%s\r\n" % headers).encode())
        self.events = []
        self.lock = threading.Lock()
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        buffer = b""
        try:
            while True:
                chunk = self.sock.recv(65536)
                if not chunk:
                    return
                buffer += chunk
                for line in buffer.split(b"\n"):
                    text = line.decode(errors="replace").strip()
                    if text.startswith("id: ") and text[4:].isdigit():
                        with self.lock:
                            if int(text[4:]) not in [e for e, _ in self.events]:
                                self.events.append((int(text[4:]), None))
                    if text.startswith("data: "):
                        with self.lock:
                            if self.events and self.events[-1][1] is None:
                                self.events[-1] = (self.events[-1][0], json.loads(text[6:]))
                buffer = buffer[buffer.rfind(b"\n") + 1:]
        except (OSError, ValueError):
            return

    def wait_for(self, predicate, seconds=5):
        deadline = time.time() + seconds
        while time.time() < deadline:
            with self.lock:
                found = [event for event in self.events if event[1] is not None and predicate(event)]
            if found:
                return found[0]
            time.sleep(0.05)
        return None

    def close(self):
        self.sock.close()


def price_alert(base, token, outlet, price):
    status, _, text = call(base, "POST", "/v1/outlets/%s/prices" % outlet, token,
                           json.dumps({"commodity": "lpg-3kg", "price": price}))
    assert status == 201, text


def alert_streams(a, b, token):
    outlet = make_outlet(a, token, "Alarm")
    on_b = Stream(b, token)
    time.sleep(0.5)
    price_alert(a, token, outlet, 99000)   # far above the band: an above_band alert opens through A
    first = on_b.wait_for(lambda e: e[1].get("outletId") == outlet)
    on_b.close()
    check(first is not None, "an alert opened through A did not arrive on B's stream within 5 s")
    if first is None:
        return
    price_alert(b, token, outlet, 99500)   # the open alert is updated through B: the next event
    on_a = Stream(a, token, last_event_id=first[0])
    resumed = on_a.wait_for(lambda e: e[1].get("outletId") == outlet)
    time.sleep(0.3)
    with on_a.lock:
        ids = [event_id for event_id, _ in on_a.events]
    on_a.close()
    check(resumed is not None and resumed[0] > first[0] and first[0] not in ids,
          "Last-Event-ID %s from B did not resume on A after it (got %s)" % (first[0], ids))
    print("  alert event %d opened through A arrived on B's stream; Last-Event-ID %d from B resumed on A with event %s"
          % (first[0], first[0], resumed[0] if resumed else None))


def checks(a, b, token):
    sales(a, b, token)
    idempotency(a, b, token)
    read_after_write(a, b, token)
    alert_streams(a, b, token)
    if FAILURES:
        sys.exit("multi-process checks failed: %d" % len(FAILURES))


def load(a, b, token, outlet, folder, seconds):
    deadline = time.time() + float(seconds)
    lock = threading.Lock()
    answers = Counter()
    acknowledged = open(folder + "/acknowledged.csv", "a")

    def writer(index):
        base = a if index % 2 == 0 else b
        while time.time() < deadline:
            try:
                status, headers, text = move(base, token, outlet, "receipt", 1)
            except OSError:
                status, headers, text = 0, {}, ""
            with lock:
                answers["%s %d" % (base, status)] += 1
                if status == 201:
                    body = json.loads(text)
                    acknowledged.write("%s,%d,%s\n" % (body["id"], round(body["balanceAfter"] * 1000), base))
                elif status == 503:
                    answers["%s 503 problem+json" % base] += headers.get("content-type") == "application/problem+json"
            if status in (0, 503):
                time.sleep(0.05)
    on_threads(4, writer)
    acknowledged.close()
    with open(folder + "/answers.json", "w") as out:
        json.dump(answers, out)


if __name__ == "__main__":
    if sys.argv[1] == "checks":
        checks(*sys.argv[2:5])
    elif sys.argv[1] == "load":
        load(*sys.argv[2:8])
    else:
        sys.exit(__doc__)
