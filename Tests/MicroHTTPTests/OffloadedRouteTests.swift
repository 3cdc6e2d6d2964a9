import Foundation
import Glibc
import HTTPTestClient
import MicroHTTP
import Testing

/// Slow handlers marked offloaded run off the worker threads, so one worker keeps serving other requests.
@Suite struct OffloadedRouteTests {
    @Test func aSlowOffloadedHandlerDoesNotHoldTheOnlyWorker() throws {
        let test = try TestServer(threads: 1) { router in
            router.add("GET", "/report", offloaded: true) { _ in
                usleep(800_000)
                return .text("report")
            }
        }
        defer { test.server.stop() }
        let slow = try HTTPConnection(port: test.port, timeoutSeconds: 5)
        try slow.send("GET /report HTTP/1.1\r\nHost: x\r\n\r\n")
        usleep(100_000)
        let started = Date()
        let quick = try HTTPConnection(port: test.port, timeoutSeconds: 5).request("GET", "/hello")
        let waited = Date().timeIntervalSince(started)
        #expect(quick.status == 200)
        #expect(waited < 0.3, "waited \(waited) s")
        let report = try slow.readResponse()
        #expect(report.status == 200)
        #expect(report.text == "report")
        try slow.send("GET /report HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try slow.readResponse().text == "report")  // the kept-alive connection serves the next request
    }

    @Test func aSlowHandlerThatIsNotOffloadedHoldsTheWorker() throws {
        let test = try TestServer(threads: 1)
        defer { test.server.stop() }
        let slow = try HTTPConnection(port: test.port, timeoutSeconds: 5)
        try slow.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
        usleep(100_000)
        let started = Date()
        #expect(try HTTPConnection(port: test.port, timeoutSeconds: 5).request("GET", "/hello").status == 200)
        #expect(Date().timeIntervalSince(started) > 0.2)
    }
}
