import Testing

/// `/metrics` stays bounded whatever anonymous clients send.
@Suite struct MetricsLabelTests {
    @Test func madeUpMethodsAreCountedUnderOneLabel() throws {
        let app = try TestApp()
        for number in 0..<20 {
            let response = try app.request("BREW\(number)", "/healthz")
            #expect(response.status == 405)
        }
        try app.request("GET", "/v1/outlets/out_whatever/nothing")
        let metrics = try app.request("GET", "/metrics").text
        #expect(!metrics.contains("BREW"))
        #expect(metrics.contains(#"lumbung_http_requests_total{method="other",route="unmatched",status="405"} 20"#))
        #expect(!metrics.contains("out_whatever"))
    }
}
