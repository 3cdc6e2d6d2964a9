import MicroHTTP
import Synchronization

/// Counts requests and their latency by route template and status, and writes them in the Prometheus text format
/// after the registry's own metrics (`/metrics`). Counted here rather than in the registry's instruments, whose
/// histogram takes a `pthread` lock and compares the value with every bound on every request: a request costs one
/// lookup of its key (the route's identity, a method number and the status, hashed as one word), one atomic add and
/// a short lock of its route's histogram. The kept counts are read without a lock (see `Table`).
final class RequestMetrics: RequestObserver {
    /// The address of the current `Table` (retained by `tables`).
    private let current = Atomic<UInt>(0)
    /// Every table made, newest last, each kept until the metrics go: a reader may still hold an older one.
    /// Held while a new key is added, so additions take turns.
    private let tables = Mutex<[Table]>([])

    /// The counts of every key seen so far; never changed, but replaced by a larger copy when a new key appears
    /// (rarely: there are at most routes × methods × statuses of them).
    private final class Table: Sendable {
        let counts: [Key: Counts]
        /// The keys in the order they first appeared, for the exposition.
        let order: [Key]

        init(_ counts: [Key: Counts], order: [Key]) {
            self.counts = counts
            self.order = order
        }
    }

    /// What one request is counted by: the route (nil: none matched), the method's place in `knownMethods`
    /// (its count for any other method) and the status.
    /// The key keeps its route, so the route's identity cannot be taken by another route while it is kept.
    private struct Key: Hashable, Sendable {
        let route: Route?
        let method: Int
        let status: Int

        static func == (one: Key, other: Key) -> Bool {
            one.route === other.route && one.method == other.method && one.status == other.status
        }

        /// One word fed to the hasher (the route's address with the method and status folded into its high
        /// bits): each word costs the hasher a round, and a request looks its key up every time.
        func hash(into hasher: inout Hasher) {
            let address = route.map { UInt(bitPattern: ObjectIdentifier($0)) } ?? 0
            hasher.combine(address ^ (UInt(truncatingIfNeeded: method) << 48) ^ (UInt(truncatingIfNeeded: status) << 52))
        }

        /// The method's label.
        var methodLabel: String { method < RequestMetrics.knownMethods.count ? RequestMetrics.knownMethods[method] : "other" }
        /// The route's label.
        var routeLabel: String { route?.template ?? "unmatched" }
    }

    /// The counts of one key: its requests, and the latency histogram it shares with the other statuses of its
    /// method and route.
    private final class Counts: Sendable {
        let requests = Atomic<Int>(0)
        let duration: LatencyHistogram

        init(duration: LatencyHistogram) {
            self.duration = duration
        }
    }

    /// The buckets' upper bounds in seconds.
    static let bounds: [Double] = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

    /// The methods counted under their own name; any other method is counted as `other`.
    static let knownMethods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]

    /// Counts one answered request under bounded labels (a known method or `other`, and a route template or
    /// `unmatched`, so made-up methods and paths cannot grow the exposition) and records how long it took.
    func observe(method: String, route: Route?, status: Int, seconds: Double) {
        let key = Key(route: route, method: Self.knownMethods.firstIndex(of: method) ?? Self.knownMethods.count,
                      status: status)
        let counts = kept(key) ?? add(key)
        counts.requests.add(1, ordering: .relaxed)
        counts.duration.record(seconds)
    }

    /// The counts of `key` in the current table, read without a lock or a retain of the table.
    private func kept(_ key: Key) -> Counts? {
        guard let table = UnsafeRawPointer(bitPattern: current.load(ordering: .acquiring)) else { return nil }
        return Unmanaged<Table>.fromOpaque(table)._withUnsafeGuaranteedRef { $0.counts[key] }
    }

    /// Makes the counts of a new key and publishes a table holding them (or finds them, when another thread
    /// added them meanwhile).
    private func add(_ key: Key) -> Counts {
        tables.withLock { tables in
            var counts = tables.last?.counts ?? [:]
            if let found = counts[key] { return found }
            let histogram = counts.first { $0.key.route === key.route && $0.key.method == key.method }?.value.duration
            let made = Counts(duration: histogram ?? LatencyHistogram(bounds: Self.bounds))
            counts[key] = made
            let table = Table(counts, order: (tables.last?.order ?? []) + [key])
            tables.append(table)
            current.store(UInt(bitPattern: Unmanaged.passUnretained(table).toOpaque()), ordering: .releasing)
            return made
        }
    }

    /// Writes the request counter and the latency histograms in the Prometheus text format.
    func emit(into text: inout String) {
        guard let table = tables.withLock({ $0.last }) else { return }
        text += "# HELP lumbung_http_requests_total HTTP requests answered, by method, route template and status.\n"
        text += "# TYPE lumbung_http_requests_total counter\n"
        for key in table.order {
            let count = table.counts[key]?.requests.load(ordering: .relaxed) ?? 0
            text += "lumbung_http_requests_total{method=\"\(key.methodLabel)\",route=\"\(key.routeLabel)\",status=\"\(key.status)\"} \(count)\n"
        }
        text += "# HELP lumbung_http_request_duration_seconds Time from the request headers to the response, by route template.\n"
        text += "# TYPE lumbung_http_request_duration_seconds histogram\n"
        var written: [ObjectIdentifier] = []
        for key in table.order {
            guard let histogram = table.counts[key]?.duration, !written.contains(ObjectIdentifier(histogram)) else { continue }
            written.append(ObjectIdentifier(histogram))
            histogram.emit(into: &text, name: "lumbung_http_request_duration_seconds",
                           labels: "method=\"\(key.methodLabel)\",route=\"\(key.routeLabel)\"")
        }
    }
}
