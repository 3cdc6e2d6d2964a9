import Synchronization

/// Counts of durations by bucket, their sum and their number, held under a short lock (a futex, uncontended in the
/// common case) and written in the Prometheus text format.
final class LatencyHistogram: Sendable {
    /// The buckets' upper bounds in seconds, ascending.
    private let bounds: [Double]
    /// Per bucket, the durations at most its bound and above the bound before (not yet cumulative); the sum in
    /// seconds; the number of durations.
    private let counts: Mutex<(perBucket: [Int], sum: Double, count: Int)>

    /// An empty histogram with `bounds` (seconds, ascending).
    init(bounds: [Double]) {
        self.bounds = bounds
        counts = Mutex((Array(repeating: 0, count: bounds.count), 0, 0))
    }

    /// Counts one duration.
    func record(_ seconds: Double) {
        let bucket = bounds.firstIndex { seconds <= $0 }
        counts.withLock { counts in
            if let bucket { counts.perBucket[bucket] += 1 }
            counts.sum += seconds
            counts.count += 1
        }
    }

    /// Writes the `_bucket` lines (cumulative), `_sum` and `_count` of `name` with `labels` (already formatted).
    func emit(into text: inout String, name: String, labels: String) {
        let (perBucket, sum, count) = counts.withLock { ($0.perBucket, $0.sum, $0.count) }
        var cumulative = 0
        for (bound, inBucket) in zip(bounds, perBucket) {
            cumulative += inBucket
            text += "\(name)_bucket{\(labels),le=\"\(bound.description)\"} \(cumulative)\n"
        }
        text += "\(name)_bucket{\(labels),le=\"+Inf\"} \(count)\n"
        text += "\(name)_sum{\(labels)} \(sum.description)\n"
        text += "\(name)_count{\(labels)} \(count)\n"
    }
}
