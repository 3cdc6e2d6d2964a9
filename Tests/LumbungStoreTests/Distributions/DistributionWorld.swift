import LumbungCore
@testable import LumbungStore

/// A small seeded random source (SplitMix64), the same sequence on every run.
struct SeededRandom {
    /// The state.
    private var state: UInt64

    /// A source seeded with `seed`.
    init(seed: UInt64) { state = seed }

    /// The next number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return range.lowerBound + Int(z % UInt64(range.count))
    }
}

/// A store with a few provinces' regions, outlets (two never report), two commodities, and price
/// reports recorded out of observation order (back-dated ones, equal observation times) while
/// bands at every level, a village's included, take effect.
struct DistributionWorld {
    /// The first report day.
    static let firstDay = LocalDate(daysSinceEpoch: 20_500)
    /// The zone the days are cut in.
    static let zone = ReportTimeZone.jakarta
    /// The commodities reported.
    static let commodities = [CommodityID("beras-medium")!, CommodityID("lpg-3kg")!]
    /// The villages outlets stand in (one more village and a kecamatan in the region list stay empty).
    static let villages = ["63.01.01.1001", "63.01.01.1002", "63.01.02.1001", "63.02.01.1001", "63.02.01.1002",
                           "64.01.01.1001"].map { RegionCode($0)! }
    /// The regions the reports are compared in (nil: the whole country).
    static let reportRegions: [RegionCode?] = [nil] + ["63", "63.01", "63.01.01", "63.01.01.1001", "63.02", "64", "64.01",
                                                       "64.01.02"].map { RegionCode($0)! }

    /// The store.
    let store: SQLiteStore
    /// The outlets, the last two of which never report.
    let outlets: [OutletSummary]

    /// Fills `store` from `seed`, recording `reports` prices. With a `groupSize` above 1 they are recorded that many to a
    /// transaction, each in its own savepoint as the server's group commit runs them, and every ninth one is undone
    /// by its savepoint rolling back after it was recorded.
    init(store: SQLiteStore, seed: UInt64, reports: Int = 420, groupSize: Int = 1) throws {
        self.store = store
        var random = SeededRandom(seed: seed)
        try store.database.write { connection in
            try connection.execute("""
                INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES
                    ('beras-medium', 'Beras medium', 'kg', 'beras', 0, 0), ('lpg-3kg', 'LPG 3 kg', 'tabung', 'lpg', 0, 0);
                INSERT INTO regions (code, name, name_folded, level, parent) VALUES
                    ('63', 'Kalimantan Selatan', 'kalimantan selatan', 1, NULL), ('64', 'Kalimantan Timur', 'kalimantan timur', 1, NULL),
                    ('63.01', 'Tanah Laut', 'tanah laut', 2, '63'), ('63.02', 'Kotabaru', 'kotabaru', 2, '63'),
                    ('64.01', 'Paser', 'paser', 2, '64'),
                    ('63.01.01', 'Takisung', 'takisung', 3, '63.01'), ('63.01.02', 'Jorong', 'jorong', 3, '63.01'),
                    ('63.02.01', 'Pulau Laut', 'pulau laut', 3, '63.02'), ('64.01.01', 'Batu Sopang', 'batu sopang', 3, '64.01'),
                    ('64.01.02', 'Tanjung Harapan', 'tanjung harapan', 3, '64.01'),
                    ('63.01.01.1001', 'Takisung', 'takisung', 4, '63.01.01'), ('63.01.01.1002', 'Kuala Tambangan', 'kuala tambangan', 4, '63.01.01'),
                    ('63.01.01.1003', 'Gunung Makmur', 'gunung makmur', 4, '63.01.01');
                """)
        }
        var outlets: [OutletSummary] = []
        for index in 0..<30 {
            let village = Self.villages[random.int(0...(Self.villages.count - 1))]
            let outlet = OutletSummary(id: "out_\(index)", cooperativeID: "coop_\(index)", name: "Gerai \(index)", region: village)
            try store.database.write { connection in
                try connection.run("INSERT INTO cooperatives (id, name, region, created_at) VALUES (?, ?, ?, 0)",
                                   [outlet.cooperativeID, "Koperasi \(index)", village.rawValue])
                try connection.run("INSERT INTO outlets (id, cooperative_id, name, region, created_at) VALUES (?, ?, ?, ?, 0)",
                                   [outlet.id, outlet.cooperativeID, outlet.name, village.rawValue])
            }
            outlets.append(outlet)
        }
        self.outlets = outlets
        let minutes: [Int64] = [0, 480, 570, 720, 720, 1065, 1439]
        let times = minutes.map { $0 * Timestamp.millisecondsPerMinute }
        var now = Self.zone.startOfDay(Self.firstDay.adding(days: 14))
        var group = GroupedWrites(store: store, size: groupSize)
        for index in 0..<reports {
            if index % 70 == 35 {
                let world = self, bandNow = now
                try group.run { try world.addBand(number: index / 70, now: bandNow) }
            }
            let outlet = outlets[random.int(0...(outlets.count - 3))]
            let commodity = Self.commodities[random.int(0...4) == 0 ? 1 : 0]
            let day = Self.firstDay.adding(days: Int64(random.int(0...11)))
            let late: Int64 = random.int(0...9) == 0 ? Timestamp.millisecondsPerMinute - 1 : 0
            let time: Int64 = times[random.int(0...(times.count - 1))] + late
            let observedAt = Self.zone.startOfDay(day).adding(milliseconds: time)
            let price = Money(Int64(10_000 + 250 * random.int(0...8)))
            now = now.adding(milliseconds: 1000)
            let context = WriteContext(now: now, actor: nil, staleAfterHours: 48)
            try group.run(undone: groupSize > 1 && index % 9 == 4) {
                _ = try store.recordPrice(outlet: outlet, commodity: commodity, price: price, observedAt: observedAt,
                                          context: context)
            }
        }
        try group.finish()
    }

    /// The `number`th band of the run: national, province, kabupaten, village, kecamatan, national again.
    private func addBand(number: Int, now: Timestamp) throws {
        let bands: [(String?, Int64?, Int64?, Int64)] = [
            (nil, 10_500, 11_500, 2), ("63", 10_000, 11_000, 4), ("63.01", 10_750, nil, 6), ("63.01.01.1001", 10_200, 10_800, 8),
            ("63.02.01", 10_000, 10_600, 5), (nil, 10_250, 11_250, 9),
        ]
        guard number < bands.count else { return }
        let (region, min, max, day) = bands[number]
        let band = Band(id: "bnd_\(number)", commodity: Self.commodities[0], region: region.flatMap { RegionCode($0) },
                        min: min.map { Money($0) }, max: max.map { Money($0) },
                        effectiveFrom: Self.zone.startOfDay(Self.firstDay.adding(days: day)).adding(milliseconds: 3_600_000),
                        createdAt: now)
        _ = try store.createBand(band, context: WriteContext(now: now, actor: nil, staleAfterHours: 48))
    }

    /// Every stored distribution row, as text, in key order.
    func storedRows() throws -> [String] {
        try store.database.read { connection in
            try connection.query("SELECT commodity, level, region, day, hex(prices), reported FROM price_distributions ORDER BY 1, 2, 3, 4") {
                "\($0.string(0)) \($0.int(1)) \($0.string(2)) \($0.int(3)) \($0.string(4)) \($0.int(5))"
            }
        }
    }
}

/// Writes run one transaction each, or `size` to a transaction with each in its own savepoint (as the server's group
/// commit runs them).
private struct GroupedWrites {
    /// The store written.
    let store: SQLiteStore
    /// Writes per transaction.
    let size: Int
    /// The writes of the transaction being gathered.
    private var waiting: [(undone: Bool, write: () throws -> Void)] = []

    /// Writes to `store`, `size` to a transaction.
    init(store: SQLiteStore, size: Int) {
        self.store = store
        self.size = size
    }

    /// Runs `write` now or with the group it joins; an `undone` write is rolled back after it ran.
    mutating func run(undone: Bool = false, _ write: @escaping () throws -> Void) throws {
        guard size > 1 else { return try write() }
        waiting.append((undone, write))
        if waiting.count == size { try finish() }
    }

    /// Runs the writes gathered so far in one transaction.
    mutating func finish() throws {
        guard !waiting.isEmpty else { return }
        struct Undone: Error {}
        let writes = waiting
        waiting = []
        try store.database.write { connection in
            for (undone, write) in writes {
                do {
                    try connection.write { _ in
                        try write()
                        if undone { throw Undone() }
                    }
                } catch is Undone {}
            }
        }
    }
}
