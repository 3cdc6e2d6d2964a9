/// One invalid field in a request, with a plain-English message.
public struct FieldError: Sendable, Hashable, CustomStringConvertible {
    /// The field name as the client spelled it, e.g. `quantity`.
    public var field: String
    /// What is wrong, in plain English.
    public var message: String

    /// Creates a field error.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// `field: message`.
    public var description: String { "\(field): \(message)" }
}
