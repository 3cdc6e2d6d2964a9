/// A shop (gerai) run by a cooperative, placed in a village, optionally with coordinates.
public struct Outlet: Sendable, Hashable {
    /// The opaque id, e.g. `out_01jd…`.
    public let id: String
    /// The cooperative that runs it.
    public let cooperativeID: String
    /// The outlet's name.
    public let name: String
    /// The village (level 4) it stands in.
    public let region: RegionCode
    /// Degrees north; set together with `longitude` or not at all.
    public let latitude: Double?
    /// Degrees east; set together with `latitude` or not at all.
    public let longitude: Double?
    /// A street address for people.
    public let address: String?
    /// When it was registered.
    public let createdAt: Timestamp
    /// The latest recording of one of its movements or price reports; nil when it never reported.
    public let lastReportAt: Timestamp?

    /// An outlet as stored.
    public init(id: String, cooperativeID: String, name: String, region: RegionCode, latitude: Double?,
                longitude: Double?, address: String?, createdAt: Timestamp, lastReportAt: Timestamp? = nil) {
        self.id = id
        self.cooperativeID = cooperativeID
        self.name = name
        self.region = region
        self.latitude = latitude
        self.longitude = longitude
        self.address = address
        self.createdAt = createdAt
        self.lastReportAt = lastReportAt
    }
}
