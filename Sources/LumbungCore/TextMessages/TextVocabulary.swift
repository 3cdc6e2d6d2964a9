/// A commodity as text messages name it.
public struct VocabularyEntry: Sendable, Hashable {
    /// The catalogue id.
    public let id: CommodityID
    /// The word replies use for it: its first alias, or its id in upper case.
    public let word: String
    /// Its unit word, e.g. `tabung`.
    public let unit: String
}

/// The words a text message may use for commodities: every id and every alias, in upper case.
public struct TextVocabulary: Sendable {
    /// Entries by upper-case word.
    private let entries: [String: VocabularyEntry]
    /// The words replies suggest, LPG first, then rice, then the other staples: `LPG, BERAS, …`.
    public let suggestions: [String]

    /// The vocabulary of a catalogue.
    public init(catalogue: [Commodity]) {
        var entries: [String: VocabularyEntry] = [:]
        var suggestions: [String] = []
        for commodity in catalogue {
            let entry = VocabularyEntry(id: commodity.id, word: commodity.aliases.first ?? commodity.id.rawValue.uppercased(),
                                        unit: commodity.unit)
            entries[commodity.id.rawValue.uppercased()] = entry
            for alias in commodity.aliases { entries[alias.uppercased()] = entry }
            if let first = commodity.aliases.first { suggestions.append(first) }
        }
        self.entries = entries
        let order: [CommodityCategory] = [.lpg, .beras, .sembako, .other]
        let rank = Dictionary(catalogue.compactMap { commodity in
            commodity.aliases.first.map { ($0, order.firstIndex(of: commodity.category) ?? order.count) }
        }, uniquingKeysWith: { first, _ in first })
        self.suggestions = suggestions.enumerated().sorted { (rank[$0.element] ?? 0, $0.offset) < (rank[$1.element] ?? 0, $1.offset) }
            .map(\.element)
    }

    /// The commodity a word names (any case), or nil.
    public func entry(_ word: String) -> VocabularyEntry? {
        entries[word.uppercased()]
    }
}
