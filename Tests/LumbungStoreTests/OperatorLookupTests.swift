import LumbungCore
import Testing
@testable import LumbungStore

/// A writing request's admission reads its token's principal and its outlet together, with the answers of the two
/// separate lookups; what it keeps in memory gives way to any change, made by this process or another.
struct OperatorLookupTests {
    /// Two cooperatives, an outlet of the first, a live shopkeeper token of it and a revoked admin token.
    static func seed(_ store: SQLiteStore) throws {
        try store.database.write { c in
            try c.execute("""
                INSERT INTO cooperatives (id, name, region, created_at) VALUES ('coop_1', 'Koperasi', '63.71.01.1001', 0);
                INSERT INTO cooperatives (id, name, region, created_at) VALUES ('coop_2', 'Koperasi Dua', '63.71.01.1002', 0);
                INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_1', 'coop_1', 'Gerai Satu', '63.71.01.1001', 0);
                INSERT INTO tokens (id, name, role, cooperative_id, secret_hash, created_at) VALUES ('tok_1', 'toko', 'shopkeeper', 'coop_1', 'hash-1', 0);
                INSERT INTO tokens (id, name, role, secret_hash, created_at, revoked_at) VALUES ('tok_2', 'lama', 'admin', 'hash-2', 0, 5);
                """)
        }
    }

    @Test func theTokenAndTheOutletAreReadTogether() throws {
        try withTemporarySQLiteDirectory { folder in
            let store = try SQLiteStore(path: folder + "/operator.sqlite")
            defer { store.close() }
            try Self.seed(store)
            let both = try store.principal(secretHash: "hash-1", outletID: "out_1")
            #expect(both.principal == (try store.principal(secretHash: "hash-1")))
            #expect(both.principal?.cooperativeID == "coop_1")
            #expect(both.outlet == (try store.outletSummary(id: "out_1")))
            #expect(both.outlet?.name == "Gerai Satu")
            let noOutlet = try store.principal(secretHash: "hash-1", outletID: "out_9")
            #expect(noOutlet.principal?.tokenID == "tok_1" && noOutlet.outlet == nil)
            let revoked = try store.principal(secretHash: "hash-2", outletID: "out_1")
            #expect(revoked.principal == nil && revoked.outlet == nil, "a revoked token reads no outlet")
            let unknown = try store.principal(secretHash: "hash-9", outletID: "out_1")
            #expect(unknown.principal == nil && unknown.outlet == nil)
        }
    }

    @Test func changesByAnotherProcessShowAtTheNextLookup() throws {
        try withTemporarySQLiteDirectory { folder in
            let server = try SQLiteStore(path: folder + "/operator.sqlite")
            defer { server.close() }
            let other = try SQLiteStore(path: folder + "/operator.sqlite")  // as the command line would
            defer { other.close() }
            try Self.seed(server)
            #expect(try server.principal(secretHash: "hash-1", outletID: "out_1").outlet?.cooperativeID == "coop_1")
            try other.database.write { try $0.execute("UPDATE outlets SET cooperative_id = 'coop_2', name = 'Gerai Baru' WHERE id = 'out_1'") }
            let moved = try server.principal(secretHash: "hash-1", outletID: "out_1").outlet
            #expect(moved?.cooperativeID == "coop_2" && moved?.name == "Gerai Baru", "a moved outlet is read again")

            #expect(try server.principal(secretHash: "hash-1", outletID: "out_2").outlet == nil)
            try other.database.write { try $0.execute("INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_2', 'coop_1', 'Gerai Dua', '63.71.01.1001', 0)") }
            #expect(try server.principal(secretHash: "hash-1", outletID: "out_2").outlet?.name == "Gerai Dua", "an unknown outlet is not kept")

            #expect(try server.principal(secretHash: "hash-3") == nil)
            try other.addToken(AccessToken(id: "tok_3", name: "pendamping", role: .assistant, region: nil, cooperativeID: nil,
                                           createdAt: Timestamp(millisecondsSinceEpoch: 0), cooperativeIDs: ["coop_1"]),
                               secretHash: "hash-3")
            #expect(try server.principal(secretHash: "hash-3")?.cooperativeIDs == ["coop_1"], "an unknown token is not kept")
            try other.database.write { try $0.execute("INSERT INTO token_cooperatives (token_id, cooperative_id) VALUES ('tok_3', 'coop_2')") }
            #expect(try server.principal(secretHash: "hash-3")?.cooperativeIDs == ["coop_1", "coop_2"], "a new binding shows")

            #expect(try server.principal(secretHash: "hash-1", outletID: "out_1").principal?.tokenID == "tok_1")
            #expect(try other.revokeToken(id: "tok_1", at: Timestamp(millisecondsSinceEpoch: 9)))
            #expect(try server.principal(secretHash: "hash-1", outletID: "out_1").principal == nil, "a revoked token is refused at once")
            #expect(try server.principal(secretHash: "hash-1") == nil)
        }
    }
}
