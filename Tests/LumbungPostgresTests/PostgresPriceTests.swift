import Foundation
import LumbungCore
import Testing
@testable import LumbungPostgres

/// Prices and regions on PostgreSQL written through two stores (two processes) at once.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresPriceTests {
    /// Eight outlets in Kota Banjarmasin.
    static let outlets = (1...8).map {
        OutletSummary(id: "out_\($0)", cooperativeID: "coop_1", name: "Gerai \($0)", region: RegionCode("63.71.01.100\($0)")!)
    }

    /// Inserts the catalogue entry, the cooperative and the outlets.
    static func setUp(_ store: PostgresStore) throws {
        _ = try store.putCommodity(Commodity(id: SharedPriceScenario.lpg, name: "LPG 3 kg", unit: "tabung", category: .lpg),
                                   now: SharedPriceScenario.start)
        try store.addCooperative(Cooperative(id: "coop_1", name: "Koperasi Kelayan", region: RegionCode("63.71.01.1001")!,
                                             createdAt: SharedPriceScenario.start))
        for outlet in outlets {
            try store.addOutlet(Outlet(id: outlet.id, cooperativeID: outlet.cooperativeID, name: outlet.name, region: outlet.region,
                                       latitude: nil, longitude: nil, address: nil, createdAt: SharedPriceScenario.start))
        }
    }

    @Test func risesReportedThroughTwoProcessesAtOnceKeepOneRegionalAlertShowingTheLastMedian() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            try Self.setUp(first)
            let weekAgo = SharedPriceScenario.at(day: 0)
            for outlet in Self.outlets {
                _ = try first.recordPrice(outlet: outlet, commodity: SharedPriceScenario.lpg, price: Money(18_000),
                                          observedAt: weekAgo, context: SharedPriceScenario.context(weekAgo))
            }
            let now = SharedPriceScenario.at(day: 8)
            let failures = ThreadSafeList<String>()
            onThreads(Self.outlets.count) { index in
                do {
                    _ = try (index.isMultiple(of: 2) ? first : second)
                        .recordPrice(outlet: Self.outlets[index], commodity: SharedPriceScenario.lpg, price: Money(22_000),
                                     observedAt: now, context: SharedPriceScenario.context(now))
                } catch {
                    failures.append("\(error)")
                }
            }
            #expect(failures.all.isEmpty)
            let regional = try second.alerts(AlertFilter(kind: .regionalPriceRise), page: PageRequest()).items
            #expect(regional.count == 1)
            #expect(regional.first?.status == .open)
            #expect(regional.first?.level == .awas)
            #expect(regional.first?.value == .percentTenths(222))
            let events = try second.alertDetail(id: regional.first?.id ?? "")?.events ?? []
            #expect(events.first?.type == .opened)
            #expect(events.last?.value == .percentTenths(222))
        }
    }

    @Test func bandsRecordedWhilePricesArriveThroughTwoProcessesLeaveEveryCurrentPriceJudgedByTheBandInForce() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            try Self.setUp(first)
            let start = SharedPriceScenario.at(day: 0)
            let failures = ThreadSafeList<String>()
            onThreads(Self.outlets.count + 1) { index in
                do {
                    guard index < Self.outlets.count else {
                        for (step, max) in [19_000, 21_000, 18_500].enumerated() {
                            let now = start.adding(hours: Int64(step) - 3)
                            _ = try second.createBand(Band(id: "bnd_\(step)", commodity: SharedPriceScenario.lpg,
                                                           region: SharedPriceScenario.kotaBanjarmasin, min: nil, max: Money(Int64(max)),
                                                           effectiveFrom: now, createdAt: now),
                                                      context: SharedPriceScenario.context(now))
                        }
                        return
                    }
                    for round in 0..<4 {
                        let now = start.adding(milliseconds: Int64(round) * 7)
                        _ = try (index.isMultiple(of: 2) ? first : second)
                            .recordPrice(outlet: Self.outlets[index], commodity: SharedPriceScenario.lpg,
                                         price: Money(Int64(18_000 + 500 * ((index + round) % 5))), observedAt: now,
                                         context: SharedPriceScenario.context(now))
                    }
                } catch {
                    failures.append("\(error)")
                }
            }
            #expect(failures.all.isEmpty)
            let later = start.adding(hours: 1)
            let band = try first.effectiveBand(commodity: SharedPriceScenario.lpg, region: Self.outlets[0].region, at: later)
            #expect(band?.id == "bnd_2")
            let shelves = try Self.outlets.map { try first.shelf(outletID: $0.id).first }
            let above = shelves.filter { $0?.priceStatus == .aboveBand }.count
            for item in shelves {
                #expect(item?.priceStatus == item?.price.map { PriceStatus(price: $0, band: band) })
            }
            let open = try first.alertCounts(AlertFilter(status: .open, kind: .priceAboveBand), byRegionLevel: nil)
            #expect(open.total == above)
            #expect(above > 0)
        }
    }

    @Test func recordedTimesNeverGoBackInOneProcessWhateverTheRequestsClocksSay() throws {
        try PostgresStoreTests.withTwoStores { first, _ in
            try Self.setUp(first)
            let later = SharedPriceScenario.at(day: 2), earlier = SharedPriceScenario.at(day: 1)
            let reports = try [later, earlier].map { now in
                try first.recordPrice(outlet: Self.outlets[0], commodity: SharedPriceScenario.lpg, price: Money(18_000),
                                      observedAt: earlier, context: SharedPriceScenario.context(now))
            }
            #expect(reports.map(\.recordedAt) == [later, later])
            let history = try first.priceHistory(outletID: Self.outlets[0].id, commodity: nil, from: nil, to: nil, page: PageRequest())
            #expect(history.items.map(\.recordedAt) == [later, later])
        }
    }

    @Test func twoProcessesSweepingUnderTheSweepLockOpenEachStalePriceAlertOnce() throws {
        try PostgresTestServer.withFreshDatabase { uri in
            let first = try PostgresStore(uri: uri, jobKeys: [PostgresStore.sweepLockKey], clock: FixedClock(.epoch))
            let second = try PostgresStore(uri: uri, jobKeys: [PostgresStore.sweepLockKey], clock: FixedClock(.epoch))
            defer { first.close(); second.close() }
            try Self.setUp(first)
            let stocked = SharedPriceScenario.at(day: 0)
            for outlet in Self.outlets {
                _ = try first.recordMovements([NewMovement(commodity: SharedPriceScenario.lpg, kind: .receipt, quantity: 5)],
                                              outlet: outlet, context: SharedPriceScenario.context(stocked))
            }
            let outcomes = ThreadSafeList<String>()
            onThreads(4) { index in
                do {
                    let store = index.isMultiple(of: 2) ? first : second
                    let outcome = try store.exclusively(lockKey: PostgresStore.sweepLockKey) {
                        try store.sweepAlerts(since: nil, context: SharedPriceScenario.context(SharedPriceScenario.at(day: 3)))
                    }
                    outcomes.append("\(outcome?.staleOpened ?? 0)")
                } catch {
                    outcomes.append("\(error)")
                }
            }
            #expect(outcomes.all.compactMap(Int.init).reduce(0, +) == Self.outlets.count)
            #expect(outcomes.all.allSatisfy { Int($0) != nil })
            let open = try second.alertCounts(AlertFilter(status: .open, kind: .stalePrice), byRegionLevel: nil)
            #expect(open.total == Self.outlets.count)
        }
    }

    @Test func aRegionListIsImportedWholeInBatchesRenamingKnownCodesAndKeepingTheLastOfATwiceListedCode() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            let villages = (1...2_500).map { Region(code: RegionCode("63.71.01.\(1000 + $0)")!, name: "Desa \($0)") }
            try first.importRegions([Region(code: RegionCode("63")!, name: "Kalsel"), Region(code: RegionCode("63.71")!, name: "Kota"),
                                     Region(code: RegionCode("63.71.01")!, name: "Selatan")] + villages
                                    + [Region(code: RegionCode("63.71.01.1001")!, name: "Kelayan Timur")])
            try second.importRegions([Region(code: RegionCode("63")!, name: "Kalimantan Selatan")])
            #expect(try first.region(code: RegionCode("63")!)?.name == "Kalimantan Selatan")
            #expect(try first.region(code: RegionCode("63.71.01.1001")!)?.name == "Kelayan Timur")
            #expect(try first.region(code: RegionCode("63.71.01.3500")!)?.name == "Desa 2500")
            let count = try first.database.read { try $0.queryOne("SELECT count(*) FROM regions") { $0.int(0) } }
            #expect(count == 2_503)
            let found = try first.regions(RegionQuery(text: "kelayan timur"), page: PageRequest()).items
            #expect(found.map(\.code.rawValue) == ["63.71.01.1001"])
            #expect(throws: (any Error).self) {
                try first.importRegions([Region(code: RegionCode("64")!, name: "Kaltim"),
                                         Region(code: RegionCode("64.01")!, name: String(repeating: "x", count: 201))])
            }
            #expect(try first.region(code: RegionCode("64")!) == nil)
        }
    }
}
