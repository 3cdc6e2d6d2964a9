import LumbungCore

/// `CEK <barang> [<wilayah>]`: finds the place and lists outlets holding the commodity there.
struct TextStockCheck {
    /// The storage read.
    let storage: any LumbungStorage
    /// How many outlets are listed.
    let limit: Int

    /// The reply line: the place named (a region code or a name), or else the sender's own village,
    /// widened to its kecamatan and kabupaten/kota while nothing is in stock.
    func line(for clause: TextClause, commodity: CommodityID, place: String?,
              home: RegionCode?) throws -> Result<String, TextRefusalReason> {
        var region: RegionCode
        if let place {
            guard let found = try regionNamed(place) else { return .failure(.unknownPlace(place)) }
            region = found
        } else {
            guard let home else { return .failure(.missingPlace) }
            region = home
        }
        var found = try outlets(commodity, in: region)
        while place == nil, found?.isEmpty == true, region.level > 2, let parent = region.parent {
            region = parent
            found = try outlets(commodity, in: region)
        }
        guard let found else { return .failure(.unknownPlace(place ?? region.rawValue)) }
        let name = try storage.region(code: region)?.name ?? region.rawValue
        return .success(TextResultLine.check(clause, placeName: name, outlets: found))
    }

    /// The outlets with stock in `region`, best first; nil when the region is not in the loaded list.
    private func outlets(_ commodity: CommodityID, in region: RegionCode) throws -> [AvailableOutlet]? {
        do {
            return try storage.availability(AvailabilityQuery(commodity: commodity, region: region, near: nil, limit: limit)).items
        } catch DomainError.notFound {
            return nil
        }
    }

    /// A region code as written, or the region whose name matches best: the same name (any case),
    /// the deepest level first; else the first whose name contains it.
    private func regionNamed(_ place: String) throws -> RegionCode? {
        if let code = RegionCode(place) { return code }
        let candidates = try storage.regions(RegionQuery(text: place), page: PageRequest(limit: 100)).items
        let folded = RegionQuery.fold(place)
        let exact = candidates.filter { RegionQuery.fold($0.name) == folded }.max { $0.level < $1.level }
        return (exact ?? candidates.first)?.code
    }
}
