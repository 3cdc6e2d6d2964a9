import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// The most alerts one download holds.
    static let alertDownloadLimit = 20_000

    /// `GET /dinas/peringatan.csv?commodity=&region=&jenis=`: every open alert the dashboard lists
    /// (same scope, commodity and kind), furthest outside the band first, for spreadsheets.
    func officerAlertCSV(_ request: Request) throws -> Response {
        try signedIn(request, .officer) { session in
            let catalogue = try catalogue()
            guard let commodity = chosenCommodity(request.query["commodity"], in: catalogue) else {
                throw DomainError.notFound("The catalogue is empty.")
            }
            var filter = try alertScope(session.principal, requested: request.query["region"].flatMap { RegionCode($0) })
            filter.status = .open
            filter.commodity = commodity.id
            filter.kind = request.query["jenis"].flatMap { AlertKind(rawValue: $0) }
            var table = SpreadsheetCSV(header: [
                "Gerai", "Desa/Kelurahan", "Kecamatan", "Kabupaten/Kota", "Kode wilayah", "Barang", "Jenis", "Harga (Rp)",
                "Stok", "Satuan", "Batas bawah (Rp)", "Batas atas (Rp)", "Selisih dari batas (%)", "Dibuka", "Diketahui oleh",
                "Catatan",
            ])
            let zone = reportZone
            while table.rows.count < Self.alertDownloadLimit {
                let page = try storage.alertsByGap(filter, offset: table.rows.count, limit: PageRequest.maximumLimit)
                table.rows += page.map { Self.alertRow($0, unit: commodity.unit, commodityName: commodity.name, zone: zone) }
                if page.count < PageRequest.maximumLimit { break }
            }
            let name = ["peringatan", commodity.id.rawValue, filter.region?.rawValue, filter.kind?.rawValue]
                .compactMap { $0 }.joined(separator: "-")
            return table.response(filename: "\(name).csv")
        }
    }

    /// One alert as a spreadsheet row.
    private static func alertRow(_ placed: PlacedAlert, unit: String, commodityName: String, zone: ReportTimeZone) -> [String] {
        let alert = placed.alert
        var price = "", stock = ""
        switch alert.value {
        case .price(let money)?: price = String(money.rawValue)
        case .quantity(let quantity)?: stock = IndonesianFormat.quantity(quantity, unit: "")
        case .percentTenths, nil: break
        }
        return [
            alert.outletName ?? "", alert.outletID == nil ? "" : placed.village ?? "", alert.outletID == nil ? "" : placed.kecamatan ?? "", placed.kabupaten ?? "", alert.region.rawValue,
            commodityName, AlertListView.kindName(alert.kind), price, stock, unit,
            alert.band?.min.map { String($0.rawValue) } ?? "", alert.band?.max.map { String($0.rawValue) } ?? "",
            SpreadsheetCSV.decimal(alert.bandGap.map { $0 * 100 }, places: 1),
            IndonesianFormat.dateTime(alert.openedAt, zone: zone), alert.acknowledgement?.by ?? "",
            alert.acknowledgement?.note ?? "",
        ]
    }
}
