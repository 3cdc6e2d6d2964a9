/// Which alerts a list or an event stream shows; nil fields do not filter.
public struct AlertFilter: Sendable, Hashable {
    /// Only alerts in this state; nil for both.
    public var status: AlertStatus?
    /// Only alerts of this kind.
    public var kind: AlertKind?
    /// Only alerts about this commodity.
    public var commodity: CommodityID?
    /// Only alerts of outlets in this region (whole-segment prefix).
    public var region: RegionCode?
    /// Only alerts of this outlet.
    public var outletID: String?
    /// Only alerts of these cooperatives' outlets.
    public var cooperativeIDs: [String]?
    /// Only acknowledged (true) or unacknowledged (false) alerts.
    public var acknowledged: Bool?

    /// A filter; by default every alert passes.
    public init(status: AlertStatus? = nil, kind: AlertKind? = nil, commodity: CommodityID? = nil,
                region: RegionCode? = nil, outletID: String? = nil, cooperativeIDs: [String]? = nil,
                acknowledged: Bool? = nil) {
        self.status = status
        self.kind = kind
        self.commodity = commodity
        self.region = region
        self.outletID = outletID
        self.cooperativeIDs = cooperativeIDs
        self.acknowledged = acknowledged
    }
}
