/// A Swift value that can be bound to a statement parameter, so callers can write
/// `try connection.run("INSERT INTO t VALUES (?, ?, ?)", [1, "x", nil as String?])`.
public protocol SQLBindable: Sendable {
    /// The value as SQLite will store it.
    var sqlValue: SQLValue { get }
}

extension SQLValue: SQLBindable {
    /// The value itself.
    public var sqlValue: SQLValue { self }
}

extension Int: SQLBindable {
    /// An integer.
    public var sqlValue: SQLValue { .integer(Int64(self)) }
}

extension Int64: SQLBindable {
    /// An integer.
    public var sqlValue: SQLValue { .integer(self) }
}

extension Double: SQLBindable {
    /// A real.
    public var sqlValue: SQLValue { .real(self) }
}

extension String: SQLBindable {
    /// Text.
    public var sqlValue: SQLValue { .text(self) }
}

extension Bool: SQLBindable {
    /// The integer 1 or 0 (SQLite has no boolean type).
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
}

extension Array: SQLBindable where Element == UInt8 {
    /// A blob.
    public var sqlValue: SQLValue { .blob(self) }
}

extension Optional: SQLBindable where Wrapped: SQLBindable {
    /// The wrapped value, or NULL for `nil`.
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}
