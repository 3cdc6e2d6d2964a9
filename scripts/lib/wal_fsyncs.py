"""The WAL's fsyncs in a `perf script` trace, by the requests each sent to the disk (see scripts/lone-write-io.sh).

Reads `perf script -F time,event,trace` of the tracepoints ext4:ext4_sync_file_enter, ext4:ext4_sync_file_exit and
block:block_rq_issue; prints a Markdown table of the fsyncs of inode INODE (the WAL's) by the requests issued while
each ran: its data write, the inode's own block (`M` in the request's flags: ext4 writes it when the file's
modification time moved since the last sync) and the cache flush. The writer is the only process syncing, so a
request issued between an fsync's entry and exit is that fsync's (the flush comes from a kernel worker).

Usage: wal_fsyncs.py TRACE INODE WRITES_PER_SECOND
"""
import re
import statistics
import sys

from hostile_clients import percentile

ENTER = re.compile(r"([0-9.]+):\s+ext4:ext4_sync_file_enter: dev \S+ ino (\d+)")
EXIT = re.compile(r"([0-9.]+):\s+ext4:ext4_sync_file_exit: dev \S+ ino (\d+)")
ISSUE = re.compile(r"block:block_rq_issue: \S+ (\S+) ")


def fsyncs(lines, inode):
    """(seconds, request flags) of every completed fsync of `inode`."""
    done, current = [], None
    for line in lines:
        if match := ENTER.search(line):
            current = (float(match[1]), []) if match[2] == inode else None
        elif (match := EXIT.search(line)) and current and match[2] == inode:
            done.append((float(match[1]) - current[0], current[1]))
            current = None
        elif (match := ISSUE.search(line)) and current:
            current[1].append(match[1])
    return done


def kind(flags):
    """What an fsync sent the disk, in words."""
    data = any("W" in f and "M" not in f for f in flags)
    inode = any("M" in f for f in flags)
    flush = any(f.startswith("F") for f in flags)
    parts = (["its data"] if data else []) + (["the inode's block"] if inode else []) + (["a cache flush"] if flush else [])
    return " + ".join(parts) or "nothing"


def row(name, times, total):
    """A table row: `times` (seconds) of `total` fsyncs, with their share, p50 and p99 in ms."""
    return "| %s | %d | %.0f%% | %.2f | %.2f |" % (name, len(times), 100 * len(times) / total,
                                                   percentile(times, 0.5) * 1000, percentile(times, 0.99) * 1000)


def main():
    trace, inode, rate = sys.argv[1], sys.argv[2], float(sys.argv[3])
    with open(trace) as lines:
        found = fsyncs(lines, inode)
    if not found:
        print("No fsync of the WAL was traced.")
        return
    print("| the fsync sent the disk | fsyncs | share | p50 ms | p99 ms |")
    print("|---|---|---|---|---|")
    by_kind = {}
    for seconds, flags in found:
        by_kind.setdefault(kind(flags), []).append(seconds)
    for name, times in sorted(by_kind.items(), key=lambda item: -len(item[1])):
        print(row(name, times, len(found)))
    everything = [seconds for seconds, _ in found]
    print(row("every fsync of the WAL", everything, len(found)))
    print()
    print("The inode's block goes with an fsync when the WAL's modification time moved since the last one (ext4 takes")
    print("it from a clock that ticks every few milliseconds), so the further apart the commits, the more often.")
    cycle = 1 / rate
    mean = statistics.mean(everything)
    print()
    print("A write every %.2f ms on average, of which the WAL's fsync %.2f ms (its mean) and everything else %.2f ms."
          % (cycle * 1000, mean * 1000, (cycle - mean) * 1000))


if __name__ == "__main__":
    main()
