import LumbungCore
import MicroHTTP

/// The JSON body of the stock check, written member by member (a check lists up to a page of outlets, and
/// building a `JSON` tree of them first cost more than writing them).
enum AvailabilityJSON {
    /// `{"commodity","region","outletsWithStock","totalQuantity","items"}`.
    static func availability(_ availability: Availability) -> [UInt8] {
        var json = JSONWriter(capacity: 512 + 512 * availability.items.count)
        json.beginObject()
        json.key("commodity")
        json.value(DirectoryJSON.commodity(availability.commodity))
        json.key("region")
        json.value(availability.region.map(ReportJSON.region) ?? .null)
        json.key("outletsWithStock")
        json.value(.int(availability.outletsWithStock))
        json.key("totalQuantity")
        json.value(.number(availability.totalQuantity.description))
        json.key("items")
        json.beginArray()
        for outlet in availability.items { write(outlet, to: &json) }
        json.endArray()
        json.endObject()
        return json.output
    }

    /// `{"outletId","outletName","cooperativeName","region","quantity","price","priceStatus","priceObservedAt",
    /// "stockUpdatedAt","address","latitude","longitude"}`, plus `"distanceKm"` (to 10 m) when a point was searched.
    static func write(_ outlet: AvailableOutlet, to json: inout JSONWriter) {
        json.beginObject()
        let members: [(StaticString, JSON)] = [
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
        for (name, value) in members {
            json.key(name)
            json.value(value)
        }
        if let distance = outlet.distanceKm {
            json.key("distanceKm")
            json.value(.double((distance * 100).rounded() / 100))
        }
        json.endObject()
    }
}
