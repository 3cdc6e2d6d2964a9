import CSQLite
import Synchronization

/// The header of a WAL database's wal-index (its `-shm` file), as SQLite maps it for a read-only connection kept
/// open for the purpose: every commit of any connection rewrites it (the `iChange` counter and the last valid frame;
/// https://www.sqlite.org/walformat.html), so comparing it with what was seen before tells whether anything was
/// committed since, without a system call, a lock or a statement.
///
/// The file is never opened here: closing a descriptor of our own would drop every POSIX lock this process holds on
/// it, SQLite's "in use" lock included, and the next process to open the database would then truncate and rebuild
/// the wal-index under this one's connections (a bus error, or worse).
final class WALIndexHeader: Sendable {
    /// The wal-index format this reading understands (`iVersion`).
    private static let version: UInt32 = 3_007_000
    /// Keeps SQLite's mapping alive; closed only when the header goes, when nobody can be reading it.
    /// `nonisolated(unsafe)` because: it is used only by `init` and `deinit`, never shared between threads.
    nonisolated(unsafe) private let anchor: Connection
    /// The start of the mapping, as an address (a raw pointer is not Sendable; it is only read).
    private let address: UInt
    /// The fingerprint at the last look; none at first (no header has all bits set), so the first look reports a
    /// change: what was committed before the mapping is unknown.
    private let seen = Atomic<UInt64>(.max)

    /// Maps the wal-index of the WAL database at `path`; nil when it cannot be read or has another format.
    init?(databasePath path: String) {
        guard let anchor = try? Connection(path: path, readOnly: true) else { return nil }
        var region: UnsafeMutableRawPointer?
        guard (try? anchor.queryOne("SELECT count(*) FROM sqlite_schema") { $0.int64(0) }) != nil,  // opens the WAL
              (try? anchor.queryOne("PRAGMA journal_mode") { $0.string(0) }) == "wal",  // else mapping would make one
              let handle = anchor.handle, lumbung_sqlite_wal_index(handle, &region) == SQLITE_OK, let region,
              region.load(fromByteOffset: 0, as: UInt32.self) == Self.version else {
            anchor.close()
            return nil
        }
        self.anchor = anchor
        address = UInt(bitPattern: region)
    }

    deinit {
        anchor.close()
    }

    /// Calls `changed` when a commit rewrote the header since the previous look (and at the first look), before
    /// remembering the new header: every caller that sees a change before then reports it.
    func look(changed: () -> Void) {
        guard let base = UnsafeRawPointer(bitPattern: address) else { return changed() }
        let now = Self.fingerprint(base)
        guard now != seen.load(ordering: .acquiring) else { return }
        changed()
        seen.store(now, ordering: .releasing)
    }

    /// `iChange` (bumped by every commit) and `mxFrame` (the last valid frame, which a restarted WAL resets) of
    /// the first copy of the header. A read torn by a concurrent commit only reports a change.
    private static func fingerprint(_ base: UnsafeRawPointer) -> UInt64 {
        UInt64(base.load(fromByteOffset: 8, as: UInt32.self)) << 32 | UInt64(base.load(fromByteOffset: 16, as: UInt32.self))
    }
}
