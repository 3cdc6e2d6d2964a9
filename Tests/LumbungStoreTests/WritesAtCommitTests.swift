import LumbungCore
import Testing
@testable import LumbungStore

/// Migrations 24 and 25: a movement's outlet activity and its province's stock totals are written by the ledger as
/// its transaction commits, once for all the movements of a group commit, instead of by trigger with each.
@Suite struct WritesAtCommitTests {
    @Test func theLedgerNotesTheLatestKeptMovementOfATransactionAsItCommits() throws {
        try withOutlets { store, clock, outlets in
            let outlet = outlets[0]
            let triggers = try store.database.read { connection in
                try connection.query("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'stock_movements'") {
                    $0.string(0)
                }
            }
            #expect(triggers.isEmpty, "\(triggers)")
            func receive(_ units: Int64) throws -> Int64 {
                let movement = NewMovement(commodity: DistributionWorld.commodities[1], kind: .receipt, quantity: Quantity(whole: units)!)
                return try store.recordMovements([movement], outlet: outlet,
                                                 context: WriteContext(now: clock.now(), actor: nil, staleAfterHours: 48))[0]
                    .recordedAt.millisecondsSinceEpoch
            }
            func activity(on connection: Connection) throws -> [String] {
                try connection.query("SELECT region, last_report_at FROM outlet_activity WHERE outlet_id = ?", [outlet.id]) {
                    "\($0.string(0)) \($0.int64(1))"
                }
            }
            #expect(try store.database.read(activity) == [])
            let first = try receive(5)
            #expect(try store.database.read(activity) == ["\(outlet.region.rawValue) \(first)"], "the first adds the outlet's row")
            struct Undone: Error {}
            var kept: Int64 = 0
            try store.database.write { connection in  // as a group commit runs them: each in a savepoint of one transaction
                kept = try receive(2)
                #expect(throws: Undone.self) {
                    try connection.write { _ in
                        _ = try receive(1)
                        throw Undone()
                    }
                }
                #expect(try activity(on: connection) == ["\(outlet.region.rawValue) \(first)"], "not yet: as it commits")
            }
            #expect(kept > first)
            #expect(try store.database.read(activity) == ["\(outlet.region.rawValue) \(kept)"],
                    "the latest movement kept, not the one rolled back after it")
        }
    }

    @Test func theKabupatenTotalsGainTheKeptMovesOfATransactionAsItCommits() throws {
        try withOutlets { store, clock, outlets in
            let tanahLaut = outlets.filter { $0.region.rawValue.hasPrefix("63.01.") }
            let (first, second) = (tanahLaut[0], tanahLaut[1])
            func move(_ kind: MovementKind, _ units: Int64, at outlet: OutletSummary) throws {
                let movement = NewMovement(commodity: DistributionWorld.commodities[1], kind: kind, quantity: Quantity(whole: units)!)
                _ = try store.recordMovements([movement], outlet: outlet,
                                              context: WriteContext(now: clock.now(), actor: nil, staleAfterHours: 48))
            }
            let changeTriggers = try store.database.read { connection in
                try connection.query("SELECT name FROM sqlite_schema WHERE name LIKE 'stock_%_totals_after_balance_change'") {
                    $0.string(0)
                }
            }
            #expect(changeTriggers.isEmpty)
            try move(.receipt, 5, at: first)
            #expect(try store.database.read(StockCheckUpkeepMigrationTests.kabupatenTotals).kept == ["lpg-3kg 63.01 1 0 5000"])
            struct Undone: Error {}
            try store.database.write { connection in  // as a group commit runs them: each in a savepoint of one transaction
                try move(.sale, 5, at: first)
                try move(.receipt, 3, at: second)
                #expect(throws: Undone.self) {
                    try connection.write { _ in
                        try move(.receipt, 7, at: first)
                        throw Undone()
                    }
                }
                try move(.receipt, 2, at: first)
                #expect(try StockCheckUpkeepMigrationTests.kabupatenTotals(connection).kept == ["lpg-3kg 63.01 2 0 8000"],
                        "the new balance counts at once (its insert trigger), the moves as the transaction commits")
            }
            let totals = try store.database.read(StockCheckUpkeepMigrationTests.kabupatenTotals)
            #expect(totals.kept == ["lpg-3kg 63.01 2 0 5000"], "a sale to zero and a receipt kept, the receipt rolled back not")
            #expect(totals.kept == totals.summed)
        }
    }

    @Test func aGroupsRegionalCheckIsJudgedOnTheMediansTheGroupLeaves() throws {
        /// Prices reported by three outlets of one kabupaten: a week ago at Rp10.000, then today rising to Rp13.000
        /// (the median rises 30%, an alert opens) and one of them back down (the median stays up, the alert stays),
        /// then a report rolled back; one transaction each, or all of today's in one.
        func regionalAlerts(grouped: Bool) throws -> [String] {
            let tenInTheMorning = DistributionWorld.zone.startOfDay(DistributionWorld.firstDay.adding(days: 10))
                .adding(milliseconds: 36_000_000)
            return try withOutlets(from: tenInTheMorning) { store, clock, outlets in
                let tanahLaut = Array(outlets.filter { $0.region.rawValue.hasPrefix("63.01.") }.prefix(3))
                #expect(tanahLaut.count == 3)
                func report(_ outlet: OutletSummary, _ price: Int64, daysAgo: Int64 = 0) throws {
                    let observedAt = clock.now().adding(milliseconds: -daysAgo * Timestamp.millisecondsPerDay)
                    _ = try store.recordPrice(outlet: outlet, commodity: DistributionWorld.commodities[0], price: Money(price),
                                              observedAt: observedAt,
                                              context: WriteContext(now: clock.now(), actor: nil, staleAfterHours: 48))
                }
                for outlet in tanahLaut { try report(outlet, 10_000, daysAgo: 7) }
                func reportToday() throws {
                    try report(tanahLaut[0], 13_000)
                    try report(tanahLaut[1], 13_000)
                    try report(tanahLaut[2], 13_000)
                    try report(tanahLaut[0], 10_000)
                    struct Undone: Error {}
                    #expect(throws: Undone.self, "a refused write, which also makes the writer forget its kept rows") {
                        try store.database.write { _ in
                            try report(tanahLaut[1], 50_000)
                            throw Undone()
                        }
                    }
                }
                if grouped { try store.database.write { _ in try reportToday() } } else { try reportToday() }
                return try store.database.read { connection in
                    try connection.query("SELECT region, status, value, level FROM alerts WHERE kind = 'regional_price_rise'") {
                        "\($0.string(0)) \($0.string(1)) \($0.int64(2)) \($0.string(3))"
                    }
                }
            }
        }
        let oneByOne = try regionalAlerts(grouped: false)
        #expect(oneByOne == ["63.01 open 300 awas"], "\(oneByOne)")
        #expect(try regionalAlerts(grouped: true) == oneByOne)
    }

    @Test func aBalanceMovedByATransactionIsReadAsItLeftItAndWrittenAsItCommits() throws {
        try withOutlets { store, clock, outlets in
            let outlet = outlets[0]
            let lpg = DistributionWorld.commodities[1]
            func move(_ kind: MovementKind, _ units: Int64) throws -> Movement {
                try store.recordMovements([NewMovement(commodity: lpg, kind: kind, quantity: Quantity(whole: units)!)],
                                          outlet: outlet, context: WriteContext(now: clock.now(), actor: nil, staleAfterHours: 48))[0]
            }
            func stored(on connection: Connection) throws -> [String] {
                try connection.query("SELECT quantity, updated_at, low_threshold FROM stock_balances WHERE outlet_id = ?",
                                     [outlet.id]) { "\($0.int64(0)) \($0.int64(1)) \($0.optionalInt64(2).map(String.init) ?? "-")" }
            }
            _ = try move(.receipt, 5)
            struct Undone: Error {}
            var last: Movement?
            try store.database.write { connection in  // as a group commit runs them: each in a savepoint of one transaction
                #expect(try move(.sale, 2).balanceAfter == Quantity(whole: 3)!)
                #expect(throws: Undone.self) {
                    try connection.write { _ in
                        _ = try move(.sale, 3)
                        throw Undone()
                    }
                }
                #expect(try move(.sale, 2).balanceAfter == Quantity(whole: 1)!, "the rolled-back sale took nothing")
                #expect(throws: MovementRejected.self, "the moved balance, not the stored one, is checked") { _ = try move(.sale, 2) }
                last = try move(.receipt, 4)
                #expect(try stored(on: connection).first?.hasPrefix("5000 ") == true, "written as the transaction commits")
            }
            let after = try #require(last)
            #expect(after.balanceAfter == Quantity(whole: 5)!)
            #expect(try store.database.read(stored) == ["5000 \(after.recordedAt.millisecondsSinceEpoch) -"])
            let thresholdAt = clock.now()
            try store.database.write { _ in
                _ = try move(.sale, 1)
                _ = try store.setLowThreshold(Quantity(whole: 2)!, outlet: outlet, commodity: lpg,
                                              context: WriteContext(now: thresholdAt, actor: nil, staleAfterHours: 48))
            }
            #expect(try store.database.read(stored).first?.hasPrefix("4000 ") == true, "a threshold writes the moved balance first")
            #expect(try store.database.read(stored).first?.hasSuffix(" 2000") == true)
        }
    }

    /// Runs `body` on a new store whose clock starts at `start` and moves a second with each reading, and the outlets of
    /// a world without reports.
    private func withOutlets<T>(from start: Timestamp = Timestamp(millisecondsSinceEpoch: 1_000_000),
                                _ body: (SQLiteStore, FixedClock, [OutletSummary]) throws -> T) throws -> T {
        try withTemporarySQLiteDirectory { folder in
            let clock = FixedClock(start, tick: 1000)
            let store = try SQLiteStore(path: folder + "/world.sqlite", clock: clock)
            defer { store.close() }
            return try body(store, clock, try DistributionWorld(store: store, seed: 5, reports: 0).outlets)
        }
    }
}
