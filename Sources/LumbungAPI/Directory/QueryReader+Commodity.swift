import LumbungCore

extension QueryReader {
    /// A commodity id such as `lpg-3kg`.
    func commodity(_ name: String = "commodity") throws -> CommodityID? {
        guard let text = text(name) else { return nil }
        guard let id = CommodityID(text) else { throw Self.malformed(name, "must be a commodity id such as lpg-3kg") }
        return id
    }
}
