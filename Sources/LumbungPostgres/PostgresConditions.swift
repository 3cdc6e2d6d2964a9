import LumbungCore

/// `AND`ed conditions with their parameters for queries whose filters are optional; each `?` in a
/// clause becomes the next `$n`, so clauses can be added in any order.
struct PostgresConditions {
    /// The conditions, with `$n` placeholders.
    private(set) var clauses: [String] = []
    /// The parameters of all conditions, in placeholder order.
    private(set) var arguments: [any PostgresBindable] = []

    /// Adds a condition written with `?` placeholders and their values.
    mutating func add(_ clause: String, _ values: any PostgresBindable...) {
        var numbered = ""
        var next = values.makeIterator()
        for character in clause {
            guard character == "?", let value = next.next() else {
                numbered.append(character)
                continue
            }
            arguments.append(value)
            numbered += "$\(arguments.count)"
        }
        clauses.append(numbered)
    }

    /// Adds `column` lying in `region`'s subtree (whole-segment prefix) as a range compared in byte order
    /// (`COLLATE "C"`), as region codes sort in SQLite whatever the database's collation.
    mutating func add(_ column: String, within region: RegionCode) {
        add("\(column) COLLATE \"C\" >= ? AND \(column) COLLATE \"C\" < ?", region.subtreeRange.lower, region.subtreeRange.upper)
    }

    /// Adds `column IN ($n, …)` with one placeholder per value (never true for no values).
    mutating func add(_ column: String, in values: [String]) {
        guard !values.isEmpty else {
            clauses.append("false")
            return
        }
        let first = arguments.count + 1
        arguments += values as [any PostgresBindable]
        clauses.append("\(column) IN (" + (first..<first + values.count).map { "$\($0)" }.joined(separator: ", ") + ")")
    }

    /// The placeholder for one more parameter after the conditions' own, e.g. a `LIMIT`.
    var nextPlaceholder: String { "$\(arguments.count + 1)" }

    /// `WHERE … AND …`, or nothing when there is no condition.
    var sql: String {
        clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
    }
}
