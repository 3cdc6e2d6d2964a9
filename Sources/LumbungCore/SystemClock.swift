#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The real wall clock (`clock_gettime(CLOCK_REALTIME)`), truncated to milliseconds.
public struct SystemClock: Clock {
    /// Creates the system clock.
    public init() {}

    /// The current wall-clock time.
    public func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        let milliseconds = Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
        return Timestamp(millisecondsSinceEpoch: milliseconds)
    }
}
