import Dispatch
import Foundation
import Testing
@testable import LumbungStore

/// Readers on other threads see only committed data, and readers and the writer run together.
struct ConcurrencyTests {
    /// Counts rows of `t` on `threads` threads at once, each on its own reader connection.
    static func countConcurrently(_ db: Database, threads: Int) -> [Result<Int, SQLiteError>] {
        let results = ThreadSafeList<Result<Int, SQLiteError>>()
        let finished = runOnSQLiteTestThreads(threads) { _ in
            do {
                results.append(.success(try db.read { try rowCount("t", $0) }))
            } catch {
                results.append(.failure(error as? SQLiteError ?? .init(code: 1, message: "\(error)")))
            }
        }
        #expect(finished)
        return results.all
    }

    @Test func readersDoNotSeeAnUncommittedWrite() throws {
        try withTemporarySQLiteDatabase(readers: 4) { db, _ in
            try db.write { try $0.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)") }
            let inserted = DispatchSemaphore(value: 0)
            let release = DispatchSemaphore(value: 0)
            let finished = DispatchSemaphore(value: 0)
            let writerErrors = ThreadSafeList<String>()
            Thread.detachNewThread {
                do {
                    try db.write { c in
                        try c.run("INSERT INTO t VALUES (2)")
                        inserted.signal()
                        _ = release.wait(timeout: .now() + 5)
                    }
                } catch {
                    writerErrors.append("\(error)")
                }
                finished.signal()
            }
            #expect(inserted.wait(timeout: .now() + 5) == .success)
            let during = Self.countConcurrently(db, threads: 4)
            release.signal()
            #expect(finished.wait(timeout: .now() + 5) == .success)
            let after = Self.countConcurrently(db, threads: 4)

            #expect(writerErrors.all.isEmpty)
            #expect(during.map { try? $0.get() } == [1, 1, 1, 1])
            #expect(after.map { try? $0.get() } == [2, 2, 2, 2])
        }
    }

    @Test func readTransactionKeepsOneSnapshotWhileAWriteCommits() throws {
        try withTemporarySQLiteDatabase { db, _ in
            try db.write { try $0.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)") }
            let committed = DispatchSemaphore(value: 0)
            let counts = try db.read { c in
                let before = try rowCount("t", c)
                Thread.detachNewThread {
                    _ = try? db.write { try $0.run("INSERT INTO t VALUES (2)") }
                    committed.signal()
                }
                let waited = committed.wait(timeout: .now() + 5)
                return (before, try rowCount("t", c), waited)
            }
            #expect(counts.2 == .success)
            #expect(counts.0 == 1)
            #expect(counts.1 == 1, "a second query in the same read transaction must see the same snapshot")
            #expect(try db.read { try rowCount("t", $0) } == 2)
        }
    }

    @Test func manyReadersAndOneWriterRunTogether() throws {
        try withTemporarySQLiteDatabase(readers: 8) { db, _ in
            try db.write { try $0.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x INTEGER NOT NULL)") }
            let readerCount = 8, readsEach = 200, inserts = 200
            let errors = ThreadSafeList<String>()
            let sequences = ThreadSafeList<[Int]>()
            let finished = runOnSQLiteTestThreads(readerCount + 1) { worker in
                do {
                    if worker == 0 {
                        for i in 1...inserts {
                            try db.write { try $0.run("INSERT INTO t (x) VALUES (?)", [i]) }
                        }
                        return
                    }
                    var seen: [Int] = []
                    for _ in 0..<readsEach {
                        // Two queries in one read transaction must agree (one snapshot).
                        let (rows, maxID) = try db.read { c in
                            (try rowCount("t", c), try c.queryOne("SELECT coalesce(max(id), 0) FROM t") { $0.int(0) } ?? -1)
                        }
                        if rows != maxID { errors.append("snapshot mismatch: count \(rows), max id \(maxID)") }
                        seen.append(rows)
                    }
                    sequences.append(seen)
                } catch {
                    errors.append("\(error)")
                }
            }
            #expect(finished)
            #expect(errors.all.isEmpty)
            #expect(sequences.all.count == readerCount)
            for seen in sequences.all {
                #expect(seen.count == readsEach)
                #expect(zip(seen, seen.dropFirst()).allSatisfy { $0 <= $1 }, "counts must never go backwards")
                #expect(seen.allSatisfy { (0...inserts).contains($0) })
            }
            #expect(try db.read { try rowCount("t", $0) } == inserts)
        }
    }
}
