import LumbungCore

/// The lookups the price reports share on PostgreSQL beyond `PostgresLookups`: a region's children and a report's subject.
enum PostgresReportLookups {
    /// The known regions one level below `code` (provinces for the whole country), by code in byte order.
    static func children(of code: RegionCode?, on connection: PostgresConnection) throws -> [RegionLabel] {
        let parent = code == nil ? "parent IS NULL" : "parent = $1"
        return try connection.query("SELECT code, name FROM regions WHERE \(parent) ORDER BY code COLLATE \"C\"",
                                    code.map { [$0.rawValue] } ?? []) { RegionLabel(code: try $0.region(0), name: $0.string(1)) }
    }

    /// The subject of a price report: the commodity, the region and its children.
    static func subject(_ commodity: CommodityID, _ region: RegionCode?, on connection: PostgresConnection) throws -> PriceReportSubject {
        PriceReportSubject(commodity: try PostgresLookups.commodity(commodity, on: connection),
                           region: try PostgresLookups.region(region, on: connection),
                           children: try children(of: region, on: connection))
    }
}
