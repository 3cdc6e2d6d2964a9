/// A point in time: milliseconds since 1970-01-01T00:00:00Z (UTC, no leap seconds).
///
/// Encodes to and decodes from an RFC 3339 string; see `Timestamp+RFC3339.swift`.
public struct Timestamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Milliseconds since the Unix epoch; negative before 1970.
    public let millisecondsSinceEpoch: Int64

    /// Milliseconds in one second.
    public static let millisecondsPerSecond: Int64 = 1000
    /// Milliseconds in one minute.
    public static let millisecondsPerMinute: Int64 = 60_000
    /// Milliseconds in one hour.
    public static let millisecondsPerHour: Int64 = 3_600_000
    /// Milliseconds in one day.
    public static let millisecondsPerDay: Int64 = 86_400_000

    /// Wraps a count of milliseconds since the Unix epoch.
    public init(millisecondsSinceEpoch: Int64) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
    }

    /// 1970-01-01T00:00:00Z.
    public static let epoch = Timestamp(millisecondsSinceEpoch: 0)

    /// 2000-01-01T00:00:00Z: no time the service accepts lies before it.
    public static let earliestAccepted = Timestamp(millisecondsSinceEpoch: 946_684_800_000)

    /// This instant moved by a signed number of milliseconds (traps only past ±292 million years).
    public func adding(milliseconds: Int64) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: millisecondsSinceEpoch + milliseconds)
    }

    /// This instant moved by a signed number of hours.
    public func adding(hours: Int64) -> Timestamp {
        adding(milliseconds: hours * Timestamp.millisecondsPerHour)
    }

    /// The signed number of milliseconds from `other` to this instant.
    public func milliseconds(since other: Timestamp) -> Int64 {
        millisecondsSinceEpoch - other.millisecondsSinceEpoch
    }

    /// Orders chronologically.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch
    }

    /// The RFC 3339 UTC form, e.g. `2025-10-23T08:00:00Z`.
    public var description: String { rfc3339 }

    /// Decodes an RFC 3339 string with any offset.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Timestamp(rfc3339: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Not an RFC 3339 date-time: \(text)")
        }
        self = value
    }

    /// Encodes as an RFC 3339 UTC string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rfc3339)
    }
}
