/// Where an outgoing text message stands.
public enum OutboxStatus: String, Sendable, Hashable, CaseIterable {
    /// Waiting for (another) delivery attempt.
    case pending
    /// Handed to the gateway.
    case sent
    /// Given up on after retrying for `OutboxRetry.giveUpAfterHours`.
    case failed
}

/// An outgoing text message (one part of a reply) and its delivery so far.
public struct OutboxMessage: Sendable, Hashable {
    /// The position in the outbox (list cursor).
    public let seq: Int64
    /// The server-generated id.
    public let id: String
    /// The recipient.
    public let to: String
    /// The text, at most 160 characters.
    public let text: String
    /// Where it stands.
    public let status: OutboxStatus
    /// Delivery attempts made.
    public let attempts: Int
    /// When it was queued.
    public let createdAt: Timestamp
    /// When the gateway accepted it.
    public let sentAt: Timestamp?
    /// Why the last attempt failed.
    public let lastError: String?

    /// A message as stored.
    public init(seq: Int64, id: String, to: String, text: String, status: OutboxStatus, attempts: Int,
                createdAt: Timestamp, sentAt: Timestamp?, lastError: String?) {
        self.seq = seq
        self.id = id
        self.to = to
        self.text = text
        self.status = status
        self.attempts = attempts
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.lastError = lastError
    }
}

/// When a failed delivery is tried again.
public enum OutboxRetry {
    /// Attempts stop this long after the message was queued; it is then `failed`.
    public static let giveUpAfterHours: Int64 = 48
    /// The longest wait between two attempts, in seconds.
    public static let longestWaitSeconds: Int64 = 3600

    /// The wait after the `attempts`-th failed attempt: 5 s, 10 s, 20 s, … up to an hour.
    public static func waitSeconds(afterAttempts attempts: Int) -> Int64 {
        let doublings = min(max(attempts - 1, 0), 20)
        return min(5 << Int64(doublings), longestWaitSeconds)
    }
}
