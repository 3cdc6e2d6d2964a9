/// Picks the band that applies to a place at an instant.
///
/// Among bands for the commodity whose region is national or a whole-segment prefix of the
/// place and whose `effectiveFrom ≤ t`, the winner has the longest region (national shortest),
/// then the latest `effectiveFrom`, then the latest `createdAt`, then the greatest `id`.
/// As SQL: `ORDER BY length(region) DESC, effective_from DESC, created_at DESC, id DESC LIMIT 1`
/// when national is stored as `''`.
public enum BandResolver {
    /// The band that applies to `region` at `instant`, or nil.
    ///
    /// `region` is usually an outlet's village code; nil asks for the national band only.
    /// Bands for other commodities among `candidates` are ignored.
    public static func resolve<S: Sequence>(
        _ candidates: S, commodity: CommodityID, region: RegionCode?, at instant: Timestamp
    ) -> Band? where S.Element == Band {
        var best: Band?
        for band in candidates where applies(band, commodity: commodity, region: region, at: instant) {
            if let current = best, !precedes(band, current) { continue }
            best = band
        }
        return best
    }

    /// Whether `band` is a candidate for `commodity` in `region` at `instant`.
    public static func applies(
        _ band: Band, commodity: CommodityID, region: RegionCode?, at instant: Timestamp
    ) -> Bool {
        guard band.commodity == commodity, band.effectiveFrom <= instant else { return false }
        guard let bandRegion = band.region else { return true }
        guard let region else { return false }
        return bandRegion.isPrefix(of: region)
    }

    /// Whether `lhs` wins over `rhs` when both apply (a strict ordering).
    public static func precedes(_ lhs: Band, _ rhs: Band) -> Bool {
        let lhsLevel = lhs.scope.specificity
        let rhsLevel = rhs.scope.specificity
        if lhsLevel != rhsLevel { return lhsLevel > rhsLevel }
        if lhs.effectiveFrom != rhs.effectiveFrom { return lhs.effectiveFrom > rhs.effectiveFrom }
        if lhs.createdAt != rhs.createdAt { return lhs.createdAt > rhs.createdAt }
        return lhs.id > rhs.id
    }
}
