import CSQLite
import Foundation

/// Online backup (`sqlite3_backup_*`) of a connection's database into a new file.
extension Connection {
    /// Copies the database, as one consistent snapshot, into a new single-file database at
    /// `path` (journal mode DELETE, so the copy needs no `-wal`/`-shm` companions).
    ///
    /// All pages are copied in one `sqlite3_backup_step(-1)`, inside one read transaction, so in
    /// WAL mode writers on other connections keep going and the copy is the state as of the
    /// start of the step. The copy is written to `<path>.partial` and renamed when complete,
    /// so a crash never leaves a half-written file at `path`. Throws if `path` already exists.
    public func backup(to path: String) throws {
        let source = try liveHandle()
        let files = FileManager.default
        guard !files.fileExists(atPath: path) else {
            throw SQLiteError.misuse("backup target already exists: \(path)")
        }
        let partial = path + ".partial"
        try? files.removeItem(atPath: partial)  // Left over from an interrupted earlier backup.
        do {
            try Self.copy(from: source, toNewFileAt: partial)
            try files.moveItem(atPath: partial, toPath: path)
        } catch {
            try? files.removeItem(atPath: partial)
            try? files.removeItem(atPath: partial + "-journal")
            throw error
        }
    }

    /// Opens `path` as a plain connection, copies every page of `source` into it, and closes it.
    private static func copy(from source: OpaquePointer, toNewFileAt path: String) throws {
        var dest: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let opened = sqlite3_open_v2(path, &dest, flags, nil)
        defer { sqlite3_close_v2(dest) }
        guard opened == SQLITE_OK, let dest else { throw SQLiteError(code: opened, db: dest) }
        sqlite3_extended_result_codes(dest, 1)
        guard let backup = sqlite3_backup_init(dest, "main", source, "main") else {
            throw SQLiteError(code: sqlite3_errcode(dest), db: dest)
        }
        var attempts = 0
        var step = sqlite3_backup_step(backup, -1)
        // BUSY/LOCKED: a lock could not be taken; retry briefly (WAL readers rarely see this).
        while (step == SQLITE_BUSY || step == SQLITE_LOCKED) && attempts < 500 {
            attempts += 1
            sqlite3_sleep(10)
            step = sqlite3_backup_step(backup, -1)
        }
        // finish reports the first error of the whole backup (SQLITE_OK once it reached DONE).
        let finished = sqlite3_backup_finish(backup)
        guard step == SQLITE_DONE else { throw SQLiteError(code: step, db: dest) }
        try SQLiteError.check(finished, dest)
        // The copied header says WAL; make the backup a self-contained rollback-journal file.
        try SQLiteError.check(sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nil, nil, nil), dest)
    }
}
