import LumbungCore
import Testing
@testable import LumbungStore

/// A report id made when it was recorded is stored without its prefix and time; every other id whole;
/// Swift and SQL agree both ways.
struct StoredReportIDTests {
    static let recordedAt = Timestamp(millisecondsSinceEpoch: 1_761_206_400_123)

    /// (id, recorded at, whether only the random part is stored).
    static let cases: [(String, Timestamp, Bool)] = [
        (EntityID.make("prc", at: recordedAt), recordedAt, true),
        (EntityID.make("prc", at: recordedAt), recordedAt.adding(milliseconds: 1), false),
        (EntityID.make("prc", at: Timestamp(millisecondsSinceEpoch: 0)), Timestamp(millisecondsSinceEpoch: 0), true),
        ("prc_load_out_load_00001_0", recordedAt, false),
        (EntityID.make("mov", at: recordedAt), recordedAt, false),
        ("prc_" + EntityID.timePart(at: recordedAt), recordedAt, false),
    ]

    @Test func aReportIdMadeWithItsStoredFormStoresAsAnyIdMadeThen() {
        var seen = Set<String>()
        for offset in Int64(0)..<200 {
            let time = Self.recordedAt.adding(milliseconds: offset * 7_919)
            let made = RowIDs.makeReport(at: time)
            #expect(made.stored == StoredReportID.stored(made.id, recordedAt: time), "\(made)")
            #expect(made.id.count == EntityID.make("prc", at: time).count && made.id.hasPrefix("prc_" + EntityID.timePart(at: time)))
            #expect(StoredReportID.id(made.stored, recordedAt: time) == made.id)
            seen.insert(made.id)
        }
        #expect(seen.count == 200)
    }

    @Test func swiftKeepsOnlyTheRandomPartOfIdsMadeWhenRecorded() {
        for (id, time, shortened) in Self.cases {
            let stored = StoredReportID.stored(id, recordedAt: time)
            #expect((stored.count == 17) == shortened && !stored.isEmpty, "\(id) → \(stored)")
            #expect(StoredReportID.id(stored, recordedAt: time) == id)
        }
    }

    @Test func sqlStoresAndRebuildsAsSwiftDoes() throws {
        try withTemporarySQLiteDatabase { database, _ throws in
            try database.read { connection throws in
                for (id, time, _) in Self.cases {
                    let stored = try connection.queryOne("SELECT \(StoredReportID.storedSQL(id: "?1", recordedAt: "?2"))",
                                                         [id, time.millisecondsSinceEpoch]) { $0.string(0) }
                    #expect(stored == StoredReportID.stored(id, recordedAt: time))
                    let rebuilt = try connection.queryOne("SELECT \(StoredReportID.idSQL(stored: "?1", recordedAt: "?2"))",
                                                          [stored ?? "", time.millisecondsSinceEpoch]) { $0.string(0) }
                    #expect(rebuilt == id)
                }
            }
        }
    }
}
