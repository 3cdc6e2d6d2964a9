import Testing

@Suite struct MovementBatchTests {
    @Test func aBatchIsAppliedInOrder() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let response = try app.request("POST", "/v1/outlets/\(world.outletID)/movements/batch", token: world.shopkeeper, json: """
            {"movements":[
              {"commodity":"lpg-3kg","kind":"receipt","quantity":10},
              {"commodity":"beras-medium","kind":"receipt","quantity":25.5},
              {"commodity":"lpg-3kg","kind":"sale","quantity":3},
              {"commodity":"lpg-3kg","kind":"count","quantity":5,"note":"stock opname"}
            ]}
            """)
        #expect(response.status == 201)
        #expect(response.count("items") == 4)
        #expect((0..<4).map { response.number("items.\($0).balanceAfter") } == ["10", "25.5", "7", "5"])
        #expect(response.number("items.3.delta") == "-2")
        #expect(response.string("items.3.note") == "stock opname")
        #expect(try app.storedBalance(world.outletID) == 5_000)
        #expect(try app.storedBalance(world.outletID, "beras-medium") == 25_500)
    }

    @Test func aBatchWhoseThirdMovementOversellsWritesNothing() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let response = try app.request("POST", "/v1/outlets/\(world.outletID)/movements/batch", token: world.shopkeeper, json: """
            {"movements":[
              {"commodity":"lpg-3kg","kind":"receipt","quantity":5},
              {"commodity":"lpg-3kg","kind":"sale","quantity":3},
              {"commodity":"lpg-3kg","kind":"sale","quantity":4}
            ]}
            """)
        #expect(response.status == 409)
        #expect(response.string("code") == "insufficient_stock")
        #expect(response.number("available") == "2")
        #expect(response.string("errors.0.field") == "movements[2].quantity")
        #expect(try app.ledgerCount(world.outletID) == 0)
        #expect(try app.storedBalance(world.outletID) == nil)
    }

    @Test func problemsNameTheMovementByPosition() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let target = "/v1/outlets/\(world.outletID)/movements/batch"
        let invalid = try app.request("POST", target, token: world.shopkeeper, json: """
            {"movements":[
              {"commodity":"lpg-3kg","kind":"receipt","quantity":5},
              {"commodity":"lpg-3kg","kind":"receipt","quantity":0},
              7,
              {"commodity":"lpg-3kg","kind":"sale","quantity":1.0001}
            ]}
            """)
        #expect(invalid.status == 422)
        #expect((0..<invalid.count("errors")).compactMap { invalid.string("errors.\($0).field") }
                == ["movements[1].quantity", "movements[2]", "movements[3].quantity"])
        let unknown = try app.request("POST", target, token: world.shopkeeper, json: """
            {"movements":[
              {"commodity":"lpg-3kg","kind":"receipt","quantity":5},
              {"commodity":"minyak-tanah","kind":"receipt","quantity":5}
            ]}
            """)
        #expect(unknown.status == 422)
        #expect(unknown.string("errors.0.field") == "movements[1].commodity")
        #expect(try app.ledgerCount(world.outletID) == 0)
    }

    @Test(arguments: [#"{}"#, #"{"movements":[]}"#, #"{"movements":{"kind":"sale"}}"#])
    func aBatchNeedsAListOfMovements(body: String) throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let response = try app.request("POST", "/v1/outlets/\(world.outletID)/movements/batch", token: world.shopkeeper,
                                       json: body)
        #expect(response.status == 422)
        #expect(response.string("errors.0.field") == "movements")
    }

    @Test func aBatchFollowsTheSameRolesAsOneMovement() throws {
        let app = try TestApp()
        let world = try app.makeStockWorld()
        let body = #"{"movements":[{"commodity":"lpg-3kg","kind":"receipt","quantity":5}]}"#
        let target = "/v1/outlets/\(world.outletID)/movements/batch"
        #expect(try app.request("POST", target, json: body).status == 401)
        #expect(try app.request("POST", target, token: world.otherShopkeeper, json: body).status == 403)
        #expect(try app.request("POST", target, token: world.otherOfficer, json: body).status == 403)
        #expect(try app.request("POST", target, token: world.officer, json: body).status == 201)
        #expect(try app.request("POST", "/v1/outlets/out_nothing/movements/batch", token: world.admin, json: body).status == 404)
    }
}
