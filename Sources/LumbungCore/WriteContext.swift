/// Who makes a change, when, and the alert policy it is judged by.
public struct WriteContext: Sendable, Hashable {
    /// When the change happens.
    public var now: Timestamp
    /// The name of the token behind the change; nil when the service itself acts (the sweep).
    public var actor: String?
    /// Hours without a price report after which an outlet holding stock gets a stale-price alert.
    public var staleAfterHours: Int
    /// How regional price rises are judged.
    public var earlyWarning: EarlyWarningPolicy

    /// A context for one change.
    public init(now: Timestamp, actor: String?, staleAfterHours: Int, earlyWarning: EarlyWarningPolicy = .standard) {
        self.now = now
        self.actor = actor
        self.staleAfterHours = staleAfterHours
        self.earlyWarning = earlyWarning
    }

    /// The instant before which a current price counts as stale.
    public var staleBefore: Timestamp { now.adding(hours: -Int64(staleAfterHours)) }
}
