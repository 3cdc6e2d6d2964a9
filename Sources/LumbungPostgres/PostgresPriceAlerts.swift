import LumbungCore

/// Keeps the price alerts of outlets' commodities in step with their current prices on PostgreSQL, inside
/// the write transaction that changed a price or a band (Core's `AlertStateMachine.priceChecks` decides).
struct PostgresPriceAlerts {
    /// The writer session, inside a transaction.
    let connection: PostgresConnection
    /// Who acts, when, and the stale-price policy.
    let context: WriteContext

    /// Opens or updates the alert `price` against `band` calls for, resolves the other price kind, and
    /// resolves a stale-price alert when the price (seen at `observedAt`) is recent enough.
    func follow(outlet: OutletSummary, commodity: CommodityID, commodityName: String, price: Money,
                observedAt: Timestamp, band: Band?) throws {
        let ledger = PostgresAlertLedger(connection: connection, context: context)
        let checks = AlertStateMachine.priceChecks(price: price, band: band, fresh: observedAt >= context.staleBefore,
                                                   commodityName: commodityName, outletName: outlet.name)
        for check in checks { try ledger.apply(check, at: .outlet(outlet), commodity: commodity) }
    }

    /// Judges every current price of `commodity` in `scope` again against the band in force now (after a
    /// band was recorded or came into force); updates those whose status or band changed and lets their
    /// alerts follow. Price reports of the commodity being judged meanwhile through any process are waited
    /// for first (`PostgresBandQueries.lockForRejudging`), and the rows read are locked. Returns how many changed.
    @discardableResult
    func reevaluate(commodity: CommodityID, within scope: RegionScope) throws -> Int {
        guard let name = try PostgresBandQueries.commodityName(commodity, on: connection) else { return 0 }
        try PostgresBandQueries.lockForRejudging(commodity, on: connection)
        var conditions = PostgresConditions()
        conditions.add("cp.commodity = ?", commodity.rawValue)
        if let region = scope.code { conditions.add("cp.region", within: region) }
        let prices = try connection.query("""
            SELECT cp.outlet_id, o.cooperative_id, o.name, cp.region, cp.price, cp.observed_at, cp.status, cp.band_id
            FROM current_prices cp JOIN outlets o ON o.id = cp.outlet_id \(conditions.sql)
            ORDER BY cp.outlet_id COLLATE "C" FOR UPDATE OF cp
            """, conditions.arguments) { row in
            (outlet: OutletSummary(id: row.string(0), cooperativeID: row.string(1), name: row.string(2), region: try row.region(3)),
             price: Money(row.int64(4)), observedAt: row.timestamp(5), status: row.string(6), bandID: row.optionalString(7))
        }
        var bandsByVillage: [RegionCode: Band?] = [:]
        var changed = 0
        for current in prices {
            let village = current.outlet.region
            let band = try bandsByVillage[village] ?? PostgresBandQueries.effective(commodity: commodity, region: village,
                                                                                     at: context.now, on: connection)
            bandsByVillage[village] = band
            let status = PriceStatus(price: current.price, band: band)
            guard status.rawValue != current.status || band?.id != current.bandID else { continue }
            try connection.run("UPDATE current_prices SET status = $1, band_id = $2 WHERE outlet_id = $3 AND commodity = $4",
                               [status.rawValue, band?.id, current.outlet.id, commodity.rawValue])
            try follow(outlet: current.outlet, commodity: commodity, commodityName: name, price: current.price,
                       observedAt: current.observedAt, band: band)
            changed += 1
        }
        return changed
    }
}
