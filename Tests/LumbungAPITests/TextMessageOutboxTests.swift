import Foundation
import LumbungApp
import LumbungCore
import Logging
import Testing

/// Replies go out through the gateway app's API, retried with backoff, also after a restart.
@Suite struct TextMessageOutboxTests {
    /// Settings that deliver to `gateway` (or to a closed port when nil).
    static func gatewaySettings(_ port: Int) throws -> SMSGatewaySettings? {
        try SMSGatewaySettings(url: "http://127.0.0.1:\(port)/", user: "sms", password: "rahasia")
    }

    @Test func aBusyGatewayIsRetriedWithBackoffUntilItAccepts() throws {
        let gateway = try FakeSMSGateway(failures: 2)
        let app = try TestApp.withTextMessages { $0.smsGateway = try? Self.gatewaySettings(gateway.port) }
        let sender = try #require(app.application.outboxSender)
        #expect(try app.sms("?", from: "0812 1111 2222").string("status") == "accepted")
        try sender.runOnce()
        #expect(gateway.requests().count == 1)
        let pending = try app.request("GET", "/v1/sms/outbox", token: try app.makeToken(.admin))
        #expect(pending.string("items.0.status") == "pending")
        #expect(pending.number("items.0.attempts") == "1")
        #expect(pending.string("items.0.lastError") == "gateway answered 503")
        app.clock.advance(by: 4_000)
        try sender.runOnce()
        #expect(gateway.requests().count == 1, "the first retry waits 5 s")
        app.clock.advance(by: 1_000)
        try sender.runOnce()
        #expect(gateway.requests().count == 2)
        app.clock.advance(by: 10_000)
        try sender.runOnce()  // (the timer may have sent it already; the outbox tells)
        let sent = try app.request("GET", "/v1/sms/outbox?status=sent", token: try app.makeToken(.admin))
        #expect(sent.number("items.0.attempts") == "3")
        #expect(sent.string("items.0.sentAt") != nil)
        let delivery = try #require(gateway.requests().last)
        #expect(delivery.headers["Authorization"] == "Basic " + Data("sms:rahasia".utf8).base64EncodedString())
        let body = String(decoding: delivery.body, as: UTF8.self)
        #expect(body.contains(#""phoneNumbers":["+6281211112222"]"#))
        #expect(body.contains(#""textMessage":{"text":"TERIMA/JUAL/STOK"#))
        app.clock.advance(by: 3_600_000)
        try sender.runOnce()
        #expect(gateway.requests().count == 3, "nothing is sent twice")
    }

    @Test func aRoundStopsAtAFailureAndThenDrainsTheBacklogInBatches() throws {
        let gateway = try FakeSMSGateway(failures: 0)
        gateway.refuse(true)
        let app = try TestApp.withTextMessages { $0.smsGateway = try? Self.gatewaySettings(gateway.port) }
        let sender = try #require(app.application.outboxSender)
        for index in 0..<25 { #expect(try app.sms("?", id: "backlog-\(index)").string("status") == "accepted") }
        #expect(try sender.runOnce() == 0)
        // Each round (the test's, and the timer's once a second) ends at its first failure.
        #expect(gateway.requests().count <= 4, "\(gateway.requests().count) attempts while the gateway refuses")
        gateway.refuse(false)
        app.clock.advance(by: 5_000)
        try sender.runOnce()
        #expect(try app.request("GET", "/v1/sms/outbox?status=pending", token: try app.makeToken(.admin)).count("items") == 0)
        #expect(try app.request("GET", "/v1/sms/outbox?status=sent", token: try app.makeToken(.admin)).count("items") == 25)
    }

    @Test func repliesWaitingForADownGatewayGoOutAfterARestart() throws {
        let closedPort = try FakeSMSGateway(failures: 0).port  // stopped at once: nothing listens there
        let app = try TestApp.withTextMessages { $0.smsGateway = try? Self.gatewaySettings(closedPort) }
        #expect(try app.sms("INFO").string("status") == "accepted")
        try app.application.outboxSender?.runOnce()
        #expect(try app.request("GET", "/v1/sms/outbox?status=pending", token: try app.makeToken(.admin)).count("items") == 1)
        #expect(try app.request("GET", "/metrics").text.contains(#"lumbung_sms_outbox_messages{status="pending"} 1"#))
        app.application.stop()

        let gateway = try FakeSMSGateway(failures: 0)
        var settings = app.application.settings
        settings.smsGateway = try Self.gatewaySettings(gateway.port)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        app.clock.advance(by: 60_000)
        let restarted = try Application(settings: settings, logger: logger, clock: app.clock)
        defer { restarted.stop() }
        try restarted.outboxSender?.runOnce()  // (its timer may have sent it already)
        #expect(gateway.requests().count == 1)
    }

    @Test func aMessageIsGivenUpAfterTwoDays() throws {
        let app = try TestApp.withTextMessages { $0.smsGateway = try? Self.gatewaySettings(try FakeSMSGateway(failures: 0).port) }
        #expect(try app.sms("INFO").string("status") == "accepted")
        for _ in 0..<60 {
            try app.application.outboxSender?.runOnce()
            app.clock.advance(by: OutboxRetry.longestWaitSeconds * 1000)
        }
        let failed = try app.request("GET", "/v1/sms/outbox?status=failed", token: try app.makeToken(.admin))
        #expect(failed.count("items") == 1)
        #expect(failed.string("items.0.lastError")?.hasPrefix("network") == true)
    }
}
