/// What a price report is about: the commodity, the region, and the regions one level down.
public struct PriceReportSubject: Sendable, Hashable {
    /// The commodity reported on.
    public let commodity: Commodity
    /// The region reported on (`RegionLabel.national` for the whole country).
    public let region: RegionLabel
    /// The known regions one level below `region`, by code (empty for a village, or when the region
    /// list is not loaded).
    public let children: [RegionLabel]

    /// A report's subject.
    public init(commodity: Commodity, region: RegionLabel, children: [RegionLabel]) {
        self.commodity = commodity
        self.region = region
        self.children = children
    }
}
