import MicroHTTP

/// Schemas of the stock routes, used inline by `OpenAPIPaths.stock`.
extension OpenAPISchemas {
    /// A ledger entry as answered.
    static let movement = record(["id", "outletId", "commodity", "kind", "quantity", "delta", "balanceAfter", "occurredAt",
                                  "recordedAt", "note"], [
        ("id", stringSchema), ("outletId", stringSchema), ("commodity", stringSchema), ("kind", movementKind),
        ("quantity", described("number", "As sent; for a count the counted balance, for an adjustment signed.")),
        ("delta", described("number", "The signed change to the balance.")),
        ("balanceAfter", .object([("type", .string("number")), ("minimum", .int(0))])),
        ("occurredAt", dateTime), ("recordedAt", dateTime), ("note", optional("string")),
    ])

    /// A movement as sent.
    static let movementInput = record(["commodity", "kind", "quantity"], [
        ("commodity", described("string", "A commodity id from the catalogue, e.g. lpg-3kg.")), ("kind", movementKind),
        ("quantity", described("number", "At most 3 decimals. receipt and sale > 0, adjustment ≠ 0 (signed), count ≥ 0.")),
        ("occurredAt", .object([("type", .string("string")), ("format", .string("date-time")),
                                ("description", .string("Defaults to now; at most 5 minutes in the future."))])),
        ("note", limited(500)),
    ])

    /// A batch of movements as sent.
    static let movementBatchInput = record(["movements"], [
        ("movements", .object([("type", .string("array")), ("minItems", .int(1)), ("maxItems", .int(1000)),
                               ("items", movementInput)])),
    ])

    /// The answer to a batch: the recorded movements in order.
    static let movementBatch = record(["items"], [("items", .object([("type", .string("array")), ("items", movement)]))])

    /// A commodity on an outlet's shelf.
    static let shelfItem = record(["commodity", "quantity", "unit", "lowThreshold", "updatedAt", "price", "priceObservedAt",
                                   "priceStatus"], [
        ("commodity", stringSchema), ("quantity", .object([("type", .string("number")), ("minimum", .int(0))])),
        ("unit", stringSchema), ("lowThreshold", optional("number")), ("updatedAt", dateTime),
        ("price", optional("integer")),
        ("priceObservedAt", .object([("type", .array([.string("string"), .string("null")])), ("format", .string("date-time"))])),
        ("priceStatus", .object([("type", .array([.string("string"), .string("null")])),
                                 ("enum", .array(["in_band", "above_band", "below_band", "no_band"].map(JSON.string) + [.null]))])),
    ])

    /// An outlet's shelf.
    static let shelf = record(["outletId", "items"], [
        ("outletId", stringSchema), ("items", .object([("type", .string("array")), ("items", shelfItem)])),
    ])

    /// A low-stock threshold as sent.
    static let lowThresholdInput = record(["lowThreshold"], [
        ("lowThreshold", .object([("type", .string("number")), ("minimum", .int(0)),
                                  ("description", .string("At most 3 decimals; 0 turns low-stock alerts off."))])),
    ])

    /// The four movement kinds.
    private static let movementKind = JSON.object([
        ("type", .string("string")), ("enum", .array(["receipt", "sale", "adjustment", "count"].map(JSON.string))),
    ])
}
