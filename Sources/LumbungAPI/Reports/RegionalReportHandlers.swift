import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `GET /v1/reports/early-warning?commodity=&region=&date=` (public): per child region the median
    /// against a week and 30 days before, the level of the weekly rise, the share above band and the
    /// stability figures; `region` defaults to the whole country and `date` to today. CSV on request.
    func earlyWarningReport(_ request: Request) throws -> Response {
        let query = QueryReader(request: request)
        let commodity = try query.required("commodity", query.commodity())
        let region = try query.region()
        let date = try query.date("date") ?? reportZone.date(of: clock.now())
        let report = try earlyWarning(commodity: commodity, region: region, date: date)
        return request.prefersCSV ? RegionalReportCSV.earlyWarning(report).response
            : .json(RegionalReportJSON.earlyWarning(report))
    }

    /// `GET /v1/reports/coverage?region=&days=7` (public): villages, cooperatives, outlets and outlets
    /// with a report recorded in the last `days` (1–90) per child region. CSV on request.
    func coverageReport(_ request: Request) throws -> Response {
        let query = QueryReader(request: request)
        let region = try query.region()
        let days = try query.integer("days", in: 1...90) ?? Self.defaultCoverageDays
        let report = try coverage(region: region, days: days)
        return request.prefersCSV ? RegionalReportCSV.coverage(report, days: days).response
            : .json(RegionalReportJSON.coverage(report, days: days))
    }

    /// How many days back a report makes an outlet active when `days` is not given.
    static let defaultCoverageDays = 7

    /// The early-warning report on `commodity` in `region` (nil: the whole country) on `date`.
    func earlyWarning(commodity: CommodityID, region: RegionCode?, date: LocalDate) throws -> EarlyWarningReport {
        let zone = reportZone
        let snapshot = try storage.earlyWarningPrices(commodity: commodity, region: region,
                                                      from: zone.startOfDay(EarlyWarningReport.windowStart(date)),
                                                      before: zone.endOfDay(date))
        return EarlyWarningReport(snapshot: snapshot, date: date, zone: zone, thresholds: configuration.earlyWarningThresholds)
    }

    /// The coverage of `region` (nil: the whole country), outlets counting as active with a report
    /// recorded in the last `days` days (24-hour periods back from now).
    func coverage(region: RegionCode?, days: Int) throws -> CoverageReport {
        try storage.coverage(region: region, activeSince: clock.now().adding(hours: -24 * Int64(days)))
    }
}
