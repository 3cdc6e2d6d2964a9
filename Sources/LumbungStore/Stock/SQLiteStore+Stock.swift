import LumbungCore

extension SQLiteStore: StockStore {
    /// Records the movements in order in one writer transaction; the first refusal rolls back all.
    public func recordMovements(_ movements: [NewMovement], outlet: OutletSummary, context: WriteContext) throws -> [Movement] {
        try write(context) { connection, context in
            let ledger = StockLedger(connection: connection, context: context)
            var recorded: [Movement] = []
            recorded.reserveCapacity(movements.count)
            for (index, movement) in movements.enumerated() {
                do {
                    recorded.append(try ledger.record(movement, outlet: outlet))
                } catch let error as DomainError {
                    throw MovementRejected(index: index, reason: error)
                }
            }
            return recorded
        }
    }

    /// One page of the outlet's ledger, newest first (by `seq`, the order of recording).
    public func movements(outletID: String, commodity: CommodityID?, before: Int64?, limit: Int) throws -> Page<Movement> {
        let position = before ?? Int64.max
        let fetched: [Movement] = try database.read { connection in
            if let commodity {
                return try connection.query(StockQueries.ledgerPageOfCommodity,
                                            [outletID, commodity.rawValue, position, limit + 1], row: Self.movement)
            }
            return try connection.query(StockQueries.ledgerPage, [outletID, position, limit + 1], row: Self.movement)
        }
        return Page(fetched: fetched, limit: limit) { String($0.seq) }
    }

    /// The outlet's balances with their current prices, by commodity id.
    public func shelf(outletID: String) throws -> [ShelfItem] {
        try database.read { try Self.shelfItems(outletID: outletID, commodity: nil, on: $0) }
    }

    /// Sets the threshold and reads the shelf item back, in one writer transaction.
    public func setLowThreshold(_ threshold: Quantity, outlet: OutletSummary, commodity: CommodityID,
                                context: WriteContext) throws -> ShelfItem {
        try write(context) { connection, context in
            try StockLedger(connection: connection, context: context)
                .setLowThreshold(threshold, outlet: outlet, commodity: commodity)
            guard let item = try Self.shelfItems(outletID: outlet.id, commodity: commodity, on: connection).first else {
                throw DomainError.notFound("No commodity \(commodity).")
            }
            return item
        }
    }

    /// Shelf items of an outlet (all, or one commodity's), prices joined from `current_prices`.
    private static func shelfItems(outletID: String, commodity: CommodityID?, on connection: Connection) throws -> [ShelfItem] {
        try connection.query(StockQueries.shelf, [outletID, commodity?.rawValue]) { row in
            ShelfItem(commodity: try row.commodity(try row.column("commodity")),
                      quantity: Quantity(thousandths: row.int64(try row.column("quantity"))),
                      unit: row.string(try row.column("unit")),
                      lowThreshold: row.optionalInt64(try row.column("low_threshold")).map(Quantity.init(thousandths:)),
                      updatedAt: row.optionalInt64(try row.column("updated_at")).map(Timestamp.init(millisecondsSinceEpoch:)),
                      price: row.optionalInt64(try row.column("price")).map { Money($0) },
                      priceObservedAt: row.optionalInt64(try row.column("price_observed_at"))
                          .map(Timestamp.init(millisecondsSinceEpoch:)),
                      priceStatus: try row.optionalParsed(try row.column("price_status"), PriceStatus.init(rawValue:)))
        }
    }

    /// A ledger row as a movement.
    private static func movement(_ row: Row) throws -> Movement {
        Movement(seq: row.int64(try row.column("seq")), id: row.string(try row.column("id")),
                 outletID: row.string(try row.column("outlet_id")), commodity: try row.commodity(try row.column("commodity")),
                 kind: try row.parsed(try row.column("kind"), MovementKind.init(rawValue:)),
                 quantity: Quantity(thousandths: row.int64(try row.column("quantity"))),
                 delta: Quantity(thousandths: row.int64(try row.column("delta"))),
                 balanceAfter: Quantity(thousandths: row.int64(try row.column("balance_after"))),
                 occurredAt: Timestamp(millisecondsSinceEpoch: row.int64(try row.column("occurred_at"))),
                 recordedAt: Timestamp(millisecondsSinceEpoch: row.int64(try row.column("recorded_at"))),
                 note: row.optionalString(try row.column("note")))
    }
}
