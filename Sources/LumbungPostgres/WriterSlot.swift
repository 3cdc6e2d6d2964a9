import Foundation

/// The process's one writer session, used by one thread at a time and reopened when it was lost.
///
/// The lock is recursive: a write nested inside another on the same thread (an idempotent request
/// recording movements) reuses the session and becomes a savepoint instead of deadlocking.
final class WriterSlot: @unchecked Sendable {
    // @unchecked because `connection`, `depth` and `closed` are only touched while holding `lock`,
    // so exactly one thread at a time uses the (non-Sendable) session.
    /// Serialises all use of the session.
    private let lock = NSRecursiveLock()
    /// The session; nil until first used, after it was lost, or once closed.
    private var connection: PostgresConnection?
    /// How many `withConnection` calls are running on the holding thread.
    private var depth = 0
    /// Set by `close()`.
    private var closed = false
    /// Where to connect.
    private let uri: String

    /// A slot connecting to `uri` on first use.
    init(uri: String) {
        self.uri = uri
    }

    /// Runs `body` with the session while holding the lock; `nested` tells whether an outer call
    /// on this thread is already running (its transaction is open).
    func withConnection<T>(_ body: (PostgresConnection, _ nested: Bool) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        guard !closed else { throw PostgresError.misuse("database is closed") }
        if depth == 0, connection?.isHealthy != true {
            connection?.close()
            connection = try PostgresConnection(uri: uri)
        }
        guard let connection else { throw PostgresError.misuse("database is closed") }
        depth += 1
        defer { depth -= 1 }
        return try body(connection, depth > 1)
    }

    /// Waits for the current user (if any) to finish, then closes the session.
    func close() {
        lock.lock()
        defer { lock.unlock() }
        closed = true
        connection?.close()
        connection = nil
    }
}
