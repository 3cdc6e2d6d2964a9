import LumbungCore

/// Every band of one commodity, by stored region text (`""` for national), each region's in the order of the
/// band in force (latest `effective_from`, then latest recorded, then latest seq first): what `BandQueries.effective`
/// reads, kept in memory so that a price report resolves its band without a statement.
struct KeptBands: Sendable {
    /// The bands by region text, each list in the order of the band in force (keyed by substrings, so that the
    /// levels of a report's region are looked up as slices of its code, without a string made per level).
    private let byRegion: [Substring: [Band]]
    /// Whether any band is set for a region (not national): when none is, a report's lineage need not be walked.
    private let hasRegional: Bool

    /// The most bands of one commodity kept; a commodity with more is looked up by SQL on every report.
    static let capacity = 2_048

    /// The bands of `commodity` in the order of the band in force, by region. Parameters: commodity, row limit.
    static let allOfCommodity = """
        SELECT \(BandQueries.columns) FROM bands WHERE commodity = ?1
        ORDER BY region, effective_from DESC, created_at DESC, seq DESC LIMIT ?2
        """

    /// Reads every band of `commodity`; nil when it has more than `capacity`.
    static func read(_ commodity: CommodityID, on connection: Connection) throws -> KeptBands? {
        let bands = try connection.query(allOfCommodity, [commodity.rawValue, capacity + 1]) {
            try BandQueries.requiredBand(from: $0)
        }
        guard bands.count <= capacity else { return nil }
        return KeptBands(byRegion: Dictionary(grouping: bands) { Substring(BandQueries.regionText($0)) })
    }

    /// Keeps `byRegion`, each list already in the order of the band in force.
    private init(byRegion: [Substring: [Band]]) {
        self.byRegion = byRegion
        hasRegional = byRegion.keys.contains { !$0.isEmpty }
    }

    /// The band in force in `region` (nil: national) at `instant`, by `BandQueries.effective`'s rule: the deepest
    /// level of the region's lineage, then national, with a band in force by then; at that level the first in order.
    func effective(region: RegionCode?, at instant: Timestamp) -> Band? {
        if hasRegional, let region {
            var level = Substring(region.rawValue)
            while !level.isEmpty {
                if let band = byRegion[level]?.first(where: { $0.effectiveFrom <= instant }) { return band }
                level = level[..<(level.lastIndex(of: ".") ?? level.startIndex)]
            }
        }
        return byRegion[""]?.first { $0.effectiveFrom <= instant }
    }
}

/// The bands in force of one commodity as one write transaction resolves them: from the kept bands when the
/// commodity's are kept, else by `BandQueries.effective`.
struct WriterBands {
    /// The commodity.
    let commodity: CommodityID
    /// Its bands kept under the transaction's band generation; nil when it has too many to keep.
    let kept: KeptBands?
    /// The writer connection, inside the transaction.
    let connection: Connection

    /// The band in force for the commodity in `region` (nil: national) at `instant`.
    func effective(region: RegionCode?, at instant: Timestamp) throws -> Band? {
        guard let kept else {
            return try BandQueries.effective(commodity: commodity, region: region, at: instant, on: connection)
        }
        return kept.effective(region: region, at: instant)
    }
}

extension SQLiteStore {
    /// The band generation (migration 21) as the connection's transaction sees it.
    static let bandGeneration = "SELECT generation FROM band_generation WHERE id = 1"

    /// The bands of `commodity` for a write transaction on `connection`: those kept under the band generation this
    /// transaction reads (any change to a band, by this process or another, moves it), else read again and kept
    /// under it.
    func writerBands(of commodity: CommodityID, on connection: Connection) throws -> WriterBands {
        guard let generation = try connection.queryOne(Self.bandGeneration, row: { $0.int64(0) }) else {
            return WriterBands(commodity: commodity, kept: nil, connection: connection)
        }
        if let kept = keptBands.value(of: commodity, generation: generation) {
            return WriterBands(commodity: commodity, kept: kept, connection: connection)
        }
        let read = try KeptBands.read(commodity, on: connection)
        if let read { keptBands.keep(read, of: commodity, generation: generation) }
        return WriterBands(commodity: commodity, kept: read, connection: connection)
    }
}
