import Foundation
import Glibc
import Synchronization
import LumbungCore
import Testing
@testable import LumbungPostgres

/// The server stops abruptly under write load and comes back: writes in that moment fail as
/// `storage_unavailable` (`unreachable`; never another error, never a crash), the store recovers by itself, and
/// every acknowledged write is there afterwards.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["LUMBUNG_TEST_POSTGRES_RESTART"] != nil,
                "needs LUMBUNG_TEST_POSTGRES_RESTART (scripts/postgres-tests.sh)"))
struct ServerRestartTests {
    /// Runs the restart command the test script gives (`sh -c`), waiting for it with `waitpid`.
    static func restartServer() {
        let command = ProcessInfo.processInfo.environment["LUMBUNG_TEST_POSTGRES_RESTART"]!
        var pid: pid_t = 0
        let arguments: [UnsafeMutablePointer<CChar>?] = ["/bin/sh", "-c", command].map { (text: String) in strdup(text) } + [nil]
        defer { arguments.forEach { free($0) } }
        #expect(posix_spawn(&pid, "/bin/sh", nil, nil, arguments, environ) == 0)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect(status == 0, "the restart command failed")
    }

    @Test func acknowledgedWritesSurviveARestartAndTheStoreRecovers() throws {
        try PostgresTestServer.withFreshDatabase { uri in
            let store = try PostgresStore(uri: uri)
            defer { store.close() }
            try PostgresStockTests.setUp(store)
            let stop = Atomic<Bool>(false)
            let acknowledged = ThreadSafeList<Int64>()
            let failures = ThreadSafeList<String>()
            let writers = DispatchGroup()
            for worker in 0..<4 {
                writers.enter()
                Thread.detachNewThread {
                    defer { writers.leave() }
                    var attempt = 0
                    while !stop.load(ordering: .acquiring) {
                        attempt += 1
                        let movement = NewMovement(commodity: PostgresStockTests.lpg, kind: .receipt, quantity: 1, note: "w\(worker)-\(attempt)")
                        do {
                            let recorded = try store.recordMovements([movement], outlet: PostgresStockTests.outlet,
                                                                     context: PostgresStockTests.context(Int64(attempt)))
                            acknowledged.append(recorded[0].seq)
                        } catch let error as any StorageFailure where error.unavailability == .unreachable {
                            failures.append("unavailable")
                            Thread.sleep(forTimeInterval: 0.05)
                        } catch {
                            failures.append("\(error)")
                        }
                    }
                }
            }
            Thread.sleep(forTimeInterval: 0.5)
            let beforeRestart = acknowledged.all.count
            Self.restartServer()
            Thread.sleep(forTimeInterval: 1.5)
            stop.store(true, ordering: .releasing)
            writers.wait()
            #expect(beforeRestart > 0)
            #expect(failures.all.contains("unavailable"), "some writes met the stopped server")
            #expect(failures.all.allSatisfy { $0 == "unavailable" }, "\(Set(failures.all))")
            let stored = try store.database.read { connection in
                (seqs: Set(try connection.query("SELECT seq FROM stock_movements") { $0.int64(0) }),
                 balance: try connection.queryOne("SELECT quantity FROM stock_balances") { $0.int64(0) } ?? 0)
            }
            #expect(acknowledged.all.count > beforeRestart, "writes succeed again after the restart")
            #expect(Set(acknowledged.all).isSubset(of: stored.seqs), "every acknowledged movement is stored")
            #expect(stored.balance == Int64(stored.seqs.count) * 1000, "the balance matches the stored ledger")
        }
    }
}
