/// An Indonesian mobile number in E.164 form, e.g. `+6281234567890`.
public struct PhoneNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The E.164 text: `+62` and 8 to 12 more digits, the first of them not 0.
    public let e164: String

    /// Reads `0812…`, `62812…` or `+62812…`, with spaces, dashes, dots or brackets between digits;
    /// nil for anything else.
    public init?(_ text: String) {
        guard text.utf8.count <= 40 else { return nil }
        var digits = ""
        var plus = false
        for (offset, character) in text.enumerated() {
            if character.isASCII, let digit = character.wholeNumberValue {
                digits.append(String(digit))
            } else if character == "+" && offset == 0 {
                plus = true
            } else if !" -.()".contains(character) {
                return nil
            }
        }
        let national: Substring
        if digits.hasPrefix("62") {
            national = digits.dropFirst(2)
        } else if digits.hasPrefix("0") && !plus {
            national = digits.dropFirst()
        } else {
            return nil
        }
        guard (8...12).contains(national.count), national.first != "0" else { return nil }
        e164 = "+62" + national
    }

    /// The E.164 text.
    public var description: String { e164 }

    /// Ordered by their text.
    public static func < (lhs: PhoneNumber, rhs: PhoneNumber) -> Bool { lhs.e164 < rhs.e164 }
}
