/// Indonesian display formatting for Rupiah amounts.
extension Money {
    /// Indonesian style with a dot thousands separator and no decimals:
    /// `Rp18.500`, `Rp1.234.567`, `Rp0`, `-Rp5.000`.
    public var formatted: String {
        let digits = String(rawValue.magnitude)
        var grouped = ""
        grouped.reserveCapacity(digits.count + digits.count / 3)
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 {
                grouped.append(".")
            }
            grouped.append(character)
        }
        return (rawValue < 0 ? "-Rp" : "Rp") + grouped
    }
}
