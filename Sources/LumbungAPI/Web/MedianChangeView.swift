import LumbungCore

/// The regional median's change against a week and a month before, as the national price panels
/// show it, with the early-warning ladder on rises (waspada ≥ 8 %, siaga ≥ 12 %, awas ≥ 20 %).
struct MedianChangeView {
    /// The daily series ending on the report day and starting a month before it.
    let series: PriceSeries

    /// The ladder on rises, highest first: the share from which it applies, and its name.
    static let ladder: [(rise: Double, name: String)] = [(0.20, "awas"), (0.12, "siaga"), (0.08, "waspada")]

    /// `Median Rp19.250 · seminggu: +2,5% (dari Rp18.780, 16 Okt) · sebulan: …`.
    var html: HTML {
        guard let last = series.points.last, let median = last.statistics.median else {
            return "<p class=\"kecil perubahan\">Belum ada median pada hari ini, perubahan tidak dapat dihitung.</p>"
        }
        let week = change(back: DashboardChoice.weekDays, from: median)
        let month = change(back: DashboardChoice.monthDays, from: median)
        return "<p class=\"perubahan\">Median \(median.formatted) · seminggu: \(week) · sebulan: \(month)</p>"
    }

    /// The change from the median `days` before the last day, or a note that there was none.
    private func change(back days: Int, from median: Money) -> HTML {
        let index = series.points.count - 1 - days
        guard index >= 0, let before = series.points[index].statistics.median, before.rawValue > 0 else {
            return "<span class=\"kecil\">tanpa data pembanding</span>"
        }
        let fraction = Double(median.rawValue - before.rawValue) / Double(before.rawValue)
        let level: HTML = Self.ladder.first { fraction >= $0.rise }.map { " <span class=\"lencana atas\">\($0.name)</span>" } ?? .empty
        let day = IndonesianFormat.shortDay(series.points[index].date)
        return "<b>\(IndonesianFormat.signedPercent(fraction))</b>\(level) <span class=\"kecil\">(dari \(before.formatted), \(day))</span>"
    }
}
