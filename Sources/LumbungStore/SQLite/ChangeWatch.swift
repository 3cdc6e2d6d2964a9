import Foundation

/// Notices commits made by other processes (for example `lumbung sms receive` while the server
/// runs) through SQLite's `PRAGMA data_version` on a connection of its own, which changes whenever
/// any other connection has committed.
final class ChangeWatch: @unchecked Sendable {
    // @unchecked because `connection` and `lastVersion` are only touched while holding `lock`.
    /// Serialises the checks.
    private let lock = NSLock()
    /// The database file.
    private let path: String
    /// The watching connection, opened on first use; nil once closed.
    private var connection: Connection?
    /// The version seen by the previous check.
    private var lastVersion: Int64?
    /// Set by `close()`.
    private var closed = false

    /// A watch over the database at `path`.
    init(path: String) {
        self.path = path
    }

    /// Whether any connection other than the watch's committed since the previous call. When the
    /// version cannot be read the answer is true, so a cache is emptied rather than trusted.
    func changedSinceLastLook() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !closed else { return false }
        do {
            if connection == nil { connection = try Connection(path: path, readOnly: true) }
            let version = try connection?.queryOne("PRAGMA data_version") { $0.int64(0) }
            defer { lastVersion = version }
            return version != lastVersion
        } catch {
            connection = nil
            return true
        }
    }

    /// Closes the watching connection.
    func close() {
        lock.lock()
        defer { lock.unlock() }
        connection?.close()
        connection = nil
        closed = true
    }
}
