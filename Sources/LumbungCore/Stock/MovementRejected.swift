/// A movement of a batch was refused, so none of the batch was recorded.
public struct MovementRejected: Error, Hashable {
    /// The refused movement's position in the batch, from 0.
    public let index: Int
    /// Why it was refused: `invalid` (unknown commodity, quantity too large) or `insufficientStock`.
    public let reason: DomainError

    /// A refusal of the movement at `index`.
    public init(index: Int, reason: DomainError) {
        self.index = index
        self.reason = reason
    }
}
