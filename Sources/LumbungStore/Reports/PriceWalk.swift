import LumbungCore

/// The two walks of `current_prices_by_region` a price series makes: each outlet's price at the start
/// and village, then every change until the end, each change naming its outlet by position.
struct PriceWalk {
    /// Each outlet's price at the start (nil when it had none yet), in outlet order.
    let opening: [Money?]
    /// Each outlet's village, in the same order.
    let villages: [RegionCode]
    /// The changes during the period, in order.
    let changes: [PriceChange]

    /// Walks the prices of `commodity` in `bounds` from `start` until `end` on `connection`; a change of an
    /// outlet the opening walk did not list is a malformed row.
    init(_ commodity: CommodityID, in bounds: RegionBounds, from start: Timestamp, before end: Timestamp,
         on connection: Connection) throws {
        var ordinals: [String: Int] = [:]
        var villages: [RegionCode] = []
        opening = try connection.query(PriceReportQueries.latestBefore, [
            commodity.rawValue, start.millisecondsSinceEpoch, bounds.lower, bounds.upper,
        ]) { row -> Money? in
            ordinals[row.string(0)] = ordinals.count
            villages.append(try row.region(1))
            return row.optionalInt64(2).map { Money($0) }
        }
        self.villages = villages
        changes = try connection.query(PriceReportQueries.changesDuring, [
            commodity.rawValue, start.millisecondsSinceEpoch, end.millisecondsSinceEpoch, bounds.lower, bounds.upper,
        ]) { row in
            guard let outlet = ordinals[row.string(0)] else { throw row.malformed(0, row.string(0)) }
            return PriceChange(outlet: outlet, price: Money(row.int64(1)),
                               observedAt: Timestamp(millisecondsSinceEpoch: row.int64(2)), sequence: row.int64(3))
        }
    }

    /// Each outlet in `bounds` with its village and latest price of `commodity` observed before `end`;
    /// outlets without one yet are left out.
    static func latest(_ commodity: CommodityID, in bounds: RegionBounds, before end: Timestamp,
                       on connection: Connection) throws -> [OutletPrice] {
        try connection.query(PriceReportQueries.latestBefore, [
            commodity.rawValue, end.millisecondsSinceEpoch, bounds.lower, bounds.upper,
        ]) { row -> OutletPrice? in
            guard let price = row.optionalInt64(2) else { return nil }
            return OutletPrice(region: try row.region(1), price: Money(price),
                               observedAt: row.optionalInt64(3).map { Timestamp(millisecondsSinceEpoch: $0) })
        }.compactMap { $0 }
    }
}
