import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// How many open alerts the dashboard lists per page.
    static let dashboardAlerts = 10

    /// `GET /dinas?commodity=&region=&tanggal=&jenis=&halaman=`: the price table per child region
    /// on a day (today by default) with its changes, the chart up to that day, the early-warning and
    /// coverage tables, then the open alerts of the commodity in the region: counts by kind and region,
    /// one page furthest outside the band first (`jenis` keeps one kind). `region` defaults to the
    /// officer's own.
    func officerDashboard(_ request: Request) throws -> Response {
        try signedIn(request, .officer) { session in
            let principal = session.principal
            let catalogue = try catalogue()
            guard let commodity = chosenCommodity(request.query["commodity"], in: catalogue) else {
                throw DomainError.notFound("The catalogue is empty.")
            }
            var filter = try alertScope(principal, requested: request.query["region"].flatMap { RegionCode($0) })
            filter.status = .open
            filter.commodity = commodity.id
            let region = filter.region
            let choice = DashboardChoice(request.query, today: reportZone.date(of: clock.now()))
            let trail = try region.flatMap(regionTrail) ?? []
            let children = try childRegions(of: region)
            let picker = RegionPicker(trail: trail.filter { $0.level >= principal.region?.level ?? 1 },
                                      wholeCountry: principal.region == nil ? "Indonesia" : nil, children: children) {
                choice.link(commodity: commodity.id, region: $0)
            }
            let counts = try storage.alertCounts(filter, byRegionLevel: (region?.level ?? 0) + 1)
            var kindFilter = filter
            kindFilter.kind = choice.kind
            let page = min(choice.page, AlertOverviewView.pageCount(counts, kind: choice.kind, pageSize: Self.dashboardAlerts))
            let alerts = try storage.alertsByGap(kindFilter, offset: (page - 1) * Self.dashboardAlerts,
                                                 limit: Self.dashboardAlerts)
            let list = AlertListView(session: session, alerts: alerts, catalogue: catalogue,
                                     returnTo: .init(commodity: commodity.id, region: region, choice: choice), now: clock.now(), zone: reportZone)
            let overview = AlertOverviewView(
                counts: counts, kind: choice.kind, page: page, pageSize: Self.dashboardAlerts, region: region,
                placeName: picker.chosenName, children: children, list: list.html,
                csv: FormEncoding.link("/dinas/peringatan.csv", [("commodity", commodity.id.rawValue),
                                                                 ("region", region?.rawValue), ("jenis", choice.kind?.rawValue)]),
                link: { choice.link(commodity: commodity.id, region: $0, kind: $1, page: $2) })
            let view = OfficerDashboardView(
                session: session, catalogue: catalogue, commodity: commodity, picker: picker, choice: choice,
                alerts: overview,
                report: try dailyPriceReport(commodity: commodity.id, region: region, date: choice.date),
                series: try dailyPriceSeries(commodity: commodity.id, region: region,
                                             from: choice.date.adding(days: -Int64(DashboardChoice.monthDays)), to: choice.date),
                earlyWarning: try earlyWarning(commodity: commodity.id, region: region, date: choice.date),
                coverage: try coverage(region: region, days: Self.defaultCoverageDays),
                acknowledged: request.query["diketahui"] != nil,
                notices: unknownChoiceNotices(request.query, commodity: commodity,
                                              regionKnown: request.query["region"].flatMap { RegionCode($0) } != nil,
                                              regionShown: picker.chosenName))
            return view.page.response
        }
    }

    /// `POST /dinas/peringatan/{id}/diketahui` `note?` (+ `csrf`, `kunci`, and `commodity`, `region`,
    /// `tanggal`, `jenis`, `halaman` of the dashboard to return to): acknowledges the alert through the
    /// API's alert path, once per form.
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
                ("region", form["region"].flatMap { RegionCode($0) }?.rawValue),
                ("tanggal", form["tanggal"].flatMap { LocalDate($0) }?.description),
                ("jenis", form["jenis"].flatMap { AlertKind(rawValue: $0) }?.rawValue),
                ("halaman", form["halaman"].flatMap { Int($0) }.map { String(max(1, $0)) }),
                ("diketahui", alert.id),
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
