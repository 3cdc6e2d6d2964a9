import Foundation
import HTTPTestClient
import Testing

@Suite struct AlertStreamTests {
    /// Opens `GET /v1/alerts/stream` on a new connection whose reads give up after one quiet second.
    private func listen(_ app: TestApp, token: String, lastEventID: String? = nil, query: String = "") throws -> HTTPConnection {
        let connection = try HTTPConnection(port: app.port, timeoutSeconds: 1)
        var head = "GET /v1/alerts/stream\(query) HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(token)\r\n"
        if let lastEventID { head += "Last-Event-ID: \(lastEventID)\r\n" }
        try connection.send(head + "\r\n")
        return connection
    }

    /// The `id:` values of the events in raw stream bytes, in order.
    private func eventIDs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("id: ") }.map { String($0.dropFirst(4)) }
    }

    @Test func aListenerReceivesTheAlertOpenedByAPriceReportAndCatchesUpAfterReconnecting() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        let listener = try listen(app, token: world.officer)
        let opening = String(decoding: listener.readAvailable(), as: UTF8.self)
        #expect(opening.hasPrefix("HTTP/1.1 200"))
        #expect(opening.lowercased().contains("content-type: text/event-stream"))
        let outsider = try listen(app, token: world.otherOfficer)
        _ = outsider.readAvailable()

        #expect(try app.reportPrice(world.outletID, 35000, token: world.shopkeeper).status == 201)
        let received = String(decoding: listener.readAvailable(), as: UTF8.self)
        #expect(received.contains(#""kind":"price_above_band""#))
        #expect(received.contains(#""type":"opened""#))
        #expect(received.contains(#""message":"Harga LPG 3 kg di Gerai Kelayan Timur Rp35.000, di atas batas Rp20.000.""#))
        let firstIDs = eventIDs(received)
        #expect(firstIDs.count == 1)
        #expect(!String(decoding: outsider.readAvailable(), as: UTF8.self).contains("price_above_band"))

        let lastSeen = try #require(firstIDs.last)
        try app.reportPrice(world.outletID, 19000, token: world.shopkeeper)
        try app.reportPrice(world.outletID, 15000, token: world.shopkeeper)
        let reconnected = try listen(app, token: world.officer, lastEventID: lastSeen)
        let missed = String(decoding: reconnected.readAvailable(), as: UTF8.self)
        let missedIDs = eventIDs(missed)
        #expect(missedIDs.count == 2)
        #expect(!missedIDs.contains(lastSeen))
        #expect(missed.contains(#""type":"resolved""#))
        #expect(missed.contains(#""kind":"price_below_band""#))
        #expect(missedIDs.compactMap { Int($0) } == missedIDs.compactMap { Int($0) }.sorted())
    }

    @Test func idleStreamsGetKeepAliveCommentsAndEndWhenTheServerStops() throws {
        let app = try TestApp { $0.api.streamKeepAliveSeconds = 1 }
        let token = try app.makeToken(.admin)
        let listener = try HTTPConnection(port: app.port, timeoutSeconds: 5)
        try listener.send("GET /v1/alerts/stream HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(token)\r\n\r\n")
        let application = app.application
        let stopped = DispatchSemaphore(value: 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + 2.5) {
            application.server.stop()
            stopped.signal()
        }
        let started = Date()
        let received = String(decoding: listener.readAvailable(), as: UTF8.self)
        stopped.wait()
        #expect(received.components(separatedBy: ": keep-alive").count - 1 >= 2)
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func streamsNeedATokenAndARegionWithinIt() throws {
        let app = try TestApp()
        let world = try app.makeWorld()
        #expect(try app.request("GET", "/v1/alerts/stream").status == 401)
        #expect(try app.request("GET", "/v1/alerts/stream?region=15", token: world.officer).status == 403)
        #expect(try app.request("GET", "/v1/alerts/stream?region=63.7", token: world.officer).status == 400)
    }

    @Test func twoHundredIdleListenersDoNotStopTheServerAnswering() throws {
        let app = try TestApp { $0.api.streamsPerToken = 200 }
        let token = try app.makeToken(.admin)
        var listeners: [HTTPConnection] = []
        for _ in 0..<200 {
            let listener = try HTTPConnection(port: app.port, timeoutSeconds: 5)
            try listener.send("GET /v1/alerts/stream HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(token)\r\n\r\n")
            listeners.append(listener)
        }
        let started = Date()
        for _ in 0..<20 {
            #expect(try app.request("GET", "/healthz").status == 200)
        }
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(listeners.count == 200)
    }
}
