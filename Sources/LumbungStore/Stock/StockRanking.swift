import LumbungCore

/// The region stock check's ranking and totals, gathered in one pass over the region's balances: every balance
/// adds to the totals, and only the first `limit` in the check's order (priced before unpriced, cheapest, most
/// stock, outlet id in byte order, as SQLite's `ORDER BY price IS NULL, price, quantity DESC, outlet_id`) are
/// kept, so neither a second pass for the totals nor a sort of every match is needed. `Listing` is what else the
/// check lists about a kept balance, read only for the balances that are kept.
struct StockRanking<Listing> {
    /// One kept balance.
    struct Entry {
        /// Its outlet's current price, nil without one.
        let price: Int64?
        /// The balance in thousandths.
        let quantity: Int64
        /// The outlet id (the last tie-breaker, compared as SQLite's BINARY collation does).
        let outletID: OutletIDBytes
        /// What else is listed about it.
        let listing: Listing
    }

    /// A kept balance's ranking key and where its outlet id and listing are stored: plain values, so that moving
    /// it within `order` copies no reference and calls no value witness.
    private struct Ranked {
        let price: Int64?
        let quantity: Int64
        let slot: Int
    }

    /// How many entries are kept.
    let limit: Int
    /// The kept balances' keys, in the check's order.
    private var order: [Ranked] = []
    /// The kept balances' outlet ids and listings, by slot (two arrays: a listing of plain values then moves as
    /// plain bytes); a slot let go by the last entry is filled again.
    private var outletIDs: [OutletIDBytes] = [], listings: [Listing] = []
    /// How many balances were counted.
    private(set) var count = 0
    /// The quantities added up in two parts (whole `AvailabilityQueries.totalSplit`s and the rest), so that the
    /// sum cannot overflow; see `total`.
    private var high: Int64 = 0, low: Int64 = 0

    /// An empty ranking keeping at most `limit` entries.
    init(limit: Int) {
        self.limit = max(limit, 0)
        order.reserveCapacity(self.limit + 1)
        outletIDs.reserveCapacity(self.limit + 1)
        listings.reserveCapacity(self.limit + 1)
    }

    /// Gives `body` the first `limit` balances so far, in the check's order (one by one: no array of them is made).
    func forEachKept(_ body: (Entry) throws -> Void) rethrows {
        for ranked in order {
            try body(Entry(price: ranked.price, quantity: ranked.quantity, outletID: outletIDs[ranked.slot],
                           listing: listings[ranked.slot]))
        }
    }

    /// How many balances are kept.
    var keptCount: Int { order.count }

    /// The quantities of every counted balance, held at the largest quantity rather than overflowing.
    var total: Quantity { AvailabilityQueries.total(high: high, low: low) }

    /// Counts a balance of `quantity` priced at `price`, and keeps it when it ranks among the first `limit`;
    /// `outletID` and `listing` are asked for only then (the outlet id also to break a tie with the last kept).
    mutating func add<Failure: Error>(price: Int64?, quantity: Int64, outletID: () -> OutletIDBytes,
                                      listing: () throws(Failure) -> Listing) throws(Failure) {
        count += 1
        high &+= quantity / AvailabilityQueries.totalSplit
        low &+= quantity % AvailabilityQueries.totalSplit
        guard limit > 0 else { return }
        var candidateID: OutletIDBytes?
        if order.count == limit, let last = order.last {
            switch Self.order(price, quantity, last) {
            case .after: return
            case .before: break
            case .tied:
                let id = outletID()
                guard id.precedes(outletIDs[last.slot]) else { return }
                candidateID = id
            }
        }
        let id = candidateID ?? outletID()
        let listed = try listing()
        let slot: Int
        if order.count == limit, let last = order.popLast() {
            slot = last.slot
            outletIDs[slot] = id
            listings[slot] = listed
        } else {
            slot = listings.count
            outletIDs.append(id)
            listings.append(listed)
        }
        let ranked = Ranked(price: price, quantity: quantity, slot: slot)
        order.insert(ranked, at: position(of: ranked))
    }

    /// Whether every balance priced at `price` or after it (nil: unpriced) ranks after the kept ones, so that a
    /// reader walking the balances in price order may stop: `limit` are kept and the last is cheaper.
    func isSettled(before price: Int64?) -> Bool {
        guard order.count == limit, let last = order.last else { return limit == 0 }
        switch (price, last.price) {
        case (nil, nil): return false
        case (nil, .some): return true
        case (.some, nil): return false
        case (.some(let next), .some(let kept)): return next > kept
        }
    }

    /// Where `entry` goes among the kept entries (after every entry ranking before it).
    private func position(of entry: Ranked) -> Int {
        var (lower, upper) = (0, order.count)
        while lower < upper {
            let middle = (lower + upper) / 2
            if precedes(order[middle], entry) { lower = middle + 1 } else { upper = middle }
        }
        return lower
    }

    /// How a balance compares with a kept entry, leaving the outlet id aside.
    private enum Order { case before, tied, after }

    /// The order of (`price`, `quantity`) against `entry`: priced first, cheaper first, more stock first.
    private static func order(_ price: Int64?, _ quantity: Int64, _ entry: Ranked) -> Order {
        switch (price, entry.price) {
        case (nil, .some): return .after
        case (.some, nil): return .before
        case (.some(let mine), .some(let theirs)) where mine != theirs: return mine < theirs ? .before : .after
        default: return quantity == entry.quantity ? .tied : (quantity > entry.quantity ? .before : .after)
        }
    }

    /// Whether `first` ranks before `second`.
    private func precedes(_ first: Ranked, _ second: Ranked) -> Bool {
        switch Self.order(first.price, first.quantity, second) {
        case .before: true
        case .after: false
        case .tied: outletIDs[first.slot].precedes(outletIDs[second.slot])
        }
    }
}
