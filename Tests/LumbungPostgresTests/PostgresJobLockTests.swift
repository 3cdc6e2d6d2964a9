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
