/// A commodity slug such as `lpg-3kg`, `beras-medium` or `minyakita`:
/// 1–64 characters of lowercase `a`–`z`, `0`–`9` and `-`, not starting or ending with `-`.
public struct CommodityID: Sendable, Hashable, Comparable, RawRepresentable, Codable,
    CustomStringConvertible {
    /// The slug text.
    public let rawValue: String

    /// The longest slug accepted.
    public static let maximumLength = 64

    /// Parses a slug; nil unless it is well-formed.
    public init?(_ text: String) {
        guard CommodityID.isValid(text) else { return nil }
        rawValue = text
    }

    /// Parses a slug; the same as `init?(_:)`.
    public init?(rawValue: String) {
        self.init(rawValue)
    }

    /// The slug text.
    public var description: String { rawValue }

    /// Orders by slug text.
    public static func < (lhs: CommodityID, rhs: CommodityID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// Whether the text is a well-formed slug.
    static func isValid(_ text: String) -> Bool {
        let bytes = text.utf8
        guard (1...maximumLength).contains(bytes.count),
              bytes.first != UInt8(ascii: "-"),
              bytes.last != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { byte in
            ASCIIDigits.isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || byte == UInt8(ascii: "-")
        }
    }
}
