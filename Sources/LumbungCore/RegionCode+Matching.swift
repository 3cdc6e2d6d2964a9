/// Whole-segment prefix matching and the string bounds a store needs to match descendants.
extension RegionCode {
    /// Whether `other` is this code or lies inside it, matching whole segments
    /// (`63.71` is a prefix of `63.71.01.1001` but not of `63.710…`). Reflexive.
    public func isPrefix(of other: RegionCode) -> Bool {
        other.rawValue == rawValue || other.rawValue.hasPrefix(descendantPrefix)
    }

    /// Whether `other` is this region or lies inside it; the same as `isPrefix(of:)`.
    public func contains(_ other: RegionCode) -> Bool {
        isPrefix(of: other)
    }

    /// Whether `other` lies strictly inside this region (not equal to it).
    public func isAncestor(of other: RegionCode) -> Bool {
        other.rawValue.hasPrefix(descendantPrefix)
    }

    /// The text every descendant code starts with: the code plus a dot, e.g. `63.71.`.
    public var descendantPrefix: String { rawValue + "." }

    /// A SQL `LIKE` pattern for strict descendants, e.g. `63.71.%`.
    ///
    /// Codes contain only digits and dots, so no `ESCAPE` clause is needed.
    public var likePattern: String { descendantPrefix + "%" }

    /// Half-open string bounds of the strict descendants: `code >= lower AND code < upper`.
    ///
    /// For `63.71` this is (`63.71.`, `63.71/`): `/` sorts right after `.`, and
    /// `63.710` sorts after `63.71/` because `0` comes after `/`.
    public var descendantRange: (lower: String, upper: String) {
        (descendantPrefix, rawValue + "/")
    }

    /// Half-open string bounds of this code and all its descendants, e.g. (`63.71`, `63.71/`).
    ///
    /// Among valid codes, nothing but the code itself sorts between `63.71` and `63.71.`.
    public var subtreeRange: (lower: String, upper: String) {
        (rawValue, rawValue + "/")
    }
}
