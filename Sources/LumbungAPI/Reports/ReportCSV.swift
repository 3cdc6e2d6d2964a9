import LumbungCore
import MicroHTTP

/// CSV renderings of the dinas price reports, with the same figures as the JSON.
enum ReportCSV {
    /// One row per child region, then the whole region as the last row (its own code, `""` for
    /// the whole country).
    static func daily(_ report: DailyPriceReport) -> CSVTable {
        let figureKeys = ReportJSON.figures(report.overall).map(\.key)
        var table = CSVTable(header: ["date", "commodity", "regionCode", "regionName"] + figureKeys + ["bandMin", "bandMax"])
        for row in report.children + [report.overall] {
            table.rows.append([.string(report.date.description), .string(report.commodity.id.rawValue),
                               .string(row.region.scope.description), .string(row.region.name)]
                              + ReportJSON.figures(row).map(\.value)
                              + [.int(row.band?.min?.rawValue), .int(row.band?.max?.rawValue)])
        }
        return table
    }

    /// One row per day: `date, outletsReporting, min, median, max, bandMin, bandMax`.
    static func series(_ series: PriceSeries) -> CSVTable {
        let columns = series.points.first.map { ReportJSON.point($0).map(\.key) } ?? []
        return CSVTable(header: columns, rows: series.points.map { ReportJSON.point($0).map(\.value) })
    }
}
