import LumbungCore

extension SQLiteStore: RegionStore {
    /// Upserts every region through one prepared statement inside one transaction.
    public func importRegions(_ regions: [Region]) throws {
        try database.write { connection in
            let statement = try connection.statement("""
                INSERT INTO regions (code, name, name_folded, level, parent) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_folded = excluded.name_folded
                WHERE name <> excluded.name
                """)
            defer { statement.reset() }
            for region in regions {
                statement.reset()
                try statement.bind(region.code.rawValue, at: 1)
                try statement.bind(region.name, at: 2)
                try statement.bind(RegionQuery.fold(region.name), at: 3)
                try statement.bind(region.level, at: 4)
                try statement.bind(region.parent?.rawValue, at: 5)
                while try statement.step() {}
            }
        }
    }

    /// Which of `codes` are loaded regions, one primary-key lookup each.
    public func loadedRegionCodes(among codes: Set<RegionCode>) throws -> Set<RegionCode> {
        guard !codes.isEmpty else { return [] }
        return try database.read { connection in
            Set(try codes.filter { code in
                try connection.queryOne("SELECT 1 FROM regions WHERE code = ?", [code.rawValue]) { _ in true } ?? false
            })
        }
    }

    /// The region with this code, or nil.
    public func region(code: RegionCode) throws -> Region? {
        try database.read { connection in
            try connection.queryOne("SELECT code, name FROM regions WHERE code = ?", [code.rawValue], row: Self.region)
        }
    }

    /// Children of the parent (provinces without one), optionally narrowed by name; ordered by code.
    public func regions(_ query: RegionQuery, page: PageRequest) throws -> Page<Region> {
        var conditions = SQLConditions()
        conditions.add("code > ?", page.cursor ?? "")
        if let parent = query.parent {
            conditions.add("parent = ?", parent.rawValue)
        } else if query.text == nil {
            conditions.add("parent IS NULL")
        }
        if let text = query.text { conditions.add("instr(name_folded, ?) > 0", RegionQuery.fold(text)) }
        let fetched = try database.read {
            try $0.query("SELECT code, name FROM regions \(conditions.sql) ORDER BY code LIMIT ?",
                         conditions.arguments + [page.limit + 1], row: Self.region)
        }
        return Page(fetched: fetched, limit: page.limit) { $0.code.rawValue }
    }

    /// Whether the regions table holds anything.
    public func hasRegions() throws -> Bool {
        try database.read { try $0.queryOne("SELECT EXISTS (SELECT 1 FROM regions)") { $0.bool(0) } } ?? false
    }

    /// A region from a `code, name` row.
    private static func region(_ row: Row) throws -> Region {
        Region(code: try row.region(0), name: row.string(1))
    }
}
