/// An officer's acknowledgement of an alert: who, when and what they noted.
public struct AlertAcknowledgement: Sendable, Hashable {
    /// The acting token's name.
    public var by: String
    /// When the alert was acknowledged.
    public var at: Timestamp
    /// What the officer noted, if anything.
    public var note: String?

    /// An acknowledgement as recorded.
    public init(by: String, at: Timestamp, note: String?) {
        self.by = by
        self.at = at
        self.note = note
    }
}
