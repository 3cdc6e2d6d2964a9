import LumbungPostgres
import LumbungStore

/// Copies every table of a SQLite snapshot into an empty PostgreSQL database, inside the caller's
/// transactions on both.
struct SQLiteToPostgres {
    /// The SQLite reader, inside one read snapshot.
    let from: Connection
    /// The PostgreSQL writer, inside one transaction.
    let to: PostgresConnection

    /// Copies the tables in reference order; returns their row counts.
    func copy() throws -> [(table: String, rows: Int)] {
        let catalog = try PostgresCatalog(to)
        try DatabaseCopy.requireSameTables(postgres: catalog.tables.map(\.name), sqlite: try SQLiteStore.sharedTables(on: from))
        var copied: [(table: String, rows: Int)] = []
        for table in catalog.tables {
            try DatabaseCopy.requireEmpty(table.name, rows: try count(table.name))
            // Rows are copied as they are: derived rows (outlet activity) come from the source too.
            try to.execute("ALTER TABLE \(table.name) DISABLE TRIGGER USER")
            let names = table.columns.map(\.name)
            let rows = try from.query("SELECT \(names.joined(separator: ", ")) FROM \(table.name)") { row in
                (0..<names.count).map { Self.postgresValue(row.value($0)) }
            }
            for start in stride(from: 0, to: rows.count, by: DatabaseCopy.batchRows) {
                let batch = rows[start..<min(start + DatabaseCopy.batchRows, rows.count)]
                try to.run(Self.insert(table.name, names, rows: batch.count), batch.flatMap { $0 })
            }
            try to.execute("ALTER TABLE \(table.name) ENABLE TRIGGER USER")
            try DatabaseCopy.requireCount(table.name, source: rows.count, destination: try count(table.name))
            copied.append((table.name, rows.count))
        }
        try catalog.advanceSequences(to)
        return copied
    }

    /// The rows of `table` in PostgreSQL.
    private func count(_ table: String) throws -> Int {
        try to.queryOne("SELECT count(*) FROM \(table)") { $0.int(0) } ?? 0
    }

    /// `INSERT INTO table (columns) VALUES ($1, …), (…)` for `rows` rows.
    static func insert(_ table: String, _ columns: [String], rows: Int) -> String {
        let tuples = (0..<rows).map { row in
            "(" + (0..<columns.count).map { "$\(row * columns.count + $0 + 1)" }.joined(separator: ", ") + ")"
        }
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES " + tuples.joined(separator: ", ")
    }

    /// A SQLite value as a PostgreSQL parameter (a NULL takes its column's type).
    static func postgresValue(_ value: SQLValue) -> PostgresValue {
        switch value {
        case .null: .null
        case .integer(let integer): .integer(integer)
        case .real(let real): .real(real)
        case .text(let text): .text(text)
        case .blob(let bytes): .bytes(bytes)
        }
    }
}
