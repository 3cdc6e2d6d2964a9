/// The median price of each report group, day by day through a report's window.
struct DailyMedians {
    /// Per group, the median of each recorded day in order (nil on a day without prices).
    private var days: [[Money?]]

    /// An empty history for `groups` groups.
    init(groups: Int) {
        days = Array(repeating: [], count: groups)
    }

    /// Records one more day: the median of each group's outlet prices at its end.
    mutating func record(_ prices: [Money?], groups: RegionGroups) {
        var buckets = Array(repeating: [Money](), count: groups.count)
        for (outlet, price) in prices.enumerated() {
            guard let price else { continue }
            for group in groups.of(outlet) { buckets[group].append(price) }
        }
        for group in buckets.indices { days[group].append(PriceStatistics.median(of: buckets[group])) }
    }

    /// The group's median `count` recorded days before the last one.
    func median(_ group: Int, daysBefore count: Int) -> Money? {
        let index = days[group].count - 1 - count
        return index >= 0 ? days[group][index] : nil
    }

    /// The group's medians of the last `count` recorded days, leaving out days without one.
    func medians(_ group: Int, lastDays count: Int) -> [Money] {
        days[group].suffix(count).compactMap { $0 }
    }
}
