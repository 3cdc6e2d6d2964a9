import MicroHTTP
import Prometheus

/// Counts requests and their latency by route template and status in a Prometheus registry.
struct RequestMetrics: RequestObserver {
    let registry: PrometheusCollectorRegistry
    private static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
        namespace: "lumbung", subsystem: "http", metricName: "requests", unitName: "total",
        helpText: "HTTP requests answered, by method, route template and status.")
    }
    private static var duration: MetricNameDescriptor {
        MetricNameDescriptor(
        namespace: "lumbung", subsystem: "http", metricName: "request_duration", unitName: "seconds",
        helpText: "Time from the request headers to the response, by route template.")
    }
    private static let buckets: [Duration] = [
        .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2.5),
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5),
    ]

    /// The methods counted under their own name; any other method is counted as `other`.
    static let knownMethods: Set<String> = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]

    /// Counts one answered request under bounded labels: a known method or `other`, and a route template
    /// or `unmatched`, so made-up methods and paths cannot grow the exposition.
    func observe(method: String, route: String?, status: Int, seconds: Double) {
        let route = route ?? "unmatched"
        let method = Self.knownMethods.contains(method) ? method : "other"
        registry.makeCounter(descriptor: Self.requests,
                             labels: [("method", method), ("route", route), ("status", String(status))]).increment()
        registry.makeDurationHistogram(descriptor: Self.duration, labels: [("method", method), ("route", route)],
                                       buckets: Self.buckets)
            .record(.nanoseconds(Int64(seconds * 1e9)))
    }
}
