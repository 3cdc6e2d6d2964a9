/// A validated Kemendagri region code: `63` (province), `63.71` (kabupaten/kota),
/// `63.71.01` (kecamatan) or `63.71.01.1001` (desa/kelurahan).
///
/// Only ASCII digits and dots; segment widths are exactly 2, 2, 2 and 4 digits.
/// Codes order as their text, so a parent sorts before its descendants.
public struct RegionCode: Sendable, Hashable, Comparable, RawRepresentable, Codable, CustomStringConvertible {
    /// The code text, e.g. `63.71.01.1001`.
    public let rawValue: String

    /// Digits per segment by level: province, kabupaten/kota, kecamatan, desa/kelurahan.
    public static let segmentWidths: [Int] = [2, 2, 2, 4]

    /// The deepest level, desa/kelurahan.
    public static let villageLevel = 4

    /// Parses a code; nil unless it has one of the four exact shapes.
    public init?(_ text: String) {
        guard RegionCode.isValid(text) else { return nil }
        rawValue = text
    }

    /// Parses a code; the same as `init?(_:)`.
    public init?(rawValue: String) {
        self.init(rawValue)
    }

    /// Wraps text already known to be valid.
    init(unchecked text: String) {
        rawValue = text
    }

    /// The code text, e.g. `63.71`.
    public var description: String { rawValue }

    /// 1 = province, 2 = kabupaten/kota, 3 = kecamatan, 4 = desa/kelurahan.
    public var level: Int {
        rawValue.utf8.reduce(1) { $1 == UInt8(ascii: ".") ? $0 + 1 : $0 }
    }

    /// Whether this is a desa/kelurahan (level 4) code.
    public var isVillage: Bool { level == RegionCode.villageLevel }

    /// The segments, e.g. `["63", "71", "01", "1001"]`.
    public var segments: [String] {
        rawValue.split(separator: ".").map(String.init)
    }

    /// The enclosing region one level up; nil for a province.
    public var parent: RegionCode? {
        guard let dot = rawValue.lastIndex(of: ".") else { return nil }
        return RegionCode(unchecked: String(rawValue[..<dot]))
    }

    /// The province (level 1) this code lies in: its 2-digit prefix.
    public var province: RegionCode {
        RegionCode(unchecked: String(rawValue.prefix(2)))
    }

    /// This code and all its ancestors, from the province down to this code.
    public var lineage: [RegionCode] {
        var chain: [RegionCode] = []
        chain.reserveCapacity(RegionCode.villageLevel)
        let bytes = rawValue.utf8
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: ".") {
            chain.append(RegionCode(unchecked: String(Substring(bytes.prefix(offset)))))
        }
        chain.append(self)
        return chain
    }

    /// Orders codes by their text.
    public static func < (lhs: RegionCode, rhs: RegionCode) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// Whether the text is a well-formed code.
    static func isValid(_ text: String) -> Bool {
        var level = 0
        var width = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard level < segmentWidths.count - 1, width == segmentWidths[level] else { return false }
                level += 1
                width = 0
            } else if ASCIIDigits.isDigit(byte) {
                width += 1
                guard width <= segmentWidths[level] else { return false }
            } else {
                return false
            }
        }
        return width == segmentWidths[level]
    }
}
