import Foundation
import HTTPTestClient
import Synchronization
import Testing

@Suite struct StockConcurrencyTests {
    @Test func sixtyFourClientsSellingFiftyCylindersSellExactlyFifty() throws {
        let app = try TestApp(overSocket: true)
        let world = try app.makeStockWorld()
        #expect(try app.move(world.outletID, "receipt", "50", token: world.shopkeeper).status == 201)
        let bytes = app.rawRequest("POST", "/v1/outlets/\(world.outletID)/movements", token: world.shopkeeper,
                                   json: #"{"commodity":"lpg-3kg","kind":"sale","quantity":1}"#)
        let connections = try (0..<64).map { _ in try HTTPConnection(port: app.port) }
        for connection in connections { try connection.send(bytes) }
        let answers = try connections.map { try $0.readResponse(method: "POST") }
        #expect(answers.filter { $0.status == 201 }.count == 50)
        #expect(answers.filter { $0.status == 409 }.count == 14)
        let balancesAfter = answers.filter { $0.status == 201 }.compactMap { answer -> String? in
            let response = APIResponse(answer)
            return response.number("balanceAfter")
        }
        #expect(Set(balancesAfter) == Set((0..<50).map(String.init)))
        #expect(try app.storedBalance(world.outletID) == 0)
        #expect(try app.ledgerSum(world.outletID) == 0)
    }

    @Test func writersOnThreadsNeverOversell() throws {
        let app = try TestApp(overSocket: true)
        let world = try app.makeStockWorld()
        #expect(try app.move(world.outletID, "receipt", "10", token: world.shopkeeper).status == 201)
        let requests = ["receipt", "sale"].map { kind in
            app.rawRequest("POST", "/v1/outlets/\(world.outletID)/movements", token: world.shopkeeper,
                           json: #"{"commodity":"lpg-3kg","kind":"\#(kind)","quantity":1}"#)
        }
        let port = app.port
        let statuses = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 32) { index in
            let status = (try? {
                let connection = try HTTPConnection(port: port)
                try connection.send(requests[index.isMultiple(of: 4) ? 0 : 1])
                return try connection.readResponse(method: "POST").status
            }()) ?? -1
            statuses.withLock { $0.append(status) }
        }
        let all = statuses.withLock { $0 }
        #expect(all.allSatisfy { $0 == 201 || $0 == 409 })
        let salesAccepted = all.filter { $0 == 201 }.count - 8
        #expect(all.filter { $0 == 409 }.count >= 6, "24 sales against at most 18 cylinders")
        #expect(try app.storedBalance(world.outletID) == Int64(10 + 8 - salesAccepted) * 1000)
        #expect(try app.ledgerSum(world.outletID) == Int64(10 + 8 - salesAccepted) * 1000)
        #expect(try app.ledgerCount(world.outletID) == 1 + 8 + salesAccepted)
    }
}
