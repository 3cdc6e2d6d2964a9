/// Which regions a listing wants: children of `parent` (provinces when nil and no text is given),
/// narrowed to names containing `text` (case-insensitive) when it is given.
public struct RegionQuery: Sendable, Hashable {
    /// Only the direct children of this region.
    public let parent: RegionCode?
    /// Only names containing this text, ignoring case; searches every level unless `parent` is set.
    public let text: String?

    /// A listing filter.
    public init(parent: RegionCode? = nil, text: String? = nil) {
        self.parent = parent
        self.text = text
    }

    /// The text as compared: names and search text are both folded this way.
    public static func fold(_ text: String) -> String {
        text.lowercased()
    }
}
