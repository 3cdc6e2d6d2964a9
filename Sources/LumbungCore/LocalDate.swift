/// A calendar day (`YYYY-MM-DD`) with no time zone, stored as days since 1970-01-01.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public let daysSinceEpoch: Int64

    /// Wraps a count of days since 1970-01-01.
    public init(daysSinceEpoch: Int64) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// A validated calendar day; nil for impossible dates such as 2025-02-29 or month 13.
    public init?(year: Int, month: Int, day: Int) {
        guard CivilCalendar.isValid(year: Int64(year), month: month, day: day) else { return nil }
        daysSinceEpoch = CivilCalendar.daysFromCivil(year: Int64(year), month: month, day: day)
    }

    /// Parses exactly `YYYY-MM-DD` (4-digit year); nil for anything else or an impossible date.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = ASCIIDigits.number(bytes, at: 0, count: 4),
              let month = ASCIIDigits.number(bytes, at: 5, count: 2),
              let day = ASCIIDigits.number(bytes, at: 8, count: 2) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The year, e.g. 2025.
    public var year: Int { Int(CivilCalendar.civilFromDays(daysSinceEpoch).year) }

    /// The month, 1–12.
    public var month: Int { CivilCalendar.civilFromDays(daysSinceEpoch).month }

    /// The day of the month, 1–31.
    public var day: Int { CivilCalendar.civilFromDays(daysSinceEpoch).day }

    /// The following day.
    public var next: LocalDate { adding(days: 1) }

    /// The preceding day.
    public var previous: LocalDate { adding(days: -1) }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int64) -> LocalDate {
        LocalDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The signed number of days from `other` to this date.
    public func days(since other: LocalDate) -> Int64 {
        daysSinceEpoch - other.daysSinceEpoch
    }

    /// Orders chronologically.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let date = CivilCalendar.civilFromDays(daysSinceEpoch)
        return ASCIIDigits.padded(date.year, width: 4) + "-" + ASCIIDigits.padded(date.month, width: 2)
            + "-" + ASCIIDigits.padded(date.day, width: 2)
    }

    /// Decodes a `YYYY-MM-DD` string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = LocalDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a YYYY-MM-DD date: \(text)")
        }
        self = value
    }

    /// Encodes as a `YYYY-MM-DD` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
