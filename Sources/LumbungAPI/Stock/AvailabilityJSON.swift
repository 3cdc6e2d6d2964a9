import LumbungCore
import MicroHTTP

/// The JSON body of the stock check.
enum AvailabilityJSON {
    /// `{"commodity","region","outletsWithStock","totalQuantity","items"}`.
    static func availability(_ availability: Availability) -> JSON {
        .object([
            ("commodity", DirectoryJSON.commodity(availability.commodity)),
            ("region", availability.region.map(ReportJSON.region) ?? .null),
            ("outletsWithStock", .int(availability.outletsWithStock)),
            ("totalQuantity", .number(availability.totalQuantity.description)),
            ("items", .array(availability.items.map(item))),
        ])
    }

    /// `{"outletId","outletName","cooperativeName","region","quantity","price","priceStatus","priceObservedAt",
    /// "stockUpdatedAt","address","latitude","longitude"}`, plus `"distanceKm"` (to 10 m) when a point was searched.
    static func item(_ outlet: AvailableOutlet) -> JSON {
        var members: [(key: String, value: JSON)] = [
            ("outletId", .string(outlet.outletID)),
            ("outletName", .string(outlet.outletName)),
            ("cooperativeName", .string(outlet.cooperativeName)),
            ("region", ReportJSON.region(outlet.region)),
            ("quantity", .number(outlet.quantity.description)),
            ("price", .int(outlet.price?.rawValue)),
            ("priceStatus", .string(outlet.priceStatus?.rawValue)),
            ("priceObservedAt", .string(outlet.priceObservedAt?.rfc3339)),
            ("stockUpdatedAt", .string(outlet.stockUpdatedAt.rfc3339)),
            ("address", .string(outlet.address)),
            ("latitude", .double(outlet.location?.latitude)),
            ("longitude", .double(outlet.location?.longitude)),
        ]
        if let distance = outlet.distanceKm {
            members.append(("distanceKm", .double((distance * 100).rounded() / 100)))
        }
        return .object(members)
    }
}
