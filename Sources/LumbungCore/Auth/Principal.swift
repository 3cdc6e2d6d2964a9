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

    /// A principal as stored with its token.
    public init(tokenID: String, name: String, role: Role, region: RegionCode?, cooperativeID: String?) {
        self.tokenID = tokenID
        self.name = name
        self.role = role
        self.region = region
        self.cooperativeID = cooperativeID
    }

    /// Whether this caller oversees `region` (admin everywhere, officer within its prefix).
    public func oversees(_ region: RegionCode) -> Bool {
        switch role {
        case .admin: return true
        case .officer: return self.region?.isPrefix(of: region) ?? false
        case .shopkeeper: return false
        }
    }

    /// Whether this caller may write stock, prices and thresholds of an outlet.
    public func mayOperate(cooperativeID: String, region: RegionCode) -> Bool {
        role == .shopkeeper ? self.cooperativeID == cooperativeID : oversees(region)
    }
}
