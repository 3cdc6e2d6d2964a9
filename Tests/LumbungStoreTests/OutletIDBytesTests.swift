import Testing
@testable import LumbungStore

/// An outlet id held in place reads back, compares, hashes and sorts as its bytes do, whether it fits in the 32
/// bytes kept in place or not.
struct OutletIDBytesTests {
    /// The id of `text`.
    static func id(_ text: String) -> OutletIDBytes {
        Array(text.utf8).withUnsafeBufferPointer(OutletIDBytes.init)
    }

    /// Ids of many lengths (up to past 32 bytes), with shared prefixes, upper and lower case, a zero byte and bytes
    /// above 0x7f, so that byte order differs from a naive order.
    static let texts = ["", "a", "a\0", "a\0b", "a\u{1}", "out_", "OUT_", "out_0", "out_01m8sc90r29f87ame67d48bmnm5",
                        "out_01m8sc90r29f87ame67d48bmnm5a", "out_01m8sc90r29f87ame67d48bmnm5ab",
                        "out_01m8sc90r29f87ame67d48bmnm5ab0", "out_01m8sc90r29f87ame67d48bmnm5ac", "out_é", "out_z",
                        String(repeating: "x", count: 31), String(repeating: "x", count: 32),
                        String(repeating: "x", count: 33), String(repeating: "x", count: 80)]

    @Test func readsBackAndSortsAndComparesAsItsBytes() {
        for first in Self.texts {
            #expect(Self.id(first).text == first)
            for second in Self.texts {
                let (a, b) = (Self.id(first), Self.id(second))
                #expect(a.precedes(b) == Array(first.utf8).lexicographicallyPrecedes(Array(second.utf8)),
                        "\(first.debugDescription) before \(second.debugDescription)")
                #expect((a == b) == (Array(first.utf8) == Array(second.utf8)), "\(first.debugDescription) == \(second.debugDescription)")
                if a == b { #expect(a.hashValue == b.hashValue) }
            }
        }
    }

    @Test func findsItsValueInADictionary() {
        let kept = Dictionary(uniqueKeysWithValues: Self.texts.map { (Self.id($0), $0) })
        for text in Self.texts { #expect(kept[Self.id(text)] == text) }
        #expect(kept[Self.id("out_01m8sc90r29f87ame67d48bmnm6")] == nil)
    }
}
