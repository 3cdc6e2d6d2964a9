import MicroHTTP

/// One operation of the OpenAPI description. Its access rule and idempotency are those of its route in
/// `LumbungAPI.routeTable`; besides what is listed, it carries the answers they and its body imply (401, 403, 400,
/// 413, 415, 422), and `X-Request-Id` on every answer.
struct OpenAPIOperation {
    /// Who may call an operation.
    enum Access {
        /// Anyone; an `Authorization` header is not looked at.
        case open
        /// Anyone; a token that is sent must be valid (an unknown or revoked one is 401).
        case optionalToken
        /// A valid token only; `refused` tells when a valid token is still refused (403), nil when never.
        case token(refused: String?)
    }

    /// The body an operation reads.
    enum Body {
        /// An `application/json` object.
        case json(JSON, required: Bool = true)
        /// A `text/csv` document, up to the CSV limit.
        case csv(JSON)
    }

    /// A successful answer.
    struct Answer {
        /// The HTTP status.
        let status: Int
        /// What the answer means.
        let description: String
        /// The schema of the body by media type; empty for no body.
        let content: [(key: String, value: JSON)]

        /// A JSON answer.
        static func json(_ status: Int, _ description: String, _ schema: JSON) -> Self {
            Self(status: status, description: description, content: [("application/json", .object([("schema", schema)]))])
        }
    }

    /// A unique name such as `listRegions`.
    let id: String
    /// A short summary.
    let summary: String
    /// The details, when the summary is not enough.
    var description: String?
    /// Who may call it, as its route declares.
    var access: Access { route?.access.openAPI ?? .open }
    /// Path, query and header parameters (`Idempotency-Key` is added for idempotent operations).
    var parameters: [JSON] = []
    /// The request body, if any.
    var body: Body?
    /// Whether `Idempotency-Key` is honoured, as its route declares.
    var idempotent: Bool { (route?.idempotency ?? .none) != .none }
    /// The route this operation describes.
    private var route: RouteDeclaration? { LumbungAPI.declaredRoute(operationID: id) }
    /// Whether a repeat is answered with the first answer and `Idempotent-Replayed: true` by another
    /// key than `Idempotency-Key` (the SMS webhook's event id).
    var replaysByContent = false
    /// The successful answers.
    let answers: [Answer]
    /// The problems beyond those implied by access, body, idempotency and storage.
    var problems: [OpenAPIProblem] = []
    /// Whether it uses the database (and so may answer 503 `storage_unavailable`).
    var usesStorage = true

    /// The operation object.
    var json: JSON {
        var members: [(key: String, value: JSON)] = [("operationId", .string(id)), ("summary", .string(summary))]
        if let description { members.append(("description", .string(description))) }
        members.append(("security", security))
        let parameters = self.parameters + (idempotent ? [OpenAPIParameters.idempotencyKey] : [])
        if !parameters.isEmpty { members.append(("parameters", .array(parameters))) }
        if let body { members.append(("requestBody", Self.requestBody(body))) }
        let successes = answers.map { answer -> (key: String, value: JSON) in
            var response: [(key: String, value: JSON)] = [
                ("description", .string(answer.description)),
                ("headers", .object([OpenAPIHeaders.requestID]
                                    + (idempotent || replaysByContent ? [OpenAPIHeaders.idempotentReplayed] : []))),
            ]
            if !answer.content.isEmpty { response.append(("content", .object(answer.content))) }
            return (String(answer.status), .object(response))
        }
        members.append(("responses", .object(successes + OpenAPIProblem.responses(impliedProblems + problems))))
        return .object(members)
    }

    /// The security requirement of the access rule.
    private var security: JSON {
        let bearer = JSON.object([(OpenAPIDocument.bearerScheme, .array([]))])
        switch access {
        case .open: return .array([])
        case .optionalToken: return .array([.object([]), bearer])
        case .token: return .array([bearer])
        }
    }

    /// The problems that follow from the access rule, the body, idempotency and the use of storage.
    private var impliedProblems: [OpenAPIProblem] {
        var implied: [OpenAPIProblem] = []
        switch access {
        case .open:
            break
        case .optionalToken:
            implied.append(.unauthenticated("An unknown or revoked bearer token was sent (without one the call is public)"))
        case .token(let refused):
            implied.append(.unauthenticated("No bearer token, or an unknown or revoked one"))
            if let refused { implied.append(.forbidden(refused)) }
        }
        switch body {
        case .json?:
            implied += [.malformed("The body is not a JSON object"),
                        .payloadTooLarge("The body is over the body limit (default 1 MiB)"),
                        .unsupportedMediaType("The body is not application/json")]
        case .csv?:
            implied += [.malformed("The body is not UTF-8 text"),
                        .payloadTooLarge("The body is over the CSV limit (16 MiB)"),
                        .unsupportedMediaType("The body is not text/csv")]
        case nil:
            break
        }
        if idempotent {
            implied += [.malformed("Idempotency-Key is not 1 to 255 printable ASCII characters"), .idempotencyKeyReused]
        }
        if usesStorage { implied.append(.storageUnavailable) }
        return implied
    }

    /// The request body object.
    private static func requestBody(_ body: Body) -> JSON {
        switch body {
        case .json(let schema, let required):
            return .object([("required", .bool(required)),
                            ("content", .object([("application/json", .object([("schema", schema)]))]))])
        case .csv(let schema):
            return .object([("required", .bool(true)), ("content", .object([("text/csv", .object([("schema", schema)]))]))])
        }
    }
}
