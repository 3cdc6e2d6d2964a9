import Foundation
@testable import LumbungAPI
import Testing

/// Every route of the route table against every kind of caller: a caller its access rule refuses gets 401 or 403,
/// a caller it admits is not refused. The rows come from `LumbungAPI.routeTable`, so a new route is covered at once.
@Suite struct RouteAccessMatrixTests {
    /// The kinds of caller, each with a token of its own (the outlet of the world is in 63.71, of `cooperativeID`).
    enum Caller: CaseIterable {
        case anyone, unknownToken, admin, officer, otherOfficer, shopkeeper, otherShopkeeper, assistant, otherAssistant
    }

    @Test func everyRouteAdmitsExactlyTheCallersItsRuleNames() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let otherCooperative = try app.makeCooperative(village: "63.71.01.1003")
        let tokens: [Caller: String] = [.unknownToken: "lmb_not_a_token", .admin: world.admin, .officer: world.officer,
                                        .otherOfficer: world.otherOfficer, .shopkeeper: world.shopkeeper,
                                        .otherShopkeeper: world.otherShopkeeper,
                                        .assistant: try Self.assistant(app, of: [otherCooperative, world.cooperativeID]),
                                        .otherAssistant: try Self.assistant(app, of: [otherCooperative])]
        let routes = LumbungAPI.routeTable.filter { $0.access != .webSession }
        #expect(routes.count > 40)
        for route in routes {
            let target = Self.target(route.path, outletID: world.outletID)
            for caller in Caller.allCases {
                let refusal = Self.refusal(route.access, caller)
                // An admitted stream would stay open; its admission is covered by the alert stream tests.
                if refusal == nil, route.path == "/v1/alerts/stream" { continue }
                let response = try app.request(route.method, target, token: tokens[caller])
                let label = "\(route.method) \(route.path) as \(caller): \(response.status) \(response.text.prefix(200))"
                if let refusal {
                    #expect(response.status == refusal, "\(label)")
                } else {
                    #expect(![401, 403].contains(response.status), "\(label)")
                }
            }
        }
    }

    /// The status `caller` gets from `access` before the handler runs, or nil when it is let in.
    static func refusal(_ access: RouteAccess, _ caller: Caller) -> Int? {
        let needsToken: Bool
        switch access {
        case .open, .webSession, .signedWebhook: return nil
        case .openOrToken: needsToken = false
        case .token, .tokenExceptAssistant, .staff, .admin, .outletOperator: needsToken = true
        }
        switch caller {
        case .anyone: return needsToken ? 401 : nil
        case .unknownToken: return 401
        case .admin: return nil
        case .officer, .otherOfficer, .shopkeeper, .otherShopkeeper, .assistant, .otherAssistant: break
        }
        switch access {
        case .admin:
            return 403
        case .staff:
            return [.officer, .otherOfficer].contains(caller) ? nil : 403
        case .tokenExceptAssistant:
            return [.assistant, .otherAssistant].contains(caller) ? 403 : nil
        case .outletOperator:
            return [.officer, .shopkeeper, .assistant].contains(caller) ? nil : 403
        default:
            return nil
        }
    }

    /// A new assistant token bound to `cooperatives`.
    static func assistant(_ app: TestApp, of cooperatives: [String]) throws -> String {
        try app.makeToken(.assistant, cooperativeIDs: cooperatives)
    }

    /// The route's path with its parameters filled: the world's outlet for outlet paths, made-up values elsewhere.
    static func target(_ path: String, outletID: String) -> String {
        let values = ["{code}": "63", "{commodity}": "beras", "{number}": "081200000001",
                      "{id}": path.hasPrefix("/v1/outlets/") ? outletID : "unknown-id"]
        return values.reduce(path) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }
}
