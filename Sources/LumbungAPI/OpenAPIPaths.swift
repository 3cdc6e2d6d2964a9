import MicroHTTP

/// The paths of the OpenAPI description, one entry per route.
enum OpenAPIPaths {
    /// Every documented path with its operations.
    static var all: [(key: String, value: JSON)] { meta + stock + directory + places + reports + prices + alerts }

    /// The meta routes.
    static let meta: [(key: String, value: JSON)] = [
        ("/healthz", .object([("get", operation("Health of the service and its database", responses: [
            ("200", jsonResponse("The database answers", OpenAPISchemas.ref("Health"))),
            ("503", jsonResponse("The database does not answer", OpenAPISchemas.ref("Health"))),
        ]))])),
        ("/metrics", .object([("get", operation("Prometheus metrics", responses: [
            ("200", .object([("description", .string("Prometheus text exposition")),
                             ("content", .object([("text/plain", .object([("schema", OpenAPISchemas.stringSchema)]))]))])),
        ]))])),
        ("/openapi.json", .object([("get", operation("This document", responses: [
            ("200", jsonResponse("The OpenAPI description", .object([("type", .string("object"))]))),
        ]))])),
    ]

    /// An operation with a summary and responses; problem responses are added by the caller.
    static func operation(_ summary: String, parameters: [JSON] = [], body: JSON? = nil,
                          responses: [(key: String, value: JSON)]) -> JSON {
        var members: [(key: String, value: JSON)] = [("summary", .string(summary))]
        if !parameters.isEmpty { members.append(("parameters", .array(parameters))) }
        if let body { members.append(("requestBody", body)) }
        members.append(("responses", .object(responses)))
        return .object(members)
    }

    /// A JSON response with a schema.
    static func jsonResponse(_ description: String, _ schema: JSON) -> JSON {
        .object([("description", .string(description)),
                 ("content", .object([("application/json", .object([("schema", schema)]))]))])
    }

    /// A problem+json response.
    static func problemResponse(_ description: String) -> JSON {
        .object([("description", .string(description)),
                 ("content", .object([("application/problem+json", .object([("schema", OpenAPISchemas.ref("Problem"))]))]))])
    }
}
