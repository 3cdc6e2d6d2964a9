import CLibPQ

/// One row of a query result, with typed column reads (0-based); valid only inside the row closure.
///
/// Results arrive in text format: integers, reals and booleans are parsed, `bytea` is decoded
/// from its hex form. Non-optional reads of NULL give 0, 0.0, "" or false.
public struct PostgresRow {
    /// The result set.
    private let result: OpaquePointer
    /// The row's index in the result.
    private let index: Int32

    /// A view of row `index` of `result`.
    init(result: OpaquePointer, index: Int32) {
        self.result = result
        self.index = index
    }

    /// How many columns the row has.
    public var columnCount: Int { Int(PQnfields(result)) }

    /// The column's name in the result.
    public func name(_ column: Int) -> String { PQfname(result, Int32(column)).map { String(cString: $0) } ?? "?" }

    /// True when the column holds NULL.
    public func isNull(_ column: Int) -> Bool { PQgetisnull(result, index, Int32(column)) != 0 }

    /// The column's text.
    public func string(_ column: Int) -> String {
        guard let value = PQgetvalue(result, index, Int32(column)) else { return "" }
        let count = Int(PQgetlength(result, index, Int32(column)))
        return value.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }
    }

    /// The column as an Int64 (a `numeric` sum is truncated towards zero; `t`/`f` read as 1/0).
    public func int64(_ column: Int) -> Int64 {
        let text = string(column)
        if let value = Int64(text) { return value }
        if text == "t" { return 1 }
        return Double(text).map { Int64($0) } ?? 0
    }

    /// The column as an Int.
    public func int(_ column: Int) -> Int { Int(int64(column)) }

    /// The column as a Double.
    public func double(_ column: Int) -> Double { Double(string(column)) ?? 0 }

    /// The column as a Bool (`t`, or a non-zero number).
    public func bool(_ column: Int) -> Bool { string(column) == "t" || int64(column) != 0 }

    /// The column as bytes (`bytea` in hex output form `\x…`).
    public func bytes(_ column: Int) -> [UInt8] {
        let hex = Array(string(column).utf8.dropFirst(2))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hex.count / 2)
        var position = 0
        while position + 1 < hex.count {
            bytes.append(Self.nibble(hex[position]) << 4 | Self.nibble(hex[position + 1]))
            position += 2
        }
        return bytes
    }

    /// The column as an Int64, or nil for NULL.
    public func optionalInt64(_ column: Int) -> Int64? { isNull(column) ? nil : int64(column) }

    /// The column as an Int, or nil for NULL.
    public func optionalInt(_ column: Int) -> Int? { isNull(column) ? nil : int(column) }

    /// The column as a Double, or nil for NULL.
    public func optionalDouble(_ column: Int) -> Double? { isNull(column) ? nil : double(column) }

    /// The column's text, or nil for NULL.
    public func optionalString(_ column: Int) -> String? { isNull(column) ? nil : string(column) }

    /// The value of one hex digit.
    private static func nibble(_ digit: UInt8) -> UInt8 {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: digit - UInt8(ascii: "A") + 10
        }
    }
}

@available(*, unavailable, message: "A row is a view over a result used by one thread")
extension PostgresRow: Sendable {}
