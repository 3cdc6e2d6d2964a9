/// What became of an inbound text message.
public enum TextStatus: String, Sendable, Hashable, CaseIterable {
    /// Carried out.
    case accepted
    /// Nothing written; the reply says why and how to write it.
    case rejected
    /// Not a received message (another gateway event); nothing done, nothing replied.
    case ignored
}

/// The answer to an inbound message: its status and the reply, in parts of at most 160 characters.
public struct TextAnswer: Sendable, Hashable {
    /// What became of the message.
    public let status: TextStatus
    /// The reply's parts, in order (empty: no reply).
    public let parts: [String]

    /// An answer.
    public init(status: TextStatus, parts: [String]) {
        self.status = status
        self.parts = parts
    }

    /// The whole reply, its parts joined by new lines; nil when there is none.
    public var reply: String? { parts.isEmpty ? nil : parts.joined(separator: "\n") }
}
