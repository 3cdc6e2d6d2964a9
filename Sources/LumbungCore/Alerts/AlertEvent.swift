/// One entry of an alert's append-only trail.
public struct AlertEvent: Sendable, Hashable {
    /// The position in the order of all alert events (the event stream's `id:`).
    public var seq: Int64
    /// When it happened.
    public var at: Timestamp
    /// What happened.
    public var type: AlertEventType
    /// The alert's figure at that moment.
    public var value: AlertValue?
    /// The name of the token whose request caused it; nil when the service itself acted.
    public var actor: String?
    /// An officer's note, if any.
    public var note: String?

    /// An event as stored.
    public init(seq: Int64, at: Timestamp, type: AlertEventType, value: AlertValue?, actor: String?, note: String?) {
        self.seq = seq
        self.at = at
        self.type = type
        self.value = value
        self.actor = actor
        self.note = note
    }
}
