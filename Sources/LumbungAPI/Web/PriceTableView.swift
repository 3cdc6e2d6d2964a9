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
            <table class="susun harga-wilayah"><thead><tr><th>Wilayah</th><th>Lapor hari itu / ada harga</th><th>Median</th>
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
            <td data-label="Lapor hari itu / ada harga">\(summary.reportedThatDay) / \(statistics.count)</td>
            <td data-label="Median">\(statistics.median?.formatted ?? "–")</td>
            <td data-label="Terendah–tertinggi">\(range)</td>
            <td data-label="Batas harga">\(BandText.range(summary.band))</td>
            <td data-label="Selisih median">\(Self.gap(statistics.median, summary.band))</td>
            <td data-label="CV">\(cv)</td>
            <td data-label="Di atas / di bawah batas">\(summary.aboveBand) / \(summary.belowBand)</td></tr>
            """
    }

    /// What the reporting count and the gap mean.
    static let legend: HTML = """
        <p class="kecil">Lapor hari itu / ada harga: gerai yang melaporkan harga pada hari itu / semua gerai yang punya harga
        sampai hari itu (median dan sebaran memakai harga terakhir setiap gerai). Selisih median dihitung terhadap batas atas;
        minus berarti di bawahnya.</p>
        """

    /// The median against the band, with its gap in percent (`Band.gap`): in band (green), above
    /// (red) or below (blue).
    static func gap(_ median: Money?, _ band: Band?) -> HTML {
        guard let median else { return "<span class=\"lencana kosong\">tanpa data</span>" }
        guard let band else { return "<span class=\"lencana kosong\">tanpa batas</span>" }
        let percent = band.gap(of: median).map { IndonesianFormat.signedPercent($0) }
        switch band.status(of: median) {
        case .aboveBand: return "<span class=\"lencana atas\">\(percent ?? "") di atas</span>"
        case .belowBand: return "<span class=\"lencana bawah\">\(percent ?? "") di bawah</span>"
        default: return "<span class=\"lencana dalam\">dalam batas\(percent.map { " (\($0))" } ?? "")</span>"
        }
    }
}
