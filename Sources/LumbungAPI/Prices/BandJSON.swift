import LumbungCore
import MicroHTTP

/// JSON renderings of price bands.
enum BandJSON {
    /// `{"id","commodity","region","min","max","effectiveFrom","source","createdAt"}`; `region` is `""` when national.
    static func band(_ band: Band) -> JSON {
        .object([
            ("id", .string(band.id)),
            ("commodity", .string(band.commodity.rawValue)),
            ("region", .string(band.scope.description)),
            ("min", .int(band.min?.rawValue)),
            ("max", .int(band.max?.rawValue)),
            ("effectiveFrom", .string(band.effectiveFrom.rfc3339)),
            ("source", .string(band.source)),
            ("createdAt", .string(band.createdAt.rfc3339)),
        ])
    }

    /// A band, or `null`.
    static func band(_ band: Band?) -> JSON {
        band.map { self.band($0) } ?? .null
    }
}
