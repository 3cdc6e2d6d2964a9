import LumbungCore

/// One entry of the default bands file (`Config/bands.json`): a band without id or creation time.
struct DefaultBand: Decodable {
    /// The commodity, which the catalogue must hold.
    let commodity: CommodityID
    /// The region; nil for national (`""` in the file).
    let region: RegionCode?
    /// The lowest acceptable price, if any.
    let min: Money?
    /// The highest acceptable price, if any.
    let max: Money?
    /// The instant from which it applies.
    let effectiveFrom: Timestamp
    /// The legal source.
    let source: String

    /// The keys of an entry.
    private enum CodingKeys: String, CodingKey {
        case commodity, region, min, max, effectiveFrom, source
    }

    /// Decodes and checks an entry: a valid region (or `""`), valid limits and a source.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        commodity = try container.decode(CommodityID.self, forKey: .commodity)
        let regionText = try container.decode(String.self, forKey: .region)
        guard let scope = RegionScope(regionText) else {
            throw DecodingError.dataCorruptedError(forKey: .region, in: container, debugDescription: "not a region code: \(regionText)")
        }
        region = scope.code
        min = try container.decodeIfPresent(Money.self, forKey: .min)
        max = try container.decodeIfPresent(Money.self, forKey: .max)
        effectiveFrom = try container.decode(Timestamp.self, forKey: .effectiveFrom)
        source = try container.decode(String.self, forKey: .source)
        do {
            try Band.validate(min: min, max: max)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .max, in: container, debugDescription: error.message)
        }
    }

    /// The band as recorded at `now`.
    func band(at now: Timestamp) -> Band {
        Band(id: EntityID.make("bnd", at: now), commodity: commodity, region: region, min: min, max: max,
             effectiveFrom: effectiveFrom, source: source, createdAt: now)
    }
}
