extension CoverageReport {
    /// The report on `region` from counts keyed by child region code (codes at `childLevel`; past the village
    /// level there are no children): the overall row sums every key, and the children are every `known` child
    /// plus any other code holding a cooperative or outlet, by code.
    public init(region: RegionLabel, childLevel: Int, known: [RegionLabel], villages: [String: Int],
                cooperatives: [String: Int], outlets: [String: Int], active: [String: Int]) {
        func row(_ label: RegionLabel, _ key: String?) -> CoverageRow {
            func count(_ counts: [String: Int]) -> Int { key.map { counts[$0] ?? 0 } ?? counts.values.reduce(0, +) }
            return CoverageRow(region: label, villages: count(villages), cooperatives: count(cooperatives),
                               outlets: count(outlets), outletsActive: count(active))
        }
        guard childLevel <= RegionCode.villageLevel else {
            self.init(region: region, overall: row(region, nil), children: [])
            return
        }
        var names = Dictionary(uniqueKeysWithValues: known.compactMap { child in child.scope.code.map { ($0.rawValue, child.name) } })
        for key in Set(cooperatives.keys).union(outlets.keys) where names[key] == nil { names[key] = .some(nil) }
        let children = names.keys.sorted().compactMap { key in
            RegionCode(key).map { row(RegionLabel(code: $0, name: names[key] ?? nil), key) }
        }
        self.init(region: region, overall: row(region, nil), children: children)
    }

    /// The length of a region code at `level` (1–4): `63`, `63.71`, `63.71.01`, `63.71.01.1001`.
    public static func codeWidth(level: Int) -> Int {
        [2, 5, 8, 13][level - 1]
    }
}
