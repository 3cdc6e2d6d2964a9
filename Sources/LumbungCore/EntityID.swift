/// Opaque, time-ordered identifiers: a prefix, 48 bits of milliseconds and 80 random bits in base32.
public enum EntityID {
    /// The 32 digits, in order.
    private static let alphabet: StaticString = "0123456789abcdefghjkmnpqrstvwxyz"

    /// A new id such as `out_01jd2k8x3p7q9r1s2t3v4w5x6y`; ids made later sort after earlier ones
    /// (to the millisecond).
    public static func make(_ prefix: String, at time: Timestamp) -> String {
        var generator = SystemRandomNumberGenerator()
        return make(prefix, at: time, using: &generator)
    }

    /// An id as `make(_:at:)` makes it, its random part drawn from `generator` (a bulk writer's fast one), written
    /// into the string's own storage.
    public static func make(_ prefix: String, at time: Timestamp, using generator: inout some RandomNumberGenerator) -> String {
        String(unsafeUninitializedCapacity: prefix.utf8.count + 28) { text in
            var end = text.initialize(from: prefix.utf8).1
            text[end] = UInt8(ascii: "_")
            end = writeDigits(of: milliseconds(time), count: 10, into: text, from: end + 1)
            return writeRandomPart(using: &generator, into: text, from: end)
        }
    }

    /// The 17 characters after an id's time part: 80 bits drawn from `generator`, in base32.
    public static func randomPart(using generator: inout some RandomNumberGenerator) -> String {
        String(unsafeUninitializedCapacity: 17) { writeRandomPart(using: &generator, into: $0, from: 0) }
    }

    /// The 10 characters after the prefix of every id made at `time` (its milliseconds in base32).
    public static func timePart(at time: Timestamp) -> String {
        String(unsafeUninitializedCapacity: 10) { writeDigits(of: milliseconds(time), count: 10, into: $0, from: 0) }
    }

    /// The milliseconds an id's time part holds (none before 1970).
    private static func milliseconds(_ time: Timestamp) -> UInt64 {
        UInt64(max(0, time.millisecondsSinceEpoch))
    }

    /// Writes `randomPart`'s 17 digits into `text` from `start` (13 of a first draw from `generator`, 4 of a second);
    /// returns the index after the last.
    private static func writeRandomPart(using generator: inout some RandomNumberGenerator,
                                        into text: UnsafeMutableBufferPointer<UInt8>, from start: Int) -> Int {
        let random = generator.next() as UInt64, more = generator.next() as UInt64
        return writeDigits(of: more, count: 4, into: text, from: writeDigits(of: random, count: 13, into: text, from: start))
    }

    /// Writes the lowest `count` base32 digits of `value`, most significant first, into `text` from `start`; returns
    /// the index after the last.
    private static func writeDigits(of value: UInt64, count: Int, into text: UnsafeMutableBufferPointer<UInt8>,
                                    from start: Int) -> Int {
        for index in 0..<count {
            text[start + index] = alphabet.utf8Start[Int((value >> UInt64(5 * (count - 1 - index))) & 31)]
        }
        return start + count
    }

    /// The SQL expression of `timePart` for the milliseconds `expression` evaluates to.
    public static func timePartSQL(_ expression: String) -> String {
        let letters = alphabet.description
        return stride(from: 45, through: 0, by: -5).map { "substr('\(letters)', ((\(expression) >> \($0)) & 31) + 1, 1)" }
            .joined(separator: " || ")
    }
}
