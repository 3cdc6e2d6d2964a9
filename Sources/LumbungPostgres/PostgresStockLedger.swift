import LumbungCore

/// Applies movements to an outlet's balances on PostgreSQL inside the caller's transaction: the
/// ledger row, the balance and the stock alerts change together or not at all.
///
/// The balance row is locked (`SELECT … FOR UPDATE`) before it is read, so sales through
/// different processes queue on it and each sees the balance the previous one left: never an
/// oversell, whichever process a sale reaches.
struct PostgresStockLedger {
    /// The writer session, inside a transaction.
    let connection: PostgresConnection
    /// Who acts and when.
    let context: WriteContext

    /// Records one movement; throws `invalid` for an unknown commodity or a quantity the kind does
    /// not allow and `insufficientStock` when the balance would go negative (the caller rolls back).
    func record(_ movement: NewMovement, outlet: OutletSummary) throws -> Movement {
        guard let commodity = try catalogueEntry(movement.commodity) else {
            throw DomainError.invalid(field: "commodity", message: "No commodity \(movement.commodity) in the catalogue.")
        }
        let before = try lockedBalance(outlet: outlet, commodity: commodity.id)
        let outcome = try movement.kind.apply(quantity: movement.quantity, to: before.quantity)
        let now = context.now
        let occurredAt = movement.occurredAt ?? now
        let id = EntityID.make("mov", at: now)
        let seq = try connection.queryOne("""
            INSERT INTO stock_movements (id, outlet_id, commodity, kind, quantity, delta, balance_after, occurred_at, recorded_at, note)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING seq
            """, [id, outlet.id, commodity.id.rawValue, movement.kind.rawValue, movement.quantity.thousandths,
                  outcome.delta.thousandths, outcome.balanceAfter.thousandths, occurredAt.millisecondsSinceEpoch,
                  now.millisecondsSinceEpoch, movement.note]) { $0.int64(0) } ?? 0
        try connection.run("UPDATE stock_balances SET quantity = $1, updated_at = $2, region = $3 WHERE outlet_id = $4 AND commodity = $5",
                           [outcome.balanceAfter.thousandths, now.millisecondsSinceEpoch, outlet.region.rawValue,
                            outlet.id, commodity.id.rawValue])
        try PostgresStockAlerts(connection: connection, context: context)
            .follow(outlet: outlet, commodity: commodity, balance: outcome.balanceAfter, threshold: before.lowThreshold)
        return Movement(seq: seq, id: id, outletID: outlet.id, commodity: commodity.id, kind: movement.kind,
                        quantity: movement.quantity, delta: outcome.delta, balanceAfter: outcome.balanceAfter,
                        occurredAt: occurredAt, recordedAt: now, note: movement.note)
    }

    /// Sets the low-stock threshold (creating the balance at 0 if none exists) and lets the stock
    /// alerts follow. Throws `notFound` for a commodity not in the catalogue.
    func setLowThreshold(_ threshold: Quantity, outlet: OutletSummary, commodity id: CommodityID) throws {
        guard let commodity = try catalogueEntry(id) else { throw DomainError.notFound("No commodity \(id).") }
        let balance = try connection.queryOne("""
            INSERT INTO stock_balances (outlet_id, commodity, region, quantity, low_threshold, updated_at) VALUES ($1, $2, $3, 0, $4, $5)
            ON CONFLICT (outlet_id, commodity) DO UPDATE SET low_threshold = excluded.low_threshold RETURNING quantity
            """, [outlet.id, id.rawValue, outlet.region.rawValue, threshold.thousandths, context.now.millisecondsSinceEpoch]) {
            Quantity(thousandths: $0.int64(0))
        } ?? .zero
        try PostgresStockAlerts(connection: connection, context: context)
            .follow(outlet: outlet, commodity: commodity, balance: balance, threshold: threshold)
    }

    /// The balance row, created at 0 when there is none yet, locked until the transaction ends.
    private func lockedBalance(outlet: OutletSummary, commodity: CommodityID) throws -> (quantity: Quantity, lowThreshold: Quantity?) {
        try connection.run("""
            INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at) VALUES ($1, $2, $3, 0, $4)
            ON CONFLICT (outlet_id, commodity) DO NOTHING
            """, [outlet.id, commodity.rawValue, outlet.region.rawValue, context.now.millisecondsSinceEpoch])
        let row = try connection.queryOne("""
            SELECT quantity, low_threshold FROM stock_balances WHERE outlet_id = $1 AND commodity = $2 FOR UPDATE
            """, [outlet.id, commodity.rawValue]) { row in
            (Quantity(thousandths: row.int64(0)), row.optionalInt64(1).map(Quantity.init(thousandths:)))
        }
        return row ?? (.zero, nil)
    }

    /// The catalogue entry of a commodity, or nil.
    private func catalogueEntry(_ id: CommodityID) throws -> Commodity? {
        try connection.queryOne("SELECT name, unit, category FROM commodities WHERE id = $1", [id.rawValue]) { row in
            Commodity(id: id, name: row.string(0), unit: row.string(1), category: CommodityCategory(rawValue: row.string(2)) ?? .other)
        }
    }
}

/// Keeps the out-of-stock and low-stock alerts in step with a balance (the same rules as SQLite's:
/// Core's `AlertStateMachine.stockChecks`), inside the transaction that moved it.
struct PostgresStockAlerts {
    /// The writer session, inside a transaction.
    let connection: PostgresConnection
    /// Who acts and when.
    let context: WriteContext

    /// Brings the stock alerts of `commodity` at `outlet` in line with `balance` and `threshold`.
    func follow(outlet: OutletSummary, commodity: Commodity, balance: Quantity, threshold: Quantity?) throws {
        let ledger = PostgresAlertLedger(connection: connection, context: context)
        let checks = AlertStateMachine.stockChecks(balance: balance, threshold: threshold, commodityName: commodity.name,
                                                   outletName: outlet.name, unit: commodity.unit)
        for check in checks { try ledger.apply(check, at: .outlet(outlet), commodity: commodity.id) }
    }
}
