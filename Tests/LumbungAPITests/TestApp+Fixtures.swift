import LumbungAPI
import LumbungCore
import LumbungStore

/// Rows written straight into the database, so a test can start from a known world.
extension TestApp {
    /// A new token of `role` and its secret.
    func makeToken(_ role: Role, name: String? = nil, region: String? = nil, cooperativeID: String? = nil,
                   cooperativeIDs: [String] = []) throws -> String {
        let secret = TokenSecret.generate()
        let id = EntityID.make("tok", at: clock.now())
        try sql("""
            INSERT INTO tokens (id, name, role, region, cooperative_id, secret_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, 0)
            """, id, name ?? "\(role.rawValue) test", role.rawValue, region, cooperativeID, TokenSecret.hash(secret))
        for bound in cooperativeIDs {
            try sql("INSERT INTO token_cooperatives (token_id, cooperative_id) VALUES (?, ?)", id, bound)
        }
        return secret
    }

    /// A new cooperative in `village`; returns its id.
    func makeCooperative(village: String = "63.71.01.1001", name: String = "Koperasi Merah Putih Kelayan Timur") throws -> String {
        let id = EntityID.make("coop", at: clock.now())
        try sql("INSERT INTO cooperatives (id, name, region, created_at) VALUES (?, ?, ?, 0)", id, name, village)
        return id
    }

    /// A new outlet of `cooperativeID` in `village`; returns its id.
    func makeOutlet(cooperativeID: String, village: String = "63.71.01.1001", name: String = "Gerai Kelayan Timur",
                    latitude: Double? = nil, longitude: Double? = nil) throws -> String {
        let id = EntityID.make("out", at: clock.now())
        try sql("""
            INSERT INTO outlets (id, cooperative_id, name, region, latitude, longitude, created_at) VALUES (?, ?, ?, ?, ?, ?, 0)
            """, id, cooperativeID, name, village, latitude, longitude)
        return id
    }

    /// `count` outlets of `cooperativeID` in `village`, written in one statement, with the ids `out_bulk0`,
    /// `out_bulk1`, … (for tests that need many rows behind one step).
    func makeBulkOutlets(_ count: Int, cooperativeID: String, village: String = "63.71.01.1001") throws {
        try sql("""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1)
            INSERT INTO outlets (id, cooperative_id, name, region, created_at)
            SELECT 'out_bulk' || i, ?, 'Gerai ' || i, ?, 0 FROM n
            """, count, cooperativeID, village)
    }

    /// One cooperative with one outlet in Kelayan Timur (Banjarmasin) and tokens for each role.
    func makeWorld() throws -> World {
        let cooperative = try makeCooperative()
        let outlet = try makeOutlet(cooperativeID: cooperative)
        let otherCooperative = try makeCooperative(village: "63.71.01.1002")
        return World(cooperativeID: cooperative, outletID: outlet,
                     admin: try makeToken(.admin),
                     officer: try makeToken(.officer, region: "63.71"),
                     otherOfficer: try makeToken(.officer, region: "15"),
                     shopkeeper: try makeToken(.shopkeeper, cooperativeID: cooperative),
                     otherShopkeeper: try makeToken(.shopkeeper, cooperativeID: otherCooperative))
    }
}

/// A small world for tests: one outlet and a token of each kind, in and out of scope.
struct World {
    let cooperativeID: String
    let outletID: String
    let admin: String
    let officer: String
    let otherOfficer: String
    let shopkeeper: String
    let otherShopkeeper: String
}
