import LumbungCore
import MicroHTTP

/// JSON renderings of ledger entries and shelf items.
enum StockJSON {
    /// `{"id","outletId","commodity","kind","quantity","delta","balanceAfter","occurredAt","recordedAt","note"}`.
    static func movement(_ movement: Movement) -> JSON {
        .object([
            ("id", .string(movement.id)),
            ("outletId", .string(movement.outletID)),
            ("commodity", .string(movement.commodity.rawValue)),
            ("kind", .string(movement.kind.rawValue)),
            ("quantity", .number(movement.quantity.description)),
            ("delta", .number(movement.delta.description)),
            ("balanceAfter", .number(movement.balanceAfter.description)),
            ("occurredAt", .string(movement.occurredAt.rfc3339)),
            ("recordedAt", .string(movement.recordedAt.rfc3339)),
            ("note", .string(movement.note)),
        ])
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
