import MicroHTTP

/// Schemas of the OpenAPI description: the named ones under `components`, and the building blocks of the inline ones.
enum OpenAPISchemas {
    /// Every named schema.
    static let all: [(key: String, value: JSON)] = [
        ("Problem", record(["type", "title", "status", "detail", "code"], [
            ("type", described("string", "https://lumbung.id/problems/ followed by the code with dashes.")),
            ("title", stringSchema), ("status", integerSchema), ("detail", stringSchema),
            ("code", described("string", "A stable snake_case code such as not_found.")),
            ("errors", .object([("type", .string("array")), ("items", record(["field", "message"], [
                ("field", described("string", "The field or parameter, e.g. quantity or movements[3].quantity.")),
                ("message", stringSchema),
            ]))])),
            ("available", described("number", "insufficient_stock only: the balance now.")),
            ("line", described("integer", "Region import only: the bad line (the header is line 1).")),
            ("reason", .object([("type", .string("string")),
                                ("enum", .array(["full", "read_only", "io_error", "over_budget"].map(JSON.string))),
                                ("description", .string("storage_unavailable only: why."))])),
        ])),
        ("Health", record(["status", "storage"], [
            ("status", .object([("type", .string("string")), ("enum", .array(["ok", "unavailable"].map(JSON.string)))])),
            ("storage", .object([("type", .string("string")),
                                 ("enum", .array(["ok", "read_only", "full", "io_error", "unreachable"].map(JSON.string))),
                                 ("description", .string("Whether the database can be written, or why not."))])),
            ("detail", described("string", "Why the database does not answer or cannot be written (503 only).")),
        ])),
    ]

    /// `{"type":"string"}`.
    static let stringSchema = JSON.object([("type", .string("string"))])
    /// `{"type":"integer"}`.
    static let integerSchema = JSON.object([("type", .string("integer"))])
    /// An RFC 3339 time.
    static let dateTime = JSON.object([("type", .string("string")), ("format", .string("date-time"))])
    /// A `YYYY-MM-DD` date.
    static let date = JSON.object([("type", .string("string")), ("format", .string("date"))])
    /// The shape of a Kemendagri region code of any level, e.g. `63` or `63.71.01.1001`, without anchors.
    static let regionShape = #"[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?"#
    /// The shape of a desa/kelurahan (level 4) code, without anchors.
    static let villageShape = #"[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}"#
    /// The shape of a commodity id (a slug of lowercase letters, digits and dashes, at most 64 characters), without anchors.
    static let commodityShape = "[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?"
    /// A region code of any level.
    static let regionCode = pattern("^\(regionShape)$", "A region code such as 63, 63.71 or 63.71.01.1001.")
    /// A desa/kelurahan (level 4) code.
    static let villageCode = pattern("^\(villageShape)$", "A village (level 4) code such as 63.71.01.1001.")
    /// A commodity id.
    static let commodityID = pattern("^\(commodityShape)$", "A commodity id such as lpg-3kg.")
    /// A commodity id in a JSON body; it must be in the catalogue.
    static let commodityField = pattern(trimmed(commodityShape), "A commodity id from the catalogue, such as lpg-3kg.")
    /// `null`.
    static let null = JSON.object([("type", .string("null"))])

    /// A reference to a named schema.
    static func ref(_ name: String) -> JSON { .object([("$ref", .string("#/components/schemas/\(name)"))]) }

    /// An object schema whose listed keys are all required.
    static func record(_ required: [String], _ properties: [(key: String, value: JSON)]) -> JSON {
        .object([("type", .string("object")), ("required", .array(required.map(JSON.string))), ("properties", .object(properties))])
    }

    /// A page of `item`s: `{"items": [...], "nextCursor": "…" | null}`.
    static func page(of item: JSON) -> JSON {
        record(["items", "nextCursor"], [("items", array(of: item)),
                                         ("nextCursor", nullable("string", "The cursor of the next page; null on the last."))])
    }

    /// An array of `item`s.
    static func array(of item: JSON) -> JSON {
        .object([("type", .string("array")), ("items", item)])
    }

    /// A text field as sent: spaces and tabs around it are ignored; then 1 to `maximum` characters, none of them a
    /// control character other than tab and newline.
    static func text(_ maximum: Int) -> JSON {
        let inner = #"[^\x00-\x08\x0B-\x1F\x7F]"#
        let edge = #"[^\x00-\x09\x0B-\x20\x7F]"#
        return pattern(trimmed("\(edge)(\(inner){0,\(maximum - 2)}\(edge))?"), """
            Spaces and tabs around it are ignored; then 1 to \(maximum) characters without control characters other \
            than tab and newline.
            """)
    }

    /// A regular expression for a value that may have spaces and tabs around it (JSON bodies are read that way).
    static func trimmed(_ core: String) -> String {
        "^[ \\t]*(?:\(core))[ \\t]*$"
    }

    /// A value of `type` with a description.
    static func described(_ type: String, _ description: String) -> JSON {
        .object([("type", .string(type)), ("description", .string(description))])
    }

    /// A value of `type` or null, with an optional description.
    static func nullable(_ type: String, _ description: String? = nil) -> JSON {
        .object([("type", .array([.string(type), .string("null")]))] + (description.map { [("description", .string($0))] } ?? []))
    }

    /// `schema`, or null.
    static func orNull(_ schema: JSON) -> JSON {
        .object([("oneOf", .array([schema, null]))])
    }

    /// One of the listed words.
    static func oneOf(_ words: [String]) -> JSON {
        .object([("type", .string("string")), ("enum", .array(words.map(JSON.string)))])
    }

    /// A string matching `regex`.
    static func pattern(_ regex: String, _ description: String) -> JSON {
        .object([("type", .string("string")), ("pattern", .string(regex)), ("description", .string(description))])
    }
}
