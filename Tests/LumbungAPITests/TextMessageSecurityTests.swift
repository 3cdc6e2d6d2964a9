import Foundation
import HTTPTestClient
import Testing

/// The webhook's signature, replays and switch.
@Suite struct TextMessageSecurityTests {
    @Test func aBadSignatureOrStaleTimestampIsRefusedAndWritesNothing() throws {
        let app = try TestApp.withTextMessages()
        let world = try app.makeStockWorld()
        try app.registerPhone(outletID: world.outletID, token: world.admin)
        let now = app.clock.now().millisecondsSinceEpoch / 1000
        #expect(try app.sms("TERIMA LPG 5", secret: "wrong").status == 401)
        #expect(try app.sms("TERIMA LPG 5", timestamp: now - 301).status == 401)
        #expect(try app.sms("TERIMA LPG 5", timestamp: now + 301).status == 401)
        #expect(try app.sms("TERIMA LPG 5", timestamp: now - 299).status == 200)
        let body = TestApp.inboundBody("TERIMA LPG 5", from: "081234567890", id: "x")
        let unsigned = try app.request("POST", "/v1/sms/inbound", json: body)
        #expect(unsigned.status == 401)
        #expect(unsigned.string("code") == "unauthenticated")
        let tampered = try app.request("POST", "/v1/sms/inbound", json: body.replacingOccurrences(of: "5", with: "9"),
                                       headers: [("X-Timestamp", String(now)), ("X-Signature", TestApp.signature(body, String(now)))])
        #expect(tampered.status == 401)
        #expect(try app.storedBalance(world.outletID) == 5_000)
        #expect(try app.rowCount("text_messages_in") == 1)
    }

    @Test func theChannelIsOffWithoutASecret() throws {
        let app = try TestApp(overSocket: true)
        let body = TestApp.inboundBody("INFO", from: "081234567890", id: "x")
        #expect(try app.request("POST", "/v1/sms/inbound", json: body, headers: [("X-Timestamp", "1"), ("X-Signature", "00")]).status == 404)
    }

    @Test func otherEventsAreIgnored() throws {
        let app = try TestApp.withTextMessages()
        let answer = try app.sms("TERIMA LPG 5", event: "sms:delivered")
        #expect(answer.status == 200)
        #expect(answer.string("status") == "ignored")
        #expect(answer.value("reply") == .null)
        #expect(try app.rowCount("outbox") == 0)
    }

    @Test func aReceivedEventWithoutIdOrSenderIsInvalid() throws {
        let app = try TestApp.withTextMessages()
        let timestamp = String(app.clock.now().millisecondsSinceEpoch / 1000)
        for body in [#"{"event":"sms:received","payload":{"message":"INFO","phoneNumber":"081234567890"}}"#,
                     #"{"event":"sms:received","id":"e1","payload":{"message":"INFO"}}"#,
                     #"{"event":"sms:received","id":"e2","payload":{"message":7,"phoneNumber":"081234567890"}}"#] {
            let answer = try app.request("POST", "/v1/sms/inbound", json: body,
                                         headers: [("X-Timestamp", timestamp), ("X-Signature", TestApp.signature(body, timestamp))])
            #expect(answer.status == 422, "\(body)")
        }
        #expect(try app.rowCount("text_messages_in") == 0)
    }

    @Test func aRetriedEventReplaysTheFirstAnswerAndWritesOnce() throws {
        let app = try TestApp.withTextMessages()
        let world = try app.makeStockWorld()
        try app.registerPhone(outletID: world.outletID, token: world.admin)
        let first = try app.sms("TERIMA LPG 40", id: "evt-1")
        #expect(first.header("Idempotent-Replayed") == nil)
        let again = try app.sms("TERIMA LPG 40", id: "evt-1")
        #expect(again.header("Idempotent-Replayed") == "true")
        #expect(again.text == first.text)
        #expect(try app.storedBalance(world.outletID) == 40_000)
        #expect(try app.rowCount("outbox") == 1)
    }

    @Test func messagesAreKeptNinetyDaysThenForgottenUnlessTheirReplyIsPending() throws {
        let app = try TestApp.withTextMessages()
        #expect(try app.sms("?", id: "old").string("status") == "accepted")
        #expect(try app.sms("?", id: "waiting").string("status") == "accepted")
        try app.application.store.recordRepliesHandedOver(eventID: "old", at: app.clock.now())
        app.clock.advance(by: 89 * 24 * 3_600_000)
        try app.application.sweeper.runOnce()
        #expect(try app.sms("?", id: "old").header("Idempotent-Replayed") == "true")
        app.clock.advance(by: 2 * 24 * 3_600_000)
        try app.application.sweeper.runOnce()
        #expect(try app.rowCount("text_messages_in") == 1)
        #expect(try app.request("GET", "/v1/sms/outbox", token: try app.makeToken(.admin)).string("items.0.status") == "pending")
        #expect(try app.rowCount("outbox") == 1)
    }

    @Test func concurrentRepeatsWriteOnce() throws {
        let app = try TestApp.withTextMessages()
        let world = try app.makeStockWorld()
        try app.registerPhone(outletID: world.outletID, token: world.admin)
        let statuses = Statuses()
        let port = app.port
        let body = TestApp.inboundBody("TERIMA LPG 7", from: "081234567890", id: "evt-same")
        let timestamp = String(app.clock.now().millisecondsSinceEpoch / 1000)
        let headers = [("Content-Type", "application/json"), ("X-Timestamp", timestamp),
                       ("X-Signature", TestApp.signature(body, timestamp))]
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let answer = try? HTTPConnection(port: port).request("POST", "/v1/sms/inbound", headers: headers, body: Array(body.utf8))
            statuses.add(answer?.header("Idempotent-Replayed") ?? (answer?.status == 200 ? "first" : "failed"))
        }
        #expect(statuses.sorted == ["first"] + Array(repeating: "true", count: 7))
        #expect(try app.storedBalance(world.outletID) == 7_000)
        #expect(try app.rowCount("outbox") == 1)
    }
}

/// Answers gathered from several threads.
final class Statuses: @unchecked Sendable {
    // @unchecked because: `values` is only touched while holding `lock`.
    private let lock = NSLock()
    private var values: [String] = []

    func add(_ value: String) { lock.lock(); values.append(value); lock.unlock() }
    var sorted: [String] { lock.lock(); defer { lock.unlock() }; return values.sorted() }
}
