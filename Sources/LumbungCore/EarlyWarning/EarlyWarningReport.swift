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
        let histories = snapshot.histories ?? Self.replay(snapshot, bands: bands, through: date, zone: zone)
        let names = subject.childNames(adding: histories.children.keys)
        let quiet = RegionHistory(days: Array(repeating: .empty, count: Self.monthDays + 1), aboveBand: 0)
        commodity = subject.commodity
        region = subject.region
        self.date = date
        self.thresholds = thresholds
        overall = Self.row(subject.region, histories.overall, band: bands.band(at: subject.region.scope.code),
                           thresholds: thresholds)
        children = names.keys.sorted().map { code in
            Self.row(RegionLabel(code: code, name: names[code] ?? nil), histories.children[code] ?? quiet,
                     band: bands.band(at: code), thresholds: thresholds)
        }
    }

    /// The row of `label` from its window's distributions.
    private static func row(_ label: RegionLabel, _ history: RegionHistory, band: Band?,
                            thresholds: WarningThresholds) -> EarlyWarningRow {
        let medians = history.days.map { PriceStatistics.median(of: $0) }
        func median(daysBefore count: Int) -> Money? {
            let index = medians.count - 1 - count
            return index >= 0 ? medians[index] : nil
        }
        return EarlyWarningRow(region: label, today: PriceStatistics(history.days.last ?? .empty),
                               weekAgo: median(daysBefore: weekDays), monthAgo: median(daysBefore: monthDays),
                               aboveBand: history.aboveBand, band: band,
                               dailyMedians: medians.suffix(monthDays).compactMap { $0 }, thresholds: thresholds)
    }

    /// The rows' histories replayed outlet by outlet from the prices at the window's start and the
    /// reports during it; each outlet judged against the band of its own village.
    private static func replay(_ snapshot: EarlyWarningSnapshot, bands: BandIndex, through date: LocalDate,
                               zone: ReportTimeZone) -> RegionHistories {
        let groups = RegionGroups(subject: snapshot.subject, villages: snapshot.villages)
        var days = Array(repeating: [PriceHistogram](), count: groups.count)
        var prices = snapshot.opening
        let changes = snapshot.changes.sorted { ($0.observedAt, $0.sequence) < ($1.observedAt, $1.sequence) }
        var next = changes.startIndex
        var day = windowStart(date)
        while day <= date {
            let end = zone.endOfDay(day)
            while next < changes.endIndex, changes[next].observedAt < end {
                prices[changes[next].outlet] = changes[next].price
                next += 1
            }
            var buckets = Array(repeating: [Money](), count: groups.count)
            for (outlet, price) in prices.enumerated() {
                guard let price else { continue }
                for group in groups.of(outlet) { buckets[group].append(price) }
            }
            for group in buckets.indices { days[group].append(PriceHistogram(buckets[group])) }
            day = day.next
        }
        var above = Array(repeating: 0, count: groups.count)
        for (outlet, price) in prices.enumerated() {
            guard let price, PriceStatus(price: price, band: bands.band(at: snapshot.villages[outlet])) == .aboveBand
            else { continue }
            for group in groups.of(outlet) { above[group] += 1 }
        }
        var children: [RegionCode: RegionHistory] = [:]
        for group in groups.labels.indices.dropFirst() {
            if let code = groups.labels[group].scope.code {
                children[code] = RegionHistory(days: days[group], aboveBand: above[group])
            }
        }
        return RegionHistories(overall: RegionHistory(days: days[0], aboveBand: above[0]), children: children)
    }
}
