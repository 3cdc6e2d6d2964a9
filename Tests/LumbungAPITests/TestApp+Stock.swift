import HTTPTestClient
import LumbungCore
import LumbungStore

/// Stock helpers for tests: catalogue rows, movements over HTTP and balances read back with SQL.
extension TestApp {
    /// Makes sure the commodities the stock tests use are in the catalogue (harmless when the
    /// default catalogue already holds them).
    func ensureStockCommodities() throws {
        for (id, name, unit, category) in [("lpg-3kg", "LPG 3 kg", "tabung", "lpg"),
                                           ("beras-medium", "Beras medium", "kg", "beras"),
                                           ("gula-pasir", "Gula pasir", "kg", "sembako")] {
            try sql("""
                INSERT INTO commodities (id, name, unit, category, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)
                ON CONFLICT DO NOTHING
                """, id, name, unit, category)
        }
    }

    /// A world with the stock commodities in the catalogue.
    func makeStockWorld() throws -> World {
        try ensureStockCommodities()
        return try makeWorld()
    }

    /// `POST /v1/outlets/{outlet}/movements` with a JSON body built from the arguments.
    @discardableResult
    func move(_ outlet: String, _ kind: String, _ quantity: String, commodity: String = "lpg-3kg", token: String,
              key: String? = nil, extra: String = "") throws -> APIResponse {
        try request("POST", "/v1/outlets/\(outlet)/movements", token: token,
                    json: #"{"commodity":"\#(commodity)","kind":"\#(kind)","quantity":\#(quantity)\#(extra)}"#,
                    headers: key.map { [("Idempotency-Key", $0)] } ?? [])
    }

    /// The stored balance in thousandths, or nil when there is no balance row.
    func storedBalance(_ outlet: String, _ commodity: String = "lpg-3kg") throws -> Int64? {
        try sqlInt("SELECT quantity FROM stock_balances WHERE outlet_id = ? AND commodity = ?", outlet, commodity)
    }

    /// The sum of the ledger's deltas in thousandths.
    func ledgerSum(_ outlet: String, _ commodity: String = "lpg-3kg") throws -> Int64 {
        try sqlInt("SELECT coalesce(sum(delta), 0) FROM stock_movements WHERE outlet_id = ? AND commodity = ?", outlet, commodity) ?? 0
    }

    /// How many ledger rows the outlet has.
    func ledgerCount(_ outlet: String) throws -> Int {
        Int(try sqlInt("SELECT count(*) FROM stock_movements WHERE outlet_id = ?", outlet) ?? 0)
    }

    /// The bytes of a request as a client would send it, for tests that control when answers are read.
    func rawRequest(_ method: String, _ target: String, token: String, json: String, key: String? = nil) -> [UInt8] {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(token)\r\n"
        head += "Content-Type: application/json\r\nContent-Length: \(json.utf8.count)\r\n"
        if let key { head += "Idempotency-Key: \(key)\r\n" }
        return Array((head + "\r\n" + json).utf8)
    }
}
