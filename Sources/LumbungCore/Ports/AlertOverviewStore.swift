/// Reading alerts the way an officer's overview shows thousands of them: counts by kind and by
/// region, and pages ordered by how far outside its band each price is, with place names.
public protocol AlertOverviewStore: Sendable {
    /// How many alerts pass `filter`, by kind and by the region at `level` (1–4) they lie in
    /// (no regional counts for nil).
    func alertCounts(_ filter: AlertFilter, byRegionLevel level: Int?) throws -> AlertCounts

    /// Alerts passing `filter`, furthest outside their band first (price alerts by their gap in
    /// percent, then the others), newest first among equals, skipping `offset`, with their places' names.
    func alertsByGap(_ filter: AlertFilter, offset: Int, limit: Int) throws -> [PlacedAlert]
}
