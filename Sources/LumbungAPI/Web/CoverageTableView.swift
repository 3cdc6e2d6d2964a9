import LumbungCore

/// The coverage table of the dashboard: villages, cooperatives, outlets and outlets that reported in
/// the last days, per child region and the whole region last.
struct CoverageTableView {
    /// The coverage report.
    let report: CoverageReport
    /// The days an outlet's last report may be old to count as active.
    let days: Int
    /// The dashboard's link for a region, to drill down.
    let link: (RegionCode?) -> String

    /// The table.
    var html: HTML {
        let rows = report.children.map { row($0, total: false) } + [row(report.overall, total: true)]
        return """
            <table class="susun cakupan"><thead><tr><th>Wilayah</th><th>Desa/kelurahan</th><th>Koperasi</th><th>Gerai</th>
            <th>Gerai aktif \(days) hari</th><th>Persen aktif</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }

    /// One row.
    private func row(_ row: CoverageRow, total: Bool) -> HTML {
        let title = RegionCell.title(row.region, total: total, link: link)
        return """
            <tr\(total ? " class=\"jumlah\"" : "" as HTML)><td>\(title)</td>
            <td data-label="Desa/kelurahan">\(row.villages)</td>
            <td data-label="Koperasi">\(row.cooperatives)</td>
            <td data-label="Gerai">\(row.outlets)</td>
            <td data-label="Gerai aktif \(days) hari">\(row.outletsActive)</td>
            <td data-label="Persen aktif">\(row.activeShare.map { "\(EarlyWarningTableView.number($0))%" } ?? "–")</td></tr>
            """
    }
}
