import Testing
@testable import LumbungStore

/// Migration 20: a commodity added, changed or deleted gives the directory generation a new value, as a change
/// to an outlet, cooperative or region does; a write that touches none of them leaves it as it was.
struct CatalogueGenerationMigrationTests {
    /// The directory generation now.
    static func generation(_ db: Database) throws -> Int64 {
        try db.read { try $0.queryOne(AvailabilityQueries.directoryGeneration) { $0.int64(0) } ?? 0 }
    }

    @Test func everyChangeToACommodityMovesTheGeneration() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            let upTo19 = Schema.migrations.filter { $0.id <= 19 }
            #expect(try db.migrate(upTo19) == upTo19.count)
            try db.write { try $0.execute("INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES ('gula', 'Gula', 'kg', 'sembako', 0, 0)") }
            let beforeMigration = try Self.generation(db)
            try db.write { try $0.execute("UPDATE commodities SET name = 'Gula Pasir' WHERE id = 'gula'") }
            #expect(try Self.generation(db) == beforeMigration, "before migration 20 a commodity change left the generation")
            #expect(try db.migrate(Schema.migrations.filter { $0.id <= 20 }) == 1)
            let last = try expectEachChangeMovesGeneration([
                "INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES ('lpg-3kg', 'LPG 3 kg', 'tabung', 'lpg', 0, 0)",
                "UPDATE commodities SET name = 'LPG 3 kg bersubsidi' WHERE id = 'lpg-3kg'",
                "UPDATE commodities SET unit = 'ons' WHERE id = 'gula'",
                "DELETE FROM commodities WHERE id = 'lpg-3kg'",
            ], on: db) { try Self.generation(db) }
            try db.write { try $0.execute("INSERT INTO cooperatives (id, name, region, created_at) VALUES ('coop_1', 'Koperasi', '63.71.01.1001', 0)") }
            #expect(try Self.generation(db) == last, "a new cooperative changes nothing listed")
        }
    }
}
