extension Band {
    /// How many times the band's limits a price may stray before it looks like a typo: more than
    /// twice the maximum, or under half the minimum.
    public static let implausibleFactor: Int64 = 2

    /// Whether `price` is so far outside the band that it is more likely a typing mistake (an extra
    /// zero, a missing digit) than a real price: above twice the maximum or below half the minimum.
    public func isImplausible(_ price: Money) -> Bool {
        if let max, price.rawValue > max.rawValue * Self.implausibleFactor { return true }
        if let min, price.rawValue * Self.implausibleFactor < min.rawValue { return true }
        return false
    }
}

extension Band {
    /// How far `price` lies from the limit it is measured against, as a fraction of that limit:
    /// below the band, from the minimum (negative); otherwise from the maximum (positive above the
    /// band, negative inside it), or from the minimum of a band without a maximum. Nil when that
    /// limit is not positive.
    public func gap(of price: Money) -> Double? {
        let limit = status(of: price) == .belowBand ? min : max ?? min
        guard let limit, limit.rawValue > 0 else { return nil }
        return Double(price.rawValue - limit.rawValue) / Double(limit.rawValue)
    }
}
