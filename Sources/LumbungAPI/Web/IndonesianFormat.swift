import LumbungCore

/// Numbers, dates and ages written the Indonesian way: `23 Okt 2025 15.00 WIB`, `2,5 kg`, `3 jam lalu`.
enum IndonesianFormat {
    /// Short month names, January first.
    static let months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

    /// `23 Okt 2025`.
    static func day(_ date: LocalDate) -> String {
        "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// `23 Okt`, for chart labels.
    static func shortDay(_ date: LocalDate) -> String {
        "\(date.day) \(months[date.month - 1])"
    }

    /// `23 Okt 2025 15.00 WIB`: the day and time in `zone`, named as Indonesians name it.
    static func dateTime(_ time: Timestamp, zone: ReportTimeZone) -> String {
        let date = zone.date(of: time)
        let minutes = time.milliseconds(since: zone.startOfDay(date)) / Timestamp.millisecondsPerMinute
        return "\(day(date)) \(twoDigits(minutes / 60)).\(twoDigits(minutes % 60)) \(zoneName(zone))"
    }

    /// `WIB`, `WITA`, `WIT`, `UTC`, or `UTC+05:30` for any other offset.
    static func zoneName(_ zone: ReportTimeZone) -> String {
        switch zone.offsetMinutes {
        case 7 * 60: return "WIB"
        case 8 * 60: return "WITA"
        case 9 * 60: return "WIT"
        case 0: return "UTC"
        default:
            let magnitude = abs(zone.offsetMinutes)
            return "UTC\(zone.offsetMinutes < 0 ? "-" : "+")\(twoDigits(Int64(magnitude / 60))):\(twoDigits(Int64(magnitude % 60)))"
        }
    }

    /// How long ago `time` was: `baru saja`, `5 menit lalu`, `3 jam lalu`, `2 hari lalu`.
    static func age(of time: Timestamp, now: Timestamp) -> String {
        let minutes = max(0, now.milliseconds(since: time)) / Timestamp.millisecondsPerMinute
        switch minutes {
        case ..<1: return "baru saja"
        case ..<60: return "\(minutes) menit lalu"
        case ..<(48 * 60): return "\(minutes / 60) jam lalu"
        default: return "\(minutes / (24 * 60)) hari lalu"
        }
    }

    /// `2,5 kg`, `40 tabung`: a decimal comma, and the unit after a space.
    static func quantity(_ quantity: Quantity, unit: String) -> String {
        let number = quantity.decimalCommaText
        return unit.isEmpty ? number : "\(number) \(unit)"
    }

    /// A signed percentage with one decimal and a decimal comma: `+12,5%`, `-3,0%`.
    static func signedPercent(_ fraction: Double) -> String {
        let tenths = Int64((fraction * 1000).rounded())
        let sign = tenths > 0 ? "+" : tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10),\(abs(tenths) % 10)%"
    }

    /// A percentage with one decimal: `4,2%`.
    static func percent(_ fraction: Double) -> String {
        let tenths = Int64((fraction * 1000).rounded())
        return "\(tenths / 10),\(abs(tenths) % 10)%"
    }

    /// `05`, `12`.
    private static func twoDigits(_ value: Int64) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}

extension IndonesianFormat {
    /// A distance with one decimal: `1,2 km`.
    static func kilometres(_ distance: Double) -> String {
        let tenths = Int64((distance * 10).rounded())
        return "\(tenths / 10),\(tenths % 10) km"
    }
}
