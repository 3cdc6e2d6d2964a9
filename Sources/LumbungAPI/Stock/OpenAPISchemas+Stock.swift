import LumbungCore
import MicroHTTP

/// Schemas of the stock routes, used inline by `OpenAPIPaths.stock`.
extension OpenAPISchemas {
    /// A ledger entry as answered.
    static let movement = record(["id", "outletId", "commodity", "kind", "quantity", "delta", "balanceAfter", "occurredAt",
                                  "recordedAt", "note"], [
        ("id", stringSchema), ("outletId", stringSchema), ("commodity", commodityID), ("kind", movementKind),
        ("quantity", described("number", "As sent; for a count the counted balance, for an adjustment signed.")),
        ("delta", described("number", "The signed change to the balance.")),
        ("balanceAfter", .object([("type", .string("number")), ("minimum", .int(0))])),
        ("occurredAt", dateTime), ("recordedAt", dateTime), ("note", nullable("string")),
    ])

    /// A movement as sent; the commodity must be in the catalogue.
    static let movementInput = JSON.object([
        ("type", .string("object")), ("required", .array(["commodity", "kind", "quantity"].map(JSON.string))),
        ("properties", .object([
            ("commodity", commodityField), ("kind", movementKind),
            ("quantity", quantity("receipt and sale > 0, adjustment ≠ 0 (signed), count ≥ 0.")),
            ("occurredAt", orNull(inputTime)),
            ("note", orNull(text(500))),
        ])),
        ("allOf", .array([
            quantityRule("receipt", .object([("exclusiveMinimum", .int(0))])),
            quantityRule("sale", .object([("exclusiveMinimum", .int(0))])),
            quantityRule("adjustment", .object([("not", .object([("const", .int(0))]))])),
            quantityRule("count", .object([("minimum", .int(0))])),
        ])),
    ])

    /// A batch of movements as sent.
    static let movementBatchInput = record(["movements"], [
        ("movements", .object([("type", .string("array")), ("minItems", .int(1)), ("maxItems", .int(1000)),
                               ("items", movementInput)])),
    ])

    /// The answer to a batch: the recorded movements in order.
    static let movementBatch = record(["items"], [("items", array(of: movement))])

    /// A price status, or null when there is no price.
    static let priceStatusOrNull = JSON.object([
        ("type", .array([.string("string"), .string("null")])),
        ("enum", .array(["in_band", "above_band", "below_band", "no_band"].map(JSON.string) + [.null])),
    ])

    /// A commodity on an outlet's shelf.
    static let shelfItem = record(["commodity", "quantity", "unit", "lowThreshold", "updatedAt", "price", "priceObservedAt",
                                   "priceStatus"], [
        ("commodity", commodityID), ("quantity", .object([("type", .string("number")), ("minimum", .int(0))])),
        ("unit", stringSchema), ("lowThreshold", nullable("number", "Null when none was set.")), ("updatedAt", orNull(dateTime)),
        ("price", nullable("integer", "The current price in whole Rupiah; null when none was reported.")),
        ("priceObservedAt", orNull(dateTime)), ("priceStatus", priceStatusOrNull),
    ])

    /// An outlet's shelf.
    static let shelf = record(["outletId", "items"], [("outletId", stringSchema), ("items", array(of: shelfItem))])

    /// A low-stock threshold as sent.
    static let lowThresholdInput = record(["lowThreshold"], [
        ("lowThreshold", quantity("At least 0; 0 turns low-stock alerts off.", minimum: 0)),
    ])

    /// A quantity as sent: a plain decimal with at most 3 decimals and no exponent, at most 1,000,000,000 units either way.
    private static func quantity(_ description: String, minimum: Int = -Int(Quantity.maximumUnits)) -> JSON {
        .object([("type", .string("number")), ("minimum", .int(minimum)), ("maximum", .int(Int(Quantity.maximumUnits))),
                 ("description", .string("At most 3 decimals, no exponent. \(description)"))])
    }

    /// The four movement kinds.
    private static let movementKind = oneOf(["receipt", "sale", "adjustment", "count"])

    /// When `kind` is sent, `quantity` must also satisfy `rule`.
    private static func quantityRule(_ kind: String, _ rule: JSON) -> JSON {
        .object([
            ("if", .object([("required", .array([.string("kind")])),
                            ("properties", .object([("kind", .object([("const", .string(kind))]))]))])),
            ("then", .object([("properties", .object([("quantity", rule)]))])),
        ])
    }
}
