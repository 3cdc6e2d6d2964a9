import Synchronization

/// When one connection must have delivered the request it is sending; `SlowClientGuard` shuts its socket down after.
final class ConnectionDeadline: Sendable {
    /// The connection's socket.
    let socket: Int32
    /// The time a request's line and headers get, and the grace before its body must keep arriving.
    private let budgetMilliseconds: UInt64
    /// The deadline in milliseconds on the monotonic clock; 0 while the server answers (no deadline).
    private let due: Atomic<UInt64>

    /// A deadline for a new connection on `socket`: its first request must arrive within the budget.
    init(socket: Int32, budgetMilliseconds: UInt64) {
        self.socket = socket
        self.budgetMilliseconds = budgetMilliseconds
        self.due = Atomic(monotonicNanoseconds() / 1_000_000 + budgetMilliseconds)
    }

    /// Starts a fresh budget: after the headers (for the body) and after a response (for the next request).
    func restart() {
        due.store(monotonicNanoseconds() / 1_000_000 + budgetMilliseconds, ordering: .relaxed)
    }

    /// Pushes the deadline back by one millisecond per body byte received: bodies must arrive at 1,000 bytes/s.
    func received(bytes: Int) {
        due.add(UInt64(bytes), ordering: .relaxed)
    }

    /// Removes the deadline while the request is answered (and its response, perhaps a long stream, sent).
    func lift() {
        due.store(0, ordering: .relaxed)
    }

    /// Whether the deadline has passed at `now` (milliseconds); a passed deadline is lifted, so it fires once.
    func expire(at now: UInt64) -> Bool {
        let current = due.load(ordering: .relaxed)
        guard current != 0, now >= current else { return false }
        return due.compareExchange(expected: current, desired: 0, ordering: .relaxed).exchanged
    }
}
