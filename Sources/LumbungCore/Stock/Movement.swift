/// One entry of an outlet's stock ledger, as recorded. Entries are never changed or removed:
/// a mistake is corrected by a new entry.
public struct Movement: Sendable, Hashable {
    /// The entry's position in the whole ledger; later entries have greater positions.
    public let seq: Int64
    /// The movement's id.
    public let id: String
    /// The outlet whose shelf it changed.
    public let outletID: String
    /// The commodity moved.
    public let commodity: CommodityID
    /// What happened.
    public let kind: MovementKind
    /// The quantity as given: received, sold, the signed correction, or the counted balance.
    public let quantity: Quantity
    /// The signed change it made to the balance.
    public let delta: Quantity
    /// The balance right after it.
    public let balanceAfter: Quantity
    /// When it happened at the outlet.
    public let occurredAt: Timestamp
    /// When the service recorded it.
    public let recordedAt: Timestamp
    /// A free-text remark, if any.
    public let note: String?

    /// A movement as recorded.
    public init(seq: Int64, id: String, outletID: String, commodity: CommodityID, kind: MovementKind, quantity: Quantity,
                delta: Quantity, balanceAfter: Quantity, occurredAt: Timestamp, recordedAt: Timestamp, note: String?) {
        self.seq = seq
        self.id = id
        self.outletID = outletID
        self.commodity = commodity
        self.kind = kind
        self.quantity = quantity
        self.delta = delta
        self.balanceAfter = balanceAfter
        self.occurredAt = occurredAt
        self.recordedAt = recordedAt
        self.note = note
    }
}
