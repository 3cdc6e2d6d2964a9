import LumbungCore

/// Reading the commodity and band region of price and band bodies.
extension BodyReader {
    /// A commodity id such as `lpg-3kg` (whether the catalogue holds it is for the storage to say).
    mutating func commodity(_ field: String, required: Bool = true) -> CommodityID? {
        guard let text = text(field, required: required, maxLength: CommodityID.maximumLength) else { return nil }
        guard let id = CommodityID(text) else { fail(field, "must be a commodity id such as lpg-3kg"); return nil }
        return id
    }

    /// A band's region: `""` for the whole country, else a region code.
    mutating func bandScope(_ field: String) -> RegionScope? {
        if case .string(let text)? = value(field), text.isEmpty { return .national }
        return region(field).map(RegionScope.region)
    }
}
