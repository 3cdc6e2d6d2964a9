/// A refused message: the reason, and which clause it concerns.
public struct TextRefusal: Sendable, Hashable, Error {
    /// Why.
    public let reason: TextRefusalReason
    /// The clause refused, counted from 1; 0 when the message as a whole was refused.
    public let clause: Int
    /// The clause's text as sent (empty for the whole message).
    public let text: String

    /// A refusal of clause `clause` (0: the whole message).
    public init(_ reason: TextRefusalReason, clause: Int = 0, text: String = "") {
        self.reason = reason
        self.clause = clause
        self.text = text
    }

    /// The reply: nothing was written, where and why, and how to write it.
    public var reply: String {
        let place = clause == 0 ? "" : "Baris \(clause) (\(TextRefusalReason.clip(text, to: 24))): "
        return "DITOLAK, tidak ada yang dicatat. \(place)\(reason.text) Ketik ? untuk format."
    }
}
