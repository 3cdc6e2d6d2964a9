import MicroHTTP

/// One problem+json answer an operation may give: its status, its stable `code` and when it happens.
struct OpenAPIProblem {
    /// The HTTP status.
    let status: Int
    /// The `code` member of the problem.
    let code: String
    /// When the problem is answered.
    let description: String

    /// 400 `malformed`: a query parameter, header or body that cannot be parsed.
    static func malformed(_ description: String) -> Self { Self(status: 400, code: "malformed", description: description) }
    /// 401 `unauthenticated`.
    static func unauthenticated(_ description: String) -> Self {
        Self(status: 401, code: "unauthenticated", description: description)
    }
    /// 403 `forbidden`: a valid token outside its role or scope.
    static func forbidden(_ description: String) -> Self { Self(status: 403, code: "forbidden", description: description) }
    /// 404 `not_found`.
    static func notFound(_ description: String) -> Self { Self(status: 404, code: "not_found", description: description) }
    /// 409 `conflict`.
    static func conflict(_ description: String) -> Self { Self(status: 409, code: "conflict", description: description) }
    /// 409 `insufficient_stock`, with `available`.
    static let insufficientStock = Self(status: 409, code: "insufficient_stock", description: """
        insufficient_stock: the balance would go negative; nothing is written and `available` holds the balance
        """)
    /// 413 `payload_too_large`.
    static func payloadTooLarge(_ description: String) -> Self {
        Self(status: 413, code: "payload_too_large", description: description)
    }
    /// 415 `unsupported_media_type`.
    static func unsupportedMediaType(_ description: String) -> Self {
        Self(status: 415, code: "unsupported_media_type", description: description)
    }
    /// 422 `invalid`: well-formed but invalid values, each named in `errors`.
    static func invalid(_ description: String) -> Self { Self(status: 422, code: "invalid", description: description) }
    /// 422 `idempotency_key_reused`.
    static let idempotencyKeyReused = Self(status: 422, code: "idempotency_key_reused",
                                           description: "idempotency_key_reused: this Idempotency-Key came with another body")

    /// 429 `rate_limited`, with `Retry-After`.
    static func rateLimited(_ description: String) -> Self { Self(status: 429, code: "rate_limited", description: description) }
    /// 503 `storage_unavailable`, with `Retry-After`: implied for every operation that uses the database.
    static let storageUnavailable = Self(status: 503, code: "storage_unavailable", description: """
        storage_unavailable: the database cannot write (disk full, read-only; `reason` says which) or a query ran past \
        the query-time budget (`reason` over_budget); nothing was written, retry after Retry-After seconds
        """)

    /// The responses for `problems`, one per status in ascending order: descriptions joined, codes listed.
    static func responses(_ problems: [OpenAPIProblem]) -> [(key: String, value: JSON)] {
        let statuses = Set(problems.map(\.status)).sorted()
        return statuses.map { status in
            let cases = problems.filter { $0.status == status }
            var codes: [String] = []
            for code in cases.map(\.code) where !codes.contains(code) { codes.append(code) }
            let code: JSON = codes.count == 1 ? .object([("const", .string(codes[0]))])
                : .object([("enum", .array(codes.map(JSON.string)))])
            let schema = JSON.object([("allOf", .array([
                OpenAPISchemas.ref("Problem"),
                .object([("properties", .object([("status", .object([("const", .int(status))])), ("code", code)]))]),
            ]))])
            var headers = [OpenAPIHeaders.requestID]
            if status == 401 { headers.append(OpenAPIHeaders.wwwAuthenticate) }
            if status == 429 || status == 503 { headers.append(OpenAPIHeaders.retryAfter) }
            return (String(status), .object([
                ("description", .string(cases.map(\.description).joined(separator: "; "))),
                ("headers", .object(headers)),
                ("content", .object([("application/problem+json", .object([("schema", schema)]))])),
            ]))
        }
    }
}
