/// The state of a commodity's prices in a region at the end of one day, per child region.
///
/// Each outlet counts with its latest price observed before the end of the day, however old.
/// Bands are those in force at the last instant of the day: each row carries the band of its own
/// region, and each outlet is judged against the band of its own village.
public struct DailyPriceReport: Sendable, Hashable {
    /// The commodity reported on.
    public let commodity: Commodity
    /// The region reported on.
    public let region: RegionLabel
    /// The report day.
    public let date: LocalDate
    /// The band in force for `region` itself.
    public let band: Band?
    /// The whole region in one row.
    public let overall: RegionPriceSummary
    /// One row per region one level down, by code: every known child, and any other child in which
    /// an outlet reported.
    public let children: [RegionPriceSummary]

    /// Computes the report from its stored facts; `endOfDay` is the exclusive end of `date`.
    public init(snapshot: DailyPriceSnapshot, date: LocalDate, endOfDay: Timestamp) {
        let subject = snapshot.subject
        let bands = BandIndex(snapshot.bands, commodity: subject.commodity.id, at: endOfDay.adding(milliseconds: -1))
        let childLevel = subject.region.scope.specificity + 1
        let startOfDay = endOfDay.adding(milliseconds: -24 * Timestamp.millisecondsPerHour)
        let tallies = snapshot.tallies
            ?? RegionTallies(outlets: snapshot.prices, bands: bands, childLevel: childLevel, startOfDay: startOfDay)
        let names = subject.childNames(adding: tallies.children.keys)
        commodity = subject.commodity
        region = subject.region
        self.date = date
        band = bands.band(at: subject.region.scope.code)
        overall = RegionPriceSummary(region: subject.region, tally: tallies.overall, band: band)
        children = names.keys.sorted().map { code in
            RegionPriceSummary(region: RegionLabel(code: code, name: names[code] ?? nil),
                               tally: tallies.children[code] ?? .empty, band: bands.band(at: code))
        }
    }
}
