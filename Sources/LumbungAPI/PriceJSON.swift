import LumbungCore
import MicroHTTP

/// JSON renderings of price reports.
enum PriceJSON {
    /// `{"id","outletId","commodity","price","observedAt","recordedAt","status","band"}`.
    static func report(_ report: PriceReport) -> JSON {
        .object([
            ("id", .string(report.id)),
            ("outletId", .string(report.outletID)),
            ("commodity", .string(report.commodity.rawValue)),
            ("price", .int(report.price.rawValue)),
            ("observedAt", .string(report.observedAt.rfc3339)),
            ("recordedAt", .string(report.recordedAt.rfc3339)),
            ("status", .string(report.status.rawValue)),
            ("band", BandJSON.band(report.band)),
        ])
    }
}
