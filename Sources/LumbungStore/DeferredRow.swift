import LumbungCore

/// A row a write transaction may write as it commits instead of at once (`Connection.deferWrite`): one that many
/// writes of a group commit change in turn, and that nothing inside the transaction reads before settling it.
enum DeferredRow: Hashable {
    /// One stored day of a region's price distribution.
    case distribution(DistributionDay)
    /// An outlet's latest report time (`outlet_activity`), by outlet id.
    case outletActivity(String)
    /// A commodity's stock totals in a kabupaten/kota (`stock_kabupaten_totals`).
    case stockTotals(commodity: String, kabupaten: String)
    /// The regional alert of a kabupaten/kota's commodity, judged again.
    case regionalCheck(kabupaten: RegionCode, commodity: CommodityID)
    /// An outlet's balance of a commodity (`stock_balances`), by outlet id and commodity.
    case balance(outletID: String, commodity: String)

    /// The distribution day, when the row is one.
    var distribution: DistributionDay? {
        if case .distribution(let day) = self { day } else { nil }
    }
}

/// A deferred write: what the row becomes (a distribution day, an activity time, a balance), what it gains (stock
/// totals), or a check to run on the rows the transaction leaves (a regional alert).
enum DeferredWrite: DeferrableWrite {
    /// A region's stored day as `PriceDistributionWriter` left it.
    case distribution(DistributionRow, StoredDay)
    /// An outlet's latest report time.
    case outletActivity(outletID: String, at: Timestamp)
    /// What a kabupaten/kota's stock totals of a commodity gain.
    case stockTotals(commodity: String, kabupaten: String, StockTotalsChange)
    /// A regional check, which reads the distribution rows the others write and so runs after them.
    case regionalCheck(RegionalCheck)
    /// The quantity and time an existing balance moved to.
    case balance(BalanceMove)

    /// The row written.
    var row: DeferredRow {
        switch self {
        case .distribution(let row, let stored): .distribution(DistributionDay(row: row, day: stored.day))
        case .outletActivity(let outletID, _): .outletActivity(outletID)
        case .stockTotals(let commodity, let kabupaten, _): .stockTotals(commodity: commodity, kabupaten: kabupaten)
        case .regionalCheck(let check): .regionalCheck(kabupaten: check.kabupaten, commodity: check.commodity)
        case .balance(let move): .balance(outletID: move.outletID, commodity: move.commodity)
        }
    }

    /// Whether the write reads rows that other deferred writes write, and so runs after them.
    var readsDeferredRows: Bool {
        if case .regionalCheck = self { true } else { false }
    }

    /// Writes the row.
    func run(on connection: Connection) throws {
        switch self {
        case .distribution(let row, let stored): try PriceDistributionWriter.write(stored, of: row, on: connection)
        case .outletActivity(let outletID, let time): try OutletActivity.touch(outletID: outletID, at: time, on: connection)
        case .stockTotals(let commodity, let kabupaten, let change):
            try change.apply(commodity: commodity, kabupaten: kabupaten, on: connection)
        case .regionalCheck(let check): try check.run(on: connection)
        case .balance(let move): try move.run(on: connection)
        }
    }
}
