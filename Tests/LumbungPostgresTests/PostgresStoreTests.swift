import Foundation
import LumbungCore
import Testing
@testable import LumbungPostgres

/// The storage ports implemented on PostgreSQL so far, with two stores standing for two processes.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresStoreTests {
    /// Two stores (two processes) on one fresh database.
    static func withTwoStores(_ body: (PostgresStore, PostgresStore) throws -> Void) throws {
        try PostgresTestServer.withFreshDatabase { uri in
            let first = try PostgresStore(uri: uri, clock: FixedClock(.epoch))
            let second = try PostgresStore(uri: uri, clock: FixedClock(.epoch))
            defer { first.close(); second.close() }
            try body(first, second)
        }
    }

    @Test func theSameIdempotencyKeySentToBothAtOnceWritesOnce() throws {
        try Self.withTwoStores { first, second in
            let writes = ThreadSafeList<Int>()
            let answers = ThreadSafeList<(status: Int, replayed: Bool)>()
            onThreads(8) { index in
                let store = index.isMultiple(of: 2) ? first : second
                let outcome = try? store.once(scope: "tok_a", key: "sale-1", requestHash: "h1", now: Timestamp(millisecondsSinceEpoch: 1)) {
                    writes.append(index)
                    Thread.sleep(forTimeInterval: 0.05)  // Hold the first write open while the repeats arrive.
                    return StoredResponse(status: 201, headers: [["Content-Type", "application/json"]], body: Array("{\"n\":\(index)}".utf8))
                }
                answers.append(outcome.map { ($0.response.status, $0.replayed) } ?? (0, false))
            }
            #expect(writes.all.count == 1)
            #expect(answers.all.allSatisfy { $0.status == 201 })
            #expect(answers.all.filter(\.replayed).count == 7)
            let replayed = try second.once(scope: "tok_a", key: "sale-1", requestHash: "h1", now: Timestamp(millisecondsSinceEpoch: 2)) {
                StoredResponse(status: 500, headers: [], body: [])
            }
            #expect(replayed.replayed)
            #expect(replayed.response.body == Array("{\"n\":\(writes.all[0])}".utf8))
            #expect(replayed.response.headers == [["Content-Type", "application/json"]])
        }
    }

    @Test func aKeyReusedForAnotherRequestIsRefusedByTheOtherProcess() throws {
        try Self.withTwoStores { first, second in
            _ = try first.once(scope: "tok_a", key: "k", requestHash: "h1", now: Timestamp(millisecondsSinceEpoch: 1)) {
                StoredResponse(status: 201, headers: [], body: [1])
            }
            #expect(throws: DomainError.idempotencyKeyReused) {
                try second.once(scope: "tok_a", key: "k", requestHash: "h2", now: Timestamp(millisecondsSinceEpoch: 1)) {
                    StoredResponse(status: 201, headers: [], body: [2])
                }
            }
        }
    }

    @Test func aFailedWriteKeepsNoResponseSoARetryRuns() throws {
        try Self.withTwoStores { first, second in
            struct Refused: Error {}
            #expect(throws: Refused.self) {
                try first.once(scope: "tok_a", key: "k", requestHash: "h", now: Timestamp(millisecondsSinceEpoch: 1)) { throw Refused() }
            }
            let retried = try second.once(scope: "tok_a", key: "k", requestHash: "h", now: Timestamp(millisecondsSinceEpoch: 1)) {
                StoredResponse(status: 201, headers: [], body: [])
            }
            #expect(!retried.replayed)
        }
    }

    @Test func aTokenAddedThroughOneIsKnownToTheOtherUntilRevoked() throws {
        try Self.withTwoStores { first, second in
            let token = AccessToken(id: "tok_1", name: "Dinas", role: .officer, region: RegionCode("63"), cooperativeID: nil,
                                    createdAt: Timestamp(millisecondsSinceEpoch: 5))
            try first.addToken(token, secretHash: "hash-1")
            #expect(try second.principal(secretHash: "hash-1")?.tokenID == "tok_1")
            #expect(try second.principal(secretHash: "hash-1")?.region == RegionCode("63"))
            #expect(try second.tokens(page: PageRequest(limit: 10, cursor: nil)).items.map(\.id) == ["tok_1"])
            #expect(try second.liveTokenIDs(among: ["tok_1", "tok_none"]) == ["tok_1"])
            #expect(try second.revokeToken(id: "tok_1", at: Timestamp(millisecondsSinceEpoch: 6)))
            #expect(try first.liveTokenIDs(among: ["tok_1"]).isEmpty)
            #expect(try !first.revokeToken(id: "tok_1", at: Timestamp(millisecondsSinceEpoch: 7)))
            #expect(try first.principal(secretHash: "hash-1") == nil)
        }
    }

    @Test func anAssistantTokenCarriesItsCooperatives() throws {
        try Self.withTwoStores { first, second in
            for id in ["coop_b", "coop_a"] {
                try first.addCooperative(Cooperative(id: id, name: id, region: RegionCode("63.71")!, createdAt: Timestamp(millisecondsSinceEpoch: 1)))
            }
            try first.addToken(AccessToken(id: "tok_as", name: "Pendamping", role: .assistant, region: nil, cooperativeID: nil,
                                           createdAt: Timestamp(millisecondsSinceEpoch: 1), cooperativeIDs: ["coop_b", "coop_a"]),
                               secretHash: "hash-as")
            #expect(try second.principal(secretHash: "hash-as")?.cooperativeIDs == ["coop_a", "coop_b"])
            #expect(try second.tokens(page: PageRequest()).items.first?.cooperativeIDs == ["coop_a", "coop_b"])
        }
    }

    @Test func healthAnswersAndACommitElsewhereChangesTheGenerationAtOnce() throws {
        try Self.withTwoStores { first, second in
            try first.check()
            #expect(try first.sizeInBytes() > 0)
            let before = second.changeGeneration
            try first.addToken(AccessToken(id: "tok_2", name: "A", role: .admin, region: nil, cooperativeID: nil,
                                           createdAt: Timestamp(millisecondsSinceEpoch: 1)), secretHash: "h")
            #expect(second.changeGeneration != before, "no waiting for a notification")
        }
    }
}
