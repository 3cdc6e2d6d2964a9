import LumbungCore

/// The days price distributions are stored by: local days of Western Indonesian Time, the default
/// report time zone. A report asked for days cut in another zone is computed outlet by outlet.
enum DistributionCalendar {
    /// The zone the stored days are cut in.
    static let zone = ReportTimeZone.jakarta

    /// The regions levels distributions are stored at: province, kabupaten/kota, kecamatan.
    static let levels = 1...3

    /// The stored day `instant` falls on.
    static func day(of instant: Timestamp) -> LocalDate { zone.date(of: instant) }

    /// The stored day that ends exactly at `end`; nil when `end` is not the end of a stored day.
    static func day(endingAt end: Timestamp) -> LocalDate? {
        let day = zone.date(of: end.adding(milliseconds: -1))
        return zone.endOfDay(day) == end ? day : nil
    }

    /// The stored day that starts exactly at `start`; nil when `start` is not the start of a stored day.
    static func day(startingAt start: Timestamp) -> LocalDate? {
        let day = zone.date(of: start)
        return zone.startOfDay(day) == start ? day : nil
    }
}
