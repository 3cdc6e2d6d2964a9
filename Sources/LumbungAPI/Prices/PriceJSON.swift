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

    /// The answer to a new report: the report plus `"implausible"`, true when the price is so far
    /// outside its band (over twice the maximum, under half the minimum) that it may be a typo.
    static func recorded(_ report: PriceReport) -> JSON {
        guard case .object(let members) = PriceJSON.report(report) else { return PriceJSON.report(report) }
        return .object(members + [("implausible", .bool(report.band?.isImplausible(report.price) ?? false))])
    }
}
