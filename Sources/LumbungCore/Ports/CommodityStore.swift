/// Storage of the commodity catalogue.
public protocol CommodityStore: Sendable {
    /// A page of the catalogue, ordered by id.
    func commodities(page: PageRequest) throws -> Page<Commodity>
    /// Adds the commodity or replaces the one with its id; true when it was added.
    @discardableResult
    func putCommodity(_ commodity: Commodity, now: Timestamp) throws -> Bool
}
