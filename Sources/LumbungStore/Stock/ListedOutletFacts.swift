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
