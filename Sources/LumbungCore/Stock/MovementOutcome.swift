/// The effect of one movement on a balance: what the ledger records and the balance after it.
public struct MovementOutcome: Sendable, Hashable {
    /// The signed change to the balance (for a count: counted − previous balance).
    public var delta: Quantity
    /// The balance after the movement; never negative.
    public var balanceAfter: Quantity

    /// Creates an outcome.
    public init(delta: Quantity, balanceAfter: Quantity) {
        self.delta = delta
        self.balanceAfter = balanceAfter
    }
}
