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
        let wanted = StockCondition.evaluate(balance: balance, lowThreshold: threshold)
        for kind in [AlertKind.outOfStock, .lowStock] where kind != wanted {
            try ledger.clear(kind, outletID: outlet.id, commodity: commodity.id, value: balance.thousandths)
        }
        if balance.isZero {
            try ledger.clear(.stalePrice, outletID: outlet.id, commodity: commodity.id, value: nil)
        }
        guard let wanted else { return }
        let message = AlertMessage.text(kind: wanted, commodityName: commodity.name, outletName: outlet.name,
                                        value: .quantity(balance), threshold: threshold, unit: commodity.unit)
        try ledger.raise(wanted, outlet: outlet, commodity: commodity.id,
                         AlertLedger.Finding(value: balance.thousandths, bandID: nil, message: message))
    }
}
