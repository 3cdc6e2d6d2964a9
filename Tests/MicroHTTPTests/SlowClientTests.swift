import Glibc
import HTTPTestClient
import MicroHTTP
import Testing

/// Clients that trickle their requests a byte at a time are cut off, without hurting prompt or long-running ones.
@Suite struct SlowClientTests {
    /// Sends one byte every 200 ms until the server has closed the connection (a send fails) or 6 s pass;
    /// returns the seconds it took, or nil when the connection was still open.
    private func trickle(_ connection: HTTPConnection) -> Double? {
        let started = monotonicSeconds()
        for _ in 0..<30 {
            do {
                try connection.send("a")
            } catch {
                return monotonicSeconds() - started
            }
            usleep(200_000)
        }
        return nil
    }

    @Test func headersSentAByteAtATimeAreCutOffAfterTheIdleTimeout() throws {
        let test = try TestServer(idleTimeoutSeconds: 1)
        defer { test.server.stop() }
        let slow = try HTTPConnection(port: test.port)
        try slow.send("GET /hello HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        let cutAfter = try #require(trickle(slow))
        #expect(cutAfter < 3)
        #expect(try HTTPConnection(port: test.port).request("GET", "/hello").status == 200)
    }

    @Test func bodySentAByteAtATimeIsCutOff() throws {
        let test = try TestServer(idleTimeoutSeconds: 1)
        defer { test.server.stop() }
        let slow = try HTTPConnection(port: test.port)
        try slow.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n")
        let cutAfter = try #require(trickle(slow))
        #expect(cutAfter < 3)
    }

    @Test func keptAliveConnectionWithPromptRequestsOutlivesTheBudget() throws {
        let test = try TestServer(idleTimeoutSeconds: 1)
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port)
        var statuses: [Int] = []
        for _ in 0..<8 {  // 2.4 s on one connection, more than twice the 1 s budget
            statuses.append(try connection.request("GET", "/hello").status)
            usleep(300_000)
        }
        #expect(statuses == Array(repeating: 200, count: 8))
    }

    @Test func handlerSlowerThanTheBudgetStillAnswers() throws {
        let test = try TestServer(idleTimeoutSeconds: 1) { router in
            router.add("GET", "/slower") { _ in
                usleep(1_600_000)
                return .text("done")
            }
        }
        defer { test.server.stop() }
        let response = try HTTPConnection(port: test.port).request("GET", "/slower")
        #expect(response.status == 200)
        #expect(response.text == "done")
    }
}
