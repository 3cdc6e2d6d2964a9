import LumbungCore

/// `AND`ed SQL conditions with their parameters, for queries whose filters are optional: leaving an
/// absent filter out of the text (rather than `? IS NULL OR …`) lets SQLite pick an index for the rest.
struct SQLConditions {
    /// The conditions, each with `?` placeholders.
    private(set) var clauses: [String] = []
    /// The parameters of all conditions, in order.
    private(set) var arguments: [any SQLBindable] = []

    /// Adds a condition and the values of its placeholders.
    mutating func add(_ clause: String, _ values: any SQLBindable...) {
        clauses.append(clause)
        arguments += values
    }

    /// Adds `column` lying in `region`'s subtree (whole-segment prefix), as a range an index can seek.
    mutating func add(_ column: String, within region: RegionCode) {
        add("\(column) >= ? AND \(column) < ?", region.subtreeRange.lower, region.subtreeRange.upper)
    }

    /// Adds `column IN (?, …)` with one placeholder per value (never true for no values).
    mutating func add(_ column: String, in values: [any SQLBindable]) {
        clauses.append(values.isEmpty ? "0" : "\(column) IN (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))")
        arguments += values
    }

    /// `WHERE … AND …`, or nothing when there is no condition.
    var sql: String {
        clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
    }
}
