import Foundation

/// A bounded pool of sessions to one server, opened lazily, each lent to one thread at a time.
///
/// A session that lost its server is closed instead of returned, so the next borrower opens a
/// fresh one: the pool recovers by itself once the server is back.
final class ConnectionPool: @unchecked Sendable {
    // @unchecked because `idle`, `openCount` and `closed` are only touched while holding
    // `condition`, and a connection is used only by the one thread that checked it out.
    /// Guards the fields below and signals when a session is returned.
    private let condition = NSCondition()
    /// Sessions not lent out.
    private var idle: [PostgresConnection] = []
    /// Sessions open or being opened (idle + lent out).
    private var openCount = 0
    /// Set by `close()`: no new checkouts.
    private var closed = false
    /// Where to connect.
    let uri: String
    /// The most sessions open at once.
    let capacity: Int
    /// Statements run on every new session before it is lent (session settings), if any.
    let setup: String?

    /// Creates an empty pool; sessions open on first use, each running `setup` first.
    init(uri: String, capacity: Int, setup: String? = nil) {
        self.uri = uri
        self.capacity = max(1, capacity)
        self.setup = setup
    }

    /// Runs `body` with a session, returning it to the pool afterwards (or dropping it when broken).
    func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        let connection = try checkOut()
        defer { checkIn(connection) }
        return try body(connection)
    }

    /// Takes an idle session, opens a new one if below capacity, or waits for one.
    private func checkOut() throws -> PostgresConnection {
        condition.lock()
        while !closed && idle.isEmpty && openCount >= capacity { condition.wait() }
        if closed {
            condition.unlock()
            throw PostgresError.misuse("database is closed")
        }
        if let connection = idle.popLast() {
            condition.unlock()
            return connection
        }
        openCount += 1  // Reserve the slot, then connect outside the lock.
        condition.unlock()
        do {
            let connection = try PostgresConnection(uri: uri)
            if let setup { try connection.execute(setup) }
            return connection
        } catch {
            release(slots: 1)
            throw error
        }
    }

    /// Returns a healthy session to the pool; closes a broken one (or any, once closing).
    private func checkIn(_ connection: PostgresConnection) {
        condition.lock()
        if closed || !connection.isHealthy {
            condition.unlock()
            connection.close()
            release(slots: 1)
            return
        }
        idle.append(connection)
        condition.broadcast()
        condition.unlock()
    }

    /// Frees reserved slots and wakes waiters.
    private func release(slots: Int) {
        condition.lock()
        openCount -= slots
        condition.broadcast()
        condition.unlock()
    }

    /// Refuses new checkouts, closes idle sessions, and waits until lent ones come back.
    func close() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        for connection in idle { connection.close() }
        openCount -= idle.count
        idle.removeAll()
        condition.broadcast()
        while openCount > 0 { condition.wait() }
    }
}
