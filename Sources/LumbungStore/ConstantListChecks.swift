/// CHECK constraints that compare a column with a list of constants, written so that SQLite checks them without a
/// temporary table. SQLite codes `kind IN ('receipt', 'sale', 'adjustment', 'count')` (more than two constants) as a
/// temporary b-tree filled with the list every time an insert or update runs (about 30,000 instructions, a third of a
/// movement's insert), and `(kind = 'receipt' OR kind = 'sale' OR …)` as a few comparisons. Both accept and refuse
/// the same values; NULL passes both, as a CHECK that is not false does.
enum ConstantListChecks {
    /// A column compared with a list of string constants: the column name and the list's inside.
    nonisolated(unsafe) private static let list = /([A-Za-z_][A-Za-z0-9_]*) IN \(\s*('(?:[^']|'')*'(?:\s*,\s*'(?:[^']|'')*')*)\s*\)/
    /// One string constant of a list.
    nonisolated(unsafe) private static let constant = /'(?:[^']|'')*'/

    /// `sql` with every `column IN ('a', 'b', 'c')` of more than two constants written as
    /// `(column = 'a' OR column = 'b' OR column = 'c')`; shorter lists, which SQLite compares one by one already,
    /// stay as they are.
    static func equalities(in sql: String) -> String {
        sql.replacing(list) { match in
            let column = match.output.1
            let constants = match.output.2.matches(of: constant).map(\.output)
            guard constants.count > 2 else { return String(match.output.0) }
            return "(" + constants.map { "\(column) = \($0)" }.joined(separator: " OR ") + ")"
        }
    }

    /// Rewrites the stored definition of every table whose CHECKs hold such lists, in the caller's transaction:
    /// the procedure SQLite documents for changes that leave every stored row as it is
    /// (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"): edit
    /// `sqlite_schema` with `writable_schema` on, raise `schema_version` so that every other connection reads the
    /// schema again, and `writable_schema = RESET` so that this one does too (and writing it is off again).
    static func rewriteSchema(_ connection: Connection) throws {
        let tables = try connection.query("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL") {
            (name: $0.string(0), sql: $0.string(1))
        }
        let changed = tables.compactMap { table -> (name: String, sql: String)? in
            let rewritten = equalities(in: table.sql)
            return rewritten == table.sql ? nil : (table.name, rewritten)
        }
        guard !changed.isEmpty else { return }
        let version = try connection.queryOne("PRAGMA schema_version") { $0.int64(0) } ?? 0
        try connection.execute("PRAGMA writable_schema = ON")
        do {
            for table in changed {
                try connection.run("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?", [table.sql, table.name])
            }
            try connection.execute("PRAGMA schema_version = \(version + 1)")
        } catch {
            try? connection.execute("PRAGMA writable_schema = RESET")
            throw error
        }
        try connection.execute("PRAGMA writable_schema = RESET")
    }
}
