/// Thrown when quantity arithmetic would not fit in 64-bit thousandths.
public struct QuantityOverflow: Error, Hashable {
    /// Creates the error.
    public init() {}
}
