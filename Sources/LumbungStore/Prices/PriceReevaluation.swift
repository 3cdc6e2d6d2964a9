import LumbungCore

/// Judges the current prices of a commodity within a region again after its bands changed (a new
/// band, or a future one coming into force), inside a write transaction.
struct PriceReevaluation {
    /// The writer connection, inside a transaction.
    let connection: Connection
    /// Who acts, when, and the stale-price policy.
    let context: WriteContext

    /// Updates every current price of `commodity` in `scope` whose status or band changed, and
    /// makes its price alerts follow; returns how many changed.
    @discardableResult
    func run(commodity: CommodityID, within scope: RegionScope) throws -> Int {
        guard let name = try PriceAlerts.commodityName(commodity, on: connection) else { return 0 }
        var conditions = SQLConditions()
        conditions.add("cp.commodity = ?", commodity.rawValue)
        if let region = scope.code {
            conditions.add("cp.region", within: region)
        }
        let prices = try connection.query("""
            SELECT cp.outlet_id, o.cooperative_id, o.name, cp.region, cp.price, cp.observed_at, cp.status, cp.band_id
            FROM current_prices cp JOIN outlets o ON o.id = cp.outlet_id \(conditions.sql)
            """, conditions.arguments) { row in
            (outlet: OutletSummary(id: row.string(0), cooperativeID: row.string(1), name: row.string(2),
                                   region: try row.region(3)),
             price: Money(row.int64(4)), observedAt: Timestamp(millisecondsSinceEpoch: row.int64(5)),
             status: row.string(6), bandID: row.optionalString(7))
        }
        var bandsByVillage: [RegionCode: Band?] = [:]
        var changed = 0
        for current in prices {
            let village = current.outlet.region
            let band = try bandsByVillage[village] ?? BandQueries.effective(commodity: commodity, region: village,
                                                                             at: context.now, on: connection)
            bandsByVillage[village] = band
            let judgement = PriceAlerts.Judgement(outlet: current.outlet, commodity: commodity, commodityName: name,
                                                  price: current.price, observedAt: current.observedAt, band: band)
            guard judgement.status.rawValue != current.status || band?.id != current.bandID else { continue }
            try connection.run("UPDATE current_prices SET status = ?, band_id = ? WHERE outlet_id = ? AND commodity = ?",
                               [judgement.status.rawValue, band?.id, current.outlet.id, commodity.rawValue])
            try PriceAlerts(connection: connection, context: context).follow(judgement)
            changed += 1
        }
        return changed
    }
}
