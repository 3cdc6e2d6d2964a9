import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// How many days a series covers when `from` is not given (ending on `to`).
    static let defaultSeriesDays: Int64 = 30

    /// `GET /v1/reports/prices?commodity=&region=&date=` (public): the prices at the end of the day
    /// per child region; `region` defaults to the whole country and `date` to today. CSV on request.
    func priceReport(_ request: Request) throws -> Response {
        let query = QueryReader(request: request)
        let commodity = try query.required("commodity", query.commodity())
        let region = try query.region()
        let zone = reportZone
        let date = try query.date("date") ?? zone.date(of: clock.now())
        let end = zone.endOfDay(date)
        let snapshot = try storage.dailyPrices(commodity: commodity, region: region, before: end)
        let report = DailyPriceReport(snapshot: snapshot, date: date, endOfDay: end)
        return request.prefersCSV ? ReportCSV.daily(report).response : .json(ReportJSON.daily(report))
    }

    /// `GET /v1/reports/prices/series?commodity=&region=&from=&to=` (public): one point per day,
    /// `from` and `to` inclusive and at most 366 days apart; `to` defaults to today and `from` to
    /// 29 days before `to`. CSV on request.
    func priceSeries(_ request: Request) throws -> Response {
        let query = QueryReader(request: request)
        let commodity = try query.required("commodity", query.commodity())
        let region = try query.region()
        let zone = reportZone
        let to = try query.date("to") ?? zone.date(of: clock.now())
        let from = try query.date("from") ?? to.adding(days: 1 - Self.defaultSeriesDays)
        guard from <= to else { throw QueryReader.malformed("from", "must not be after to") }
        guard to.days(since: from) < Int64(PriceSeries.maximumDays) else {
            throw QueryReader.malformed("to", "must be less than \(PriceSeries.maximumDays) days after from")
        }
        let snapshot = try storage.priceSeries(commodity: commodity, region: region, from: zone.startOfDay(from),
                                               before: zone.endOfDay(to))
        let series = PriceSeries(snapshot: snapshot, from: from, to: to, zone: zone)
        return request.prefersCSV ? ReportCSV.series(series).response : .json(ReportJSON.series(series))
    }

    /// The zone report days are cut in; an unknown configured name falls back to Asia/Jakarta.
    var reportZone: ReportTimeZone {
        ReportTimeZone(identifier: configuration.reportTimeZone) ?? .jakarta
    }
}
