import Foundation

/// A bounded pool of read-only connections, opened lazily, each lent to one thread at a time.
///
/// When all `capacity` connections are lent out, `withReader` blocks until one comes back
/// (rather than opening more): memory and file handles stay bounded, and with a capacity of
/// server threads + 2 a request thread normally never waits. Do not nest `Database.read`
/// calls on one thread: use the connection already in hand (nesting can deadlock when full).
final class ReaderPool: @unchecked Sendable {
    // @unchecked because `idle`, `openCount` and `closed` are only touched while holding
    // `condition`, and a Connection is used only by the one thread that checked it out.
    /// Guards the fields below and signals when a connection is returned.
    private let condition = NSCondition()
    /// Connections not lent out.
    private var idle: [Connection] = []
    /// Connections open or being opened (idle + lent out).
    private var openCount = 0
    /// Set by `close()`: no new checkouts.
    private var closed = false
    /// The database file.
    let path: String
    /// The most connections open at once.
    let capacity: Int
    /// The cache sizes of each connection.
    let tuning: ReaderTuning

    /// Creates an empty pool for `path`; connections open on first use.
    init(path: String, capacity: Int, tuning: ReaderTuning = ReaderTuning()) {
        self.path = path
        self.capacity = max(1, capacity)
        self.tuning = tuning
    }

    /// Runs `body` with a reader connection, returning it to the pool afterwards.
    func withReader<T>(_ body: (Connection) throws -> T) throws -> T {
        let connection = try checkOut()
        defer { checkIn(connection) }
        return try body(connection)
    }

    /// Takes an idle connection, opens a new one if below capacity, or waits for one.
    private func checkOut() throws -> Connection {
        condition.lock()
        while !closed && idle.isEmpty && openCount >= capacity { condition.wait() }
        if closed {
            condition.unlock()
            throw SQLiteError.misuse("database is closed")
        }
        if let connection = idle.popLast() {
            condition.unlock()
            return connection
        }
        openCount += 1  // Reserve the slot, then open outside the lock.
        condition.unlock()
        do {
            return try Connection(path: path, readOnly: true, readerTuning: tuning)
        } catch {
            condition.lock()
            openCount -= 1
            condition.broadcast()
            condition.unlock()
            throw error
        }
    }

    /// Returns a connection to the pool (or closes it if the pool is closing) and wakes waiters.
    private func checkIn(_ connection: Connection) {
        condition.lock()
        defer { condition.unlock() }
        if closed {
            connection.close()
            openCount -= 1
        } else {
            idle.append(connection)
        }
        condition.broadcast()
    }

    /// Refuses new checkouts, closes idle connections, and waits until lent ones come back.
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
