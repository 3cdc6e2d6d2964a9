import LumbungCore

/// The storage ports a price scenario writes and reads through.
typealias PriceScenarioStore = CommodityStore & CooperativeStore & OutletStore & RegionStore & BandStore & PriceStore
    & AlertStore & AlertOverviewStore & PriceReportStore & OutletPriceSheetStore & RegionalReportStore & StockStore

/// Ten weeks of prices in two kabupaten/kota written through the storage ports, and everything the service
/// reads back, rendered as text without random ids: the same writes on SQLite and PostgreSQL must read back
/// the same. The prices open, update and resolve outlet and regional alerts, a band recorded later judges
/// current prices again, and one report arrives late.
enum SharedPriceScenario {
    static let lpg = CommodityID("lpg-3kg")!
    static let rice = CommodityID("beras-medium")!
    static let kotaBanjarmasin = RegionCode("63.71")!
    /// 09:00 WIB on 1 October 2025; day `n` of the scenario is `n` days later.
    static let start = Timestamp(rfc3339: "2025-10-01T02:00:00Z")!

    /// The outlets: four in Kota Banjarmasin (two villages), one in Kabupaten Banjar.
    static let outlets = [
        OutletSummary(id: "out_a", cooperativeID: "coop_1", name: "Gerai Kelayan", region: RegionCode("63.71.01.1001")!),
        OutletSummary(id: "out_b", cooperativeID: "coop_1", name: "Gerai Pekauman", region: RegionCode("63.71.01.1001")!),
        OutletSummary(id: "out_c", cooperativeID: "coop_1", name: "Gerai Murung Raya", region: RegionCode("63.71.01.1002")!),
        OutletSummary(id: "out_d", cooperativeID: "coop_1", name: "Gerai Basirih", region: RegionCode("63.71.01.1002")!),
        OutletSummary(id: "out_e", cooperativeID: "coop_2", name: "Gerai Martapura", region: RegionCode("63.03.01.1001")!),
    ]

    /// The instant `hours` into day `day`.
    static func at(day: Int64, hours: Int64 = 0) -> Timestamp { start.adding(hours: day * 24 + hours) }

    /// A context at `now`.
    static func context(_ now: Timestamp) -> WriteContext {
        WriteContext(now: now, actor: "Petugas Dinas", staleAfterHours: 48)
    }

    /// Writes the scenario: regions, catalogue, places, bands, prices, a late report and stock.
    static func write(to store: any PriceScenarioStore) throws {
        _ = try store.importRegions(csv: Array("""
            kode,nama
            63,Kalimantan Selatan
            63.03,Kabupaten Banjar
            63.03.01,Martapura
            63.03.01.1001,Jawa
            63.71,Kota Banjarmasin
            63.71.01,Banjarmasin Selatan
            63.71.01.1001,Kelayan Timur
            63.71.01.1002,Murung Raya
            63.71.01.1003,Pemurus Dalam
            """.utf8))
        for (id, name) in [(lpg, "LPG 3 kg"), (rice, "Beras medium")] {
            _ = try store.putCommodity(Commodity(id: id, name: name, unit: "kg", category: id == lpg ? .lpg : .beras), now: start)
        }
        try store.addCooperative(Cooperative(id: "coop_1", name: "Koperasi Kelayan", region: RegionCode("63.71.01.1001")!, createdAt: start))
        try store.addCooperative(Cooperative(id: "coop_2", name: "Koperasi Martapura", region: RegionCode("63.03.01.1001")!, createdAt: start))
        for outlet in outlets {
            try store.addOutlet(Outlet(id: outlet.id, cooperativeID: outlet.cooperativeID, name: outlet.name, region: outlet.region,
                                       latitude: nil, longitude: nil, address: nil, createdAt: start))
        }
        _ = try store.createBand(Band(id: "bnd_national", commodity: lpg, region: nil, min: Money(15_000), max: Money(20_000),
                                      effectiveFrom: start, createdAt: start), context: context(start))
        try recordPrices([
            (0, 0, 18_000), (0, 1, 18_000), (0, 2, 18_000), (0, 3, 18_500), (0, 4, 17_500),
            (8, 0, 21_000), (8, 1, 20_000), (8, 2, 19_500), (8, 3, 19_800),    // +10.6 %: waspada
            (9, 2, 22_000),                                                    // +13.9 %: siaga
        ], to: store)
        // A report observed on day 7 arrives on day 9: history only, not the current price.
        _ = try store.recordPrice(outlet: outlets[0], commodity: lpg, price: Money(17_000), observedAt: at(day: 7),
                                  context: context(at(day: 9, hours: 6)))
        // A stricter band for Kota Banjarmasin in force from day 9 judges its current prices again.
        _ = try store.createBand(Band(id: "bnd_banjarmasin", commodity: lpg, region: kotaBanjarmasin, min: Money(14_500),
                                      max: Money(19_000), effectiveFrom: at(day: 9, hours: 7), source: "Perwali",
                                      createdAt: at(day: 9, hours: 7)), context: context(at(day: 9, hours: 7)))
        try recordPrices([
            (10, 0, 14_000), (10, 4, 18_000),
            (20, 1, 18_600), (20, 2, 18_700), (20, 3, 18_400),                 // a fall: the regional alert resolves
        ], to: store)
        _ = try store.recordPrice(outlet: outlets[4], commodity: rice, price: Money(13_000), observedAt: at(day: 30),
                                  context: context(at(day: 30)))
        try recordPrices([(40, 0, 18_000), (40, 1, 18_000)], to: store)
        _ = try store.recordMovements([NewMovement(commodity: rice, kind: .receipt, quantity: 20)], outlet: outlets[4],
                                      context: context(at(day: 45)))
    }

    /// Records LPG prices, each observed and recorded `outlet` hours into its day.
    static func recordPrices(_ prices: [(day: Int64, outlet: Int, price: Int64)], to store: any PriceScenarioStore) throws {
        for report in prices {
            let now = at(day: report.day, hours: Int64(report.outlet))
            _ = try store.recordPrice(outlet: outlets[report.outlet], commodity: lpg, price: Money(report.price), observedAt: now,
                                      context: context(now))
        }
    }

    /// Everything read back, by what was asked.
    static func read(from store: any PriceScenarioStore) throws -> [String: [String]] {
        var seen: [String: [String]] = [:]
        let reportDay = LocalDate(year: 2025, month: 10, day: 11)!
        let zone = ReportTimeZone.jakarta
        let endOfDay = zone.endOfDay(reportDay)
        seen["history out_a"] = try pages { try store.priceHistory(outletID: "out_a", commodity: nil, from: nil, to: nil, page: $0) }
            .map { "\($0.seq) \($0.commodity) \($0.price) \($0.observedAt) \($0.recordedAt) \($0.band?.id ?? "-")" }
        seen["history out_c lpg days 8-20"] = try pages {
            try store.priceHistory(outletID: "out_c", commodity: lpg, from: at(day: 8), to: at(day: 20, hours: 2), page: $0)
        }.map { "\($0.seq) \($0.price) \($0.observedAt)" }
        let alerts = try pages { try store.alerts(AlertFilter(), page: $0) }
        seen["alerts"] = try alerts.map { alert in
            let events = try store.alertDetail(id: alert.id)?.events ?? []
            return text(alert) + " events " + events.map { "\($0.seq):\($0.type):\($0.value.map { "\($0)" } ?? "-")@\($0.at)" }
                .joined(separator: ",")
        }
        seen["regional alerts in 63"] = try pages { try store.alerts(AlertFilter(kind: .regionalPriceRise, region: RegionCode("63")), page: $0) }
            .map(text)
        let counts = try store.alertCounts(AlertFilter(status: .open), byRegionLevel: 2)
        seen["open counts"] = ["total \(counts.total)"] + counts.byKind.map { "\($0.key) \($0.value)" }.sorted()
            + counts.byRegion.map { "\($0.key) \($0.value)" }.sorted()
        let all = try store.alertCounts(AlertFilter(), byRegionLevel: 3)
        seen["all counts"] = ["total \(all.total)"] + all.byKind.map { "\($0.key.rawValue) \($0.value)" }.sorted()
            + all.byRegion.map { "\($0.key) \($0.value)" }.sorted()
        seen["by gap"] = try store.alertsByGap(AlertFilter(), offset: 1, limit: 20)
            .map { "\(text($0.alert)) in \($0.village ?? "-")/\($0.kecamatan ?? "-")/\($0.kabupaten ?? "-")" }
        seen["bands"] = try pages { try store.bands(commodity: lpg, region: nil, page: $0) }.map(text)
        seen["bands in 63.71"] = try pages { try store.bands(commodity: nil, region: kotaBanjarmasin, page: $0) }.map(text)
        seen["band in force"] = try [at(day: 1), at(day: 9, hours: 8)].flatMap { instant in
            try [outlets[0].region, RegionCode("63.03")!].map { region in
                "\(region) \(instant): \(try store.effectiveBand(commodity: lpg, region: region, at: instant)?.id ?? "-")"
            }
        } + ["national: \(try store.effectiveBand(commodity: lpg, region: nil, at: at(day: 50))?.id ?? "-")"]
        let daily = try store.dailyPrices(commodity: lpg, region: RegionCode("63"), before: endOfDay)
        seen["daily report"] = ["\(DailyPriceReport(snapshot: daily, date: reportDay, endOfDay: endOfDay))"]
        let series = try store.priceSeries(commodity: lpg, region: kotaBanjarmasin, from: zone.startOfDay(LocalDate(year: 2025, month: 10, day: 5)!),
                                           before: endOfDay)
        seen["series"] = ["\(PriceSeries(snapshot: series, from: LocalDate(year: 2025, month: 10, day: 5)!, to: reportDay, zone: zone))"]
        seen["sheet"] = try store.outletPriceSheet(commodity: lpg, region: nil, before: endOfDay).lines.map { "\($0)" }
        for date in [reportDay, LocalDate(year: 2025, month: 10, day: 22)!] {
            let windowStart = zone.startOfDay(EarlyWarningReport.windowStart(date))
            let snapshot = try store.earlyWarningPrices(commodity: lpg, region: RegionCode("63"), from: windowStart,
                                                        before: zone.endOfDay(date))
            seen["early warning \(date)"] = ["\(EarlyWarningReport(snapshot: snapshot, date: date, zone: zone, thresholds: .standard))"]
        }
        for region in [nil, RegionCode("63"), kotaBanjarmasin, RegionCode("63.71.01.1001")] {
            seen["coverage \(region.map { "\($0)" } ?? "national")"] = ["\(try store.coverage(region: region, activeSince: at(day: 35)))"]
        }
        seen["quiet since day 35"] = try store.outlets(OutletQuery(quietSince: at(day: 35)), page: PageRequest()).items
            .map { "\($0.id) \($0.lastReportAt.map { "\($0)" } ?? "-")" }
        seen["outlet out_e"] = ["\(try store.outlet(id: "out_e").map { "\($0)" } ?? "-")"]
        seen["regions"] = try pages { try store.regions(RegionQuery(parent: RegionCode("63.71.01")), page: $0) }.map { "\($0)" }
            + (try store.regions(RegionQuery(text: "banjar"), page: PageRequest()).items.map { "\($0)" })
            + (try store.regions(RegionQuery(), page: PageRequest()).items.map { "\($0)" })
            + ["\(try store.region(code: kotaBanjarmasin).map { "\($0)" } ?? "-")", "has \(try store.hasRegions())"]
            + (try store.loadedRegionCodes(among: [kotaBanjarmasin, RegionCode("64")!]).map { "\($0)" })
        return seen
    }

    /// Every item of every page, two at a time (so cursors are walked).
    static func pages<T>(_ page: (PageRequest) throws -> Page<T>) throws -> [T] {
        var items: [T] = []
        var cursor: String?
        repeat {
            let next = try page(PageRequest(limit: 2, cursor: cursor))
            items += next.items
            cursor = next.nextCursor
        } while cursor != nil
        return items
    }

    /// An alert without its random id.
    static func text(_ alert: Alert) -> String {
        "\(alert.seq) \(alert.kind.rawValue) \(alert.status) \(alert.outletID ?? "-") \(alert.outletName ?? "-") \(alert.cooperativeID ?? "-") "
            + "\(alert.region) \(alert.commodity) \(alert.value.map { "\($0)" } ?? "-") \(alert.band?.id ?? "-") "
            + "\(alert.level?.rawValue ?? "-") \(alert.openedAt) \(alert.updatedAt) \(alert.resolvedAt.map { "\($0)" } ?? "-") "
            + "\(alert.acknowledgement.map { "\($0)" } ?? "-") \(alert.message)"
    }

    /// A band as text.
    static func text(_ band: Band) -> String { "\(band)" }
}

/// The passing of time after the price scenario: stock held without recent prices, a band recorded for the
/// future, and sweeps on later days (`sweep` is the store's `sweepAlerts`); returns each sweep's outcome.
enum SharedSweepScenario {
    /// Runs the sweeps; `sweep(since, context)` sweeps the store.
    static func run(on store: any PriceScenarioStore,
                    sweep: (Timestamp?, WriteContext) throws -> SweepOutcomeText) throws -> [String] {
        func at(_ day: Int64, _ hours: Int64) -> Timestamp { SharedPriceScenario.at(day: day, hours: hours) }
        let context = SharedPriceScenario.context
        _ = try store.recordMovements([NewMovement(commodity: SharedPriceScenario.lpg, kind: .receipt, quantity: 10)],
                                      outlet: SharedPriceScenario.outlets[0], context: context(at(45, 1)))
        _ = try store.createBand(Band(id: "bnd_future", commodity: SharedPriceScenario.lpg, region: SharedPriceScenario.kotaBanjarmasin,
                                      min: Money(15_000), max: Money(17_500), effectiveFrom: at(47, 0), createdAt: at(45, 2)),
                                 context: context(at(45, 2)))
        var outcomes = [try sweep(nil, context(at(46, 0)))]
        _ = try store.recordPrice(outlet: SharedPriceScenario.outlets[0], commodity: SharedPriceScenario.lpg, price: Money(17_000),
                                  observedAt: at(47, 1), context: context(at(47, 1)))
        outcomes.append(try sweep(at(46, 0), context(at(48, 0))))
        outcomes.append(try sweep(at(48, 0), context(at(48, 1))))
        return outcomes
    }
}

/// A sweep's outcome as text, so the scenario needs neither store's module.
typealias SweepOutcomeText = String
