import LumbungCore

/// The lookups shared by the stock check and the reports: the commodity, region names and bands.
enum ReportLookups {
    /// The catalogue entry of `id`; throws `notFound` when there is none.
    static func commodity(_ id: CommodityID, on connection: Connection) throws -> Commodity {
        let found = try connection.queryOne("SELECT name, unit, category FROM commodities WHERE id = ?", [id.rawValue]) {
            Commodity(id: id, name: $0.string(0), unit: $0.string(1), category: try $0.parsed(2, CommodityCategory.init(rawValue:)))
        }
        guard let found else { throw DomainError.notFound("No commodity \(id) in the catalogue.") }
        return found
    }

    /// `code` with its name (nil code: the whole country). Throws `notFound` when the region list is
    /// loaded and does not hold the code; without a list the name is nil.
    static func region(_ code: RegionCode?, on connection: Connection) throws -> RegionLabel {
        guard let code else { return .national }
        if let name = try connection.queryOne("SELECT name FROM regions WHERE code = ?", [code.rawValue], row: { $0.string(0) }) {
            return RegionLabel(code: code, name: name)
        }
        if try connection.queryOne("SELECT EXISTS (SELECT 1 FROM regions)", row: { $0.bool(0) }) == true {
            throw DomainError.notFound("No region \(code).")
        }
        return RegionLabel(code: code, name: nil)
    }

    /// The known regions one level below `code` (provinces for the whole country), by code.
    static func children(of code: RegionCode?, on connection: Connection) throws -> [RegionLabel] {
        try connection.query("SELECT code, name FROM regions WHERE parent IS ? ORDER BY code", [code?.rawValue]) {
            RegionLabel(code: try $0.region(0), name: $0.string(1))
        }
    }

    /// The bands of `commodity` that took effect before `end`.
    static func bands(_ commodity: CommodityID, before end: Timestamp, on connection: Connection) throws -> [Band] {
        try connection.query("SELECT \(BandQueries.columns) FROM bands WHERE commodity = ? AND effective_from < ?",
                             [commodity.rawValue, end.millisecondsSinceEpoch]) { try BandQueries.requiredBand(from: $0) }
    }
}
