/// The bands of one commodity in force at one instant, indexed by region, so that finding the band
/// of a place costs one lookup per level of its code instead of a pass over every band.
///
/// Gives the same band as `BandResolver.resolve` for the same commodity and instant.
public struct BandIndex: Sendable {
    /// The winning band per region text (`""` for national).
    private let winners: [String: Band]

    /// Indexes the bands of `commodity` in force at `instant`; other bands are ignored.
    public init<S: Sequence>(_ bands: S, commodity: CommodityID, at instant: Timestamp) where S.Element == Band {
        var winners: [String: Band] = [:]
        for band in bands where band.commodity == commodity && band.effectiveFrom <= instant {
            let key = band.region?.rawValue ?? ""
            if let current = winners[key], !BandResolver.precedes(band, current) { continue }
            winners[key] = band
        }
        self.winners = winners
    }

    /// The band in force at `region` (the most specific region of its lineage, else national);
    /// nil `region` asks for the national band.
    public func band(at region: RegionCode?) -> Band? {
        guard let region else { return winners[""] }
        var text = Substring(region.rawValue)
        while true {
            if let band = winners[String(text)] { return band }
            guard let dot = text.lastIndex(of: ".") else { return winners[""] }
            text = text[..<dot]
        }
    }

    /// Whether a band is set for a region strictly inside `region` (then the outlets of `region` may
    /// not all share one band).
    public func hasBand(inside region: RegionCode) -> Bool {
        let prefix = region.rawValue + "."
        return winners.keys.contains { $0.hasPrefix(prefix) }
    }
}
