/// Storage of the Kemendagri region list.
public protocol RegionStore: Sendable {
    /// Inserts every region, or renames it when its code is known, in one transaction: all or nothing.
    func importRegions(_ regions: [Region]) throws
    /// The region with this code, or nil.
    func region(code: RegionCode) throws -> Region?
    /// A page of the regions matching `query`, ordered by code.
    func regions(_ query: RegionQuery, page: PageRequest) throws -> Page<Region>
    /// Whether any region was imported (from then on, places must name known villages).
    func hasRegions() throws -> Bool
}

extension RegionStore {
    /// Parses a region list (CSV `kode,nama`) and imports it whole; returns the number of data rows.
    public func importRegions(csv: [UInt8]) throws -> Int {
        let regions = try RegionList.parse(csv)
        try importRegions(regions)
        return regions.count
    }
}
