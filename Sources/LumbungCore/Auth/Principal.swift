/// The caller behind a valid bearer token, with its role and scope.
public struct Principal: Sendable, Hashable {
    /// The token's id (also the scope of its idempotency keys).
    public let tokenID: String
    /// The token's name, shown as the actor in alert events.
    public let name: String
    /// What the token may do.
    public let role: Role
    /// The region prefix of an officer.
    public let region: RegionCode?
    /// The cooperative of a shopkeeper.
    public let cooperativeID: String?
    /// The cooperatives of an assistant (empty for other roles).
    public let cooperativeIDs: [String]

    /// A principal as stored with its token.
    public init(tokenID: String, name: String, role: Role, region: RegionCode?, cooperativeID: String?,
                cooperativeIDs: [String] = []) {
        self.tokenID = tokenID
        self.name = name
        self.role = role
        self.region = region
        self.cooperativeID = cooperativeID
        self.cooperativeIDs = cooperativeIDs
    }

    /// Whether the token is bound to cooperatives (a shopkeeper or an assistant) rather than a region.
    public var isCooperativeBound: Bool { role == .shopkeeper || role == .assistant }

    /// The cooperatives a shopkeeper or assistant acts for (empty for other roles).
    public var boundCooperatives: [String] {
        switch role {
        case .shopkeeper: return cooperativeID.map { [$0] } ?? []
        case .assistant: return cooperativeIDs
        case .admin, .officer: return []
        }
    }

    /// Whether this caller oversees `region` (admin everywhere, officer within its prefix).
    public func oversees(_ region: RegionCode) -> Bool {
        switch role {
        case .admin: return true
        case .officer: return self.region?.isPrefix(of: region) ?? false
        case .shopkeeper, .assistant: return false
        }
    }

    /// Whether this caller may write stock, prices and thresholds of an outlet.
    public func mayOperate(cooperativeID: String, region: RegionCode) -> Bool {
        isCooperativeBound ? boundCooperatives.contains(cooperativeID) : oversees(region)
    }

    /// Whether this caller may place an outlet of the cooperative in `cooperativeRegion` at `region`: a
    /// shopkeeper only in its own cooperative's village, an officer only within the cooperative's kecamatan
    /// (and its own region), an admin anywhere; an assistant nowhere.
    public func mayPlaceOutlet(cooperativeID: String, cooperativeRegion: RegionCode, at region: RegionCode) -> Bool {
        switch role {
        case .admin:
            return true
        case .shopkeeper:
            return self.cooperativeID == cooperativeID && region == cooperativeRegion
        case .officer:
            let kecamatan = cooperativeRegion.ancestor(atLevel: 3)
            return oversees(cooperativeRegion) && oversees(region) && kecamatan.contains(region)
        case .assistant:
            return false
        }
    }
}
