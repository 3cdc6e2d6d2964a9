import LumbungCore
import MicroHTTP
import Testing

@Suite struct MovementTests {
    @Test func receiptAnswersTheWholeMovementAndKeepsTheBalance() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let response = try app.move(world.outletID, "receipt", "40", token: world.shopkeeper, extra: #","note":"dari agen""#)
        #expect(response.status == 201)
        guard case .object(let members) = response.json else { Issue.record("not an object: \(response.text)"); return }
        #expect(members.map(\.key) == ["id", "outletId", "commodity", "kind", "quantity", "delta", "balanceAfter",
                                       "occurredAt", "recordedAt", "note"])
        #expect(response.string("id")?.hasPrefix("mov_") == true)
        #expect(response.string("outletId") == world.outletID)
        #expect(response.string("commodity") == "lpg-3kg")
        #expect(response.string("kind") == "receipt")
        #expect(response.number("quantity") == "40")
        #expect(response.number("delta") == "40")
        #expect(response.number("balanceAfter") == "40")
        #expect(response.string("occurredAt") == "2025-10-23T08:00:00Z")
        #expect(response.string("recordedAt") == "2025-10-23T08:00:00Z")
        #expect(response.string("note") == "dari agen")
        #expect(try app.storedBalance(world.outletID) == 40_000)
    }

    @Test func saleSubtractsAndOversellingWritesNothing() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        try app.move(world.outletID, "receipt", "5", token: world.shopkeeper)
        let sale = try app.move(world.outletID, "sale", "2", token: world.shopkeeper)
        #expect(sale.status == 201)
        #expect(sale.number("delta") == "-2")
        #expect(sale.number("balanceAfter") == "3")
        let refused = try app.move(world.outletID, "sale", "3.5", token: world.shopkeeper)
        #expect(refused.status == 409)
        #expect(refused.string("code") == "insufficient_stock")
        #expect(refused.number("available") == "3")
        #expect(try app.ledgerCount(world.outletID) == 2)
        #expect(try app.storedBalance(world.outletID) == 3_000)
    }

    @Test func adjustmentIsSignedAndMayNotGoNegative() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        try app.move(world.outletID, "receipt", "10", token: world.shopkeeper)
        let down = try app.move(world.outletID, "adjustment", "-2.5", token: world.shopkeeper, extra: #","note":"bocor""#)
        #expect(down.status == 201)
        #expect(down.number("quantity") == "-2.5")
        #expect(down.number("delta") == "-2.5")
        #expect(down.number("balanceAfter") == "7.5")
        let up = try app.move(world.outletID, "adjustment", "1", token: world.shopkeeper)
        #expect(up.number("balanceAfter") == "8.5")
        let refused = try app.move(world.outletID, "adjustment", "-9", token: world.shopkeeper)
        #expect(refused.status == 409)
        #expect(refused.number("available") == "8.5")
        #expect(try app.storedBalance(world.outletID) == 8_500)
    }

    @Test func countSetsTheBalanceAndRecordsTheDelta() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        try app.move(world.outletID, "receipt", "10", token: world.shopkeeper)
        let lower = try app.move(world.outletID, "count", "7.25", token: world.shopkeeper)
        #expect(lower.status == 201)
        #expect(lower.number("quantity") == "7.25")
        #expect(lower.number("delta") == "-2.75")
        #expect(lower.number("balanceAfter") == "7.25")
        let higher = try app.move(world.outletID, "count", "12", token: world.shopkeeper)
        #expect(higher.number("delta") == "4.75")
        let empty = try app.move(world.outletID, "count", "0", token: world.shopkeeper)
        #expect(empty.status == 201)
        #expect(empty.number("delta") == "-12")
        #expect(try app.ledgerSum(world.outletID) == 0)
    }

    @Test func quantitiesAreExactToThreeDecimals() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        try app.move(world.outletID, "receipt", "0.1", commodity: "beras-medium", token: world.shopkeeper)
        let second = try app.move(world.outletID, "receipt", "0.2", commodity: "beras-medium", token: world.shopkeeper)
        #expect(second.number("balanceAfter") == "0.3")
        let sale = try app.move(world.outletID, "sale", "0.3", commodity: "beras-medium", token: world.shopkeeper)
        #expect(sale.status == 201)
        #expect(sale.number("balanceAfter") == "0")
    }

    @Test(arguments: [("receipt", "0"), ("receipt", "-1"), ("sale", "0"), ("sale", "-2"), ("adjustment", "0"),
                      ("count", "-1"), ("receipt", "1.2345"), ("receipt", "1e3"), ("receipt", "\"5\"")])
    func quantitiesTheKindDoesNotAllowAreRefusedNamingQuantity(kind: String, quantity: String) throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let response = try app.move(world.outletID, kind, quantity, token: world.shopkeeper)
        #expect(response.status == 422)
        #expect(response.string("code") == "invalid")
        #expect(response.string("errors.0.field") == "quantity")
        #expect(try app.ledgerCount(world.outletID) == 0)
    }

    @Test func missingAndInvalidFieldsAreAllNamed() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let empty = try app.request("POST", "/v1/outlets/\(world.outletID)/movements", token: world.shopkeeper, json: "{}")
        #expect(empty.status == 422)
        #expect(fields(empty) == ["commodity", "kind", "quantity"])
        let wrong = try app.request("POST", "/v1/outlets/\(world.outletID)/movements", token: world.shopkeeper,
                                    json: #"{"commodity":"LPG 3kg","kind":"theft","quantity":1}"#)
        #expect(fields(wrong) == ["commodity", "kind"])
    }

    @Test func commodityMustBeInTheCatalogue() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let response = try app.move(world.outletID, "receipt", "1", commodity: "emas-batangan", token: world.shopkeeper)
        #expect(response.status == 422)
        #expect(response.string("code") == "invalid")
        #expect(response.string("errors.0.field") == "commodity")
    }

    @Test func occurredAtAcceptsAnyOffsetButNotTheFarFuture() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let past = try app.move(world.outletID, "receipt", "1", token: world.shopkeeper,
                                extra: #","occurredAt":"2025-10-23T07:30:00+08:00""#)
        #expect(past.string("occurredAt") == "2025-10-22T23:30:00Z")
        #expect(past.string("recordedAt") == "2025-10-23T08:00:00Z")
        let soon = try app.move(world.outletID, "receipt", "1", token: world.shopkeeper,
                                extra: #","occurredAt":"2025-10-23T08:05:00Z""#)
        #expect(soon.status == 201)
        let late = try app.move(world.outletID, "receipt", "1", token: world.shopkeeper,
                                extra: #","occurredAt":"2025-10-23T08:05:01Z""#)
        #expect(late.status == 422)
        #expect(late.string("errors.0.field") == "occurredAt")
    }

    @Test func whoMayWrite() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let officerElsewhere = try app.makeToken(.officer, region: "63.72")
        #expect(try app.request("POST", "/v1/outlets/\(world.outletID)/movements",
                                json: #"{"commodity":"lpg-3kg","kind":"receipt","quantity":1}"#).status == 401)
        #expect(try app.move(world.outletID, "receipt", "1", token: "not-a-token").status == 401)
        #expect(try app.move(world.outletID, "receipt", "1", token: world.otherShopkeeper).status == 403)
        #expect(try app.move(world.outletID, "receipt", "1", token: world.otherOfficer).status == 403)
        #expect(try app.move(world.outletID, "receipt", "1", token: officerElsewhere).status == 403)
        #expect(try app.ledgerCount(world.outletID) == 0)
        #expect(try app.move(world.outletID, "receipt", "1", token: world.officer).status == 201)
        #expect(try app.move(world.outletID, "receipt", "1", token: world.shopkeeper).status == 201)
        #expect(try app.move(world.outletID, "receipt", "1", token: world.admin).status == 201)
        #expect(try app.storedBalance(world.outletID) == 3_000)
    }

    @Test func unknownOutletAndBadBodies() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        #expect(try app.move("out_nothing", "receipt", "1", token: world.admin).status == 404)
        let target = "/v1/outlets/\(world.outletID)/movements"
        #expect(try app.request("POST", target, token: world.shopkeeper, json: "{\"commodity\":").status == 400)
        let plain = try app.request("POST", target, token: world.shopkeeper, headers: [("Content-Type", "text/plain")])
        #expect(plain.status == 415)
    }

    /// The field names of a validation problem, in order.
    private func fields(_ response: APIResponse) -> [String] {
        (0..<response.count("errors")).compactMap { response.string("errors.\($0).field") }
    }
}
