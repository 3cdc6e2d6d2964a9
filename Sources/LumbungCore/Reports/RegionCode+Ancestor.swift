/// The enclosing region at a given level.
extension RegionCode {
    /// The region at `level` (1–4) that contains this code; the code itself when it is at or above
    /// that level already.
    public func ancestor(atLevel level: Int) -> RegionCode {
        guard level >= 1, level < self.level else { return self }
        let length = RegionCode.segmentWidths.prefix(level).reduce(level - 1, +)
        return RegionCode(unchecked: String(rawValue.prefix(length)))
    }
}
