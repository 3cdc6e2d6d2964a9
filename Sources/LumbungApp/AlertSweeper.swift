import Dispatch
import LumbungCore
import LumbungStore
import Logging
import Synchronization

/// Runs the alert sweep every `sweepIntervalSeconds` on a background queue: applies bands whose
/// future `effectiveFrom` has arrived and opens or resolves stale-price alerts (see
/// `ServiceStore.sweepAlerts`), forgets idempotency keys older than `idempotencyKeyHours` and text
/// messages (with their settled replies) older than `textMessageDays`.
/// One sweep runs at a time, in one process at a time among those sharing a database (a process whose
/// turn finds another sweeping skips it; the next tick tries again).
public final class AlertSweeper: Sendable {
    /// The database swept.
    private let store: any ServiceStore
    /// Tells the time of each sweep.
    private let clock: any Clock
    /// Hours without a price report after which held stock gets a stale-price alert.
    private let staleAfterHours: Int
    /// How regional price rises are judged.
    private let earlyWarning: EarlyWarningPolicy
    /// The time between sweeps.
    private let interval: DispatchTimeInterval
    /// Where sweeps that changed something, and failures, are logged.
    private let logger: Logger
    /// Runs one sweep at a time, from the timer or `runOnce`.
    private let job = RepeatingJob(label: "lumbung.alert-sweep")
    /// The clock reading of the previous sweep.
    private let lastSweep = Mutex<Timestamp?>(nil)

    /// How long a kept idempotent answer is replayed (the contract asks for at least 24 hours).
    static let idempotencyKeyHours: Int64 = 48
    /// How long received text messages and their replies are kept (an event id repeated within it is
    /// still answered as the first time).
    static let textMessageDays: Int64 = 90

    /// A sweeper over `store`, telling time by `clock`.
    init(store: any ServiceStore, clock: any Clock, staleAfterHours: Int, earlyWarning: EarlyWarningPolicy,
         intervalSeconds: Int, logger: Logger) {
        self.store = store
        self.clock = clock
        self.staleAfterHours = staleAfterHours
        self.earlyWarning = earlyWarning
        self.interval = .seconds(intervalSeconds)
        self.logger = logger
    }

    /// Starts sweeping every interval.
    func start() {
        job.start(every: interval) { [weak self] in self?.sweepLogged() }
    }

    /// Stops the timer and waits for a sweep in progress to finish.
    func stop() {
        job.stop()
    }

    /// Runs one sweep now, after any sweep in progress, and returns what it changed.
    @discardableResult
    public func runOnce() throws -> SweepOutcome {
        try job.run { try sweep() }
    }

    /// One sweep since the previous one, unless another process is sweeping (then nothing changes
    /// here); the next starts where this one's clock reading stood.
    private func sweep() throws -> SweepOutcome {
        try store.exclusively(.alertSweep) { try sweepAlone() } ?? SweepOutcome()
    }

    /// One sweep, run while no other process sweeps. Its three parts run whether or not another failed, so that
    /// alerts failing to catch up never keep old idempotency keys and text messages from being forgotten; the
    /// first failure is then thrown. The sweep's time is recorded only once the alerts caught up with it (the next
    /// sweep otherwise starts from the same point, so no band coming into force is missed).
    private func sweepAlone() throws -> SweepOutcome {
        let now = clock.now()
        let since = lastSweep.withLock { $0 }
        let context = WriteContext(now: now, actor: nil, staleAfterHours: staleAfterHours, earlyWarning: earlyWarning)
        let alerts = Result { try store.sweepAlerts(since: since, context: context) }
        if case .success = alerts { lastSweep.withLock { $0 = now } }
        let keys = Result { try store.forgetIdempotencyKeys(before: now.adding(hours: -Self.idempotencyKeyHours)) }
        let messages = Result { try store.forgetTextMessages(before: now.adding(hours: -24 * Self.textMessageDays)) }
        let outcome = try alerts.get()
        try keys.get()
        try messages.get()
        return outcome
    }

    /// One sweep from the timer; a failure is logged and the next tick tries again.
    private func sweepLogged() {
        do {
            let outcome = try sweep()
            if !outcome.isEmpty {
                logger.info("alert sweep", metadata: ["bands": "\(outcome.bandsApplied)", "staleOpened": "\(outcome.staleOpened)",
                                                      "staleResolved": "\(outcome.staleResolved)",
                                                      "regional": "\(outcome.regionalChanged)"])
            }
        } catch {
            logger.error("alert sweep failed", metadata: ["error": "\(error)"])
        }
    }
}
