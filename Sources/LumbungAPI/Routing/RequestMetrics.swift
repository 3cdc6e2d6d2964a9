import MicroHTTP
import Prometheus
import Synchronization

/// Counts requests and their latency by route template and status in a Prometheus registry.
/// The registry's counter and histogram of each (method, route, status) are looked up once and kept,
/// so a request costs one dictionary lookup instead of building and matching label lists.
final class RequestMetrics: RequestObserver {
    let registry: PrometheusCollectorRegistry
    private let kept = Mutex<[Key: Instruments]>([:])

    /// What one request is counted by.
    private struct Key: Hashable {
        let method: String
        let route: String?
        let status: Int
    }

    /// The registry's instruments for one key.
    private struct Instruments: Sendable {
        let requests: Counter
        let duration: DurationHistogram
    }

    /// Counts into `registry`.
    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
    }
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

    /// Counts one answered request under bounded labels (a known method or `other`, and a route template or
    /// `unmatched`, so made-up methods and paths cannot grow the exposition) and records how long it took.
    func observe(method: String, route: String?, status: Int, seconds: Double) {
        let key = Key(method: Self.knownMethods.contains(method) ? method : "other", route: route, status: status)
        let instruments = kept.withLock { kept in
            if let found = kept[key] { return found }
            let made = makeInstruments(key)
            kept[key] = made
            return made
        }
        instruments.requests.increment()
        instruments.duration.record(.nanoseconds(Int64(seconds * 1e9)))
    }

    /// Asks the registry for the instruments of `key` (the registry returns the same ones for the same labels).
    private func makeInstruments(_ key: Key) -> Instruments {
        let route = key.route ?? "unmatched"
        return Instruments(
            requests: registry.makeCounter(descriptor: Self.requests,
                                           labels: [("method", key.method), ("route", route), ("status", String(key.status))]),
            duration: registry.makeDurationHistogram(descriptor: Self.duration,
                                                     labels: [("method", key.method), ("route", route)],
                                                     buckets: Self.buckets))
    }
}
