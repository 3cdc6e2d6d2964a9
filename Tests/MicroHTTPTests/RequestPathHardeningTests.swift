import HTTPTestClient
import Logging
import Synchronization
import Testing

/// Paths are taken whole and logged safely, whatever bytes a client escapes into them.
@Suite struct RequestPathHardeningTests {
    /// Keeps every logged message, for tests that read the access log.
    final class CollectedLines: Sendable {
        let lines = Mutex<[String]>([])
    }

    /// A log handler writing into `CollectedLines`.
    struct CollectingHandler: LogHandler {
        let collected: CollectedLines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info
        var metadataProvider: Logger.MetadataProvider?

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            collected.lines.withLock { $0.append(event.message.description) }
        }
    }

    @Test func aNulByteInThePathIsRefusedRatherThanCutOff() throws {
        let server = try TestServer()
        defer { server.server.stop() }
        let whole = try HTTPConnection(port: server.port).request("GET", "/items/abc")
        #expect(whole.status == 200)
        let cut = try HTTPConnection(port: server.port).request("GET", "/items/abc%00garbage")
        #expect(cut.status == 400)
        #expect(cut.text.contains(#""code":"malformed""#))
        let again = try HTTPConnection(port: server.port).request("GET", "/items/abc%00")
        #expect(again.status == 400)
    }

    @Test func controlCharactersInAPathCannotForgeALogLine() throws {
        let collected = CollectedLines()
        let server = try TestServer(logger: Logger(label: "access") { _ in CollectingHandler(collected: collected) })
        defer { server.server.stop() }
        let response = try HTTPConnection(port: server.port).request("GET", "/x%0a2026-11-30%20FORGED%0d%1b[31m")
        #expect(response.status == 404)
        let lines = collected.lines.withLock { $0 }
        let line = try #require(lines.first { $0.contains("FORGED") })
        #expect(!line.contains("\n") && !line.contains("\r") && !line.contains("\u{1B}"))
        #expect(line.contains(#"/x\x0A2026-11-30 FORGED\x0D\x1B[31m"#))
    }
}

/// Request framing that could be read two ways is refused.
@Suite struct RequestFramingTests {
    @Test func conflictingContentLengthsAreRefusedAndTheConnectionClosed() throws {
        let server = try TestServer()
        defer { server.server.stop() }
        let connection = try HTTPConnection(port: server.port, timeoutSeconds: 3)
        try connection.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 40\r\n\r\nhelloGET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try connection.readResponse(method: "POST")
        #expect(response.status == 400)
        #expect(response.text.contains(#""code":"malformed""#))
        _ = connection.readAvailable()
        #expect(connection.isClosedByPeer())
    }

    @Test func repeatedEqualContentLengthsAreAccepted() throws {
        let server = try TestServer()
        defer { server.server.stop() }
        let connection = try HTTPConnection(port: server.port, timeoutSeconds: 3)
        try connection.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello")
        let response = try connection.readResponse(method: "POST")
        #expect(response.status == 200)
        #expect(response.text == "hello")
    }

    @Test func answersThroughAnHTTPSProxyCarryHSTS() throws {
        let server = try TestServer()
        defer { server.server.stop() }
        let proxied = try HTTPConnection(port: server.port).request("GET", "/hello", headers: [("X-Forwarded-Proto", "https")])
        #expect(proxied.header("Strict-Transport-Security") == "max-age=31536000")
        let plain = try HTTPConnection(port: server.port).request("GET", "/hello")
        #expect(plain.header("Strict-Transport-Security") == nil)
    }
}

/// A query with more parameters than the server takes, or too large for a connection's memory, is answered at once.
@Suite struct QueryParameterLimitTests {
    @Test func twoHundredParametersAreAnswered414AtOnceAndAHundredAndTwentyEightAreServed() throws {
        let server = try TestServer()
        defer { server.server.stop() }
        let many = (0..<200).map { "a\($0)=1" }.joined(separator: "&")
        let connection = try HTTPConnection(port: server.port, timeoutSeconds: 3)
        let response = try connection.request("GET", "/hello?" + many)
        #expect(response.status == 414)
        #expect(response.text.contains("more than 128 parameters"))
        let enough = (0..<128).map { "a\($0)=1" }.joined(separator: "&")
        #expect(try HTTPConnection(port: server.port).request("GET", "/hello?" + enough).status == 200)
    }

    /// In 16 KiB, 100 parameters of 100 bytes (a 10 KiB target, 6.4 KiB of libmicrohttpd's records) do not fit:
    /// libmicrohttpd would hold the connection until the idle timeout; 100 of 40 bytes do.
    @Test func parametersTooLargeForTheConnectionMemoryAreAnswered414AtOnce() throws {
        let server = try TestServer()
        defer { server.server.stop() }
        let value = { (length: Int) in String(repeating: "v", count: length) }
        let large = (0..<100).map { "a\($0)=" + value(100) }.joined(separator: "&")
        let refused = try HTTPConnection(port: server.port, timeoutSeconds: 3).request("GET", "/hello?" + large)
        #expect(refused.status == 414)
        #expect(refused.text.contains("Query too large"))
        let fitting = (0..<100).map { "a\($0)=" + value(40) }.joined(separator: "&")
        #expect(try HTTPConnection(port: server.port, timeoutSeconds: 3).request("GET", "/hello?" + fitting).status == 200)
    }
}
