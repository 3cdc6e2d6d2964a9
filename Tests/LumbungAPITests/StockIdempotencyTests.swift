import Foundation
import HTTPTestClient
import Testing

@Suite struct StockIdempotencyTests {
    @Test func aRepeatReplaysTheFirstAnswerAndWritesNothing() throws {
        let app = try TestApp(overSocket: true)
        let world = try app.makeStockWorld()
        let first = try app.move(world.outletID, "receipt", "12", token: world.shopkeeper, key: "hp-0001")
        #expect(first.status == 201)
        #expect(first.header("Idempotent-Replayed") == nil)
        let again = try app.move(world.outletID, "receipt", "12", token: world.shopkeeper, key: "hp-0001")
        #expect(again.status == 201)
        #expect(again.header("Idempotent-Replayed") == "true")
        #expect(again.text == first.text)
        #expect(again.header("Content-Type") == "application/json")
        #expect(try app.ledgerCount(world.outletID) == 1)
        #expect(try app.storedBalance(world.outletID) == 12_000)
    }

    @Test func theSameKeyWithAnotherBodyIsRefused() throws {
        let app = try TestApp(overSocket: true)
        let world = try app.makeStockWorld()
        try app.move(world.outletID, "receipt", "12", token: world.shopkeeper, key: "hp-0002")
        let other = try app.move(world.outletID, "receipt", "13", token: world.shopkeeper, key: "hp-0002")
        #expect(other.status == 422)
        #expect(other.string("code") == "idempotency_key_reused")
        #expect(try app.ledgerCount(world.outletID) == 1)
        #expect(try app.storedBalance(world.outletID) == 12_000)
    }

    @Test func aBatchReplaysToo() throws {
        let app = try TestApp(overSocket: true)
        let world = try app.makeStockWorld()
        let body = #"{"movements":[{"commodity":"lpg-3kg","kind":"receipt","quantity":5},{"commodity":"lpg-3kg","kind":"sale","quantity":1}]}"#
        let target = "/v1/outlets/\(world.outletID)/movements/batch"
        let key = [("Idempotency-Key", "sync-2025-10-23")]
        let first = try app.request("POST", target, token: world.shopkeeper, json: body, headers: key)
        let again = try app.request("POST", target, token: world.shopkeeper, json: body, headers: key)
        #expect(first.status == 201)
        #expect(again.header("Idempotent-Replayed") == "true")
        #expect(again.text == first.text)
        #expect(try app.ledgerCount(world.outletID) == 2)
        #expect(try app.storedBalance(world.outletID) == 4_000)
    }

    @Test func concurrentRepeatsWriteOnce() throws {
        let app = try TestApp(overSocket: true)
        let world = try app.makeStockWorld()
        let bytes = app.rawRequest("POST", "/v1/outlets/\(world.outletID)/movements", token: world.shopkeeper,
                                   json: #"{"commodity":"lpg-3kg","kind":"receipt","quantity":3}"#, key: "retry-storm")
        let connections = try (0..<16).map { _ in try HTTPConnection(port: app.port) }
        for connection in connections { try connection.send(bytes) }
        let answers = try connections.map { try $0.readResponse(method: "POST") }
        #expect(answers.allSatisfy { $0.status == 201 })
        #expect(Set(answers.map(\.text)).count == 1)
        #expect(answers.filter { $0.header("Idempotent-Replayed") == "true" }.count == 15)
        #expect(try app.ledgerCount(world.outletID) == 1)
        #expect(try app.storedBalance(world.outletID) == 3_000)
    }

    @Test func keysBelongToTheirToken() throws {
        let app = try TestApp(overSocket: true)
        let world = try app.makeStockWorld()
        try app.move(world.outletID, "receipt", "2", token: world.shopkeeper, key: "shared-key")
        let officer = try app.move(world.outletID, "receipt", "2", token: world.officer, key: "shared-key")
        #expect(officer.status == 201)
        #expect(officer.header("Idempotent-Replayed") == nil)
        #expect(try app.storedBalance(world.outletID) == 4_000)
    }
}
