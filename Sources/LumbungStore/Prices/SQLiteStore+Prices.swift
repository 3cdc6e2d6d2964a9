import LumbungCore

extension SQLiteStore: PriceStore {
    /// Inserts the report and counts it in the stored price distributions; when it is the newest for
    /// the outlet's commodity it replaces the current price and the price alerts follow; the kabupaten/kota's regional alert is re-evaluated; all in
    /// one transaction.
    public func recordPrice(outlet: OutletSummary, commodity: CommodityID, price: Money, observedAt: Timestamp,
                            context: WriteContext) throws -> PriceReport {
        try write(context) { connection, context in
            let facts = try PriceReportRows.facts(commodity: commodity, outletID: outlet.id, on: connection)
            guard let name = facts.commodityName else {
                throw DomainError.invalid(field: "commodity", message: "No commodity \(commodity) in the catalogue.")
            }
            guard let outletKey = facts.outletKey else { throw DomainError.notFound("outlet \(outlet.id)") }
            let (id, storedID) = RowIDs.makeReport(at: context.now)
            let seq = try PriceReportRows.takeSeq(after: facts, on: connection)
            try PriceReportRows.insert(storedID: storedID, outlet: outletKey, outletID: outlet.id, seq: seq,
                                       commodity: commodity, price: price, observedAt: observedAt, recordedAt: context.now,
                                       on: connection)
            try PriceDistributionWriter(connection: connection, kept: keptDistributions)
                .record(outletKey: outletKey, village: outlet.region, commodity: commodity, price: price,
                        observedAt: observedAt, seq: seq, current: facts.current)
            let bands = try writerBands(of: commodity, generation: facts.bandGeneration, on: connection)
            let bandThen = try bands.effective(region: outlet.region, at: observedAt)
            let bandNow = observedAt == context.now ? bandThen : try bands.effective(region: outlet.region, at: context.now)
            let judgement = PriceAlerts.Judgement(outlet: outlet, commodity: commodity, commodityName: name, price: price,
                                                  observedAt: observedAt, band: bandNow)
            let becameCurrent = try Self.makeCurrent(id: id, outlet: outlet, commodity: commodity, price: price,
                                                     observedAt: observedAt, judgement: judgement,
                                                     replacing: facts.current, on: connection)
            if becameCurrent {
                try PriceAlerts(connection: connection, context: context).follow(judgement)
            }
            if outlet.region.level >= 2 {
                try connection.deferWrite(.regionalCheck(RegionalCheck(
                    kabupaten: outlet.region.ancestor(atLevel: 2), commodity: commodity, commodityName: name, context: context,
                    kept: keptDistributions)))
            }
            return PriceReport(seq: seq, id: id, outletID: outlet.id, commodity: commodity, price: price,
                               observedAt: observedAt, recordedAt: context.now, band: bandThen)
        }
    }

    /// Makes report `id` the outlet's current price of `commodity` unless a later observed one is current (`current`,
    /// read in the same transaction); returns whether it did. An existing row is updated and keeps its region: an
    /// outlet's region never changes, and leaving it out spares every report the region code's check (a trigger an
    /// insert runs) and a rewrite of the row's entry in `current_prices_by_region`.
    private static func makeCurrent(id: String, outlet: OutletSummary, commodity: CommodityID, price: Money,
                                    observedAt: Timestamp, judgement: PriceAlerts.Judgement, replacing current: ObservedPrice?,
                                    on connection: Connection) throws -> Bool {
        if let current, current.observedAt > observedAt { return false }
        let statement = try connection.statement(current == nil ? CurrentPriceQueries.insert : CurrentPriceQueries.replace)
        defer { statement.reset() }
        try statement.bind(outlet.id, at: 1)
        try statement.bind(commodity.rawValue, at: 2)
        try statement.bind(id, at: 3)
        try statement.bind(price.rawValue, at: 4)
        try statement.bind(observedAt.millisecondsSinceEpoch, at: 5)
        try statement.bind(judgement.status.rawValue, at: 6)
        try statement.bind(judgement.band?.id, at: 7)
        if current == nil { try statement.bind(outlet.region.rawValue, at: 8) }
        while try statement.step() {}
        return true
    }

    /// One page of an outlet's reports matching `conditions` (`WHERE k.outlet_id = ? …`), newest observed
    /// first; its last parameter is the row limit. Without a commodity the outlet's reports are sorted (the
    /// table's key starts with the commodity): an outlet's history is short next to an index sparing the sort.
    static func priceHistoryPage(_ conditions: String) -> String {
        """
        SELECT p.seq, p.id, p.commodity, p.price, p.observed_at, p.observed_at + p.recorded_after, o.region
        FROM outlet_keys k CROSS JOIN outlets o ON o.id = k.outlet_id CROSS JOIN price_report_rows p ON p.outlet = k.key
        \(conditions)
        ORDER BY p.observed_at DESC, p.seq DESC LIMIT ?
        """
    }

    /// Reads one page of an outlet's reports, newest observed first; the cursor is `observedAt.seq`.
    public func priceHistory(outletID: String, commodity: CommodityID?, from: Timestamp?, to: Timestamp?,
                             page: PageRequest) throws -> Page<PriceReport> {
        var conditions = SQLConditions()
        conditions.add("k.outlet_id = ?", outletID)
        if let commodity { conditions.add("p.commodity = ?", commodity.rawValue) }
        if let from { conditions.add("p.observed_at >= ?", from.millisecondsSinceEpoch) }
        if let to { conditions.add("p.observed_at <= ?", to.millisecondsSinceEpoch) }
        if let after = try page.cursor.map(PriceHistoryCursor.init) {
            conditions.add("(p.observed_at, p.seq) < (?, ?)", after.observedAt, after.seq)
        }
        return try database.read { connection in
            let rows = try connection.query(Self.priceHistoryPage(conditions.sql), conditions.arguments + [page.limit + 1]) { row in
                let recordedAt = Timestamp(millisecondsSinceEpoch: row.int64(5))
                return (seq: row.int64(0), id: StoredReportID.id(row.string(1), recordedAt: recordedAt),
                        commodity: try row.commodity(2), price: Money(row.int64(3)),
                        observedAt: Timestamp(millisecondsSinceEpoch: row.int64(4)), recordedAt: recordedAt,
                        region: try row.region(6))
            }
            let reports = try rows.map { row in
                let band = try BandQueries.effective(commodity: row.commodity, region: row.region, at: row.observedAt,
                                                     on: connection)
                return PriceReport(seq: row.seq, id: row.id, outletID: outletID, commodity: row.commodity, price: row.price,
                                   observedAt: row.observedAt, recordedAt: row.recordedAt, band: band)
            }
            return Page(fetched: reports, limit: page.limit) { PriceHistoryCursor(report: $0).text }
        }
    }
}

/// The position after a price report in an outlet's history: `observedAt` milliseconds and seq (the
/// same cursor text on every storage).
public struct PriceHistoryCursor: Sendable {
    /// The last report's `observed_at`.
    public let observedAt: Int64
    /// The last report's seq.
    public let seq: Int64

    /// The position after `report`.
    public init(report: PriceReport) {
        observedAt = report.observedAt.millisecondsSinceEpoch
        seq = report.seq
    }

    /// Parses a cursor handed out earlier; throws `unknownCursor` otherwise.
    public init(_ text: String) throws {
        let parts = text.split(separator: ".")
        guard parts.count == 2, let observedAt = Int64(parts[0]), let seq = Int64(parts[1]) else {
            throw DomainError.unknownCursor
        }
        self.observedAt = observedAt
        self.seq = seq
    }

    /// The cursor text.
    public var text: String { "\(observedAt).\(seq)" }
}
