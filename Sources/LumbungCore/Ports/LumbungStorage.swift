/// Everything the API needs from storage, as one value.
public typealias LumbungStorage = StorageHealth & TokenStore & IdempotencyStore & OutletLookup & PriceStore & BandStore & AlertStore & AlertOverviewStore & OutletPriceSheetStore & RegionStore & CommodityStore & CooperativeStore & OutletStore & StockStore & AvailabilityStore & PriceReportStore & WebSessionStore
