/// Something about an outlet's price or stock that a dinas officer should see.
///
/// At most one alert per (kind, outlet, commodity) is open at a time; a regional alert has no
/// outlet and is unique per (kind, kabupaten/kota, commodity).
public struct Alert: Sendable, Hashable, Identifiable {
    /// The position in the order alerts were opened (a list cursor).
    public var seq: Int64
    /// The server-generated id.
    public var id: String
    /// What the alert is about.
    public var kind: AlertKind
    /// Open or resolved.
    public var status: AlertStatus
    /// The outlet concerned; nil for a regional alert.
    public var outletID: String?
    /// The outlet's name, e.g. `Gerai Kelayan Timur`; nil for a regional alert.
    public var outletName: String?
    /// The cooperative running the outlet; nil for a regional alert.
    public var cooperativeID: String?
    /// The outlet's village, or the kabupaten/kota of a regional alert.
    public var region: RegionCode
    /// The commodity concerned.
    public var commodity: CommodityID
    /// The latest figure: a price for price alerts, a balance for stock alerts.
    public var value: AlertValue?
    /// The band the price was judged against (price alerts only).
    public var band: Band?
    /// When the alert was opened.
    public var openedAt: Timestamp
    /// When anything about it last changed.
    public var updatedAt: Timestamp
    /// When it was resolved, if it is.
    public var resolvedAt: Timestamp?
    /// The latest acknowledgement, if any.
    public var acknowledgement: AlertAcknowledgement?
    /// A short Indonesian sentence for people.
    public var message: String
    /// The warning level of a regional alert; nil for outlet alerts.
    public var level: WarningLevel?

    /// An alert as stored.
    public init(seq: Int64, id: String, kind: AlertKind, status: AlertStatus, outletID: String?, outletName: String?,
                cooperativeID: String?, region: RegionCode, commodity: CommodityID, value: AlertValue?, band: Band?,
                openedAt: Timestamp, updatedAt: Timestamp, resolvedAt: Timestamp?,
                acknowledgement: AlertAcknowledgement?, message: String, level: WarningLevel? = nil) {
        self.seq = seq
        self.id = id
        self.kind = kind
        self.status = status
        self.outletID = outletID
        self.outletName = outletName
        self.cooperativeID = cooperativeID
        self.region = region
        self.commodity = commodity
        self.value = value
        self.band = band
        self.openedAt = openedAt
        self.updatedAt = updatedAt
        self.resolvedAt = resolvedAt
        self.acknowledgement = acknowledgement
        self.message = message
        self.level = level
    }
}
