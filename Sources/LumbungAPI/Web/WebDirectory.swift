import LumbungCore

extension LumbungAPI {
    /// The whole commodity catalogue, by id.
    func catalogue() throws -> [Commodity] {
        try storage.commodities(page: PageRequest(limit: PageRequest.maximumLimit)).items
    }

    /// The commodity named by `text` if the catalogue holds it, else LPG 3 kg (or the first one).
    func chosenCommodity(_ text: String?, in catalogue: [Commodity]) -> Commodity? {
        let fallback = CommodityID("lpg-3kg")
        let wanted = text.flatMap { CommodityID($0) } ?? fallback
        return catalogue.first { $0.id == wanted } ?? catalogue.first { $0.id == fallback } ?? catalogue.first
    }

    /// What to say when the link named a commodity not in the catalogue, or a region that is not
    /// known (`regionKnown` false), and what is shown instead (`commodity`, `regionShown`).
    func unknownChoiceNotices(_ query: [String: String], commodity: Commodity?, regionKnown: Bool,
                              regionShown: String) -> [String] {
        var notices: [String] = []
        if let asked = query["commodity"], !asked.isEmpty, asked != commodity?.id.rawValue {
            notices.append("Barang “\(asked)” tidak ada dalam daftar; yang ditampilkan \(commodity?.name ?? "barang pertama").")
        }
        if let asked = query["region"], !asked.isEmpty, !regionKnown {
            notices.append("Wilayah “\(asked)” tidak dikenal; yang ditampilkan \(regionShown). Pilih wilayah dari daftar.")
        }
        return notices
    }

    /// The regions from the province down to `code`, each with its name (its code when no region
    /// list is loaded); nil when a loaded region list does not hold `code`.
    func regionTrail(_ code: RegionCode) throws -> [Region]? {
        guard try storage.hasRegions() else { return code.lineage.map { Region(code: $0, name: $0.rawValue) } }
        var trail: [Region] = []
        for step in code.lineage {
            guard let region = try storage.region(code: step) else { return nil }
            trail.append(region)
        }
        return trail
    }

    /// The regions one level below `code` (the provinces for nil), by code.
    func childRegions(of code: RegionCode?) throws -> [Region] {
        try storage.regions(RegionQuery(parent: code), page: PageRequest(limit: PageRequest.maximumLimit)).items
    }
}
