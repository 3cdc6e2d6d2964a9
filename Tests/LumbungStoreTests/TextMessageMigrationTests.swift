import Testing
@testable import LumbungStore

/// Migration 8 on a database that already holds the catalogue: the contract's aliases appear.
@Suite struct TextMessageMigrationTests {
    @Test func anExistingCatalogueGetsTheContractsAliases() throws {
        try withTemporarySQLiteDatabase { database, _ in
            try database.migrate(Schema.migrations.filter { $0.id < 8 })
            try database.write { connection in
                for id in ["lpg-3kg", "beras-medium", "kedelai"] {
                    try connection.run("""
                        INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES (?, ?, 'kg', 'other', 0, 0)
                        """, [id, id])
                }
            }
            try database.migrate(Schema.migrations)
            let aliases = try database.read { connection in
                try connection.query("SELECT alias, commodity FROM commodity_aliases ORDER BY commodity, position") {
                    "\($0.string(1)):\($0.string(0))"
                }
            }
            #expect(aliases == ["beras-medium:BERAS", "lpg-3kg:LPG", "lpg-3kg:GAS", "lpg-3kg:ELPIJI"])
        }
    }
}
