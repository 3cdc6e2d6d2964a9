/// How many outlets stand at each price: distinct prices ascending, each with its count (never 0).
///
/// The exact distribution the dinas statistics are computed from, so that medians of even counts,
/// the mean and the CV come out as they do over the list of prices itself.
public struct PriceHistogram: Sendable, Hashable {
    /// One distinct price and how many outlets have it.
    public struct Entry: Sendable, Hashable {
        /// The price in Rupiah.
        public let price: Int64
        /// How many outlets stand at it (at least 1).
        public var count: Int

        /// An entry.
        public init(price: Int64, count: Int) {
            self.price = price
            self.count = count
        }
    }

    /// The entries, by price ascending.
    public private(set) var entries: [Entry]

    /// The empty distribution.
    public static let empty = PriceHistogram(sortedEntries: [])

    /// A distribution from entries sorted by price with distinct prices and positive counts.
    public init(sortedEntries: [Entry]) {
        entries = sortedEntries
    }

    /// The distribution of `prices` in any order.
    public init(_ prices: [Money]) {
        var entries: [Entry] = []
        for price in prices.map(\.rawValue).sorted() {
            if let last = entries.last, last.price == price {
                entries[entries.count - 1].count += 1
            } else {
                entries.append(Entry(price: price, count: 1))
            }
        }
        self.entries = entries
    }

    /// How many prices there are.
    public var total: Int { entries.reduce(0) { $0 + $1.count } }

    /// Counts `price` once more.
    public mutating func add(_ price: Money) {
        let index = position(of: price.rawValue)
        if index < entries.count, entries[index].price == price.rawValue {
            entries[index].count += 1
        } else {
            entries.insert(Entry(price: price.rawValue, count: 1), at: index)
        }
    }

    /// Counts `price` once less; false when it was not counted at all.
    @discardableResult
    public mutating func remove(_ price: Money) -> Bool {
        let index = position(of: price.rawValue)
        guard index < entries.count, entries[index].price == price.rawValue else { return false }
        entries[index].count -= 1
        if entries[index].count == 0 { entries.remove(at: index) }
        return true
    }

    /// This distribution and `other` together.
    public func merged(with other: PriceHistogram) -> PriceHistogram {
        if other.entries.isEmpty { return self }
        if entries.isEmpty { return other }
        var result: [Entry] = []
        result.reserveCapacity(entries.count + other.entries.count)
        var left = 0, right = 0
        while left < entries.count, right < other.entries.count {
            let lhs = entries[left], rhs = other.entries[right]
            if lhs.price == rhs.price {
                result.append(Entry(price: lhs.price, count: lhs.count + rhs.count))
                left += 1
                right += 1
            } else if lhs.price < rhs.price {
                result.append(lhs)
                left += 1
            } else {
                result.append(rhs)
                right += 1
            }
        }
        result.append(contentsOf: entries[left...])
        result.append(contentsOf: other.entries[right...])
        return PriceHistogram(sortedEntries: result)
    }

    /// All of `parts` together, merged pairwise so that each entry is copied about log₂(parts) times.
    public static func merging(_ parts: [PriceHistogram]) -> PriceHistogram {
        var level = parts
        while level.count > 1 {
            var next: [PriceHistogram] = []
            next.reserveCapacity((level.count + 1) / 2)
            for index in stride(from: 0, to: level.count, by: 2) {
                next.append(index + 1 < level.count ? level[index].merged(with: level[index + 1]) : level[index])
            }
            level = next
        }
        return level.first ?? .empty
    }

    /// How many prices lie above and below `band` (none without a band).
    public func judged(against band: Band?) -> (above: Int, below: Int) {
        guard let band else { return (0, 0) }
        var above = 0, below = 0
        for entry in entries {
            switch band.status(of: Money(entry.price)) {
            case .aboveBand: above += entry.count
            case .belowBand: below += entry.count
            case .inBand, .noBand: break
            }
        }
        return (above, below)
    }

    /// The index of the first entry whose price is not below `price`.
    private func position(of price: Int64) -> Int {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].price < price { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
