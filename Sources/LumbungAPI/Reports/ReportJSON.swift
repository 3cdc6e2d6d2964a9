import LumbungCore
import MicroHTTP

/// JSON bodies of the dinas price reports.
enum ReportJSON {
    /// `{"code","name"}`; the whole country is `{"code":"","name":"Indonesia"}`.
    static func region(_ label: RegionLabel) -> JSON {
        .object([("code", .string(label.scope.description)), ("name", .string(label.name))])
    }

    /// `{"commodity","region","date","band","overall","children"}`.
    static func daily(_ report: DailyPriceReport) -> JSON {
        .object([
            ("commodity", DirectoryJSON.commodity(report.commodity)),
            ("region", region(report.region)),
            ("date", .string(report.date.description)),
            ("band", BandJSON.band(report.band)),
            ("overall", summary(report.overall)),
            ("children", .array(report.children.map(summary))),
        ])
    }

    /// A report row: `{"region", <figures>, "band"}`.
    static func summary(_ row: RegionPriceSummary) -> JSON {
        .object([("region", region(row.region))] + figures(row) + [("band", BandJSON.band(row.band))])
    }

    /// `outletsReporting, min, median, max, mean, cv, aboveBand, belowBand`: `mean` in whole Rupiah
    /// (rounded half up), `cv` as a fraction to 4 decimals; figures of an empty row are null.
    static func figures(_ row: RegionPriceSummary) -> [(key: String, value: JSON)] {
        let statistics = row.statistics
        return [
            ("outletsReporting", .int(statistics.count)),
            ("min", .int(statistics.min?.rawValue)),
            ("median", .int(statistics.median?.rawValue)),
            ("max", .int(statistics.max?.rawValue)),
            ("mean", .int(statistics.roundedMean?.rawValue)),
            ("cv", .double(statistics.cv.map { ($0 * 10_000).rounded() / 10_000 })),
            ("aboveBand", .int(row.aboveBand)),
            ("belowBand", .int(row.belowBand)),
        ]
    }

    /// `{"commodity","region","from","to","items"}`.
    static func series(_ series: PriceSeries) -> JSON {
        .object([
            ("commodity", DirectoryJSON.commodity(series.commodity)),
            ("region", region(series.region)),
            ("from", .string(series.points.first?.date.description)),
            ("to", .string(series.points.last?.date.description)),
            ("items", .array(series.points.map { .object(point($0)) })),
        ])
    }

    /// `date, outletsReporting, min, median, max, bandMin, bandMax`.
    static func point(_ point: PriceSeriesPoint) -> [(key: String, value: JSON)] {
        [
            ("date", .string(point.date.description)),
            ("outletsReporting", .int(point.statistics.count)),
            ("min", .int(point.statistics.min?.rawValue)),
            ("median", .int(point.statistics.median?.rawValue)),
            ("max", .int(point.statistics.max?.rawValue)),
            ("bandMin", .int(point.band?.min?.rawValue)),
            ("bandMax", .int(point.band?.max?.rawValue)),
        ]
    }
}
