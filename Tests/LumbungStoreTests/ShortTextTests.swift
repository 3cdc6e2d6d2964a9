import Testing
@testable import LumbungStore

/// A village code held in two integers compares and reads back as its text does.
struct ShortTextTests {
    /// The short text of `text`, nil beyond 16 bytes.
    static func short(_ text: String) -> ShortText? {
        Array(text.utf8).withUnsafeBufferPointer { ShortText($0) }
    }

    @Test func equalExactlyWhenTheTextsAreAndReadBack() {
        let codes = ["", "6", "63", "63.71", "63.71.01", "63.71.01.1001", "63.71.01.1002", "63.71.01.100", "63.71.01.10010",
                     "1234567890abcdef"]
        for first in codes {
            #expect(Self.short(first)?.text == first)
            for second in codes {
                #expect((Self.short(first) == Self.short(second)) == (first == second), "\(first) vs \(second)")
            }
        }
        #expect(Self.short("1234567890abcdefg") == nil, "17 bytes do not fit")
    }
}
