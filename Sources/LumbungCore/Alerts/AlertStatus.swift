/// Whether an alert still needs attention.
public enum AlertStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// The condition holds (or held when last checked) and nobody resolved it.
    case open
    /// The condition ended or an officer resolved the alert.
    case resolved
}
