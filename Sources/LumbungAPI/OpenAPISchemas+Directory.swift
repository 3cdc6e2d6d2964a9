import MicroHTTP

/// Schemas of regions, commodities, cooperatives, outlets and tokens, used inline by their paths.
extension OpenAPISchemas {
    /// A region as answered.
    static let region = record(["code", "name", "level", "parent"], [
        ("code", described("string", "Kemendagri code, e.g. 63.71.01.1001.")),
        ("name", stringSchema),
        ("level", .object([("type", .string("integer")), ("minimum", .int(1)), ("maximum", .int(4)),
                           ("description", .string("1 province, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan."))])),
        ("parent", optional("string")),
    ])

    /// A catalogue entry, as answered and (without `id`) as sent.
    static let commodity = record(["id", "name", "unit", "category"], [
        ("id", described("string", "A slug such as lpg-3kg.")), ("name", limited(100)), ("unit", limited(30)),
        ("category", .object([("type", .string("string")), ("enum", .array(["lpg", "beras", "sembako", "other"].map(JSON.string)))])),
    ])

    /// A cooperative as answered.
    static let cooperative = record(["id", "name", "region", "createdAt"], [
        ("id", stringSchema), ("name", stringSchema), ("region", described("string", "A village (level 4) code.")),
        ("createdAt", dateTime),
    ])

    /// An outlet as answered.
    static let outlet = record(["id", "cooperativeId", "name", "region", "latitude", "longitude", "address", "createdAt"], [
        ("id", stringSchema), ("cooperativeId", stringSchema), ("name", stringSchema),
        ("region", described("string", "A village (level 4) code.")), ("latitude", optional("number")),
        ("longitude", optional("number")), ("address", optional("string")), ("createdAt", dateTime),
    ])

    /// A token as listed: never its secret.
    static let token = record(["id", "name", "role", "region", "cooperativeId", "createdAt"], tokenProperties)

    /// A token as created: with its secret, shown only in this answer.
    static let createdToken = record(["id", "name", "role", "region", "cooperativeId", "token", "createdAt"],
                                     tokenProperties + [("token", .object([
                                         ("type", .array([.string("string"), .string("null")])),
                                         ("description", .string(
                                             "The bearer secret. Null in a replay of the same Idempotency-Key: only its hash is kept.")),
                                     ]))])

    /// A page of `item`s: `{"items": [...], "nextCursor": "…" | null}`.
    static func page(of item: JSON) -> JSON {
        record(["items", "nextCursor"], [("items", .object([("type", .string("array")), ("items", item)])),
                                         ("nextCursor", optional("string"))])
    }

    /// An object schema whose listed keys are all required.
    static func record(_ required: [String], _ properties: [(key: String, value: JSON)]) -> JSON {
        .object([("type", .string("object")), ("required", .array(required.map(JSON.string))), ("properties", .object(properties))])
    }

    /// A string of 1 to `maximum` characters.
    static func limited(_ maximum: Int) -> JSON {
        .object([("type", .string("string")), ("minLength", .int(1)), ("maxLength", .int(maximum))])
    }

    /// A value of `type` with a description.
    static func described(_ type: String, _ description: String) -> JSON {
        .object([("type", .string(type)), ("description", .string(description))])
    }

    /// A value of `type` or null.
    static func optional(_ type: String) -> JSON {
        .object([("type", .array([.string(type), .string("null")]))])
    }

    /// An RFC 3339 time.
    static let dateTime = JSON.object([("type", .string("string")), ("format", .string("date-time"))])

    /// The fields of a token shared by the listed and created forms.
    private static let tokenProperties: [(key: String, value: JSON)] = [
        ("id", stringSchema), ("name", stringSchema),
        ("role", .object([("type", .string("string")), ("enum", .array(["admin", "officer", "shopkeeper"].map(JSON.string)))])),
        ("region", optional("string")), ("cooperativeId", optional("string")), ("createdAt", dateTime),
    ]
}
