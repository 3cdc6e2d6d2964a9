import LumbungCore

/// The officers' dashboard: choice of commodity, region and day; the price table per child region
/// with its changes, band basis and downloads; the month's chart against the band; then the open
/// alerts at any scale.
struct OfficerDashboardView {
    /// Who is signed in.
    let session: WebSession
    /// Every commodity, for the choice list.
    let catalogue: [Commodity]
    /// The commodity of the table and chart.
    let commodity: Commodity
    /// The region shown and the next level down.
    let picker: RegionPicker
    /// The day, alert kind and alert page asked for.
    let choice: DashboardChoice
    /// The open alerts of the commodity in the region.
    let alerts: AlertOverviewView
    /// The day's price table.
    let report: DailyPriceReport
    /// The month up to the day.
    let series: PriceSeries
    /// Today's early warning.
    let earlyWarning: EarlyWarningReport
    /// Outlets reporting in the last days.
    let coverage: CoverageReport
    /// Whether an alert was just acknowledged.
    let acknowledged: Bool
    /// Things about the request to say first (an unknown commodity or region).
    let notices: [String]

    /// The whole page.
    var page: WebPage {
        let notice = acknowledged ? WebComponents.notice("Peringatan ditandai sudah diketahui.", ok: true) : .empty
        let day = IndonesianFormat.day(report.date)
        let first = series.points.first.map { IndonesianFormat.day($0.date) } ?? day
        return WebPage(title: "Dasbor dinas", area: .officer, body: """
            \(WebComponents.sessionBar(session))
            \(notice)
            \(notices.map { WebComponents.notice($0, ok: false) })
            <form class="kartu cari" method="get" action="/dinas">
            <div class="tiga-kolom"><div>
            <label for="commodity">Barang</label>
            <select id="commodity" name="commodity">\(WebComponents.commodityOptions(catalogue, selected: commodity.id))</select>
            </div><div>
            <label for="tanggal">Tanggal</label>
            <input type="date" id="tanggal" name="tanggal" value="\(report.date.description)" max="\(choice.isToday ? report.date.description : "")">
            </div><div>\(picker.select)</div></div>
            <div class="baris-tombol">\(picker.trailLinks)<button class="tombol">Tampilkan</button></div>
            </form>
            <section id="harga">
            <h2>Harga \(commodity.name) per wilayah, \(day)</h2>
            \(MedianChangeView(series: series).html)
            \(PriceTableView(report: report, link: picker.link).html)
            </section>
            <div class="dua-kolom ringkas"><div>
            \(PriceTableView.legend)
            \(BandText.basis(report.overall.band))
            \(downloads)
            </div>
            <section id="grafik">
            <h2>Median harga \(commodity.name), \(first) sampai \(day)</h2>
            \(PriceChartView(series: series).html)
            </section></div>
            \(regionalTables)
            <section id="peringatan">
            <h2>Peringatan terbuka di \(picker.chosenName)</h2>
            \(alerts.html)
            </section>
            """)
    }

    /// The early-warning table of the day coloured by level and the coverage table, each with its CSV, folded
    /// under a one-line summary so the dashboard stays short; the early warning unfolds when a region is raised.
    private var regionalTables: HTML {
        let warningCSV = FormEncoding.link("/dinas/peringatan-dini.csv", [
            ("commodity", commodity.id.rawValue), ("region", picker.chosen?.code.rawValue),
            ("date", earlyWarning.date.description),
        ])
        let coverageCSV = FormEncoding.link("/dinas/cakupan.csv", [
            ("region", picker.chosen?.code.rawValue), ("days", String(LumbungAPI.defaultCoverageDays)),
        ])
        let raised = earlyWarning.children.filter { ($0.level ?? .normal) > .normal }.count
        let warning = raised == 0 ? "semua wilayah normal" : "\(raised) wilayah waspada atau lebih"
        return """
            <details class="lipat" id="peringatan-dini"\(raised > 0 ? " open" : "")><summary>
            <h2>Peringatan dini harga \(commodity.name), \(IndonesianFormat.day(earlyWarning.date))</h2>
            <span class="kecil">\(warning)</span></summary>
            \(EarlyWarningTableView(report: earlyWarning, link: picker.link).html)
            <p><a class="tombol kedua" href="\(warningCSV)" download>Unduh peringatan dini (CSV)</a></p>
            </details>
            <details class="lipat" id="cakupan"><summary>
            <h2>Cakupan: gerai yang melapor \(LumbungAPI.defaultCoverageDays) hari terakhir</h2>
            <span class="kecil">\(coverage.overall.outletsActive) dari \(coverage.overall.outlets) gerai</span></summary>
            \(CoverageTableView(report: coverage, days: LumbungAPI.defaultCoverageDays, link: picker.link).html)
            <p><a class="tombol kedua" href="\(coverageCSV)" download>Unduh cakupan (CSV)</a></p>
            </details>
            """
    }

    /// The price table for spreadsheets, as the API's CSV, and each outlet's price on the day.
    private var downloads: HTML {
        let query: [(String, String?)] = [
            ("commodity", commodity.id.rawValue), ("region", picker.chosen?.code.rawValue), ("date", report.date.description),
        ]
        return """
            <p class="baris-tombol"><a class="tombol kedua" href="\(FormEncoding.link("/dinas/harga-spreadsheet.csv", query))" download>Unduh tabel untuk Excel</a>
            <a class="tombol kedua" href="\(FormEncoding.link("/dinas/harga-gerai.csv", query))" download>Unduh harga per gerai</a>
            <a href="\(FormEncoding.link("/dinas/harga.csv", query))" download>Unduh tabel (CSV)</a></p>
            """
    }
}
