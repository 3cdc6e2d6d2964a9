import LumbungCore

extension PostgresStore: RegionStore {
    /// The most regions inserted by one statement (five parameters each, under PostgreSQL's 65 535).
    static let regionBatch = 1_000

    /// Upserts every region in one transaction, a batch of rows per statement; a known code is renamed
    /// when its name changed, and a code listed twice keeps its last name.
    public func importRegions(_ listed: [Region]) throws {
        let lastByCode = Dictionary(listed.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: max)
        let regions = listed.enumerated().filter { lastByCode[$0.element.code] == $0.offset }.map(\.element)
        try database.write { connection in
            for start in stride(from: 0, to: regions.count, by: Self.regionBatch) {
                let batch = regions[start..<min(start + Self.regionBatch, regions.count)]
                let rows = batch.indices.map { index in
                    let first = (index - start) * 5
                    return "($\(first + 1), $\(first + 2), $\(first + 3), $\(first + 4), $\(first + 5))"
                }
                let values: [any PostgresBindable] = batch.flatMap { region -> [any PostgresBindable] in
                    [region.code.rawValue, region.name, RegionQuery.fold(region.name), region.level, region.parent?.rawValue]
                }
                try connection.run("""
                    INSERT INTO regions (code, name, name_folded, level, parent) VALUES \(rows.joined(separator: ", "))
                    ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_folded = excluded.name_folded
                    WHERE regions.name <> excluded.name
                    """, values)
            }
        }
    }

    /// Which of `codes` are loaded regions, in one lookup.
    public func loadedRegionCodes(among codes: Set<RegionCode>) throws -> Set<RegionCode> {
        guard !codes.isEmpty else { return [] }
        var conditions = PostgresConditions()
        conditions.add("code", in: codes.map(\.rawValue))
        return try database.read { connection in
            Set(try connection.query("SELECT code FROM regions \(conditions.sql)", conditions.arguments) { try $0.region(0) })
        }
    }

    /// The region with this code, or nil.
    public func region(code: RegionCode) throws -> Region? {
        try database.read { try $0.queryOne("SELECT code, name FROM regions WHERE code = $1", [code.rawValue], row: Self.region) }
    }

    /// Children of the parent (provinces without one), optionally narrowed by name; ordered by code in byte order.
    public func regions(_ query: RegionQuery, page: PageRequest) throws -> Page<Region> {
        var conditions = PostgresConditions()
        conditions.add("code COLLATE \"C\" > ?", page.cursor ?? "")
        if let parent = query.parent {
            conditions.add("parent = ?", parent.rawValue)
        } else if query.text == nil {
            conditions.add("parent IS NULL")
        }
        if let text = query.text { conditions.add("strpos(name_folded, ?) > 0", RegionQuery.fold(text)) }
        let fetched = try database.read {
            try $0.query("SELECT code, name FROM regions \(conditions.sql) ORDER BY code COLLATE \"C\" LIMIT \(conditions.nextPlaceholder)",
                         conditions.arguments + [page.limit + 1], row: Self.region)
        }
        return Page(fetched: fetched, limit: page.limit) { $0.code.rawValue }
    }

    /// Whether the regions table holds anything.
    public func hasRegions() throws -> Bool {
        try database.read { try $0.queryOne("SELECT EXISTS (SELECT 1 FROM regions)") { $0.bool(0) } } ?? false
    }

    /// A region from a `code, name` row.
    private static func region(_ row: PostgresRow) throws -> Region {
        Region(code: try row.region(0), name: row.string(1))
    }
}
