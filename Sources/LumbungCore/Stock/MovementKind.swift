/// The kind of a stock movement in an outlet's ledger.
public enum MovementKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Goods received; quantity > 0, adds to the balance.
    case receipt
    /// Goods sold; quantity > 0, subtracts from the balance.
    case sale
    /// A signed correction; quantity ≠ 0.
    case adjustment
    /// A stock count (stock opname); quantity ≥ 0 becomes the balance.
    case count
}
