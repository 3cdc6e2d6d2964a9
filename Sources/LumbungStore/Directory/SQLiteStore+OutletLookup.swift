import LumbungCore

extension SQLiteStore: OutletLookup {
    /// The outlet with this id, or nil.
    public func outletSummary(id: String) throws -> OutletSummary? {
        try database.read { try Self.outletSummary(id: id, on: $0) }
    }

    /// The token's principal and the outlet, both kept while the tokens and the directory stay unchanged (see
    /// `admittedCallers`, `writtenOutlets`): when both are kept under the generations read now, that one statement is
    /// the whole lookup; else both are read in one read transaction (one snapshot, one reader lent).
    public func principal(secretHash: String, outletID: String) throws -> (principal: Principal?, outlet: OutletSummary?) {
        let generations = try currentGenerations()
        if let principal = admittedCallers.value(of: secretHash, generation: generations.tokens),
           let outlet = writtenOutlets.value(of: outletID, generation: generations.directory) {
            return (principal, outlet)
        }
        return try database.read { connection in
            let generations = try DirectoryGenerations(on: connection)
            guard let principal = try admittedCaller(secretHash: secretHash, generation: generations.tokens, on: connection)
            else { return (nil, nil) }
            return (principal, try writtenOutlets.value(of: outletID, generation: generations.directory,
                                                         ifFound: { try Self.outletSummary(id: outletID, on: connection) }))
        }
    }

    /// The outlet with this id read on a connection already in hand (inside a transaction).
    static func outletSummary(id: String, on connection: Connection) throws -> OutletSummary? {
        try connection.queryOne("SELECT id, cooperative_id, name, region FROM outlets WHERE id = ?", [id]) { row in
            OutletSummary(id: row.string(0), cooperativeID: row.string(1), name: row.string(2),
                          region: try row.region(3))
        }
    }
}
