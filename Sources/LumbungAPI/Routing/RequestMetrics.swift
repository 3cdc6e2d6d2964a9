import MicroHTTP
import Prometheus
import Synchronization

/// Counts requests and their latency by route template and status in a Prometheus registry.
/// The registry's counter and histogram of each (method, route, status) are looked up once and kept,
/// so a request costs one dictionary lookup of three words (the route's identity, a method number and the
/// status) instead of building and matching label lists or hashing strings. The kept instruments are read
/// without a lock (see `Table`), so the worker threads counting requests do not take turns on one lock.
final class RequestMetrics: RequestObserver {
    let registry: PrometheusCollectorRegistry
    /// The address of the current `Table` (retained by `tables`).
    private let current = Atomic<UInt>(0)
    /// Every table made, newest last, each kept until the metrics go: a reader may still hold an older one.
    /// Held while a new key is added, so additions take turns.
    private let tables = Mutex<[Table]>([])

    /// The instruments of every key seen so far; never changed, but replaced by a larger copy when a new key
    /// appears (rarely: there are at most routes × methods × statuses of them).
    private final class Table: Sendable {
        let instruments: [Key: Instruments]

        init(_ instruments: [Key: Instruments]) {
            self.instruments = instruments
        }
    }

    /// What one request is counted by: the route (nil: none matched), the method's place in `knownMethods`
    /// (its count for any other method) and the status.
    /// The key keeps its route, so the route's identity cannot be taken by another route while it is kept.
    private struct Key: Hashable {
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
    }

    /// The registry's instruments for one key.
    private struct Instruments: Sendable {
        let requests: Counter
        let duration: ValueHistogram
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
    /// The buckets' upper bounds in seconds. Seconds as `Double` rather than `Duration`: the histogram compares
    /// the value with every bound, and a `Duration` comparison is a call where a `Double` one is an instruction.
    private static let buckets: [Double] = [
        0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
    ]

    /// The methods counted under their own name; any other method is counted as `other`.
    static let knownMethods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]

    /// Counts one answered request under bounded labels (a known method or `other`, and a route template or
    /// `unmatched`, so made-up methods and paths cannot grow the exposition) and records how long it took.
    func observe(method: String, route: Route?, status: Int, seconds: Double) {
        let methodNumber = Self.knownMethods.firstIndex(of: method) ?? Self.knownMethods.count
        let key = Key(route: route, method: methodNumber, status: status)
        let instruments = kept(key) ?? add(key, method: methodNumber, route: route?.template ?? "unmatched")
        instruments.requests.increment()
        instruments.duration.record(seconds)
    }

    /// The instruments of `key` in the current table, read without a lock or a retain of the table.
    private func kept(_ key: Key) -> Instruments? {
        guard let table = UnsafeRawPointer(bitPattern: current.load(ordering: .acquiring)) else { return nil }
        return Unmanaged<Table>.fromOpaque(table)._withUnsafeGuaranteedRef { $0.instruments[key] }
    }

    /// Makes the instruments of a new key and publishes a table holding them (or finds them, when another thread
    /// added them meanwhile).
    private func add(_ key: Key, method: Int, route: String) -> Instruments {
        tables.withLock { tables in
            var instruments = tables.last?.instruments ?? [:]
            if let found = instruments[key] { return found }
            let made = makeInstruments(method: method, route: route, status: key.status)
            instruments[key] = made
            let table = Table(instruments)
            tables.append(table)
            current.store(UInt(bitPattern: Unmanaged.passUnretained(table).toOpaque()), ordering: .releasing)
            return made
        }
    }

    /// Asks the registry for the instruments of one method number, route template and status (the registry
    /// returns the same ones for the same labels).
    private func makeInstruments(method number: Int, route: String, status: Int) -> Instruments {
        let method = number < Self.knownMethods.count ? Self.knownMethods[number] : "other"
        return Instruments(
            requests: registry.makeCounter(descriptor: Self.requests,
                                           labels: [("method", method), ("route", route), ("status", String(status))]),
            duration: registry.makeValueHistogram(descriptor: Self.duration,
                                                     labels: [("method", method), ("route", route)],
                                                     buckets: Self.buckets))
    }
}
