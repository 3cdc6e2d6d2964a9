/// An outlet id's UTF-8 bytes as the stock check ranks its balances and finds its listed outlets: held in place when
/// they fit in 32 bytes (an id the service makes has 30), so that keeping, ordering, hashing and comparing one
/// allocates nothing and takes a few instructions; a longer id (from another system) is held in an array as well.
struct OutletIDBytes: Hashable, Sendable {
    /// The first 32 bytes in four big-endian words, zero beyond `count`: comparing the words in turn compares the
    /// bytes in order.
    private let words: (UInt64, UInt64, UInt64, UInt64)
    /// How many bytes there are.
    private let count: Int
    /// Every byte of an id longer than 32, else nil.
    private let longBytes: [UInt8]?

    /// The id of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var stored: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        let head = UnsafeBufferPointer(rebasing: bytes.prefix(32))
        withUnsafeMutableBytes(of: &stored) { $0.copyMemory(from: UnsafeRawBufferPointer(head)) }
        words = (UInt64(bigEndian: stored.0), UInt64(bigEndian: stored.1), UInt64(bigEndian: stored.2),
                 UInt64(bigEndian: stored.3))
        count = bytes.count
        longBytes = bytes.count > 32 ? Array(bytes) : nil
    }

    /// The id's bytes, as they were given.
    private var bytes: [UInt8] {
        if let longBytes { return longBytes }
        let stored = (words.0.bigEndian, words.1.bigEndian, words.2.bigEndian, words.3.bigEndian)
        return withUnsafeBytes(of: stored) { Array($0.prefix(count)) }
    }

    /// The id as a `String`.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether this id sorts before `other` in SQLite's BINARY order (bytes compared in order, a prefix first).
    func precedes(_ other: OutletIDBytes) -> Bool {
        if longBytes != nil || other.longBytes != nil { return bytes.lexicographicallyPrecedes(other.bytes) }
        // The zeros that fill the words sort first, and equal words leave the shorter id first: a prefix first.
        if words.0 != other.words.0 { return words.0 < other.words.0 }
        if words.1 != other.words.1 { return words.1 < other.words.1 }
        if words.2 != other.words.2 { return words.2 < other.words.2 }
        if words.3 != other.words.3 { return words.3 < other.words.3 }
        return count < other.count
    }

    /// Whether both ids have the same bytes.
    static func == (first: OutletIDBytes, second: OutletIDBytes) -> Bool {
        first.count == second.count && first.words == second.words && first.longBytes == second.longBytes
    }

    /// Hashes as `_rawHashValue` does.
    func hash(into hasher: inout Hasher) {
        hasher.combine(_rawHashValue(seed: 0))
    }

    /// The standard library's hook for a type's own hash, which a dictionary calls instead of feeding a `Hasher`:
    /// the words mixed in a few instructions instead of SipHash's hundreds. The ids are made by the service (random,
    /// not chosen by a caller), so the simpler mix spreads them as well; an id's bytes beyond 32 are left out.
    func _rawHashValue(seed: Int) -> Int {
        func mixed(_ hash: UInt64, _ word: UInt64) -> UInt64 {
            let product = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
            return product ^ (product >> 31)
        }
        let start = UInt64(truncatingIfNeeded: seed) ^ (UInt64(count) &* 0x9E37_79B9_7F4A_7C15)
        return Int(truncatingIfNeeded: mixed(mixed(mixed(mixed(start, words.0), words.1), words.2), words.3))
    }
}
