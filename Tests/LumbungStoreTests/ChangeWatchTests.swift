import Foundation
import Testing
import Synchronization
@testable import LumbungStore

/// `changeGeneration` grows when another connection (another process) commits, from whichever thread looks.
@Suite struct ChangeWatchTests {
    @Test func anotherConnectionsCommitIsNoticedByEveryThread() throws {
        try withTemporarySQLiteDirectory { folder in
            let path = folder + "/watch.sqlite"
            let server = try Database(path: path)
            defer { server.close() }
            try server.write { try $0.execute("CREATE TABLE t (x INTEGER)") }
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
        try withTemporarySQLiteDirectory { folder in
            let path = folder + "/header.sqlite"
            let server = try Database(path: path)
            defer { server.close() }
            try server.write { try $0.execute("CREATE TABLE t (x INTEGER)") }
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
}
