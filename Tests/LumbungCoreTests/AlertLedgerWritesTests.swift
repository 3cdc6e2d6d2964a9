import LumbungCore
import Testing

/// `apply` turns a check's decision into the ledger's writes the same way for every storage.
struct AlertLedgerWritesTests {
    /// A ledger that records the writes asked of it, with one open alert (or none).
    final class RecordingLedger: AlertLedgerWrites {
        let open: (id: String, shown: AlertFinding)?
        var writes: [String] = []

        init(open: AlertFinding?) {
            self.open = open.map { ("alr_1", $0) }
        }

        func openAlert(_ kind: AlertKind, of subject: AlertSubject, commodity: CommodityID) -> (id: String, shown: AlertFinding)? { open }
        func insertAlert(_ kind: AlertKind, of subject: AlertSubject, commodity: CommodityID, showing finding: AlertFinding) {
            writes.append("insert \(kind.rawValue) \(subject.outletID ?? subject.region.rawValue) \(finding.value ?? 0)")
        }
        func updateAlert(id: String, showing finding: AlertFinding) { writes.append("update \(id) \(finding.value ?? 0)") }
        func resolve(id: String, value: Int64?, note: String?) { writes.append("resolve \(id) \(value ?? 0)") }
        func setLevel(_ level: WarningLevel, id: String) { writes.append("level \(id) \(level.rawValue)") }
    }

    static let outlet = AlertSubject.outlet(OutletSummary(id: "out_1", cooperativeID: "coop_1", name: "Gerai",
                                                          region: RegionCode("63.71.01.1001")!))
    static let lpg = CommodityID("lpg-3kg")!

    @Test func eachDecisionBecomesItsWritesAndEvent() throws {
        let shown = AlertFinding(value: 5, message: "a")
        let rows: [(AlertFinding?, AlertCheck, AlertSubject, [String], AlertEventType?)] = [
            (nil, AlertCheck(kind: .lowStock, finding: shown, resolvedValue: nil), Self.outlet, ["insert low_stock out_1 5"], .opened),
            (shown, AlertCheck(kind: .lowStock, finding: shown, resolvedValue: nil), Self.outlet, [], nil),
            (shown, AlertCheck(kind: .lowStock, finding: AlertFinding(value: 3, message: "b"), resolvedValue: nil), Self.outlet,
             ["update alr_1 3"], .updated),
            (shown, AlertCheck(kind: .lowStock, finding: nil, resolvedValue: 9), Self.outlet, ["resolve alr_1 9"], .resolved),
            (nil, AlertCheck(kind: .lowStock, finding: nil, resolvedValue: 9), Self.outlet, [], nil),
            (shown, AlertCheck(kind: .regionalPriceRise, finding: nil, resolvedValue: -35), .region(RegionCode("63.71")!),
             ["level alr_1 normal", "resolve alr_1 -35"], .resolved),
            (nil, AlertCheck(kind: .regionalPriceRise, finding: AlertFinding(value: 97, message: "c", level: .waspada),
                             resolvedValue: nil), .region(RegionCode("63.71")!), ["insert regional_price_rise 63.71 97"], .opened),
        ]
        for (open, check, subject, writes, event) in rows {
            let ledger = RecordingLedger(open: open)
            #expect(try ledger.apply(check, at: subject, commodity: Self.lpg) == event)
            #expect(ledger.writes == writes)
        }
    }
}
