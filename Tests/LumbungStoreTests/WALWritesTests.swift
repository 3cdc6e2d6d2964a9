import CSQLite
import Testing
@testable import LumbungStore

/// A writer that syncs every commit writes its WAL through the file layer that gathers a commit's frames
/// (`wal_writes.c`); other connections read exactly what it committed, nothing it did not.
struct WALWritesTests {
    static let schema = [Migration(id: 1, name: "pages", sql: "CREATE TABLE pages (id INTEGER PRIMARY KEY, body BLOB NOT NULL)")]

    /// The name of the file layer `connection` opened its database with.
    static func fileLayer(of connection: Connection) throws -> String? {
        var layer: UnsafeMutablePointer<sqlite3_vfs>?
        guard sqlite3_file_control(try connection.liveHandle(), "main", SQLITE_FCNTL_VFS_POINTER, &layer) == SQLITE_OK,
              let name = layer?.pointee.zName else { return nil }
        return String(cString: name)
    }

    @Test func onlyAWriterThatSyncsEveryCommitGathersItsWALWritesAndItKeepsSyncing() throws {
        try withTemporarySQLiteDirectory { directory in
            let path = directory + "/layers.sqlite"
            let full = try Connection(path: path, durability: .full)
            defer { full.close() }
            let normal = try Connection(path: path, durability: .normal)
            defer { normal.close() }
            let reader = try Connection(path: path, readOnly: true)
            defer { reader.close() }
            #expect(try Self.fileLayer(of: full) == "lumbung-wal-writes")
            #expect(try Self.fileLayer(of: normal) == "unix")
            #expect(try Self.fileLayer(of: reader) == "unix")
            #expect(throws: SQLiteError.self) { try full.execute("PRAGMA synchronous=NORMAL") }
            #expect(throws: SQLiteError.self) { try full.execute("PRAGMA main.synchronous = 0") }
            try full.execute("PRAGMA synchronous=EXTRA")
            try full.execute("PRAGMA synchronous=FULL")
            #expect(try full.queryOne("PRAGMA synchronous") { $0.int64(0) } == 2)
        }
    }

    /// A page cache of ten pages makes the transaction write frames into the WAL long before its commit and read them
    /// back (some still gathered) when it reads or changes those pages again; a savepoint undone in the middle
    /// rewinds the WAL it wrote.
    @Test func aTransactionThatSpillsIntoTheWALAndUndoesASavepointReadsBackAsCommitted() throws {
        try withTemporarySQLiteDatabase(durability: .full) { db, directory in
            try db.migrate(Self.schema)
            try db.write { c in
                try c.execute("PRAGMA cache_size = 10")
                for id in 1...3000 {
                    try c.run("INSERT INTO pages VALUES (?, zeroblob(1000))", [id])
                    if id % 100 == 0 {
                        #expect(try c.queryOne("SELECT sum(length(body)) FROM pages") { $0.int64(0) } == Int64(id * 1000))
                    }
                }
                #expect(throws: PlannedSQLiteTestFailure.self) {
                    try db.write { c in
                        try c.run("UPDATE pages SET body = randomblob(1500)")
                        throw PlannedSQLiteTestFailure()
                    }
                }
                try c.run("UPDATE pages SET body = zeroblob(1000 + id % 7) WHERE id % 3 = 0")
            }
            let expectedBytes = (1...3000).reduce(0) { $0 + ($1 % 3 == 0 ? 1000 + $1 % 7 : 1000) }
            let read = { (connection: Connection) in
                try connection.queryOne("SELECT count(*), sum(length(body)), max(length(body)) FROM pages") {
                    [$0.int64(0), $0.int64(1), $0.int64(2)]
                }
            }
            #expect(try db.read(read) == [3000, Int64(expectedBytes), 1006])
            #expect(try db.read { try $0.queryOne("PRAGMA integrity_check") { $0.string(0) } } == "ok")
            let reopened = try Connection(path: directory + "/test.sqlite", readOnly: true)
            defer { reopened.close() }
            #expect(try read(reopened) == [3000, Int64(expectedBytes), 1006])
        }
    }

    /// Another connection reads each commit as soon as it returns: its frames were written out before it returned.
    @Test func everyCommitIsReadByAnotherConnectionAtOnce() throws {
        try withTemporarySQLiteDatabase(durability: .full) { db, _ in
            try db.migrate(Self.schema)
            for id in 1...200 {
                try db.write { try $0.run("INSERT INTO pages VALUES (?, zeroblob(?))", [id, id]) }
                #expect(try db.read { try $0.queryOne("SELECT sum(length(body)) FROM pages") { $0.int64(0) } } == Int64(id * (id + 1) / 2))
            }
        }
    }
}
