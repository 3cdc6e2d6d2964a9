import MicroHTTP

/// Reusable schemas of the OpenAPI description.
enum OpenAPISchemas {
    /// Every named schema.
    static let all: [(key: String, value: JSON)] = [
        ("Problem", .object([
            ("type", .string("object")),
            ("required", .array(["type", "title", "status", "detail", "code"].map(JSON.string))),
            ("properties", .object([
                ("type", stringSchema), ("title", stringSchema), ("status", integerSchema),
                ("detail", stringSchema), ("code", stringSchema),
                ("errors", .object([("type", .string("array")), ("items", .object([
                    ("type", .string("object")),
                    ("properties", .object([("field", stringSchema), ("message", stringSchema)])),
                ]))])),
            ])),
        ])),
        ("Health", .object([
            ("type", .string("object")),
            ("required", .array([.string("status")])),
            ("properties", .object([("status", stringSchema)])),
        ])),
    ]

    /// `{"type":"string"}`.
    static let stringSchema = JSON.object([("type", .string("string"))])
    /// `{"type":"integer"}`.
    static let integerSchema = JSON.object([("type", .string("integer"))])

    /// A reference to a named schema.
    static func ref(_ name: String) -> JSON { .object([("$ref", .string("#/components/schemas/\(name)"))]) }
}
