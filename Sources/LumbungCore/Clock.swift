/// A source of the current time, injected so tests control time.
public protocol Clock: Sendable {
    /// The current instant.
    func now() -> Timestamp
}
