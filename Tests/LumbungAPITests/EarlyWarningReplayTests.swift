import Foundation
import LumbungCore
import Testing

/// The real Bandung retail series (Tests/Fixtures/prices) replayed through the API, one outlet in
/// Kota Bandung reporting each day's city price at 10.00 WIB with the clock on that day, and the
/// early warning read back on the days of the known rises.
@Suite struct EarlyWarningReplayTests {
    /// One row of the series: day, commodity name, price (0: no data).
    private struct Observation {
        let day: String
        let commodity: String
        let price: Int
    }

    /// The series' rows, in file order.
    private static func series() throws -> [Observation] {
        let path = TestApp.repositoryRoot + "/Tests/Fixtures/prices/bandung-retail-2025.csv"
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        return lines.compactMap { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count >= 5, let price = Double(fields[4]) else { return nil }
            return Observation(day: String(fields[0]), commodity: String(fields[2]), price: Int(price))
        }
    }

    /// `Cabai Rawit Merah` → `cabai-rawit-merah`; `Daging Kerbau Beku (Impor Luar Negeri)` → `daging-kerbau-beku-impor-luar-negeri`.
    private static func slug(_ name: String) -> String {
        name.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
    }

    @Test func theKnownRisesGiveTheirLevels() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let cooperative = try app.makeCooperative(village: "32.73.01.1001", name: "Koperasi Merah Putih Bandung")
        let outlet = try app.makeOutlet(cooperativeID: cooperative, village: "32.73.01.1001", name: "Gerai Bandung")
        let observations = try Self.series()
        for name in Set(observations.map(\.commodity)) {
            let answer = try app.request("PUT", "/v1/commodities/\(Self.slug(name))", token: admin,
                                         json: #"{"name":"\#(name)","unit":"kg","category":"sembako"}"#)
            #expect(answer.status == 200 || answer.status == 201, "\(name)")
        }
        var replayed = 0
        for observation in observations where observation.price > 0 {
            app.clock.set(Timestamp(rfc3339: "\(observation.day)T03:00:00Z")!)
            let answer = try app.reportPrice(outlet, observation.price, commodity: Self.slug(observation.commodity), token: admin)
            #expect(answer.status == 201)
            replayed += 1
        }
        #expect(replayed == observations.filter { $0.price > 0 }.count)

        // Rises found by hand in the file: the price on the day against the latest price a week before
        // (percent to one decimal, halves rounded away from zero: 18.750 / 60.000 = 31,25 % → 31,3).
        let known: [(commodity: String, day: String, weekAgo: String, now: String, change: String, level: String)] = [
            ("cabai-merah-keriting", "2025-09-20", "37333", "60000", "60.7", "awas"),
            ("cabai-merah-besar", "2025-09-20", "60000", "78750", "31.3", "awas"),
            ("cabai-rawit-merah", "2025-09-20", "35000", "45000", "28.6", "awas"),
            ("cabai-rawit-merah", "2025-09-24", "42500", "48750", "14.7", "siaga"),
            ("cabai-merah-besar", "2025-09-24", "75000", "85000", "13.3", "siaga"),
            ("minyak-goreng-curah", "2025-09-30", "18400", "20400", "10.9", "waspada"),
            ("cabai-rawit-merah", "2025-10-10", "42500", "46000", "8.2", "waspada"),
            ("bawang-putih-bonggol", "2025-11-08", "30667", "34750", "13.3", "siaga"),
            ("ikan-tongkol", "2025-10-29", "45000", "51667", "14.8", "siaga"),
        ]
        for rise in known {
            let report = try app.request("GET", "/v1/reports/early-warning?commodity=\(rise.commodity)&region=32.73&date=\(rise.day)")
            let label = "\(rise.commodity) \(rise.day)"
            #expect(report.number("overall.median") == rise.now, "\(label)")
            #expect(report.number("overall.medianWeekAgo") == rise.weekAgo, "\(label)")
            #expect(report.number("overall.changeWeek") == rise.change, "\(label)")
            #expect(report.string("overall.level") == rise.level, "\(label)")
        }
        let quiet = try app.request("GET", "/v1/reports/early-warning?commodity=beras-medium&region=32.73&date=2025-10-15")
        #expect(quiet.string("overall.level") == "normal")
        #expect(quiet.number("overall.cvMonth").flatMap(Double.init).map { $0 < 0.09 } == true)

        let alerts = try app.alerts("kind=regional_price_rise&status=all&commodity=cabai-rawit-merah&limit=500", token: admin)
        let first = try #require((0..<alerts.count("items")).last.flatMap { alerts.string("items.\($0).id") })
        let trail = try app.request("GET", "/v1/alerts/\(first)", token: admin)
        #expect(trail.string("region") == "32.73")
        #expect(trail.string("events.0.type") == "opened")
        #expect(trail.string("events.0.at") == "2025-09-20T03:00:00Z")
        #expect(trail.number("events.0.value") == "28.6")
    }
}
