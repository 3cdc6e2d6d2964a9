/// Everything the API needs from storage, as one value.
public typealias LumbungStorage = StorageHealth & TokenStore & IdempotencyStore & OutletLookup & PriceStore & BandStore & AlertStore & RegionStore & CommodityStore & CooperativeStore & OutletStore & StockStore & AvailabilityStore & PriceReportStore & RegionalReportStore
