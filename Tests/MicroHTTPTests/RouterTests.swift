import MicroHTTP
import Testing

@Suite struct RouterTests {
    private func router() -> Router {
        var router = Router()
        router.add("GET", "/v1/regions/{code}") { _ in .text("region") }
        router.add("POST", "/v1/regions/import") { _ in .text("import") }
        router.add("GET", "/v1/alerts/stream") { _ in .text("stream") }
        router.add("GET", "/v1/alerts/{id}") { _ in .text("alert") }
        return router
    }

    @Test func literalSegmentsWinOverParameters() {
        guard case .found(let route, let parameters) = router().match(method: "GET", path: "/v1/alerts/stream") else {
            Issue.record("no match"); return
        }
        #expect(route.template == "/v1/alerts/stream")
        #expect(parameters.isEmpty)
    }

    @Test func parameterRouteServesALiteralOfAnotherMethod() {
        guard case .found(let route, let parameters) = router().match(method: "GET", path: "/v1/regions/import") else {
            Issue.record("no match"); return
        }
        #expect(route.template == "/v1/regions/{code}")
        #expect(parameters["code"] == "import")
    }

    @Test func aLiteralRouteIsFoundForEverySpellingOfItsPathAndForHEAD() {
        for (method, path) in [("GET", "/v1/alerts/stream"), ("HEAD", "/v1/alerts/stream"), ("GET", "/v1/alerts/stream/"),
                               ("GET", "//v1/alerts//stream")] {
            guard case .found(let route, let parameters) = router().match(method: method, path: path) else {
                Issue.record("no match for \(method) \(path)"); continue
            }
            #expect(route.template == "/v1/alerts/stream", "\(method) \(path)")
            #expect(parameters.isEmpty)
        }
    }

    @Test func wrongMethodListsTheAllowedOnes() {
        guard case .methodNotAllowed(let allowed) = router().match(method: "DELETE", path: "/v1/regions/import") else {
            Issue.record("expected 405"); return
        }
        #expect(allowed == ["GET", "HEAD", "POST"])
    }

    @Test func unknownPathIsNotFound() {
        guard case .notFound = router().match(method: "GET", path: "/v1/nothing") else {
            Issue.record("expected 404"); return
        }
    }

    @Test func theExampleTableHasNoConflicts() throws {
        try router().validate()
    }

    @Test func aSecondRouteForOneMethodAndPathIsAConflict() throws {
        var router = router()
        router.add("GET", "/v1/alerts/{id}") { _ in .text("again") }
        #expect(router.conflicts == ["GET /v1/alerts/{id} repeats GET /v1/alerts/{id}"])
        #expect(throws: RouteConflict.self) { try router.validate() }
        guard case .found(let route, _) = router.match(method: "GET", path: "/v1/alerts/a1") else {
            Issue.record("no match"); return
        }
        #expect(try route.handler(Request(method: "GET", path: "/v1/alerts/a1")).body == Array("alert".utf8))
    }

    @Test func aRouteAddedToACopyStaysInTheCopy() {
        let original = router()
        var copy = original
        copy.add("GET", "/v1/alerts/{id}/history") { _ in .text("history") }
        copy.add("GET", "/v1/regions/{code}/outlets") { _ in .text("outlets") }
        for path in ["/v1/alerts/a1/history", "/v1/regions/63/outlets"] {
            guard case .found = copy.match(method: "GET", path: path) else { Issue.record("copy: no match for \(path)"); continue }
            guard case .notFound = original.match(method: "GET", path: path) else {
                Issue.record("the original router gained \(path)"); continue
            }
        }
        guard case .found(let route, _) = original.match(method: "GET", path: "/v1/alerts/a1") else {
            Issue.record("the original lost its route"); return
        }
        #expect(route.template == "/v1/alerts/{id}")
    }

    @Test func oneSegmentNamedTwoWaysIsAConflict() {
        var router = router()
        router.add("DELETE", "/v1/alerts/{alertId}") { _ in .text("delete") }
        #expect(router.conflicts == ["DELETE /v1/alerts/{alertId} names segment {id} as {alertId}"])
        #expect(throws: RouteConflict.self) { try router.validate() }
    }
}
