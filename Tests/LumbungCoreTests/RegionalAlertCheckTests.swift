import LumbungCore
import Testing

/// Whether a kabupaten/kota's week-on-week median rise opens, updates, resolves or keeps its regional alert.
struct RegionalAlertCheckTests {
    /// The check for medians a week ago and today (Rupiah) in "Kota Banjarmasin".
    static func check(_ weekAgo: Int64?, _ now: Int64?) -> AlertCheck {
        AlertStateMachine.regionalCheck(weekAgo: weekAgo.map { Money($0) }, now: now.map { Money($0) },
                                        thresholds: .standard, commodityName: "LPG 3 kg", regionName: { "Kota Banjarmasin" })
    }

    /// (week ago, today) → the level wanted (nil: resolve) and the change in tenths of a percent.
    static let rows: [(Int64?, Int64?, WarningLevel?, Int64?)] = [
        (20_000, 21_500, nil, 75),            // 7.5 %: under waspada
        (20_000, 21_600, .waspada, 80),       // exactly 8 %
        (20_000, 22_400, .siaga, 120),        // exactly 12 %
        (20_000, 23_980, .siaga, 199),
        (20_000, 24_000, .awas, 200),
        (20_000, 18_000, nil, -100),          // a fall
        (nil, 22_000, nil, nil),              // no week-ago price: no change to judge
        (20_000, nil, nil, nil),
    ]

    @Test(arguments: rows.indices)
    func theRiseDecidesTheLevelAndTheFigure(_ row: Int) {
        let (weekAgo, now, level, tenths) = Self.rows[row]
        let check = Self.check(weekAgo, now)
        #expect(check.kind == .regionalPriceRise)
        #expect(check.finding?.level == level)
        if level == nil {
            #expect(check.finding == nil)
            #expect(check.resolvedValue == tenths)
        } else {
            #expect(check.finding?.value == tenths)
            #expect(check.finding?.message.contains("Kota Banjarmasin") == true)
            #expect(check.finding?.message.hasPrefix(level!.label + ":") == true)
        }
    }

    @Test func anOpenAlertIsUpdatedWhenTheLevelMovesAndKeptWhenNothingMoved() {
        let waspada = Self.check(20_000, 21_700).finding!
        #expect(Self.check(20_000, 21_700).decide(open: nil) == .open(waspada))
        #expect(Self.check(20_000, 21_700).decide(open: waspada) == .keep)
        guard case .update(let siaga) = Self.check(20_000, 22_500).decide(open: waspada) else {
            Issue.record("a rise into siaga updates the open alert")
            return
        }
        #expect(siaga.level == .siaga && siaga.value == 125)
        #expect(Self.check(20_000, 21_000).decide(open: waspada) == .resolve(value: 50))
        #expect(Self.check(nil, 21_000).decide(open: waspada) == .resolve(value: 85))
        #expect(Self.check(20_000, 21_000).decide(open: nil) == .keep)
    }

    @Test func theRegionNameIsOnlyAskedForWhenAnAlertIsWanted() throws {
        struct Unreadable: Error {}
        let quiet = try AlertStateMachine.regionalCheck(weekAgo: Money(20_000), now: Money(20_100), thresholds: .standard,
                                                        commodityName: "LPG 3 kg", regionName: { throw Unreadable() })
        #expect(quiet.finding == nil)
        #expect(throws: Unreadable.self) {
            try AlertStateMachine.regionalCheck(weekAgo: Money(20_000), now: Money(30_000), thresholds: .standard,
                                                commodityName: "LPG 3 kg", regionName: { throw Unreadable() })
        }
    }

    @Test func theKabupatenIsJudgedOnTheMedianAtTheEndOfTodayAgainstAWeekBeforeInTheReportZone() {
        var asked: [String] = []
        let now = Timestamp(rfc3339: "2025-10-23T20:00:00Z")!    // already 24 October in Jakarta
        let judged = AlertStateMachine.regionalCheck(
            around: RegionCode("63.71.01.1001")!, at: now, policy: .standard, commodityName: "LPG 3 kg",
            median: { kabupaten, end in
                asked.append("\(kabupaten) \(end)")
                return Money(asked.count == 1 ? 22_000 : 20_000)
            },
            regionName: { "Kota \($0)" })
        #expect(asked == ["63.71 2025-10-24T17:00:00Z", "63.71 2025-10-17T17:00:00Z"])
        #expect(judged?.kabupaten == RegionCode("63.71"))
        #expect(judged?.check.finding?.value == 100)
        #expect(judged?.check.finding?.message.contains("Kota 63.71") == true)
        let province = AlertStateMachine.regionalCheck(around: RegionCode("63")!, at: now, policy: .standard, commodityName: "LPG 3 kg",
                                                       median: { _, _ in Money(1) }, regionName: { _ in "" })
        #expect(province == nil)
    }

    @Test func aSweepIsTheFirstOfADayInTheReportZone() {
        let evening = Timestamp(rfc3339: "2025-10-23T16:00:00Z")!    // 23:00 WIB
        #expect(EarlyWarningPolicy.standard.isNewDay(since: nil, now: evening))
        #expect(!EarlyWarningPolicy.standard.isNewDay(since: evening.adding(hours: -10), now: evening))
        #expect(EarlyWarningPolicy.standard.isNewDay(since: evening, now: evening.adding(hours: 1)))
    }
}
