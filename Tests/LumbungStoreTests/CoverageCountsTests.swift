import Testing
@testable import LumbungCore
@testable import LumbungStore

/// The coverage report's counts per child region, walked group by group, equal a plain `GROUP BY` of each row's
/// code cut to a child's width, for every level and for codes above the child level or missing from the list.
@Suite struct CoverageCountsTests {
    /// The counts as `GROUP BY substr(…)` finds them: the oracle.
    static func grouped(table: String, code: String, condition: String) -> String {
        "SELECT substr(\(code), 1, ?1), count(*) FROM \(table) WHERE \(code) >= ?2 AND \(code) < ?3 AND \(condition) GROUP BY 1"
    }

    static let queries: [(String, String)] = [
        (CoverageQueries.villages, grouped(table: "regions", code: "code", condition: "level = 4")),
        (CoverageQueries.cooperatives, grouped(table: "cooperatives", code: "region", condition: "1")),
        (CoverageQueries.outlets, grouped(table: "outlets", code: "region", condition: "1")),
        (CoverageQueries.activeOutlets, grouped(table: "outlet_activity", code: "region", condition: "last_report_at >= ?4")),
    ]

    /// Two provinces' villages (one village of 63.71.02 not in the list), cooperatives and outlets in villages, one
    /// outlet registered at a kabupaten and one at a province, and reports at times 0–9.
    static func seed(_ connection: Connection) throws {
        let villages = ["63.71.01.1001", "63.71.01.1002", "63.71.02.1001", "63.72.01.1001", "64.01.01.2001"]
        for code in ["63", "64", "63.71", "63.72", "64.01", "63.71.01", "63.71.02", "63.72.01", "64.01.01"] + villages.dropLast() {
            let parent = code.split(separator: ".").dropLast().joined(separator: ".")
            try connection.run("INSERT INTO regions (code, name, name_folded, level, parent) VALUES (?, ?, ?, ?, ?)",
                               [code, "R \(code)", "r \(code)", code.split(separator: ".").count, parent.isEmpty ? nil : parent])
        }
        let outlets = villages + villages.prefix(2) + ["63.71", "63"]
        for (index, region) in outlets.enumerated() {
            try connection.run("INSERT INTO cooperatives (id, name, region, created_at) VALUES (?, 'K', ?, 0)", ["c\(index)", region])
            try connection.run("INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES (?, ?, 'G', ?, 0)",
                               ["o\(index)", "c\(index)", region])
            try connection.run("INSERT INTO outlet_activity (outlet_id, region, last_report_at) VALUES (?, ?, ?)",
                               ["o\(index)", region, index])
        }
    }

    @Test func groupByGroupCountsEqualGroupedRows() throws {
        try withTemporarySQLiteDirectory { folder in
            let store = try SQLiteStore(path: folder + "/coverage.sqlite")
            defer { store.close() }
            try store.database.write { try Self.seed($0) }
            let scopes: [RegionCode?] = [nil] + ["63", "64", "63.71", "63.71.01", "63.71.02", "63.71.01.1001"].map { RegionCode($0)! }
            try store.database.read { connection in
                for scope in scopes {
                    let width = CoverageReport.codeWidth(level: min((scope?.level ?? 0) + 1, RegionCode.villageLevel))
                    let bounds = RegionBounds(RegionScope(scope))
                    for (walked, oracle) in Self.queries {
                        for since in [0, 5, 10] {
                            let range: [any SQLBindable] = [width, bounds.lower, bounds.upper]
                            let arguments = walked == CoverageQueries.activeOutlets ? range + [since] : range
                            let expected = try CoverageQueries.counts(oracle, arguments, on: connection)
                            #expect(try CoverageQueries.counts(walked, arguments, on: connection) == expected,
                                    "\(scope?.rawValue ?? "Indonesia") since \(since): \(walked.prefix(60))")
                        }
                    }
                }
                let province: [any SQLBindable] = [5, "63", "63/"]
                #expect(try CoverageQueries.counts(CoverageQueries.outlets, province, on: connection)
                    == ["63.71": 6, "63.72": 1, "63": 1])
                #expect(try CoverageQueries.counts(CoverageQueries.activeOutlets, province + [3], on: connection)
                    == ["63.71": 3, "63.72": 1, "63": 1])
                #expect(try CoverageQueries.counts(CoverageQueries.villages, province, on: connection)
                    == ["63.71": 3, "63.72": 1])
            }
        }
    }
}
