import LumbungPostgres
import LumbungStore

/// Copies every table of a PostgreSQL snapshot into an empty SQLite database, inside the caller's
/// transactions on both (foreign keys checked at commit).
struct PostgresToSQLite {
    /// The PostgreSQL reader, inside one snapshot.
    let from: PostgresConnection
    /// The SQLite writer, inside one transaction.
    let to: Connection

    /// Copies the tables in reference order, then rebuilds the derived ones; returns the copied tables' row counts.
    func copy() throws -> [(table: String, rows: Int)] {
        let catalog = try PostgresCatalog(from)
        try DatabaseCopy.requireSameTables(postgres: catalog.tables.map(\.name), sqlite: try SQLiteStore.sharedTables(on: to))
        try to.execute("PRAGMA defer_foreign_keys = ON")
        var copied: [(table: String, rows: Int)] = []
        for table in catalog.tables {
            try DatabaseCopy.requireEmpty(table.name, rows: try count(table.name))
            let names = table.columns.map(\.name)
            let insert = "INSERT INTO \(table.name) (\(names.joined(separator: ", "))) VALUES ("
                + Array(repeating: "?", count: names.count).joined(separator: ", ") + ")"
            let rows = try from.query("SELECT \(names.joined(separator: ", ")) FROM \(table.name)") { row in
                try to.run(insert, table.columns.indices.map { Self.sqliteValue(row, $0, type: table.columns[$0].type) })
            }.count
            try DatabaseCopy.requireCount(table.name, source: rows, destination: try count(table.name))
            copied.append((table.name, rows))
        }
        try DerivedTables.rebuild(on: to)
        return copied
    }

    /// The rows of `table` in SQLite.
    private func count(_ table: String) throws -> Int {
        try to.queryOne("SELECT count(*) FROM \(table)") { $0.int(0) } ?? 0
    }

    /// Column `index` of a PostgreSQL row as the SQLite value of its type.
    static func sqliteValue(_ row: PostgresRow, _ index: Int, type: String) -> SQLValue {
        if row.isNull(index) { return .null }
        switch type {
        case "bigint", "integer", "smallint": return .integer(row.int64(index))
        case "double precision", "real", "numeric": return .real(row.double(index))
        case "bytea": return .blob(row.bytes(index))
        default: return .text(row.string(index))
        }
    }
}
