import Foundation
import Testing

/// Two services on one PostgreSQL database, as two processes: the background jobs run in one at a time.
@Suite(.enabled(if: TestPostgres.uri != nil, "needs LUMBUNG_TEST_POSTGRES: two services share one PostgreSQL database"))
struct SharedDatabaseTests {
    @Test func twoServicesSendingTheOutboxAtOnceSendEachReplyOnce() throws {
        let gateway = try FakeSMSGateway(failures: 0)
        let first = try TestApp.withTextMessages { $0.smsGateway = try? TextMessageOutboxTests.gatewaySettings(gateway.port) }
        let database = try #require(first.postgresURI)
        let second = try TestApp.withTextMessages {
            $0.databasePath = database
            $0.smsGateway = try? TextMessageOutboxTests.gatewaySettings(gateway.port)
        }
        for index in 0..<24 {
            #expect(try (index.isMultiple(of: 2) ? first : second).sms("?", from: "0812 1111 \(2000 + index)").status == 200)
        }
        let senders = [try #require(first.application.outboxSender), try #require(second.application.outboxSender)]
        let group = DispatchGroup()
        for sender in senders + senders {
            group.enter()
            Thread.detachNewThread {
                _ = try? sender.runOnce()
                group.leave()
            }
        }
        group.wait()
        for sender in senders { _ = try sender.runOnce() }  // whatever a skipped turn left
        let recipients = gateway.requests().map { String(decoding: $0.body, as: UTF8.self) }
        #expect(recipients.count == 24, "each reply delivered once, not \(recipients.count) times")
        #expect(Set(recipients).count == 24)
        let sent = try first.request("GET", "/v1/sms/outbox?status=sent&limit=100", token: try first.makeToken(.admin))
        #expect(sent.count("items") == 24)
        #expect((0..<24).allSatisfy { sent.number("items.\($0).attempts") == "1" })
    }
}
