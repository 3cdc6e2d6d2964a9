import Testing
import LumbungCore

struct TimestampTests {
    @Test func parsesUTCAndOffsetsToTheSameInstant() throws {
        let utc = try #require(Timestamp(rfc3339: "2025-10-23T08:00:00Z"))
        #expect(utc.millisecondsSinceEpoch == 1_761_206_400_000)
        #expect(Timestamp(rfc3339: "2025-10-23T15:00:00+07:00") == utc)
        #expect(Timestamp(rfc3339: "2025-10-23T17:00:00+09:00") == utc)
        #expect(Timestamp(rfc3339: "2025-10-23T03:30:00-04:30") == utc)
        #expect(Timestamp(rfc3339: "2025-10-23t08:00:00z") == utc)
        #expect(Timestamp(rfc3339: "2025-10-23T08:00:00-00:00") == utc)
    }

    @Test func fractionalSecondsTruncateToMilliseconds() throws {
        let base = try #require(Timestamp(rfc3339: "2025-10-23T08:00:00Z")).millisecondsSinceEpoch
        #expect(Timestamp(rfc3339: "2025-10-23T08:00:00.25Z")?.millisecondsSinceEpoch == base + 250)
        #expect(Timestamp(rfc3339: "2025-10-23T08:00:00.5Z")?.millisecondsSinceEpoch == base + 500)
        #expect(Timestamp(rfc3339: "2025-10-23T08:00:00.123456789Z")?.millisecondsSinceEpoch == base + 123)
        #expect(Timestamp(rfc3339: "2025-10-23T08:00:00.0009Z")?.millisecondsSinceEpoch == base)
    }

    @Test(arguments: [
        "2025-02-30T00:00:00Z", "2025-02-29T00:00:00Z", "2025-13-01T00:00:00Z", "2025-00-10T00:00:00Z",
        "2025-10-00T00:00:00Z", "2025-04-31T00:00:00Z", "2025-10-23T24:00:00Z", "2025-10-23T08:60:00Z",
        "2025-10-23T08:00:60Z", "2025-10-23T08:00:00", "2025-10-23 08:00:00Z", "2025-10-23T08:00Z",
        "2025-10-23T08:00:00.Z", "2025-10-23T08:00:00.1234567891Z", "2025-10-23T08:00:00+0700",
        "2025-10-23T08:00:00+07", "2025-10-23T08:00:00+24:00", "2025-10-23T08:00:00+07:60",
        "2025-10-23T08:00:00ZZ", "25-10-23T08:00:00Z", "2025-1-23T08:00:00Z", "", "2025-10-23",
        "2025-10-23T08:00:00+07:00 ", "２025-10-23T08:00:00Z",
    ])
    func rejectsInvalidText(text: String) {
        #expect(Timestamp(rfc3339: text) == nil)
    }

    @Test func acceptsLeapDayOnLeapYears() {
        #expect(Timestamp(rfc3339: "2024-02-29T00:00:00Z") != nil)
        #expect(Timestamp(rfc3339: "2000-02-29T00:00:00Z") != nil)
        #expect(Timestamp(rfc3339: "1900-02-29T00:00:00Z") == nil)
    }

    @Test func formatsUTCWithMillisecondsOnlyWhenNonZero() {
        #expect(Timestamp(millisecondsSinceEpoch: 1_761_206_400_000).rfc3339 == "2025-10-23T08:00:00Z")
        #expect(Timestamp(millisecondsSinceEpoch: 1_761_206_400_250).rfc3339 == "2025-10-23T08:00:00.250Z")
        #expect(Timestamp(millisecondsSinceEpoch: 1_761_206_400_007).description == "2025-10-23T08:00:00.007Z")
        #expect(Timestamp.epoch.rfc3339 == "1970-01-01T00:00:00Z")
        #expect(Timestamp(millisecondsSinceEpoch: -1).rfc3339 == "1969-12-31T23:59:59.999Z")
    }

    @Test(arguments: [
        "2025-10-23T08:00:00Z", "2024-02-29T23:59:59.999Z", "1970-01-01T00:00:00Z", "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999Z", "1969-07-20T20:17:40.100Z", "2000-03-01T00:00:00Z",
    ])
    func roundTrips(text: String) throws {
        #expect(try #require(Timestamp(rfc3339: text)).rfc3339 == text)
    }

    @Test func dayArithmeticMatchesAKnownCount() throws {
        // 2000-03-01 is day 11017 since the epoch.
        #expect(try #require(Timestamp(rfc3339: "2000-03-01T00:00:00Z")).millisecondsSinceEpoch == 11_017 * 86_400_000)
    }

    @Test func orderingAndArithmetic() throws {
        let t = try #require(Timestamp(rfc3339: "2025-10-23T08:00:00Z"))
        #expect(t.adding(hours: 48).rfc3339 == "2025-10-25T08:00:00Z")
        #expect(t.adding(milliseconds: -1) < t)
        #expect(t.adding(hours: 1).milliseconds(since: t) == 3_600_000)
    }

    @Test func formattingWritesEveryFieldAndRoundTrips() {
        #expect(Timestamp(millisecondsSinceEpoch: -1).rfc3339 == "1969-12-31T23:59:59.999Z")
        #expect(Timestamp(millisecondsSinceEpoch: 5).rfc3339 == "1970-01-01T00:00:00.005Z")
        #expect(Timestamp(millisecondsSinceEpoch: 1_761_206_400_050).rfc3339 == "2025-10-23T08:00:00.050Z")
        #expect(Timestamp(millisecondsSinceEpoch: 253_402_300_800_000).rfc3339 == "10000-01-01T00:00:00Z")
        var value: Int64 = -62_135_596_800_000  // 0001-01-01
        while value < 253_402_300_799_999 {
            let stamp = Timestamp(millisecondsSinceEpoch: value)
            #expect(Timestamp(rfc3339: stamp.rfc3339) == stamp, "\(stamp.rfc3339)")
            value += 9_876_543_210_987
        }
    }
}
