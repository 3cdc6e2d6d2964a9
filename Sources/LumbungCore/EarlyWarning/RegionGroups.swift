/// The rows of a regional report: the whole region (group 0) and each child region, with the groups
/// every outlet counts in.
struct RegionGroups {
    /// The label of each group: the region itself first, then the children by code.
    let labels: [RegionLabel]
    /// The child group of each outlet (0 when the region has no level below it).
    private let childOfOutlet: [Int]

    /// Groups the outlets standing in `villages` under the subject's region and its children; a
    /// child with outlets but missing from the region list gets a row without a name.
    init(subject: PriceReportSubject, villages: [RegionCode]) {
        let childLevel = subject.region.scope.specificity + 1
        let names = subject.childNames(adding: villages.map { $0.ancestor(atLevel: childLevel) })
        let children = names.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: children.enumerated().map { ($1, $0 + 1) })
        labels = [subject.region] + children.map { RegionLabel(code: $0, name: names[$0] ?? nil) }
        childOfOutlet = villages.map { childLevel <= RegionCode.villageLevel ? index[$0.ancestor(atLevel: childLevel)] ?? 0 : 0 }
    }

    /// How many groups there are.
    var count: Int { labels.count }

    /// The groups an outlet counts in: the whole region and its child.
    func of(_ outlet: Int) -> [Int] {
        childOfOutlet[outlet] == 0 ? [0] : [0, childOfOutlet[outlet]]
    }
}
