import LumbungCore

extension SQLiteStore {
    /// Stores many new cooperatives, each with its outlets, in one transaction (bulk loading).
    public func addCooperatives(_ cooperatives: [Cooperative], outlets: [Outlet]) throws {
        try database.write { connection in
            for cooperative in cooperatives { try Self.insert(cooperative, on: connection) }
            for outlet in outlets { try Self.insert(outlet, on: connection) }
        }
    }
}
