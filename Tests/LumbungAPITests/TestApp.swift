import Foundation
import HTTPTestClient
import LumbungApp
import LumbungCore
import Logging
import MicroHTTP

/// A whole Lumbung service on a fresh temporary database and an ephemeral port, for one test: a SQLite file,
/// or with `LUMBUNG_TEST_POSTGRES` a PostgreSQL database of its own (see `TestPostgres`). Requests are
/// answered in process by the server's own answer path; `overSocket` (or `LUMBUNG_TEST_SOCKETS=1` for every
/// test) sends each over a new connection instead.
final class TestApp {
    let application: Application
    let clock: FixedClock
    let folder: String
    /// The PostgreSQL database this test created, dropped at the end (nil on SQLite, or when the test named
    /// another app's database to stand for a second process).
    let postgresURI: String?
    /// Whether `request` goes over a socket (end to end) rather than in process.
    let overSocket: Bool
    var port: Int { application.server.port }

    /// Starts the service; `configure` may change settings before start; a `tick` makes the clock move
    /// that many milliseconds after each reading.
    init(now: String = "2025-10-23T08:00:00Z", tick: Int64 = 0, overSocket: Bool = false,
         configure: (inout Settings) -> Void = { _ in }) throws {
        self.overSocket = overSocket || ProcessInfo.processInfo.environment["LUMBUNG_TEST_SOCKETS"] == "1"
        folder = NSTemporaryDirectory() + "lumbung-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var settings = Settings()
        settings.server.port = 0
        settings.server.threads = 4
        settings.databasePath = folder + "/lumbung.sqlite"
        settings.catalogueFile = Self.repositoryRoot + "/Config/commodities.json"
        settings.bandsFile = Self.repositoryRoot + "/Config/bands.json"
        configure(&settings)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        clock = FixedClock(Timestamp(rfc3339: now)!, tick: tick)
        var created: String?
        if TestPostgres.uri != nil, settings.databasePath == folder + "/lumbung.sqlite" {
            created = try TestPostgres.freshDatabase(settings: settings, clock: FixedClock(clock.now()))
            settings.databasePath = created ?? settings.databasePath
        }
        postgresURI = created
        do {
            application = try Application(settings: settings, logger: logger, clock: clock)
        } catch {
            postgresURI.map(TestPostgres.drop)
            throw error
        }
    }

    deinit {
        application.stop()
        postgresURI.map(TestPostgres.drop)
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The folder holding Package.swift.
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.path
    }()

    /// The project's own copy of the Kemendagri region list (`Tests/Fixtures/wilayah/`).
    static let nationalRegionList = repositoryRoot + "/Tests/Fixtures/wilayah/wilayah.csv"

    /// Sends one request, in process or on a new connection (`overSocket`); `json` is sent as `application/json`.
    @discardableResult
    func request(_ method: String, _ target: String, token: String? = nil, json: String? = nil,
                 headers: [(String, String)] = []) throws -> APIResponse {
        var allHeaders = headers
        if let token { allHeaders.append(("Authorization", "Bearer \(token)")) }
        if json != nil { allHeaders.append(("Content-Type", "application/json")) }
        return try send(method, target, headers: allHeaders, body: Array((json ?? "").utf8))
    }

    /// Sends one request with raw headers and body, in process or on a new connection (`overSocket`).
    func send(_ method: String, _ target: String, headers: [(String, String)], body: [UInt8]) throws -> APIResponse {
        if overSocket {
            return APIResponse(try HTTPConnection(port: port).request(method, target, headers: headers, body: body))
        }
        var request = InProcessRequest.make(method, target, headers: headers, body: body)
        request.headers.set("Host", "localhost")
        let response = application.server.respond(to: request)
        return APIResponse(ClientResponse(status: response.status, headers: response.headers.map { ($0.name, $0.value) },
                                          body: response.body))
    }
}

/// A response with its body parsed as JSON when it is JSON.
struct APIResponse {
    let raw: ClientResponse
    var status: Int { raw.status }
    var text: String { raw.text }
    var json: JSON { (try? JSONParser.parse(raw.body)) ?? .null }

    init(_ raw: ClientResponse) { self.raw = raw }

    /// A header field.
    func header(_ name: String) -> String? { raw.header(name) }

    /// The string at a dotted path such as `items.0.id`, if any.
    func string(_ path: String) -> String? {
        if case .string(let text)? = value(path) { return text }
        return nil
    }

    /// The number literal at a dotted path, if any.
    func number(_ path: String) -> String? {
        if case .number(let text)? = value(path) { return text }
        return nil
    }

    /// The value at a dotted path; array elements by index.
    func value(_ path: String) -> JSON? {
        var current: JSON? = json
        for part in path.split(separator: ".") {
            if let index = Int(part), case .array(let items)? = current {
                current = index < items.count ? items[index] : nil
            } else {
                current = current?[String(part)]
            }
        }
        return current
    }

    /// The number of items in the array at a dotted path (or 0).
    func count(_ path: String) -> Int {
        if case .array(let items)? = value(path) { return items.count }
        return 0
    }
}
