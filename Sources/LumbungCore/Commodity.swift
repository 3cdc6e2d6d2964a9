/// A catalogue entry: something an outlet stocks and prices, with its unit.
public struct Commodity: Sendable, Hashable, Codable, Identifiable {
    /// The slug, e.g. `lpg-3kg`.
    public var id: CommodityID
    /// The display name, e.g. `LPG 3 kg`.
    public var name: String
    /// The unit word, e.g. `tabung`, `kg`, `liter`.
    public var unit: String
    /// The group it belongs to.
    public var category: CommodityCategory
    /// Upper-case words text messages may use for it, e.g. `["LPG", "GAS", "ELPIJI"]`; the first is
    /// the one replies use.
    public var aliases: [String]

    /// Creates a catalogue entry.
    public init(id: CommodityID, name: String, unit: String, category: CommodityCategory, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.unit = unit
        self.category = category
        self.aliases = aliases
    }

    /// Decodes an entry; `aliases` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(CommodityID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        unit = try container.decode(String.self, forKey: .unit)
        category = try container.decode(CommodityCategory.self, forKey: .category)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
    }

    /// Whether `word` may be an alias: 1–20 upper-case letters A–Z or digits, starting with a letter.
    public static func isValidAlias(_ word: String) -> Bool {
        (1...20).contains(word.utf8.count) && word.utf8.first.map { (65...90).contains($0) } == true
            && word.utf8.allSatisfy { (65...90).contains($0) || (48...57).contains($0) }
    }
}
