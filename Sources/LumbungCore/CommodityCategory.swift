/// The group a commodity belongs to.
public enum CommodityCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// Liquefied petroleum gas, e.g. 3 kg cylinders.
    case lpg
    /// Rice.
    case beras
    /// Other basic staples: sugar, cooking oil, eggs, flour.
    case sembako
    /// Anything else.
    case other
}
