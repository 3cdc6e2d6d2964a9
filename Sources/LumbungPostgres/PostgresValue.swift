/// One parameter value sent to PostgreSQL, with the type it is declared as (so `$1 IS NULL` and
/// comparisons type-check without casts in the SQL).
public enum PostgresValue: Sendable, Equatable {
    /// SQL NULL whose type the server infers from where it is used.
    case null
    /// SQL NULL of a declared type (an absent optional: `$1 IS NULL` type-checks).
    case typedNull(typeOID: UInt32)
    /// A `bigint`.
    case integer(Int64)
    /// A `double precision`.
    case real(Double)
    /// A `text`.
    case text(String)
    /// A `bytea`.
    case bytes([UInt8])
    /// A `boolean`.
    case boolean(Bool)

    /// The type's OID (pg_type): int8, float8, text, bytea, bool; 0 lets the server infer a NULL's type.
    var typeOID: UInt32 {
        switch self {
        case .null: 0
        case .typedNull(let typeOID): typeOID
        case .integer: 20
        case .real: 701
        case .text: 25
        case .bytes: 17
        case .boolean: 16
        }
    }

    /// The value's wire bytes: text format, except `bytea` which is sent in binary (format 1).
    var wire: (bytes: [UInt8]?, binary: Bool) {
        switch self {
        case .null, .typedNull: (nil, false)
        case .integer(let value): (Array(String(value).utf8), false)
        case .real(let value): (Array("\(value)".utf8), false)
        case .text(let value): (Array(value.utf8), false)
        case .bytes(let value): (value, true)
        case .boolean(let value): (Array((value ? "t" : "f").utf8), false)
        }
    }
}

/// A Swift value usable as a statement parameter: `try connection.run("… $1, $2", [1, "x"])`.
public protocol PostgresBindable: Sendable {
    /// The value as sent to the server.
    var postgresValue: PostgresValue { get }
    /// The type's OID, declared for a NULL of this type (0: let the server infer it).
    static var postgresTypeOID: UInt32 { get }
}

extension PostgresValue: PostgresBindable {
    /// The value itself.
    public var postgresValue: PostgresValue { self }
    /// Inferred by the server.
    public static var postgresTypeOID: UInt32 { 0 }
}

extension Int: PostgresBindable {
    /// A bigint.
    public var postgresValue: PostgresValue { .integer(Int64(self)) }
    /// int8.
    public static var postgresTypeOID: UInt32 { 20 }
}

extension Int64: PostgresBindable {
    /// A bigint.
    public var postgresValue: PostgresValue { .integer(self) }
    /// int8.
    public static var postgresTypeOID: UInt32 { 20 }
}

extension Double: PostgresBindable {
    /// A double precision.
    public var postgresValue: PostgresValue { .real(self) }
    /// float8.
    public static var postgresTypeOID: UInt32 { 701 }
}

extension String: PostgresBindable {
    /// A text.
    public var postgresValue: PostgresValue { .text(self) }
    /// text.
    public static var postgresTypeOID: UInt32 { 25 }
}

extension Bool: PostgresBindable {
    /// A boolean.
    public var postgresValue: PostgresValue { .boolean(self) }
    /// bool.
    public static var postgresTypeOID: UInt32 { 16 }
}

extension Array: PostgresBindable where Element == UInt8 {
    /// A bytea.
    public var postgresValue: PostgresValue { .bytes(self) }
    /// bytea.
    public static var postgresTypeOID: UInt32 { 17 }
}

extension Optional: PostgresBindable where Wrapped: PostgresBindable {
    /// The wrapped value, or a NULL of its type.
    public var postgresValue: PostgresValue { self?.postgresValue ?? .typedNull(typeOID: Wrapped.postgresTypeOID) }
    /// The wrapped type's.
    public static var postgresTypeOID: UInt32 { Wrapped.postgresTypeOID }
}
