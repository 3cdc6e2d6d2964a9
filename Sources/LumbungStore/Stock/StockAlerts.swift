import LumbungCore

/// Keeps the out-of-stock and low-stock alerts of an outlet's commodity in step with its balance,
/// inside the write transaction that changed the balance or the threshold.
///
/// `out_of_stock` is open while the balance is 0, `low_stock` while 0 < balance < threshold; each
/// resolves when its condition ends, and an open one whose balance changes is updated. The alert
/// value is the balance in thousandths. A `stale_price` alert ends when the stock is gone.
struct StockAlerts {
    /// The writer connection, inside a transaction.
    let connection: Connection
    /// Who acts and when.
    let context: WriteContext

    /// Brings the stock alerts of `commodity` at `outlet` in line with `balance` and `threshold`.
    func follow(outlet: OutletSummary, commodity: Commodity, balance: Quantity, threshold: Quantity?) throws {
        let ledger = AlertLedger(connection: connection, context: context)
        let checks = AlertStateMachine.stockChecks(balance: balance, threshold: threshold, commodityName: commodity.name,
                                                   outletName: outlet.name, unit: commodity.unit)
        for check in checks { try ledger.apply(check, at: .outlet(outlet), commodity: commodity.id) }
    }
}
