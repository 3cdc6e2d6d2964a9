import LumbungCore

extension SQLiteStore: AvailabilityStore {
    /// Runs the stock check in one read snapshot: the directory generation first, the commodity and region (kept
    /// under that generation, else looked up), then either one pass over the region's balances
    /// (`regionAvailability`) or one indexed query around a point.
    public func availability(_ query: AvailabilityQuery) throws -> Availability {
        try database.read { connection in
            let generation = try connection.queryOne(AvailabilityQueries.directoryGeneration) { $0.int64(0) } ?? 0
            let commodity = try checkedCommodities.current.value(of: query.commodity, generation: generation) {
                try ReportLookups.commodity(query.commodity, on: connection)
            }
            let region = try query.region.map { code in
                try checkedRegions.current.value(of: code, generation: generation) { try ReportLookups.region(code, on: connection) }
            }
            guard let near = query.near else {
                return try regionAvailability(query, commodity: commodity, region: region, generation: generation,
                                              on: connection)
            }
            let bounds = RegionBounds(RegionScope(query.region))
            var outletsWithStock = 0
            var totalQuantity = Quantity.zero
            var columns: AvailableOutletColumns?
            let box = near.boundingBox(radiusKm: query.radiusKm)
            let items = try connection.query(AvailabilityQueries.nearPoint, [
                query.commodity.rawValue, near.latitude, near.longitude, box.south, box.north, box.west, box.east,
                query.radiusKm, bounds.lower, bounds.upper, query.limit,
            ]) { row in
                let found = try columns ?? AvailableOutletColumns(row)
                columns = found
                outletsWithStock = row.int(found.outletsWithStock)
                totalQuantity = AvailabilityQueries.total(high: row.int64(found.totalHigh), low: row.int64(found.totalLow))
                return try found.outlet(row)
            }
            return Availability(commodity: commodity, region: region, outletsWithStock: outletsWithStock,
                                totalQuantity: totalQuantity, items: items)
        }
    }

    /// The stock check in a region. A province or kabupaten/kota takes its kept totals and walks the price order
    /// of each of its kabupaten/kota only until the first `limit` are settled; a smaller region's balances are read
    /// in one pass that ranks them and adds them up (`StockRanking`). Each balance carries its price's status and
    /// time (migration 18); the listed outlets' names and place are taken from this thread's `listedOutlets` or
    /// read (and kept) when they are not there, under `generation`.
    private func regionAvailability(_ query: AvailabilityQuery, commodity: Commodity, region: RegionLabel?,
                                    generation: Int64, on connection: Connection) throws -> Availability {
        var ranking = StockRanking<ListedBalance>(limit: query.limit)
        let bounds = RegionBounds(RegionScope(query.region))
        var totals: (outlets: Int, quantity: Quantity)?
        if let code = query.region, code.level <= 2 {
            totals = try rankHeads(of: bounds, commodity: query.commodity, into: &ranking, on: connection)
        } else {
            let balances = try connection.statement(AvailabilityQueries.regionBalances)
            defer { balances.reset() }
            try balances.bind(query.commodity.rawValue, at: 1)
            try balances.bind(bounds.lower, at: 2)
            try balances.bind(bounds.upper, at: 3)
            try rank(balances, into: &ranking, stoppingEarly: false)
        }
        var items: [AvailableOutlet] = []
        items.reserveCapacity(ranking.keptCount)
        let memory = listedOutlets.current
        try ranking.forEachKept { entry in
            let listed = entry.listing
            guard let facts = try listedOutletFacts(entry.outletID, village: listed.village,
                                                    generation: generation, in: memory, on: connection)
            else { return }
            items.append(AvailableOutlet(
                listing: facts.listing, quantity: Quantity(thousandths: entry.quantity), price: entry.price.map { Money($0) },
                priceStatus: listed.priceStatus, priceObservedAt: listed.priceObservedAt,
                stockUpdatedAt: listed.stockUpdatedAt, distanceKm: nil))
        }
        return Availability(commodity: commodity, region: region, outletsWithStock: totals?.outlets ?? ranking.count,
                            totalQuantity: totals?.quantity ?? ranking.total, items: items)
    }

    /// Ranks the balances of every kabupaten/kota within `bounds` (a province's, or one's) from the head of its
    /// price order, each only while it can still place one, and answers their kept totals added up.
    private func rankHeads(of bounds: RegionBounds, commodity: CommodityID, into ranking: inout StockRanking<ListedBalance>,
                           on connection: Connection) throws -> (outlets: Int, quantity: Quantity) {
        let kept = try connection.query(AvailabilityQueries.kabupatenTotals, [commodity.rawValue, bounds.lower, bounds.upper]) {
            (kabupaten: $0.string(0), outlets: $0.int(1), high: $0.int64(2), low: $0.int64(3))
        }
        let balances = try connection.statement(AvailabilityQueries.kabupatenBalances)
        defer { balances.reset() }
        try balances.bind(commodity.rawValue, at: 1)
        for totals in kept where totals.outlets > 0 {
            balances.reset()
            try balances.bind(totals.kabupaten, at: 2)
            try rank(balances, into: &ranking, stoppingEarly: true)
        }
        return (kept.reduce(0) { $0 + $1.outlets },
                AvailabilityQueries.total(high: kept.reduce(0) { $0 &+ $1.high }, low: kept.reduce(0) { $0 &+ $1.low }))
    }

    /// Adds the balances `balances` steps through (columns as `AvailabilityQueries.regionBalances`) to `ranking`;
    /// when they come in price order (`stoppingEarly`), stops at the first that ranks after every kept one.
    private func rank(_ balances: Statement, into ranking: inout StockRanking<ListedBalance>, stoppingEarly: Bool) throws {
        while try balances.step() {
            let row = balances.row
            let price = row.optionalInt64(0)
            if stoppingEarly, ranking.isSettled(before: price) { return }
            try ranking.add(price: price, quantity: row.int64(1), outletID: { row.withUTF8(2, OutletIDBytes.init) }) { () throws(MalformedRow) in
                try ListedBalance(row, priced: price != nil)
            }
        }
    }

    /// What the region check lists about a kept balance besides its price, quantity and outlet, read from the same
    /// index entry: the village, when the stock changed, and the price's status and time (nil without a price).
    private struct ListedBalance {
        let village: ShortText
        let stockUpdatedAt: Timestamp
        let priceStatus: PriceStatus?
        let priceObservedAt: Timestamp?

        /// The listing in `row` (columns 3 to 6 of `AvailabilityQueries.regionBalances`).
        init(_ row: Row, priced: Bool) throws(MalformedRow) {
            guard let village = row.withUTF8(3, ShortText.init) else {
                throw MalformedRow(table: "stock_balances", column: "region", value: row.string(3))
            }
            self.village = village
            stockUpdatedAt = Timestamp(millisecondsSinceEpoch: row.int64(4))
            priceStatus = priced ? try row.matched(5, among: SQLiteStore.priceStatuses, else: PriceStatus.init(rawValue:)) : nil
            priceObservedAt = priced ? Timestamp(millisecondsSinceEpoch: row.int64(6)) : nil
        }
    }

    /// Every price status with its stored text's UTF-8 bytes, for `Row.matched`.
    fileprivate static let priceStatuses = PriceStatus.allCases.map { (bytes: Array($0.rawValue.utf8), value: $0) }

    /// The names and place of `outletID` with its balance in `village`: the ones kept in `memory` (this thread's
    /// `listedOutlets`) when `generation` is the one they were kept under, else read now (and kept); nil when the
    /// outlet does not exist.
    private func listedOutletFacts(_ key: OutletIDBytes, village: ShortText, generation: Int64,
                                   in memory: GenerationMemory<OutletIDBytes, ListedOutletFacts>,
                                   on connection: Connection) throws -> ListedOutletFacts? {
        if let kept = memory.value(of: key, generation: generation), kept.village == village { return kept }
        let (outletID, region) = (key.text, village.text)
        let read = try connection.queryOne(AvailabilityQueries.listedOutlet, [outletID, region]) { row in
            guard let code = RegionCode(region) else {
                throw MalformedRow(table: "stock_balances", column: "region", value: region)
            }
            return ListedOutletFacts(listing: OutletListing(
                outletID: outletID, outletName: row.string(0), cooperativeName: row.string(1),
                region: RegionLabel(code: code, name: row.optionalString(2)), address: row.optionalString(3),
                location: row.optionalDouble(4).flatMap { latitude in
                    row.optionalDouble(5).flatMap { GeoPoint(latitude: latitude, longitude: $0) }
                }), village: village)
        }
        if let read { memory.keep(read, of: key, generation: generation) }
        return read
    }
}
