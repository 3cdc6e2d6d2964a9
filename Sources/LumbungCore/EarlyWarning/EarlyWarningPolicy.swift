/// How regional price rises are judged: the level thresholds and the zone report days are cut in.
public struct EarlyWarningPolicy: Sendable, Hashable {
    /// Where the levels start.
    public var thresholds: WarningThresholds
    /// The zone in which "today" and "a week ago" are days.
    public var zone: ReportTimeZone

    /// The default thresholds, days cut in Jakarta time.
    public static let standard = EarlyWarningPolicy(thresholds: .standard, zone: .jakarta)

    /// A policy.
    public init(thresholds: WarningThresholds, zone: ReportTimeZone) {
        self.thresholds = thresholds
        self.zone = zone
    }
}

extension EarlyWarningPolicy {
    /// Whether a sweep at `now` after one at `since` (nil: none yet) is the first of a report day, when every
    /// regional alert is judged again (between two price reports only a new day moves the week-ago median).
    public func isNewDay(since: Timestamp?, now: Timestamp) -> Bool {
        since.map { zone.date(of: $0) != zone.date(of: now) } ?? true
    }
}
