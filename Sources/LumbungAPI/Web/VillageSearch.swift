import LumbungCore

/// Finding a place by typing part of its name, instead of stepping down four lists: each match with
/// the regions above it, so two villages of the same name can be told apart.
struct VillageSearch {
    /// The fewest characters searched for.
    static let minimumLength = 3
    /// The most matches listed.
    static let limit = 20

    /// The text typed.
    let text: String
    /// Each match as the way down from its province, the match last; empty when the text is too short.
    let matches: [[Region]]
    /// Whether more matched than are listed.
    let more: Bool

    /// The matches as links to the stock check of each place (`link`), or a hint.
    func html(link: (RegionCode) -> String) -> HTML {
        guard text.count >= Self.minimumLength else {
            return "<p class=\"pesan\">Ketik paling sedikit \(Self.minimumLength) huruf nama desa/kelurahan.</p>"
        }
        guard !matches.isEmpty else {
            return "<p class=\"pesan\">Tidak ada wilayah bernama “\(text)”. Periksa ejaannya, atau pilih wilayah dari daftar.</p>"
        }
        let items = matches.compactMap { trail -> HTML? in
            guard let place = trail.last else { return nil }
            let above = trail.dropLast().reversed().map(\.name).joined(separator: ", ")
            let level = RegionPicker.levelName(place.level)
            return "<li><a class=\"kartu pilih-gerai\" href=\"\(link(place.code))\"><b>\(place.name)</b><br><span class=\"kecil\">\(level)\(above.isEmpty ? "" : " · \(above)")</span></a></li>"
        }
        let more: HTML = more ? "<p class=\"kecil\">Lebih dari \(Self.limit) wilayah cocok; ketik nama lebih lengkap.</p>" : .empty
        return "<section class=\"temuan\"><h2>Wilayah bernama “\(text)”</h2><ul class=\"daftar\">\(items)</ul>\(more)</section>"
    }
}

extension LumbungAPI {
    /// The places whose name contains `text`, villages and kelurahan first, each with its trail.
    func villageSearch(_ text: String) throws -> VillageSearch {
        let text = text.trimmingBlanks()
        guard text.count >= VillageSearch.minimumLength else { return VillageSearch(text: text, matches: [], more: false) }
        let found = try storage.regions(RegionQuery(text: text), page: PageRequest(limit: PageRequest.maximumLimit))
        let ranked = found.items.sorted { ($0.level == RegionCode.villageLevel ? 0 : 1, $0.code.rawValue)
            < ($1.level == RegionCode.villageLevel ? 0 : 1, $1.code.rawValue) }
        let trails = try ranked.prefix(VillageSearch.limit).map { try regionTrail($0.code) ?? [$0] }
        return VillageSearch(text: text, matches: trails,
                             more: ranked.count > VillageSearch.limit || found.nextCursor != nil)
    }
}
