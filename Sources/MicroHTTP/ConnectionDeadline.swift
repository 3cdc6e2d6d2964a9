import Synchronization

/// When one connection must have delivered the request it is sending; `SlowClientGuard` shuts its socket down after.
final class ConnectionDeadline: Sendable {
    /// The connection's socket.
    let socket: Int32
    /// The client's IP address as text, read once when the connection opened ("" when unknown).
    let clientAddress: String
    /// The time a request's line and headers get, and the grace before its body must keep arriving.
    private let budgetMilliseconds: UInt64
    /// The deadline in milliseconds on the monotonic clock; 0 while the server answers (no deadline).
    private let due: Atomic<UInt64>
    /// Since when (milliseconds, monotonic) the connection has waited for a request; 0 while a request is served.
    private let idleSince: Atomic<UInt64>

    /// A deadline for a new connection on `socket` from `clientAddress`: its first request must arrive within the budget.
    init(socket: Int32, clientAddress: String, budgetMilliseconds: UInt64) {
        self.socket = socket
        self.clientAddress = clientAddress
        self.budgetMilliseconds = budgetMilliseconds
        let now = monotonicNanoseconds() / 1_000_000
        self.due = Atomic(now + budgetMilliseconds)
        self.idleSince = Atomic(now)
    }

    /// Marks the connection busy: a request arrived.
    func requestBegan() {
        idleSince.store(0, ordering: .relaxed)
    }

    /// Marks the connection idle: its response was sent and it waits for the next request, which gets a fresh
    /// budget from now (one clock read for both).
    func requestEnded() {
        let now = monotonicNanoseconds() / 1_000_000
        due.store(now + budgetMilliseconds, ordering: .relaxed)
        idleSince.store(now, ordering: .relaxed)
    }

    /// Marks a connection being shut down: neither idle nor due any more, so it is not shut down twice.
    func closing() {
        idleSince.store(0, ordering: .relaxed)
        due.store(0, ordering: .relaxed)
    }

    /// Since when the connection has waited for a request (milliseconds, monotonic), nil while one is served.
    var idleSinceMilliseconds: UInt64? {
        let since = idleSince.load(ordering: .relaxed)
        return since == 0 ? nil : since
    }

    /// Starts a fresh budget from `now` (nanoseconds, monotonic): after the headers, for the body.
    func restart(at now: UInt64) {
        due.store(now / 1_000_000 + budgetMilliseconds, ordering: .relaxed)
    }

    /// The raw query string of the request being read, from libmicrohttpd's URI callback until `beginRequest`
    /// takes it. Only the pool thread serving the connection touches it, one request after the other.
    nonisolated(unsafe) var rawQuery: String?

    /// The response the connection sent last, to be sent again if the next answer is the same (see `KeptResponse`).
    /// Only the pool thread serving the connection touches it.
    nonisolated(unsafe) var keptResponse: KeptResponse?

    /// Set once the connection is to be closed whatever arrives (see `cutOff`).
    private let final = Atomic(false)

    /// Pushes the deadline back by one millisecond per body byte received: bodies must arrive at 1,000 bytes/s.
    func received(bytes: Int) {
        guard !final.load(ordering: .relaxed) else { return }
        due.add(UInt64(bytes), ordering: .relaxed)
    }

    /// Closes the connection `milliseconds` from now whatever the client sends meanwhile (its answer was sent).
    func cutOff(afterMilliseconds milliseconds: UInt64) {
        final.store(true, ordering: .relaxed)
        due.store(monotonicNanoseconds() / 1_000_000 + milliseconds, ordering: .relaxed)
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
