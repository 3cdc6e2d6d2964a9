import MicroHTTP

/// Response header fields of the OpenAPI description, described once under `components.headers` and referred to.
enum OpenAPIHeaders {
    /// `X-Request-Id`, on every answer.
    static let requestID = reference("X-Request-Id")
    /// `WWW-Authenticate: Bearer`, on every 401.
    static let wwwAuthenticate = reference("WWW-Authenticate")
    /// `Idempotent-Replayed: true`, on a replayed answer.
    static let idempotentReplayed = reference("Idempotent-Replayed")

    /// `Retry-After`, on 429 and 503 answers.
    static let retryAfter = reference("Retry-After")

    /// The headers under `components.headers`.
    static let all: [(key: String, value: JSON)] = [
        header("X-Request-Id", required: true,
               "The id of this request, also in the access log line (the client's own when it sent one)."),
        header("WWW-Authenticate", required: true,
               "`Bearer`; on the signed SMS webhook `X-Signature`, the HMAC-SHA256 signature it expects."),
        header("Idempotent-Replayed", required: false,
               "`true` when this is the kept answer to an earlier request with the same Idempotency-Key; nothing was written."),
        header("Retry-After", required: true, "Whole seconds to wait before trying again."),
    ]

    /// A header field described by its name, whether it is always present and what it holds.
    private static func header(_ name: String, required: Bool, _ description: String) -> (key: String, value: JSON) {
        (name, .object([("description", .string(description)), ("required", .bool(required)),
                        ("schema", OpenAPISchemas.stringSchema)]))
    }

    /// The header `name` of an answer, referring to its description under `components.headers`.
    private static func reference(_ name: String) -> (key: String, value: JSON) {
        (name, .object([("$ref", .string("#/components/headers/\(name)"))]))
    }
}
