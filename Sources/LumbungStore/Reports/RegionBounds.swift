import LumbungCore

/// Half-open text bounds of the region codes in a scope, for `region >= lower AND region < upper`.
struct RegionBounds {
    /// The smallest code inside.
    let lower: String
    /// The first text past every code inside.
    let upper: String

    /// The bounds of a region and everything inside it; for the national scope, of every code
    /// (codes hold only digits and dots, which all sort before `~`).
    init(_ scope: RegionScope) {
        if let code = scope.code {
            (lower, upper) = code.subtreeRange
        } else {
            (lower, upper) = ("", "~")
        }
    }

    /// The bounds of one code alone among codes of its level (a space sorts before every code character).
    init(exactly code: RegionCode) {
        (lower, upper) = (code.rawValue, code.rawValue + " ")
    }
}
