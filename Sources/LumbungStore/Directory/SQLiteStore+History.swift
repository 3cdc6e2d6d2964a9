import LumbungCore

extension SQLiteStore {
    /// Every stored outlet, by id (the order that appends to most indexes when histories are loaded).
    public func outletSummaries() throws -> [OutletSummary] {
        try database.read { connection in
            try connection.query("SELECT id, cooperative_id, name, region FROM outlets ORDER BY id") { row in
                OutletSummary(id: row.string(0), cooperativeID: row.string(1), name: row.string(2),
                              region: try row.region(3))
            }
        }
    }

    /// Rebuilds the tables derived from others (the stored price distributions) in one pass, after
    /// histories were loaded in bulk, and the stock check's kabupaten/kota price order dropped for the load.
    public func rebuildDerivedTables() throws {
        try database.write { connection in
            try DerivedTables.rebuild(on: connection)
            try connection.execute(Schema.kabupatenPriceOrderIndex)
        }
    }

    /// Drops the stock check's kabupaten/kota price order before histories are loaded in bulk
    /// (`rebuildDerivedTables` builds it again in one sort; until then a kabupaten/kota or province check fails).
    public func dropPriceOrderForBulkLoad() throws {
        try database.write { try $0.execute("DROP INDEX IF EXISTS stock_balances_by_kabupaten_price") }
    }

    /// Writes outlets' pasts in one transaction, as the API would have left them: each receipt is a
    /// ledger entry whose balance equals it; every report joins the history; the latest becomes the
    /// current price, judged against the band in force at `context.now`, and an out-of-band current
    /// price opens its alert. For outlets with no movements, prices or alerts yet (a new database);
    /// meant for the demo command, it raises the writer's page cache to 1 GiB for good.
    public func loadHistories(_ histories: [OutletHistory], context: WriteContext) throws {
        try database.write { connection in
            try connection.execute("PRAGMA cache_size = -1048576")  // 1 GiB: the indexes take random inserts
            var bands: [CommodityID: BandIndex] = [:]
            var names: [CommodityID: String] = [:]
            var ids = FastRandomGenerator()
            var nextSeq = try PriceReportRows.reserveSeqs(histories.reduce(0) { $0 + $1.shelf.reduce(0) { $0 + $1.prices.count } },
                                                          on: connection)
            for history in histories {
                let outletKey = try PriceReportRows.outletKey(history.outlet.id, on: connection)
                var lastActivity: Timestamp?
                try connection.run("UPDATE outlets SET latitude = ?, longitude = ? WHERE id = ?",
                                   [history.location.latitude, history.location.longitude, history.outlet.id])
                for item in history.shelf {
                    lastActivity = max(lastActivity ?? item.receivedAt, item.receivedAt)
                    if bands[item.commodity] == nil {
                        let candidates = try ReportLookups.bands(item.commodity, before: context.now.adding(milliseconds: 1),
                                                                 on: connection)
                        bands[item.commodity] = BandIndex(candidates, commodity: item.commodity, at: context.now)
                        names[item.commodity] = try PriceAlerts.commodityName(item.commodity, on: connection)
                    }
                    guard let latest = try report(item, outlet: outletKey, nextSeq: &nextSeq, ids: &ids, on: connection) else {
                        try receive(item, at: history.outlet, listed: nil, on: connection)
                        continue
                    }
                    lastActivity = max(lastActivity ?? latest.observedAt, latest.observedAt)
                    let judgement = PriceAlerts.Judgement(
                        outlet: history.outlet, commodity: item.commodity, commodityName: names[item.commodity] ?? "",
                        price: latest.price, observedAt: latest.observedAt,
                        band: bands[item.commodity]?.band(at: history.outlet.region))
                    try connection.run("""
                        INSERT INTO current_prices (outlet_id, commodity, region, report_id, price, observed_at, status, band_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, [history.outlet.id, item.commodity.rawValue, history.outlet.region.rawValue, latest.id,
                              latest.price.rawValue, latest.observedAt.millisecondsSinceEpoch, judgement.status.rawValue,
                              judgement.band?.id])
                    try receive(item, at: history.outlet, listed: (latest.price, judgement.status, latest.observedAt),
                                on: connection)
                    if judgement.status == .aboveBand || judgement.status == .belowBand {
                        try PriceAlerts(connection: connection, context: context).follow(judgement)
                    }
                }
                if let lastActivity { try OutletActivity.touch(outletID: history.outlet.id, at: lastActivity, on: connection) }
            }
        }
    }

    /// The receipt's ledger entry and the balance it leaves, carrying its current price (`listed`) when there is one.
    /// Written after the current price, with the price in the row, so neither of migration 18's copying triggers
    /// updates the row again (the balance found no current price then; the current price found no balance).
    private func receive(_ item: ShelfHistory, at outlet: OutletSummary,
                         listed: (price: Money, status: PriceStatus, observedAt: Timestamp)?, on connection: Connection) throws {
        let quantity = item.received.thousandths
        let time = item.receivedAt.millisecondsSinceEpoch
        try connection.run("""
            INSERT INTO stock_movements (id, outlet_id, commodity, kind, quantity, delta, balance_after, occurred_at, recorded_at)
            VALUES (?, ?, ?, 'receipt', ?, ?, ?, ?, ?)
            """, [EntityID.make("mov", at: item.receivedAt), outlet.id, item.commodity.rawValue, quantity, quantity, quantity,
                  time, time])
        try connection.run("""
            INSERT INTO stock_balances (outlet_id, commodity, region, quantity, updated_at, price, price_status, price_observed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [outlet.id, item.commodity.rawValue, outlet.region.rawValue, quantity, time, listed?.price.rawValue,
                  listed?.status.rawValue, listed?.observedAt.millisecondsSinceEpoch])
    }

    /// Inserts the reports of outlet key `outlet`, each recorded when observed, taking seqs from `nextSeq`
    /// on and the random parts of ids from `ids`; returns the latest (id, price, time).
    ///
    /// An id made when its report was recorded is stored as its random part alone (`StoredReportID`), so only the
    /// latest report's whole id is made.
    private func report(_ item: ShelfHistory, outlet: Int64, nextSeq: inout Int64, ids: inout FastRandomGenerator,
                        on connection: Connection) throws -> (id: String, price: Money, observedAt: Timestamp)? {
        var latest: (storedID: String, price: Money, observedAt: Timestamp)?
        let statement = try connection.statement(PriceReportRows.insertSQL)
        for (price, observedAt) in item.prices {
            let storedID = EntityID.randomPart(using: &ids)
            try PriceReportRows.insert(storedID: storedID, outlet: outlet, seq: nextSeq, commodity: item.commodity,
                                       price: price, observedAt: observedAt, recordedAt: observedAt, with: statement)
            nextSeq += 1
            if latest.map({ observedAt >= $0.observedAt }) ?? true { latest = (storedID, price, observedAt) }
        }
        return latest.map { (StoredReportID.id($0.storedID, recordedAt: $0.observedAt), $0.price, $0.observedAt) }
    }
}
