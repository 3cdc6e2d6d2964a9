import Dispatch
import LumbungCore
import LumbungStore
import Logging

/// Delivers the outbox to the SMS gateway on a background queue: every second it sends the
/// pending messages that are due, stopping at the first failure; a failed attempt is retried after 5 s, 10 s, 20 s, … (at most an
/// hour apart) until 48 hours after the message was queued, when it is marked failed. Everything
/// it knows is in the database, so deliveries continue after a restart. Among processes sharing a
/// database one sends at a time (`BackgroundJob.outboxSender`), so each message is sent once.
public final class OutboxSender: Sendable {
    /// The outbox.
    private let store: any ServiceStore
    /// Tells the time of each attempt.
    private let clock: any Clock
    /// The gateway.
    private let gateway: SMSGatewayClient
    /// Where failures are logged.
    private let logger: Logger
    /// Runs one round at a time, every second once started.
    private let job = RepeatingJob(label: "lumbung.outbox-sender")

    /// How many due messages are read at a time.
    static let batchSize = 20
    /// How many batches one round sends at most (a backlog drains at up to 200 messages a second).
    static let batchesPerRound = 10

    /// A sender of `store`'s outbox to the gateway in `settings`.
    init(store: any ServiceStore, clock: any Clock, settings: SMSGatewaySettings, logger: Logger) {
        self.store = store
        self.clock = clock
        self.gateway = SMSGatewayClient(settings: settings)
        self.logger = logger
    }

    /// Starts a round every second.
    func start() {
        job.start(every: .seconds(1)) { [weak self] in self?.roundLogged() }
    }

    /// Stops the timer and waits for a round in progress to finish.
    func stop() {
        job.stop()
    }

    /// Sends what is due now, after any round in progress; returns how many were accepted.
    @discardableResult
    public func runOnce() throws -> Int {
        try job.run { try round() }
    }

    /// One round, unless another process is sending (then none are sent here).
    private func round() throws -> Int {
        try store.exclusively(.outboxSender) { try roundAlone() } ?? 0
    }

    /// One round: due messages are attempted in turn, up to `batchesPerRound` batches, until none is
    /// due or one fails. After a failure the gateway is likely down, so the others wait for the next
    /// round rather than each waiting out a timeout.
    private func roundAlone() throws -> Int {
        var accepted = 0
        for _ in 0..<Self.batchesPerRound {
            let due = try store.dueOutbox(now: clock.now(), limit: Self.batchSize)
            for message in due {
                guard try attempt(message) else { return accepted }
                accepted += 1
            }
            if due.count < Self.batchSize { break }
        }
        return accepted
    }

    /// Sends one message and records the attempt; true when the gateway accepted it.
    private func attempt(_ message: OutboxMessage) throws -> Bool {
        let failure = gateway.deliver(to: message.to, text: message.text)
        let now = clock.now()
        let retryAt = now.adding(milliseconds: 1000 * OutboxRetry.waitSeconds(afterAttempts: message.attempts + 1))
        let givingUp = retryAt > message.createdAt.adding(hours: OutboxRetry.giveUpAfterHours)
        try store.recordDelivery(id: message.id, at: now, error: failure, retryAt: givingUp ? nil : retryAt)
        guard let failure else { return true }
        logger.warning("text message not delivered", metadata: ["id": "\(message.id)", "attempts": "\(message.attempts + 1)",
                                                                "error": "\(failure)", "givingUp": "\(givingUp)"])
        return false
    }

    /// A round from the timer; a failure is logged and the next tick tries again.
    private func roundLogged() {
        do {
            _ = try round()
        } catch {
            logger.error("outbox round failed", metadata: ["error": "\(error)"])
        }
    }
}
