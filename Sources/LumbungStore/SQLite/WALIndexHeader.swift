import Glibc
import Synchronization

/// The header of a WAL database's wal-index (its `-shm` file), mapped read-only: every commit of any connection
/// rewrites it (the `iChange` counter and the last valid frame; https://www.sqlite.org/walformat.html), so
/// comparing it with what was seen before tells whether anything was committed since, without a system call, a
/// lock or a statement. Valid while a connection of this process keeps the database open (SQLite truncates the
/// file only when the first connection of all opens it).
final class WALIndexHeader: Sendable {
    /// The wal-index format this reading understands (`iVersion`).
    private static let version: UInt32 = 3_007_000
    /// Bytes mapped: the two copies of the header and the checkpoint information.
    private static let length = 136
    /// The start of the mapping, as an address (a raw pointer is not Sendable; it is only read).
    private let address: UInt
    /// The fingerprint at the last look; none at first (no header has all bits set), so the first look reports a
    /// change: what was committed before the mapping is unknown.
    private let seen = Atomic<UInt64>(.max)

    /// Maps the wal-index of the database at `path`; nil when it does not exist yet or has another format.
    init?(databasePath path: String) {
        let descriptor = open(path + "-shm", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size >= Self.length,
              let mapped = mmap(nil, Self.length, PROT_READ, MAP_SHARED, descriptor, 0), mapped != MAP_FAILED else { return nil }
        guard mapped.load(fromByteOffset: 0, as: UInt32.self) == Self.version else {
            munmap(mapped, Self.length)
            return nil
        }
        address = UInt(bitPattern: mapped)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(bitPattern: address), Self.length)
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
