#!/usr/bin/env python3
"""Stock movement load for the crash test (standard library only).

  stock_load.py wait BASE                      wait until BASE/healthz answers 200 (10 s at most)
  stock_load.py setup BASE TOKEN [N]           create a cooperative and N outlets (2); print the outlet ids
  stock_load.py load BASE TOKEN OUTLETS DIR [SECONDS]
                                               write movements from several threads until the server dies
                                               (or SECONDS pass, 20 by default); every 201 answer is appended to
                                               DIR/answers.jsonl with the time it arrived (acknowledgedAt, ms since
                                               the epoch) and its movement ids and balances to DIR/answered.csv
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


def writer(base, token, outlets, record, seed, stop_at):
    rng = random.Random(seed)
    connection = connect(base)
    while time.time() < stop_at:
        batch = rng.random() < 0.2
        body = '{"movements":[%s]}' % ",".join(movement(rng) for _ in range(3)) if batch else movement(rng)
        path = "/v1/outlets/%s/movements%s" % (rng.choice(outlets), "/batch" if batch else "")
        key = uuid.uuid4().hex
        try:
            status, _, text = post(connection, token, path, body, key)
        except (OSError, http.client.HTTPException):
            return  # the server is gone: stop writing
        if status == 201:
            answer = json.loads(text, parse_float=Decimal)
            items = answer["items"] if batch else [answer]
            record(json.dumps({"key": key, "path": path, "body": body, "answer": text,
                               "acknowledgedAt": int(time.time() * 1000)}),
                   ["%s,%d" % (item["id"], int(Decimal(item["balanceAfter"]) * 1000)) for item in items])
        elif status != 409:
            UNEXPECTED.append("%d %s" % (status, text))
            return


def load(base, token, outlets, folder, seconds="20"):
    lock = threading.Lock()
    answers = open(folder + "/answers.jsonl", "a")
    answered = open(folder + "/answered.csv", "a")

    def record(line, rows):
        with lock:
            answers.write(line + "\n")
            answers.flush()
            for row in rows:
                answered.write(row + "\n")
            answered.flush()

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
