import LumbungCore
import Synchronization

/// Stamps each write inside the writer's transaction, so recorded times follow commit order.
public final class LedgerClock: Sendable {
    /// The source of the current time.
    private let clock: any Clock
    /// The latest stamp given; guarded because stamps may be asked for from any thread.
    private let latest = Mutex(Timestamp(millisecondsSinceEpoch: .min))

    /// A ledger clock reading `clock`.
    public init(_ clock: any Clock) {
        self.clock = clock
    }

    /// `context` with `now` read at this moment, never earlier than the previous stamp nor `context.now`.
    public func stamp(_ context: WriteContext) -> WriteContext {
        var stamped = context
        stamped.now = latest.withLock { latest in
            latest = max(latest, context.now, clock.now())
            return latest
        }
        return stamped
    }
}
