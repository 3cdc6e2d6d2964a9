import LumbungCore

/// Every band of one commodity, by region (national included), each region's in the order of the
/// band in force (latest `effective_from`, then latest recorded, then latest seq first): what `BandQueries.effective`
/// reads, kept in memory so that a price report resolves its band without a statement.
struct KeptBands: Sendable {
    /// The bands by the last of `levelKeys(of:)` of their region, each list in the order of the band in force.
    private let byRegion: [Int64: [Band]]
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
        var byRegion: [Int64: [Band]] = [:]
        for band in bands {
            guard let key = levelKeys(of: BandQueries.regionText(band))?.last else { return nil }
            byRegion[key, default: []].append(band)
        }
        return KeptBands(byRegion: byRegion, hasRegional: bands.contains { $0.region != nil })
    }

    /// Keeps `byRegion`, each list already in the order of the band in force.
    private init(byRegion: [Int64: [Band]], hasRegional: Bool) {
        self.byRegion = byRegion
        self.hasRegional = hasRegional
    }

    /// The band in force in `region` (nil: national) at `instant`, by `BandQueries.effective`'s rule: the deepest
    /// level of the region's lineage, then national, with a band in force by then; at that level the first in order.
    /// Nil when `region` is not a code this memory can key (then the caller asks SQL).
    func effective(region: RegionCode?, at instant: Timestamp) -> Band?? {
        if hasRegional, let region {
            guard let keys = Self.levelKeys(of: region.rawValue) else { return nil }
            for key in keys.reversed() {
                if let band = byRegion[key]?.first(where: { $0.effectiveFrom <= instant }) { return band }
            }
            return .some(nil)
        }
        return .some(byRegion[0]?.first { $0.effectiveFrom <= instant })
    }

    /// The keys of the levels of region code `code`, national (`""`, key 0) first and `code` itself last: each level's
    /// digits read as one number, times 8, plus the level, so that a lookup hashes an integer and makes no string
    /// (unique, as each level's segments have fixed widths). Nil for a text that is not a region code's digits in
    /// segments of 2, 2, 2 and 4.
    static func levelKeys(of code: String) -> [Int64]? {
        var keys: [Int64] = [0]
        keys.reserveCapacity(5)
        guard !code.isEmpty else { return keys }
        var digits: Int64 = 0, width = 0, level = 1
        for byte in code.utf8 {
            if byte == UInt8(ascii: ".") {
                guard level < 4, width == RegionCode.segmentWidths[level - 1] else { return nil }
                keys.append(digits * 8 + Int64(level))
                level += 1
                width = 0
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), width < RegionCode.segmentWidths[level - 1] else { return nil }
                digits = digits * 10 + Int64(byte - UInt8(ascii: "0"))
                width += 1
            }
        }
        guard width == RegionCode.segmentWidths[level - 1] else { return nil }
        keys.append(digits * 8 + Int64(level))
        return keys
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
        if let kept, let band = kept.effective(region: region, at: instant) { return band }
        return try BandQueries.effective(commodity: commodity, region: region, at: instant, on: connection)
    }
}

extension SQLiteStore {
    /// The band generation (migration 21) as the connection's transaction sees it: price reports read it with their
    /// other facts (`PriceReportRows.facts`).
    static let bandGeneration = "SELECT generation FROM band_generation WHERE id = 1"

    /// The bands of `commodity` for a write transaction on `connection` that read the band generation `generation`
    /// (nil: none stored): those kept under it (any change to a band, by this process or another, moves it), else read
    /// again and kept under it.
    func writerBands(of commodity: CommodityID, generation: Int64?, on connection: Connection) throws -> WriterBands {
        guard let generation else { return WriterBands(commodity: commodity, kept: nil, connection: connection) }
        let kept = try keptBands.value(of: commodity, generation: generation,
                                       ifFound: { try KeptBands.read(commodity, on: connection) })
        return WriterBands(commodity: commodity, kept: kept, connection: connection)
    }
}
