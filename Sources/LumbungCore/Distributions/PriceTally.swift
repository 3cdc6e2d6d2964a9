/// The prices of one report row gathered: their distribution, how many lie outside their own
/// outlet's band, and how many were observed on the report day.
public struct PriceTally: Sendable, Hashable {
    /// The outlets' prices.
    public var histogram: PriceHistogram
    /// Outlets above the band of their own village.
    public var aboveBand: Int
    /// Outlets below the band of their own village.
    public var belowBand: Int
    /// Outlets whose price was observed on the report day itself.
    public var reportedThatDay: Int

    /// Nothing gathered yet.
    public static let empty = PriceTally(histogram: .empty, aboveBand: 0, belowBand: 0, reportedThatDay: 0)

    /// A row's figures.
    public init(histogram: PriceHistogram, aboveBand: Int, belowBand: Int, reportedThatDay: Int) {
        self.histogram = histogram
        self.aboveBand = aboveBand
        self.belowBand = belowBand
        self.reportedThatDay = reportedThatDay
    }

    /// This row and `other` together.
    public func merged(with other: PriceTally) -> PriceTally {
        PriceTally(histogram: histogram.merged(with: other.histogram), aboveBand: aboveBand + other.aboveBand,
                   belowBand: belowBand + other.belowBand, reportedThatDay: reportedThatDay + other.reportedThatDay)
    }
}
