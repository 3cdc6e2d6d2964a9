import HTTPTestClient
import MicroHTTP
import Testing

/// Every answer names its request once in `X-Request-Id`: the client's own id when it is acceptable, otherwise
/// one the server made, never a second one a handler set.
@Suite struct RequestIDTests {
    @Test func idsAreUniqueAndAClientsAcceptableIdIsEchoed() throws {
        let test = try TestServer()
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port)
        let made = try (0..<40).map { _ in try #require(connection.request("GET", "/hello").header("X-Request-Id")) }
        #expect(Set(made).count == 40)
        #expect(made.allSatisfy { $0.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F } && $0.contains("-") })
        let echoed = try connection.request("GET", "/hello", headers: [("X-Request-Id", "client-chosen-17")])
        #expect(echoed.header("X-Request-Id") == "client-chosen-17")
        let refused = try connection.request("GET", "/hello", headers: [("X-Request-Id", String(repeating: "x", count: 65))])
        #expect(refused.header("X-Request-Id")?.utf8.count ?? 0 < 65)
    }

    @Test func anAnswerSentAgainOnAConnectionCarriesEachRequestsOwnId() throws {
        let fixed = Response.json(Array(#"{"status":"ok"}"#.utf8))
        let large = Response(status: 200, headers: HTTPHeaders([("Content-Type", "text/plain")]),
                             body: Array(repeating: 0x62, count: 4096))
        let test = try TestServer { router in
            router.add("GET", "/fixed") { _ in fixed }
            router.add("GET", "/large") { _ in large }
        }
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port)
        var ids: [String] = []
        // The same answer again and again, then others in between, client ids of other lengths, and HEAD.
        for round in 0..<30 {
            let path = round % 7 == 3 ? "/large" : round % 5 == 4 ? "/hello" : "/fixed"
            let clientID: [(String, String)] = round % 6 == 5 ? [("X-Request-Id", "own-\(round)-" + String(repeating: "z", count: round))] : []
            let response = try connection.request(round % 8 == 6 ? "HEAD" : "GET", path, headers: clientID)
            let id = try #require(response.header("X-Request-Id"))
            #expect(response.headers.filter { $0.0.lowercased() == "x-request-id" }.count == 1)
            if let own = clientID.first?.1 { #expect(id == own) }
            ids.append(id)
            #expect(response.status == 200)
            if round % 8 == 6 { continue }
            switch path {
            case "/large": #expect(response.body == large.body && response.header("Content-Type") == "text/plain")
            case "/fixed": #expect(response.body == fixed.body && response.header("Content-Type") == "application/json")
            default: #expect(response.text == "hello")
            }
        }
        #expect(Set(ids).count == ids.count)
    }

    @Test func aHandlersOwnRequestIdIsReplacedNotRepeated() throws {
        let test = try TestServer { router in
            router.add("GET", "/own-id") { _ in
                var response = Response.text("mine")
                response.headers.set("x-request-id", "from-the-handler")
                return response
            }
        }
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port)
        let response = try connection.request("GET", "/own-id", headers: [("X-Request-Id", "from-the-client")])
        let ids = response.headers.filter { $0.0.lowercased() == "x-request-id" }.map(\.1)
        #expect(ids == ["from-the-client"])
        #expect(test.server.respond(to: Request(method: "GET", path: "/own-id", requestID: "")).headers.values(of: "X-Request-Id").count == 1)
    }

    @Test func refusalsAndUnknownRoutesCarryAnIdToo() throws {
        let test = try TestServer(bodyLimit: 16)
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port)
        #expect(try connection.request("GET", "/nowhere").header("X-Request-Id")?.isEmpty == false)
        #expect(try connection.request("DELETE", "/hello").header("X-Request-Id")?.isEmpty == false)
        let tooLarge = try HTTPConnection(port: test.port).request("POST", "/echo", body: Array(repeating: 0x61, count: 64))
        #expect(tooLarge.status == 413)
        #expect(tooLarge.header("X-Request-Id")?.isEmpty == false)
    }
}
