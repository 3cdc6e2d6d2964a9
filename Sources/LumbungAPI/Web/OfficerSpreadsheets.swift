import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `GET /dinas/harga-spreadsheet.csv?commodity=&region=&date=` (public, as the report is): the
    /// dashboard's price table for spreadsheets set to Indonesian, with the figures as the page
    /// shows them (CV and gap in percent).
    func officerPriceSpreadsheet(_ request: Request) throws -> Response {
        let query = QueryReader(request: request)
        let commodity = try query.required("commodity", query.commodity())
        let region = try query.region()
        let date = try query.date("date") ?? reportZone.date(of: clock.now())
        let report = try dailyPriceReport(commodity: commodity, region: region, date: date)
        var table = SpreadsheetCSV(header: [
            "Tanggal", "Barang", "Kode wilayah", "Wilayah", "Gerai melapor hari itu", "Gerai dengan harga",
            "Terendah (Rp)", "Median (Rp)", "Tertinggi (Rp)", "Rata-rata (Rp)", "CV (%)", "Di atas batas", "Di bawah batas",
            "Batas bawah (Rp)", "Batas atas (Rp)", "Selisih median dari batas (%)", "Dasar batas",
        ])
        for row in report.children + [report.overall] {
            let statistics = row.statistics
            table.rows.append([
                report.date.description, report.commodity.name, row.region.scope.description,
                row.region.name ?? row.region.scope.description, String(row.reportedThatDay), String(statistics.count),
                Self.rupiah(statistics.min), Self.rupiah(statistics.median), Self.rupiah(statistics.max),
                statistics.mean.map { String(Int64($0.rounded())) } ?? "", SpreadsheetCSV.decimal(statistics.cv.map { $0 * 100 }, places: 1),
                String(row.aboveBand), String(row.belowBand), Self.rupiah(row.band?.min), Self.rupiah(row.band?.max),
                SpreadsheetCSV.decimal(statistics.median.flatMap { row.band?.gap(of: $0) }.map { $0 * 100 }, places: 1),
                row.band?.source ?? "",
            ])
        }
        return table.response(filename: Self.downloadName("harga", request))
    }

    /// `GET /dinas/harga-gerai.csv?commodity=&region=&date=` (public, as outlet prices are): each
    /// outlet's latest price on the day with its band, gap and standing, for spreadsheets.
    func officerOutletSpreadsheet(_ request: Request) throws -> Response {
        let query = QueryReader(request: request)
        let commodity = try query.required("commodity", query.commodity())
        let region = try query.region()
        let date = try query.date("date") ?? reportZone.date(of: clock.now())
        let end = reportZone.endOfDay(date)
        let sheet = try storage.outletPriceSheet(commodity: commodity, region: region, before: end)
        let bands = BandIndex(sheet.bands, commodity: commodity, at: end.adding(milliseconds: -1))
        var table = SpreadsheetCSV(header: [
            "Tanggal", "Gerai", "Desa/Kelurahan", "Kecamatan", "Kode wilayah", "Harga (Rp)", "Dilaporkan",
            "Batas bawah (Rp)", "Batas atas (Rp)", "Selisih dari batas (%)", "Status",
        ])
        for line in sheet.lines {
            let band = bands.band(at: line.region)
            table.rows.append([
                date.description, line.outletName, line.villageName ?? "", line.kecamatanName ?? "", line.region.rawValue,
                String(line.price.rawValue), IndonesianFormat.dateTime(line.observedAt, zone: reportZone),
                Self.rupiah(band?.min), Self.rupiah(band?.max),
                SpreadsheetCSV.decimal(band?.gap(of: line.price).map { $0 * 100 }, places: 1),
                Self.statusName(PriceStatus(price: line.price, band: band)),
            ])
        }
        return table.response(filename: Self.downloadName("harga-gerai", request))
    }

    /// Whole Rupiah as a plain number, empty for nil.
    private static func rupiah(_ money: Money?) -> String {
        money.map { String($0.rawValue) } ?? ""
    }

    /// The standing in words, as the pages say it.
    private static func statusName(_ status: PriceStatus) -> String {
        switch status {
        case .inBand: return "Sesuai batas harga"
        case .aboveBand: return "Di atas batas harga"
        case .belowBand: return "Di bawah batas harga"
        case .noBand: return "Belum ada batas harga"
        }
    }

    /// `harga-lpg-3kg-63.71-2025-10-23.csv` from the request's commodity, region and date.
    private static func downloadName(_ prefix: String, _ request: Request) -> String {
        ([prefix] + ["commodity", "region", "date"].compactMap { request.query[$0] }.filter { !$0.isEmpty })
            .joined(separator: "-") + ".csv"
    }
}
