/// The storage cannot be reached right now (its server restarted or the network failed): nothing
/// was written, and the same request may succeed a moment later.
public struct StorageUnavailable: Error, CustomStringConvertible, Sendable {
    /// What the storage reported.
    public let reason: String

    /// Wraps the storage's own explanation.
    public init(reason: String) {
        self.reason = reason
    }

    /// The reason, for logs.
    public var description: String { "storage unavailable: \(reason)" }
}
