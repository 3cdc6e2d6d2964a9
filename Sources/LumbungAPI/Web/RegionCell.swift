import LumbungCore

/// The first cell of a dashboard table row: the region's name, a link one level down while there is
/// one, `Seluruh …` on the total row.
enum RegionCell {
    /// The cell's content for `region`; `link` makes the dashboard address of a region.
    static func title(_ region: RegionLabel, total: Bool, link: (RegionCode?) -> String) -> HTML {
        let name = region.name ?? region.scope.description
        if total { return "Seluruh \(name)" }
        if let code = region.scope.code, code.level < RegionCode.villageLevel {
            return "<a href=\"\(link(code))\">\(name)</a>"
        }
        return "\(name)"
    }
}
