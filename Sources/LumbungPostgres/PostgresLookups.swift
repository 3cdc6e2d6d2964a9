import LumbungCore

/// The lookups shared by the stock check and the reports on PostgreSQL: the commodity and a region's name.
enum PostgresLookups {
    /// The catalogue entry of `id`; throws `notFound` when there is none.
    static func commodity(_ id: CommodityID, on connection: PostgresConnection) throws -> Commodity {
        let found = try connection.queryOne("SELECT name, unit, category FROM commodities WHERE id = $1", [id.rawValue]) { row in
            guard let category = CommodityCategory(rawValue: row.string(2)) else {
                throw PostgresError.misuse("stored commodity category \(row.string(2))")
            }
            return Commodity(id: id, name: row.string(0), unit: row.string(1), category: category)
        }
        guard let found else { throw DomainError.notFound("No commodity \(id) in the catalogue.") }
        return found
    }

    /// `code` with its name (nil code: the whole country). Throws `notFound` when the region list is
    /// loaded and does not hold the code; without a list the name is nil.
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

    /// Half-open text bounds of the codes inside `code` (every code for nil), for `region COLLATE "C" >= $lower AND < $upper`.
    static func bounds(_ code: RegionCode?) -> (lower: String, upper: String) {
        code?.subtreeRange ?? ("", "~")
    }
}
