import LumbungCore

/// Applies movements and thresholds to an outlet's balances on the writer connection, inside the
/// caller's transaction: ledger row, balance row and stock alerts change together or not at all.
struct StockLedger {
    /// The writer connection, inside a transaction.
    let connection: Connection
    /// Who acts and when (`now` is the recording time).
    let context: WriteContext

    /// A balance row's figures.
    private struct Balance {
        /// The current balance.
        let quantity: Quantity
        /// The low-stock threshold, if one was set.
        let lowThreshold: Quantity?
        /// The region the row stands in (its kabupaten/kota's totals count it).
        let region: String

        /// Whether this balance calls for neither stock alert: above zero and not below its threshold.
        var callsForNoAlert: Bool { StockCondition.evaluate(balance: quantity, lowThreshold: lowThreshold) == nil }
    }

    /// Records one movement and updates its balance. Throws `invalid` for a commodity not in the
    /// catalogue or a quantity the kind does not allow, `insufficientStock` when the balance would go
    /// negative; the caller's transaction then rolls back.
    ///
    /// A balance that calls for no stock alert before the movement and none after it leaves the alerts alone
    /// without looking at them or at the catalogue: every change of a balance or threshold lets its alerts follow
    /// (`StockAlerts`), so none of its stock alerts is open, and the balance's row shows the commodity is in the
    /// catalogue (a commodity with balances cannot be removed).
    func record(_ movement: NewMovement, outlet: OutletSummary) throws -> Movement {
        let before = try balance(outletID: outlet.id, commodity: movement.commodity)
        var commodity = before?.callsForNoAlert == true ? nil : try catalogued(movement.commodity)
        let outcome = try movement.kind.apply(quantity: movement.quantity, to: before?.quantity ?? .zero)
        if commodity == nil, StockCondition.evaluate(balance: outcome.balanceAfter, lowThreshold: before?.lowThreshold) != nil {
            commodity = try catalogued(movement.commodity)
        }
        let now = context.now
        let occurredAt = movement.occurredAt ?? now
        let id = RowIDs.make("mov", at: now)
        try connection.run(StockQueries.appendMovement, [
            id, outlet.id, movement.commodity.rawValue, movement.kind.rawValue, movement.quantity.thousandths,
            outcome.delta.thousandths, outcome.balanceAfter.thousandths, occurredAt.millisecondsSinceEpoch,
            now.millisecondsSinceEpoch, movement.note,
        ])
        let seq = connection.lastInsertRowID
        try OutletActivity.touchAtCommit(outletID: outlet.id, at: now, on: connection)
        if let before {
            try connection.deferWrite(.balance(BalanceMove(
                outletID: outlet.id, commodity: movement.commodity.rawValue, quantity: outcome.balanceAfter.thousandths,
                updatedAt: now.millisecondsSinceEpoch, lowThreshold: before.lowThreshold?.thousandths, region: before.region)))
            try StockTotalsChange.deferMove(commodity: movement.commodity.rawValue, region: before.region,
                                            from: before.quantity.thousandths, to: outcome.balanceAfter.thousandths,
                                            on: connection)
        } else {
            try connection.run(StockQueries.insertBalance, [outlet.id, movement.commodity.rawValue, outlet.region.rawValue,
                                                            outcome.balanceAfter.thousandths, now.millisecondsSinceEpoch])
        }
        if let commodity {
            try StockAlerts(connection: connection, context: context)
                .follow(outlet: outlet, commodity: commodity, balance: outcome.balanceAfter, threshold: before?.lowThreshold)
        }
        return Movement(seq: seq, id: id, outletID: outlet.id, commodity: movement.commodity, kind: movement.kind,
                        quantity: movement.quantity, delta: outcome.delta, balanceAfter: outcome.balanceAfter,
                        occurredAt: occurredAt, recordedAt: now, note: movement.note)
    }

    /// Sets the low-stock threshold (creating the balance at 0 if none exists) and lets the stock
    /// alerts follow. Throws `notFound` for a commodity not in the catalogue.
    func setLowThreshold(_ threshold: Quantity, outlet: OutletSummary, commodity id: CommodityID) throws {
        guard let commodity = try catalogueEntry(id) else { throw DomainError.notFound("No commodity \(id).") }
        try connection.settleDeferredWrites { $0 == .balance(outletID: outlet.id, commodity: id.rawValue) }
        try connection.run(StockQueries.storeThreshold, [outlet.id, id.rawValue, outlet.region.rawValue,
                                                         threshold.thousandths, context.now.millisecondsSinceEpoch])
        let balance = try balance(outletID: outlet.id, commodity: id)?.quantity ?? .zero
        try StockAlerts(connection: connection, context: context)
            .follow(outlet: outlet, commodity: commodity, balance: balance, threshold: threshold)
    }

    /// The catalogue entry of a commodity; throws `invalid` when it is not in the catalogue.
    private func catalogued(_ id: CommodityID) throws -> Commodity {
        guard let commodity = try catalogueEntry(id) else {
            throw DomainError.invalid(field: "commodity", message: "No commodity \(id) in the catalogue.")
        }
        return commodity
    }

    /// The catalogue entry of a commodity, or nil.
    private func catalogueEntry(_ id: CommodityID) throws -> Commodity? {
        try connection.queryOne(StockQueries.catalogueEntry, [id.rawValue]) { row in
            Commodity(id: id, name: row.string(0), unit: row.string(1),
                      category: try row.parsed(2, CommodityCategory.init(rawValue:)))
        }
    }

    /// The balance row of an outlet's commodity, or nil when nothing was ever recorded for it: as this transaction
    /// left it, when it moved the balance (the move is written as the transaction commits).
    private func balance(outletID: String, commodity: CommodityID) throws -> Balance? {
        if case .balance(let move)? = connection.deferredWrite(of: .balance(outletID: outletID, commodity: commodity.rawValue)) {
            return Balance(quantity: Quantity(thousandths: move.quantity),
                           lowThreshold: move.lowThreshold.map(Quantity.init(thousandths:)), region: move.region)
        }
        return try connection.queryOne(StockQueries.balance, [outletID, commodity.rawValue]) { row in
            Balance(quantity: Quantity(thousandths: row.int64(0)),
                    lowThreshold: row.optionalInt64(1).map(Quantity.init(thousandths:)), region: row.string(2))
        }
    }
}
