/// Where a movement left an existing balance, written as its transaction commits (`DeferredWrite.balance`): the
/// movements of a group commit to one outlet's commodity rewrite the row and its two stock-check index entries once.
/// The ledger reads the balance from here until then (`StockLedger.balance`); a threshold change writes it first.
struct BalanceMove {
    /// The outlet.
    let outletID: String
    /// The commodity.
    let commodity: String
    /// The balance, in thousandths.
    let quantity: Int64
    /// When it last moved (milliseconds since the epoch).
    let updatedAt: Int64
    /// The balance's low-stock threshold, in thousandths (unchanged by the move).
    let lowThreshold: Int64?
    /// The balance row's region (unchanged by the move).
    let region: String

    /// Writes the balance's quantity and time.
    func run(on connection: Connection) throws {
        try connection.run(StockQueries.moveBalance, [quantity, updatedAt, outletID, commodity])
    }
}
