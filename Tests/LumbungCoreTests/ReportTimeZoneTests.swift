import Testing
import LumbungCore

struct ReportTimeZoneTests {
    @Test func knownNamesAndOffsets() {
        #expect(ReportTimeZone(identifier: "Asia/Jakarta")?.offsetMinutes == 420)
        #expect(ReportTimeZone(identifier: "Asia/Makassar")?.offsetMinutes == 480)
        #expect(ReportTimeZone(identifier: "Asia/Jayapura")?.offsetMinutes == 540)
        #expect(ReportTimeZone(identifier: "UTC")?.offsetMinutes == 0)
        #expect(ReportTimeZone(identifier: "+07:00")?.offsetMinutes == 420)
        #expect(ReportTimeZone(identifier: "-03:30")?.offsetMinutes == -210)
        #expect(ReportTimeZone(identifier: "Asia/Jakarta") == .jakarta)
        #expect(ReportTimeZone.jakarta.description == "Asia/Jakarta")
    }

    @Test(arguments: ["Europe/Paris", "asia/jakarta", "", "+7:00", "07:00", "+24:00", "+07:60", "WIB"])
    func unknownNamesAreNil(text: String) {
        #expect(ReportTimeZone(identifier: text) == nil)
    }

    @Test func jakartaDayBoundaries() throws {
        let zone = ReportTimeZone.jakarta
        let date = try #require(LocalDate("2025-10-23"))
        #expect(zone.startOfDay(date).rfc3339 == "2025-10-22T17:00:00Z")
        #expect(zone.endOfDay(date).rfc3339 == "2025-10-23T17:00:00Z")
        #expect(zone.endOfDay(date) == zone.startOfDay(date.next))
    }

    @Test func dateOfAnInstantFollowsTheLocalDay() throws {
        let zone = ReportTimeZone.jakarta
        #expect(zone.date(of: TestData.time("2025-10-22T16:59:59.999Z")).description == "2025-10-22")
        #expect(zone.date(of: TestData.time("2025-10-22T17:00:00Z")).description == "2025-10-23")
        #expect(zone.date(of: TestData.time("2025-10-23T16:59:59.999Z")).description == "2025-10-23")
        #expect(ReportTimeZone.utc.date(of: TestData.time("2025-10-22T17:00:00Z")).description == "2025-10-22")
        #expect(ReportTimeZone.jayapura.date(of: TestData.time("2025-10-22T15:00:00Z")).description == "2025-10-23")
        #expect(ReportTimeZone(identifier: "-05:00")!.date(of: TestData.time("1970-01-01T04:59:59Z")).description == "1969-12-31")
    }

    @Test func everyInstantOfTheDayMapsBackToIt() throws {
        let zone = try #require(ReportTimeZone(identifier: "Asia/Makassar"))
        let date = try #require(LocalDate("2024-02-29"))
        #expect(zone.date(of: zone.startOfDay(date)) == date)
        #expect(zone.date(of: zone.endOfDay(date).adding(milliseconds: -1)) == date)
        #expect(zone.date(of: zone.endOfDay(date)) == date.next)
    }
}
