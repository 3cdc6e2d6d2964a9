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
            ShelfItem(commodity: try row.commodity(0), quantity: Quantity(thousandths: row.int64(1)),
                      unit: row.string(2), lowThreshold: row.optionalInt64(3).map(Quantity.init(thousandths:)),
                      updatedAt: row.optionalInt64(4).map(Timestamp.init(millisecondsSinceEpoch:)), price: row.optionalInt64(5).map { Money($0) },
                      priceObservedAt: row.optionalInt64(6).map(Timestamp.init(millisecondsSinceEpoch:)),
                      priceStatus: try row.optionalParsed(7, PriceStatus.init(rawValue:)))
        }
    }

    /// A ledger row as a movement.
    private static func movement(_ row: Row) throws -> Movement {
        Movement(seq: row.int64(0), id: row.string(1), outletID: row.string(2), commodity: try row.commodity(3),
                 kind: try row.parsed(4, MovementKind.init(rawValue:)), quantity: Quantity(thousandths: row.int64(5)),
                 delta: Quantity(thousandths: row.int64(6)), balanceAfter: Quantity(thousandths: row.int64(7)),
                 occurredAt: Timestamp(millisecondsSinceEpoch: row.int64(8)),
                 recordedAt: Timestamp(millisecondsSinceEpoch: row.int64(9)), note: row.optionalString(10))
    }
}
