import LumbungCore
import LumbungStore

extension PostgresStore: PriceStore {
    /// Inserts the report; when it is the newest for the outlet's commodity it replaces the current price
    /// (the row locked by the upsert, so reports of one outlet through several processes queue) and the
    /// price alerts follow; the kabupaten/kota's regional alert is re-evaluated; all in one transaction. A band
    /// judging the commodity's current prices again through another process waits for it, or it for the band.
    public func recordPrice(outlet: OutletSummary, commodity: CommodityID, price: Money, observedAt: Timestamp,
                            context: WriteContext) throws -> PriceReport {
        try write(context) { connection, context in
            guard let name = try PostgresBandQueries.commodityName(commodity, on: connection) else {
                throw DomainError.invalid(field: "commodity", message: "No commodity \(commodity) in the catalogue.")
            }
            let regional = PostgresRegionalAlerts(connection: connection, context: context)
            try regional.lock(around: outlet.region, commodity: commodity)
            try PostgresBandQueries.lockForJudging(commodity, on: connection)
            // The balance row too, as the sweep's stale-price check does: a stale-price alert is never opened
            // by another process for a price this report makes recent.
            try connection.run("SELECT 1 FROM stock_balances WHERE outlet_id = $1 AND commodity = $2 FOR UPDATE",
                               [outlet.id, commodity.rawValue])
            let id = EntityID.make("prc", at: context.now)
            let seq = try connection.queryOne("""
                INSERT INTO price_reports (id, outlet_id, commodity, region, price, observed_at, recorded_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING seq
                """, [id, outlet.id, commodity.rawValue, outlet.region.rawValue, price.rawValue,
                      observedAt.millisecondsSinceEpoch, context.now.millisecondsSinceEpoch]) { $0.int64(0) } ?? 0
            let bandThen = try PostgresBandQueries.effective(commodity: commodity, region: outlet.region, at: observedAt, on: connection)
            let bandNow = observedAt == context.now ? bandThen
                : try PostgresBandQueries.effective(commodity: commodity, region: outlet.region, at: context.now, on: connection)
            let becameCurrent = try connection.run("""
                INSERT INTO current_prices (outlet_id, commodity, region, report_id, price, observed_at, status, band_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (outlet_id, commodity) DO UPDATE SET
                    report_id = excluded.report_id, price = excluded.price, observed_at = excluded.observed_at,
                    status = excluded.status, band_id = excluded.band_id, region = excluded.region
                WHERE excluded.observed_at >= current_prices.observed_at
                """, [outlet.id, commodity.rawValue, outlet.region.rawValue, id, price.rawValue, observedAt.millisecondsSinceEpoch,
                      PriceStatus(price: price, band: bandNow).rawValue, bandNow?.id]) > 0
            if becameCurrent {
                try PostgresPriceAlerts(connection: connection, context: context)
                    .follow(outlet: outlet, commodity: commodity, commodityName: name, price: price, observedAt: observedAt, band: bandNow)
            }
            try regional.evaluate(around: outlet.region, commodity: commodity, commodityName: name)
            return PriceReport(seq: seq, id: id, outletID: outlet.id, commodity: commodity, price: price,
                               observedAt: observedAt, recordedAt: context.now, band: bandThen)
        }
    }

    /// Reads one page of an outlet's reports, newest observed first, each with the band in force when it
    /// was observed; the cursor is `observedAt.seq`.
    public func priceHistory(outletID: String, commodity: CommodityID?, from: Timestamp?, to: Timestamp?,
                             page: PageRequest) throws -> Page<PriceReport> {
        var conditions = PostgresConditions()
        conditions.add("p.outlet_id = ?", outletID)
        if let commodity { conditions.add("p.commodity = ?", commodity.rawValue) }
        if let from { conditions.add("p.observed_at >= ?", from.millisecondsSinceEpoch) }
        if let to { conditions.add("p.observed_at <= ?", to.millisecondsSinceEpoch) }
        if let after = try page.cursor.map(PriceHistoryCursor.init) {
            conditions.add("(p.observed_at, p.seq) < (?, ?)", after.observedAt, after.seq)
        }
        return try database.read { connection in
            let rows = try connection.query("""
                SELECT p.seq, p.id, p.commodity, p.price, p.observed_at, p.recorded_at, p.region
                FROM price_reports p \(conditions.sql)
                ORDER BY p.observed_at DESC, p.seq DESC LIMIT \(conditions.nextPlaceholder)
                """, conditions.arguments + [page.limit + 1]) { row in
                (seq: row.int64(0), id: row.string(1), commodity: try row.commodity(2), price: Money(row.int64(3)),
                 observedAt: row.timestamp(4), recordedAt: row.timestamp(5), region: try row.region(6))
            }
            let reports = try rows.map { row in
                PriceReport(seq: row.seq, id: row.id, outletID: outletID, commodity: row.commodity, price: row.price,
                            observedAt: row.observedAt, recordedAt: row.recordedAt,
                            band: try PostgresBandQueries.effective(commodity: row.commodity, region: row.region, at: row.observedAt,
                                                                    on: connection))
            }
            return Page(fetched: reports, limit: page.limit) { PriceHistoryCursor(report: $0).text }
        }
    }
}
