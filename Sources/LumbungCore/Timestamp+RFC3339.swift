/// RFC 3339 parsing (any offset) and formatting (UTC with `Z`).
extension Timestamp {
    /// Parses an RFC 3339 date-time such as `2025-10-23T08:00:00Z` or `2025-10-23T15:00:00+07:00`.
    ///
    /// Accepts `T`/`t`, `Z`/`z`, `±HH:MM` offsets and 1–9 fraction digits (digits beyond
    /// milliseconds are truncated). Returns nil for impossible dates or times
    /// (Feb 30, month 13, hour 24, second 60 — leap seconds are not represented) and for
    /// anything else RFC 3339 does not allow, such as a missing offset or a space separator.
    public init?(rfc3339 text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20,
              let year = ASCIIDigits.number(bytes, at: 0, count: 4), bytes[4] == UInt8(ascii: "-"),
              let month = ASCIIDigits.number(bytes, at: 5, count: 2), bytes[7] == UInt8(ascii: "-"),
              let day = ASCIIDigits.number(bytes, at: 8, count: 2),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
              let hour = ASCIIDigits.number(bytes, at: 11, count: 2), bytes[13] == UInt8(ascii: ":"),
              let minute = ASCIIDigits.number(bytes, at: 14, count: 2), bytes[16] == UInt8(ascii: ":"),
              let second = ASCIIDigits.number(bytes, at: 17, count: 2)
        else { return nil }
        var index = 19
        var fraction: Int64 = 0
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, ASCIIDigits.isDigit(bytes[index]) { index += 1 }
            let digits = index - start
            guard (1...9).contains(digits) else { return nil }
            for offset in 0..<3 {
                let digit = offset < digits ? Int64(bytes[start + offset] &- 0x30) : 0
                fraction = fraction * 10 + digit
            }
        }
        guard index < bytes.count else { return nil }
        var offsetMinutes = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard let offsetHour = ASCIIDigits.number(bytes, at: index + 1, count: 2),
                  index + 3 < bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
                  let offsetMinute = ASCIIDigits.number(bytes, at: index + 4, count: 2),
                  offsetHour <= 23, offsetMinute <= 59 else { return nil }
            offsetMinutes = (offsetHour * 60 + offsetMinute) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
            index += 6
        default:
            return nil
        }
        guard index == bytes.count,
              CivilCalendar.isValid(year: Int64(year), month: month, day: day),
              hour <= 23, minute <= 59, second <= 59 else { return nil }
        let days = CivilCalendar.daysFromCivil(year: Int64(year), month: month, day: day)
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetMinutes * 60)
        self.init(millisecondsSinceEpoch: seconds * 1000 + fraction)
    }

    /// RFC 3339 in UTC with `Z`; a millisecond fraction only when non-zero:
    /// `2025-10-23T08:00:00Z`, `2025-10-23T08:00:00.250Z` (see `appendRFC3339`).
    public var rfc3339: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        appendRFC3339(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `rfc3339`'s ASCII bytes to `bytes`, digit by digit (a list answer formats dozens of these, so no
    /// intermediate strings).
    public func appendRFC3339(to bytes: inout [UInt8]) {
        let days = CivilCalendar.floorDivide(millisecondsSinceEpoch, by: Timestamp.millisecondsPerDay)
        let millisecondOfDay = millisecondsSinceEpoch - days * Timestamp.millisecondsPerDay
        let date = CivilCalendar.civilFromDays(days)
        guard (0...9999).contains(date.year) else {
            return bytes.append(contentsOf: Self.paddedRFC3339(date, millisecondOfDay).utf8)
        }
        let secondOfDay = Int(millisecondOfDay / 1000)
        let fraction = Int(millisecondOfDay % 1000)
        // Written into a buffer on the stack and appended at once: one capacity check instead of one per byte.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var count = 0
            @inline(__always)
            func put(_ byte: UInt8) {
                buffer[count] = byte
                count += 1
            }
            @inline(__always)
            func digit(_ value: Int) { put(UInt8(truncatingIfNeeded: 0x30 + value % 10)) }
            @inline(__always)
            func twoDigits(_ value: Int, then separator: UInt8) {
                digit(value / 10)
                digit(value)
                put(separator)
            }
            digit(Int(date.year) / 1000)
            digit(Int(date.year) / 100)
            twoDigits(Int(date.year), then: UInt8(ascii: "-"))
            twoDigits(date.month, then: UInt8(ascii: "-"))
            twoDigits(date.day, then: UInt8(ascii: "T"))
            twoDigits(secondOfDay / 3600, then: UInt8(ascii: ":"))
            twoDigits(secondOfDay / 60 % 60, then: UInt8(ascii: ":"))
            if fraction != 0 {
                twoDigits(secondOfDay % 60, then: UInt8(ascii: "."))
                digit(fraction / 100)
                twoDigits(fraction, then: UInt8(ascii: "Z"))
            } else {
                twoDigits(secondOfDay % 60, then: UInt8(ascii: "Z"))
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// The same form for years outside 0–9999 (more digits, or a sign).
    private static func paddedRFC3339(_ date: (year: Int64, month: Int, day: Int), _ millisecondOfDay: Int64) -> String {
        let secondOfDay = millisecondOfDay / 1000
        var text = ASCIIDigits.padded(date.year, width: 4)
            + "-" + ASCIIDigits.padded(date.month, width: 2)
            + "-" + ASCIIDigits.padded(date.day, width: 2)
            + "T" + ASCIIDigits.padded(secondOfDay / 3600, width: 2)
            + ":" + ASCIIDigits.padded(secondOfDay / 60 % 60, width: 2)
            + ":" + ASCIIDigits.padded(secondOfDay % 60, width: 2)
        let fraction = millisecondOfDay % 1000
        if fraction != 0 {
            text += "." + ASCIIDigits.padded(fraction, width: 3)
        }
        return text + "Z"
    }
}
