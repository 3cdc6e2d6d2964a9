import LumbungCore

extension SQLiteStore: AvailabilityStore {
    /// Runs the stock check in one read snapshot: the directory generation first, the commodity and region (kept
    /// under that generation, else looked up), then either one pass over the region's balances
    /// (`regionAvailability`) or one indexed query around a point.
    public func availability(_ query: AvailabilityQuery) throws -> Availability {
        try database.read { connection in
            let generation = try connection.queryOne(AvailabilityQueries.directoryGeneration) { $0.int64(0) } ?? 0
            let commodity = try checkedCommodities.value(of: query.commodity, generation: generation) {
                try ReportLookups.commodity(query.commodity, on: connection)
            }
            let region = try query.region.map { code in
                try checkedRegions.value(of: code, generation: generation) { try ReportLookups.region(code, on: connection) }
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

    /// The stock check in a region: one pass over the region's balances in the covering index ranks them and
    /// adds them up (`StockRanking`); a province instead takes its kept totals and walks its balances in price
    /// order only until the first `limit` are settled. Each balance carries its price's status and time
    /// (migration 18); the listed outlets' names and place are taken from `listedOutlets` or read (and kept) when
    /// they are not there, under `generation`.
    private func regionAvailability(_ query: AvailabilityQuery, commodity: Commodity, region: RegionLabel?,
                                    generation: Int64, on connection: Connection) throws -> Availability {
        var ranking = StockRanking<ListedBalance>(limit: query.limit)
        var totals: (outlets: Int, quantity: Quantity)?
        let balances: Statement
        if let province = query.region, province.level == 1 {
            totals = try connection.queryOne(AvailabilityQueries.provinceTotals, [query.commodity.rawValue, province.rawValue]) {
                (outlets: $0.int(0), quantity: AvailabilityQueries.total(high: $0.int64(1), low: $0.int64(2)))
            } ?? (0, .zero)
            balances = try connection.statement(AvailabilityQueries.provinceBalances)
            try balances.bind(province.rawValue, at: 2)
        } else {
            let bounds = RegionBounds(RegionScope(query.region))
            balances = try connection.statement(AvailabilityQueries.regionBalances)
            try balances.bind(bounds.lower, at: 2)
            try balances.bind(bounds.upper, at: 3)
        }
        defer { balances.reset() }
        try balances.bind(query.commodity.rawValue, at: 1)
        while try balances.step() {
            let row = balances.row
            let price = row.optionalInt64(0)
            if totals != nil, ranking.isSettled(before: price) { break }
            try ranking.add(price: price, quantity: row.int64(1), outletID: { row.copyUTF8(2, into: &$0) }) { () throws(MalformedRow) in
                try ListedBalance(row, priced: price != nil)
            }
        }
        var items: [AvailableOutlet] = []
        items.reserveCapacity(ranking.keptCount)
        try ranking.forEachKept { entry in
            let listed = entry.listing
            guard let facts = try listedOutletFacts(OutletIDKey(bytes: entry.outletID), village: listed.village,
                                                    generation: generation, on: connection)
            else { return }
            items.append(AvailableOutlet(
                listing: facts.listing, quantity: Quantity(thousandths: entry.quantity), price: entry.price.map { Money($0) },
                priceStatus: listed.priceStatus, priceObservedAt: listed.priceObservedAt,
                stockUpdatedAt: listed.stockUpdatedAt, distanceKm: nil))
        }
        return Availability(commodity: commodity, region: region, outletsWithStock: totals?.outlets ?? ranking.count,
                            totalQuantity: totals?.quantity ?? ranking.total, items: items)
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

    /// The names and place of `outletID` with its balance in `village`: kept ones when `generation` is the one
    /// they were kept under, else read now (and kept); nil when the outlet does not exist.
    private func listedOutletFacts(_ key: OutletIDKey, village: ShortText, generation: Int64,
                                   on connection: Connection) throws -> ListedOutletFacts? {
        if let kept = listedOutlets.value(of: key, generation: generation), kept.village == village { return kept }
        let (outletID, region) = (String(decoding: key.bytes, as: UTF8.self), village.text)
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
        if let read { listedOutlets.keep(read, of: key, generation: generation) }
        return read
    }
}
