import Glibc

/// Time on the monotonic clock, for intervals: read straight from `clock_gettime` (a vDSO call), which costs a
/// fraction of `DispatchTime.now()` on checks that run on every request.
public enum MonotonicTime {
    /// Nanoseconds on the monotonic clock.
    public static func nanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }
}
