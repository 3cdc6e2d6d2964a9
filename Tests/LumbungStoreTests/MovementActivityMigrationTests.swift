import LumbungCore
import Testing
@testable import LumbungStore

/// Migration 24: a movement's outlet activity is noted by the ledger as its transaction commits, not by trigger.
@Suite struct MovementActivityMigrationTests {
    @Test func theLedgerNotesTheLatestKeptMovementOfATransactionAsItCommits() throws {
        try withTemporarySQLiteDirectory { folder in
            let clock = FixedClock(Timestamp(millisecondsSinceEpoch: 1_000_000), tick: 1000)
            let store = try SQLiteStore(path: folder + "/activity.sqlite", clock: clock)
            defer { store.close() }
            let outlet = try DistributionWorld(store: store, seed: 5, reports: 0).outlets[0]
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
}
