import Testing

@Suite struct MetaRoutesTests {
    @Test func healthzAnswersOkWhenTheDatabaseAnswers() throws {
        let app = try TestApp(overSocket: true)
        let response = try app.request("GET", "/healthz")
        #expect(response.status == 200)
        #expect(response.string("status") == "ok")
        #expect(response.header("X-Request-Id") != nil)
    }

    @Test func metricsCountRequestsByRouteAndStatus() throws {
        let app = try TestApp(overSocket: true)
        try app.request("GET", "/healthz")
        try app.request("GET", "/no/such/route")
        let metrics = try app.request("GET", "/metrics")
        #expect(metrics.status == 200)
        #expect(metrics.text.contains(#"lumbung_http_requests_total{method="GET",route="/healthz",status="200"} 1"#))
        #expect(metrics.text.contains(#"route="unmatched",status="404""#))
        #expect(metrics.text.contains("lumbung_http_request_duration_seconds_bucket"))
        #expect(metrics.text.contains("lumbung_database_size_bytes"))
    }

    @Test func unknownRouteIsProblemJSON() throws {
        let app = try TestApp(overSocket: true)
        let response = try app.request("GET", "/v1/nothing-here")
        #expect(response.status == 404)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(response.string("code") == "not_found")
        #expect(response.number("status") == "404")
    }
}
