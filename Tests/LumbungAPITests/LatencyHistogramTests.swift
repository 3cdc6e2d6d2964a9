@testable import LumbungAPI
import Testing

/// The request latency histogram counts each duration once and writes cumulative buckets, as Prometheus reads them.
@Suite struct LatencyHistogramTests {
    @Test func bucketsAreCumulativeAndTheSlowestCountOnlyInInf() {
        let histogram = LatencyHistogram(bounds: [0.001, 0.01, 1])
        for seconds in [0.0005, 0.001, 0.002, 0.5, 3.0] { histogram.record(seconds) }
        var text = ""
        histogram.emit(into: &text, name: "d", labels: #"route="/x""#)
        #expect(text == """
            d_bucket{route="/x",le="0.001"} 2
            d_bucket{route="/x",le="0.01"} 3
            d_bucket{route="/x",le="1.0"} 4
            d_bucket{route="/x",le="+Inf"} 5
            d_sum{route="/x"} 3.5035
            d_count{route="/x"} 5

            """)
    }
}
