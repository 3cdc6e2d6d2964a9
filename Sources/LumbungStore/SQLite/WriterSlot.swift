import Foundation

/// The database's single writer connection, used by one thread at a time.
///
/// The lock is recursive: a `Database.write` (or `migrate`) nested inside another on the same
/// thread reuses the connection and becomes a savepoint instead of deadlocking.
final class WriterSlot: @unchecked Sendable {
    // @unchecked because `connection` is only read or written while holding `lock`, so exactly
    // one thread at a time touches the (non-Sendable) Connection.
    /// Serialises all use of `connection`.
    private let lock = NSRecursiveLock()
    /// The writer; nil once closed.
    private var connection: Connection?

    /// Takes ownership of the writer connection.
    init(_ connection: Connection) {
        self.connection = connection
    }

    /// Runs `body` with the writer while holding the lock; throws once closed.
    func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        guard let connection else { throw SQLiteError.misuse("database is closed") }
        return try body(connection)
    }

    /// Waits for the current user (if any) to finish, then closes the writer.
    func close() {
        lock.lock()
        defer { lock.unlock() }
        connection?.close()
        connection = nil
    }
}
