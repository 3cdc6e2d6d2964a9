/// The rules a band's limits must satisfy.
extension Band {
    /// Throws `invalid` unless at least one of min/max is given, each given one is positive,
    /// and min ≤ max. All problems are reported together.
    public static func validate(min: Money?, max: Money?) throws(DomainError) {
        var errors: [FieldError] = []
        if min == nil && max == nil {
            errors.append(FieldError(field: "max", message: "At least one of min and max is required."))
        }
        if let min, !min.isPositive {
            errors.append(FieldError(field: "min", message: "Must be a positive whole number of Rupiah."))
        }
        if let max, !max.isPositive {
            errors.append(FieldError(field: "max", message: "Must be a positive whole number of Rupiah."))
        }
        if let min, let max, min > max {
            errors.append(FieldError(field: "min", message: "Must not be greater than max."))
        }
        guard errors.isEmpty else { throw .invalid(errors) }
    }

    /// Throws `invalid` unless this band's limits are valid; see `validate(min:max:)`.
    public func validate() throws(DomainError) {
        try Band.validate(min: min, max: max)
    }
}
