import CSQLite
import Glibc

/// A view of a statement's current row, with typed column reads (0-based column indexes).
///
/// Only valid inside the row closure it was handed to (or until the statement's next
/// `step`/`reset`): do not store it or let it escape. Non-optional reads of NULL follow SQLite's
/// conversions (0, 0.0, ""); use the `optional…` reads where NULL is possible.
public struct Row {
    /// The handle of the statement whose current row this is (its owner's `handle`, kept here so that reading a
    /// column is one C call).
    private let statement: OpaquePointer?
    /// The statement's owner, which knows its columns by name (not retained: a row never outlives it).
    private unowned(unsafe) let owner: Statement

    /// Wraps the handle of `owner`, positioned on a row.
    init(statement: OpaquePointer?, owner: Statement) {
        self.statement = statement
        self.owner = owner
    }

    /// Number of columns in the result.
    public var columnCount: Int { Int(sqlite3_column_count(statement)) }

    /// The column's name as given by the query (`AS` alias if any).
    public func columnName(_ i: Int) -> String {
        sqlite3_column_name(statement, Int32(i)).map { String(cString: $0) } ?? ""
    }

    /// The index of the column called `name` in the query (its `AS` alias, or else its column name), so that
    /// decoders read by name rather than by counted position; a query without it throws `MalformedRow`.
    public func column(_ name: String) throws(MalformedRow) -> Int {
        guard let index = owner.columnIndex(name) else {
            throw MalformedRow(table: "?", column: name, value: "(no such column in the query)")
        }
        return index
    }

    /// True when the column holds NULL.
    public func isNull(_ i: Int) -> Bool {
        sqlite3_column_type(statement, Int32(i)) == SQLITE_NULL
    }

    /// The column as an Int.
    public func int(_ i: Int) -> Int { Int(int64(i)) }

    /// The column as an Int64.
    public func int64(_ i: Int) -> Int64 { sqlite3_column_int64(statement, Int32(i)) }

    /// The column as a Double.
    public func double(_ i: Int) -> Double { sqlite3_column_double(statement, Int32(i)) }

    /// The column as a Bool (non-zero is true).
    public func bool(_ i: Int) -> Bool { int64(i) != 0 }

    /// The column as UTF-8 text.
    public func string(_ i: Int) -> String {
        // sqlite3_column_text must be called before sqlite3_column_bytes (see SQLite docs).
        guard let text = sqlite3_column_text(statement, Int32(i)) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, Int32(i)))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// `body` applied to the column's text as UTF-8 bytes, valid only during the call (no copy is made).
    public func withUTF8<Result>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        guard let text = sqlite3_column_text(statement, Int32(i)) else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, Int32(i)))))
    }

    /// The column as bytes.
    public func blob(_ i: Int) -> [UInt8] {
        guard let bytes = sqlite3_column_blob(statement, Int32(i)) else { return [] }
        let count = Int(sqlite3_column_bytes(statement, Int32(i)))
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    /// The column as an Int, or nil for NULL.
    public func optionalInt(_ i: Int) -> Int? { isNull(i) ? nil : int(i) }

    /// The column as an Int64, or nil for NULL.
    public func optionalInt64(_ i: Int) -> Int64? { isNull(i) ? nil : int64(i) }

    /// The column as a Double, or nil for NULL.
    public func optionalDouble(_ i: Int) -> Double? { isNull(i) ? nil : double(i) }

    /// The column as text, or nil for NULL.
    public func optionalString(_ i: Int) -> String? { isNull(i) ? nil : string(i) }

    /// The column as bytes, or nil for NULL.
    public func optionalBlob(_ i: Int) -> [UInt8]? { isNull(i) ? nil : blob(i) }

    /// The column's text parsed by `parse` (e.g. `RegionCode.init`, `AlertKind.init(rawValue:)`); a stored
    /// value the code cannot read throws `MalformedRow` naming its table and column instead of crashing.
    public func parsed<T>(_ i: Int, _ parse: (String) -> T?) throws(MalformedRow) -> T {
        let text = string(i)
        guard let value = parse(text) else { throw malformed(i, text) }
        return value
    }

    /// The value of `known` whose UTF-8 bytes the column's text is, compared without making a `String` of it (a
    /// list reads one per row); any other text is parsed by `parse` as `parsed` does, so that an unreadable stored
    /// value still throws `MalformedRow`.
    public func matched<T>(_ i: Int, among known: [(bytes: [UInt8], value: T)],
                           else parse: (String) -> T?) throws(MalformedRow) -> T {
        if let text = sqlite3_column_text(statement, Int32(i)) {
            let count = Int(sqlite3_column_bytes(statement, Int32(i)))
            for candidate in known where candidate.bytes.count == count {
                if candidate.bytes.withUnsafeBufferPointer({ $0.baseAddress.map { memcmp($0, text, count) == 0 } ?? true }) {
                    return candidate.value
                }
            }
        }
        return try parsed(i, parse)
    }

    /// Like `parsed`, or nil for NULL.
    public func optionalParsed<T>(_ i: Int, _ parse: (String) -> T?) throws(MalformedRow) -> T? {
        isNull(i) ? nil : try parsed(i, parse)
    }

    /// The error for column `i` holding `text`, named by the table and column it was read from.
    func malformed(_ i: Int, _ text: String) -> MalformedRow {
        let table = sqlite3_column_table_name(statement, Int32(i)).map { String(cString: $0) }
        let column = sqlite3_column_origin_name(statement, Int32(i)).map { String(cString: $0) } ?? columnName(i)
        return MalformedRow(table: table ?? "?", column: column, value: text)
    }

    /// The column in its stored type.
    public func value(_ i: Int) -> SQLValue {
        switch sqlite3_column_type(statement, Int32(i)) {
        case SQLITE_INTEGER: .integer(int64(i))
        case SQLITE_FLOAT: .real(double(i))
        case SQLITE_TEXT: .text(string(i))
        case SQLITE_BLOB: .blob(blob(i))
        default: .null
        }
    }
}

@available(*, unavailable, message: "A Row is a view over a statement used by one thread")
extension Row: Sendable {}
