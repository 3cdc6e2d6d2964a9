import LumbungCore

/// What a kabupaten/kota's stock totals of a commodity (`stock_kabupaten_totals`, migration 26) gain from balances
/// that moved: outlets in stock and the total quantity's two parts (`AvailabilityQueries.totalSplit`), as migration
/// 16's trigger added them balance by balance. Changes add up, so the moves of a group commit are written as one
/// (migration 25).
struct StockTotalsChange {
    /// Outlets that came into stock, less those that ran out.
    var outlets: Int64
    /// The change in whole `totalSplit`s of the total.
    var high: Int64
    /// The change in the rest of the total.
    var low: Int64

    /// The change of a balance moving from `old` to `new` thousandths.
    init(from old: Int64, to new: Int64) {
        let split = AvailabilityQueries.totalSplit
        outlets = (new > 0 ? 1 : 0) - (old > 0 ? 1 : 0)
        high = new / split - old / split
        low = new % split - old % split
    }

    /// This change and `other` together.
    func adding(_ other: StockTotalsChange) -> StockTotalsChange {
        var sum = self
        sum.outlets += other.outlets
        sum.high += other.high
        sum.low += other.low
        return sum
    }

    /// Puts off adding the change of a balance of `commodity` in `region` (the balance row's own, as the trigger read
    /// it) moving from `old` to `new` to its kabupaten/kota's totals until the transaction commits, together with
    /// the changes put off before it.
    static func deferMove(commodity: String, region: String, from old: Int64, to new: Int64,
                          on connection: Connection) throws {
        guard old != new else { return }
        let kabupaten = String(region.prefix(5))
        var change = StockTotalsChange(from: old, to: new)
        if case .stockTotals(_, _, let earlier)? = connection.deferredWrite(of: .stockTotals(commodity: commodity,
                                                                                             kabupaten: kabupaten)) {
            change = earlier.adding(change)
        }
        try connection.deferWrite(.stockTotals(commodity: commodity, kabupaten: kabupaten, change))
    }

    /// Adds the change to the kabupaten/kota's row (which the balances' insert trigger created with the first of
    /// them).
    func apply(commodity: String, kabupaten: String, on connection: Connection) throws {
        try connection.run("""
            UPDATE stock_kabupaten_totals SET outlets = outlets + ?3, total_high = total_high + ?4, total_low = total_low + ?5
            WHERE commodity = ?1 AND kabupaten = ?2
            """, [commodity, kabupaten, outlets, high, low])
    }
}
