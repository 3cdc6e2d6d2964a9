/// One row of the coverage report: how much of a region the programme reaches and how much of it reports.
public struct CoverageRow: Sendable, Hashable {
    /// The region the row covers.
    public let region: RegionLabel
    /// Villages (level-4 regions) in the region list within it.
    public let villages: Int
    /// Cooperatives registered within it.
    public let cooperatives: Int
    /// Outlets registered within it.
    public let outlets: Int
    /// Outlets with a movement or price report recorded in the period.
    public let outletsActive: Int

    /// A row of counts.
    public init(region: RegionLabel, villages: Int, cooperatives: Int, outlets: Int, outletsActive: Int) {
        self.region = region
        self.villages = villages
        self.cooperatives = cooperatives
        self.outlets = outlets
        self.outletsActive = outletsActive
    }

    /// Active outlets in percent of all outlets, one decimal; nil without outlets.
    public var activeShare: Double? { PercentChange.share(outletsActive, of: outlets) }
}
