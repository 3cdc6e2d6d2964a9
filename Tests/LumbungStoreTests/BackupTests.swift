import Dispatch
import Foundation
import Testing
@testable import LumbungStore

/// Online backup: a consistent copy while writes continue.
struct BackupTests {
    @Test func backupWhileWritingGivesAConsistentCopy() throws {
        try withTemporarySQLiteDatabase(readers: 2) { db, dir in
            try db.write { c in
                try c.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT NOT NULL)")
                for i in 1...500 { try c.run("INSERT INTO t (note) VALUES (?)", ["before \(i)"]) }
            }
            let stop = ThreadSafeFlag()
            let stopped = DispatchSemaphore(value: 0)
            let written = ThreadSafeList<Int>()
            let writerErrors = ThreadSafeList<String>()
            Thread.detachNewThread {
                var i = 0
                while !stop.isSet {
                    i += 1
                    do {
                        try db.write { try $0.run("INSERT INTO t (note) VALUES (?)", ["during \(i)"]) }
                        written.append(i)
                    } catch {
                        writerErrors.append("\(error)")
                        break
                    }
                }
                stopped.signal()
            }
            while written.all.count < 20 { usleep(1000) }  // Make sure writes are in flight.
            let copyPath = dir + "/copy.sqlite"
            try db.backup(to: copyPath)
            let duringBackup = written.all.count
            stop.set()
            #expect(stopped.wait(timeout: .now() + 5) == .success)
            #expect(writerErrors.all.isEmpty)

            let copy = try Connection(path: copyPath, readOnly: true)
            defer { copy.close() }
            let rows = try rowCount("t", copy)
            #expect(rows >= 500 + 20)
            #expect(rows <= 500 + duringBackup)
            #expect(try copy.queryOne("PRAGMA integrity_check") { $0.string(0) } == "ok")
            #expect(try copy.queryOne("PRAGMA journal_mode") { $0.string(0) } == "delete")
            #expect(!FileManager.default.fileExists(atPath: copyPath + ".partial"))
            #expect(written.all.count > 20)
        }
    }

    @Test func backupRefusesToOverwrite() throws {
        try withTemporarySQLiteDatabase { db, dir in
            try db.write { try $0.execute("CREATE TABLE t (x)") }
            let target = dir + "/existing.sqlite"
            try db.backup(to: target)
            let error = #expect(throws: SQLiteError.self) { try db.backup(to: target) }
            #expect(error?.message.contains("already exists") == true)
        }
    }
}
