import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// How many open alerts the dashboard lists.
    static let dashboardAlerts = 50

    /// `GET /dinas?commodity=&region=`: open alerts in the officer's region, the price table, the
    /// early-warning table and the coverage table per child region, and the 30-day chart. `region`
    /// defaults to the officer's own.
    func officerDashboard(_ request: Request) throws -> Response {
        try signedIn(request, .officer) { session in
            let principal = session.principal
            let catalogue = try catalogue()
            guard let commodity = chosenCommodity(request.query["commodity"], in: catalogue) else {
                throw DomainError.notFound("The catalogue is empty.")
            }
            var filter = try alertScope(principal, requested: request.query["region"].flatMap { RegionCode($0) })
            filter.status = .open
            let region = filter.region
            let today = reportZone.date(of: clock.now())
            let trail = try region.flatMap(regionTrail) ?? []
            let picker = RegionPicker(trail: trail.filter { $0.level >= principal.region?.level ?? 1 },
                                      wholeCountry: principal.region == nil ? "Indonesia" : nil,
                                      children: try childRegions(of: region)) {
                FormEncoding.link("/dinas", [("commodity", commodity.id.rawValue), ("region", $0?.rawValue)])
            }
            let view = OfficerDashboardView(
                session: session, catalogue: catalogue, commodity: commodity, picker: picker,
                alerts: try storage.alerts(filter, page: PageRequest(limit: Self.dashboardAlerts)),
                report: try dailyPriceReport(commodity: commodity.id, region: region, date: today),
                series: try dailyPriceSeries(commodity: commodity.id, region: region,
                                             from: today.adding(days: 1 - Self.defaultSeriesDays), to: today),
                earlyWarning: try earlyWarning(commodity: commodity.id, region: region, date: today),
                coverage: try coverage(region: region, days: Self.defaultCoverageDays),
                acknowledged: request.query["diketahui"] != nil, now: clock.now(), zone: reportZone)
            return view.page.response
        }
    }

    /// `POST /dinas/peringatan/{id}/diketahui` `note?` (+ `csrf`, `kunci`, `commodity`, `region` of
    /// the dashboard to return to): acknowledges the alert through the API's alert path, once per form.
    func officerAcknowledge(_ request: Request) throws -> Response {
        try signedIn(request, .officer) { session in
            let form = try WebForm(request)
            try session.verify(form, of: request)
            let alert = try manageableAlert(session.bearer(request), session.principal)
            var body = BodyReader(.object(form["note"].map { [("note", JSON.string($0))] } ?? []))
            let note = body.text("note", required: false, maxLength: 1000)
            try body.finish()
            let back = FormEncoding.link("/dinas", [
                ("commodity", form["commodity"].flatMap { CommodityID($0) }?.rawValue),
                ("region", form["region"].flatMap { RegionCode($0) }?.rawValue), ("diketahui", alert.id),
            ])
            return try once(request, session, form) {
                _ = try storage.acknowledgeAlert(id: alert.id, note: note,
                                                 context: writeContext(session.principal, now: clock.now()))
                return WebPage.redirect(to: back)
            }
        }
    }

    /// `GET /dinas/harga.csv?commodity=&region=&date=` (public, as the report is): the dashboard's
    /// price table as the reports CSV, offered as a download.
    func officerPriceCSV(_ request: Request) throws -> Response {
        try csvDownload(request, named: ["harga", request.query["commodity"], request.query["region"], request.query["date"]],
                        priceReport)
    }

    /// `GET /dinas/peringatan-dini.csv?commodity=&region=&date=` (public, as the report is): the
    /// dashboard's early-warning table as the report's CSV, offered as a download.
    func officerEarlyWarningCSV(_ request: Request) throws -> Response {
        try csvDownload(request, named: ["peringatan-dini", request.query["commodity"], request.query["region"],
                                         request.query["date"]], earlyWarningReport)
    }

    /// `GET /dinas/cakupan.csv?region=&days=` (public, as the report is): the dashboard's coverage
    /// table as the report's CSV, offered as a download.
    func officerCoverageCSV(_ request: Request) throws -> Response {
        try csvDownload(request, named: ["cakupan", request.query["region"], request.query["days"]], coverageReport)
    }

    /// The answer of `report` to `request` asked as CSV, as an attachment named from the non-empty `parts`.
    private func csvDownload(_ request: Request, named parts: [String?], _ report: (Request) throws -> Response)
        throws -> Response {
        var csvRequest = request
        csvRequest.headers.set("Accept", "text/csv")
        var response = try report(csvRequest)
        let name = parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "-")
        response.headers.set("Content-Disposition", "attachment; filename=\"\(name).csv\"")
        return response
    }
}
