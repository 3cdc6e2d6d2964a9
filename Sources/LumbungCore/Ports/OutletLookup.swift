/// The facts about an outlet that decide who may act on it.
public struct OutletSummary: Sendable, Hashable {
    /// The outlet's id.
    public let id: String
    /// The cooperative that runs it.
    public let cooperativeID: String
    /// The outlet's name, e.g. `Gerai Kelayan Timur`.
    public let name: String
    /// The village it stands in.
    public let region: RegionCode

    /// A summary as stored.
    public init(id: String, cooperativeID: String, name: String, region: RegionCode) {
        self.id = id
        self.cooperativeID = cooperativeID
        self.name = name
        self.region = region
    }
}

/// Finds outlets by id.
public protocol OutletLookup: Sendable {
    /// The outlet with this id, or nil.
    func outletSummary(id: String) throws -> OutletSummary?
    /// The principal of the live token whose secret hashes to `secretHash` (as `TokenStore.principal(secretHash:)`)
    /// and the outlet with id `outletID`, read together; the outlet is nil when there is no such token.
    func principal(secretHash: String, outletID: String) throws -> (principal: Principal?, outlet: OutletSummary?)
}
