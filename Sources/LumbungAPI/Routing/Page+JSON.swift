import LumbungCore
import MicroHTTP

extension Page {
    /// The list answer `{"items": [...], "nextCursor": "…" | null}`, each item rendered by `item`.
    func json(_ item: (Item) -> JSON) -> JSON {
        .object([("items", .array(items.map(item))), ("nextCursor", .string(nextCursor))])
    }

    /// The same list answer written straight into bytes, each item by `write`.
    func json(_ write: (Item, inout JSONWriter) -> Void) -> [UInt8] {
        var json = JSONWriter(capacity: 64 + 320 * items.count)
        json.beginObject()
        json.key("items")
        json.beginArray()
        for item in items { write(item, &json) }
        json.endArray()
        json.key("nextCursor")
        json.string(nextCursor)
        json.endObject()
        return json.output
    }
}
