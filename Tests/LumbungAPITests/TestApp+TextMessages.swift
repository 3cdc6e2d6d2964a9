import Crypto
import LumbungApp
import Foundation
import LumbungCore
import MicroHTTP

/// Text message helpers: signed webhook calls in the gateway app's format, and phones.
extension TestApp {
    /// The webhook secret the text message tests configure.
    static let webhookSecret = "gateway-shared-secret"

    /// A service with the SMS webhook switched on.
    static func withTextMessages(configure: (inout Settings) -> Void = { _ in }) throws -> TestApp {
        try TestApp { settings in
            settings.api.smsWebhookSecret = webhookSecret
            configure(&settings)
        }
    }

    /// The webhook body of a received message.
    static func inboundBody(_ text: String, from sender: String, id: String, event: String = "sms:received") -> String {
        let payload: JSON = .object([("messageId", .string("msg-" + id)), ("message", .string(text)), ("phoneNumber", .string(sender)),
                                     ("simNumber", .int(1)), ("receivedAt", .string("2025-10-23T15:00:00.000+07:00"))])
        return String(decoding: JSON.object([("deviceId", .string("dev-1")), ("event", .string(event)), ("id", .string(id)),
                                             ("payload", payload), ("webhookId", .string("hook-1"))]).bytes, as: UTF8.self)
    }

    /// Posts a signed `sms:received` webhook call; `timestamp` defaults to the test clock's now.
    @discardableResult
    func sms(_ text: String, from sender: String = "081234567890", id: String = UUID().uuidString, event: String = "sms:received",
             timestamp: Int64? = nil, secret: String = TestApp.webhookSecret) throws -> APIResponse {
        let body = Self.inboundBody(text, from: sender, id: id, event: event)
        let seconds = String(timestamp ?? clock.now().millisecondsSinceEpoch / 1000)
        return try request("POST", "/v1/sms/inbound", json: body,
                           headers: [("X-Timestamp", seconds), ("X-Signature", Self.signature(body, seconds, secret: secret))])
    }

    /// Lower-case hex HMAC-SHA256 of body + timestamp, as the gateway app signs.
    static func signature(_ body: String, _ timestamp: String, secret: String = webhookSecret) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Array((body + timestamp).utf8), using: SymmetricKey(data: Array(secret.utf8)))
        return code.map { String(format: "%02x", $0) }.joined()
    }

    /// Registers `number` for `outletID` as `name` (admin).
    @discardableResult
    func registerPhone(_ number: String = "081234567890", outletID: String, name: String = "Bu Siti", token: String) throws
        -> APIResponse {
        try request("POST", "/v1/phones", token: token, json: #"{"number":"\#(number)","outletId":"\#(outletID)","name":"\#(name)"}"#)
    }

    /// Rows in a table (inbound messages, outbox, movements…).
    func rowCount(_ table: String) throws -> Int {
        Int(try sqlInt("SELECT count(*) FROM \(table)") ?? 0)
    }
}
