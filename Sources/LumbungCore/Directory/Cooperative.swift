/// A village cooperative (Koperasi Desa/Kelurahan Merah Putih), placed in one village.
public struct Cooperative: Sendable, Hashable {
    /// The opaque id, e.g. `coop_01jd…`.
    public let id: String
    /// The cooperative's name.
    public let name: String
    /// The village (level 4) it belongs to.
    public let region: RegionCode
    /// When it was registered.
    public let createdAt: Timestamp

    /// A cooperative as stored.
    public init(id: String, name: String, region: RegionCode, createdAt: Timestamp) {
        self.id = id
        self.name = name
        self.region = region
        self.createdAt = createdAt
    }
}
