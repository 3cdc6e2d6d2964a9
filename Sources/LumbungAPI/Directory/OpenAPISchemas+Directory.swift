import MicroHTTP

/// Schemas of regions, commodities, cooperatives, outlets and tokens, used inline by their paths.
extension OpenAPISchemas {
    /// A region as answered.
    static let region = record(["code", "name", "level", "parent"], [
        ("code", regionCode), ("name", stringSchema),
        ("level", .object([("type", .string("integer")), ("minimum", .int(1)), ("maximum", .int(4)),
                           ("description", .string("1 province, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan."))])),
        ("parent", nullable("string", "The parent's code; null for a province.")),
    ])

    /// The four commodity categories.
    static let commodityCategory = oneOf(["lpg", "beras", "sembako", "other"])

    /// A catalogue entry as answered.
    static let commodity = record(["id", "name", "unit", "category", "aliases"], [
        ("id", commodityID), ("name", stringSchema), ("unit", described("string", "A word such as tabung, kg or liter.")),
        ("category", commodityCategory), ("aliases", aliases),
    ])

    /// The words text messages may use for a commodity.
    static let aliases = JSON.object([
        ("type", .string("array")), ("maxItems", .int(10)), ("uniqueItems", .bool(true)),
        ("items", pattern("^[A-Z][A-Z0-9]{0,19}$", "An upper-case word such as LPG.")),
        ("description", .string("Upper-case words a text message may use for it (the first is the one replies use); each belongs to one commodity only.")),
    ])

    /// A catalogue entry as sent; the id is in the path.
    static let commodityInput = record(["name", "unit", "category"], [
        ("name", text(100)), ("unit", text(30)), ("category", commodityCategory),
        ("aliases", orNull(aliases)),
    ])

    /// A cooperative as answered.
    static let cooperative = record(["id", "name", "region", "createdAt"], [
        ("id", stringSchema), ("name", stringSchema), ("region", villageCode), ("createdAt", dateTime),
    ])

    /// A cooperative as sent.
    static let cooperativeInput = record(["name", "region"], [
        ("name", text(200)),
        ("region", pattern(trimmed(villageShape), "A village (level 4) code; once regions are imported it must be one of them.")),
    ])

    /// An outlet as answered.
    static let outlet = record(["id", "cooperativeId", "name", "region", "latitude", "longitude", "address", "createdAt",
                                "lastReportAt"], [
        ("id", stringSchema), ("cooperativeId", stringSchema), ("name", stringSchema), ("region", villageCode),
        ("latitude", nullable("number")), ("longitude", nullable("number")), ("address", nullable("string")),
        ("createdAt", dateTime),
        ("lastReportAt", orNull(.object([("type", .string("string")), ("format", .string("date-time")), ("description", .string(
            "The latest recordedAt of its movements and price reports; null when it never reported."))]))),
    ])

    /// An outlet as sent.
    static let outletInput = JSON.object([
        ("type", .string("object")), ("required", .array(["cooperativeId", "name"].map(JSON.string))),
        ("properties", .object([
            ("cooperativeId", text(100)), ("name", text(200)),
            ("region", orNull(pattern(trimmed(villageShape), "A village (level 4) code; defaults to the cooperative's."))),
            ("latitude", coordinate(90)), ("longitude", coordinate(180)), ("address", orNull(text(500))),
        ])),
        ("dependentRequired", .object([("latitude", .array([.string("longitude")])),
                                       ("longitude", .array([.string("latitude")]))])),
    ])

    /// A token as listed: never its secret.
    static let token = record(["id", "name", "role", "region", "cooperativeId", "cooperativeIds", "createdAt"], tokenProperties)

    /// A token as created: with its secret, shown only in this answer.
    static let createdToken = record(["id", "name", "role", "region", "cooperativeId", "cooperativeIds", "token", "createdAt"],
                                     tokenProperties + [("token", nullable("string", """
                                         The bearer secret. Null in a replay of the same Idempotency-Key: only its hash is kept.
                                         """))])

    /// A token as sent: an officer needs `region`, a shopkeeper `cooperativeId`, an assistant `cooperativeIds`, and
    /// no other role may send them.
    static let tokenInput = JSON.object([
        ("type", .string("object")), ("required", .array(["name", "role"].map(JSON.string))),
        ("properties", .object([
            ("name", text(100)), ("role", role),
            ("region", orNull(pattern(trimmed(regionShape), "Officers only: the region code prefix they oversee, e.g. 63 or 63.71."))),
            ("cooperativeId", orNull(described("string", "Shopkeepers only: an existing cooperative."))),
            ("cooperativeIds", orNull(.object([
                ("type", .string("array")), ("minItems", .int(1)), ("maxItems", .int(50)), ("items", stringSchema),
                ("description", .string("Assistants only: 1–50 existing cooperatives.")),
            ]))),
        ])),
        ("allOf", .array([roleNeeds("officer", "region"), roleNeeds("shopkeeper", "cooperativeId"),
                          roleNeeds("assistant", "cooperativeIds", type: "array")])),
    ])

    /// The four roles.
    private static let role = oneOf(["admin", "officer", "shopkeeper", "assistant"])

    /// The fields of a token shared by the listed and created forms.
    private static let tokenProperties: [(key: String, value: JSON)] = [
        ("id", stringSchema), ("name", stringSchema), ("role", role),
        ("region", nullable("string", "Officers: the region code prefix they oversee.")),
        ("cooperativeId", nullable("string", "Shopkeepers: their cooperative.")),
        ("cooperativeIds", orNull(.object([("type", .string("array")), ("items", stringSchema),
                                           ("description", .string("Assistants: their cooperatives; null for other roles."))]))),
        ("createdAt", dateTime),
    ]

    /// A coordinate within ±`limit` degrees, sent together with the other one or not at all.
    private static func coordinate(_ limit: Int) -> JSON {
        .object([("type", .string("number")), ("minimum", .int(-limit)), ("maximum", .int(limit)),
                 ("description", .string("Degrees; latitude and longitude come together or not at all."))])
    }

    /// `field` is required when `role` is chosen and must be absent or null otherwise.
    private static func roleNeeds(_ role: String, _ field: String, type: String = "string") -> JSON {
        .object([
            ("if", .object([("required", .array([.string("role")])),
                            ("properties", .object([("role", .object([("const", .string(role))]))]))])),
            ("then", .object([("required", .array([.string(field)])),
                              ("properties", .object([(field, .object([("type", .string(type))]))]))])),
            ("else", .object([("properties", .object([(field, null)]))])),
        ])
    }
}
