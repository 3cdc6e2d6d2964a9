import LumbungCore

/// The price table of the dashboard: one row per child region and the whole region last, with the
/// median's gap to the band coloured as the national price panels do (in band, above, below).
struct PriceTableView {
    /// Today's report.
    let report: DailyPriceReport
    /// The dashboard's link for a region, to drill down.
    let link: (RegionCode?) -> String

    /// The coefficient of variation from which prices count as unstable (the panels' 9 %).
    static let unstableCV = 0.09

    /// The table.
    var html: HTML {
        let rows = report.children.map { row($0, total: false) } + [row(report.overall, total: true)]
        return """
            <table class="susun harga-wilayah"><thead><tr><th>Wilayah</th><th>Gerai melapor</th><th>Median</th>
            <th>Terendah–tertinggi</th><th>Batas harga</th><th>Selisih median</th><th>CV</th><th>Di atas / di bawah batas</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }

    /// One row.
    private func row(_ summary: RegionPriceSummary, total: Bool) -> HTML {
        let statistics = summary.statistics
        let title = RegionCell.title(summary.region, total: total, link: link)
        let range = statistics.min.map { minimum in
            "\(minimum.formatted)–\(statistics.max?.formatted ?? minimum.formatted)"
        } ?? "–"
        let cv: HTML = statistics.cv.map { value in
            value >= Self.unstableCV ? "<span class=\"lencana waspada\">\(IndonesianFormat.percent(value))</span>"
                : "\(IndonesianFormat.percent(value))"
        } ?? "–"
        return """
            <tr\(total ? " class=\"jumlah\"" : "" as HTML)><td>\(title)</td>
            <td data-label="Gerai melapor">\(statistics.count)</td>
            <td data-label="Median">\(statistics.median?.formatted ?? "–")</td>
            <td data-label="Terendah–tertinggi">\(range)</td>
            <td data-label="Batas harga">\(Self.bandText(summary.band))</td>
            <td data-label="Selisih median">\(Self.gap(statistics.median, summary.band))</td>
            <td data-label="CV">\(cv)</td>
            <td data-label="Di atas / di bawah batas">\(summary.aboveBand) / \(summary.belowBand)</td></tr>
            """
    }

    /// `Rp18.500–Rp20.000`, `maks. Rp15.700`, `min. Rp10.000` or `–`.
    static func bandText(_ band: Band?) -> String {
        switch (band?.min, band?.max) {
        case let (minimum?, maximum?): return "\(minimum.formatted)–\(maximum.formatted)"
        case let (nil, maximum?): return "maks. \(maximum.formatted)"
        case let (minimum?, nil): return "min. \(minimum.formatted)"
        default: return "–"
        }
    }

    /// The median against the band: in band (green), above (red, percent over the maximum) or
    /// below (blue, percent under the minimum).
    static func gap(_ median: Money?, _ band: Band?) -> HTML {
        guard let median else { return "<span class=\"lencana kosong\">tanpa data</span>" }
        guard let band else { return "<span class=\"lencana kosong\">tanpa batas</span>" }
        switch band.status(of: median) {
        case .aboveBand:
            let limit = band.max?.rawValue ?? median.rawValue
            let fraction = Double(median.rawValue - limit) / Double(limit)
            return "<span class=\"lencana atas\">\(IndonesianFormat.signedPercent(fraction)) di atas</span>"
        case .belowBand:
            let limit = band.min?.rawValue ?? median.rawValue
            let fraction = Double(median.rawValue - limit) / Double(limit)
            return "<span class=\"lencana bawah\">\(IndonesianFormat.signedPercent(fraction)) di bawah</span>"
        default:
            return "<span class=\"lencana dalam\">dalam batas</span>"
        }
    }
}
