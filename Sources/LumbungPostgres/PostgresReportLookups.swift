import LumbungCore

/// The lookups the reports share on PostgreSQL: the commodity and region names (as SQLite's `ReportLookups`).
enum PostgresReportLookups {
    /// The catalogue entry of `id`; throws `notFound` when there is none.
    static func commodity(_ id: CommodityID, on connection: PostgresConnection) throws -> Commodity {
        let found = try connection.queryOne("SELECT name, unit, category FROM commodities WHERE id = $1", [id.rawValue]) {
            Commodity(id: id, name: $0.string(0), unit: $0.string(1), category: try $0.parsed(2, CommodityCategory.init(rawValue:)))
        }
        guard let found else { throw DomainError.notFound("No commodity \(id) in the catalogue.") }
        return found
    }

    /// `code` with its name (nil code: the whole country). Throws `notFound` when the region list is loaded
    /// and does not hold the code; without a list the name is nil.
    static func region(_ code: RegionCode?, on connection: PostgresConnection) throws -> RegionLabel {
        guard let code else { return .national }
        if let name = try connection.queryOne("SELECT name FROM regions WHERE code = $1", [code.rawValue], row: { $0.string(0) }) {
            return RegionLabel(code: code, name: name)
        }
        if try connection.queryOne("SELECT EXISTS (SELECT 1 FROM regions)", row: { $0.bool(0) }) == true {
            throw DomainError.notFound("No region \(code).")
        }
        return RegionLabel(code: code, name: nil)
    }

    /// The known regions one level below `code` (provinces for the whole country), by code in byte order.
    static func children(of code: RegionCode?, on connection: PostgresConnection) throws -> [RegionLabel] {
        let parent = code == nil ? "parent IS NULL" : "parent = $1"
        return try connection.query("SELECT code, name FROM regions WHERE \(parent) ORDER BY code COLLATE \"C\"",
                                    code.map { [$0.rawValue] } ?? []) { RegionLabel(code: try $0.region(0), name: $0.string(1)) }
    }

    /// The subject of a price report: the commodity, the region and its children.
    static func subject(_ commodity: CommodityID, _ region: RegionCode?, on connection: PostgresConnection) throws -> PriceReportSubject {
        PriceReportSubject(commodity: try Self.commodity(commodity, on: connection), region: try Self.region(region, on: connection),
                           children: try children(of: region, on: connection))
    }
}
