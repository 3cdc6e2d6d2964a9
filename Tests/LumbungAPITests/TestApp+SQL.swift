import LumbungPostgres
import LumbungStore
import Testing

/// Raw SQL for tests that set up or read back rows, on whichever database the service runs: `?`
/// placeholders (numbered for PostgreSQL), values `String`, `Int`, `Int64`, `Double` or nil.
extension TestApp {
    /// Runs `statement` in a write transaction (several `;`-separated statements when no values are given).
    func sql(_ statement: String, _ values: Any?...) throws {
        if let store = application.store as? SQLiteStore {
            try store.database.write { connection in
                if values.isEmpty { try connection.execute(statement) } else { _ = try connection.run(statement, values.map(Self.sqliteValue)) }
            }
        } else if let store = application.store as? PostgresStore {
            try store.database.write { connection in
                if values.isEmpty {
                    try connection.execute(statement)
                } else {
                    _ = try connection.run(Self.numbered(statement), values.map(Self.postgresValue))
                }
            }
        }
    }

    /// The rows `query` answers, each column as text (nil for NULL).
    func sqlRows(_ query: String, _ values: Any?...) throws -> [[String?]] {
        try rows(query, values)
    }

    /// The first column of the first row `query` answers, as an integer (nil without a row or for NULL).
    func sqlInt(_ query: String, _ values: Any?...) throws -> Int64? {
        try rows(query, values).first?.first.flatMap { $0.flatMap { Int64($0) } }
    }

    /// Whether the service runs on PostgreSQL.
    var onPostgres: Bool { application.store is PostgresStore }

    /// The SQLite store, for the tests about SQLite itself (disabled on PostgreSQL with `sqliteOnly`).
    var sqliteStore: SQLiteStore {
        get throws { try #require(application.store as? SQLiteStore) }
    }

    /// The rows `query` answers in a read snapshot, each column as text.
    private func rows(_ query: String, _ values: [Any?]) throws -> [[String?]] {
        if let store = application.store as? SQLiteStore {
            return try store.database.read { connection in
                try connection.query(query, values.map(Self.sqliteValue)) { row in (0..<row.columnCount).map { row.optionalString($0) } }
            }
        }
        guard let store = application.store as? PostgresStore else { return [] }
        return try store.database.read { connection in
            try connection.query(Self.numbered(query), values.map(Self.postgresValue)) { row in
                (0..<row.columnCount).map { row.optionalString($0) }
            }
        }
    }

    /// `?` placeholders as `$1`, `$2`, ….
    private static func numbered(_ sql: String) -> String {
        var count = 0
        return sql.reduce(into: "") { text, character in
            guard character == "?" else { return text.append(character) }
            count += 1
            text += "$\(count)"
        }
    }

    /// A test value as a SQLite parameter.
    private static func sqliteValue(_ value: Any?) -> any SQLBindable {
        switch value {
        case let text as String: text
        case let number as Int: number
        case let number as Int64: number
        case let number as Double: number
        default: String?.none
        }
    }

    /// A test value as a PostgreSQL parameter (NULL of the type its place asks for).
    private static func postgresValue(_ value: Any?) -> any PostgresBindable {
        switch value {
        case let text as String: text
        case let number as Int: number
        case let number as Int64: number
        case let number as Double: number
        default: PostgresValue.null
        }
    }
}

extension Trait where Self == ConditionTrait {
    /// Disables a test about SQLite itself when the suite runs on PostgreSQL, saying why.
    static func sqliteOnly(_ reason: Comment) -> Self {
        .disabled(if: TestPostgres.uri != nil, reason)
    }
}
