/// The stock rules: how each movement kind changes a balance.
extension MovementKind {
    /// Applies a movement of `quantity` to `balance`, a pure function with no I/O.
    ///
    /// - receipt: quantity > 0, adds. sale: quantity > 0, subtracts.
    /// - adjustment: quantity ≠ 0, signed. count: quantity ≥ 0, sets the balance; delta = quantity − balance.
    ///
    /// Throws `invalid` (field `quantity`) for a quantity the kind does not allow or a result
    /// over `Quantity.maximum`, and `insufficientStock(available: balance)` when the result would be negative.
    public func apply(quantity: Quantity, to balance: Quantity) throws(DomainError) -> MovementOutcome {
        try validate(quantity: quantity)
        let delta: Quantity
        let after: Quantity
        do {
            switch self {
            case .receipt, .adjustment:
                delta = quantity
                after = try balance + quantity
            case .sale:
                delta = try -quantity
                after = try balance - quantity
            case .count:
                delta = try quantity - balance
                after = quantity
            }
        } catch {
            throw .invalid(field: "quantity", message: "Quantity is too large.")
        }
        guard !after.isNegative else { throw .insufficientStock(available: balance) }
        guard after <= .maximum else {
            throw .invalid(field: "quantity", message: "The balance would exceed \(Quantity.maximumUnits) units.")
        }
        return MovementOutcome(delta: delta, balanceAfter: after)
    }

    /// Throws `invalid` (field `quantity`) unless the quantity is allowed for this kind and within bounds.
    public func validate(quantity: Quantity) throws(DomainError) {
        guard quantity.isWithinBounds else {
            throw .invalid(field: "quantity", message: "Quantity must be at most \(Quantity.maximumUnits) units.")
        }
        switch self {
        case .receipt, .sale:
            guard quantity.isPositive else {
                throw .invalid(field: "quantity", message: "Quantity must be greater than zero for a \(rawValue).")
            }
        case .adjustment:
            guard !quantity.isZero else {
                throw .invalid(field: "quantity", message: "Quantity must not be zero for an adjustment.")
            }
        case .count:
            guard !quantity.isNegative else {
                throw .invalid(field: "quantity", message: "Quantity must not be negative for a count.")
            }
        }
    }
}
