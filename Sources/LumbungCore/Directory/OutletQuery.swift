/// Which outlets a listing wants; every filter is optional.
public struct OutletQuery: Sendable, Hashable {
    /// Only outlets in this region or inside it (whole-segment prefix).
    public let region: RegionCode?
    /// Only outlets of this cooperative.
    public let cooperativeID: String?
    /// Only outlets without a report recorded at or after this instant (never-reporting ones included).
    public let quietSince: Timestamp?

    /// A listing filter.
    public init(region: RegionCode? = nil, cooperativeID: String? = nil, quietSince: Timestamp? = nil) {
        self.region = region
        self.cooperativeID = cooperativeID
        self.quietSince = quietSince
    }
}
