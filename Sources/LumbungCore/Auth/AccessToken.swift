/// A bearer token as listed: who it is for and what it may do, never its secret.
public struct AccessToken: Sendable, Hashable {
    /// The opaque id, e.g. `tok_01jd…`.
    public let id: String
    /// A name for people, e.g. `Dinas Perdagangan Kalsel`; shown as the actor in alert events.
    public let name: String
    /// What the token may do.
    public let role: Role
    /// The region prefix of an officer.
    public let region: RegionCode?
    /// The cooperative of a shopkeeper.
    public let cooperativeID: String?
    /// The cooperatives of an assistant; nil for other roles.
    public let cooperativeIDs: [String]?
    /// When it was issued.
    public let createdAt: Timestamp

    /// A token as stored.
    public init(id: String, name: String, role: Role, region: RegionCode?, cooperativeID: String?, createdAt: Timestamp,
                cooperativeIDs: [String]? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.region = region
        self.cooperativeID = cooperativeID
        self.cooperativeIDs = cooperativeIDs
        self.createdAt = createdAt
    }
}
