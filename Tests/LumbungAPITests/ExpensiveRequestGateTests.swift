import Dispatch
import MicroHTTP
import Synchronization
import Testing
@testable import LumbungAPI

/// Runs `body` on another thread while `gate` admits `holder`, then lets it go.
func whileHeld(_ gate: ExpensiveRequestGate, by holder: String, _ body: () throws -> Void) throws {
    let admitted = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    let finished = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        _ = try? gate.admit(client: holder) { admitted.signal(); release.wait() }
        finished.signal()
    }
    admitted.wait()
    defer { release.signal(); finished.wait() }
    try body()
}

/// Reports are limited per client and in the whole server, refused with 429 rather than queued.
@Suite struct ExpensiveRequestGateTests {
    /// The status a request from `client` gets now.
    private func status(_ gate: ExpensiveRequestGate, _ client: String) -> Int {
        do {
            return try gate.admit(client: client) { 200 }
        } catch let problem as Problem {
            #expect(problem.code == "rate_limited")
            #expect(problem.headers["Retry-After"] == "1")
            return problem.status
        } catch {
            return 500
        }
    }

    @Test func aSecondReportFromTheSameClientIsRefusedWhileTheFirstRuns() throws {
        let gate = ExpensiveRequestGate(perClient: 1, atOnce: 4)
        try whileHeld(gate, by: "10.0.0.1") {
            #expect(status(gate, "10.0.0.1") == 429)
            #expect(status(gate, "10.0.0.2") == 200)
        }
        #expect(status(gate, "10.0.0.1") == 200)
    }

    @Test func theWholeServerRunsAtMostItsLimit() throws {
        let gate = ExpensiveRequestGate(perClient: 1, atOnce: 1)
        try whileHeld(gate, by: "10.0.0.1") {
            #expect(status(gate, "10.0.0.2") == 429)
        }
        #expect(status(gate, "10.0.0.2") == 200)
    }

    @Test func theHookRunsWhenTheLastRunningReportEnds() throws {
        let calls = Atomic<Int>(0)
        let gate = ExpensiveRequestGate(perClient: 1, atOnce: 4) { calls.add(1, ordering: .relaxed) }
        try whileHeld(gate, by: "10.0.0.1") {
            #expect(status(gate, "10.0.0.2") == 200)
            #expect(calls.load(ordering: .relaxed) == 0, "another report still runs")
        }
        #expect(calls.load(ordering: .relaxed) == 1)
        struct Failure: Error {}
        #expect(throws: Failure.self) { try gate.admit(client: "10.0.0.1") { throw Failure() } }
        #expect(calls.load(ordering: .relaxed) == 2)
    }

    @Test func aFailingReportGivesItsPlaceBack() throws {
        let gate = ExpensiveRequestGate(perClient: 1, atOnce: 1)
        struct Failure: Error {}
        #expect(throws: Failure.self) { try gate.admit(client: "10.0.0.1") { throw Failure() } }
        #expect(status(gate, "10.0.0.1") == 200)
    }
}

/// Over the report limits, the officers' pages explain themselves in Indonesian.
@Suite struct ExpensivePageTests {
    @Test func aDashboardOverTheLimitIsAnIndonesianPage() throws {
        let app = try TestApp()
        let api = app.application.api
        let page = api.expensivePage(.officer) { _ in .text("laporan") }
        var request = Request(method: "GET", path: "/dinas")
        request.clientAddress = "10.0.0.9"
        var refused = Response(status: 0)
        try whileHeld(api.expensiveRequests, by: "10.0.0.9") { refused = try page(request) }
        #expect(refused.status == 429)
        #expect(refused.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(String(decoding: refused.body, as: UTF8.self).contains("Terlalu banyak laporan diminta sekaligus."))
        #expect(try page(request).status == 200)
    }
}
