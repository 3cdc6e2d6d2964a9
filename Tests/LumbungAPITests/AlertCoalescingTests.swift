import Testing

/// A write that opens and resolves the same alert again leaves no trace of it; what is true at commit stays.
@Suite struct AlertCoalescingTests {
    @Test func aBatchOfReceiptSalePairsOpensOnlyTheAlertStillTrueAtTheEnd() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let pairs = (0..<500).map { _ in
            #"{"commodity":"lpg-3kg","kind":"receipt","quantity":1},{"commodity":"lpg-3kg","kind":"sale","quantity":1}"#
        }
        let batch = try app.request("POST", "/v1/outlets/\(world.outletID)/movements/batch", token: world.shopkeeper,
                                    json: #"{"movements":[\#(pairs.joined(separator: ","))]}"#)
        #expect(batch.status == 201)
        let alerts = try app.alerts("status=all&kind=out_of_stock", token: world.officer)
        #expect(alerts.count("items") == 1)
        #expect(alerts.string("items.0.status") == "open")
        #expect(try app.count("SELECT count(*) FROM alert_events") == 1)
    }

    @Test func anAlertOpenedByAnEarlierWriteIsStillResolvedWithItsEvent() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        try app.move(world.outletID, "receipt", "1", token: world.shopkeeper)
        try app.move(world.outletID, "sale", "1", token: world.shopkeeper)
        try app.move(world.outletID, "receipt", "5", token: world.shopkeeper)
        let alerts = try app.alerts("status=all&kind=out_of_stock", token: world.officer)
        #expect(alerts.count("items") == 1)
        #expect(alerts.string("items.0.status") == "resolved")
        #expect(try app.count("SELECT count(*) FROM alert_events") == 2)
    }
}
