/// Storage of the Kemendagri region list.
public protocol RegionStore: Sendable {
    /// Inserts every region, or renames it when its code is known, in one transaction: all or nothing.
    func importRegions(_ regions: [Region]) throws
    /// The region with this code, or nil.
    func region(code: RegionCode) throws -> Region?
    /// A page of the regions matching `query`, ordered by code.
    func regions(_ query: RegionQuery, page: PageRequest) throws -> Page<Region>
    /// Which of `codes` are loaded regions.
    func loadedRegionCodes(among codes: Set<RegionCode>) throws -> Set<RegionCode>
    /// Whether any region was imported (from then on, places must name known villages).
    func hasRegions() throws -> Bool
}

extension RegionStore {
    /// Parses a region list (CSV `kode,nama`) and imports it whole; returns the number of data rows. A region
    /// whose parent is neither in the list nor loaded already is a bad line: nothing is imported.
    public func importRegions(csv: [UInt8]) throws -> Int {
        let listed = try RegionList.parseNumbered(csv)
        let loaded = try loadedRegionCodes(among: RegionList.outsideParents(listed))
        if let orphan = RegionList.firstOrphan(listed, loaded: loaded) { throw orphan }
        try importRegions(listed.map(\.region))
        return listed.count
    }
}
