/// A stored value the code cannot read (a region code, kind or status it does not know): the request that
/// read it fails with 500, the process keeps serving, and the log names where the value lies.
public struct MalformedRow: Error, CustomStringConvertible, Sendable {
    /// The table the value was read from ("?" when SQLite cannot tell, e.g. for an expression).
    public let table: String
    /// The column the value was read from.
    public let column: String
    /// The value as stored, cut to 100 bytes.
    public let value: String

    /// A malformed value of `table`.`column`.
    public init(table: String, column: String, value: String) {
        self.table = table
        self.column = column
        self.value = String(decoding: value.utf8.prefix(100), as: UTF8.self)
    }

    /// One log line naming the table and column.
    public var description: String { "malformed stored value in \(table).\(column): \"\(value)\"" }
}
