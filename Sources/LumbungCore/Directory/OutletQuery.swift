/// Which outlets a listing wants; every filter is optional.
public struct OutletQuery: Sendable, Hashable {
    /// Only outlets in this region or inside it (whole-segment prefix).
    public let region: RegionCode?
    /// Only outlets of this cooperative.
    public let cooperativeID: String?

    /// A listing filter.
    public init(region: RegionCode? = nil, cooperativeID: String? = nil) {
        self.region = region
        self.cooperativeID = cooperativeID
    }
}
