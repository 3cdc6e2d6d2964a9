import Testing
import LumbungCore

struct LocalDateTests {
    @Test func parsesAndFormats() throws {
        let date = try #require(LocalDate("2025-10-23"))
        #expect(date.year == 2025 && date.month == 10 && date.day == 23)
        #expect(date.description == "2025-10-23")
        #expect(LocalDate(year: 2025, month: 10, day: 23) == date)
        #expect(LocalDate("1970-01-01")?.daysSinceEpoch == 0)
    }

    @Test(arguments: [
        "2025-13-01", "2025-02-29", "2025-02-30", "2025-00-01", "2025-01-00", "2025-1-01", "25-01-01",
        "2025-01-01T00:00:00Z", "2025/01/01", "", "2025-01-1 ", "+202-01-01",
    ])
    func rejectsInvalid(text: String) {
        #expect(LocalDate(text) == nil)
    }

    @Test func nextAndPreviousCrossMonthsAndYears() throws {
        #expect(try #require(LocalDate("2024-02-28")).next.description == "2024-02-29")
        #expect(try #require(LocalDate("2024-02-29")).next.description == "2024-03-01")
        #expect(try #require(LocalDate("2025-12-31")).next.description == "2026-01-01")
        #expect(try #require(LocalDate("2026-01-01")).previous.description == "2025-12-31")
        #expect(try #require(LocalDate("2025-03-01")).previous.description == "2025-02-28")
        #expect(try #require(LocalDate("2025-10-23")).adding(days: 30).description == "2025-11-22")
    }

    @Test func comparesChronologically() throws {
        let a = try #require(LocalDate("2025-09-30"))
        let b = try #require(LocalDate("2025-10-01"))
        #expect(a < b)
        #expect(b.days(since: a) == 1)
        #expect([b, a].sorted() == [a, b])
    }
}
