import Foundation
import Testing
import Synchronization
@testable import LumbungStore

/// `changeGeneration` grows when another connection (another process) commits, from whichever thread looks.
@Suite struct ChangeWatchTests {
    @Test func anotherConnectionsCommitIsNoticedByEveryThread() throws {
        try withServedDatabase { path, server in
            let other = try Database(path: path)  // stands in for another process
            defer { other.close() }
            DispatchQueue.concurrentPerform(iterations: 8) { _ in _ = server.changeGeneration }  // every watcher has looked
            let settled = server.changeGeneration
            #expect(server.changeGeneration == settled, "nothing changed")
            try other.write { try $0.run("INSERT INTO t VALUES (1)") }
            let seen = Mutex<[UInt64]>([])
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                let generation = server.changeGeneration
                seen.withLock { $0.append(generation) }
            }
            #expect(seen.withLock { $0.allSatisfy { $0 > settled } }, "every look after the commit saw it: \(seen.withLock { $0 })")
            let after = server.changeGeneration
            DispatchQueue.concurrentPerform(iterations: 8) { _ in _ = server.changeGeneration }
            let quiet = server.changeGeneration
            #expect(quiet - after <= 8, "each watcher reports the change at most once")
            #expect(server.changeGeneration == quiet, "and then nothing more")
        }
    }

    @Test func aWALDatabaseIsWatchedThroughItsWALIndexHeader() throws {
        try withServedDatabase { path, server in
            let header = try #require(WALIndexHeader(databasePath: path), "the wal-index exists after the first commit")
            var changes = 0
            header.look { changes += 1 }
            #expect(changes == 1, "the first look cannot know what came before the mapping")
            header.look { changes += 1 }
            #expect(changes == 1, "nothing committed since")
            let other = try Database(path: path)  // stands in for another process
            defer { other.close() }
            try other.write { try $0.run("INSERT INTO t VALUES (0)") }
            header.look { changes += 1 }
            header.look { changes += 1 }
            #expect(changes == 2, "the commit is reported once")
            try other.write { try $0.run("INSERT INTO t VALUES (1)") }
            header.look { changes += 1 }
            #expect(changes == 3)
        }
    }

    /// SQLite marks a database in use by a process with a read lock on byte 128 of the `-shm` file (the "DMS" lock,
    /// https://www.sqlite.org/walformat.html); a process that can take it exclusively truncates and rebuilds the
    /// wal-index, under the feet of this one's connections.
    @Test func anotherProcessStillFindsTheDatabaseInUseAfterTheWatchLooked() throws {
        try withServedDatabase { path, server in
            #expect(try inUseLockSeenByAnotherProcess(path) == "held", "before the watch looked")
            for _ in 0..<3 { _ = server.changeGeneration }
            try server.write { try $0.run("INSERT INTO t VALUES (1)") }
            _ = server.changeGeneration
            #expect(try inUseLockSeenByAnotherProcess(path) == "held", "after the watch mapped the wal-index header")
        }
    }

    /// Runs `body` with the path of a new WAL database holding an empty table `t` and the database serving it.
    private func withServedDatabase(_ body: (String, Database) throws -> Void) throws {
        try withTemporarySQLiteDirectory { folder in
            let path = folder + "/served.sqlite"
            let server = try Database(path: path)
            defer { server.close() }
            try server.write { try $0.execute("CREATE TABLE t (x INTEGER)") }
            try body(path, server)
        }
    }

    /// Whether a separate process finds the in-use lock of the database at `path` "held" or "free".
    private func inUseLockSeenByAnotherProcess(_ path: String) throws -> String {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        probe.arguments = ["-c", """
            import fcntl, os, sys
            descriptor = os.open(sys.argv[1], os.O_RDWR)
            try:
                fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 128)
                print("free")
            except OSError:
                print("held")
            """, path + "-shm"]
        let output = Pipe()
        probe.standardOutput = output
        try probe.run()
        probe.waitUntilExit()
        let answer = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return answer.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
