import Foundation
import HTTPTestClient
import Testing

/// Recorded times follow the order the ledgers list writes in, even under concurrent writers.
@Suite struct RecordedOrderTests {
    /// Sends `body` on 64 connections at once and returns the statuses.
    private func concurrently(_ app: TestApp, _ target: String, token: String, json: String) throws -> [Int] {
        let bytes = app.rawRequest("POST", target, token: token, json: json)
        let connections = try (0..<64).map { _ in try HTTPConnection(port: app.port) }
        for connection in connections { try connection.send(bytes) }
        return try connections.map { try $0.readResponse(method: "POST").status }
    }

    /// True when no value is greater than the one before it.
    private func neverIncreases(_ values: [String]) -> Bool {
        zip(values, values.dropFirst()).allSatisfy { $0 >= $1 }
    }

    @Test func theLedgerNeverShowsTimeGoingBackwards() throws {
        let app = try TestApp(tick: 1)
        let world = try app.makeStockWorld()
        #expect(try app.move(world.outletID, "receipt", "100", token: world.shopkeeper).status == 201)
        let statuses = try concurrently(app, "/v1/outlets/\(world.outletID)/movements", token: world.shopkeeper,
                                        json: #"{"commodity":"lpg-3kg","kind":"sale","quantity":1}"#)
        #expect(statuses.allSatisfy { $0 == 201 })
        let ledger = try app.request("GET", "/v1/outlets/\(world.outletID)/movements?limit=100", token: world.shopkeeper)
        #expect(ledger.count("items") == 65)
        let recorded = (0..<65).compactMap { ledger.string("items.\($0).recordedAt") }
        #expect(recorded.count == 65)
        #expect(neverIncreases(recorded), "\(recorded)")
        #expect(Set(recorded).count > 1, "the clock moved while writing")
    }

    @Test func priceReportsAndAlertEventsAreStampedInCommitOrder() throws {
        let app = try TestApp(tick: 1)
        let world = try app.makeStockWorld()
        let prices = try concurrently(app, "/v1/outlets/\(world.outletID)/prices", token: world.shopkeeper,
                                      json: #"{"commodity":"lpg-3kg","price":35000}"#)
        #expect(prices.allSatisfy { $0 == 201 })
        let reports = try app.sqlRows("SELECT recorded_at FROM price_reports ORDER BY seq DESC").map { Int64($0[0] ?? "") ?? 0 }
        #expect(reports.count == 64)
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0 >= $1 }, "\(reports)")
        let events = try app.sqlRows("SELECT at FROM alert_events ORDER BY seq DESC").map { Int64($0[0] ?? "") ?? 0 }
        #expect(!events.isEmpty)
        #expect(zip(events, events.dropFirst()).allSatisfy { $0 >= $1 }, "\(events)")
    }
}
