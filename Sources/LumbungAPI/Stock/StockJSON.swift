import LumbungCore
import MicroHTTP

/// JSON renderings of ledger entries and shelf items.
enum StockJSON {
    /// `{"id","outletId","commodity","kind","quantity","delta","balanceAfter","occurredAt","recordedAt","note"}`,
    /// written straight into `json` (every recorded movement is answered with it, so no `JSON` tree is built).
    static func write(_ movement: Movement, to json: inout JSONWriter) {
        json.beginObject()
        json.key("id")
        json.string(movement.id)
        json.key("outletId")
        json.string(movement.outletID)
        json.key("commodity")
        json.string(movement.commodity.rawValue)
        json.key("kind")
        json.string(movement.kind.rawValue)
        json.key("quantity")
        json.number(movement.quantity.description)
        json.key("delta")
        json.number(movement.delta.description)
        json.key("balanceAfter")
        json.number(movement.balanceAfter.description)
        json.key("occurredAt")
        json.unescapedString { movement.occurredAt.appendRFC3339(to: &$0) }
        json.key("recordedAt")
        json.unescapedString { movement.recordedAt.appendRFC3339(to: &$0) }
        json.key("note")
        json.string(movement.note)
        json.endObject()
    }

    /// One movement's JSON body.
    static func movement(_ movement: Movement) -> [UInt8] {
        var json = JSONWriter(capacity: 320)
        write(movement, to: &json)
        return json.output
    }

    /// `{"items":[…]}`: the movements of a batch, in order.
    static func batch(_ movements: [Movement]) -> [UInt8] {
        var json = JSONWriter(capacity: 16 + 320 * movements.count)
        json.beginObject()
        json.key("items")
        json.beginArray()
        for movement in movements { write(movement, to: &json) }
        json.endArray()
        json.endObject()
        return json.output
    }

    /// `{"commodity","quantity","unit","lowThreshold","updatedAt","price","priceObservedAt","priceStatus"}`.
    static func shelfItem(_ item: ShelfItem) -> JSON {
        .object([
            ("commodity", .string(item.commodity.rawValue)),
            ("quantity", .number(item.quantity.description)),
            ("unit", .string(item.unit)),
            ("lowThreshold", item.lowThreshold.map { .number($0.description) } ?? .null),
            ("updatedAt", .string(item.updatedAt?.rfc3339)),
            ("price", .int(item.price?.rawValue)),
            ("priceObservedAt", .string(item.priceObservedAt?.rfc3339)),
            ("priceStatus", .string(item.priceStatus?.rawValue)),
        ])
    }

    /// `{"outletId","items":[…]}`: the whole shelf of an outlet.
    static func shelf(outletID: String, items: [ShelfItem]) -> JSON {
        .object([("outletId", .string(outletID)), ("items", .array(items.map(shelfItem)))])
    }
}
