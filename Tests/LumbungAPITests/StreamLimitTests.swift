import Foundation
import HTTPTestClient
import Testing

/// Alert streams cannot exhaust the server's connection slots, and end when their token is revoked.
@Suite struct StreamLimitTests {
    /// Opens a stream with `token` and reads the head of its answer (reads give up after `seconds`).
    private func open(_ app: TestApp, token: String, seconds: Int = 2) throws -> (connection: HTTPConnection, head: String) {
        let connection = try HTTPConnection(port: app.port, timeoutSeconds: seconds)
        try connection.send("GET /v1/alerts/stream HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(token)\r\n\r\n")
        return (connection, try connection.readHead())
    }

    @Test func aTokenHoldsAtMostEightStreams() throws {
        let app = try TestApp()
        let token = try app.makeToken(.admin)
        let streams = try (0..<8).map { _ in try open(app, token: token) }
        #expect(streams.allSatisfy { $0.head.hasPrefix("HTTP/1.1 200") })
        let ninth = try app.request("GET", "/v1/alerts/stream", token: token)
        #expect(ninth.status == 429)
        #expect(ninth.string("code") == "rate_limited")
        #expect(ninth.header("Retry-After") != nil)
        let other = try open(app, token: try app.makeToken(.admin))
        #expect(other.head.hasPrefix("HTTP/1.1 200"))
    }

    @Test func streamsInAllStayBelowTheirLimit() throws {
        let app = try TestApp { $0.api.streamLimit = 3 }
        let streams = try (0..<3).map { _ in try open(app, token: try app.makeToken(.admin)) }
        #expect(streams.allSatisfy { $0.head.hasPrefix("HTTP/1.1 200") })
        #expect(try app.request("GET", "/v1/alerts/stream", token: try app.makeToken(.admin)).status == 429)
        #expect(try app.request("GET", "/healthz").status == 200)
    }

    @Test func aStreamWhoseClientLeftFreesItsSlotAtOnce() throws {
        let app = try TestApp { $0.api.streamsPerToken = 2 }
        let token = try app.makeToken(.admin)
        let first = try open(app, token: token)
        _ = try open(app, token: token)
        #expect(try app.request("GET", "/v1/alerts/stream", token: token).status == 429)
        first.connection.hangUp()
        Thread.sleep(forTimeInterval: 0.8)
        let again = try open(app, token: token)
        #expect(again.head.hasPrefix("HTTP/1.1 200"))
    }

    @Test func revokingATokenEndsItsOpenStreamsWithinASecond() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let officer = try app.request("POST", "/v1/tokens", token: world.admin,
                                      json: #"{"name":"Petugas","role":"officer","region":"63"}"#)
        let secret = try #require(officer.string("token"))
        let id = try #require(officer.string("id"))
        let stream = try open(app, token: secret, seconds: 4)
        #expect(stream.head.hasPrefix("HTTP/1.1 200"))
        #expect(try app.request("DELETE", "/v1/tokens/\(id)", token: world.admin).status == 204)
        let started = Date()
        #expect(try app.reportPrice(world.outletID, 35000, token: world.shopkeeper).status == 201)
        let after = String(decoding: stream.connection.readAvailable(), as: UTF8.self)
        #expect(Date().timeIntervalSince(started) < 1.5)
        #expect(!after.contains("price_above_band"))
        #expect(stream.connection.isClosedByPeer())
    }

    @Test func idleConnectionsAreShedBeforeTheServerIsFull() throws {
        let app = try TestApp { $0.server.connectionLimit = 40 }
        let idle = try (0..<60).map { _ in try HTTPConnection(port: app.port, timeoutSeconds: 2) }
        Thread.sleep(forTimeInterval: 0.3)
        for _ in 0..<5 {
            #expect(try app.request("GET", "/healthz").status == 200)
        }
        #expect(idle.count == 60)
    }
}
