/// The early warning on a commodity in a region on one day, per child region: the median against a
/// week and a month before, the level the weekly rise reaches, the share above band, and stability.
///
/// Each day counts every outlet's latest price observed before the end of that day, however old,
/// as the daily price report does.
public struct EarlyWarningReport: Sendable, Hashable {
    /// How many days before the report day the month-ago median is taken.
    public static let monthDays = 30
    /// How many days before the report day the week-ago median is taken.
    public static let weekDays = 7

    /// The commodity reported on.
    public let commodity: Commodity
    /// The region reported on.
    public let region: RegionLabel
    /// The report day.
    public let date: LocalDate
    /// The thresholds the levels were judged by.
    public let thresholds: WarningThresholds
    /// The whole region in one row.
    public let overall: EarlyWarningRow
    /// One row per region one level down, by code: every known child, and any other in which an outlet reported.
    public let children: [EarlyWarningRow]

    /// The first day of the window the snapshot must cover for a report on `date`.
    public static func windowStart(_ date: LocalDate) -> LocalDate { date.adding(days: -Int64(monthDays)) }

    /// Computes the report from a snapshot covering `windowStart(date)` through `date`, days cut in `zone`.
    public init(snapshot: EarlyWarningSnapshot, date: LocalDate, zone: ReportTimeZone, thresholds: WarningThresholds) {
        let subject = snapshot.subject
        let endOfDay = zone.endOfDay(date)
        let bands = BandIndex(snapshot.bands, commodity: subject.commodity.id, at: endOfDay.adding(milliseconds: -1))
        let groups = RegionGroups(subject: subject, villages: snapshot.villages)
        var history = DailyMedians(groups: groups.count)
        var prices = snapshot.opening
        let changes = snapshot.changes.sorted { ($0.observedAt, $0.sequence) < ($1.observedAt, $1.sequence) }
        var next = changes.startIndex
        var day = Self.windowStart(date)
        while day <= date {
            let end = zone.endOfDay(day)
            while next < changes.endIndex, changes[next].observedAt < end {
                prices[changes[next].outlet] = changes[next].price
                next += 1
            }
            history.record(prices, groups: groups)
            day = day.next
        }
        var today = Array(repeating: [Money](), count: groups.count)
        var above = Array(repeating: 0, count: groups.count)
        for (outlet, price) in prices.enumerated() {
            guard let price else { continue }
            let isAbove = PriceStatus(price: price, band: bands.band(at: snapshot.villages[outlet])) == .aboveBand
            for group in groups.of(outlet) {
                today[group].append(price)
                if isAbove { above[group] += 1 }
            }
        }
        let rows = groups.labels.indices.map { group in
            let statistics = PriceStatistics(today[group])
            return EarlyWarningRow(region: groups.labels[group], today: statistics,
                                   weekAgo: history.median(group, daysBefore: Self.weekDays),
                                   monthAgo: history.median(group, daysBefore: Self.monthDays), aboveBand: above[group],
                                   band: bands.band(at: groups.labels[group].scope.code),
                                   dailyMedians: history.medians(group, lastDays: Self.monthDays),
                                   thresholds: thresholds)
        }
        commodity = subject.commodity
        region = subject.region
        self.date = date
        self.thresholds = thresholds
        overall = rows[0]
        children = Array(rows.dropFirst())
    }
}
