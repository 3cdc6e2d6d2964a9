import Synchronization

/// Notices commits made by other processes (for example `lumbung sms receive` while the server
/// runs). Server threads ask before every cached answer, so the watch reads the wal-index header
/// (`WALIndexHeader`), which every commit rewrites: no system call, lock or statement per look.
///
/// When the header cannot be mapped (another format, or a file that cannot be read) it falls back to SQLite's
/// `PRAGMA data_version`, which changes on a
/// connection whenever any other connection has committed: the watch keeps a few watching connections and
/// lends each to one thread at a time: a look holds the lock only to take and return a watcher, never
/// during the query. Each watcher reports every change once, at its first look after it; whichever
/// watcher looks first after another process committed says so, which is all a cache needs (an extra
/// "changed" from a second watcher only empties a cache once more).
final class ChangeWatch: Sendable {
    /// Watchers not lent out; nil once closed.
    private let idle = Mutex<[Watcher]?>([])
    /// The database file.
    private let path: String
    /// The wal-index header, mapped when the watch is made (SQLite makes the wal-index of a WAL database as soon as
    /// a connection reads it); nil when it could not be, and the watchers look instead.
    private let header: WALIndexHeader?
    /// Set by `close()`: the database may be opened afresh by another process, so the header is not read again.
    private let closed = Atomic(false)

    /// One watching connection and the version it saw last.
    private final class Watcher: @unchecked Sendable {
        // @unchecked because: a watcher is used by the one thread that took it from `idle`.
        let connection: Connection
        var lastVersion: Int64?

        init(path: String) throws {
            connection = try Connection(path: path, readOnly: true)
        }
    }

    /// A watch over the database at `path`, which a connection of this process holds open in WAL mode.
    init(path: String) {
        self.path = path
        header = WALIndexHeader(databasePath: path)
    }

    /// Calls `changed` when any other connection committed since this watcher's previous look, before the
    /// watcher can be lent again (so no thread sees "unchanged" before the change is counted). When the
    /// version cannot be read, `changed` is called too, so a cache is emptied rather than trusted.
    func look(changed: () -> Void) {
        guard !closed.load(ordering: .acquiring) else { return }
        if let header { return header.look(changed: changed) }
        guard let taken = idle.withLock({ idle -> Watcher?? in
            guard idle != nil else { return nil }
            return .some(idle!.popLast())
        }) else { return }
        guard let watcher = taken ?? (try? Watcher(path: path)) else { return changed() }
        let version = try? watcher.connection.queryOne("PRAGMA data_version") { $0.int64(0) }
        if version == nil || version != watcher.lastVersion { changed() }
        watcher.lastVersion = version
        let kept = version != nil && idle.withLock { idle -> Bool in
            guard idle != nil else { return false }
            idle!.append(watcher)
            return true
        }
        if !kept { watcher.connection.close() }
    }

    /// Closes the watching connections; later looks answer false.
    func close() {
        closed.store(true, ordering: .releasing)
        let watchers = idle.withLock { idle -> [Watcher] in
            defer { idle = nil }
            return idle ?? []
        }
        watchers.forEach { $0.connection.close() }
    }
}
