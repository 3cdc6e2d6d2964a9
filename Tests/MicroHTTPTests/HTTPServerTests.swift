import Foundation
import HTTPTestClient
import MicroHTTP
import Synchronization
import Testing

@Suite struct HTTPServerTests {
    @Test func getAnswersWithBodyAndRequestID() throws {
        let test = try TestServer()
        defer { test.server.stop() }
        let response = try HTTPConnection(port: test.port).request("GET", "/hello")
        #expect(response.status == 200)
        #expect(response.text == "hello")
        #expect(response.header("X-Request-Id")?.isEmpty == false)
    }

    @Test func pathParametersAndQueryReachTheHandler() throws {
        let test = try TestServer { router in
            router.add("GET", "/search") { request in .text(request.query["q"] ?? "-") }
        }
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port)
        #expect(try connection.request("GET", "/items/abc").text == #"{"id":"abc"}"#)
        #expect(try connection.request("GET", "/search?q=kelayan%20timur&q=other").text == "kelayan timur")
    }

    @Test func postBodySentInChunksArrivesWhole() throws {
        let test = try TestServer()
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port)
        try connection.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
        for part in ["hello ", "from ", "a phone"] {
            try connection.send(String(part.utf8.count, radix: 16) + "\r\n" + part + "\r\n")
            usleep(20_000)
        }
        try connection.send("0\r\n\r\n")
        let response = try connection.readResponse(method: "POST")
        #expect(response.status == 200)
        #expect(response.text == "hello from a phone")
    }

    @Test func bodyOfExactlyTheLimitIsAcceptedAndOneByteMoreIsNot() throws {
        let test = try TestServer(bodyLimit: 1024)
        defer { test.server.stop() }
        let exact = try HTTPConnection(port: test.port).request("POST", "/echo", body: Array(repeating: 65, count: 1024))
        #expect(exact.status == 200)
        #expect(exact.body.count == 1024)
        let over = try HTTPConnection(port: test.port).request("POST", "/echo", body: Array(repeating: 65, count: 1025))
        #expect(over.status == 413)
        #expect(over.header("Content-Type") == "application/problem+json")
        #expect(over.text.contains(#""code":"payload_too_large""#))
    }

    @Test func headersFillTheConnectionMemoryBelowItsSizeAndMoreAreRefusedWith431() throws {
        let test = try TestServer()
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port)
        let fifteenKiB = String(repeating: "a", count: 15 * 1024)
        let accepted = try connection.request("GET", "/hello", headers: [("X-Padding", fifteenKiB)])
        #expect(accepted.status == 200 && accepted.text == "hello")
        #expect(try connection.request("GET", "/hello").text == "hello")   // the same connection, after a full pool
        let refused = try HTTPConnection(port: test.port).request("GET", "/hello",
                                                                   headers: [("X-Padding", fifteenKiB + fifteenKiB)])
        #expect(refused.status == 431)
    }

    @Test func bodiesLargerThanTheConnectionMemoryArriveWholeOnAKeptAliveConnection() throws {
        let test = try TestServer(bodyLimit: 1 << 20)
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port)
        for size in [100_000, 40_000] {
            let body = (0..<size).map { UInt8(truncatingIfNeeded: $0 % 251) }
            let echoed = try connection.request("POST", "/echo", body: body)
            #expect(echoed.status == 200 && echoed.body == body)
        }
    }

    @Test func chunkedBodyOverTheLimitIsRefused() throws {
        let test = try TestServer(bodyLimit: 16)
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port)
        try connection.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n20\r\n" +
                            String(repeating: "x", count: 32) + "\r\n0\r\n\r\n")
        let response = try connection.readResponse(method: "POST")
        #expect(response.status == 413)
    }

    @Test func aChunkedBodyThatNeverEndsIsAnswered413AndClosedOnceOverTheLimit() throws {
        let test = try TestServer(bodyLimit: 1024)
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port, timeoutSeconds: 3)
        try connection.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
        let chunk = "400\r\n" + String(repeating: "x", count: 1024) + "\r\n"
        var sent = 0
        while sent < 64 {  // the body goes on; the server must not wait for its end
            guard (try? connection.send(chunk)) != nil else { break }
            sent += 1
        }
        let head = try connection.readHead()
        #expect(head.hasPrefix("HTTP/1.1 413"))
        #expect(head.lowercased().contains("connection: close"))
        _ = connection.readAvailable()
        #expect(connection.isClosedByPeer())
    }

    @Test func unknownRouteAndWrongMethodAnswerProblemJSON() throws {
        let test = try TestServer()
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port)
        let missing = try connection.request("GET", "/nowhere")
        #expect(missing.status == 404)
        #expect(missing.header("Content-Type") == "application/problem+json")
        #expect(missing.text.contains(#""code":"not_found""#))
        let wrong = try connection.request("DELETE", "/hello")
        #expect(wrong.status == 405)
        #expect(wrong.header("Allow") == "GET, HEAD")
        #expect(wrong.text.contains(#""code":"method_not_allowed""#))
    }

    @Test func twoRequestsShareOneKeptAliveConnection() throws {
        let test = try TestServer()
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port)
        let first = try connection.request("GET", "/hello")
        #expect(first.header("Connection")?.lowercased() != "close")
        let second = try connection.request("POST", "/echo", body: Array("again".utf8))
        #expect(second.status == 200)
        #expect(second.text == "again")
        #expect(second.header("Connection")?.lowercased() != "close")
    }

    @Test func fiftyConcurrentClientsAreAllAnswered() throws {
        let test = try TestServer()
        defer { test.server.stop() }
        let connections = try (0..<50).map { _ in try HTTPConnection(port: test.port) }
        for (index, connection) in connections.enumerated() {
            try connection.send("GET /items/\(index) HTTP/1.1\r\nHost: x\r\n\r\n")
        }
        for (index, connection) in connections.enumerated() {
            let response = try connection.readResponse()
            #expect(response.status == 200)
            #expect(response.text == #"{"id":"\#(index)"}"#)
        }
    }

    @Test func throwingHandlerAnswers500AndTheServerGoesOn() throws {
        let test = try TestServer()
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port)
        let failed = try connection.request("GET", "/boom")
        #expect(failed.status == 500)
        #expect(failed.text.contains(#""code":"internal""#))
        #expect(try HTTPConnection(port: test.port).request("GET", "/hello").status == 200)
    }

    @Test func gracefulStopFinishesTheRequestInFlight() throws {
        let began = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let test = try TestServer { router in
            router.add("GET", "/held", offloaded: true) { _ in  // off the workers, which keep serving
                began.signal()
                release.wait()
                return .text("done")
            }
        }
        let connection = try HTTPConnection(port: test.port, timeoutSeconds: 5)
        let kept = try HTTPConnection(port: test.port, timeoutSeconds: 5)
        #expect(try kept.request("GET", "/hello").header("Connection") == nil)
        try connection.send("GET /held HTTP/1.1\r\nHost: x\r\n\r\n")
        began.wait()
        let stopped = DispatchSemaphore(value: 0)
        Thread { test.server.stop(); stopped.signal() }.start()
        #expect(aNewConnectionIsClosedUnanswered(port: test.port), "a connection made while the server drains")
        let answeredWhileDraining = try kept.request("GET", "/hello")
        #expect(answeredWhileDraining.status == 200)
        #expect(answeredWhileDraining.header("Connection") == "close", "a kept-alive client is told to move on")
        #expect(kept.isClosedByPeer())
        release.signal()
        let response = try connection.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "done")
        #expect(response.header("Connection") == "close")
        stopped.wait()
        #expect(throws: ClientError.self) { try HTTPConnection(port: test.port) }
    }

    /// Whether a connection opened within 5 s is closed at once, unanswered (one the server still keeps open is
    /// dropped after its 1 s timeout and another one tried).
    private func aNewConnectionIsClosedUnanswered(port: Int) -> Bool {
        let giveUp = monotonicSeconds() + 5
        while monotonicSeconds() < giveUp {
            usleep(20_000)
            guard let connection = try? HTTPConnection(port: port, timeoutSeconds: 1) else { return false }
            if connection.isClosedByPeer() { return true }
        }
        return false
    }

    /// A stop through libmicrohttpd 0.9.75's `MHD_quiesce_daemon` aborted the process in about one run of this test
    /// in six (see `HTTPServer.stop`).
    @Test func stopsWhileClientsKeepConnectingWithoutAborting() throws {
        for _ in 0..<100 {
            let test = try TestServer()
            let clients = (0..<4).map { _ in HammeringClient(port: test.port) }
            #expect(clients.allSatisfy { $0.wasAnswered() }, "every client is sending when the stop begins")
            usleep(20_000)  // connections opening and closing all the while
            test.server.stop()
            clients.forEach { $0.finish() }
            #expect(throws: ClientError.self) { try HTTPConnection(port: test.port) }
        }
    }

    @Test func slowClientIsCutOffAfterTheIdleTimeoutWhileOthersAreServed() throws {
        let test = try TestServer(idleTimeoutSeconds: 1)
        defer { test.server.stop() }
        let slow = try HTTPConnection(port: test.port, timeoutSeconds: 5)
        try slow.send("GET /hello HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        #expect(try HTTPConnection(port: test.port).request("GET", "/hello").status == 200)
        let started = monotonicSeconds()
        #expect(slow.isClosedByPeer())
        #expect(monotonicSeconds() - started < 4)
    }
}

/// A thread that opens connection after connection and asks each for `/hello` a few times, until finished.
final class HammeringClient: Sendable {
    private let running = Atomic(true)
    private let firstAnswer = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)

    init(port: Int) {
        Thread { [self] in
            var answered = false
            while running.load(ordering: .relaxed) {
                guard let connection = try? HTTPConnection(port: port, timeoutSeconds: 1) else { continue }
                for _ in 0..<5 {
                    guard (try? connection.request("GET", "/hello"))?.status == 200 else { break }
                    if !answered { firstAnswer.signal() }
                    answered = true
                }
            }
            done.signal()
        }.start()
    }

    /// Whether the server has answered it, waiting up to 10 s for the first answer.
    func wasAnswered() -> Bool {
        firstAnswer.wait(timeout: .now() + .seconds(10)) == .success
    }

    /// Stops the thread.
    func finish() {
        running.store(false, ordering: .relaxed)
        done.wait()
    }
}

/// Seconds on a monotonic clock.
func monotonicSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}
