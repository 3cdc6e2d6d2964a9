import LumbungStore
import Testing

/// A malformed value in the database (as a hand edit or an older version could leave it) makes every read that
/// meets it answer `500 internal` problem+json carrying the request id, and the service keeps serving.
@Suite struct MalformedRowTests {
    /// A value written straight into the database, and the reads (method, path, token) that meet it.
    struct Corruption: CustomStringConvertible, Sendable {
        let description: String
        let sql: String
        let reads: @Sendable (World, _ alertID: String) -> [(String, String, String?)]
    }

    static let corruptions: [Corruption] = [
        Corruption(description: "outlet region xx",
                   sql: "DROP TRIGGER outlets_region_update; UPDATE outlets SET region = 'xx'") { world, _ in
            [("GET", "/v1/outlets/\(world.outletID)", nil), ("GET", "/v1/outlets?cooperativeId=\(world.cooperativeID)", nil),
             ("GET", "/v1/outlets/\(world.outletID)/stock", nil), ("GET", "/v1/outlets/\(world.outletID)/movements", nil),
             ("GET", "/v1/outlets/\(world.outletID)/prices", nil)]
        },
        Corruption(description: "alert region xx",
                   sql: "DROP TRIGGER alerts_region_update; UPDATE alerts SET region = 'xx'") { world, alertID in
            [("GET", "/v1/alerts?status=all", world.admin), ("GET", "/v1/alerts/\(alertID)", world.admin)]
        },
        Corruption(description: "alert status paused", sql: "UPDATE alerts SET status = 'paused'") { world, alertID in
            [("GET", "/v1/alerts?status=all", world.admin), ("GET", "/v1/alerts/\(alertID)", world.admin),
             ("POST", "/v1/alerts/\(alertID)/acknowledge", world.admin)]
        },
        Corruption(description: "movement kind theft", sql: "UPDATE stock_movements SET kind = 'theft'") { world, _ in
            [("GET", "/v1/outlets/\(world.outletID)/movements", nil)]
        },
        Corruption(description: "current price status odd", sql: "UPDATE current_prices SET status = 'odd'") { world, _ in
            [("GET", "/v1/outlets/\(world.outletID)/stock", nil), ("GET", "/v1/availability?commodity=lpg-3kg&region=63.71", nil)]
        },
        Corruption(description: "token role root", sql: "UPDATE tokens SET role = 'root' WHERE role = 'shopkeeper'") { world, _ in
            [("GET", "/v1/tokens", world.admin), ("GET", "/v1/regions", world.shopkeeper)]
        },
        Corruption(description: "commodity category toys", sql: "UPDATE commodities SET category = 'toys'") { _, _ in
            [("GET", "/v1/commodities", nil)]
        },
    ]

    @Test(.sqliteOnly("SQLite lets a hand edit bypass CHECK constraints; PostgreSQL has no such switch, so it cannot hold these rows"),
          arguments: corruptions)
    func eachReadMeetingTheValueIsAnInternalProblemAndTheServiceKeepsServing(_ corruption: Corruption) throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        #expect(try app.move(world.outletID, "receipt", "10", token: world.shopkeeper).status == 201)
        #expect(try app.reportPrice(world.outletID, 19_000, token: world.shopkeeper).status == 201)
        #expect(try app.request("PUT", "/v1/outlets/\(world.outletID)/stock/lpg-3kg/threshold", token: world.shopkeeper,
                                json: #"{"lowThreshold":20}"#).status == 200)
        let alertID = try #require(try app.request("GET", "/v1/alerts", token: world.admin).string("items.0.id"))
        try app.sqliteStore.database.write { connection in
            try connection.execute("PRAGMA ignore_check_constraints = ON; \(corruption.sql); PRAGMA ignore_check_constraints = OFF")
        }
        for (method, path, token) in corruption.reads(world, alertID) {
            let response = try app.request(method, path, token: token)
            let requestID = try #require(response.header("X-Request-Id"))
            #expect(response.status == 500, "\(method) \(path): \(response.text)")
            #expect(response.header("Content-Type") == "application/problem+json", "\(method) \(path)")
            #expect(response.string("code") == "internal", "\(method) \(path)")
            #expect(response.string("detail")?.contains(requestID) == true, "\(method) \(path)")
        }
        #expect(try app.request("GET", "/healthz").status == 200)
        #expect(try app.request("GET", "/v1/bands").status == 200)
    }

    @Test func theSchemaRefusesAMalformedRegionCode() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        #expect(throws: (any Error).self) {
            try app.sql("UPDATE outlets SET region = 'xx' WHERE id = ?", world.outletID)
        }
        #expect(throws: (any Error).self) {
            try app.sql("UPDATE cooperatives SET region = '63.7' WHERE id = ?", world.cooperativeID)
        }
        #expect(try app.request("GET", "/v1/outlets/\(world.outletID)").string("region") == "63.71.01.1001")
    }
}
