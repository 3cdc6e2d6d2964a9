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
        let date = try query.date("date") ?? reportZone.date(of: clock.now())
        let report = try dailyPriceReport(commodity: commodity, region: region, date: date)
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
        let series = try dailyPriceSeries(commodity: commodity, region: region, from: from, to: to)
        return request.prefersCSV ? ReportCSV.series(series).response : .json(ReportJSON.series(series))
    }

    /// The daily report on `commodity` in `region` (nil: the whole country) at the end of `date`.
    func dailyPriceReport(commodity: CommodityID, region: RegionCode?, date: LocalDate) throws -> DailyPriceReport {
        let end = reportZone.endOfDay(date)
        let snapshot = try storage.dailyPrices(commodity: commodity, region: region, before: end)
        return DailyPriceReport(snapshot: snapshot, date: date, endOfDay: end)
    }

    /// The series on `commodity` in `region` (nil: the whole country) from `from` to `to`, inclusive.
    func dailyPriceSeries(commodity: CommodityID, region: RegionCode?, from: LocalDate, to: LocalDate) throws -> PriceSeries {
        let zone = reportZone
        let snapshot = try storage.priceSeries(commodity: commodity, region: region, from: zone.startOfDay(from),
                                               before: zone.endOfDay(to))
        return PriceSeries(snapshot: snapshot, from: from, to: to, zone: zone)
    }

    /// The zone report days are cut in; an unknown configured name falls back to Asia/Jakarta.
    var reportZone: ReportTimeZone {
        ReportTimeZone(identifier: configuration.reportTimeZone) ?? .jakarta
    }
}
