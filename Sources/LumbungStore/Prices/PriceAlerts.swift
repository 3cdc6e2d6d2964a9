import LumbungCore

/// Keeps the price alerts of an outlet's commodity in step with its current price, inside the
/// write transaction that changed the price or the band.
struct PriceAlerts {
    /// The writer connection, inside a transaction.
    let connection: Connection
    /// Who acts, when, and the stale-price policy.
    let context: WriteContext

    /// The current price of one outlet's commodity and the band in force for it now.
    struct Judgement {
        /// The outlet.
        let outlet: OutletSummary
        /// The commodity.
        let commodity: CommodityID
        /// The commodity's display name, e.g. `LPG 3 kg`.
        let commodityName: String
        /// The current price.
        let price: Money
        /// When the current price was seen.
        let observedAt: Timestamp
        /// The band in force now, if any.
        let band: Band?

        /// The price against the band.
        var status: PriceStatus { PriceStatus(price: price, band: band) }

    }

    /// Opens or updates the alert the price calls for, resolves the other price kind, and resolves a
    /// stale-price alert when the price is recent enough.
    func follow(_ judgement: Judgement) throws {
        let ledger = AlertLedger(connection: connection, context: context)
        let checks = AlertStateMachine.priceChecks(price: judgement.price, band: judgement.band,
                                                   fresh: judgement.observedAt >= context.staleBefore,
                                                   commodityName: judgement.commodityName, outletName: judgement.outlet.name)
        let open = try ledger.openPriceAlerts(outletID: judgement.outlet.id, commodity: judgement.commodity)
        for check in checks {
            try ledger.apply(check, at: .outlet(judgement.outlet), commodity: judgement.commodity, open: open[check.kind])
        }
    }

    /// The display name of a commodity, or nil when the catalogue has no such commodity.
    static func commodityName(_ commodity: CommodityID, on connection: Connection) throws -> String? {
        try connection.queryOne("SELECT name FROM commodities WHERE id = ?", [commodity.rawValue]) { $0.string(0) }
    }
}
