import MicroHTTP
import Prometheus

extension LumbungAPI {
    private static var databaseSize: MetricNameDescriptor {
        MetricNameDescriptor(
        namespace: "lumbung", subsystem: "database", metricName: "size", unitName: "bytes",
        helpText: "Size of the database file in bytes.")
    }

    /// `GET /healthz`: 200 when the database answers, else 503.
    func healthz(_ request: Request) throws -> Response {
        do {
            try storage.check()
            return .json(.object([("status", .string("ok"))]))
        } catch {
            return .json(.object([("status", .string("unavailable")), ("detail", .string("database: \(error)"))]),
                         status: 503)
        }
    }

    /// `GET /metrics`: the Prometheus text exposition.
    func metricsText(_ request: Request) throws -> Response {
        if let size = try? storage.sizeInBytes() {
            metrics.makeGauge(descriptor: Self.databaseSize).set(Double(size))
        }
        try? recordOpenAlerts()
        try? recordOutboxBacklog()
        var response = Response(status: 200, body: metrics.emitToBuffer())
        response.headers.set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
        return response
    }

    /// `GET /openapi.json`: the OpenAPI 3.1 description of every `/v1` route.
    func openAPI(_ request: Request) throws -> Response {
        .json(OpenAPIDocument(version: version).json)
    }
}
