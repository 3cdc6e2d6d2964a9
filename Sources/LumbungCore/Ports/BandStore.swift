/// Storage of price bands: history only, never edited in place.
public protocol BandStore: Sendable {
    /// Records a band. When it is already in force, the current prices and open price alerts in its
    /// region are judged again in the same transaction. Throws `invalid` for an unknown commodity.
    func createBand(_ band: Band, context: WriteContext) throws -> Band

    /// Bands, newest first, optionally for one commodity and within a region (whole-segment prefix).
    func bands(commodity: CommodityID?, region: RegionCode?, page: PageRequest) throws -> Page<Band>

    /// The band in force for `commodity` in `region` at `instant` (see `BandResolver`); nil
    /// `region` asks for the national band.
    func effectiveBand(commodity: CommodityID, region: RegionCode?, at instant: Timestamp) throws -> Band?
}
