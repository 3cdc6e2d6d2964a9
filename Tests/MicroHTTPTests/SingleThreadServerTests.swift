import HTTPTestClient
import MicroHTTP
import Testing

/// A server with a single worker thread keeps answering however many connections are busy at once.
@Suite struct SingleThreadServerTests {
    /// Exactly 128 busy connections made the single-thread epoll loop of libmicrohttpd 0.9.75 wait for a timeout.
    @Test func exactlyOneHundredTwentyEightBusyConnectionsAreAllAnswered() throws {
        let test = try TestServer(threads: 1)
        defer { test.server.stop() }
        let connections = try (0..<128).map { _ in try HTTPConnection(port: test.port, timeoutSeconds: 3) }
        for _ in 0..<20 {
            for connection in connections { try connection.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n") }
            let statuses = try connections.map { try $0.readResponse().status }
            #expect(statuses == Array(repeating: 200, count: 128))
        }
    }
}
