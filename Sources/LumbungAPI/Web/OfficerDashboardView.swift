import LumbungCore

/// The officers' dashboard: choice of commodity and region, open alerts, the price table per child
/// region with its CSV, and the 30-day chart against the band.
struct OfficerDashboardView {
    /// Who is signed in.
    let session: WebSession
    /// Every commodity, for the choice list.
    let catalogue: [Commodity]
    /// The commodity of the table and chart.
    let commodity: Commodity
    /// The region shown and the next level down.
    let picker: RegionPicker
    /// Open alerts in the region, newest first.
    let alerts: Page<Alert>
    /// Today's price table.
    let report: DailyPriceReport
    /// The last 30 days.
    let series: PriceSeries
    /// Today's early warning.
    let earlyWarning: EarlyWarningReport
    /// Outlets reporting in the last days.
    let coverage: CoverageReport
    /// Whether an alert was just acknowledged.
    let acknowledged: Bool
    /// The time now.
    let now: Timestamp
    /// The zone times are shown in.
    let zone: ReportTimeZone

    /// The whole page.
    var page: WebPage {
        let notice = acknowledged ? WebComponents.notice("Peringatan ditandai sudah diketahui.", ok: true) : .empty
        let csv = FormEncoding.link("/dinas/harga.csv", [
            ("commodity", commodity.id.rawValue), ("region", picker.chosen?.code.rawValue),
            ("date", report.date.description),
        ])
        let warningCSV = FormEncoding.link("/dinas/peringatan-dini.csv", [
            ("commodity", commodity.id.rawValue), ("region", picker.chosen?.code.rawValue),
            ("date", earlyWarning.date.description),
        ])
        let coverageCSV = FormEncoding.link("/dinas/cakupan.csv", [
            ("region", picker.chosen?.code.rawValue), ("days", String(LumbungAPI.defaultCoverageDays)),
        ])
        let back = AlertListView.ReturnTo(commodity: commodity.id, region: picker.chosen?.code)
        return WebPage(title: "Dasbor dinas", area: .officer, body: """
            \(WebComponents.sessionBar(session))
            \(notice)
            <form class="kartu cari" method="get" action="/dinas">
            <label for="commodity">Barang</label>
            <select id="commodity" name="commodity">\(WebComponents.commodityOptions(catalogue, selected: commodity.id))</select>
            \(picker.trailLinks)
            \(picker.select)
            <button class="tombol">Tampilkan</button>
            </form>
            <section id="peringatan">
            <h2>Peringatan terbuka di \(picker.chosenName)</h2>
            \(AlertListView(session: session, alerts: alerts, catalogue: catalogue, returnTo: back, now: now, zone: zone).html)
            </section>
            <section id="harga">
            <h2>Harga \(commodity.name) per wilayah, \(IndonesianFormat.day(report.date))</h2>
            \(PriceTableView(report: report, link: picker.link).html)
            <p><a class="tombol kedua" href="\(csv)" download>Unduh tabel (CSV)</a></p>
            </section>
            <section id="peringatan-dini">
            <h2>Peringatan dini harga \(commodity.name), \(IndonesianFormat.day(earlyWarning.date))</h2>
            \(EarlyWarningTableView(report: earlyWarning, link: picker.link).html)
            <p><a class="tombol kedua" href="\(warningCSV)" download>Unduh peringatan dini (CSV)</a></p>
            </section>
            <section id="cakupan">
            <h2>Cakupan: gerai yang melapor \(LumbungAPI.defaultCoverageDays) hari terakhir</h2>
            \(CoverageTableView(report: coverage, days: LumbungAPI.defaultCoverageDays, link: picker.link).html)
            <p><a class="tombol kedua" href="\(coverageCSV)" download>Unduh cakupan (CSV)</a></p>
            </section>
            <section id="grafik">
            <h2>Median harga \(commodity.name) 30 hari terakhir</h2>
            \(PriceChartView(series: series).html)
            </section>
            """)
    }
}
