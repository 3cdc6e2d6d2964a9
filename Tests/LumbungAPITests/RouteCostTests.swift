import MicroHTTP
import Testing
@testable import LumbungAPI

/// The reports declared with a report cost run off the worker threads and within the expensive request limits.
@Suite struct RouteCostTests {
    @Test func exactlyTheReportsAreOffloaded() throws {
        let app = try TestApp()
        let offloaded = try app.application.api.makeRouter().routes.filter(\.offloaded).map { "\($0.method) \($0.template)" }
        #expect(Set(offloaded) == [
            "GET /v1/reports/prices", "GET /v1/reports/prices/series", "GET /v1/reports/early-warning",
            "GET /v1/reports/coverage", "GET /dinas", "GET /dinas/harga.csv", "GET /dinas/harga-spreadsheet.csv",
            "GET /dinas/harga-gerai.csv", "GET /dinas/peringatan-dini.csv", "GET /dinas/cakupan.csv",
        ])
    }

    @Test func aReportRouteOverTheLimitIs429AndAPageRouteAnIndonesianPage() throws {
        let app = try TestApp()
        let api = app.application.api
        let router = try api.makeRouter()
        /// The answer of the route for `path` to a request from 10.0.0.7.
        func answer(_ path: String) throws -> Response {
            guard case .found(let route, _) = router.match(method: "GET", path: path) else { return Response(status: 404) }
            var request = Request(method: "GET", path: path)
            request.clientAddress = "10.0.0.7"
            do { return try route.handler(request) } catch let problem as Problem { return problem.response }
        }
        var report = Response(status: 0), page = Response(status: 0)
        try whileHeld(api.expensiveRequests, by: "10.0.0.7") {
            report = try answer("/v1/reports/coverage")
            page = try answer("/dinas")
        }
        #expect(report.status == 429)
        #expect(String(decoding: report.body, as: UTF8.self).contains("rate_limited"))
        #expect(page.status == 429)
        #expect(String(decoding: page.body, as: UTF8.self).contains("Terlalu banyak laporan diminta sekaligus."))
        #expect(try answer("/v1/reports/coverage").status == 200)
    }
}
