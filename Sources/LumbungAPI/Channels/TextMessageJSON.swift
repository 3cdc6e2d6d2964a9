import LumbungCore
import MicroHTTP

/// JSON bodies of phones, webhook answers and the outbox.
enum TextMessageJSON {
    /// `{"number","outletId","cooperativeId","name","createdAt"}`.
    static func phone(_ phone: Phone) -> JSON {
        .object([("number", .string(phone.number.e164)), ("outletId", .string(phone.outletID)),
                 ("cooperativeId", .string(phone.cooperativeID)), ("name", .string(phone.name)),
                 ("createdAt", .string(phone.createdAt.rfc3339))])
    }

    /// `{"status","reply"}`.
    static func answer(_ answer: TextAnswer) -> JSON {
        .object([("status", .string(answer.status.rawValue)), ("reply", .string(answer.reply))])
    }

    /// `{"id","to","text","status","attempts","createdAt","sentAt","lastError"}`.
    static func outboxMessage(_ message: OutboxMessage) -> JSON {
        .object([("id", .string(message.id)), ("to", .string(message.to)), ("text", .string(message.text)),
                 ("status", .string(message.status.rawValue)), ("attempts", .int(message.attempts)),
                 ("createdAt", .string(message.createdAt.rfc3339)), ("sentAt", .string(message.sentAt?.rfc3339)),
                 ("lastError", .string(message.lastError))])
    }
}
