/// Storage of the stock ledger, the balances it keeps current and the low-stock thresholds.
public protocol StockStore: Sendable {
    /// Applies `movements` in order to the outlet's balances in one transaction, all or nothing:
    /// each becomes a ledger entry, its balance is updated and the stock alerts follow it.
    /// Throws `MovementRejected` naming the first movement refused (unknown commodity,
    /// a balance that would go negative or overflow); then nothing is written.
    func recordMovements(_ movements: [NewMovement], outlet: OutletSummary, context: WriteContext) throws -> [Movement]

    /// An outlet's ledger, newest recorded first, optionally for one commodity, continuing before
    /// the entry at position `before` (a `seq`). The next cursor is the last entry's `seq`.
    func movements(outletID: String, commodity: CommodityID?, before: Int64?, limit: Int) throws -> Page<Movement>

    /// Every commodity the outlet has a balance for, by commodity id, with its current price.
    func shelf(outletID: String) throws -> [ShelfItem]

    /// Sets the low-stock threshold of an outlet's commodity (creating its balance at 0 if none
    /// exists), lets the stock alerts follow, and returns the shelf item. Throws `notFound` for a
    /// commodity not in the catalogue.
    func setLowThreshold(_ threshold: Quantity, outlet: OutletSummary, commodity: CommodityID,
                         context: WriteContext) throws -> ShelfItem
}
