/// Overflow-checked arithmetic on quantities: every operator throws `QuantityOverflow` instead of trapping.
extension Quantity {
    /// The exact sum; throws on overflow.
    public static func + (lhs: Quantity, rhs: Quantity) throws(QuantityOverflow) -> Quantity {
        let (value, overflow) = lhs.thousandths.addingReportingOverflow(rhs.thousandths)
        guard !overflow else { throw QuantityOverflow() }
        return Quantity(thousandths: value)
    }

    /// The exact difference; throws on overflow.
    public static func - (lhs: Quantity, rhs: Quantity) throws(QuantityOverflow) -> Quantity {
        let (value, overflow) = lhs.thousandths.subtractingReportingOverflow(rhs.thousandths)
        guard !overflow else { throw QuantityOverflow() }
        return Quantity(thousandths: value)
    }

    /// The negation; throws only for the single unrepresentable value.
    public static prefix func - (operand: Quantity) throws(QuantityOverflow) -> Quantity {
        try Quantity.zero - operand
    }

    /// The sum of a sequence of quantities; throws on overflow.
    public static func sum<S: Sequence>(_ quantities: S) throws(QuantityOverflow) -> Quantity
    where S.Element == Quantity {
        var total = Quantity.zero
        for quantity in quantities {
            total = try total + quantity
        }
        return total
    }
}
