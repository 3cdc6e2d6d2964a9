import LumbungCore
import Testing
@testable import LumbungStore

/// The region stock check's one-pass ranking keeps exactly what sorting every balance and taking the first `limit`
/// keeps, and adds up every balance.
struct StockRankingTests {
    /// A balance as generated: price (nil for unpriced), quantity, outlet id.
    typealias Balance = (price: Int64?, quantity: Int64, id: String)

    /// Sorted the way SQLite's `ORDER BY price IS NULL, price, quantity DESC, outlet_id` sorts.
    static func sorted(_ balances: [Balance]) -> [Balance] {
        balances.sorted { first, second in
            if (first.price == nil) != (second.price == nil) { return second.price == nil }
            if let a = first.price, let b = second.price, a != b { return a < b }
            if first.quantity != second.quantity { return first.quantity > second.quantity }
            return Array(first.id.utf8).lexicographicallyPrecedes(Array(second.id.utf8))
        }
    }

    /// `balances` ranked in the order given.
    static func ranked(_ balances: [Balance], limit: Int) -> StockRanking<String> {
        var ranking = StockRanking<String>(limit: limit)
        for balance in balances {
            ranking.add(price: balance.price, quantity: balance.quantity, outletID: { Array(balance.id.utf8).withUnsafeBufferPointer(OutletIDBytes.init) },
                        listing: { balance.id })
        }
        return ranking
    }

    /// The kept balances in the order `forEachKept` gives them.
    static func kept(_ ranking: StockRanking<String>) -> [StockRanking<String>.Entry] {
        var kept: [StockRanking<String>.Entry] = []
        ranking.forEachKept { kept.append($0) }
        return kept
    }

    @Test(arguments: [0, 1, 3, 20, 100])
    func keepsTheFirstBalancesOfTheFullSortAndCountsThemAll(limit: Int) {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            // Few prices and quantities, so that ties on both are common and the outlet id decides; ids of
            // different lengths and cases, so that byte order differs from a naive string order, some longer than
            // the 32 bytes an id keeps in place.
            let balances: [Balance] = (0..<Int.random(in: 0...60, using: &random)).map { index in
                (price: Bool.random(using: &random) ? nil : Int64.random(in: 18_000...18_003, using: &random),
                 quantity: Int64.random(in: 1...3, using: &random) * 1000,
                 id: ["out_", "OUT_", "out_z", "out_0", "out_01m8sc90r29f87ame67d48bmnm", "out_01m8sc90r29f87ame67d48bmnm5x"]
                    .randomElement(using: &random)! + String(index * 7919 % 97))
            }
            let ranking = Self.ranked(balances, limit: limit)
            let expected = Self.sorted(balances).prefix(limit).map { "\($0.id) \($0.price ?? -1) \($0.quantity)" }
            let kept = Self.kept(ranking).map { "\($0.outletID.text) \($0.price ?? -1) \($0.quantity)" }
            #expect(kept == expected)
            #expect(ranking.keptCount == kept.count)
            #expect(Self.kept(ranking).allSatisfy { $0.listing == $0.outletID.text },
                    "each kept balance carries its own listing")
            #expect(ranking.count == balances.count)
            #expect(ranking.total == Quantity(thousandths: balances.reduce(0) { $0 + $1.quantity }))
        }
    }

    @Test func theTotalIsHeldAtTheLargestQuantityInsteadOfOverflowing() {
        let huge = Self.ranked([(nil, Int64.max, "out_a"), (nil, Int64.max, "out_b"), (1, 5, "out_c")], limit: 2)
        #expect(huge.total == Quantity(thousandths: Int64.max))
        #expect(huge.count == 3)
        #expect(Self.kept(huge).map(\.quantity) == [5, Int64.max], "priced first, then the unpriced by id")
    }
}
