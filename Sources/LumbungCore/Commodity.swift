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

    /// Creates a catalogue entry.
    public init(id: CommodityID, name: String, unit: String, category: CommodityCategory) {
        self.id = id
        self.name = name
        self.unit = unit
        self.category = category
    }
}
