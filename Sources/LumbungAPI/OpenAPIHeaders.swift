import MicroHTTP

/// Response header fields of the OpenAPI description.
enum OpenAPIHeaders {
    /// `X-Request-Id`, on every answer.
    static let requestID: (key: String, value: JSON) = header(
        "X-Request-Id", required: true, "The id of this request, also in the access log line (the client's own when it sent one).")
    /// `WWW-Authenticate: Bearer`, on every 401.
    static let wwwAuthenticate: (key: String, value: JSON) = header("WWW-Authenticate", required: true, "Always `Bearer`.")
    /// `Idempotent-Replayed: true`, on a replayed answer.
    static let idempotentReplayed: (key: String, value: JSON) = header(
        "Idempotent-Replayed", required: false,
        "`true` when this is the kept answer to an earlier request with the same Idempotency-Key; nothing was written.")

    /// A header field described by its name, whether it is always present and what it holds.
    private static func header(_ name: String, required: Bool, _ description: String) -> (key: String, value: JSON) {
        (name, .object([("description", .string(description)), ("required", .bool(required)),
                        ("schema", OpenAPISchemas.stringSchema)]))
    }
}
