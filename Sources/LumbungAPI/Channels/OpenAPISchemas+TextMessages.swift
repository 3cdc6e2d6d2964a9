import MicroHTTP

/// Schemas of phones, the SMS webhook and the outbox.
extension OpenAPISchemas {
    /// A registered phone as answered.
    static let phone = record(["number", "outletId", "cooperativeId", "name", "createdAt"], [
        ("number", pattern("^\\+62[1-9][0-9]{7,11}$", "The number in E.164, e.g. +6281234567890.")),
        ("outletId", stringSchema), ("cooperativeId", stringSchema),
        ("name", described("string", "Who holds it; recorded as the actor of its writes.")), ("createdAt", dateTime),
    ])

    /// A phone as sent.
    static let phoneInput = record(["number", "outletId"], [
        ("number", pattern(trimmed("\\+?[0-9][0-9 ().-]{6,38}"),
                           "0812…, 62812… or +62812…, spaces, dashes, dots and brackets allowed; anything else is 422.")),
        ("outletId", text(100)), ("name", orNull(text(100))),
    ])

    /// The gateway app's webhook event.
    static let inboundEvent = JSON.object([
        ("type", .string("object")), ("required", .array([.string("event"), .string("id")])),
        ("properties", .object([
            ("event", described("string", "sms:received is handled; any other event is ignored.")),
            ("id", described("string", "The event id: a repeat of it is answered as the first time.")),
            ("deviceId", stringSchema), ("webhookId", stringSchema),
            ("payload", record(["message", "phoneNumber"], [
                ("messageId", stringSchema), ("message", described("string", "The text, in the message language.")),
                ("phoneNumber", described("string", "The sender.")), ("simNumber", nullable("integer")),
                ("receivedAt", stringSchema),
            ])),
        ])),
    ])

    /// The answer to a webhook event.
    static let inboundAnswer = record(["status", "reply"], [
        ("status", oneOf(["accepted", "rejected", "ignored"])),
        ("reply", nullable("string", "The reply sent back (also queued in the outbox), parts of at most 160 characters joined by new lines.")),
    ])

    /// A queued reply.
    static let outboxMessage = record(["id", "to", "text", "status", "attempts", "createdAt", "sentAt", "lastError"], [
        ("id", stringSchema), ("to", stringSchema), ("text", described("string", "At most 160 characters.")),
        ("status", oneOf(["pending", "sent", "failed"])), ("attempts", .object([("type", .string("integer")), ("minimum", .int(0))])),
        ("createdAt", dateTime), ("sentAt", orNull(dateTime)), ("lastError", nullable("string")),
    ])
}
