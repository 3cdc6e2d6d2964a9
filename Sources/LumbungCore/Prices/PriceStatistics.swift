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
        self.init(PriceHistogram(prices))
    }

    /// Computes the figures for the prices `histogram` counts; the same figures, to the last bit, as
    /// for the list of those prices.
    public init(_ histogram: PriceHistogram) {
        let entries = histogram.entries
        count = histogram.total
        guard let first = entries.first, let last = entries.last else {
            min = nil; median = nil; max = nil; mean = nil; cv = nil; roundedMean = nil
            return
        }
        min = Money(first.price)
        max = Money(last.price)
        median = Self.median(of: histogram)
        let total = entries.reduce(Int128(0)) { $0 + Int128($1.price) * Int128($1.count) }
        roundedMean = Money(Int64(PriceStatistics.halfUp(total, over: Int128(count))))
        let average = Double(total) / Double(count)
        mean = average
        if count < 2 || average == 0 {
            cv = nil
        } else {
            var squares = 0.0
            for entry in entries {
                let deviation = Double(entry.price) - average
                for _ in 0..<entry.count { squares += deviation * deviation }
            }
            cv = (squares / Double(count)).squareRoot() / average
        }
    }

    /// The median of the prices `histogram` counts (even count: the middle pair's mean rounded half
    /// up); nil when empty.
    public static func median(of histogram: PriceHistogram) -> Money? {
        let count = histogram.total
        guard count > 0 else { return nil }
        let lowerRank = (count - 1) / 2, upperRank = count / 2
        var seen = 0
        var lower: Int64?
        for entry in histogram.entries {
            seen += entry.count
            if lower == nil, seen > lowerRank { lower = entry.price }
            if let lower, seen > upperRank {
                return Money(Int64(halfUp(Int128(lower) + Int128(entry.price), over: 2)))
            }
        }
        return nil
    }

    /// The median of prices in any order (even count: the middle pair's mean rounded half up); nil when empty.
    public static func median(of prices: [Money]) -> Money? {
        median(of: PriceHistogram(prices))
    }

    /// `numerator / denominator` (denominator > 0) rounded half up, i.e. toward +∞ on a tie.
    private static func halfUp(_ numerator: Int128, over denominator: Int128) -> Int128 {
        let doubled = 2 * numerator + denominator
        let divisor = 2 * denominator
        let quotient = doubled / divisor
        return (doubled % divisor != 0 && doubled < 0) ? quotient - 1 : quotient
    }
}
