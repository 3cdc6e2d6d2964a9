import Foundation

/// A session-level advisory lock held on a session of its own while a background job runs, so one
/// process at a time among those sharing the database runs the job. The session stays open between
/// runs and is reopened when it was lost (the server then released the lock by itself).
final class JobLock: @unchecked Sendable {
    // @unchecked because `connection` is only touched while holding `lock`.
    /// Serialises the runs of this process.
    private let lock = NSLock()
    /// The session holding the advisory lock; nil until first used or after it was lost.
    private var connection: PostgresConnection?
    /// Where to connect.
    private let uri: String
    /// The advisory lock's key.
    private let key: Int64

    /// A lock on advisory key `key` of the database at `uri`.
    init(uri: String, key: Int64) {
        self.uri = uri
        self.key = key
    }

    /// Runs `body` when no other session holds the key (nil, without running it, when one does).
    func run<T>(_ body: () throws -> T) throws -> T? {
        lock.lock()
        defer { lock.unlock() }
        if connection?.isHealthy != true {
            connection?.close()
            connection = try PostgresConnection(uri: uri)
        }
        guard let connection, try connection.queryOne("SELECT pg_try_advisory_lock($1)", [key], row: { $0.bool(0) }) == true else {
            return nil
        }
        defer { _ = try? connection.queryOne("SELECT pg_advisory_unlock($1)", [key]) { $0.bool(0) } }
        return try body()
    }

    /// Closes the session (releasing the key if held).
    func close() {
        lock.lock()
        defer { lock.unlock() }
        connection?.close()
        connection = nil
    }
}
