/// What an alert is about: an outlet (stock and price kinds) or a kabupaten/kota (regional kinds).
public enum AlertSubject: Sendable, Hashable {
    /// An outlet's commodity.
    case outlet(OutletSummary)
    /// A kabupaten/kota's commodity.
    case region(RegionCode)

    /// The outlet's id; nil for a region.
    public var outletID: String? {
        if case .outlet(let outlet) = self { return outlet.id }
        return nil
    }

    /// The outlet's cooperative; nil for a region.
    public var cooperativeID: String? {
        if case .outlet(let outlet) = self { return outlet.cooperativeID }
        return nil
    }

    /// The outlet's village, or the region itself.
    public var region: RegionCode {
        switch self {
        case .outlet(let outlet): outlet.region
        case .region(let code): code
        }
    }
}
