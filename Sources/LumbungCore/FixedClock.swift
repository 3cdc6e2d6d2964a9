import Synchronization

/// A clock for tests that stands still until told to move (or ticks a fixed step on every
/// reading); safe to share across threads.
public final class FixedClock: Clock {
    /// The current instant, guarded by a mutex.
    private let current: Mutex<Timestamp>
    /// Milliseconds the clock moves after each reading; 0 for a clock that stands still.
    private let tick: Int64

    /// A clock stopped at `start`, or moving `tick` milliseconds after each reading.
    public init(_ start: Timestamp, tick: Int64 = 0) {
        current = Mutex(start)
        self.tick = tick
    }

    /// A clock stopped at an RFC 3339 instant; traps on invalid text (tests only).
    public convenience init(_ rfc3339: String) {
        guard let start = Timestamp(rfc3339: rfc3339) else {
            preconditionFailure("FixedClock: not an RFC 3339 date-time: \(rfc3339)")
        }
        self.init(start)
    }

    /// The instant the clock is at; a ticking clock then moves on by its tick.
    public func now() -> Timestamp {
        current.withLock { current in
            defer { current = current.adding(milliseconds: tick) }
            return current
        }
    }

    /// Moves the clock by a signed number of milliseconds.
    public func advance(by milliseconds: Int64) {
        current.withLock { $0 = $0.adding(milliseconds: milliseconds) }
    }

    /// Stops the clock at `timestamp`.
    public func set(_ timestamp: Timestamp) {
        current.withLock { $0 = timestamp }
    }
}
