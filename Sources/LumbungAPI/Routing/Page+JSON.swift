import LumbungCore
import MicroHTTP

extension Page {
    /// The list answer `{"items": [...], "nextCursor": "…" | null}`, each item rendered by `item`.
    func json(_ item: (Item) -> JSON) -> JSON {
        .object([("items", .array(items.map(item))), ("nextCursor", .string(nextCursor))])
    }
}
