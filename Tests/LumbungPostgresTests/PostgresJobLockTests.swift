import Testing
@testable import LumbungPostgres

/// Background jobs on PostgreSQL run in one process at a time (a session-level advisory lock).
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresJobLockTests {
    @Test func aJobRunningInOneProcessIsSkippedByTheOtherUntilItEnds() throws {
        try PostgresTestServer.withFreshDatabase { uri in
            let first = try PostgresStore(uri: uri, jobKeys: [7, 8])
            let second = try PostgresStore(uri: uri, jobKeys: [7, 8])
            defer { first.close(); second.close() }
            let nested = try first.exclusively(lockKey: 7) {
                (other: try second.exclusively(lockKey: 7) { "ran" }, otherJob: try second.exclusively(lockKey: 8) { "ran" })
            }
            #expect(nested?.other == nil)
            #expect(nested?.otherJob == "ran")
            #expect(try second.exclusively(lockKey: 7) { "ran" } == "ran")
            #expect(throws: PostgresError.self) { try first.exclusively(lockKey: 9) { "ran" } }
        }
    }

}

/// Reads on PostgreSQL stop at the read budget (`over_budget`, answered 503), except the sweep's.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresReadBudgetTests {
    @Test func aReadPastTheBudgetIsOverBudgetAndASweepReadIsNot() throws {
        try PostgresTestServer.withFreshDatabase { uri in
            let store = try PostgresStore(uri: uri, readBudgetMilliseconds: 50)
            defer { store.close() }
            do {
                _ = try store.database.read { try $0.queryOne("SELECT pg_sleep(0.3)") { _ in true } }
                Issue.record("a 300 ms read passed a 50 ms budget")
            } catch let error as PostgresError {
                #expect(error.unavailability == .overBudget)
            }
            #expect(try store.database.read(withinBudget: false) { try $0.queryOne("SELECT pg_sleep(0.1)") { _ in true } } == true)
            #expect(try store.database.read { try $0.queryOne("SELECT 1") { $0.int(0) } } == 1)
        }
    }
}
