import LumbungCore

/// The early-warning table of the dashboard: one row per child region and the whole region last,
/// each row coloured by the level its weekly rise reaches (colour first, as the price panels do).
struct EarlyWarningTableView {
    /// Today's early warning.
    let report: EarlyWarningReport
    /// The dashboard's link for a region, to drill down.
    let link: (RegionCode?) -> String

    /// The table.
    var html: HTML {
        let rows = report.children.map { row($0, total: false) } + [row(report.overall, total: true)]
        let thresholds = report.thresholds
        return """
            <p class="kecil">Tingkat dari kenaikan median seminggu: \(Self.badge(.waspada)) mulai \(Self.number(thresholds.waspada))%,
            \(Self.badge(.siaga)) mulai \(Self.number(thresholds.siaga))%, \(Self.badge(.awas)) mulai \(Self.number(thresholds.awas))%.
            Harga stabil bila CV 30 hari di bawah 9%.</p>
            <table class="susun peringatan-dini"><thead><tr><th>Wilayah</th><th>Tingkat</th><th>Median</th><th>Seminggu lalu</th>
            <th>Naik seminggu</th><th>Sebulan lalu</th><th>Naik sebulan</th><th>Di atas batas</th><th>CV</th><th>CV 30 hari</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }

    /// One row, coloured by its level.
    private func row(_ row: EarlyWarningRow, total: Bool) -> HTML {
        let title = RegionCell.title(row.region, total: total, link: link)
        let classes = [total ? "jumlah" : nil, row.level.map { "tingkat-\($0.rawValue)" }].compactMap { $0 }
        let level: HTML = row.level.map(Self.badge) ?? "<span class=\"lencana kosong\">tanpa data</span>"
        return """
            <tr class="\(classes.joined(separator: " "))"><td>\(title)</td>
            <td data-label="Tingkat">\(level)</td>
            <td data-label="Median">\(row.median?.formatted ?? "–")</td>
            <td data-label="Seminggu lalu">\(row.medianWeekAgo?.formatted ?? "–")</td>
            <td data-label="Naik seminggu">\(Self.change(row.changeWeek))</td>
            <td data-label="Sebulan lalu">\(row.medianMonthAgo?.formatted ?? "–")</td>
            <td data-label="Naik sebulan">\(Self.change(row.changeMonth))</td>
            <td data-label="Di atas batas">\(row.aboveBandShare.map { "\(Self.number($0))%" } ?? "–")</td>
            <td data-label="CV">\(row.cv.map(IndonesianFormat.percent) ?? "–")</td>
            <td data-label="CV 30 hari">\(Self.stability(row.cvMonth))</td></tr>
            """
    }

    /// The level as a coloured label.
    static func badge(_ level: WarningLevel) -> HTML {
        "<span class=\"lencana \(level.rawValue)\">\(level.label)</span>"
    }

    /// A percent change such as `+11,0%`, or `–`.
    static func change(_ percent: Double?) -> String {
        percent.map { IndonesianFormat.signedPercent($0 / 100) } ?? "–"
    }

    /// The 30-day CV, marked when prices are not stable (9 % or more).
    static func stability(_ cv: Double?) -> HTML {
        guard let cv else { return "–" }
        return cv >= PriceTableView.unstableCV ? "<span class=\"lencana waspada\">\(IndonesianFormat.percent(cv))</span>"
            : "\(IndonesianFormat.percent(cv))"
    }

    /// A number with at most one decimal and a decimal comma: `8`, `12,5`.
    static func number(_ value: Double) -> String {
        let tenths = Int64((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(abs(tenths) % 10)"
    }
}
