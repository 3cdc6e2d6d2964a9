/// The fixed-offset time zone in which report days are cut (Indonesia observes no DST).
///
/// Known names: `Asia/Jakarta` and `Asia/Pontianak` (WIB, +07:00), `Asia/Makassar` (WITA, +08:00),
/// `Asia/Jayapura` (WIT, +09:00), `UTC`/`Etc/UTC` (+00:00); also `+HH:MM`/`-HH:MM`.
public struct ReportTimeZone: Sendable, Hashable, CustomStringConvertible {
    /// The name it was created from, e.g. `Asia/Jakarta` or `+07:00`.
    public let identifier: String
    /// The offset from UTC in minutes (east positive).
    public let offsetMinutes: Int

    /// Western Indonesian Time, +07:00, the default.
    public static let jakarta = ReportTimeZone(identifier: "Asia/Jakarta", offsetMinutes: 7 * 60)
    /// Central Indonesian Time, +08:00.
    public static let makassar = ReportTimeZone(identifier: "Asia/Makassar", offsetMinutes: 8 * 60)
    /// Eastern Indonesian Time, +09:00.
    public static let jayapura = ReportTimeZone(identifier: "Asia/Jayapura", offsetMinutes: 9 * 60)
    /// Coordinated Universal Time.
    public static let utc = ReportTimeZone(identifier: "UTC", offsetMinutes: 0)

    /// A zone with a given name and offset.
    init(identifier: String, offsetMinutes: Int) {
        self.identifier = identifier
        self.offsetMinutes = offsetMinutes
    }

    /// Looks up a known name or parses `±HH:MM` (hours 00–23, minutes 00–59); nil otherwise.
    public init?(identifier: String) {
        switch identifier {
        case "Asia/Jakarta", "Asia/Pontianak": self.init(identifier: identifier, offsetMinutes: 7 * 60)
        case "Asia/Makassar": self.init(identifier: identifier, offsetMinutes: 8 * 60)
        case "Asia/Jayapura": self.init(identifier: identifier, offsetMinutes: 9 * 60)
        case "UTC", "Etc/UTC": self.init(identifier: identifier, offsetMinutes: 0)
        default:
            let bytes = Array(identifier.utf8)
            guard bytes.count == 6, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
                  bytes[3] == UInt8(ascii: ":"),
                  let hours = ASCIIDigits.number(bytes, at: 1, count: 2),
                  let minutes = ASCIIDigits.number(bytes, at: 4, count: 2),
                  hours <= 23, minutes <= 59 else { return nil }
            let sign = bytes[0] == UInt8(ascii: "-") ? -1 : 1
            self.init(identifier: identifier, offsetMinutes: sign * (hours * 60 + minutes))
        }
    }

    /// The identifier.
    public var description: String { identifier }

    /// The offset in milliseconds.
    var offsetMilliseconds: Int64 { Int64(offsetMinutes) * Timestamp.millisecondsPerMinute }

    /// The first millisecond of `date` in this zone (local midnight).
    public func startOfDay(_ date: LocalDate) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: date.daysSinceEpoch * Timestamp.millisecondsPerDay - offsetMilliseconds)
    }

    /// The exclusive end of `date` in this zone: the start of the next local day.
    ///
    /// An instant `t` lies on `date` when `startOfDay(date) <= t < endOfDay(date)`.
    public func endOfDay(_ date: LocalDate) -> Timestamp {
        startOfDay(date.next)
    }

    /// The local calendar day on which `timestamp` falls in this zone.
    public func date(of timestamp: Timestamp) -> LocalDate {
        let local = timestamp.millisecondsSinceEpoch + offsetMilliseconds
        return LocalDate(daysSinceEpoch: CivilCalendar.floorDivide(local, by: Timestamp.millisecondsPerDay))
    }
}
