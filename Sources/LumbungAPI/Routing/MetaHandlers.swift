import MicroHTTP
import Prometheus

extension LumbungAPI {
    private static var databaseSize: MetricNameDescriptor {
        MetricNameDescriptor(
        namespace: "lumbung", subsystem: "database", metricName: "size", unitName: "bytes",
        helpText: "Size of the database file in bytes.")
    }

    /// The answer of a healthy `/healthz`, built once.
    private static let healthy = Response.json(.object([("status", .string("ok")), ("storage", .string("ok"))]))

    /// `GET /healthz`: 200 `{"status":"ok","storage":"ok"}` when the database answers (as of at most 100 ms ago,
    /// see `ReachabilityCheck`) and can be written; 503 with `storage` naming why not (`read_only`, `full`,
    /// `io_error`, `unreachable`) otherwise.
    func healthz(_ request: Request) throws -> Response {
        do {
            try reachability.check { try storage.check() }
        } catch {
            return .json(.object([("status", .string("unavailable")), ("storage", .string("unreachable")),
                                  ("detail", .string("database: \(error)"))]), status: 503)
        }
        if let problem = storage.writeProblem {
            var response = Response.json(.object([("status", .string("unavailable")), ("storage", .string(problem.rawValue)),
                                                  ("detail", .string("The database answers reads but cannot be written."))]),
                                         status: 503)
            response.headers.set("Retry-After", String(ProblemMapping.storageRetrySeconds))
            return response
        }
        return Self.healthy
    }

    /// `GET /metrics`: the Prometheus text exposition.
    func metricsText(_ request: Request) throws -> Response {
        if let size = try? storage.sizeInBytes() {
            metrics.makeGauge(descriptor: Self.databaseSize).set(Double(size))
        }
        try? recordOpenAlerts()
        try? recordOutboxBacklog()
        var text = ""
        requestMetrics.emit(into: &text)
        var response = Response(status: 200, body: metrics.emitToBuffer() + Array(text.utf8))
        response.headers.set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
        return response
    }

    /// `GET /openapi.json`: the OpenAPI 3.1 description of every `/v1` route.
    func openAPI(_ request: Request) throws -> Response {
        .json(OpenAPIDocument(version: version).json)
    }
}
