import Foundation
import Glibc
import LumbungApp
import Logging
import Testing

/// The lines the log handler writes, as an operator reads them from the file.
@Suite struct BufferedLogHandlerTests {
    @Test func anAccessLineCarriesTheTimeInUTCTheLevelTheRequestIDAndTheMessage() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("log-\(UUID().uuidString)").path
        defer { unlink(path) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(descriptor >= 0)
        let buffer = LogBuffer(descriptor: descriptor)
        let logger = Logger(label: "lumbung") { BufferedLogHandler(label: $0, buffer: buffer) }
        let before = Date()
        logger.info("GET /v1/regions 200 87µs", metadata: ["request_id": "5f3a-1c"])
        logger.notice("stopping", metadata: ["signal": "15", "after": "3"])
        buffer.flush()
        close(descriptor)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        try #require(lines.count == 2)
        // In the order logged (the notice writes the access line waiting before it); fields sorted by key.
        #expect(lines[0].hasSuffix(" info lumbung : request_id=5f3a-1c GET /v1/regions 200 87µs"))
        #expect(lines[1].hasSuffix(" notice lumbung : after=3 signal=15 stopping"))
        let stamp = String(lines[0].prefix(24))
        #expect(stamp.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/) != nil, "\(stamp)")
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let logged = try #require(parser.date(from: stamp))
        #expect(logged.timeIntervalSince(before) > -0.002 && logged.timeIntervalSince(before) < 5)
    }
}
