import MicroHTTP

/// The paths of the OpenAPI description, one entry per route.
enum OpenAPIPaths {
    /// Every documented path with its operations.
    static var all: [(key: String, value: JSON)] {
        meta + stock + directory + places + reports + regionalReports + prices + alerts + textMessages
    }

    /// The meta routes.
    static let meta: [(key: String, value: JSON)] = [
        ("/healthz", .object([("get", OpenAPIOperation(
            id: "health", summary: "Health of the service and its database",
            answers: [.json(200, "The database answers and can be written: {\"status\":\"ok\",\"storage\":\"ok\"}",
                            OpenAPISchemas.ref("Health")),
                      .json(503, "The database does not answer, or cannot be written: {\"status\":\"unavailable\","
                            + "\"storage\":\"read_only\"|\"full\"|\"io_error\"|\"unreachable\",\"detail\":…}, with Retry-After "
                            + "when it cannot be written", OpenAPISchemas.ref("Health"))], usesStorage: false).json)])),
        ("/metrics", .object([("get", OpenAPIOperation(
            id: "metrics", summary: "Prometheus metrics",
            description: "Request counts and a latency histogram by route and status, open alerts by kind, database size.",
            answers: [OpenAPIOperation.Answer(status: 200, description: "The Prometheus text exposition (version 0.0.4)",
                                              content: [("text/plain", .object([("schema", OpenAPISchemas.stringSchema)]))])],
            usesStorage: false).json)])),
        ("/openapi.json", .object([("get", OpenAPIOperation(
            id: "openAPI", summary: "This document",
            answers: [.json(200, "The OpenAPI 3.1 description", .object([("type", .string("object"))]))],
            usesStorage: false).json)])),
    ]
}
