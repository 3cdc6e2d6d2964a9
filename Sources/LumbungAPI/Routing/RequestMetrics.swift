import Glibc
import MicroHTTP
import Synchronization

/// Counts requests by method, route template and status, and their durations by method and route template, and
/// writes both families in the Prometheus text format (after the registry's own metrics in `/metrics`).
///
/// Counting a request takes no lock that the worker threads share: the tallies of each (route, method) are found in
/// a table read without a lock (`Table`), and each tally keeps one set of counts per shard, a shard chosen by the
/// counting thread, so two threads counting the same route do not take turns on one lock or one cache line.
/// (The registry's own counter and histogram took a shared lock, compared the duration with every bucket through
/// `Duration`, and cost a third of a microsecond per request on two cores.)
final class RequestMetrics: RequestObserver {
    /// The address of the current `Table` (retained by `tables`).
    private let current = Atomic<UInt>(0)
    /// Every table made, newest last, each kept until the metrics go: a reader may still hold an older one.
    /// Held while a new key is added, so additions take turns.
    private let tables = Mutex<[Table]>([])

    /// The tallies of every (route, method) seen so far; never changed, but replaced by a larger copy when a new
    /// one appears (rarely: there are at most routes × methods of them).
    private final class Table: Sendable {
        let tallies: [Key: Tally]

        init(_ tallies: [Key: Tally]) {
            self.tallies = tallies
        }
    }

    /// What one request's duration is counted by: the route (nil: none matched) and the method's place in
    /// `knownMethods` (its count for any other method). The key keeps its route, so the route's identity cannot be
    /// taken by another route while it is kept.
    private struct Key: Hashable {
        let route: Route?
        let method: Int

        static func == (one: Key, other: Key) -> Bool {
            one.route === other.route && one.method == other.method
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(route.map(ObjectIdentifier.init))
            hasher.combine(method)
        }
    }

    /// The counts of one (route, method), in shards.
    private final class Tally: Sendable {
        let method: String
        let route: String
        let shards: [Shard]

        init(method: String, route: String) {
            self.method = method
            self.route = route
            self.shards = (0..<RequestMetrics.shardCount).map { _ in Shard() }
        }

        /// Every shard's counts added up.
        var total: Counts {
            shards.reduce(into: Counts()) { total, shard in shard.counts.withLock { total.add($0) } }
        }
    }

    /// One thread's share of a tally, padded so that two shards' locks do not share a cache line.
    private final class Shard: Sendable {
        let counts = Mutex(Counts())
        /// Room after the lock and counts, so that the next shard allocated starts on another cache line.
        private let padding: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)
    }

    /// Requests by status, and durations by bucket.
    private struct Counts {
        /// Requests answered, by status, in the order first seen.
        var statuses: [(status: Int, requests: Int)] = []
        /// Requests whose duration fell at or below each bound of `bucketNanoseconds` but above the one before;
        /// longer ones are only in `count`.
        var buckets = [Int](repeating: 0, count: RequestMetrics.bucketNanoseconds.count)
        /// Every request's duration added up, in nanoseconds.
        var sumNanoseconds = 0
        /// Requests counted.
        var count = 0

        /// Counts one request.
        mutating func count(status: Int, nanoseconds: Int) {
            if let index = statuses.firstIndex(where: { $0.status == status }) {
                statuses[index].requests += 1
            } else {
                statuses.append((status, 1))
            }
            if let bucket = RequestMetrics.bucketNanoseconds.firstIndex(where: { nanoseconds <= $0 }) { buckets[bucket] += 1 }
            sumNanoseconds += nanoseconds
            count += 1
        }

        /// Adds another shard's counts.
        mutating func add(_ other: Counts) {
            for (status, requests) in other.statuses {
                if let index = statuses.firstIndex(where: { $0.status == status }) {
                    statuses[index].requests += requests
                } else {
                    statuses.append((status, requests))
                }
            }
            for index in buckets.indices { buckets[index] += other.buckets[index] }
            sumNanoseconds += other.sumNanoseconds
            count += other.count
        }
    }

    /// How many shards each tally has (a power of two).
    static let shardCount = 16
    /// The upper bounds of the duration buckets, in nanoseconds, and as written in `le`.
    static let bucketNanoseconds = [100_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000, 10_000_000, 25_000_000,
                                    50_000_000, 100_000_000, 250_000_000, 500_000_000, 1_000_000_000, 2_500_000_000]
    private static let bucketLabels = ["0.0001", "0.00025", "0.0005", "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05",
                                       "0.1", "0.25", "0.5", "1.0", "2.5"]
    private static let requestsName = "lumbung_http_requests_total"
    private static let requestsHelp = "HTTP requests answered, by method, route template and status."
    private static let durationName = "lumbung_http_request_duration_seconds"
    private static let durationHelp = "Time from the request headers to the response, by route template."

    /// The methods counted under their own name; any other method is counted as `other`.
    static let knownMethods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]

    /// Counts one answered request under bounded labels (a known method or `other`, and a route template or
    /// `unmatched`, so made-up methods and paths cannot grow the exposition) and records how long it took.
    func observe(method: String, route: Route?, status: Int, seconds: Double) {
        let methodNumber = Self.knownMethods.firstIndex(of: method) ?? Self.knownMethods.count
        let key = Key(route: route, method: methodNumber)
        let tally = kept(key) ?? add(key, route: route?.template ?? "unmatched")
        let nanoseconds = Int(max(0, seconds * 1e9))
        tally.shards[Self.shardOfThisThread()].counts.withLock { $0.count(status: status, nanoseconds: nanoseconds) }
    }

    /// The shard of the calling thread: its thread id, spread by a multiplicative hash.
    private static func shardOfThisThread() -> Int {
        Int((UInt64(pthread_self()) &* 0x9E37_79B9_7F4A_7C15) >> 60) & (shardCount - 1)
    }

    /// The tally of `key` in the current table, read without a lock or a retain of the table.
    private func kept(_ key: Key) -> Tally? {
        guard let table = UnsafeRawPointer(bitPattern: current.load(ordering: .acquiring)) else { return nil }
        return Unmanaged<Table>.fromOpaque(table)._withUnsafeGuaranteedRef { $0.tallies[key] }
    }

    /// Makes the tally of a new key and publishes a table holding it (or finds it, when another thread added it
    /// meanwhile).
    private func add(_ key: Key, route: String) -> Tally {
        tables.withLock { tables in
            var tallies = tables.last?.tallies ?? [:]
            if let found = tallies[key] { return found }
            let method = key.method < Self.knownMethods.count ? Self.knownMethods[key.method] : "other"
            let made = Tally(method: method, route: route)
            tallies[key] = made
            let table = Table(tallies)
            tables.append(table)
            current.store(UInt(bitPattern: Unmanaged.passUnretained(table).toOpaque()), ordering: .releasing)
            return made
        }
    }

    /// Writes both families in the Prometheus text format, as the registry writes its own: the durations
    /// histogram by method and route, then the requests counter by method, route and status.
    func emit(into buffer: inout [UInt8]) {
        let tallies = tables.withLock { $0.last?.tallies.values.map { $0 } ?? [] }
            .sorted { ($0.route, $0.method) < ($1.route, $1.method) }
        guard !tallies.isEmpty else { return }
        let totals = tallies.map { ($0, $0.total) }
        var text = "# HELP \(Self.durationName) \(Self.durationHelp)\n# TYPE \(Self.durationName) histogram\n"
        for (tally, counts) in totals {
            let labels = "method=\"\(Self.escaped(tally.method))\",route=\"\(Self.escaped(tally.route))\""
            var cumulative = 0
            for (index, bound) in Self.bucketLabels.enumerated() {
                cumulative += counts.buckets[index]
                text += "\(Self.durationName)_bucket{\(labels),le=\"\(bound)\"} \(cumulative)\n"
            }
            text += "\(Self.durationName)_bucket{\(labels),le=\"+Inf\"} \(counts.count)\n"
            text += "\(Self.durationName)_sum{\(labels)} \(Self.seconds(nanoseconds: counts.sumNanoseconds))\n"
            text += "\(Self.durationName)_count{\(labels)} \(counts.count)\n"
        }
        text += "# HELP \(Self.requestsName) \(Self.requestsHelp)\n# TYPE \(Self.requestsName) counter\n"
        for (tally, counts) in totals {
            let labels = "method=\"\(Self.escaped(tally.method))\",route=\"\(Self.escaped(tally.route))\""
            for (status, requests) in counts.statuses.sorted(by: { $0.status < $1.status }) {
                text += "\(Self.requestsName){\(labels),status=\"\(status)\"} \(requests)\n"
            }
        }
        buffer.append(contentsOf: text.utf8)
    }

    /// Nanoseconds as seconds with as many decimals as they need (at least one), e.g. `0.00102622`, `1.0`.
    static func seconds(nanoseconds: Int) -> String {
        let fraction = String(nanoseconds % 1_000_000_000)
        var digits = String(repeating: "0", count: 9 - fraction.count) + fraction
        while digits.count > 1, digits.hasSuffix("0") { digits.removeLast() }
        return "\(nanoseconds / 1_000_000_000).\(digits)"
    }

    /// A label value with backslashes, quotes and line breaks escaped.
    private static func escaped(_ value: String) -> String {
        var escaped = ""
        for character in value {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
