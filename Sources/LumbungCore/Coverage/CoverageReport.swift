/// How far the programme reaches in a region and how much of it reports, per child region.
public struct CoverageReport: Sendable, Hashable {
    /// The region reported on.
    public let region: RegionLabel
    /// The whole region in one row.
    public let overall: CoverageRow
    /// One row per region one level down, by code: every known child, and any other holding a
    /// cooperative or outlet.
    public let children: [CoverageRow]

    /// A report from its rows.
    public init(region: RegionLabel, overall: CoverageRow, children: [CoverageRow]) {
        self.region = region
        self.overall = overall
        self.children = children
    }
}
