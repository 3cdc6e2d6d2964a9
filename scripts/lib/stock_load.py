#!/usr/bin/env python3
"""Stock movement load for the crash test (standard library only).

  stock_load.py wait BASE                      wait until BASE/healthz answers 200 (10 s at most)
  stock_load.py setup BASE TOKEN [N]           create a cooperative and N outlets (2); print the outlet ids
  stock_load.py load BASE TOKEN OUTLETS DIR [SECONDS]
                                               write movements, batches of movements and price reports from several
                                               threads until the server dies (or SECONDS pass, 20 by default), some
                                               sent twice at once with the same Idempotency-Key (both answers must
                                               be the same write); every movement answered 201 is appended to
                                               DIR/answers.jsonl with the time it arrived (acknowledgedAt, ms since
                                               the epoch) and its movement ids and balances to DIR/answered.csv,
                                               every price report answered 201 to DIR/prices.csv
  stock_load.py acknowledged DIR BEFORE_MS     print "id,balance in thousandths" of every movement whose 201
                                               arrived before BEFORE_MS (ms since the epoch)
  stock_load.py replay BASE TOKEN DIR          resend up to 40 answered requests with their Idempotency-Key and
                                               check each replays its first answer
"""
import http.client
import json
import random
import sys
import threading
import time
import uuid
from decimal import Decimal
from urllib.parse import urlparse

WRITERS = 6
COMMODITIES = ["lpg-3kg", "beras-medium"]
UNEXPECTED = []


def connect(base):
    url = urlparse(base)
    return http.client.HTTPConnection(url.hostname, url.port, timeout=5)


def post(connection, token, path, body, key=None):
    headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    if key:
        headers["Idempotency-Key"] = key
    connection.request("POST", path, body=body, headers=headers)
    response = connection.getresponse()
    return response.status, response.getheader("Idempotent-Replayed"), response.read().decode()


def wait(base):
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            connection = connect(base)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.05)
    sys.exit("server at %s did not become healthy" % base)


def setup(base, token, count="2"):
    connection = connect(base)
    status, _, text = post(connection, token, "/v1/cooperatives",
                           json.dumps({"name": "Koperasi Uji", "region": "63.71.01.1001"}))
    if status != 201:
        sys.exit("creating the cooperative answered %d: %s" % (status, text))
    cooperative = json.loads(text)["id"]
    for number in range(1, int(count) + 1):
        status, _, text = post(connection, token, "/v1/outlets",
                               json.dumps({"cooperativeId": cooperative, "name": "Gerai %d" % number}))
        if status != 201:
            sys.exit("creating an outlet answered %d: %s" % (status, text))
        print(json.loads(text)["id"])


def movement(rng):
    """One random receipt or sale as JSON text; quantities stay exact decimal literals."""
    kind = rng.choice(["receipt", "receipt", "sale", "sale", "sale"])
    quantity = rng.choice(["1", "2", "0.5", "3.25"]) if kind == "sale" else rng.choice(["5", "10", "2.5"])
    return '{"commodity":"%s","kind":"%s","quantity":%s}' % (rng.choice(COMMODITIES), kind, quantity)


def request(rng, outlets):
    """A random write: (path, body) of a movement, a batch of three movements or a price report."""
    outlet = rng.choice(outlets)
    pick = rng.random()
    if pick < 0.15:
        return "/v1/outlets/%s/movements/batch" % outlet, '{"movements":[%s]}' % ",".join(movement(rng) for _ in range(3))
    if pick < 0.35:
        price = rng.choice([19000, 19500, 35000])
        return "/v1/outlets/%s/prices" % outlet, '{"commodity":"%s","price":%d}' % (rng.choice(COMMODITIES), price)
    return "/v1/outlets/%s/movements" % outlet, movement(rng)


def repeat_at_once(base, token, path, body, key):
    """Sends the same keyed request on a second connection while the first is in flight; returns its answer."""
    answer = {}

    def send():
        try:
            answer["response"] = post(connect(base), token, path, body, key)
        except (OSError, http.client.HTTPException):
            pass

    thread = threading.Thread(target=send)
    thread.start()
    return thread, answer


def writer(base, token, outlets, record, seed, stop_at):
    rng = random.Random(seed)
    connection = connect(base)
    while time.time() < stop_at:
        path, body = request(rng, outlets)
        key = uuid.uuid4().hex
        twin = repeat_at_once(base, token, path, body, key) if rng.random() < 0.1 else None
        try:
            status, _, text = post(connection, token, path, body, key)
        except (OSError, http.client.HTTPException):
            return  # the server is gone: stop writing
        answers = [(status, text)]
        if twin:
            twin[0].join()
            if "response" in twin[1]:
                repeated = twin[1]["response"]
                if status == 201 and repeated[0] == 201 and repeated[2] != text:
                    UNEXPECTED.append("one key written twice: %s then %s" % (text, repeated[2]))
                    return
                if repeated[0] == 201 and status != 201:
                    answers = [(201, repeated[2])]  # the first was refused, its repeat then written (or replayed)
                elif repeated[0] not in (201, 409):
                    answers.append((repeated[0], repeated[2]))
        for status, text in answers:
            if status == 201 and path.endswith("/prices"):
                record(None, [], json.loads(text)["id"])
            elif status == 201:
                answer = json.loads(text, parse_float=Decimal)
                items = answer["items"] if "items" in answer else [answer]
                record(json.dumps({"key": key, "path": path, "body": body, "answer": text,
                                   "acknowledgedAt": int(time.time() * 1000)}),
                       ["%s,%d" % (item["id"], int(Decimal(item["balanceAfter"]) * 1000)) for item in items], None)
            elif status != 409:
                UNEXPECTED.append("%d %s" % (status, text))
                return


def load(base, token, outlets, folder, seconds="20"):
    lock = threading.Lock()
    answers = open(folder + "/answers.jsonl", "a")
    answered = open(folder + "/answered.csv", "a")
    prices = open(folder + "/prices.csv", "a")

    def record(line, rows, price):
        with lock:
            if line:
                answers.write(line + "\n")
                answers.flush()
            for row in rows:
                answered.write(row + "\n")
            answered.flush()
            if price:
                prices.write(price + "\n")
                prices.flush()

    stop_at = time.time() + float(seconds)
    seed = random.randrange(1 << 30)
    threads = [threading.Thread(target=writer, args=(base, token, outlets, record, seed + i, stop_at))
               for i in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if UNEXPECTED:
        sys.exit("unexpected answers: " + "; ".join(UNEXPECTED))


def acknowledged(folder, before_ms):
    with open(folder + "/answers.jsonl") as lines:
        for kept in (json.loads(line) for line in lines if line.strip()):
            if kept["acknowledgedAt"] < int(before_ms):
                answer = json.loads(kept["answer"], parse_float=Decimal)
                for item in answer.get("items", [answer]):
                    print("%s,%d" % (item["id"], int(Decimal(item["balanceAfter"]) * 1000)))


def replay(base, token, folder):
    with open(folder + "/answers.jsonl") as lines:
        answers = [json.loads(line) for line in lines if line.strip()]
    connection = connect(base)
    failures = 0
    for kept in random.sample(answers, min(40, len(answers))):
        status, replayed, text = post(connection, token, kept["path"], kept["body"], kept["key"])
        if status != 201 or replayed != "true" or text != kept["answer"]:
            failures += 1
            sys.stderr.write("replay of %s answered %d (replayed=%s): %s\n" % (kept["key"], status, replayed, text))
    if failures:
        sys.exit("%d replays did not return their first answer" % failures)
    print("%d replays returned their first answer" % min(40, len(answers)))


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "wait":
        wait(*arguments)
    elif command == "setup":
        setup(*arguments)
    elif command == "load":
        load(arguments[0], arguments[1], arguments[2].split(","), *arguments[3:5])
    elif command == "acknowledged":
        acknowledged(*arguments)
    elif command == "replay":
        replay(*arguments)
    else:
        sys.exit(__doc__)
