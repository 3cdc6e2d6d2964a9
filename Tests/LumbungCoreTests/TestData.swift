import LumbungCore

/// Shorthands for building test values from text.
enum TestData {
    /// A timestamp from RFC 3339 text.
    static func time(_ text: String) -> Timestamp { Timestamp(rfc3339: text)! }

    /// A region code from text; nil for "".
    static func region(_ text: String) -> RegionCode? { text.isEmpty ? nil : RegionCode(text)! }

    /// A band with the given fields.
    static func band(
        _ id: String, commodity: String = "lpg-3kg", region: String, min: Int64? = nil, max: Int64? = nil,
        from: String = "2025-01-01T00:00:00Z", created: String = "2025-01-01T00:00:00Z"
    ) -> Band {
        Band(
            id: id, commodity: CommodityID(commodity)!, region: self.region(region),
            min: min.map(Money.init(rawValue:)), max: max.map(Money.init(rawValue:)),
            effectiveFrom: time(from), source: "test", createdAt: time(created))
    }
}
