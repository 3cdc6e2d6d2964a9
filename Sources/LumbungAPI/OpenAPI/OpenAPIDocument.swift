import MicroHTTP

/// The OpenAPI 3.1 description served at `/openapi.json`.
struct OpenAPIDocument {
    let version: String

    /// The name of the bearer token scheme.
    static let bearerScheme = "bearerToken"

    /// The whole document.
    var json: JSON {
        .object([
            ("openapi", .string("3.1.0")),
            ("info", .object([
                ("title", .string("Lumbung API")),
                ("version", .string(version)),
                ("description", .string("""
                    Stock and prices of LPG, rice and staples at village cooperative outlets. Every answer carries \
                    X-Request-Id; every error is RFC 9457 application/problem+json with a stable `code`. Besides the \
                    answers listed per operation, any path answers 404 not_found when unknown, 405 \
                    method_not_allowed (with Allow) for a method it lacks, 413 payload_too_large for a body over the \
                    limit, and 500 internal for a bug. Query parameters given an empty value count as absent.
                    """)),
            ])),
            ("servers", .array([.object([("url", .string("/"))])])),
            ("paths", .object(OpenAPIPaths.all)),
            ("components", .object([
                ("schemas", .object(OpenAPISchemas.all)),
                ("headers", .object(OpenAPIHeaders.all)),
                ("securitySchemes", .object([(Self.bearerScheme, .object([
                    ("type", .string("http")), ("scheme", .string("bearer")),
                    ("description", .string("""
                        Authorization: Bearer <token>, a token issued by an admin (POST /v1/tokens) or on the command \
                        line; the role and scope of the token decide what it may do.
                        """)),
                ]))])),
            ])),
        ])
    }
}
