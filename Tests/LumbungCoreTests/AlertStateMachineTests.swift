import LumbungCore
import Testing

/// Whether a change opens, updates, resolves or keeps an alert, and which kinds a balance or a price decides.
struct AlertStateMachineTests {
    static let shown = AlertFinding(value: 5_000, message: "Stok menipis")
    static let changed = AlertFinding(value: 3_000, message: "Stok menipis lagi")

    /// (open alert shown, finding wanted, figure to resolve with) → decision.
    static let decisions: [(AlertFinding?, AlertFinding?, Int64?, AlertDecision)] = [
        (nil, shown, nil, .open(shown)),
        (shown, shown, nil, .keep),
        (shown, changed, nil, .update(changed)),
        (shown, AlertFinding(value: 5_000, bandID: "bnd-2", message: "Stok menipis"), nil,
         .update(AlertFinding(value: 5_000, bandID: "bnd-2", message: "Stok menipis"))),
        (shown, nil, 12_000, .resolve(value: 12_000)),
        (shown, nil, nil, .resolve(value: 5_000)),
        (nil, nil, 12_000, .keep),
    ]

    @Test(arguments: decisions.indices)
    func decidesFromTheOpenAlertAndTheFinding(_ row: Int) {
        let (open, finding, resolvedValue, expected) = Self.decisions[row]
        #expect(AlertCheck(kind: .lowStock, finding: finding, resolvedValue: resolvedValue).decide(open: open) == expected)
    }

    /// (balance, threshold) → the kinds checked in order, and which of them is wanted.
    static let stockRows: [(Quantity, Quantity?, [AlertKind], AlertKind?)] = [
        (.zero, nil, [.lowStock, .stalePrice, .outOfStock], .outOfStock),
        (.zero, 10, [.lowStock, .stalePrice, .outOfStock], .outOfStock),
        (3, 10, [.outOfStock, .lowStock], .lowStock),
        (10, 10, [.outOfStock, .lowStock], nil),
        (12, nil, [.outOfStock, .lowStock], nil),
    ]

    @Test(arguments: stockRows.indices)
    func aBalanceResolvesTheOtherStockKindAndOpensTheOneItCallsFor(_ row: Int) {
        let (balance, threshold, kinds, wanted) = Self.stockRows[row]
        let checks = AlertStateMachine.stockChecks(balance: balance, threshold: threshold, commodityName: "LPG 3 kg",
                                                   outletName: "Gerai", unit: "tabung")
        #expect(checks.map(\.kind) == kinds)
        #expect(checks.filter { $0.finding != nil }.map(\.kind) == (wanted.map { [$0] } ?? []))
        #expect(checks.compactMap(\.finding).allSatisfy { $0.value == balance.thousandths && !$0.message.isEmpty })
        #expect(checks.filter { $0.kind != .stalePrice && $0.finding == nil }.allSatisfy { $0.resolvedValue == balance.thousandths })
    }

    /// (price, band max, fresh) → the kinds checked in order, and which of them is wanted.
    static let priceRows: [(Int64, Int64?, Bool, [AlertKind], AlertKind?)] = [
        (25_000, 20_000, true, [.priceBelowBand, .priceAboveBand, .stalePrice], .priceAboveBand),
        (19_000, 20_000, true, [.priceAboveBand, .priceBelowBand, .stalePrice], nil),
        (19_000, nil, false, [.priceAboveBand, .priceBelowBand], nil),
        (25_000, 20_000, false, [.priceBelowBand, .priceAboveBand], .priceAboveBand),
    ]

    @Test(arguments: priceRows.indices)
    func aPriceResolvesTheOtherPriceKindAndEndsAStaleAlertWhenFresh(_ row: Int) {
        let (price, max, fresh, kinds, wanted) = Self.priceRows[row]
        let band = max.map { TestData.band("bnd-1", region: "63", min: 10_000, max: $0) }
        let checks = AlertStateMachine.priceChecks(price: Money(rawValue: price), band: band, fresh: fresh,
                                                   commodityName: "LPG 3 kg", outletName: "Gerai")
        #expect(checks.map(\.kind) == kinds)
        #expect(checks.filter { $0.finding != nil }.map(\.kind) == (wanted.map { [$0] } ?? []))
        #expect(checks.compactMap(\.finding).allSatisfy { $0.value == price && $0.bandID == "bnd-1" })
        #expect(checks.filter { $0.finding == nil }.allSatisfy { $0.resolvedValue == price })
    }
}
