/// A movement a caller asks to record, before it is checked against the balance.
public struct NewMovement: Sendable, Hashable {
    /// The commodity moved.
    public var commodity: CommodityID
    /// What happened.
    public var kind: MovementKind
    /// The quantity, already valid for `kind` (see `MovementKind.validate(quantity:)`).
    public var quantity: Quantity
    /// When it happened at the outlet; nil means when it is recorded.
    public var occurredAt: Timestamp?
    /// A free-text remark, if any.
    public var note: String?

    /// A movement to record.
    public init(commodity: CommodityID, kind: MovementKind, quantity: Quantity, occurredAt: Timestamp? = nil,
                note: String? = nil) {
        self.commodity = commodity
        self.kind = kind
        self.quantity = quantity
        self.occurredAt = occurredAt
        self.note = note
    }
}
