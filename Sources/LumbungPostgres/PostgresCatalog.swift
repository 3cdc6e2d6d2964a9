/// What a PostgreSQL database's own catalogue says about Lumbung's tables: which there are, in
/// an order where every table comes after the tables it references, and their columns' types.
public struct PostgresCatalog {
    /// One column: its name and whether it holds integers, reals, bytes or text.
    public struct Column: Equatable, Sendable {
        /// The column's name.
        public let name: String
        /// The column's PostgreSQL type name (`bigint`, `double precision`, `bytea`, `text` …).
        public let type: String
    }

    /// The tables in reference order, each with its columns in definition order.
    public let tables: [(name: String, columns: [Column])]

    /// Reads the catalogue of the current database's `public` schema (migration bookkeeping excluded).
    public init(_ connection: PostgresConnection) throws {
        let columns = try connection.query("""
            SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY table_name, ordinal_position
            """) { (table: $0.string(0), column: Column(name: $0.string(1), type: $0.string(2))) }
        let references = try connection.query("""
            SELECT DISTINCT source.relname, target.relname FROM pg_constraint AS c
            JOIN pg_class AS source ON source.oid = c.conrelid JOIN pg_class AS target ON target.oid = c.confrelid
            JOIN pg_namespace AS n ON n.oid = c.connamespace
            WHERE c.contype = 'f' AND n.nspname = 'public' AND source.oid <> target.oid
            """) { (table: $0.string(0), references: $0.string(1)) }
        var byTable: [String: [Column]] = [:]
        for entry in columns { byTable[entry.table, default: []].append(entry.column) }
        tables = Self.referenceOrder(Array(byTable.keys).sorted(), references).map { ($0, byTable[$0] ?? []) }
    }

    /// `tables` ordered so that each follows every table it references (ties by name).
    static func referenceOrder(_ tables: [String], _ references: [(table: String, references: String)]) -> [String] {
        var pending = tables
        var placed: [String] = []
        while !pending.isEmpty {
            let ready = pending.first { table in
                references.allSatisfy { $0.table != table || placed.contains($0.references) || !tables.contains($0.references) }
            } ?? pending[0]  // A reference cycle: place the first and let the constraints judge.
            placed.append(ready)
            pending.removeAll { $0 == ready }
        }
        return placed
    }

    /// Moves every identity sequence past the greatest `seq` copied in, so new rows get fresh ids.
    public func advanceSequences(_ connection: PostgresConnection) throws {
        for table in tables where table.columns.contains(where: { $0.name == "seq" }) {
            try connection.run("""
                SELECT setval(pg_get_serial_sequence('\(table.name)', 'seq'), COALESCE(max(seq), 0) + 1, false) FROM \(table.name)
                """)
        }
    }
}
