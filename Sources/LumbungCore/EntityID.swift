/// Opaque, time-ordered identifiers: a prefix, 48 bits of milliseconds and 80 random bits in base32.
public enum EntityID {
    private static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)

    /// A new id such as `out_01jd2k8x3p7q9r1s2t3v4w5x6y`; ids made later sort after earlier ones
    /// (to the millisecond).
    public static func make(_ prefix: String, at time: Timestamp) -> String {
        var generator = SystemRandomNumberGenerator()
        return make(prefix, at: time, using: &generator)
    }

    /// An id as `make(_:at:)` makes it, its random part drawn from `generator` (a bulk writer's fast one), written
    /// into one buffer.
    public static func make(_ prefix: String, at time: Timestamp, using generator: inout some RandomNumberGenerator) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(prefix.utf8.count + 28)
        text.append(contentsOf: prefix.utf8)
        text.append(UInt8(ascii: "_"))
        appendTimePart(at: time, to: &text)
        appendRandomPart(using: &generator, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// The 17 characters after an id's time part: 80 bits drawn from `generator`, in base32.
    public static func randomPart(using generator: inout some RandomNumberGenerator) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(17)
        appendRandomPart(using: &generator, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// The 10 characters after the prefix of every id made at `time` (its milliseconds in base32).
    public static func timePart(at time: Timestamp) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(10)
        appendTimePart(at: time, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends `randomPart`'s 17 characters to `text`.
    private static func appendRandomPart(using generator: inout some RandomNumberGenerator, to text: inout [UInt8]) {
        let random = generator.next() as UInt64
        let more = generator.next() as UInt64
        for shift in stride(from: 60, through: 0, by: -5) { text.append(alphabet[Int((random >> UInt64(shift)) & 31)]) }
        for shift in stride(from: 15, through: 0, by: -5) { text.append(alphabet[Int((more >> UInt64(shift)) & 31)]) }
    }

    /// Appends `timePart`'s 10 characters to `text`.
    private static func appendTimePart(at time: Timestamp, to text: inout [UInt8]) {
        let millis = UInt64(max(0, time.millisecondsSinceEpoch))
        for shift in stride(from: 45, through: 0, by: -5) { text.append(alphabet[Int((millis >> UInt64(shift)) & 31)]) }
    }

    /// The SQL expression of `timePart` for the milliseconds `expression` evaluates to.
    public static func timePartSQL(_ expression: String) -> String {
        let letters = String(decoding: alphabet, as: UTF8.self)
        return stride(from: 45, through: 0, by: -5).map { "substr('\(letters)', ((\(expression) >> \($0)) & 31) + 1, 1)" }
            .joined(separator: " || ")
    }
}
