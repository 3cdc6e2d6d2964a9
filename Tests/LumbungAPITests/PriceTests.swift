import Foundation
import Testing

@Suite struct PriceTests {
    @Test func aReportAnswersItsStatusAndTheBandAtObservedAt() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let response = try app.reportPrice(world.outletID, 19000, token: world.shopkeeper)
        #expect(response.status == 201)
        guard case .object(let members) = response.json else { Issue.record("not an object: \(response.text)"); return }
        #expect(members.map(\.key) == ["id", "outletId", "commodity", "price", "observedAt", "recordedAt", "status", "band", "implausible"])
        #expect(response.string("id")?.hasPrefix("prc_") == true)
        #expect(response.string("outletId") == world.outletID)
        #expect(response.number("price") == "19000")
        #expect(response.string("observedAt") == "2025-10-23T08:00:00Z")
        #expect(response.string("recordedAt") == "2025-10-23T08:00:00Z")
        #expect(response.string("status") == "in_band")
        #expect(response.number("band.max") == "20000")
        #expect(response.string("band.region") == "63")
        let above = try app.reportPrice(world.outletID, 35000, token: world.shopkeeper)
        #expect(above.string("status") == "above_band")
        let below = try app.reportPrice(world.outletID, 15000, token: world.shopkeeper)
        #expect(below.string("status") == "below_band")
        let unbanded = try app.reportPrice(world.outletID, 28000, commodity: "telur-ayam-ras", token: world.shopkeeper)
        #expect(unbanded.string("status") == "no_band")
        #expect(unbanded.value("band")?.isNull == true)
        let beforeRiceBands = try app.reportPrice(world.outletID, 16000, commodity: "beras-medium",
                                                  observedAt: "2025-08-01T00:00:00Z", token: world.shopkeeper)
        #expect(beforeRiceBands.string("status") == "no_band")
    }

    @Test func aReportsAnswerIsTheHistoryItemWithItsBandAndImplausibility() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let answer = try app.reportPrice(world.outletID, 19000, observedAt: "2025-10-23T07:59:58.250+08:00",
                                         token: world.shopkeeper)
        let band = try app.effectiveBand("lpg-3kg", region: "63.71.01.1001", at: "2025-10-22T23:59:58.250Z")
        let id = try #require(answer.string("id"))
        #expect(answer.text == #"{"id":"\#(id)","outletId":"\#(world.outletID)","commodity":"lpg-3kg","price":19000,"#
            + #""observedAt":"2025-10-22T23:59:58.250Z","recordedAt":"2025-10-23T08:00:00Z","status":"in_band","#
            + #""band":\#(band.text),"implausible":false}"#)
        let history = try app.request("GET", "/v1/outlets/\(world.outletID)/prices")
        let withoutImplausible = answer.text.replacingOccurrences(of: #","implausible":false}"#, with: "}")
        #expect(history.text == #"{"items":["# + withoutImplausible + #"],"nextCursor":null}"#)
        let unbanded = try app.reportPrice(world.outletID, 28000, commodity: "telur-ayam-ras", token: world.shopkeeper)
        #expect(unbanded.text.hasSuffix(#""status":"no_band","band":null,"implausible":false}"#))
    }

    @Test func whoMayReportPrices() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        #expect(try app.reportPrice(world.outletID, 19000, token: world.shopkeeper).status == 201)
        #expect(try app.reportPrice(world.outletID, 19000, token: world.officer).status == 201)
        #expect(try app.reportPrice(world.outletID, 19000, token: world.admin).status == 201)
        #expect(try app.reportPrice(world.outletID, 19000, token: world.otherShopkeeper).status == 403)
        #expect(try app.reportPrice(world.outletID, 19000, token: world.otherOfficer).status == 403)
        #expect(try app.request("POST", "/v1/outlets/\(world.outletID)/prices", json: #"{"commodity":"lpg-3kg","price":1}"#)
            .status == 401)
        #expect(try app.reportPrice("out_nothing", 19000, token: world.admin).status == 404)
    }

    @Test func invalidReportsAreRefusedNamingTheField() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let cases: [(String, String)] = [
            (#"{"commodity":"lpg-3kg","price":0}"#, "price"),
            (#"{"commodity":"lpg-3kg","price":-5}"#, "price"),
            (#"{"commodity":"lpg-3kg","price":18500.5}"#, "price"),
            (#"{"commodity":"lpg-3kg","price":"18500"}"#, "price"),
            (#"{"commodity":"lpg-3kg"}"#, "price"),
            (#"{"price":18500}"#, "commodity"),
            (#"{"commodity":"kopi","price":18500}"#, "commodity"),
            (#"{"commodity":"LPG","price":18500}"#, "commodity"),
            (#"{"commodity":"lpg-3kg","price":18500,"observedAt":"2025-10-23T08:05:01Z"}"#, "observedAt"),
            (#"{"commodity":"lpg-3kg","price":18500,"observedAt":"kemarin"}"#, "observedAt"),
        ]
        for (body, field) in cases {
            let response = try app.request("POST", "/v1/outlets/\(world.outletID)/prices", token: world.shopkeeper, json: body)
            #expect(response.status == 422, "\(body)")
            #expect(response.string("errors.0.field") == field, "\(body): \(response.text)")
        }
        let slightlyAhead = try app.reportPrice(world.outletID, 19000, observedAt: "2025-10-23T15:05:00+07:00",
                                                token: world.shopkeeper)
        #expect(slightlyAhead.status == 201)
        #expect(try app.request("GET", "/v1/outlets/\(world.outletID)/prices").count("items") == 1)
    }

    @Test func aLateReportJoinsTheHistoryWithoutChangingTheCurrentPrice() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        try app.reportPrice(world.outletID, 19000, token: world.shopkeeper)
        let late = try app.reportPrice(world.outletID, 35000, observedAt: "2025-10-23T06:00:00Z", token: world.shopkeeper)
        #expect(late.status == 201)
        #expect(late.string("status") == "above_band")
        #expect(try app.alerts(token: world.officer).count("items") == 0)
        let history = try app.request("GET", "/v1/outlets/\(world.outletID)/prices")
        #expect(history.count("items") == 2)
        #expect(history.number("items.0.price") == "19000")
        #expect(history.number("items.1.price") == "35000")
        #expect(history.string("items.1.status") == "above_band")
        let shelfPrice = try app.sqlInt("SELECT price FROM current_prices WHERE outlet_id = ?", world.outletID)
        #expect(shelfPrice == 19000)
    }

    @Test func historyFiltersAndPagesNewestObservedFirst() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        for hour in [1, 3, 2] {
            try app.reportPrice(world.outletID, 18500 + hour, observedAt: "2025-10-23T0\(hour):00:00Z", token: world.shopkeeper)
        }
        try app.reportPrice(world.outletID, 14000, commodity: "beras-medium", token: world.shopkeeper)
        let outlet = "/v1/outlets/\(world.outletID)/prices"
        let first = try app.request("GET", outlet + "?commodity=lpg-3kg&limit=2")
        #expect(first.status == 200)
        #expect(first.count("items") == 2)
        #expect(first.number("items.0.price") == "18503")
        #expect(first.number("items.1.price") == "18502")
        let cursor = try #require(first.string("nextCursor"))
        let second = try app.request("GET", outlet + "?commodity=lpg-3kg&limit=2&cursor=\(cursor)")
        #expect(second.count("items") == 1)
        #expect(second.number("items.0.price") == "18501")
        #expect(second.value("nextCursor")?.isNull == true)
        let window = try app.request("GET", outlet + "?from=2025-10-23T02:00:00Z&to=2025-10-23T03:00:00Z")
        #expect(window.count("items") == 2)
        #expect(try app.request("GET", outlet).count("items") == 4)
        #expect(try app.request("GET", outlet + "?from=yesterday").status == 400)
        #expect(try app.request("GET", outlet + "?commodity=LPG").status == 400)
        #expect(try app.request("GET", outlet + "?cursor=abc").status == 400)
        #expect(try app.request("GET", "/v1/outlets/out_nothing/prices").status == 404)
    }

    @Test func reportsObservedAtTheSameInstantPageOneByOne() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        for price in [19001, 19002, 19003] {
            try app.reportPrice(world.outletID, price, observedAt: "2025-10-23T07:00:00Z", token: world.shopkeeper)
        }
        var seen: [String] = []
        var cursor: String?
        repeat {
            let page = try app.request("GET", "/v1/outlets/\(world.outletID)/prices?limit=1" + (cursor.map { "&cursor=\($0)" } ?? ""))
            seen += (0..<page.count("items")).compactMap { page.number("items.\($0).price") }
            cursor = page.string("nextCursor")
        } while cursor != nil && seen.count < 10
        #expect(seen == ["19003", "19002", "19001"])
    }

    @Test func aRepeatedReportWithTheSameKeyIsRecordedOnce() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let first = try app.reportPrice(world.outletID, 35000, token: world.shopkeeper, key: "harga-1")
        let again = try app.reportPrice(world.outletID, 35000, token: world.shopkeeper, key: "harga-1")
        #expect(first.status == 201)
        #expect(again.status == 201)
        #expect(again.header("Idempotent-Replayed") == "true")
        #expect(again.string("id") == first.string("id"))
        #expect(try app.request("GET", "/v1/outlets/\(world.outletID)/prices").count("items") == 1)
        let alert = try app.alerts(token: world.officer)
        #expect(alert.count("items") == 1)
        let detail = try app.request("GET", "/v1/alerts/\(alert.string("items.0.id") ?? "")", token: world.officer)
        #expect(detail.count("events") == 1)
        #expect(try app.reportPrice(world.outletID, 36000, token: world.shopkeeper, key: "harga-1").status == 422)
    }
}
