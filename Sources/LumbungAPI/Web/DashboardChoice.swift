import LumbungCore

/// What the officers' dashboard was asked to show besides commodity and region: the day
/// (`tanggal`, today by default, never later), the alert kind (`jenis`) and the alert page
/// (`halaman`, from 1). Values that cannot be read fall back to their defaults.
struct DashboardChoice {
    /// The days the chart and the month-on-month change look back.
    static let monthDays = 30
    /// The days the week-on-week change looks back.
    static let weekDays = 7

    /// The report day.
    let date: LocalDate
    /// Whether the day is today (its link then leaves `tanggal` out).
    let isToday: Bool
    /// The alert kind shown, nil for all.
    let kind: AlertKind?
    /// The alert page shown, from 1.
    let page: Int

    /// The choice in a dashboard query.
    init(_ query: [String: String], today: LocalDate) {
        let asked = query["tanggal"].flatMap { LocalDate($0) }
        date = asked.map { min($0, today) } ?? today
        isToday = date == today
        kind = query["jenis"].flatMap { AlertKind(rawValue: $0) }
        page = query["halaman"].flatMap { Int($0) }.map { max(1, min($0, 100_000)) } ?? 1
    }

    /// The dashboard's link for `region`, keeping the day, with `kind` and `page` of the alerts.
    func link(commodity: CommodityID, region: RegionCode?, kind: AlertKind? = nil, page: Int = 1) -> String {
        FormEncoding.link("/dinas", [
            ("commodity", commodity.rawValue), ("region", region?.rawValue),
            ("tanggal", isToday ? nil : date.description), ("jenis", kind?.rawValue),
            ("halaman", page > 1 ? String(page) : nil),
        ])
    }
}
