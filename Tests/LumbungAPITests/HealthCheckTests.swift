import Glibc
import Synchronization
import Testing
@testable import LumbungAPI

/// `/healthz` asks the storage at most every 100 ms: a success is reused that long, a failure never.
@Suite struct HealthCheckTests {
    /// Counts how often the storage is asked and answers as told.
    private final class Storage: Sendable {
        let asked = Atomic(0)
        let answers = Atomic(true)

        func ask() throws {
            asked.add(1, ordering: .relaxed)
            guard answers.load(ordering: .relaxed) else { throw Unreachable() }
        }
    }

    private struct Unreachable: Error {}

    @Test func aSuccessIsReusedForTheIntervalThenAskedAgain() throws {
        let storage = Storage()
        let check = ReachabilityCheck(intervalNanoseconds: 50_000_000)
        for _ in 0..<20 { try check.check(storage.ask) }
        #expect(storage.asked.load(ordering: .relaxed) == 1)
        usleep(60_000)
        try check.check(storage.ask)
        #expect(storage.asked.load(ordering: .relaxed) == 2)
    }

    @Test func aFailureIsAskedAgainAndARecoveryShowsAtOnce() throws {
        let storage = Storage()
        let check = ReachabilityCheck(intervalNanoseconds: 10_000_000_000)
        storage.answers.store(false, ordering: .relaxed)
        #expect(throws: Unreachable.self) { try check.check(storage.ask) }
        #expect(throws: Unreachable.self) { try check.check(storage.ask) }
        #expect(storage.asked.load(ordering: .relaxed) == 2)
        storage.answers.store(true, ordering: .relaxed)
        try check.check(storage.ask)
        try check.check(storage.ask)
        #expect(storage.asked.load(ordering: .relaxed) == 3)
    }

    @Test(.sqliteOnly("closes the SQLite database under a running service"))
    func aClosedDatabaseShowsUnreachableWithinTheInterval() throws {
        let app = try TestApp()
        #expect(try app.request("GET", "/healthz").status == 200)
        try app.sqliteStore.database.close()
        usleep(150_000)
        let health = try app.request("GET", "/healthz")
        #expect(health.status == 503)
        #expect(health.string("storage") == "unreachable")
    }
}
