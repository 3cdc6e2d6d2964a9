import Dispatch
import MicroHTTP
import Testing
@testable import LumbungAPI

/// The request counts and durations are written in the Prometheus text format, the same lines the registry wrote.
@Suite struct RequestMetricsTests {
    /// A router with two routes, to count requests against.
    private static let routes: [Route] = {
        var router = Router()
        router.add("GET", "/healthz") { _ in .text("ok") }
        router.add("GET", "/v1/outlets/{id}") { _ in .text("outlet") }
        return router.routes
    }()

    @Test func countsAndDurationsAreWrittenAsPrometheusText() {
        let metrics = RequestMetrics()
        for seconds in [0.00005, 0.0002, 0.003] { metrics.observe(method: "GET", route: Self.routes[0], status: 200, seconds: seconds) }
        metrics.observe(method: "GET", route: Self.routes[0], status: 503, seconds: 1.5)
        metrics.observe(method: "BREW", route: nil, status: 405, seconds: 0.00002)
        var buffer: [UInt8] = []
        metrics.emit(into: &buffer)
        let lines = String(decoding: buffer, as: UTF8.self).split(separator: "\n").map(String.init)
        let healthz = #"method="GET",route="/healthz""#
        #expect(lines.contains("# TYPE lumbung_http_request_duration_seconds histogram"))
        #expect(lines.contains("# TYPE lumbung_http_requests_total counter"))
        #expect(lines.contains(#"lumbung_http_request_duration_seconds_bucket{\#(healthz),le="0.0001"} 1"#))
        #expect(lines.contains(#"lumbung_http_request_duration_seconds_bucket{\#(healthz),le="0.00025"} 2"#))
        #expect(lines.contains(#"lumbung_http_request_duration_seconds_bucket{\#(healthz),le="0.005"} 3"#))
        #expect(lines.contains(#"lumbung_http_request_duration_seconds_bucket{\#(healthz),le="1.0"} 3"#))
        #expect(lines.contains(#"lumbung_http_request_duration_seconds_bucket{\#(healthz),le="2.5"} 4"#))
        #expect(lines.contains(#"lumbung_http_request_duration_seconds_bucket{\#(healthz),le="+Inf"} 4"#))
        #expect(lines.contains(#"lumbung_http_request_duration_seconds_sum{\#(healthz)} 1.50325"#))
        #expect(lines.contains(#"lumbung_http_request_duration_seconds_count{\#(healthz)} 4"#))
        #expect(lines.contains(#"lumbung_http_requests_total{\#(healthz),status="200"} 3"#))
        #expect(lines.contains(#"lumbung_http_requests_total{\#(healthz),status="503"} 1"#))
        #expect(lines.contains(#"lumbung_http_requests_total{method="other",route="unmatched",status="405"} 1"#))
        #expect(lines.filter { $0.hasPrefix("lumbung_http_request_duration_seconds_bucket") }.count == 2 * 15)
    }

    @Test func requestsCountedOnManyThreadsAreAllCounted() {
        let metrics = RequestMetrics()
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for number in 0..<1000 {
                metrics.observe(method: "GET", route: Self.routes[number % 2], status: 200 + worker % 2, seconds: 0.001)
            }
        }
        var buffer: [UInt8] = []
        metrics.emit(into: &buffer)
        let text = String(decoding: buffer, as: UTF8.self)
        #expect(text.contains(#"lumbung_http_requests_total{method="GET",route="/healthz",status="200"} 2000"#))
        #expect(text.contains(#"lumbung_http_requests_total{method="GET",route="/v1/outlets/{id}",status="201"} 2000"#))
        #expect(text.contains(#"lumbung_http_request_duration_seconds_count{method="GET",route="/healthz"} 4000"#))
        #expect(text.contains(#"lumbung_http_request_duration_seconds_sum{method="GET",route="/healthz"} 4.0"#))
    }

    @Test func secondsAreWrittenWithTheDecimalsTheyNeed() {
        #expect(RequestMetrics.seconds(nanoseconds: 1_026_220) == "0.00102622")
        #expect(RequestMetrics.seconds(nanoseconds: 1_000_000_000) == "1.0")
        #expect(RequestMetrics.seconds(nanoseconds: 0) == "0.0")
        #expect(RequestMetrics.seconds(nanoseconds: 2_500_000_001) == "2.500000001")
    }
}
