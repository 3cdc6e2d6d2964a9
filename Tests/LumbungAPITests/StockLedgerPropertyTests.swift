import Foundation
import HTTPTestClient
import LumbungCore
import Testing

/// Thousands of random movements against a simple model of the balances: every answer must match
/// the model, and afterwards every balance must equal its ledger's sum, via the API and via SQL.
@Suite struct StockLedgerPropertyTests {
    /// One random movement and the JSON text sent for it.
    private struct Draw {
        /// The commodity id.
        let commodity: String
        /// The movement kind.
        let kind: String
        /// The quantity in thousandths.
        let thousandths: Int64
        /// False for a quantity sent with 4 decimals.
        let valid: Bool

        /// The movement as JSON text.
        var json: String {
            let quantity = valid ? Quantity(thousandths: thousandths).description : "\(thousandths / 1000).0005"
            return #"{"commodity":"\#(commodity)","kind":"\#(kind)","quantity":\#(quantity)}"#
        }

        /// The balance after this movement, nil when it would go negative; the quantity is valid.
        func apply(to balance: Int64) -> Int64? {
            let after = switch kind {
            case "receipt", "adjustment": balance + thousandths
            case "sale": balance - thousandths
            default: thousandths
            }
            return after >= 0 ? after : nil
        }

        /// Whether the kind allows the quantity.
        var allowedByKind: Bool {
            switch kind {
            case "receipt", "sale": thousandths > 0
            case "adjustment": thousandths != 0
            default: thousandths >= 0
            }
        }
    }

    /// The commodities moved.
    private static let commodities = ["lpg-3kg", "beras-medium", "gula-pasir"]

    @Test func balancesAlwaysEqualTheSumOfAcceptedMovements() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let outlets = [world.outletID, try app.makeOutlet(cooperativeID: world.cooperativeID, name: "Gerai Dua"),
                       try app.makeOutlet(cooperativeID: world.cooperativeID, name: "Gerai Tiga")]
        var random = SeededGenerator(seed: 20251023)
        var model: [String: Int64] = [:]
        var kept: [(key: String, target: String, body: String, answer: String)] = []
        var client = try HTTPConnection(port: app.port)
        var accepted = 0

        /// POSTs on the kept connection, reconnecting once if the server closed it.
        func send(_ target: String, _ body: String, key: String?) throws -> APIResponse {
            var headers = [("Authorization", "Bearer \(world.shopkeeper)"), ("Content-Type", "application/json")]
            if let key { headers.append(("Idempotency-Key", key)) }
            do {
                return APIResponse(try client.request("POST", target, headers: headers, body: Array(body.utf8)))
            } catch {
                client = try HTTPConnection(port: app.port)
                return APIResponse(try client.request("POST", target, headers: headers, body: Array(body.utf8)))
            }
        }

        for step in 0..<2000 {
            let outlet = outlets[Int.random(in: 0..<outlets.count, using: &random)]
            let roll = Int.random(in: 0..<100, using: &random)
            if roll < 8, let old = kept.randomElement(using: &random) {
                let replay = try send(old.target, old.body, key: old.key)
                #expect(replay.status == 201 && replay.text == old.answer && replay.header("Idempotent-Replayed") == "true",
                        "step \(step): replay of \(old.key) answered \(replay.status)")
                continue
            }
            if roll < 12, let old = kept.randomElement(using: &random) {
                let reuse = try send(old.target, old.body.replacingOccurrences(of: "}", with: #","note":"x"}"#), key: old.key)
                #expect(reuse.string("code") == "idempotency_key_reused", "step \(step)")
                continue
            }
            let count = roll < 35 ? Int.random(in: 2...6, using: &random) : 1
            let draws = (0..<count).map { _ in Self.draw(&random) }
            var next = model
            var expected = draws.allSatisfy { $0.valid && $0.allowedByKind } ? 201 : 422
            var available: Int64?
            for draw in draws where expected == 201 {
                let slot = "\(outlet) \(draw.commodity)"
                guard let after = draw.apply(to: next[slot, default: 0]) else {
                    expected = 409
                    available = next[slot, default: 0]
                    break
                }
                next[slot] = after
            }
            let target = "/v1/outlets/\(outlet)/movements" + (count > 1 ? "/batch" : "")
            let body = count > 1 ? #"{"movements":[\#(draws.map(\.json).joined(separator: ","))]}"# : draws[0].json
            let key = step.isMultiple(of: 3) ? "key-\(step)" : nil
            let answer = try send(target, body, key: key)
            #expect(answer.status == expected, "step \(step): \(body) answered \(answer.text)")
            if let available {
                #expect(answer.number("available") == Quantity(thousandths: available).description, "step \(step)")
            }
            guard answer.status == 201 else { continue }
            model = next
            accepted += count
            if let key { kept.append((key, target, body, answer.text)) }
        }
        #expect(accepted > 1500)
        for outlet in outlets {
            let shelf = try app.request("GET", "/v1/outlets/\(outlet)/stock")
            for commodity in Self.commodities {
                let expected = model["\(outlet) \(commodity)"]
                let item = (0..<shelf.count("items")).first { shelf.string("items.\($0).commodity") == commodity }
                #expect(item.flatMap { shelf.number("items.\($0).quantity") } == expected.map { Quantity(thousandths: $0).description })
                #expect(try app.storedBalance(outlet, commodity) == expected)
                #expect(try app.ledgerSum(outlet, commodity) == expected ?? 0)
            }
        }
        #expect(try Self.runningSumsMismatchingTheLedger(app) == 0)
    }

    /// Ledger rows whose `balance_after` differs from the running sum of deltas, or is negative.
    private static func runningSumsMismatchingTheLedger(_ app: TestApp) throws -> Int {
        Int(try app.sqlInt("""
            SELECT count(*) FROM (
                SELECT balance_after, sum(delta) OVER (PARTITION BY outlet_id, commodity ORDER BY seq) AS running
                FROM stock_movements) AS ledger
            WHERE balance_after <> running OR balance_after < 0
            """) ?? -1)
    }

    /// A random movement: mostly valid, small quantities so that sales often run out.
    private static func draw(_ random: inout SeededGenerator) -> Draw {
        let kinds = ["receipt", "receipt", "sale", "sale", "sale", "adjustment", "count"]
        let kind = kinds[Int.random(in: 0..<kinds.count, using: &random)]
        var thousandths = Int64.random(in: 0...8, using: &random) * 1000 + Int64.random(in: 0...2, using: &random) * 125
        if kind == "adjustment", Bool.random(using: &random) { thousandths = -thousandths }
        if kind == "count" { thousandths *= 2 }
        return Draw(commodity: commodities[Int.random(in: 0..<commodities.count, using: &random)], kind: kind,
                    thousandths: thousandths, valid: Int.random(in: 0..<40, using: &random) != 0)
    }
}

/// SplitMix64: a small seeded generator, so a failing run can be reproduced.
struct SeededGenerator: RandomNumberGenerator {
    /// The generator's position.
    private var state: UInt64

    /// A generator that always yields the same sequence for `seed`.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
