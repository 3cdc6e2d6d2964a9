import LumbungCore

extension PostgresStore {
    /// Records the movements in order in one transaction; the first refusal rolls back all.
    /// (The stock port's writes; its reads — ledger pages, shelf — are not on PostgreSQL yet.)
    public func recordMovements(_ movements: [NewMovement], outlet: OutletSummary, context: WriteContext) throws -> [Movement] {
        try database.write { connection in
            let ledger = PostgresStockLedger(connection: connection, context: context)
            return try movements.enumerated().map { index, movement in
                do {
                    return try ledger.record(movement, outlet: outlet)
                } catch let error as DomainError {
                    throw MovementRejected(index: index, reason: error)
                }
            }
        }
    }
}
