import Testing
@testable import LumbungStore

/// Migration 22: a token or an assistant token's cooperatives added, changed or deleted gives the token generation a
/// new value; a write that touches neither leaves it as it was.
struct TokenGenerationMigrationTests {
    /// The token generation now.
    static func generation(_ db: Database) throws -> Int64 {
        try db.read { try DirectoryGenerations(on: $0).tokens }
    }

    @Test func everyChangeToTheTokensMovesTheGeneration() throws {
        try withTemporarySQLiteDatabase { db, _ throws in
            try db.migrate(Schema.migrations.filter { $0.id < 22 })
            #expect(try db.migrate(Schema.migrations.filter { $0.id <= 22 }) == 1)
            try db.write { try $0.execute("INSERT INTO cooperatives (id, name, region, created_at) VALUES ('coop_1', 'Koperasi', '63.71.01.1001', 0)") }
            let last = try expectEachChangeMovesGeneration([
                "INSERT INTO tokens (id, name, role, secret_hash, created_at) VALUES ('tok_1', 'pendamping', 'assistant', 'hash-1', 0)",
                "INSERT INTO token_cooperatives (token_id, cooperative_id) VALUES ('tok_1', 'coop_1')",
                "UPDATE token_cooperatives SET cooperative_id = 'coop_1' WHERE token_id = 'tok_1'",
                "DELETE FROM token_cooperatives WHERE token_id = 'tok_1'",
                "UPDATE tokens SET revoked_at = 5 WHERE id = 'tok_1'",
                "DELETE FROM tokens WHERE id = 'tok_1'",
            ], on: db) { try Self.generation(db) }
            try db.write { try $0.execute("INSERT INTO cooperatives (id, name, region, created_at) VALUES ('coop_2', 'Koperasi', '63.71.01.1002', 0)") }
            #expect(try Self.generation(db) == last, "a new cooperative changes no caller")
        }
    }
}
