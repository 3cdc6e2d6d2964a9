import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `POST /v1/sms/inbound`: the gateway app's webhook (signed). A received message is handled
    /// once per event id → 200 `{"status","reply"}`; any other event is ignored. 404 while no
    /// webhook secret is configured.
    func receiveTextWebhook(_ request: Request) throws -> Response {
        guard let secret = configuration.smsWebhookSecret else { throw DomainError.notFound("Text messages are switched off.") }
        try WebhookSignature.verify(request, secret: secret, now: clock.now())
        var body = try BodyReader(request)
        let event = body.text("event", maxLength: 100)
        let eventID = body.text("id", required: false, maxLength: 255)
        try body.finish()
        guard event == "sms:received" else { return Self.textAnswer(TextAnswer(status: .ignored, parts: []), replayed: false) }
        guard let eventID else { throw DomainError.invalid(field: "id", message: "is required") }
        var payload = BodyReader(body.value("payload") ?? .null)
        let sender = payload.text("phoneNumber", maxLength: 40)
        let message = payload.value("message")
        guard case .string(let text)? = message else {
            payload.fail("payload.message", message == nil ? "is required" : "must be a string")
            throw DomainError.invalid(payload.errors)
        }
        guard let sender else { throw DomainError.invalid(field: "payload.phoneNumber", message: "is required") }
        let (answer, replayed) = try receiveText(eventID: eventID, sender: sender, text: text)
        return Self.textAnswer(answer, replayed: replayed)
    }

    /// Handles one inbound message as the webhook does (also used by `lumbung sms receive`): once per
    /// `eventID`, all its clauses in one transaction; the reply is queued in the outbox.
    public func receiveText(eventID: String, sender: String, text: String) throws -> (answer: TextAnswer, replayed: Bool) {
        try TextMessageDesk(storage: storage, clock: clock, staleAfterHours: configuration.staleAfterHours)
            .receive(eventID: eventID, sender: sender, text: text)
    }

    /// `GET /v1/sms/outbox?status=` (admin): queued replies, newest first.
    func listOutbox(_ request: Request) throws -> Response {
        let query = QueryReader(request: request)
        let status = try query.choice("status", OutboxStatus.allCases.map(\.rawValue)).flatMap(OutboxStatus.init(rawValue:))
        let messages = try listing { try storage.outbox(status: status, page: try query.page()) }
        return .json(messages.json(TextMessageJSON.outboxMessage))
    }

    /// `200 {"status","reply"}`, marked when it replays the first answer.
    private static func textAnswer(_ answer: TextAnswer, replayed: Bool) -> Response {
        var response = Response.json(TextMessageJSON.answer(answer))
        if replayed { response.headers.set("Idempotent-Replayed", "true") }
        return response
    }
}
