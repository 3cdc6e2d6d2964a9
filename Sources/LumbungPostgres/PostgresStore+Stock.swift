import LumbungCore

extension PostgresStore: StockStore {
    /// Records the movements in order in one transaction; the first refusal rolls back all.
    public func recordMovements(_ movements: [NewMovement], outlet: OutletSummary, context: WriteContext) throws -> [Movement] {
        try write(context) { connection, context in
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

    /// One page of the outlet's ledger, newest first (by `seq`, the order of recording).
    public func movements(outletID: String, commodity: CommodityID?, before: Int64?, limit: Int) throws -> Page<Movement> {
        let fetched = try database.read { connection in
            try connection.query("""
                SELECT seq, id, outlet_id, commodity, kind, quantity, delta, balance_after, occurred_at, recorded_at, note
                FROM stock_movements WHERE outlet_id = $1 AND ($2::text IS NULL OR commodity = $2) AND seq < $3
                ORDER BY seq DESC LIMIT $4
                """, [outletID, commodity?.rawValue, before ?? Int64.max, limit + 1]) { row in
                Movement(seq: row.int64(0), id: row.string(1), outletID: row.string(2), commodity: CommodityID(row.string(3))!,
                         kind: MovementKind(rawValue: row.string(4)) ?? .adjustment, quantity: Quantity(thousandths: row.int64(5)),
                         delta: Quantity(thousandths: row.int64(6)), balanceAfter: Quantity(thousandths: row.int64(7)),
                         occurredAt: Timestamp(millisecondsSinceEpoch: row.int64(8)),
                         recordedAt: Timestamp(millisecondsSinceEpoch: row.int64(9)), note: row.optionalString(10))
            }
        }
        return Page(fetched: fetched, limit: limit) { String($0.seq) }
    }

    /// The outlet's balances with their current prices, by commodity id.
    public func shelf(outletID: String) throws -> [ShelfItem] {
        try database.read { try Self.shelfItems(outletID: outletID, commodity: nil, on: $0) }
    }

    /// Sets the threshold (the balance row locked by the upsert) and reads the shelf item back.
    public func setLowThreshold(_ threshold: Quantity, outlet: OutletSummary, commodity: CommodityID,
                                context: WriteContext) throws -> ShelfItem {
        try write(context) { connection, context in
            try PostgresStockLedger(connection: connection, context: context)
                .setLowThreshold(threshold, outlet: outlet, commodity: commodity)
            guard let item = try Self.shelfItems(outletID: outlet.id, commodity: commodity, on: connection).first else {
                throw DomainError.notFound("No commodity \(commodity).")
            }
            return item
        }
    }

    /// Shelf items of an outlet (all, or one commodity's), prices joined from `current_prices`, by commodity id in byte order.
    private static func shelfItems(outletID: String, commodity: CommodityID?, on connection: PostgresConnection) throws -> [ShelfItem] {
        try connection.query("""
            SELECT b.commodity COLLATE "C", b.quantity, c.unit, b.low_threshold, b.updated_at, p.price, p.observed_at, p.status
            FROM stock_balances b
            JOIN commodities c ON c.id = b.commodity
            LEFT JOIN current_prices p ON p.outlet_id = b.outlet_id AND p.commodity = b.commodity
            WHERE b.outlet_id = $1 AND ($2::text IS NULL OR b.commodity = $2)
            UNION ALL
            SELECT p.commodity, 0, c.unit, NULL, NULL, p.price, p.observed_at, p.status
            FROM current_prices p
            JOIN commodities c ON c.id = p.commodity
            WHERE p.outlet_id = $1 AND ($2::text IS NULL OR p.commodity = $2)
              AND NOT EXISTS (SELECT 1 FROM stock_balances b WHERE b.outlet_id = p.outlet_id AND b.commodity = p.commodity)
            ORDER BY 1
            """, [outletID, commodity?.rawValue]) { row in
            ShelfItem(commodity: CommodityID(row.string(0))!, quantity: Quantity(thousandths: row.int64(1)),
                      unit: row.string(2), lowThreshold: row.optionalInt64(3).map(Quantity.init(thousandths:)),
                      updatedAt: row.optionalInt64(4).map(Timestamp.init(millisecondsSinceEpoch:)), price: row.optionalInt64(5).map { Money($0) },
                      priceObservedAt: row.optionalInt64(6).map(Timestamp.init(millisecondsSinceEpoch:)),
                      priceStatus: row.optionalString(7).flatMap(PriceStatus.init(rawValue:)))
        }
    }
}
