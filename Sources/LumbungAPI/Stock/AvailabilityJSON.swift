import LumbungCore
import MicroHTTP

/// The JSON body of the stock check, written member by member (a check lists up to a page of outlets, and
/// building a `JSON` tree of them first cost more than writing them).
enum AvailabilityJSON {
    /// `{"commodity","region","outletsWithStock","totalQuantity","items"}`; the commodity and region are taken from
    /// `subjects`, each item from `outlets`.
    static func availability(_ availability: Availability, subjects: CheckSubjectJSON, outlets: ListedOutletJSON) -> [UInt8] {
        var json = JSONWriter(capacity: 512 + 512 * availability.items.count)
        json.beginObject()
        json.members(subjects.members(commodity: availability.commodity, region: availability.region))
        json.key("outletsWithStock")
        json.integer(Int64(availability.outletsWithStock))
        json.key("totalQuantity")
        quantity(availability.totalQuantity, to: &json)
        json.key("items")
        json.beginArray()
        availability.items.withUnsafeBufferPointer { items in  // each item read in place, not copied
            for index in items.indices { json.written(outlets.item(items[index])) }
        }
        json.endArray()
        json.endObject()
        return json.output
    }

    /// `{"outletId","outletName","cooperativeName","region","quantity","price","priceStatus","priceObservedAt",
    /// "stockUpdatedAt","address","latitude","longitude"}`, plus `"distanceKm"` (to 10 m) when a point was searched:
    /// the outlet's names and place as `fragments` wrote them, the rest straight into the buffer (timestamps as digits).
    static func write(_ outlet: AvailableOutlet, fragments: ListedOutletJSON.Fragments, to json: inout JSONWriter) {
        json.beginObject()
        json.members(fragments.head)
        json.key("quantity")
        quantity(outlet.quantity, to: &json)
        json.key("price")
        json.integer(outlet.price?.rawValue)
        json.key("priceStatus")
        json.string(outlet.priceStatus?.rawValue)
        json.key("priceObservedAt")
        if let observed = outlet.priceObservedAt {
            json.unescapedString { observed.appendRFC3339(to: &$0) }
        } else {
            json.string(nil)
        }
        json.key("stockUpdatedAt")
        json.unescapedString { outlet.stockUpdatedAt.appendRFC3339(to: &$0) }
        json.members(fragments.tail)
        if let distance = outlet.distanceKm {
            json.key("distanceKm")
            json.value(.double((distance * 100).rounded() / 100))
        }
        json.endObject()
    }

    /// A quantity's exact decimal, as digits when it is whole (a whole quantity's text is its integer's).
    private static func quantity(_ quantity: Quantity, to json: inout JSONWriter) {
        if quantity.thousandths % 1000 == 0 {
            json.integer(quantity.thousandths / 1000)
        } else {
            json.number(quantity.description)
        }
    }
}
