import Glibc
import LumbungCore

/// What the stock check lists about an outlet besides its stock and price (names, village, address and position,
/// read from `outlets`, `cooperatives` and `regions`, which change rarely), with the village code it was read for.
/// One listing is kept per outlet and shared by every item that lists it, so a lookup copies one reference.
struct ListedOutletFacts: Sendable {
    /// The names and place.
    let listing: OutletListing
    /// The code of the balance's village the facts were read for.
    let village: ShortText
}

/// An outlet id's UTF-8 bytes as a dictionary key, hashed and compared in one go (an array of bytes takes them one
/// by one), so that a listed outlet is found from its index entry's bytes without making a `String` of them.
struct OutletIDKey: Hashable, Sendable {
    /// The id's bytes.
    let bytes: [UInt8]

    /// Hashes the bytes as `_rawHashValue` does.
    func hash(into hasher: inout Hasher) {
        hasher.combine(_rawHashValue(seed: 0))
    }

    /// The standard library's hook for a type's own hash, which a dictionary calls instead of feeding a `Hasher`:
    /// the bytes mixed eight at a time, a few instructions instead of SipHash's hundreds. The ids are made by the
    /// service (random, not chosen by a caller), so the simpler mix spreads them as well.
    func _rawHashValue(seed: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            var hash = UInt64(truncatingIfNeeded: seed) ^ (UInt64(raw.count) &* 0x9E37_79B9_7F4A_7C15)
            var offset = 0
            while offset < raw.count {
                var word: UInt64 = 0
                if raw.count - offset >= 8 {
                    word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                } else {
                    withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset...])) }
                }
                hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 31
                offset += 8
            }
            return Int(truncatingIfNeeded: hash)
        }
    }

    /// Whether both ids have the same bytes, compared at once (arrays compare them one by one).
    static func == (first: OutletIDKey, second: OutletIDKey) -> Bool {
        first.bytes.count == second.bytes.count && first.bytes.withUnsafeBytes { firstBytes in
            second.bytes.withUnsafeBytes { secondBytes in
                firstBytes.isEmpty || memcmp(firstBytes.baseAddress!, secondBytes.baseAddress!, firstBytes.count) == 0
            }
        }
    }
}

/// A text of at most 16 bytes (a region code has at most 13) held in two integers: made from a column's bytes and
/// compared without a `String` or an allocation.
struct ShortText: Equatable, Sendable {
    /// The bytes, the first eight in `head` and the rest in `tail`, little-endian, zero beyond `count`.
    private let head: UInt64, tail: UInt64
    /// How many bytes there are.
    private let count: Int

    /// The text of `bytes`; nil beyond 16 bytes.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 16 else { return nil }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        (head, tail, count) = (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1), bytes.count)
    }

    /// The text as a `String`.
    var text: String {
        withUnsafeBytes(of: (head.littleEndian, tail.littleEndian)) { String(decoding: $0.prefix(count), as: UTF8.self) }
    }
}
