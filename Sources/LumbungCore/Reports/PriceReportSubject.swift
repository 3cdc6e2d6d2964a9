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

    /// The rows one level down: every known child with its name, and each of `found` (regions one
    /// level down in which an outlet reported) that the region list lacks, without a name; none
    /// past the village level.
    public func childNames<S: Sequence>(adding found: S) -> [RegionCode: String?] where S.Element == RegionCode {
        var names: [RegionCode: String?] = [:]
        for child in children {
            if let code = child.scope.code { names[code] = child.name }
        }
        guard region.scope.specificity < RegionCode.villageLevel else { return names }
        for code in found where names[code] == nil { names[code] = .some(nil) }
        return names
    }
}
