/// An entry type in an alert's append-only event trail.
public enum AlertEventType: String, Sendable, Hashable, Codable, CaseIterable {
    /// The alert was opened.
    case opened
    /// The alert's value changed while open.
    case updated
    /// An officer acknowledged the alert.
    case acknowledged
    /// The alert was resolved, automatically or by an officer.
    case resolved
}
