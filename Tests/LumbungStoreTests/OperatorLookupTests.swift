import LumbungCore
import Testing
@testable import LumbungStore

/// A writing request's admission reads its token's principal and its outlet together, with the answers of the two
/// separate lookups.
struct OperatorLookupTests {
    @Test func theTokenAndTheOutletAreReadTogether() throws {
        try withTemporarySQLiteDirectory { folder in
            let store = try SQLiteStore(path: folder + "/operator.sqlite")
            defer { store.close() }
            try store.database.write { c in
                try c.execute("""
                    INSERT INTO cooperatives (id, name, region, created_at) VALUES ('coop_1', 'Koperasi', '63.71.01.1001', 0);
                    INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES ('out_1', 'coop_1', 'Gerai Satu', '63.71.01.1001', 0);
                    INSERT INTO tokens (id, name, role, cooperative_id, secret_hash, created_at) VALUES ('tok_1', 'toko', 'shopkeeper', 'coop_1', 'hash-1', 0);
                    INSERT INTO tokens (id, name, role, secret_hash, created_at, revoked_at) VALUES ('tok_2', 'lama', 'admin', 'hash-2', 0, 5);
                    """)
            }
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
}
