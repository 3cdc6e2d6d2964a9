/// How many alerts there are, in all, by kind and by region.
public struct AlertCounts: Sendable, Hashable {
    /// Every alert counted.
    public let total: Int
    /// Per kind; kinds without alerts are absent.
    public let byKind: [AlertKind: Int]
    /// Per region of the level asked for; regions without alerts are absent.
    public let byRegion: [RegionCode: Int]

    /// Counts as read.
    public init(total: Int, byKind: [AlertKind: Int], byRegion: [RegionCode: Int]) {
        self.total = total
        self.byKind = byKind
        self.byRegion = byRegion
    }
}
