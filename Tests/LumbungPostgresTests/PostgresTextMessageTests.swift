import Foundation
import LumbungCore
import Testing
@testable import LumbungPostgres

/// Inbound text messages and the outbox on PostgreSQL: each message handled once across processes.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresTextMessageTests {
    /// Milliseconds as a timestamp.
    static func at(_ milliseconds: Int64) -> Timestamp { Timestamp(millisecondsSinceEpoch: milliseconds) }

    @Test func theSameEventSentToBothAtOnceIsHandledOnceAndRepliedOnce() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            let handled = ThreadSafeList<Int>()
            let replayed = ThreadSafeList<Bool>()
            onThreads(8) { index in
                let store = index.isMultiple(of: 2) ? first : second
                let outcome = try? store.receiveText(eventID: "ev-1", sender: "+6281234567890", text: "STOK", now: Self.at(1)) {
                    handled.append(index)
                    Thread.sleep(forTimeInterval: 0.05)  // Hold the first open while the repeats arrive.
                    return TextAnswer(status: .accepted, parts: ["Stok dicatat."])
                }
                replayed.append(outcome?.replayed ?? false)
            }
            #expect(handled.all.count == 1)
            #expect(replayed.all.filter { $0 }.count == 7)
            let outbox = try second.outbox(status: nil, page: PageRequest())
            #expect(outbox.items.map(\.text) == ["Stok dicatat."])
            #expect(try first.outboxBacklog() == [.pending: 1, .failed: 0])
        }
    }

    @Test func aFailingHandlerLeavesNoMessageAndNoReply() throws {
        try PostgresStoreTests.withTwoStores { first, _ in
            #expect(throws: DomainError.self) {
                try first.receiveText(eventID: "ev-1", sender: "+6281234567890", text: "JUAL", now: Self.at(1)) {
                    throw DomainError.conflict("no")
                }
            }
            #expect(try first.outbox(status: nil, page: PageRequest()).items.isEmpty)
            let again = try first.receiveText(eventID: "ev-1", sender: "+6281234567890", text: "JUAL", now: Self.at(2)) {
                TextAnswer(status: .rejected, parts: ["Format salah."])
            }
            #expect(!again.replayed)
        }
    }

    @Test func deliveriesAreRecordedRetriedGivenUpAndForgotten() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            for (index, event) in ["ev-1", "ev-2", "ev-3"].enumerated() {
                _ = try first.receiveText(eventID: event, sender: "+628123", text: "STOK", now: Self.at(Int64(index))) {
                    TextAnswer(status: .accepted, parts: ["reply \(event)"])
                }
            }
            let due = try second.dueOutbox(now: Self.at(10), limit: 2)
            #expect(due.map(\.text) == ["reply ev-1", "reply ev-2"])
            try second.recordDelivery(id: due[0].id, at: Self.at(11), error: nil, retryAt: nil)
            try second.recordDelivery(id: due[1].id, at: Self.at(11), error: "gateway down", retryAt: Self.at(100))
            try second.recordDelivery(id: due[0].id, at: Self.at(12), error: "late", retryAt: nil)  // no longer pending: ignored
            #expect(try first.dueOutbox(now: Self.at(50), limit: 10).map(\.text) == ["reply ev-3"])
            #expect(try first.dueOutbox(now: Self.at(100), limit: 10).map(\.text) == ["reply ev-3", "reply ev-2"])  // by when due
            try first.recordRepliesHandedOver(eventID: "ev-3", at: Self.at(101))
            try first.recordDelivery(id: due[1].id, at: Self.at(102), error: "still down", retryAt: nil)
            let sent = try first.outbox(status: .sent, page: PageRequest())
            #expect(sent.items.map(\.text) == ["reply ev-3", "reply ev-1"])
            let failed = try first.outbox(status: .failed, page: PageRequest())
            #expect(failed.items.map(\.attempts) == [2])
            #expect(failed.items.first?.lastError == "still down")
            let firstPage = try first.outbox(status: nil, page: PageRequest(limit: 2))
            let secondPage = try first.outbox(status: nil, page: PageRequest(limit: 2, cursor: firstPage.nextCursor))
            #expect((firstPage.items + secondPage.items).map(\.text) == ["reply ev-3", "reply ev-2", "reply ev-1"])
            #expect(throws: DomainError.unknownCursor) { try first.outbox(status: nil, page: PageRequest(limit: 2, cursor: "x")) }
            try first.forgetTextMessages(before: Self.at(2))
            let left = try first.database.read { try $0.queryOne("SELECT count(*) FROM text_messages_in") { $0.int(0) } }
            #expect(left == 1)
            #expect(try first.outbox(status: nil, page: PageRequest()).items.map(\.text) == ["reply ev-3"])
        }
    }
}
