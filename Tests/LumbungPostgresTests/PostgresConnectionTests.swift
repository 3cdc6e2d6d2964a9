import Foundation
import Testing
@testable import LumbungPostgres

/// Values go to PostgreSQL and come back unchanged; errors carry their SQLSTATE.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresConnectionTests {
    @Test func parametersRoundTripWithTheirTypes() throws {
        let connection = try PostgresConnection(uri: PostgresTestServer.uri!)
        defer { connection.close() }
        let row = try connection.queryOne("SELECT $1, $2, $3, $4, $5, $6 IS NULL, $7",
                                          [Int64.max, 2.5, "héllo 'quoted' ; -- $1", [UInt8]([0, 1, 254, 255]), true,
                                           nil as String?, Int64.min]) { row in
            (row.int64(0), row.double(1), row.string(2), row.bytes(3), row.bool(4), row.bool(5), row.int64(6))
        }
        #expect(row?.0 == Int64.max)
        #expect(row?.1 == 2.5)
        #expect(row?.2 == "héllo 'quoted' ; -- $1")
        #expect(row?.3 == [0, 1, 254, 255])
        #expect(row?.4 == true)
        #expect(row?.5 == true)
        #expect(row?.6 == Int64.min)
    }

    @Test func aNumericSumReadsAsAnInteger() throws {
        let connection = try PostgresConnection(uri: PostgresTestServer.uri!)
        defer { connection.close() }
        let sum = try connection.queryOne("SELECT sum(x) FROM (VALUES ($1::bigint), ($2::bigint)) AS v(x)", [40, 2]) { $0.int64(0) }
        #expect(sum == 42)
    }

    @Test func aFailedStatementReportsItsSQLStateAndKeepsTheSession() throws {
        let connection = try PostgresConnection(uri: PostgresTestServer.uri!)
        defer { connection.close() }
        try connection.execute("CREATE TEMPORARY TABLE t (k TEXT PRIMARY KEY)")
        try connection.run("INSERT INTO t VALUES ($1)", ["a"])
        #expect {
            try connection.run("INSERT INTO t VALUES ($1)", ["a"])
        } throws: { ($0 as? PostgresError)?.isUniqueViolation == true && ($0 as? PostgresError)?.connectionLost == false }
        #expect(connection.isHealthy)
    }

    @Test func aThrowingTransactionLeavesNothingBehindAndASavepointKeepsTheOuterWork() throws {
        let connection = try PostgresConnection(uri: PostgresTestServer.uri!)
        defer { connection.close() }
        try connection.execute("CREATE TEMPORARY TABLE t (x BIGINT)")
        struct Refused: Error {}
        _ = try? connection.transaction { try $0.run("INSERT INTO t VALUES (1)"); throw Refused() }
        try connection.transaction { outer in
            try outer.run("INSERT INTO t VALUES (2)")
            _ = try? outer.transaction { try $0.run("INSERT INTO t VALUES (3)"); throw Refused() }
        }
        #expect(try connection.query("SELECT x FROM t ORDER BY x") { $0.int(0) } == [2])
    }

    @Test func aBadURIFailsWithAMessage() {
        #expect(throws: PostgresError.self) { try PostgresConnection(uri: "postgresql://nobody@/none?host=/nonexistent") }
    }
}
