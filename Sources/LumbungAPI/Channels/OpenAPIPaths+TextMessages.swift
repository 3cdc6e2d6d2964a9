import MicroHTTP

/// The text message routes: phones, the gateway's webhook and the outbox.
extension OpenAPIPaths {
    /// The text message paths.
    static let textMessages: [(key: String, value: JSON)] = [
        ("/v1/phones", .object([
            ("post", OpenAPIOperation(
                id: "createPhone", summary: "Register a phone to act for an outlet by text message",
                description: "The number is stored and shown in E.164. Admins, and officers for outlets in their region.",
                body: .json(OpenAPISchemas.phoneInput),
                answers: [.json(201, "Registered", OpenAPISchemas.phone)],
                problems: [.invalid("A number that is not an Indonesian mobile number, or an unknown outlet"),
                           .conflict("The number is already registered")]).json),
            ("get", OpenAPIOperation(
                id: "listPhones", summary: "Registered phones, by number",
                description: "Admins see every phone, officers those of outlets in their region.",
                parameters: [OpenAPIParameters.query("outletId", "Only this outlet's."),
                             OpenAPIParameters.query("cooperativeId", "Only this cooperative's.")] + OpenAPIParameters.page,
                answers: [.json(200, "One page of phones", OpenAPISchemas.page(of: OpenAPISchemas.phone))],
                problems: [.malformed("limit or cursor cannot be parsed")]).json),
        ])),
        ("/v1/phones/{number}", .object([("delete", OpenAPIOperation(
            id: "deletePhone", summary: "Remove a phone; it cannot write from this moment",
            parameters: [OpenAPIParameters.path("number", "The number, in any accepted form (+ written %2B).")],
            answers: [OpenAPIOperation.Answer(status: 204, description: "Removed", content: [])],
            problems: [.notFound("No such registered phone")]).json)])),
        ("/v1/sms/inbound", .object([("post", OpenAPIOperation(
            id: "receiveTextMessage", summary: "The SMS gateway app's webhook (sms:received)",
            description: """
                Signed: X-Timestamp (Unix seconds, within 300 s of now) and X-Signature (lower-case hex HMAC-SHA256 keyed \
                with smsWebhookSecret over the raw body followed by the X-Timestamp value). All clauses of a message are \
                one transaction; a message is answered 200 whatever it says (rejected, with a reply saying why). The same \
                event id again replays the first answer with Idempotent-Replayed: true. 404 while no secret is configured.
                """,
            parameters: [
                .object([("name", .string("X-Timestamp")), ("in", .string("header")), ("required", .bool(true)),
                         ("schema", OpenAPISchemas.stringSchema)]),
                .object([("name", .string("X-Signature")), ("in", .string("header")), ("required", .bool(true)),
                         ("schema", OpenAPISchemas.stringSchema)]),
            ],
            body: .json(OpenAPISchemas.inboundEvent), replaysByContent: true,
            answers: [OpenAPIOperation.Answer(status: 200, description: "Handled, ignored, or the replay of the first answer", content: [
                ("application/json", .object([("schema", OpenAPISchemas.inboundAnswer)]))])],
            problems: [.unauthenticated("A missing or wrong signature, or a timestamp more than 300 s from now; nothing is written"),
                       .notFound("Text messages are switched off (no smsWebhookSecret)"),
                       .invalid("An sms:received event without id, payload.message or payload.phoneNumber")]).json)])),
        ("/v1/sms/outbox", .object([("get", OpenAPIOperation(
            id: "listOutbox", summary: "Replies queued for the SMS gateway, newest first (admin)",
            parameters: [OpenAPIParameters.query("status", "Only this status.", OpenAPISchemas.oneOf(["pending", "sent", "failed"]))]
                + OpenAPIParameters.page,
            answers: [.json(200, "One page of the outbox", OpenAPISchemas.page(of: OpenAPISchemas.outboxMessage))],
            problems: [.malformed("A query parameter cannot be parsed")]).json)])),
    ]
}
