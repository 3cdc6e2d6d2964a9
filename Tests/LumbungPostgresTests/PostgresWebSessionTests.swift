import LumbungCore
import Testing
@testable import LumbungPostgres

/// Web page sessions on PostgreSQL: live until signed out, expired or their token revoked, in any process.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresWebSessionTests {
    /// Milliseconds as a timestamp.
    static func at(_ milliseconds: Int64) -> Timestamp { Timestamp(millisecondsSinceEpoch: milliseconds) }

    @Test func aSessionIsLiveUntilSignedOutExpiredOrItsTokenRevoked() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            let token = AccessToken(id: "tok_1", name: "Dinas", role: .officer, region: RegionCode("63"), cooperativeID: nil,
                                    createdAt: Self.at(0))
            try first.addToken(token, secretHash: "secret-1")
            try first.startWebSession(secretHash: "s1", tokenID: "tok_1", formKey: "fk", at: Self.at(1), until: Self.at(100))
            try first.startWebSession(secretHash: "s2", tokenID: "tok_1", formKey: "fk", at: Self.at(1), until: Self.at(100))
            let live = try second.webSession(secretHash: "s1", at: Self.at(50))
            #expect(live?.principal.tokenID == "tok_1")
            #expect(live?.principal.region == RegionCode("63"))
            #expect(live?.formKey == "fk")
            #expect(try second.webSession(secretHash: "s1", at: Self.at(100)) == nil)
            #expect(try second.webSession(secretHash: "unknown", at: Self.at(50)) == nil)
            try second.endWebSession(secretHash: "s1", at: Self.at(60))
            #expect(try first.webSession(secretHash: "s1", at: Self.at(61)) == nil)
            #expect(try first.webSession(secretHash: "s2", at: Self.at(61)) != nil)
            #expect(try first.revokeToken(id: "tok_1", at: Self.at(62)))
            #expect(try second.webSession(secretHash: "s2", at: Self.at(63)) == nil)
        }
    }

    @Test func anAssistantSessionCarriesItsCooperatives() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            try PostgresStockTests.setUp(first)
            let token = AccessToken(id: "tok_a", name: "Pendamping", role: .assistant, region: nil, cooperativeID: nil,
                                    createdAt: Self.at(0), cooperativeIDs: ["coop_1"])
            try first.addToken(token, secretHash: "secret-a")
            try first.startWebSession(secretHash: "sa", tokenID: "tok_a", formKey: "fk", at: Self.at(1), until: Self.at(100))
            #expect(try second.webSession(secretHash: "sa", at: Self.at(2))?.principal.cooperativeIDs == ["coop_1"])
        }
    }
}
