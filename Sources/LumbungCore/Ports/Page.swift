/// Which slice of a list to return: at most `limit` items after `cursor`.
public struct PageRequest: Sendable, Hashable {
    /// The largest page the API hands out.
    public static let maximumLimit = 500
    /// At most this many items.
    public let limit: Int
    /// Opaque position after which to continue, from a previous page's `nextCursor`.
    public let cursor: String?

    /// A page request; `limit` is clamped to 1…500.
    public init(limit: Int = 50, cursor: String? = nil) {
        self.limit = min(max(limit, 1), Self.maximumLimit)
        self.cursor = cursor
    }
}

/// One page of a list and where the next one starts (nil when this is the last).
public struct Page<Item: Sendable>: Sendable {
    /// The items in list order.
    public let items: [Item]
    /// The cursor for the next page, or nil.
    public let nextCursor: String?

    /// Builds a page from up to `limit + 1` fetched items: the extra one only signals that more exist.
    public init(fetched: [Item], limit: Int, cursor: (Item) -> String) {
        if fetched.count > limit {
            items = Array(fetched.prefix(limit))
            nextCursor = items.last.map(cursor)
        } else {
            items = fetched
            nextCursor = nil
        }
    }
}
