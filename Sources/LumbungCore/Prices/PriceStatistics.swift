/// Summary figures over a set of prices, as the dinas reports show them.
///
/// `median` of an even count is the mean of the two middle prices rounded half up to whole
/// Rupiah. `mean` and `cv` are statistics, not money, and are kept as `Double`; `cv` is the
/// population standard deviation divided by the mean, nil with fewer than 2 prices (or a zero mean).
public struct PriceStatistics: Sendable, Hashable {
    /// How many prices there are.
    public let count: Int
    /// The lowest price; nil when there are none.
    public let min: Money?
    /// The middle price (even count: mean of the two middle, rounded half up); nil when there are none.
    public let median: Money?
    /// The highest price; nil when there are none.
    public let max: Money?
    /// The arithmetic mean; nil when there are none.
    public let mean: Double?
    /// The coefficient of variation (population standard deviation / mean); nil with fewer than 2 prices.
    public let cv: Double?
    /// The mean rounded half up to whole Rupiah, computed exactly; nil when there are no prices.
    public let roundedMean: Money?

    /// Computes the figures for `prices` (in any order).
    public init(_ prices: [Money]) {
        let sorted = prices.map(\.rawValue).sorted()
        count = sorted.count
        guard let first = sorted.first, let last = sorted.last else {
            min = nil; median = nil; max = nil; mean = nil; cv = nil; roundedMean = nil
            return
        }
        min = Money(first)
        max = Money(last)
        median = Self.median(ofSorted: sorted)
        let total = sorted.reduce(Int128(0)) { $0 + Int128($1) }
        roundedMean = Money(Int64(PriceStatistics.halfUp(total, over: Int128(sorted.count))))
        let average = Double(total) / Double(sorted.count)
        mean = average
        if sorted.count < 2 || average == 0 {
            cv = nil
        } else {
            let squares = sorted.reduce(0.0) { sum, value in
                let deviation = Double(value) - average
                return sum + deviation * deviation
            }
            cv = (squares / Double(sorted.count)).squareRoot() / average
        }
    }

    /// The median of prices in any order (even count: the middle pair's mean rounded half up); nil when empty.
    public static func median(of prices: [Money]) -> Money? {
        median(ofSorted: prices.map(\.rawValue).sorted())
    }

    /// The median of Rupiah amounts sorted ascending; nil when empty.
    private static func median(ofSorted sorted: [Int64]) -> Money? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return Money(sorted[middle]) }
        return Money(Int64(halfUp(Int128(sorted[middle - 1]) + Int128(sorted[middle]), over: 2)))
    }

    /// `numerator / denominator` (denominator > 0) rounded half up, i.e. toward +∞ on a tie.
    private static func halfUp(_ numerator: Int128, over denominator: Int128) -> Int128 {
        let doubled = 2 * numerator + denominator
        let divisor = 2 * denominator
        let quotient = doubled / divisor
        return (doubled % divisor != 0 && doubled < 0) ? quotient - 1 : quotient
    }
}
