#!/usr/bin/env python3
"""Slow and hostile clients against a running server (standard library only, loopback only).

  hostile_clients.py BASE PID IDLE_TIMEOUT ADMIN_TOKEN

Runs each check in turn against the server at BASE (process PID, started with an idle timeout of IDLE_TIMEOUT
seconds, its database holding demo data), prints one line per check and a summary, and exits non-zero when any
check fails. Every wait is bounded; the whole run takes about 3 × IDLE_TIMEOUT + 30 seconds.
"""
import json
import os
import select
import socket
import sys
import threading
import time
from urllib.parse import urlparse

FLOOD = 800              # idle connections opened at once (the server's default limit is 1024)
SLOW = 50                # slowloris connections
PROMPT = 1.0             # seconds a normal request may take while the server is under attack
FD_SLACK = 8             # open descriptors above the starting count still counted as "back down"
OVER_LIMIT = 1100        # idle connections opened against the default limit of 1024
STREAMS_PER_TOKEN = 8    # the server's default streamsPerToken
STREAM_LIMIT = 512       # the server's default streamLimit
HAMMERERS = 8            # clients hammering the most expensive report
HAMMER_SECONDS = 5
HEALTHZ_P99 = 0.050      # /healthz p99 while the report is hammered
REPORT = b"/v1/reports/prices/series?commodity=lpg-3kg&region=63"   # 20,000 outlets × 14 days (report_load.sql)
RESULTS = []


def report(name, ok, detail):
    RESULTS.append((name, ok))
    print("%s %-26s %s" % ("ok  " if ok else "FAIL", name, detail), flush=True)


def open_fds(pid):
    return len(os.listdir("/proc/%d/fd" % pid))


def alive(pid):
    try:
        with open("/proc/%d/status" % pid) as status:
            return not any(line.startswith("State:") and "Z" in line.split()[1] for line in status)
    except OSError:
        return False


def connect(address, timeout=5.0):
    sock = socket.create_connection(address, timeout=timeout)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def exchange(address, data, timeout=5.0):
    """Sends DATA (ignoring a reset while sending) and returns (status code or None, seconds taken)."""
    started = time.monotonic()
    answer = b""
    with connect(address, timeout) as sock:
        try:
            sock.sendall(data)
        except OSError:
            pass  # the server may answer and close before reading everything; its answer is still readable
        try:
            while b"\r\n" not in answer:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
        except OSError:
            pass
    parts = answer.split(b" ", 2)
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    return status, time.monotonic() - started


def healthz(address):
    return exchange(address, b"GET /healthz HTTP/1.1\r\nHost: lumbung\r\nConnection: close\r\n\r\n", PROMPT * 3)


class NormalClient(threading.Thread):
    """Asks /healthz every 100 ms on fresh connections and records the slowest answer and any failure."""

    def __init__(self, address):
        super().__init__(daemon=True)
        self.address, self.stop, self.slowest, self.count, self.failures = address, threading.Event(), 0.0, 0, []

    def run(self):
        while not self.stop.is_set():
            try:
                status, seconds = healthz(self.address)
            except OSError as error:
                status, seconds = str(error), PROMPT * 3
            self.count += 1
            self.slowest = max(self.slowest, seconds)
            if status != 200:
                self.failures.append(status)
            self.stop.wait(0.1)

    def verdict(self):
        self.stop.set()
        self.join(PROMPT * 4)
        ok = not self.failures and self.slowest < PROMPT
        return ok, "normal client: %d × /healthz, slowest %.0f ms%s" % (
            self.count, self.slowest * 1000, ", failures %s" % self.failures[:3] if self.failures else "")


def wait_closed(socks, deadline, trickling=(), byte=b"a"):
    """Waits until the server has closed every socket in SOCKS or DEADLINE passes, sending BYTE once a second to
    each open socket in TRICKLING meanwhile. Returns the seconds each socket took to close (None = still open)."""
    started = time.monotonic()
    closed = {sock: None for sock in socks}
    next_byte = started
    while time.monotonic() < deadline:
        open_socks = [sock for sock, at in closed.items() if at is None]
        if not open_socks:
            break
        if trickling and time.monotonic() >= next_byte:
            for sock in (sock for sock in open_socks if sock in trickling):
                try:
                    sock.send(byte)
                except OSError:
                    closed[sock] = time.monotonic() - started
            next_byte += 1.0
        poller = select.poll()  # not select(): the flood's descriptors go past 1024
        for sock in open_socks:
            poller.register(sock, select.POLLIN)
        by_fd = {sock.fileno(): sock for sock in open_socks}
        for fd, _ in poller.poll(100):
            try:
                data = by_fd[fd].recv(65536)
            except OSError:
                data = b""
            if not data:
                closed[by_fd[fd]] = time.monotonic() - started
    return list(closed.values())


def check_slowloris(address, timeout):
    """Connections that send one header byte a second are cut off; a normal client keeps getting answers."""
    normal = NormalClient(address)
    normal.start()
    socks = []
    for _ in range(SLOW):
        sock = connect(address)
        sock.setblocking(False)
        sock.send(b"GET /healthz HTTP/1.1\r\nHost: lumbung\r\nX-Slow: ")
        socks.append(sock)
    limit = timeout + 3
    times = wait_closed(socks, time.monotonic() + limit + 2, trickling=set(socks))
    for sock in socks:
        sock.close()
    cut = [t for t in times if t is not None]
    report("slowloris cut off", len(cut) == SLOW and max(cut) <= limit,
           "%d/%d trickling connections closed by the server, the last after %.1f s (limit %d s)" % (
               len(cut), SLOW, max(cut) if cut else float("nan"), limit))
    report("slowloris: others served", *normal.verdict())


def check_idle_flood(address, pid, timeout, base_fds):
    """Many idle connections neither stop /healthz nor leak descriptors after the idle timeout."""
    socks = []
    for _ in range(FLOOD):
        socks.append(connect(address))
    time.sleep(0.3)
    peak = open_fds(pid)
    answers = [healthz(address) for _ in range(10)]
    slowest = max(seconds for _, seconds in answers)
    ok = all(status == 200 for status, _ in answers) and slowest < PROMPT
    report("idle flood: others served", ok, "%d idle connections open (server fds %d → %d); 10 × /healthz all 200: %s,"
           " slowest %.0f ms" % (FLOOD, base_fds, peak, all(s == 200 for s, _ in answers), slowest * 1000))
    times = wait_closed(socks, time.monotonic() + timeout + 4)
    for sock in socks:
        sock.close()
    cut = [t for t in times if t is not None]
    settle = time.monotonic() + 2
    while open_fds(pid) > base_fds + FD_SLACK and time.monotonic() < settle:
        time.sleep(0.1)
    after = open_fds(pid)
    report("idle flood: timed out", len(cut) == FLOOD and after <= base_fds + FD_SLACK,
           "%d/%d closed by the server after %.1f–%.1f s; server fds back to %d (start %d)" % (
               len(cut), FLOOD, min(cut) if cut else float("nan"), max(cut) if cut else float("nan"), after, base_fds))


def check_oversized(address):
    """A header over the per-connection memory limit, a 100 KB URL, 950 query parameters and a query too large for the
    connection's memory are refused with a 4xx, the queries at once."""
    header = b"GET /healthz HTTP/1.1\r\nHost: lumbung\r\nX-Big: " + b"a" * (70 * 1024) + b"\r\n\r\n"
    status, _ = exchange(address, header)
    report("70 KiB header", status in (400, 413, 431), "answered %s" % status)
    url = b"GET /healthz?q=" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: lumbung\r\n\r\n"
    status, _ = exchange(address, url)
    report("100 KB URL", status in (400, 413, 414), "answered %s" % status)
    params = b"&".join(b"a%d=1" % number for number in range(950))
    status, seconds = exchange(address, b"GET /v1/regions?" + params + b" HTTP/1.1\r\nHost: lumbung\r\n\r\n")
    report("950 query parameters", status == 414 and seconds < PROMPT, "answered %s in %.0f ms" % (status, seconds * 1000))
    params = b"&".join(b"a%d=%s" % (number, b"v" * 100) for number in range(100))
    status, seconds = exchange(address, b"GET /v1/regions?" + params + b" HTTP/1.1\r\nHost: lumbung\r\n\r\n")
    report("100 parameters of 100 bytes (more than a connection's memory)", status == 414 and seconds < PROMPT,
           "answered %s in %.0f ms" % (status, seconds * 1000))
    status, seconds = healthz(address)
    report("served after oversize", status == 200, "/healthz %s in %.0f ms" % (status, seconds * 1000))


def post_head(extra):
    return (b"POST /v1/cooperatives HTTP/1.1\r\nHost: lumbung\r\nContent-Type: application/json\r\n" + extra +
            b"\r\n\r\n")


def check_endless_bodies(address, timeout):
    """Bodies that never end are refused (413) or closed after the idle timeout, without holding the server."""
    normal = NormalClient(address)
    normal.start()
    status, seconds = exchange(address, post_head(b"Content-Length: 10000000") + b"{" * 1024)
    report("10 MB declared, stalls", status == 413, "answered %s after %.0f ms" % (status, seconds * 1000))
    stalls = {
        "short body, stalls": post_head(b"Content-Length: 1000") + b"{" * 10,
        "chunked, never ends": post_head(b"Transfer-Encoding: chunked") + b"5\r\n{\"a\":\r\n",
        "chunked over limit, stalls": post_head(b"Transfer-Encoding: chunked") +
        (b"10000\r\n" + b" " * 0x10000 + b"\r\n") * 20,
    }
    socks = {}
    for name, data in stalls.items():
        sock = connect(address)
        try:
            sock.sendall(data)
        except OSError:
            pass
        sock.setblocking(False)
        socks[name] = sock
    trickle = connect(address)
    trickle.sendall(post_head(b"Content-Length: 1000"))
    trickle.setblocking(False)
    limit = timeout + 3
    *times, trickled = wait_closed(list(socks.values()) + [trickle], time.monotonic() + limit + 1,
                                   trickling={trickle}, byte=b" ")
    for (name, sock), closed in zip(socks.items(), times):
        sock.close()
        report(name, closed is not None and closed <= limit,
               "closed by the server after %s" % ("%.1f s" % closed if closed is not None else "more than %d s" % limit))
    trickle.close()
    report("body trickle (1 byte/s)", trickled is not None and trickled <= limit, "closed by the server after %s" % (
        "%.1f s" % trickled if trickled is not None else "more than %d s" % limit))
    report("bodies: others served", *normal.verdict())


def check_endless_chunked(address, limit=1 << 20):
    """A chunked body that never ends is answered 413 and closed once it passes the body limit."""
    sock = connect(address)
    sock.sendall(post_head(b"Transfer-Encoding: chunked"))
    chunk = b"10000\r\n" + b" " * 0x10000 + b"\r\n"
    sent, answer, started = 0, b"", time.monotonic()
    sock.setblocking(False)
    closed = False
    while time.monotonic() - started < 10 and not closed:
        readable, writable, _ = select.select([sock], [sock], [], 0.1)
        if readable:
            try:
                data = sock.recv(65536)
            except OSError:
                data = b""
            answer += data
            closed = not data
        elif writable:
            try:
                sent += sock.send(chunk)
            except OSError:
                closed = True
    sock.close()
    parts = answer.split(b" ", 2)
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    report("endless chunked body", status == 413 and closed and sent < 64 * limit,
           "answered %s, closed: %s, after %.1f MB sent in %.1f s (limit %.1f MB)" % (
               status, closed, sent / 1e6, time.monotonic() - started, limit / 1e6))


def request(address, method, target, token=None, body=None, timeout=5.0):
    """One request on a fresh connection: (status, parsed JSON body or None)."""
    head = "%s %s HTTP/1.1\r\nHost: lumbung\r\nConnection: close\r\n" % (method, target)
    if token:
        head += "Authorization: Bearer %s\r\n" % token
    data = b""
    if body is not None:
        data = json.dumps(body).encode()
        head += "Content-Type: application/json\r\nContent-Length: %d\r\n" % len(data)
    answer = b""
    with connect(address, timeout) as sock:
        sock.sendall(head.encode() + b"\r\n" + data)
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    head_bytes, _, payload = answer.partition(b"\r\n\r\n")
    status = int(head_bytes.split(b" ", 2)[1])
    try:
        return status, json.loads(payload)
    except ValueError:
        return status, None


def open_stream(address, token):
    """Opens an alert stream; returns (status, socket). The socket stays open while the stream lasts."""
    sock = connect(address)
    sock.sendall(b"GET /v1/alerts/stream HTTP/1.1\r\nHost: lumbung\r\nAuthorization: Bearer " + token.encode() +
                 b"\r\n\r\n")
    answer = b""
    while b"\r\n" not in answer:
        chunk = sock.recv(4096)
        if not chunk:
            break
        answer += chunk
    parts = answer.split(b" ", 2)
    return (int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None), sock


def check_streams(address, pid, admin, base_fds):
    """Streams are capped per token and in all, ordinary requests keep a slot, and left streams free theirs at once."""
    statuses = []
    socks = []
    for _ in range(STREAMS_PER_TOKEN + 1):
        status, sock = open_stream(address, admin)
        statuses.append(status)
        socks.append(sock)
    report("streams per token", statuses[:-1] == [200] * STREAMS_PER_TOKEN and statuses[-1] == 429,
           "one token: %d streams answered 200, the next %s" % (statuses.count(200), statuses[-1]))
    tokens = []
    for number in range(STREAM_LIMIT // STREAMS_PER_TOKEN + 8):
        status, body = request(address, "POST", "/v1/tokens", admin,
                               {"name": "hostile %d" % number, "role": "officer", "region": "63"})
        tokens.append(body["token"])
    opened = refused = 0
    for token in tokens:
        for _ in range(STREAMS_PER_TOKEN):
            status, sock = open_stream(address, token)
            socks.append(sock)
            opened += status == 200
            refused += status == 429
    held = opened + STREAMS_PER_TOKEN
    answers = [healthz(address) for _ in range(20)]
    slowest = max(seconds for _, seconds in answers)
    report("stream limit", held <= STREAM_LIMIT and refused > 0 and all(s == 200 for s, _ in answers) and slowest < PROMPT,
           "%d streams asked by %d tokens: %d slots held (limit %d), %d refused 429; 20 × /healthz all 200: %s, slowest %.0f ms"
           % (len(socks) - 1, len(tokens) + 1, held, STREAM_LIMIT, refused, all(s == 200 for s, _ in answers),
              slowest * 1000))
    peak = open_fds(pid)
    started = time.monotonic()
    for sock in socks:
        sock.close()
    while open_fds(pid) > base_fds + FD_SLACK and time.monotonic() - started < 5:
        time.sleep(0.05)
    freed = time.monotonic() - started
    report("left streams freed", open_fds(pid) <= base_fds + FD_SLACK and freed < 2,
           "clients hung up on %d streams: server fds %d → %d in %.2f s (keep-alive interval 15 s)" % (
               held, peak, open_fds(pid), freed))


def check_over_the_limit(address, pid):
    """More idle connections than the connection limit do not keep /healthz out: idle ones are shed first."""
    socks = []
    for _ in range(OVER_LIMIT):
        try:
            socks.append(connect(address, 2.0))
        except OSError:
            break
    time.sleep(0.3)
    held = open_fds(pid)
    answers = []
    for _ in range(20):
        try:
            answers.append(healthz(address))
        except OSError:
            answers.append((None, PROMPT * 3))
    slowest = max(seconds for _, seconds in answers)
    served = sum(1 for status, _ in answers if status == 200)
    for sock in socks:
        sock.close()
    report("idle flood over the limit", served == len(answers) and slowest < PROMPT,
           "%d idle connections opened (limit 1024), server fds %d; 20 × /healthz: %d answered 200, slowest %.0f ms"
           % (len(socks), held, served, slowest * 1000))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def check_report_hammering(address):
    """Eight clients hammering the most expensive public report neither hold every worker nor slow /healthz."""
    stop = threading.Event()
    counts = {}
    lock = threading.Lock()

    def hammer():
        while not stop.is_set():
            try:
                status, _ = exchange(address, b"GET " + REPORT + b" HTTP/1.1\r\nHost: lumbung\r\nConnection: close\r\n\r\n")
            except OSError:
                status = None
            with lock:
                counts[status] = counts.get(status, 0) + 1

    hammerers = [threading.Thread(target=hammer, daemon=True) for _ in range(HAMMERERS)]
    for thread in hammerers:
        thread.start()
    time.sleep(0.5)
    latencies, failures = [], 0
    ends = time.monotonic() + HAMMER_SECONDS
    while time.monotonic() < ends:
        status, seconds = healthz(address)
        latencies.append(seconds)
        failures += status != 200
        time.sleep(0.02)
    stop.set()
    for thread in hammerers:
        thread.join(PROMPT * 4)
    p50, p99 = percentile(latencies, 0.5), percentile(latencies, 0.99)
    answered = counts.get(200, 0)
    over_budget = counts.get(503, 0)
    report("report hammering", failures == 0 and p99 < HEALTHZ_P99 and answered + over_budget > 0,
           "%d clients × %.0f s on the series report: %d answered 200, %d refused 429, %d cut at the query budget 503, "
           "other %d; /healthz × %d: p50 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 < %.0f ms)" % (
               HAMMERERS, HAMMER_SECONDS, answered, counts.get(429, 0), over_budget,
               sum(n for status, n in counts.items() if status not in (200, 429, 503)), len(latencies), p50 * 1000,
               p99 * 1000, max(latencies) * 1000, HEALTHZ_P99 * 1000))


def main(base, pid, timeout, admin):
    url = urlparse(base)
    address, pid, timeout = (url.hostname, url.port), int(pid), int(timeout)
    for _ in range(4):
        healthz(address)  # opens the read connections, so the starting descriptor count is the steady one
    base_fds = open_fds(pid)
    started = time.monotonic()
    check_slowloris(address, timeout)
    check_idle_flood(address, pid, timeout, base_fds)
    check_oversized(address)
    check_endless_bodies(address, timeout)
    check_endless_chunked(address)
    check_streams(address, pid, admin, base_fds)
    check_over_the_limit(address, pid)
    check_report_hammering(address)
    settle = time.monotonic() + 3
    while open_fds(pid) > base_fds + FD_SLACK and time.monotonic() < settle:
        time.sleep(0.1)
    status, _ = healthz(address)
    report("still alive at the end", alive(pid) and status == 200, "process %d alive: %s, /healthz %s" % (
        pid, alive(pid), status))
    report("descriptors back down", open_fds(pid) <= base_fds + FD_SLACK, "server fds %d (start %d)" % (
        open_fds(pid), base_fds))
    failed = [name for name, ok in RESULTS if not ok]
    print("%d checks in %.0f s, %d failed%s" % (len(RESULTS), time.monotonic() - started, len(failed),
                                                ": " + ", ".join(failed) if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
