/// A region as reports show it: its scope (a code, or the whole country) and its name when known.
public struct RegionLabel: Sendable, Hashable {
    /// The region, or `.national`.
    public let scope: RegionScope
    /// The official name; nil when the region list is not loaded.
    public let name: String?

    /// The whole country, named `Indonesia`.
    public static let national = RegionLabel(scope: .national, name: "Indonesia")

    /// A labelled scope.
    public init(scope: RegionScope, name: String?) {
        self.scope = scope
        self.name = name
    }

    /// A labelled region code.
    public init(code: RegionCode, name: String?) {
        self.init(scope: .region(code), name: name)
    }
}
