import LumbungCore

extension PostgresStore: BandStore {
    /// Inserts the band; when it is already in force, judges the current prices in its region again in
    /// the same transaction.
    public func createBand(_ band: Band, context: WriteContext) throws -> Band {
        try write(context) { connection, context in
            try Self.insert(band, on: connection)
            if band.effectiveFrom <= context.now {
                try PostgresPriceAlerts(connection: connection, context: context).reevaluate(commodity: band.commodity, within: band.scope)
            }
            return band
        }
    }

    /// Reads one page of bands, newest recorded first; the cursor is the last band's id.
    public func bands(commodity: CommodityID?, region: RegionCode?, page: PageRequest) throws -> Page<Band> {
        var conditions = PostgresConditions()
        if let commodity { conditions.add("commodity = ?", commodity.rawValue) }
        if let region { conditions.add("region", within: region) }
        return try database.read { connection in
            if let cursor = page.cursor {
                guard let seq = try connection.queryOne("SELECT seq FROM bands WHERE id = $1", [cursor], row: { $0.int64(0) }) else {
                    throw DomainError.unknownCursor
                }
                conditions.add("seq < ?", seq)
            }
            let bands = try connection.query("""
                SELECT \(PostgresBandQueries.columns) FROM bands \(conditions.sql) ORDER BY seq DESC LIMIT \(conditions.nextPlaceholder)
                """, conditions.arguments + [page.limit + 1]) { try PostgresAlertRows.band(from: $0, at: 0) }.compactMap { $0 }
            return Page(fetched: bands, limit: page.limit) { $0.id }
        }
    }

    /// Resolves the band in force with `PostgresBandQueries.effective`.
    public func effectiveBand(commodity: CommodityID, region: RegionCode?, at instant: Timestamp) throws -> Band? {
        try database.read { try PostgresBandQueries.effective(commodity: commodity, region: region, at: instant, on: $0) }
    }

    /// Inserts default bands into a new database, all or nothing (the catalogue must already hold their commodities).
    public func seedBands(_ bands: [Band]) throws {
        try database.write { connection in
            for band in bands { try Self.insert(band, on: connection) }
        }
    }

    /// Inserts one band; an unknown commodity is `invalid`.
    private static func insert(_ band: Band, on connection: PostgresConnection) throws {
        guard try PostgresBandQueries.commodityName(band.commodity, on: connection) != nil else {
            throw DomainError.invalid(field: "commodity", message: "No commodity \(band.commodity) in the catalogue.")
        }
        try connection.run("""
            INSERT INTO bands (id, commodity, region, min_price, max_price, effective_from, source, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """, [band.id, band.commodity.rawValue, band.region?.rawValue ?? "", band.min?.rawValue, band.max?.rawValue,
                  band.effectiveFrom.millisecondsSinceEpoch, band.source, band.createdAt.millisecondsSinceEpoch])
    }
}
