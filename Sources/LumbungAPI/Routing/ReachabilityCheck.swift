import LumbungCore
import Synchronization

/// Whether the storage answers, asked at most once per interval: `/healthz` is asked far more often than the
/// answer can change, and asking (lending a reader and running `SELECT 1`) cost more than the rest of a healthy
/// answer. Only a success is reused, for `interval` (100 ms, as the write permission behind `/healthz`); a failure
/// is asked again by the next request, so a storage that stops answering shows within the interval and one that
/// recovers shows at once.
final class ReachabilityCheck: Sendable {
    /// How long a success is reused, in nanoseconds.
    private let intervalNanoseconds: UInt64
    /// When the storage last answered (monotonic nanoseconds), 0 when it has not or its last answer was a failure.
    private let answeredAt = Atomic<UInt64>(0)

    /// A check reusing each success for `intervalNanoseconds`.
    init(intervalNanoseconds: UInt64 = 100_000_000) {
        self.intervalNanoseconds = intervalNanoseconds
    }

    /// Runs `ask` unless it succeeded less than one interval ago; rethrows its failure.
    func check(_ ask: () throws -> Void) throws {
        let now = MonotonicTime.nanoseconds()
        let last = answeredAt.load(ordering: .relaxed)
        if last != 0, now &- last < intervalNanoseconds { return }
        do {
            try ask()
        } catch {
            answeredAt.store(0, ordering: .relaxed)
            throw error
        }
        answeredAt.store(max(now, 1), ordering: .relaxed)
    }
}
