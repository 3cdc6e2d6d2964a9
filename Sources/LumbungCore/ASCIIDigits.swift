/// Small ASCII helpers shared by the parsers and formatters in this module.
enum ASCIIDigits {
    /// The value of an ASCII decimal digit, or nil for any other byte.
    static func value(_ byte: UInt8) -> Int? {
        byte >= 0x30 && byte <= 0x39 ? Int(byte &- 0x30) : nil
    }

    /// Whether the byte is an ASCII decimal digit.
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    /// Reads exactly `count` digits starting at `start`; nil when out of bounds or not all digits.
    static func number(_ bytes: [UInt8], at start: Int, count: Int) -> Int? {
        guard start >= 0, count > 0, start + count <= bytes.count else { return nil }
        var result = 0
        for index in start..<(start + count) {
            guard let digit = value(bytes[index]) else { return nil }
            result = result * 10 + digit
        }
        return result
    }

    /// Left-pads the decimal form of a non-negative number with zeros to `width`; a minus sign precedes the padding.
    static func padded<T: BinaryInteger>(_ number: T, width: Int) -> String {
        let digits = String(number.magnitude)
        let padding = String(repeating: "0", count: Swift.max(0, width - digits.count))
        return (number < 0 ? "-" : "") + padding + digits
    }
}
