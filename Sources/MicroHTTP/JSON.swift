/// A JSON value that keeps numbers as their exact literal text and objects in key order.
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number as its literal text (e.g. `2.5`), so nothing is lost to floating point.
    case number(String)
    case string(String)
    case array([JSON])
    case object([(key: String, value: JSON)])
    /// A value already serialized by a `JSONWriter`, written as it is (never read from a body).
    case written([UInt8])

    /// A number from an integer.
    public static func int<I: BinaryInteger>(_ value: I) -> JSON { .number(String(value)) }

    /// A string, or `null` when absent.
    public static func string(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }

    /// An integer number, or `null` when absent.
    public static func int<I: BinaryInteger>(_ value: I?) -> JSON { value.map { .number(String($0)) } ?? .null }

    /// A floating-point number (only for derived statistics), or `null` when absent or not finite.
    public static func double(_ value: Double?) -> JSON {
        guard let value, value.isFinite else { return .null }
        return .number(value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value))
    }

    /// The member named `key` of an object, or nil.
    public subscript(key: String) -> JSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// True for `null`.
    public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// The serialized UTF-8 bytes.
    public var bytes: [UInt8] {
        var writer = JSONWriter()
        writer.write(self)
        return writer.output
    }

    public static func == (lhs: JSON, rhs: JSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.written(a), .written(b)): return a == b
        default: return false
        }
    }
}
